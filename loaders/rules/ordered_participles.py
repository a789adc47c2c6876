"""An order's participle states the event it orders as done to the order's object: "the court
ordered Navalny jailed for 15 days", "X and the others were ordered jailed for two weeks", "a
judge ordered X detained" (the parse may make X the participle's subject). The verb rules read
such a bare participle as having no one it happens to."""
from __future__ import annotations

from ..lexicon import load
from .hedging import hedged

ORDERING = frozenset(load("triggers")["ordering_participle_verbs"])   # "ordered X jailed"


def ordered_undergoers(r, tok):
    """(subjects, agent) when tok is the participle of an order ("ordered X jailed"), else None."""
    order = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or tok.tag_ not in ("VBN", "VBD") or order.lemma_.lower() not in ORDERING \
            or any(c.dep_ in ("dobj", "aux", "auxpass", "mark") for c in tok.children):
        return None   # "ordered that X be detained" is read as a passive clause of its own
    if hedged(order):
        return [], None   # "the court could order him jailed"
    if tok.dep_ == "xcomp":   # "ordered X jailed", "X was ordered jailed"
        undergoers = [c for c in order.children if c.dep_ in ("dobj", "nsubjpass")]
    else:   # "ordered X detained", parsed as a clause whose subject is X
        undergoers = [c for c in tok.children if c.dep_ == "nsubj"]
    subjects = [x for c in undergoers for x in r.people(c)]
    passive = any(c.dep_ == "nsubjpass" for c in order.children)
    agent = r.agent_by(order) if passive else r.clause_agent(order)
    return subjects, agent
