"""The body of a chief justice whose court the story does not name.

"Chief Justice X" heads a country's judiciary, and which court that is differs by country (the
Supreme Court in Kenya, the Constitutional Court in South Africa, the Court of Appeal and High
Court in Botswana). Where the story names a court ("sworn in at the Supreme Court"), the title
rules keep that court; where it names none ("took the oath of office before Chief Justice X"),
the post is the country's judiciary ("Judiciary of Botswana", "the Botswana judiciary"), not a
Supreme Court the story never mentions. Titles: gazetteer.json judiciary_titles.
"""
from __future__ import annotations

from graph.schema import ORGANISATION

from .. import gazetteer as gz

JUDICIARY_TITLES = frozenset(t.lower() for t in gz.data().get("judiciary_titles", []))


def names_a_court(st) -> bool:
    """The story names some court (an organisation whose name has "court" or "tribunal")."""
    return any(m.label == ORGANISATION and m.entity is not None
               and {"court", "tribunal"} & set(m.entity.name.lower().split()) for m in st.mentions)


def judiciary_of(st, title: str, country: str | None):
    """The country's judiciary for a chief justice's title in a story that names no court (the
    judiciary alone where the story gives no country); else None (the title rules go on)."""
    if title not in JUDICIARY_TITLES or names_a_court(st):
        return None
    if country is None:
        e = st.org_entity("Judiciary", None)
        e.aliases.add("judiciary")
        return e
    e = st.org_entity(f"Judiciary of {country}", country)
    adj = gz.adjective_of(country) or country
    e.aliases |= {"judiciary", "Judiciary", f"{adj} judiciary", f"{country} judiciary", f"judiciary of {country}"}
    return e
