"""A minister's one portfolio read as the combined ministry the story names (round 10).

Many governments join portfolios in one ministry ("Ministry of Public Service, Labour and Social
Welfare", "Ministry of Health and Family Welfare", "Ministry of Agriculture, Industry and
Labour"), yet a story calls its minister by one of them: "labor Minister X", "Health Minister
X", "Minister of Agriculture X". org_for_title (title_orgs.py) would build a "Ministry of Labour"
of its own beside the body the story names; the story's own ministry is the post's body when it
names exactly one that joins that portfolio with others, of the title's country or of none.
"""
from __future__ import annotations

import re

from graph.schema import ORGANISATION

from .. import gazetteer as gz
from .per_story import the_one

# "Ministry of A, B and C", "Zimbabwean Department for A and B": the portfolio part of a body's name
JOINED_NAME = re.compile(r"\b(?:Ministry|Department) (?:of|for) (?:the )?(.+)$")


def joined_portfolios(name: str) -> list[str]:
    """The portfolios a ministry's name joins ("Public Service, Labour and Social Welfare" ->
    Public Service, Labour, Social Welfare), or [] for a ministry of one portfolio."""
    m = JOINED_NAME.search(name)
    if not m:
        return []
    pieces = [p for p in re.split(r"\s*(?:,|\band\b|&)\s*", m.group(1)) if p]
    return [gz.portfolio(p) or p for p in pieces] if len(pieces) > 1 else []


def combined_ministry(st, dom: str, country: str | None):
    """The one ministry the story names whose joined portfolios include dom, else None (also
    when the story names a ministry of that portfolio alone: "the Labour Ministry")."""
    hits = {}
    for m in st.mentions:
        e = m.entity
        if m.label != ORGANISATION or e is None or (country and e.country and e.country != country):
            continue
        own = JOINED_NAME.search(e.name)
        if own and gz.portfolio(own.group(1)) == dom:
            return None
        if dom in joined_portfolios(e.name):
            hits[e.id] = e
    return the_one(hits.values())
