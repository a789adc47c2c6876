"""Trigger verbs whose particle makes them no event: "Hipkins allocated Revenue to X, freeing him
up to focus on ..." frees no one from custody; "the minister fired back at critics" sacks no one.
The verbs and particles are data: triggers.json not_event_particles."""
from __future__ import annotations

from ..lexicon import load

NOT_EVENT_PARTICLES = {verb: frozenset(ps) for verb, ps in load("triggers")["not_event_particles"].items()}


def idle_particle_verb(tok, lemma: str) -> bool:
    """tok (lemma given) carries a particle that, with this verb, states no event."""
    parts = NOT_EVENT_PARTICLES.get(lemma)
    return bool(parts) and any(c.dep_ == "prt" and c.lower_ in parts for c in tok.children)
