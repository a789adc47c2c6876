"""Replacements a departure implies: "X was appointed following the departure of Y", "X became
prime minister after Y resigned", and one appointed to the very post of one who just left ("accepted
the resignation of Governor Y" ... "appointed X Acting Governor"). Split out of replacements.py:
these rules read no replacing word at all, only a departure beside an appointment; replace_surface
tries them before the bare "X replaces Y". Each gives an APPOINTMENT with a successor and a
predecessor."""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz

from ..doc_index import any_of
from ..lexicon import EVENT_VERBS, word_set
from .details import date_of, position_of
from .facts import EventFact
from .hedging import hedged
from .phrases import trigger_lemma
from .same_posts import same_head


DEPARTURE_NOUNS = word_set("links", "departure_nouns")   # data/links.json
SUCCESSION_VERBS = word_set("titles", "succession_verbs")
DEPARTURE_VERBS = {w for w, t in EVENT_VERBS.items() if t in ("DISMISSAL", "RESIGNATION")} | {"die", "retire"}


def after_departure(r, sent, si, found: list[EventFact]) -> list[EventFact]:
    """"Chavez was appointed following the departure of Eduardo Medina Mora", "named X after Y's
    resignation": the one appointed replaces the one who left."""
    out = []
    if not (any_of(sent, ("following", "after", "upon")) and any_of(sent, DEPARTURE_NOUNS)):
        return out
    for tok in sent:
        if tok.lower_ not in ("following", "after", "upon") or tok.dep_ != "prep":
            continue
        noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if noun is None:   # "after accepting Y's resignation"
            pc = next((c for c in tok.children if c.dep_ == "pcomp"), None)
            noun = next((c for c in pc.children if c.dep_ == "dobj"), None) if pc is not None else None
        if noun is None or noun.lemma_.lower() not in DEPARTURE_NOUNS:
            continue
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        of = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"), None)
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX") or hedged(verb, announced_ok=True):
            continue
        new = next((f.subjects[0] for f in found if f.type == "APPOINTMENT" and len(f.subjects) == 1
                    and f.sent_index == si and f.predecessor is None
                    and any(r.person(c) is f.subjects[0] for c in verb.children
                            if c.dep_ in ("nsubjpass", "dobj", "oprd"))), None)
        if new is None and verb.lemma_.lower() in SUCCESSION_VERBS:   # "was elected speaker following the resignation of Y"
            new = next((r.person(c) for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        old = r.person(of) if of is not None else (r.entity_at(poss, PERSON) if poss is not None else None)
        if new is None or old is None or old is new or old.label != PERSON:
            continue
        out.append(EventFact("APPOINTMENT", si, [new], None, date_of(r, verb, sent), None, rule="after-departure",
                             strength=0.7, successor=new, predecessor=old, extra={"no_event": True}))
    return out


def after_departure_clause(r, sent, si) -> list[EventFact]:
    """"X became prime minister after Y resigned", "X was elected speaker after Y was ousted": the one
    who took office replaces the one whose departure the "after" clause states."""
    if not (any_of(sent, ("after", "following", "when")) and any_of(sent, SUCCESSION_VERBS)):
        return []
    for tok in sent:
        if tok.lower_ not in ("after", "following", "when") or tok.dep_ != "mark":
            continue
        gone, took = tok.head, tok.head.head
        if gone.dep_ != "advcl" or trigger_lemma(gone) not in DEPARTURE_VERBS or took.lemma_.lower() not in SUCCESSION_VERBS \
                or hedged(took, announced_ok=True) or hedged(gone):
            continue
        if any(p.lemma_.lower() in ("party", "bloc", "coalition") for c in gone.children
               if c.dep_ == "prep" and c.lower_ == "from" for p in c.children):
            continue   # "after Y resigned from the party": no post left
        attr = next((c for c in took.children if c.dep_ in ("attr", "oprd")), None)
        if took.lemma_.lower() == "become" and (attr is None or attr.lower_ not in gz.TITLE_WORDS or any(
                d.dep_ == "det" and d.lower_ in ("a", "an") for d in attr.children)):
            continue   # "became a lawyer after Y died": no post of Y's
        old = next((r.person(c) for c in gone.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        new = next((r.person(c) for c in took.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if new is None or old is None or new is old or new.label != PERSON or old.label != PERSON:
            continue
        post = position_of(r, took)[0] or (sent.doc[attr.left_edge.i:attr.i + 1].text if attr is not None else None)
        return [EventFact("APPOINTMENT", si, [new], None, date_of(r, took, sent), post,
                          rule="after-departure-clause", strength=0.7, successor=new, predecessor=old,
                          extra={"no_event": True})]
    return []


STAND_IN = {"acting", "interim", "caretaker", "new", "the", "a", "an", "temporary"}


def _post_words(title: str) -> frozenset:
    return frozenset(w for w in title.lower().replace(",", " ").split() if w not in STAND_IN)


def into_the_post_left(r, si, found: list[EventFact]) -> list[EventFact]:
    """"the President accepted the resignation of Governor of the Chukotka Autonomous Area Roman
    Kopin." then "The President appointed Vladislav Kuznetsov Acting Governor of the Chukotka
    Autonomous Area": one appointed, in this sentence, to the very post (acting or not) of the one
    person who left in this sentence or the two before, replaces them."""
    out = []
    for f in found:
        if f.type != "APPOINTMENT" or f.predecessor is not None or len(f.subjects) != 1 or f.extra.get("no_event"):
            continue
        position = f.position or _title_after_name(r, si, f.subjects[0])   # "appoints X Acting Governor of ..."
        if not position:
            continue
        post = _post_words(position)
        if len(post) < 2:
            continue   # "minister" alone names no one post
        new = f.subjects[0]
        left = {id(e): e for e, at in r.recent_left if si - 2 <= at <= si and e is not new
                and any(_post_words(t) == post or same_head(t, position) for t in e.titles)}
        if len(left) == 1:
            old = next(iter(left.values()))
            out.append(EventFact("APPOINTMENT", si, [new], None, f.date_text, position, rule="into-the-post-left",
                                 strength=0.7, successor=new, predecessor=old, extra={"no_event": True}))
    return out


TITLE_ENDS = {"until", "pending", "with", "from", "after", "following", "for", "and", "who", "which", "effective",
              "on", "in", ",", ".", ";", ":", "(", "\"", "“"}


def _title_after_name(r, si: int, person) -> str | None:
    """"appoints Yevgeny Zinichev Acting Governor of the Kaliningrad Region until ...": the title
    written right after the appointee's name (past "as"), when the event read none; from a stand-in
    or title word up to the first word that ends it."""
    doc = r.state.sents[si].doc
    m = next((m for m in r.state.mentions if m.sent_index == si and m.entity is person), None)
    if m is None:
        return None
    j = m.start + 1
    while j < m.end and doc[j].lower_ not in STAND_IN and doc[j].lower_ not in gz.TITLE_WORDS:
        j += 1   # the name's span may run on over the title ("Vyachesalv Fedorishchev Acting Governor")
    if j >= m.end:
        j = m.end + (m.end < len(doc) and doc[m.end].lower_ == "as")
    if j >= len(doc) or (doc[j].lower_ not in STAND_IN and doc[j].lower_ not in gz.TITLE_WORDS):
        return None
    k = j
    while k < len(doc) and k - j < 12 and doc[k].lower_ not in TITLE_ENDS and not doc[k].is_punct:
        k += 1
    words = doc[j:k]
    return words.text if any(t.lower_ in gz.TITLE_HEADS for t in words) else None
