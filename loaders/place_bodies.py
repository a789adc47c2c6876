"""A known place the model tagged as an organisation, used by the story only as a place
(round 20): "Greek police raided offices in Athens", "gunmen for the Sinaloa drug cartel",
"operations in the state of Tamaulipas", "West Bengal's Raiganj constituency".

The small model often tags a city or a region as ORG. Where a rule reads a post or an event at
it the body is the story's; where no rule does but the text writes a post of the place ("the
governor of Rio de Janeiro", "Lakeland’s Tomas Verro" among state governors, "Nairobi’s
Governor", "the Warrap state governor") it is still the body a reader looks for. Otherwise it is
only where something happened, and an organisation of that name is a wrong body. Places: the
gazetteer's cities and first-level regions (data/places.json); a country stays (a country used
as a body is the guide's optional organisation)."""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from . import gazetteer as gz

PLACE_KINDS = ("state", "county", "city", "province", "region", "district", "'s", "’s")


def _titled(m, sents, mentions) -> bool:
    """The mention stands in a post's phrase: a title head or a person named right after it
    ("Warrap state governor", "Nairobi’s Governor", "Lakeland’s Tomas Verro") or "TITLE of
    (the)" right before it ("the governor of Rio de Janeiro")."""
    doc = sents[m.sent_index].doc
    k = m.end
    while k < len(doc) and doc[k].lower_ in PLACE_KINDS:
        k += 1
    holder = doc[k - 1].lower_ in ("'s", "’s") and any(
        p.label == PERSON and p.sent_index == m.sent_index and p.start == k for p in mentions)
    if k < len(doc) and (doc[k].lower_ in gz.TITLE_HEADS or holder):
        return True   # "Nairobi’s Governor"; "Lakeland’s Tomas Verro" (a holder named with the place)
    j = m.start - 1
    j -= j >= 0 and doc[j].lower_ == "the"
    return j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in gz.TITLE_HEADS


def _local_head_near(m, sents) -> bool:
    """The mention's sentence names a place's own head without a body ("to do business with the
    state of X while he served as governor"): the place is that post's body."""
    from .rules.region_posts import REGION_HEADS   # (rules import this package's modules)
    from .rules.title_orgs import LOCAL_HEADS
    return any(t.lower_ in REGION_HEADS or t.lower_ in LOCAL_HEADS for t in sents[m.sent_index])


def place_only(e, mentions, sents) -> bool:
    """The entity is an organisation named as a known city or region, in no relation or event,
    and never written as the place of a post."""
    if e.label != ORGANISATION or e.used or not gz.is_place(e.name) or gz.country_of(e.name):
        return False
    return not any(m.entity is e and (_titled(m, sents, mentions) or _local_head_near(m, sents)) for m in mentions)
