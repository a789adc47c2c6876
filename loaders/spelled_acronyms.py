"""A body's name spelled out before its bracketed acronym is a body (round 10).

Releases define a body's acronym once: "Acting Special Agent in Charge of Homeland Security
Investigations (HSI) in San Antonio". In a long sentence the small model may tag only the
acronym ("HSI"), leaving the name untagged, so the post "of Homeland Security Investigations"
finds no body. The capitalised words just before "(ACR)" whose initials spell the acronym
(joining words such as "of" / "and" not counted) are the body's name. Used by ner_repair."""
from __future__ import annotations

from spacy.tokens import Span

from . import doc_index

JOINING = frozenset({"of", "and", "for", "on", "the", "&"})


def _spelled_start(doc, end: int, acronym: str) -> int | None:
    """The first word of the name ending at doc[end - 1] whose initials spell acronym, or None."""
    letters, k = list(acronym), end
    while letters and k - 1 >= 0:
        t = doc[k - 1]
        if t.lower_ in JOINING and t.is_lower and k < end:
            k -= 1
            continue
        if not (t.is_alpha and t.text[:1].isupper() and t.text[0] == letters[-1]):
            return None
        letters.pop()
        k -= 1
    return k if not letters and doc[k].text[:1].isupper() else None


def mend(doc, ents: list[Span]) -> list[Span]:
    """ents with the untagged name before a tagged "(ACR)" added as the body it spells."""
    texts = doc_index.texts(doc)
    if "(" not in texts:
        return ents + []   # (the acronym is bracketed)
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for e in ents:
        if e.end - e.start != 1 or e.label_ != "ORG":
            continue
        acr = texts[e.start]
        if not (acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 6):
            continue
        if e.start < 3 or e.end >= len(doc) or doc[e.start - 1].text != "(" or doc[e.end].text != ")":
            continue
        start = _spelled_start(doc, e.start - 1, acr)
        if start is not None and not any(i in taken for i in range(start, e.start - 1)):
            found.append(Span(doc, start, e.start - 1, label="ORG"))
            taken |= set(range(start, e.start - 1))
    return ents + found
