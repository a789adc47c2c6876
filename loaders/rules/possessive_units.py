"""A post at a body's unit, written with a possessive (round 10).

US federal releases name an official's office as a unit of a department:

  "Assistant Attorney General X of the Justice Department's Criminal Division"
  "Assistant Director in Charge X of the FBI's Los Angeles Field Office"
  "Director of the Department of Justice's Organized Crime Drug Enforcement Task Forces X"

The post is the unit's (the most specific body the text names), and the unit is part of the
body before "'s". The title rules read "of the BODY"; these helpers step over "'s UNIT" after
it, or over "BODY's" before the unit, when both are bodies the article tagged."""
from __future__ import annotations

from graph.schema import ORGANISATION

from .facts import Position

POSSESSIVE = ("'s", "’s")


def _org_from(r, mentions, i: int):
    """The tagged body that starts at doc[i], or None."""
    om = r.org_mention_at(mentions, i)
    return om if om is not None and om.entity is not None and om.label == ORGANISATION and om.start == i else None


def unit_after(r, doc, om, mentions, end: int):
    """"the Justice Department's Criminal Division": the unit mention right after om's "'s", or None."""
    k = om.end
    if k + 1 >= end or doc[k].text not in POSSESSIVE:
        return None
    unit = _org_from(r, mentions, k + 1)
    return unit if unit is not None and unit.entity is not om.entity else None


def owner_before(r, doc, om, mentions, start: int):
    """"the Department of Justice's Organized Crime Drug Enforcement Task Forces": the body whose
    "'s" stands right before om, or None."""
    k = om.start - 1
    if k - 1 < start or doc[k].text not in POSSESSIVE:
        return None
    owner = r.org_mention_at(mentions, k - 1)
    if owner is None or owner.entity is None or owner.label != ORGANISATION or owner.end != k \
            or owner.entity is om.entity:
        return None
    return owner


def unit_part(unit, owner, si: int, rule: str) -> list[Position]:
    """The unit is part of the body that owns it."""
    return [Position(unit.entity, "part", owner.entity, si, rule, 0.7, relation="PART_OF")]
