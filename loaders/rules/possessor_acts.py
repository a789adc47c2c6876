"""In "Mugabe's dismissal of his vice president, X" and "the jury's convictions of X" the
possessor did the act and the of-phrase names who underwent it.

noun_events reads a possessor as the subject ("X's dismissal", "X's arrest"); with an
of-phrase after the noun the possessor is the one acting, so it leaves the subjects ("Carmona's
dismissal of the cabinet" dismisses no Carmona) and, when a person, becomes the agent. Event
types whose possessor stays the one it happens to ("his sentence of five years", "her
resignation of the post") are not read here: triggers.json possessor_acting_types."""
from __future__ import annotations

from ..lexicon import load

ACTING_TYPES = frozenset(load("triggers")["possessor_acting_types"])


def possessor_acts(r, tok, etype: str, subjects: list, agent):
    """(subjects, agent) of an event noun tok with both a possessor and an of-phrase."""
    if etype not in ACTING_TYPES or not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)
            for c in tok.children):
        return subjects, agent
    owner_toks = [c for c in tok.children if c.dep_ == "poss"]
    if not owner_toks:
        return subjects, agent
    owners = [x for c in owner_toks for x in ([r.state.antecedent(c)] if c.pos_ == "PRON" else r.people(c, lists=False))]
    owners = [x for x in owners if x is not None]
    rest = [s for s in subjects if s not in owners]
    return rest, agent if agent is not None or not owners else owners[0]
