"""An abbreviated title written before its portfolio and the holder's name, as Indian outlets write
"MoS Health X", "MoS for Education X" (MoS: Minister of State). The small model runs the
portfolio into the name ("Health X") or reads all of it as one body ("MoS for Education X",
"MoS Education"). The portfolio words are the post's: the
name after them is the person, and "MoS <portfolio>" alone is no body, so the title readers see
"MoS", the portfolio and the name. Abbreviations: titles.json portfolio_title_abbreviations."""
from __future__ import annotations

from spacy.tokens import Span

from . import gazetteer as gz
from . import doc_index
from .lexicon import load

ABBREVIATIONS = frozenset(w.lower() for w in load("titles").get("portfolio_title_abbreviations", []))
PORTFOLIO_WORDS = frozenset(w for f in gz.domain_forms() for w in f.split())
JOINERS = {"and", "&", ",", "of", "the"}


def _portfolio_end(doc, i: int, end: int) -> int:
    """The index after "for" and the portfolio words from doc[i] (before end), or i."""
    j = i + (i < end and doc[i].lower_ == "for")
    k = j
    while k < end and (doc[k].lower_ in PORTFOLIO_WORDS or (doc[k].lower_ in JOINERS and k > j)):
        k += 1
    while k > j and doc[k - 1].lower_ in JOINERS:
        k -= 1
    return k if k > j else i


def _mended(doc, x: Span) -> list[Span]:
    starts_with = x[0].lower_ in ABBREVIATIONS
    after_abbreviation = x.start > 0 and doc[x.start - 1].lower_ in ABBREVIATIONS
    if not (starts_with or after_abbreviation) or x.label_ not in ("PERSON", "ORG"):
        return [x]
    k = _portfolio_end(doc, x.start + starts_with, x.end)
    if k == x.start + starts_with:
        return [x]
    rest = doc[k:x.end]
    if len(rest) >= 2 and all(t.text[:1].isupper() for t in rest):
        return [Span(doc, k, x.end, label="PERSON")]   # "MoS Health X"
    return [] if starts_with and k == x.end else [x]   # "MoS Education": the title, no body


def mend(doc, out: list[Span]) -> list[Span]:
    if ABBREVIATIONS.isdisjoint(doc_index.lowers(doc)):
        return list(out)   # (every span it mends starts with or follows such an abbreviation)
    return [y for x in out for y in _mended(doc, x)]
