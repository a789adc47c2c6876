"""An arrest is often credited to a unit written after its body's acronym: "placed under arrest
by NBI-National Capital Region (NCR) operatives", "PNP-CIDG agents arrested X". The body that
arrests is the one the acronym names, when the article names it ("the National Bureau of
Investigation (NBI)"); the unit is how the story locates the officers.
"""
from __future__ import annotations

import re

from graph.schema import ORGANISATION

UNIT = re.compile(r"^([A-Z][A-Za-z]{1,7})\s*[-–]\s*\S")


def parent_body(r, org):
    """The body whose acronym or name starts the unit's name ("NBI-NCR": the NBI), else org."""
    if org is None or org.label != ORGANISATION:
        return org
    m = UNIT.match(org.name)
    if m is None:
        return org
    head = m.group(1).lower()
    found = {e.id: e for e in r.state.ents.values() if e is not org and e.label == ORGANISATION
             and head in {n.lower() for n in (e.name, *e.aliases)}
             and any(x.entity is e for x in r.state.mentions)}
    return next(iter(found.values())) if len(found) == 1 else org
