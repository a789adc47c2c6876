"""Successions to the head post of a body told across a story: "the ANC ousting former President
Y" ... "X took the oath of office" ... "President X". The one who leaves keeps, as the post he left,
the head post the story calls former ("former President Y"); a country's president, prime minister
or monarch is the one head of that country (gazetteer heads_of_state, not a deputy or a vice);
one appointed to no post named takes the head post the story gives him. Used by
extract.RecordBuilder._same_body_replacements."""
from __future__ import annotations

from .. import gazetteer as gz
from .same_posts import SECOND_WORDS

COUNTRY_HEADS = frozenset(h for h in gz.HEADS_OF_STATE if not set(h.split()) & (SECOND_WORDS | {"first"}))


def country_head(words: list[str], org) -> bool:
    """A country's president, prime minister or king: the words of the title, without "acting"
    and the like, are a head of state's and the body is a country."""
    return org is not None and " ".join(words) in COUNTRY_HEADS and gz.country_of(org.name) is not None


def former_head_post(person, positions, sole_head):
    """The head post the story says person held before ("former President Y"), or None."""
    return next((p for p in positions if p.person is person and p.former and p.org is not None and p.unit is None
                 and p.relation == "HOLDS_POSITION" and sole_head(p.title, p.org)), None)


def unplaced_appointees(facts) -> set[str]:
    """Ids of persons appointed to no post named ("X took the oath of office")."""
    return {s.id for f in facts if f.type == "APPOINTMENT" and not f.extra.get("no_event") and not f.position
            for s in f.subjects}


def leaving(facts) -> set[str]:
    """Ids of persons the story has leave a post: none of them is a new holder."""
    return {s.id for f in facts if f.type in ("DISMISSAL", "RESIGNATION") and not f.extra.get("no_event")
            for s in f.subjects}
