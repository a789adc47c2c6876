"""In "President X's nomination of Y" and "X's appointment of Y as ambassador" the possessor
made the choice: Y is the one appointed or nominated, X its agent, not a second subject.

noun_events reads both the possessor and the of-phrase of an event noun as its subjects (right
for "the arrest and jailing of X", "X's arrest"); for an appointment or nomination noun with a
person in its of-phrase, the possessor leaves the subjects and becomes the agent ("his
nomination of Y" too: his is the nominator)."""
from __future__ import annotations


def possessor_appoints(r, tok, subjects: list, of_people: list, agent):
    """(subjects, agent) of an appointment or nomination noun tok whose of-phrase names persons."""
    owners = [x for c in tok.children if c.dep_ == "poss" for x in
              ([r.state.antecedent(c)] if c.pos_ == "PRON" else r.people(c))]
    owners = [x for x in owners if x is not None and x not in of_people]
    if not owners:
        return subjects, agent
    return [s for s in subjects if s not in owners], agent if agent is not None else owners[0]
