"""A person called the new holder of a post: "X, the new defence minister, said ...", "the new
police chief, X, took office", "X has emerged as the new chairperson", "X, who will be Acting
Governor until March 31". News states an
appointment this way as often as with a verb; "new" before a title set in apposition with a
name, or a future copula to an acting title, is that person's APPOINTMENT (the copula form
"X is the new finance minister" is post_lists.new_holders)."""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from ..lexicon import EVENT_VERBS, REPLACE_VERBS, load
from .details import date_of
from .facts import EventFact
from .hedging import hedged
from .phrases import trigger_lemma
from .verb_events import compound_chain


def new_title_apposition(r, tok, sent, si) -> list[EventFact]:
    """tok is "new": the appointment of the person its title noun stands in apposition with, or
    the subject of the verb its "as" phrase hangs on ("X has emerged as the new chairperson")."""
    if tok.lower_ != "new" or tok.dep_ != "amod":
        return []
    title = compound_chain(tok.head)[-1]   # "the new police chief": chief; "the new Chairman" (not "New" of a name)
    if title.lower_ not in gz.TITLE_WORDS or title.tag_ not in ("NN", "NNP" if tok.text == "new" else "NN") or not any(
            (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and title.dep_ == "pobj") for c in title.children):
        return []
    person = None
    if title.dep_ == "appos":   # "X, the new defence minister, ..."
        person = r.entity_at(title.head, PERSON)
    if person is None:   # "the new police chief, X, ..."
        person = next((e for c in title.children if c.dep_ == "appos" for e in [r.entity_at(c, PERSON)] if e), None)
    if person is None:   # "the new Chairman of the Commission, X, ...": the parse hung the name on the body
        person = next((e for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                       for p in c.children if p.dep_ == "pobj"
                       for a in p.children if a.dep_ == "appos" for e in [r.entity_at(a, PERSON)] if e), None)
    verb = title.head.head if title.dep_ == "pobj" and title.head.lower_ == "as" else None
    if person is None and verb is not None and verb.pos_ in ("VERB", "AUX") \
            and trigger_lemma(verb) not in set(EVENT_VERBS) | REPLACE_VERBS and verb.lemma_ != "swear":   # their own rules read those
        # "X has emerged as the new chairperson", "stepped up as the Army's new top officer"
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)   # "welcomed Y as the new chairman": Y
        person = r.person(obj) if obj is not None else next(
            (e for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for e in [r.person(c)] if e), None)
        if person is not None and hedged(verb, announced_ok=True):
            return []
    if person is None or person.label != PERSON or hedged(title):
        return []
    post = " ".join(t.text for t in title.subtree if t.i > tok.i and t.i <= title.i)
    return [EventFact("APPOINTMENT", si, [person], None, date_of(r, title, sent), post or None,
                      rule="apposition:new-title", strength=0.6)]


ACTING = frozenset(load("triggers")["acting_words"])   # "acting", "interim", ...


def acting_copula(r, tok, sent, si) -> list[EventFact]:
    """"X will be Acting Governor until March 31", "X, who will be interim chief": an announced
    acting appointment (a future copula to a title marked acting)."""
    if tok.lemma_ != "be" or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in tok.children) \
            or any(c.dep_ == "neg" for c in tok.children):
        return []
    attr = next((c for c in tok.children if c.dep_ == "attr"), None)
    if attr is None or attr.lower_ not in gz.TITLE_WORDS \
            or not any(c.lower_ in ACTING for c in attr.children if c.dep_ in ("compound", "amod")):
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    person = r.entity_at(tok.head, PERSON) if subj.lower_ in ("who", "that") and tok.dep_ == "relcl" else r.entity_at(subj, PERSON)
    if person is None:
        return []
    post = " ".join(t.text for t in attr.subtree if t.i <= attr.i)
    return [EventFact("APPOINTMENT", si, [person], None, date_of(r, tok, sent), post, rule="copula:acting-title",
                      strength=0.65)]
