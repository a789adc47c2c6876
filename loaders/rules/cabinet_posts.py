"""A deputy of the head of government sits in the cabinet: "Deputy Prime Minister X" holds a post
of the country's government ("Government of Thailand", "the Thai government"), not of the country,
whose posts are the head of state's (title_orgs.org_for_title gives those the country)."""
from __future__ import annotations

from graph.schema import ORGANISATION

from .. import gazetteer as gz
from ..lexicon import word_set

CABINET_DEPUTIES = word_set("titles", "cabinet_deputy_titles")
NOT_THE_POST = {"acting", "former", "interim", "the", "then", "new"}


def is_cabinet_deputy(words: list[str]) -> bool:
    """"First Deputy Prime Minister", "former vice premier" (lower-cased words of a title)."""
    return " ".join(w for w in words if w not in NOT_THE_POST) in CABINET_DEPUTIES


def government_body(st, country: str):
    """The country's government, under the forms stories give it: the story's own body if it
    named it so ("the Thai government"), else one made under those names."""
    adj = gz.adjective_of(country)
    forms = {f"Government of {country}", f"{adj} government", f"{adj} Government", f"{country} government",
             f"{country}'s government"}
    lowered = {f.lower() for f in forms}
    named = [e for e in st.ents.values() if e.label == ORGANISATION and (
             ({e.name.lower()} | {a.lower() for a in e.aliases}) & lowered or _government_of(e.name) == country)]
    if len(named) == 1:
        named[0].used = True
        return named[0]
    e = st.org_entity(f"Government of {country}", country)
    e.aliases |= forms - {e.name}
    return e


def _government_of(name: str) -> str | None:
    """The country of a "Government of the Russian Federation", else None."""
    low = name.lower()
    if not low.startswith("government of "):
        return None
    rest = name[len("Government of "):]
    return gz.country_of(rest[4:] if rest.lower().startswith("the ") else rest)
