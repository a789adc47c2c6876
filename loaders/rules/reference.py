"""A person named by a phrase that is not their name: "the 52-year-old", "the suspect", "the
former governor", "the CS". News names the official once and then goes on with such phrases
("Police arrested former mayor X on Monday. The 52-year-old was charged on Tuesday."), so the
events of the later sentences are the named person's.

`referent(r, noun)` gives the one person a definite phrase ("the" + head) points back to:
  - a title ("the former minister", "the ex-governor"): the one person of the article so far
    who holds or held a post with that word (in their titles, or the word just before a
    mention of them); recalled.recalled_title does the same for the two sentences before;
  - a title's initials ("the CS", "the IGP"): the one person whose title has those initials;
  - a word that only describes ("the 52-year-old", "the suspect", "the accused"; data:
    triggers.json referring_nouns): the person the story is about at that point, i.e. the one
    subject of the last event that happened to someone (arrest, charge, ...) in the sentences
    just before, else the one person the sentence before names.
  - "his client" after "X's lawyer" in the same sentence: X (client_of).
Nothing when the phrase says it is someone new ("the new minister", "the other suspect", "the
minister of X", "the minister, X") or when more than one person fits.

The event reader (events.EventReader) and the posts reader may call it for a noun that names
no one itself.
"""
from __future__ import annotations

import re

from graph.schema import PERSON

from .. import gazetteer as gz
from ..gender import PRONOUNS
from ..lexicon import EVENT_NOUNS, EVENT_VERBS, word_set
from .bridging import DESCRIBING as REFERRING_NOUNS, title_near
from .phrases import trigger_lemma
from .titles import PORTFOLIO_WORDS
from .recalled import LEFT_OUT, NEW_WORDS as RECALL_NEW, QUALIFIERS, _bare_title

NEW_WORDS = RECALL_NEW | {"then", "two", "three", "both", "each", "every", "a", "an"}   # "the new minister", "the other suspect"
UNDERGONE = frozenset({"ARREST", "CHARGE", "CONVICTION", "SENTENCE", "DISMISSAL", "SUSPENSION", "RESIGNATION",
                       "RELEASE"})
BACK = 3   # sentences before in which the person a describing word points to must have been named
STOP = {"of", "the", "and", "for", "in", "on"}


def _year_old(noun) -> bool:
    """"the 52-year-old": "old" with "year" and a number before it."""
    return noun.lower_ == "old" and any(c.lower_ in ("year", "years") and any(n.tag_ == "CD" for n in c.children)
                                        for c in noun.children)


def _definite(noun) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _marked_new(noun, described: bool = False) -> bool:
    """"the new minister", "the other suspect", "the minister of X", "the minister, X", "the Lagos governor"
    (with described, an apposition of a common noun, "the senator, a member of X", is no mark)."""
    for c in noun.children:
        if c.dep_ in ("prep", "appos", "nummod", "conj") and not (described and c.dep_ == "appos" and c.pos_ == "NOUN"):
            return True
        if c.dep_ in ("amod", "compound", "det", "advmod") and c.lower_ in NEW_WORDS:
            return True
        if c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ == "PERSON" or (
                c.ent_type_ in ("GPE", "LOC", "NORP") and c.lower_ not in PORTFOLIO_WORDS)):
            return True   # "the Lagos governor", "the Kenyan minister": maybe someone other than the one named
    return False


def _modifiers(noun) -> list[str]:
    """"the former Finance Minister": the words besides the head a matching title must have (finance)."""
    return [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.is_alpha
            and c.lower_ not in LEFT_OUT and c.lower_ != "ex"]


LAWYER_NOUNS = word_set("triggers", "lawyer_nouns")


def client_of(r, noun) -> list:
    """"X's lawyer told reporters her client had been released": "her client" is X, the one
    whose lawyer the sentence names (a lawyer noun with a person as its possessor)."""
    if noun is None or noun.lemma_.lower() != "client" or noun.tag_ != "NN" \
            or not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in noun.children):
        return []
    for t in noun.sent:
        if t.i < noun.i and t.lemma_.lower() in LAWYER_NOUNS:
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            e = r.entity_at(owner, PERSON) if owner is not None else None
            if e is not None and e.label == PERSON:
                return [e]
    return []


