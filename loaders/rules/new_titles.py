"""A person called the new holder of a post: "X, the new defence minister, said ...", "the new
police chief, X, took office". News states an appointment this way as often as with a verb;
"new" before a title set in apposition with a name is that person's APPOINTMENT (the copula
form, "X is the new finance minister", is post_lists.new_holders)."""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from .details import date_of
from .facts import EventFact
from .hedging import hedged


def new_title_apposition(r, tok, sent, si) -> list[EventFact]:
    """tok is "new": the appointment of the person its title noun stands in apposition with."""
    if tok.lower_ != "new" or tok.dep_ != "amod":
        return []
    title = tok.head
    while title.dep_ == "compound" and title.head.i != title.i:
        title = title.head
    if title.lower_ not in gz.TITLE_WORDS or title.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in title.children):
        return []
    person = None
    if title.dep_ == "appos":   # "X, the new defence minister, ..."
        person = r.entity_at(title.head, PERSON)
    if person is None:   # "the new police chief, X, ..."
        person = next((e for c in title.children if c.dep_ == "appos" for e in [r.entity_at(c, PERSON)] if e), None)
    if person is None or hedged(title):
        return []
    post = " ".join(t.text for t in title.subtree if t.i > tok.i and t.i <= title.i)
    return [EventFact("APPOINTMENT", si, [person], None, date_of(r, title, sent), post or None,
                      rule="apposition:new-title", strength=0.6)]
