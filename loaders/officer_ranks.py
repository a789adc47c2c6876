"""The armed service and the rank written before an officer's name ("Navy Rear Adm. X",
"Army Lt. Gen. X", "Air Force Brig. Gen. X"), as US defence releases write them (round 17).

The small model reads the service and the rank as a body ("Navy Rear Adm"), or the whole run,
name too, as one ("Navy Rear Adm. Walter J. Price"). This module says where such a prefix ends:
ner_repair keeps the name after it as the person, mentions drops a body that is only the prefix,
and rules/flag_officers reads the service as the officer's (MEMBER_OF). Words:
titles.json armed_services, rank_qualifiers and rank_abbreviations."""
from __future__ import annotations

from .lexicon import load
from .rules import titles

_TITLES = load("titles")
SERVICES = {k.lower(): v for k, v in _TITLES["armed_services"].items()}   # "navy" -> "U.S. Navy"
RANK_ABBREVIATIONS = frozenset(w.rstrip(".") for w in titles.RANK_ABBREVIATIONS)   # ("adm." and "adm": one word)
RANK_WORDS = RANK_ABBREVIATIONS | frozenset(w.lower() for w in _TITLES["rank_qualifiers"])   # "Rear", "Vice"


def _rank_word(tok) -> bool:
    return tok.lower_.rstrip(".") in RANK_WORDS and tok.lower_ != "."


def rank_before(doc, start: int) -> tuple[str, int] | None:
    """The rank written right before token start ("Rear Adm.", "Lt. Gen.") and the token it
    begins at; None unless an abbreviated rank is among its words."""
    i = start
    while i > 0 and (_rank_word(doc[i - 1]) or (doc[i - 1].text == "." and i > 1 and _rank_word(doc[i - 2]))):
        i -= 1
    words = doc[i:start]
    if not any(t.lower_.rstrip(".") in RANK_ABBREVIATIONS for t in words if t.text != "."):
        return None
    return words.text.strip(), i


def service_before(doc, i: int) -> str | None:
    """The armed service named right before token i ("Navy", "Air Force", "Marine Corps")."""
    for n in (2, 1):
        if i - n >= 0 and doc[i - n:i].text.lower() in SERVICES:
            return SERVICES[doc[i - n:i].text.lower()]
    return None


def prefix_end(span) -> int | None:
    """Where the name starts in a span opening with a service and an abbreviated rank ("Navy
    Rear Adm. | Walter J. Price"); None if the span does not open so, or has no name after it."""
    doc = span.doc
    for n in (2, 1):
        if span.start + n < span.end and doc[span.start:span.start + n].text.lower() in SERVICES:
            j = span.start + n
            while j < span.end and (_rank_word(doc[j]) or doc[j].text == "."):
                j += 1
            if j > span.start + n and rank_before(doc, j) is not None and span.end - j >= 2:
                return j
    return None


def rank_ended(span) -> bool:
    """An organisation span that ends in an abbreviated rank ("Navy Rear Adm", "Army Col"): the
    service and the rank of the officer named next, not a body."""
    toks = [t for t in span if not t.is_punct]
    return len(toks) >= 2 and toks[-1].lower_.rstrip(".") in RANK_ABBREVIATIONS and toks[0].text[:1].isupper()
