"""A deputy of the head of government sits in the cabinet: "Deputy Prime Minister X" holds a post
of the country's government ("Government of Thailand", "the Thai government"), not of the country,
whose posts are the head of state's (title_orgs.org_for_title gives those the country)."""
from __future__ import annotations

from .. import gazetteer as gz
from ..lexicon import word_set

CABINET_DEPUTIES = word_set("titles", "cabinet_deputy_titles")
NOT_THE_POST = {"acting", "former", "interim", "the", "then", "new"}


def is_cabinet_deputy(words: list[str]) -> bool:
    """"First Deputy Prime Minister", "former vice premier" (lower-cased words of a title)."""
    return " ".join(w for w in words if w not in NOT_THE_POST) in CABINET_DEPUTIES


def government_body(st, country: str):
    """The country's government, under the forms stories give it."""
    e = st.org_entity(f"Government of {country}", country)
    adj = gz.adjective_of(country)
    e.aliases |= {f"{adj} government", f"{adj} Government", f"{country} government", f"{country}'s government"}
    return e
