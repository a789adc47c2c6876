"""A word that says how a name's holder stands is no part of the name (round 13).

Headlines and ledes write it with a capital before a title and a name, and the model takes it
in: "Embattled National Lotteries Commission chief operations officer X", "Embattled Miami
Police" (+ "Chief X"), "Former Gary, Indiana Police Chief Sentenced". The descriptor is cut off
the span; the rest is the name. Words: names.json `name_descriptors` (persons and bodies) and
`person_descriptors` ("former", "late": persons only, "the Former Yugoslav Republic" keeps it).
"""
from __future__ import annotations

from spacy.tokens import Span

from .lexicon import word_set

DESCRIPTORS = word_set("names", "name_descriptors")
PERSON_DESCRIPTORS = word_set("names", "person_descriptors")


def _descriptor(token, label: str) -> bool:
    w = token.lower_
    return token.text[:1].isupper() and (w in DESCRIPTORS or (label == "PERSON" and w in PERSON_DESCRIPTORS))


def trimmed(span: Span) -> Span:
    """The span without the descriptors it opens with, if a capitalised word is left."""
    if span.label_ not in ("PERSON", "ORG"):
        return span
    start = span.start
    while start < span.end - 1 and _descriptor(span.doc[start], span.label_):
        start += 1
    if start == span.start or not span.doc[start].text[:1].isupper():
        return span
    return Span(span.doc, start, span.end, label=span.label_)


def mend(doc, spans: list[Span]) -> list[Span]:
    return [trimmed(s) for s in spans]
