"""(round 19) "was assigned to take charge of road projects", "better placed to take leadership
of the health system": charge, leadership or command taken of a task or a thing is a duty, not a
post. An APPOINTMENT by a taking verb needs what is taken charge of to be a body, a place, a post
or a portfolio ("took charge of the ministry", "assumed command of the army", "took charge as
minister" has no "of" at all)."""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from .. import gazetteer as gz
from ..lexicon import word_set
from .titles import BODY_WORDS

TASK_OBJECTS = word_set("triggers", "task_objects")   # "took charge / leadership of ..."
POST_PLACES = word_set("triggers", "move_destinations")   # ministry, department, portfolio, ...
AREAS = word_set("names", "area_words")   # "took charge of the province"
UNITS = word_set("triggers", "task_units")   # "took command of the brigade"


def taken_task(r, tok) -> bool:
    """tok's object is "charge"/"leadership"/... of something that is no body, place or post."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TASK_OBJECTS), None)
    if obj is None:
        return False
    things = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if not things:
        return False
    for p in things:
        m = r.state.mention_at(p.i)
        if m is not None and m.label in (ORGANISATION, PERSON):
            return False
        words = {t.lemma_.lower() for t in p.subtree}
        if p.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC") or words & (POST_PLACES | gz.ORG_HEADS | BODY_WORDS | AREAS | UNITS) \
                or p.lower_ in gz.TITLE_WORDS or gz.portfolio(" ".join(t.text for t in p.subtree if t.dep_ != "det")):
            return False
    return True
