"""A town's police written with its state between the two ("the Gary, Ind., Police Department",
"former Elm Falls, Texas Police Chief X", "Tacoma, Wash., Police Officer X"), as US federal
releases write a local force (round 17).

The small model reads the town and the state as two places and the rest as a body of its own
("Police Department", "Texas Police", "N.J. Police Department") or as nothing, so the post goes
to a body no reader can place, or to none. Here the words from the town to "Police" (and
"Department" after it) are one organisation, named "<town> Police Department" (or "<town>
Police"), the written form kept as an alias. States: gazetteer.json us_district_names and
us_state_abbreviations. Used by ner_repair (the span) and mentions (the name)."""
from __future__ import annotations

import re

from . import gazetteer as gz

STATES = frozenset(s for s in gz.data().get("us_district_names", []) if not s.startswith("the ")) \
    | frozenset(gz.data().get("us_state_abbreviations", []))
POLICE_TAILS = ("department", "dept.")
_TOWN = r"[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2}"
WRITTEN = re.compile(rf"^({_TOWN}), ([A-Z][\w.]+(?: [A-Z][\w.]+)?),? (Police(?: Department)?)$")


def _state_at(doc, end: int) -> int | None:
    """Where a state's name that ends just before token end starts ("Ind.", "New Jersey")."""
    for n in (2, 1):
        if end - n >= 0 and doc[end - n:end].text in STATES:
            return end - n
    return None


def police_span(doc, k: int) -> tuple[int, int] | None:
    """The tokens of "<Town>, <State>(,) Police (Department)" whose "Police" is token k, or None."""
    if doc[k].text != "Police":
        return None
    j = k - 1 if k > 0 and doc[k - 1].text == "," else k
    s = _state_at(doc, j)
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
    """"Gary, Ind., Police Department" -> "Gary Police Department"; None for any other name."""
    m = WRITTEN.match(text)
    if m is None or m.group(2) not in STATES:
        return None
    return f"{m.group(1)} {m.group(3)}"
