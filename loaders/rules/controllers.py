"""Who acts in "prompting the president to sack him": the object of the governing verb.

An infinitive hung on a verb with its own object ("asked the president to appoint X",
"prompting the president to sack him") is done by that object, not by the governing verb's
subject ("the minister refused, prompting the president to sack him": the president sacks)."""
from __future__ import annotations

from ..lexicon import EVENT_VERBS, TITLE_SUBJECTS


def object_controller(reader, verb):
    """The person the governing verb's direct object names, or None (then the caller climbs on:
    "used his power to sack X" has no person as object). Only for a verb that does an event to
    someone: in "named X to succeed him" the replacing verb's own readers know X succeeds."""
    if verb.lemma_.lower() not in EVENT_VERBS:
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i > verb.i:
        return None
    e = reader.person(obj)
    if e is None and obj.pos_ == "NOUN" and obj.lower_ in TITLE_SUBJECTS \
            and any(d.lower_ == "the" for d in obj.children):
        e = reader.state.person_by_title(obj.lower_, reader.state.current_si)   # "the president"
    return e
