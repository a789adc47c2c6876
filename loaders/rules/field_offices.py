"""A post at an agency's field office is a post at the agency too (round 24).

US federal releases name each official of the announcing list with the field office or division
he heads: "Robert D. Grant, Special Agent-in-Charge of the Chicago Office of the Federal Bureau of
Investigation", "Special Agent in Charge of the Jackson, Miss., Division of the FBI", "Acting
Special Agent In Charge of the Detroit Field Office of the Federal Bureau of Investigation". The
model reads the whole phrase as one body (or, with the place set off by commas, "Division of the
FBI"), so the post goes to the office alone and the agency the official works for is lost. Where
a post's body is written "<place> <office word> of <agency>" (office words: titles.json
field_office_words), the holder holds the post at the agency as well. The agency must be a body's name itself (an institution word, or an acronym in
capitals), so "Office of the Attorney General" (no place, no agency after "of") is not read."""
from __future__ import annotations

import re

from graph.schema import ORGANISATION

from .. import gazetteer as gz
from ..lexicon import load
from .facts import Position

OFFICE_WORDS = tuple(sorted(load("titles").get("field_office_words", []), key=len, reverse=True))
_SHAPE = re.compile(r"^(?:the\s+)?(?:(?P<place>.+?),?\s+)?(?P<office>%s),?\s+of\s+(?:the\s+)?(?P<agency>.+)$"
                    % "|".join(re.escape(w) for w in OFFICE_WORDS), re.I) if OFFICE_WORDS else None


def _agency_name(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0][:1].isupper() and (
        (len(words) == 1 and words[0].isupper() and len(words[0]) >= 2)
        or any(w.lower() in gz.ORG_HEADS for w in words))


def field_office_posts(r, found: list[Position]) -> list[Position]:
    """The agency posts the field-office posts of `found` give (r is the article's Positions reader)."""
    if _SHAPE is None:
        return []
    out = []
    for p in found:
        if p.relation != "HOLDS_POSITION" or p.org is None or p.unit is not None or p.org.label != ORGANISATION:
            continue
        m = _SHAPE.match(p.org.name)
        if m is None or not _agency_name(m.group("agency")):
            continue
        place = (m.group("place") or "").replace(",", " ").split()
        if place and not all(w[:1].isupper() for w in place):
            continue   # ("the new Office of the FBI"): a place is written in capitals
        agency = r.state.org_entity(m.group("agency"), p.org.country)
        if agency is p.org:
            continue
        agency.used = True   # (no PART_OF: releases and our golds name the office as the agency's alias as often as a unit)
        out.append(Position(p.person, p.title, agency, p.sent_index, "field-office:agency", p.strength * 0.95, p.former))
    return out