def referent(r, noun, described: bool = False) -> list:
    """The one person the definite phrase headed by noun points back to, as a list (or [])."""
    if (client := client_of(r, noun)):
        return client   # "X's lawyer said her client was released"
    if noun is None or r.state.mention_at(noun.i) is not None or not _definite(noun) \
            or noun.tag_ in ("NNS", "NNPS") or _marked_new(noun, described):
        return []
    if noun.pos_ not in ("NOUN", "PROPN", "ADJ") and not (
            noun.tag_ == "VBN" and noun.lower_ in REFERRING_NOUNS and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")):
        return []   # "The accused pleaded not guilty": the parser's participle used as a noun
    word = noun.lower_ if noun.tag_ == "VBN" else noun.lemma_.lower()
    if noun.is_upper and 2 <= len(noun.text) <= 4 and noun.is_alpha:
        return _by_initials(r, noun)
    found = []
    if word in gz.TITLE_WORDS or noun.lower_ in gz.TITLE_WORDS:
        found = _by_title(r, noun, noun.lower_ if noun.lower_ in gz.TITLE_WORDS else word)
    if not found and (word in REFERRING_NOUNS or _year_old(noun)):
        found = _topic(r, noun)
    return found


def _before(r, noun):
    """The person mentions of the article before noun."""
    si = r.state.current_si
    return [m for m in r.state.mentions if m.label == PERSON and m.entity is not None
            and (m.sent_index < si or (m.sent_index == si and m.end <= noun.i))]


def _by_title(r, noun, word: str) -> list:
    """The one person named before with that title (and its modifiers: "the finance minister");
    of several, the one the story is about."""
    mods, found = _modifiers(noun), []
    for m in _before(r, noun):
        if m.entity in found:
            continue
        doc = r.state.sents[m.sent_index].doc
        near = " ".join(t.lower_ for t in doc[max(0, m.start - 6):m.start])
        titled = [t.lower().split() for t in m.entity.titles]
        if any((_bare_title(t, word) or _same_qualifier(t, word, mods)) and all(x in t for x in mods) for t in titled) or (
                title_near(doc, m, word) and all(x in near.split() for x in mods)
                and not any(doc[i].lower_ == word and i > 0 and doc[i - 1].lower_ in QUALIFIERS
                            for i in range(max(0, m.start - 5), m.start))):
            found.append(m.entity)
    if len(found) > 1:
        topic = _topic(r, noun) if any(f.sent_index >= r.state.current_si - BACK for f in getattr(r, "history", [])) else []
        found = [e for e in found if e in topic]
    return found if len(found) == 1 else []


def _same_qualifier(words: list[str], word: str, mods: list[str]) -> bool:
    """"the deputy mayor" for a "deputy mayor": the qualifier that makes another post is the phrase's own."""
    return any(w == word and i > 0 and words[i - 1] in QUALIFIERS and words[i - 1] in mods for i, w in enumerate(words))


def _initials(title: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", title) if w and w.lower() not in STOP and w[0].isalpha()).upper()


def _by_initials(r, noun) -> list:
    """"the CS": the one person whose title (or its last words) has those initials."""
    want = noun.text.upper()
    found = []
    for m in _before(r, noun):
        if m.entity in found:
            continue
        for t in m.entity.titles:
            ini = _initials(t)
            if ini and (ini == want or (ini.endswith(want) and len(want) >= 2)):
                found.append(m.entity)
                break
    return found if len(found) == 1 else []


def _topic(r, noun) -> list:
    """The person the story is about just before noun: the one subject of the last event that
    happened to someone, in this sentence or the BACK before; else the one person (or the one
    subject) of the nearest sentence before that names anyone."""
    si = r.state.current_si
    for f in reversed(getattr(r, "history", [])):
        if f.extra.get("no_event") or not 0 <= si - f.sent_index <= BACK or f.type not in UNDERGONE:
            continue
        subs = [s for s in f.subjects if s is not None and s.label == PERSON]
        return subs if len(subs) == 1 else []
    before = [m for m in _before(r, noun) if si - 2 <= m.sent_index]
    if not before:
        return []
    last = max(m.sent_index for m in before)
    near = [m for m in before if m.sent_index == last]
    people = list({id(m.entity): m.entity for m in near}.values())
    if len(people) == 1:
        return people
    subj = list({id(m.entity): m.entity for m in near if r.state._is_subject(m)}.values())
    return subj if len(subj) == 1 else []


# the sex of a personal pronoun, as gender.py knows it; only these are sent to the story's person
# (not a reflexive "himself" nor "hers")
PRONOUN_GENDER = {w: PRONOUNS[w] for w in ("he", "him", "his", "she", "her")}


def pronoun_topic(r, tok, resolved) -> object:
    """"X was sentenced ... while serving under Y. ... as Y's economy minister. A court found him
    guilty": a pronoun whose nearest antecedent is only named in passing (a possessor, "the
    government of Y") goes to the
    person the story is about (story_person), when the pronoun can be them; so does one with no
    name in the two sentences before ("He was later charged", after quotes). Else resolved."""
    want = PRONOUN_GENDER.get(tok.lower_)
    if want is None or tok.pos_ != "PRON":
        return resolved
    si = r.state.current_si
    undergoer = _undergone_by(r, tok, resolved, want)
    if undergoer is not None:
        return undergoer   # "Y approved the dismissal of X ... He is also facing charges": X
    topic = story_person(r, tok)
    if topic is None or topic is resolved:
        return resolved
    if not r.state.may_be(topic, want):
        return resolved
    if resolved is None:   # "He was later charged", several quoted sentences after the name
        return topic if not [m for m in _before(r, tok) if si - 2 <= m.sent_index] and not _title_subject(tok) else None
    last = [m for m in _before(r, tok) if m.entity is resolved and si - 2 <= m.sent_index]
    if not last or not _aside(r, last[-1]):
        return resolved   # "He" after a sentence whose subject (or object) Y is: Y
    return topic


def _aside(r, m) -> bool:
    """Mention m names someone in passing: a possessor ("Y's economy minister") or the object of
    a preposition on a noun ("the government of Y", "a minister under Y")."""
    root = r.state.sents[m.sent_index].doc[m.start:m.end].root
    while root.dep_ in ("compound", "appos", "conj") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "poss" or (root.dep_ == "pobj" and root.head.dep_ == "prep"
                                   and root.head.head.pos_ in ("NOUN", "PROPN"))


FAR = 5   # sentences back in which a pronoun with no nearer antecedent finds the story's person


def story_person(r, tok):
    """The person the story is about so far: of the subjects of its events in the FAR sentences
    before, the one named most often up to tok (none on a tie)."""
    si = r.state.current_si
    subjects = {id(s): s for f in getattr(r, "history", []) if not f.extra.get("no_event") and 0 <= si - f.sent_index <= FAR
                for s in f.subjects if s is not None and s.label == PERSON}
    if not subjects:
        return None
    counts = {k: 0 for k in subjects}
    for m in _before(r, tok):
        if id(m.entity) in counts:
            counts[id(m.entity)] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return subjects[ranked[0][0]]


def _title_subject(tok) -> bool:
    """"The attorney general tendered his resignation": his is that unnamed holder's."""
    v = tok
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")
               and _titled(c) for c in v.children)


def _titled(c) -> bool:
    """A title or describing noun ("general", "suspect")."""
    return c.lower_ in gz.TITLE_WORDS or c.lemma_.lower() in REFERRING_NOUNS


UNDERGOING = {"face", "undergo", "plead"}
PENAL = {"ARREST", "CHARGE", "CONVICTION", "SENTENCE", "SUSPENSION", "DISMISSAL"}


def _undergoer_slot(tok) -> bool:
    """The pronoun is where the one a penal event happens to stands: the passive subject of its
    verb ("he was charged"), the subject of "face" or "plead" ("he is facing charges"), or the
    possessor of its noun ("his arrest")."""
    head = tok.head.lemma_.lower()
    return (tok.dep_ == "nsubjpass" and EVENT_VERBS.get(trigger_lemma(tok.head)) in PENAL) \
        or (tok.dep_ == "nsubj" and head in UNDERGOING) or (tok.dep_ == "poss" and EVENT_NOUNS.get(head) in PENAL)


def _undergone_by(r, tok, resolved, want: str):
    """A pronoun in the undergoer's place whose antecedent did something to someone in the two
    sentences before ("Y approved the dismissal of X. He is also facing charges"): the one it
    was done to, not the doer, when the pronoun can be them; else None."""
    if resolved is None or not _undergoer_slot(tok):
        return None
    si = r.state.current_si
    for f in reversed(getattr(r, "history", [])):
        if f.extra.get("no_event") or not 0 < si - f.sent_index <= 2:
            continue
        if f.agent is not resolved or f.type not in PENAL:
            return None   # the last event before was not the antecedent's doing to someone
        subs = [s for s in f.subjects if s is not None and s.label == PERSON and s is not resolved]
        if len(subs) == 1 and r.state.may_be(subs[0], want):
            return subs[0]
        return None
    return None