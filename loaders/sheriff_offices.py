"""A US county sheriff's office as federal releases write it: "the Calder County Sheriff's
Office", "Former Calder County Sheriff’s Deputy X", "Calder County Sheriff X".

The small model reads "Calder County Sheriff" as a person (the deputy after it then his
"subordinate"), "Office" as a body of its own, or the sheriff's name run into the county. Here
"<Place> County" with the sheriff's words after it is one body, named "<Place> County Sheriff's
Office" (the written form kept as an alias); before a name, "Sheriff" stays the title and the
county is the body ("Calder County Sheriff X": the sheriff of Calder County). Used by ner_repair
(the spans) and mentions (the name)."""
from __future__ import annotations

import re

POSSESSIVE = ("'s", "’s")
OFFICE_WORDS = ("office", "department")
NOT_PLACE = ("former", "the", "a", "an", "acting", "interim", "then", "ex")
WRITTEN = re.compile(r"^((?:[A-Z][\w\-]+\s+){1,3}County) Sheriff(?:'s|’s)?(?: (?:Office|Department))?$")


def _place_start(doc, k: int) -> int | None:
    """Where the place's capitalised words before "County" (token k) begin, or None."""
    t = k - 1 if k > 1 and doc[k - 1].is_space and "\n" in doc[k - 1].text else k   # "Madison" | "County ...": a wrapped line
    words = 0
    while t > 0 and words < 3 and doc[t - 1].text[:1].isupper() and doc[t - 1].is_alpha \
            and doc[t - 1].lower_ not in NOT_PLACE:
        t -= 1
        words += 1
    return t if words else None


def sheriff_spans(doc, k: int) -> list[tuple[int, int, str]]:
    """The spans around "County" (token k) when sheriff's words follow: [(start, end, label)]:
    the office ("<Place> County Sheriff's Office", "<Place> County Sheriff’s" before a rank), or
    the county and the person named after "Sheriff" ("<Place> County" | "Sheriff" | "X Y")."""
    if doc[k].text != "County" or k + 1 >= len(doc) or doc[k + 1].text != "Sheriff":
        return []
    t = _place_start(doc, k)
    if t is None:
        return []
    j = k + 2
    if j < len(doc) and doc[j].text in POSSESSIVE:
        j += 1
        if j < len(doc) and doc[j].lower_ in OFFICE_WORDS and doc[j].text[:1].isupper():
            j += 1
        return [(t, j, "ORG")]
    if j < len(doc) and doc[j].lower_ in OFFICE_WORDS and doc[j].text[:1].isupper():
        return [(t, j + 1, "ORG")]   # "the Calder County Sheriff Office"
    n = j
    while n < len(doc) and n - j < 4 and doc[n].text[:1].isupper() and (doc[n].is_alpha or (
            len(doc[n].text) == 2 and doc[n].text[1] == ".")):
        n += 1
    if n - j >= 2:   # "Calder County Sheriff Dena Pruitt"
        return [(t, k + 1, "ORG"), (j, n, "PERSON")]
    return []


def named(text: str) -> str | None:
    """"Calder County Sheriff’s" / "Calder County Sheriff's Department" -> "Calder County Sheriff's
    Office"; None for any other name."""
    m = WRITTEN.match(text)
    return f"{' '.join(m.group(1).split())} Sheriff's Office" if m else None
