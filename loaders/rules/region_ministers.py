"""A minister whose title opens with a state's or province's name is that region's minister:
"Kerala health minister X", "Karnataka minister X", "Punjab Finance Minister X", "the Sindh
Home Minister X", "Bihar Deputy Chief Minister X". Read without the place, the title went to
the nation's ministry ("Ministry of Health") or to no body at all; the post is in the region's
government (region_posts.region_body: the story's own "Kerala Government", else the place
with the names readers use for its government).

The place is one to three capitalised words right before the title that data/places.json
knows as a city or first-level region and that name no country ("Indian Finance Minister" is
the nation's). Used by title_before after it has read the title words.
"""
from __future__ import annotations

from graph.schema import ORGANISATION

from .. import gazetteer as gz
from .facts import Position
from .region_posts import region_body

# title heads a region's cabinet has ("premier" and "governor" are read by title_before's place
# heads; a "prime minister" after a city is most often a nation's, "the Moscow-backed prime minister")
MINISTER_HEADS = frozenset({"minister"})


def place_ending_at(r, doc, i: int, start: int) -> str | None:
    """The region's name whose last word is doc[i], else None."""
    for n in (3, 2, 1):
        k = i - n + 1
        if k < start:
            continue
        span = doc[k:i + 1]
        if not all(t.text[:1].isupper() and t.is_alpha for t in span):
            continue
        if k - 1 >= start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
            continue   # part of a longer capitalised run ("New Delhi Police Commissioner")
        if k - 1 >= start and doc[k - 1].text == "-":
            return None   # "pro-Moscow Prime Minister X": an adjective, not the post's place
        name = span.text
        if not gz.is_place(name) or gz.country_of(name):
            continue
        for j in range(k, i + 1):   # a body the model read there ("Queensland Police") is not a place
            om = r.state.mention_at(j)
            if om is not None and om.label == ORGANISATION and om.text != name:
                return None
        return name
    return None


def region_minister(r, sent, si, m, title: str, i: int, former: bool, country: str | None) -> list[Position]:
    """The post of "<Region> [portfolio] minister X" at the region's government, else []."""
    words = title.lower().split()
    if country is not None or i < sent.start or words[-1] not in MINISTER_HEADS or "prime" in words:
        return []
    place = place_ending_at(r, sent.doc, i, sent.start)
    if place is None:
        return []
    return [Position(m.entity, title, region_body(r.state, place), si, "title-before-name:region-minister",
                     0.75, former)]
