"""A body led, in the clause shapes the parser reads wrong (round 8).

leaders.py reads "X, who leads the party" and "a commission headed by X" from the parse. News
also writes the led body as the noun a relative clause hangs on, and the parser then often
takes the verb for a noun ("The United Socialist Party, which Nepal heads, ..." parsed as
"Nepal heads" = a compound noun; "The Sri Lankan military, which Fonseka used to head, ..."):

  BODY, which|that PERSON [used to|has|had|once|...] LEAD-VERB   -> PERSON leads BODY

read here from the words, not the parse: the body ends just before ", which", the person (or
"he"/"she") comes right after it, then at most three helper words, then a form of a lead verb
(data: triggers.json lead_verbs and heading_verbs) that ends the clause. A past form or "used
to" makes the post a former one; "has headed" is a post held now.

`chained_antecedent` also serves the pronoun rules of leaders.py: "Ramush Haradinaj was a
former commander ... He led guerrillas ... In December 2004 he became prime minister. He heads
Kosovo's third largest party, ...": a run of sentences whose only person is the same pronoun
carries the person named before the run, however long the run (the article state's
`antecedent` looks two sentences back)."""
from __future__ import annotations

from graph.schema import PERSON

from ..doc_index import any_of, lowers, texts
from ..gender import pronoun_gender
from ..lexicon import LEAD_VERBS, word_set
from .facts import Position
from .titles import national_body

LEADING = frozenset(LEAD_VERBS) | word_set("triggers", "heading_verbs")
# forms of the lead verbs the parser may tag as nouns: "heads", "headed", "led", "chaired"
_IRREGULAR_PAST = {"lead": "led", "run": "ran"}
PRESENT_FORMS = {v: v for v in LEADING} | {v + "s": v for v in LEADING}
PAST_FORMS = {(_IRREGULAR_PAST.get(v) or v + "ed"): v for v in LEADING} | {
    v + "ed": v for v in LEADING if v not in _IRREGULAR_PAST}
# words between the person and the verb that do not change who leads: "which X used to head"
HELPERS = frozenset({"used", "to", "has", "have", "had", "once", "now", "currently", "formerly", "previously",
                     "still", "also", "long", "then", "later", "briefly", "jointly"})
FORMER_HELPERS = frozenset({"used", "once", "formerly", "previously", "had", "then", "later"})
TITLES = {"chair": "chair", "command": "commander", "head": "head", "helm": "head", "run": "head"}
CHAIN_BACK = 6   # sentences a pronoun run may reach back


def _body_before(r, doc, comma: int, mentions):
    """The body whose name ends just before the comma: an organisation mention, else a
    lower-case national body ("the Sri Lankan military", "the central bank")."""
    om = r.org_mention_at(mentions, comma - 1)
    if om is not None and om.end == comma and om.entity is not None:
        return om.entity
    if comma >= 1 and doc[comma - 1].is_lower and doc[comma - 1].pos_ in ("NOUN", "PROPN"):
        return national_body(r, doc[comma - 1])
    return None


def _person_at(r, sent, tok):
    """The person a mention at tok names, or the one a "he"/"she" there stands for, and the
    index after the words that name them."""
    m = r.state.mention_at(tok.i)
    if m is not None and m.label == PERSON and m.entity is not None:
        return m.entity, m.end
    if tok.lower_ in ("he", "she"):
        person = chained_antecedent(r.state, tok)
        if person is not None:
            return person, tok.i + 1
    if tok.text[:1].isupper() and (m is None or m.end == tok.i + 1):
        # "which Nepal heads": a surname the model read as a country; the story's one person of that surname
        named = {x.entity.id: x.entity for x in r.state.mentions if x.label == PERSON and x.entity is not None
                 and len(x.entity.name.split()) > 1 and x.entity.name.split()[-1] == tok.text}
        if len(named) == 1:
            return next(iter(named.values())), tok.i + 1
    return None, None


def relative_lead(r, sent, si, mentions) -> list[Position]:
    """"The United Socialist Party, which Nepal heads, ...", "The Sri Lankan military, which
    Fonseka used to head, ...": the person in the relative clause leads the body it hangs on."""
    out = []
    doc = sent.doc
    if not (any_of(sent, ("which", "that")) and any_of(sent, (",",))):
        return out
    low, txt = lowers(doc), texts(doc)   # (by index, read once per Doc: a Token only for ", which" / ", that")
    for i in range(sent.start, sent.end):
        if low[i] not in ("which", "that") or i - 1 <= sent.start or txt[i - 1] != ",":
            continue
        tok = doc[i]
        body = _body_before(r, doc, tok.i - 1, mentions)
        if body is None or tok.i + 1 >= sent.end:
            continue
        person, j = _person_at(r, sent, doc[tok.i + 1])
        if person is None:
            continue
        helpers = []
        while j < sent.end and doc[j].lower_ in HELPERS and len(helpers) < 3:
            helpers.append(doc[j].lower_)
            j += 1
        if j >= sent.end:
            continue
        word = doc[j].lower_
        verb = PRESENT_FORMS.get(word) or PAST_FORMS.get(word)
        after = doc[j + 1] if j + 1 < sent.end else None
        if verb is None or (after is not None and not (after.is_punct or after.pos_ in ("ADP", "ADV", "SCONJ"))) \
                or (after is not None and after.lower_ in ("to", "by")):
            continue   # "which X led to ...", "which X heads the list of": not a body led
        if any(h in ("will", "would") for h in helpers):
            continue
        former = word in PAST_FORMS and not ({"has", "have"} & set(helpers)) or bool(FORMER_HELPERS & set(helpers))
        title = TITLES.get(verb, "leader")
        r.add_title(person, title)
        out.append(Position(person, title, body, si, "relative-lead", 0.75, former=former))
    return out


def chained_antecedent(st, tok):
    """The person "he"/"she" stands for, through a run of sentences that name no one and say the
    same pronoun ("He led ... In 2004 he became ... He heads ..."): the person the sentence
    before the run names as its subject (else its last person), if its pronoun fits."""
    found = st.antecedent(tok, prefer_subject=True)
    want = pronoun_gender(tok.lower_)
    if found is not None or want is None:
        return found
    si = st.current_si
    for back in range(si - 1, max(-1, si - 1 - CHAIN_BACK), -1):
        persons = [m for m in st.mentions if m.sent_index == back and m.label == PERSON and m.entity is not None]
        if persons:
            subjects = [m for m in persons if st._is_subject(m)]
            person = (subjects or persons)[-1 if not subjects else 0].entity
            return person if st.may_be(person, want) else None
        sent = st.sents[back]
        if not any(t.lower_ == tok.lower_ and t.dep_ in ("nsubj", "nsubjpass") for t in sent):
            return None   # the run ends at a sentence that says neither a name nor the pronoun
    return None
