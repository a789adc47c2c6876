"""A town's police written with its state between the two ("the Gary, Ind., Police Department",
"former Elm Falls, Texas Police Chief X", "Tacoma, Wash., Police Officer X"), as US federal
releases write a local force (round 17).

The small model reads the town and the state as two places and the rest as a body of its own
("Police Department", "Texas Police", "N.J. Police Department") or as nothing, so the post goes
to a body no reader can place, or to none. Here the words from the town to "Police" (and
"Department" after it) are one organisation, named "<town> Police Department" (or "<town>
Police"), the written form kept as an alias. States: gazetteer.json us_district_names and
us_state_abbreviations. Used by ner_repair (the span) and mentions (the name).

(round 23) Also when a rank of the post stands between the state and "Police" ("former
Tallassee, Alabama, Assistant Police Chief X": "Tallassee Police"), when no state is written but
a local force's post follows "Police" ("Former Elm Falls Police Chief X", "Elm Falls Assistant
Police Chief X"; not a state's, a country's or a kind of force's police: "Alabama Police Chief",
"Kenya Police Commissioner", "Capitol Police Officer"), and for a county's sheriff before a post
("a former Pima County Sheriff's Deputy": "Pima County Sheriff's Office"). Words: gazetteer.json
local_forces."""
from __future__ import annotations

import re

from . import gazetteer as gz

_L = gz.data()["local_forces"]
RANKS = frozenset(_L["ranks"])            # "Assistant" of "Assistant Police Chief": the post's, written before "Police"
LOCAL_TITLES = frozenset(_L["titles"])    # "Chief", "Officer", "Deputy": a local force's post after "Police"
NOT_TOWNS = frozenset(_L["not_towns"])    # "Former Police Chief", "State Police", "Capitol Police": no town
STATES = frozenset(s for s in gz.data().get("us_district_names", []) if not s.startswith("the ")) \
    | frozenset(gz.data().get("us_state_abbreviations", []))
POLICE_TAILS = ("department", "dept.")
_TOWN = r"[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2}"
_RANK = rf"(?:(?:{'|'.join(re.escape(w) for w in sorted(RANKS))}),? )*"   # (the ranks above)
WRITTEN = re.compile(rf"^({_TOWN}), ([A-Z][\w.]+(?: [A-Z][\w.]+)?),? {_RANK}(Police(?: Department)?)$")
RANKED = re.compile(r"^[A-Z][\w\-]+(?: [A-Z][\w\-]+){1,4} Police$")   # "Elm Falls Assistant Police" (the rank is the post's)
SHERIFF = re.compile(rf"^({_TOWN} County) Sheriff(?:'s|’s)?$")   # "Pima County Sheriff's" (Deputy)


def _state_at(doc, end: int) -> int | None:
    """Where a state's name that ends just before token end starts ("Ind.", "New Jersey")."""
    for n in (2, 1):
        if end - n >= 0 and doc[end - n:end].text in STATES:
            return end - n
    return None


def _town_at(doc, end: int) -> int | None:
    """Where a town's name of up to three capitalised words ending just before token end starts;
    None when those words are no town (a state, a country, a nationality, a kind of force)."""
    t = end
    while t > 0 and end - t < 3 and doc[t - 1].text[:1].isupper() and doc[t - 1].is_alpha \
            and doc[t - 1].text not in NOT_TOWNS and doc[t - 1].lower_ not in gz.TITLE_HEADS:
        t -= 1
    if t == end:
        return None
    name = doc[t:end].text
    if name in STATES or gz.country_of(name) or any(x.ent_type_ in ("NORP", "PERSON") for x in doc[t:end]) \
            or (t > 0 and doc[t - 1].text[:1].isupper() and doc[t - 1].is_alpha and doc[t - 1].text not in NOT_TOWNS):
        return None
    return t


def _local_post_after(doc, k: int) -> bool:
    """A local force's post follows token k ("Police Chief X", "Sheriff's Deputy X")."""
    return k + 1 < len(doc) and doc[k + 1].lower_ in LOCAL_TITLES and doc[k + 1].text[:1].isupper()


def sheriff_span(doc, k: int) -> tuple[int, int] | None:
    """The tokens of "<Name> County Sheriff's" before a post ("a former Pima County Sheriff's
    Deputy") whose "Sheriff" is token k, or None."""
    if doc[k].text != "Sheriff" or k < 2 or doc[k - 1].text != "County" or k + 1 >= len(doc) \
            or doc[k + 1].text not in ("'s", "’s") or not _local_post_after(doc, k + 1):
        return None
    t = _town_at(doc, k - 1)
    return (t, k + 2) if t is not None else None


def police_span(doc, k: int) -> tuple[int, int] | None:
    """The tokens of "<Town>, <State>(,) [rank] Police (Department)" whose "Police" is token k, or
    of "<Town> [rank] Police" before a local force's post; None else."""
    if doc[k].text != "Police":
        return None
    r = k
    while r > 0 and (doc[r - 1].text in RANKS or (doc[r - 1].text == "," and r - 2 >= 0 and doc[r - 2].text in RANKS)):
        r -= 1   # "Alabama, Assistant Police Chief": the rank is the post's, inside the span only
    j = r - 1 if r > 0 and doc[r - 1].text == "," else r
    s = _state_at(doc, j)
    if s is None and r == j:   # no state written: "Elm Falls Police Chief X"
        if not _local_post_after(doc, k):
            return None
        t = _town_at(doc, r)
        return (t, k + 1) if t is not None else None
    if s is None or s < 2 or doc[s - 1].text != ",":
        return None
    comma = s - 1
    t = comma
    while t > 0 and t - 1 >= comma - 3 and doc[t - 1].text[:1].isupper() and doc[t - 1].is_alpha \
            and doc[t - 1].lower_ not in ("former", "the", "acting", "a"):
        t -= 1   # the town: up to three capitalised words before the comma ("Elm Falls", "Cedar Grove Heights")
    if t == comma:
        return None
    end = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in POLICE_TAILS)
    return t, end


def named(text: str) -> str | None:
    """"Gary, Ind., Police Department" -> "Gary Police Department"; "Tallassee, Alabama, Assistant
    Police" and "Elm Falls Assistant Police" -> "<town> Police"; "Pima County Sheriff's" -> "Pima
    County Sheriff's Office"; None for any other name."""
    m = WRITTEN.match(text)
    if m is not None and m.group(2) in STATES:
        return f"{m.group(1)} {m.group(3)}"
    words = text.split()
    if RANKED.match(text) and words[0] not in NOT_TOWNS and any(w in RANKS for w in words):
        return " ".join(w for w in words if w.rstrip(",") not in RANKS)   # "Elm Falls Assistant Police"
    m = SHERIFF.match(text)
    if m is not None and text.split()[0] not in NOT_TOWNS:
        return f"{m.group(1)} Sheriff's Office"
    return None
