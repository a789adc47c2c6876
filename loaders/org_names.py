"""An organisation's name as written -> the key, display name and country it is merged under.

Split from mentions.py, which finds and resolves the mentions of an article: these functions
need no article, only the gazetteer, so the graph's naming of bodies can be read (and tested)
on its own. "Russian Defense Ministry", "Ministry of Defence" and "MoD" become one ministry of
one country; "Odebrecht S.A." is "Odebrecht"; a body every country has ("the armed forces")
named without a country is the article country's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer as gz
from .lexicon import load   # word lists: data/names.json

# Bodies every country has: named without a country, they are the article country's.
NATIONAL_BODIES = set(load("names")["national_bodies"])
# a country's legislature by its common name: "Parliament of X" is how readers name it
LEGISLATURES = frozenset({"parliament", "national assembly"})


@lru_cache(maxsize=8192)   # (pure, an immutable answer; asked of the same names many times per article)
def ministry_domain(name: str) -> tuple[str | None, str | None]:
    """('Defense', country word or None) when the name is a ministry, else (None, None)."""
    n = name.strip()
    if n in ("MoD", "MOD"):
        return "Defense", None
    owned = re.match(r"^(?P<base>(?:ministry|department)\s+(?:of|for)\s+.+?)\s+of\s+(?:the\s+)?(?P<country>[^,]+)$", n, re.I)
    if owned and gz.country_of(owned.group("country")):   # "Ministry of Defence of Ukraine"
        dom, adj = ministry_domain(owned.group("base"))
        if dom and adj is None:
            return dom, owned.group("country")
    m = re.match(r"^(?:(?P<adj>[\w.\-’']+)\s+)?(?:ministry|department)\s+(?:of|for)\s+(?:the\s+)?(?P<dom>.+)$",
                 n, re.I)
    if not m:
        m = re.match(r"^(?:(?P<adj>[\w.\-’']+)\s+)?(?P<dom>.+?)\s+ministry$", n, re.I)
    if not m:
        return None, None
    adj = m.group("adj")
    dom = gz.portfolio(f"{adj} {m.group('dom')}") if adj and not gz.country_of(adj) else None
    if dom is not None:   # (round 18) "Rural Development Ministry": the whole portfolio, not its last word
        return dom, None
    dom = gz.portfolio(m.group("dom"))
    if dom is None and adj:  # "Russian Defense Ministry": adjective was read as the domain's first word
        dom = gz.portfolio(f"{adj} {m.group('dom')}")
        adj = None if dom else adj
    if dom is None:
        return None, None
    return dom, adj


COMPANY_SUFFIX = re.compile(r",?\s+(?:S\.A\.?|S\.A\.C\.?|Inc\.?|Ltd\.?|LLC|L\.L\.C\.|Corp\.?|PLC|plc|GmbH|N\.V\.|"
                            r"B\.V\.|S\.p\.A\.?|Pty\.? Ltd\.?|Co\.)$")


def company_name(name: str) -> str:
    """"Odebrecht S.A." -> "Odebrecht": the legal form is not part of the name readers use."""
    return COMPANY_SUFFIX.sub("", name).strip() or name


@lru_cache(maxsize=8192)   # (pure, an immutable answer)
def org_identity(name: str, default_country: str | None) -> tuple[str, str, str | None]:
    """(key, display name, country) for an organisation name as written."""
    name = company_name(re.sub(r"\s+([,;:])", r"\1", name))   # "Agriculture , Livestock": words joined by a rule
    name = re.sub(r"^the\s+(?=[A-Z])", "", name)   # "the Samara Region" as a rule wrote it
    rec = gz.known_orgs().get(name.lower())
    if rec:
        return rec["name"].lower(), rec["name"], rec.get("country")
    dom, adj = ministry_domain(name)
    if dom:
        country = gz.country_of(adj) if adj else default_country
        display = f"Ministry of {dom}"
        if country:
            return f"{country} ministry of {dom}".lower(), f"{gz.adjective_of(country)} {display}", country
        return display.lower(), display, None
    words = name.split()
    country = gz.country_of(words[0]) if len(words) > 1 else None
    base = " ".join(words[1:]) if country else name
    if country is None and base.lower() in NATIONAL_BODIES:
        country = default_country
    if country and base.lower() in NATIONAL_BODIES:
        return f"{country} {base}".lower(), f"{gz.adjective_of(country)} {base}", country
    return name.lower(), name, country


def national_body_name(base: str, country: str | None) -> str | None:
    """The name a country gives a body every country has (gazetteer national_body_names):
    ("central bank", "South Africa") -> "South African Reserve Bank"; None when not listed."""
    if not country:
        return None
    return gz.data().get("national_body_names", {}).get(re.sub(r"^the\s+", "", base.lower()), {}).get(country)


def body_of_country(name: str) -> tuple[str, str] | None:
    """("Communist Party", "Vietnam") for "Communist Party of Vietnam": a body every country has,
    named with its country after "of" (the written name stays the body's name)."""
    owner = re.match(r"^(?P<base>.+?) of (?:the )?(?P<country>[^,]+)$", name)
    if owner and owner.group("base").lower() in NATIONAL_BODIES and gz.country_of(owner.group("country")):
        return owner.group("base"), gz.country_of(owner.group("country"))
    return None


BODY_WORDS = load("names")["national_body_words"]   # "armed forces" -> "military"


def country_splits(words: list[str]):
    """(country, the rest) for each way a name opens with one to three words that name a
    country ("South African" + "Central Bank", "Moldovan" + "Parliament"), shortest first."""
    for k in (1, 2, 3):
        country = gz.country_of(" ".join(words[:k])) if len(words) > k else None
        if country:
            yield country, " ".join(words[k:])


def national_body_forms(words: list[str]) -> set[str]:
    """"Fijian Armed Forces": "Fiji military", "Fijian military", "Fiji's armed forces", "Armed
    Forces of Fiji": the forms a reader (and a gold file) gives a body every country has, by the
    country's name or adjective and by news's other word for it."""
    for country, base in country_splits(words):
        if base.lower() in NATIONAL_BODIES:
            owners = {country, gz.adjective_of(country) or country}
            capitals = all(w[:1].isupper() for w in base.split())   # "Armed Forces": "Military"

            def cased(b: str) -> str:
                return " ".join(w[:1].upper() + w[1:] for w in b.split()) if capitals else b.lower()
            bases = {base} | {cased(b) for b in BODY_WORDS.get(base.lower(), ()) if b != base.lower()}
            forms = ({f"{o} {b}" for o in owners for b in bases} | {f"{country}'s {b}" for b in bases}
                     | {f"{b} of {country}" for b in bases if b.lower() != "military"})
            return forms - {" ".join(words)}
    return set()


ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ch", "i", "ic")   # "Peruvian", "Chinese", "Danish", "Dutch", "Iraqi"


def country_names(country: str) -> set[str]:
    """The other names the gazetteer knows a country by ("U.S.", "USA", "America"; "Britain",
    "UK"), not its adjectives ("American"): a country acting as a body is found under any of them."""
    if gz.country_of(country) != country:
        return set()
    adjective = gz.adjective_of(country)
    return {f for f in gz.data()["countries"].get(country, [])
            if (f != adjective or f.isupper()) and not f.endswith(("'s", "’s"))
            and not (" " not in f and not f.isupper() and f.endswith(ADJECTIVE_ENDINGS))}


def ministry_aliases(display: str) -> set[str]:
    """Spelling and word-order variants users search for: Defence/Defense, X Ministry; and the
    name a country gives a body every country has ("Ghanaian police": "Ghana Police Service")."""
    return set(_ministry_aliases(display))   # (a set of the caller's own: callers add to it)


@lru_cache(maxsize=4096)   # (pure; each article asks again of the same bodies)
def _ministry_aliases(display: str) -> frozenset[str]:
    out = set()
    m = re.match(r"^(?:(\S+(?:\s\S+)??)\s+)?Ministry of (.+)$", display)   # "South Korean Ministry of X"
    if m:
        adj, dom = m.group(1), m.group(2)
        forms = {f"Ministry of {dom}", f"{dom} Ministry", f"Ministry of the {dom}"}
        # the portfolio's other usual forms: "Foreign Ministry", "Ministry of Home Affairs"
        short = [f for f in gz.data()["ministry_domains"].get(dom, []) if f != dom]
        forms |= {f"{f} Ministry" for f in short} | {f"Ministry of {f}" for f in short if " " in f}
        parts = [x.strip() for x in re.split(r",|\band\b|&", dom) if x.strip()]
        if len(parts) > 1 and gz.portfolio(parts[0]):   # "Ministry of Finance, Budget and National Planning"
            first = gz.portfolio(parts[0])
            forms |= {f"Ministry of {first}", f"{first} Ministry", f"Ministry of {dom.replace(', and', ' and')}"}
        if adj:
            # the country's own forms, by adjective and by name ("Zimbabwe Ministry of Finance"),
            # and the bare forms a reader of one country's news searches for
            country = gz.country_of(adj)
            owners = {adj, country} if country else {adj}
            forms = forms | {f"{o} {f}" for o in owners for f in forms} | (
                {f"Ministry of {dom} of {country}"} if country else set())
            forms |= gz.ministry_forms(dom, country)   # "Department of Justice of Puerto Rico"
        for f in list(forms):
            forms.add(f.replace("Defense", "Defence"))
            if f.startswith("Department of ") and not f.startswith("Department of the "):
                forms.add("Department of the " + f[len("Department of "):])   # "Department of the Environment and Heritage"
        out |= forms
    words = display.split()
    # "Moldovan Parliament": "Parliament of Moldova", "Moldova Parliament", "parliament"
    house = next(((c, b) for c, b in country_splits(words) if b.lower() in LEGISLATURES), None)
    if house:
        country, base = house
        out |= {f"{base} of {country}", f"{country} {base}", base}
    out |= national_body_forms(words) | country_names(display)
    # "Ghanaian police", "South African Central Bank": the country's own name for it
    named = next((n for c, b in country_splits(words) for n in [national_body_name(b, c)] if n), None)
    if named:
        out.add(named)
    return frozenset(out)
