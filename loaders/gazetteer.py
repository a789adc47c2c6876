"""The gazetteer that ships with the package: countries, institutions, titles and names.

General knowledge, not per article: it fixes what a small NER model gets wrong
("MoD" as a place, a person as an organisation) and maps titles to institutions.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def data() -> dict:
    return json.loads(resources.files("loaders").joinpath("data/gazetteer.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def country_forms() -> dict[str, str]:
    """Lower-cased country name, adjective or short form -> canonical country name."""
    out = {}
    for name, forms in data()["countries"].items():
        out[name.lower()] = name
        for f in forms:
            out[f.lower()] = name
    return out


@lru_cache(maxsize=16384)   # (pure: asked of the same words many times per article)
def country_of(word: str) -> str | None:
    w = word.strip()
    if w.endswith(("’s", "'s")):   # (the stripped word ends there: the same as r"(’s|'s)$")
        w = w[:-2]
    return country_forms().get(w.lower())


def adjective_of(country: str) -> str:
    forms = data()["countries"].get(country, [])
    short = [f for f in forms if f.isupper() and len(f) <= 3]
    adj = [f for f in forms if f.endswith(("an", "ish", "ese", "ch", "i"))]
    return (adj or short or [country])[0] if country not in ("United Kingdom", "United States") \
        else (short or adj)[0]


@lru_cache(maxsize=1)
def known_orgs() -> dict[str, dict]:
    """Lower-cased name or alias of a well-known institution -> its record."""
    out = {}
    for rec in data()["organisations"]:
        for n in [rec["name"]] + rec.get("aliases", []):
            out[n.lower()] = rec
    return out


@lru_cache(maxsize=1)
def domain_forms() -> dict[str, str]:
    out = {}
    for canon, forms in data()["ministry_domains"].items():
        for f in forms:
            out[f.lower()] = canon
    return out


def ministry_forms(portfolio: str, country: str | None) -> set[str]:
    """The names a country gives its ministry of a portfolio besides "Ministry of X", which
    readers search for: "Department of Justice of Puerto Rico" where ministries are departments
    (data: department_countries)."""
    out = set()
    if country in data().get("department_countries", []):
        base = {f"Department of {portfolio}", f"{portfolio} Department"}
        owners = {country, adjective_of(country)}
        out |= base | {f"{o} {b}" for o in owners for b in base} | {f"Department of {portfolio} of {country}"}
    out |= set(data().get("department_names", {}).get(country, {}).get(portfolio, []))   # "Department of the Treasury"
    return out


def portfolio(phrase: str, lenient: bool = False) -> str | None:
    """The portfolio a phrase names, for a ministry's name: one known portfolio word gives its
    usual form ("Defence" -> "Defense", "Home Affairs" -> "Interior"); several joined by
    commas and "and" ("Public Service, Labour and Social Welfare") are kept as written.
    lenient (where the line is known to name a portfolio, as in a cabinet list): the first
    part known is enough ("Transport and Infrastructure Development", "National Treasury")."""
    p = re.sub(r"^the\s+", "", phrase.strip(" ,"), flags=re.I)
    dom = domain_forms().get(p.lower())
    if dom:
        return dom
    parts = [x for x in re.split(r"\s*(?:,|\band\b|&)\s*", p.lower()) if x]
    if len(parts) > 1 and all(x in domain_forms() for x in parts):
        return " ".join(w if w.lower() == "and" else w[:1].upper() + w[1:] for w in p.split())
    if lenient and parts and len(p.split()) <= 8 and all(w[:1].isupper() or w in ("and", "of", "the", "&", ",")
                                                          for w in p.split()) \
            and not any(w.strip(",").lower() in TITLE_HEADS or w.strip(",").lower() in ORG_HEADS for w in p.split()):
        head = parts[0].split()
        if parts[0] in domain_forms() or head[0] in domain_forms() or (
                len(head) == 2 and head[0] == "national" and head[1] in domain_forms()):
            return p   # "National Treasury", "Information Communication and Technology": kept as written
    return None


def words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data()[key])


TITLE_HEADS = words("title_heads")
OCCUPATIONS = words("occupations")
ORG_HEADS = words("org_heads")
FIRST_NAMES = frozenset(data()["first_names"])
PREFIXES = frozenset(data()["person_prefixes"])
RANKS = frozenset(r.lower() for r in data()["ranks"])
HEADS_OF_STATE = frozenset(h.lower() for h in data()["heads_of_state"])
# every word of a rank or title ("field", "marshal"): a "person" made only of these is a title
TITLE_WORDS = frozenset(w for r in RANKS for w in r.split()) | TITLE_HEADS | frozenset(
    p.lower().rstrip(".") for p in PREFIXES)


def is_title_head(word: str) -> bool:
    """A title's head word, also one joined by hyphens ("secretary-general", "director-general")."""
    low = word.lower()
    return low in TITLE_HEADS or ("-" in low and any(p in TITLE_HEADS for p in low.split("-")))


def is_plural_title(word: str) -> bool:
    """A title's head word in the plural ("ministers", "Attorneys"): written before a list of
    names, it is each one's title ("Trial Attorneys A and B")."""
    low = word.lower()
    return len(low) > 4 and low.endswith("s") and low[:-1] in TITLE_HEADS


# national bodies written as one lower-case word ("the army", "Israel's military")
BODY_WORDS = frozenset({"army", "navy", "police", "military", "junta"})


def fold(name: str) -> str:
    """Lower case without accents: "São Paulo" and "Sao Paulo" are one place."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    raw = json.loads(resources.files("loaders").joinpath("data/places.json").read_text("utf-8"))
    return frozenset(fold(p) for p in raw["places"])


def is_place(name: str) -> bool:
    """A city or a first-level region (data/places.json, built by scripts/build_places.py)."""
    return fold(name) in _places()
