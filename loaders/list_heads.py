"""Portfolio lists hung on a lower-case head, which portfolio_lists.py does not read.

portfolio_lists joins the items of a portfolio list ("Minister for Environment, Science and
Innovation") after a capitalised head and its "of" / "for". Stories also hang such lists on
lower-case words, and the small model then reads each item as a body of its own ("Cyber
Security" | "Threat Detection and Mitigation", "Regional Administration" | "Local Government").
Here, after portfolio_lists (round 8):
  - a list before a lower-case "portfolio", "docket" or "ministry" ("the Cyber Security, Threat
    Detection and Mitigation portfolio") is one portfolio: one name;
  - a list after a body's word and a comma ("in President's office, Regional Administration
    and Local Government", "Office" too) is the rest of that body's name: one name;
  - a list after a lower-case title's head and its "of" / "for" ("the head of Health Promotion,
    Prevention and Risk Control") is that post's one portfolio: one name;
  - a list after "portfolios including" or "ministries such as" ("four other portfolios including
    economy, Civil Service, Communications and Public Enterprise") is several portfolios of one
    person, none of them a body the story names: no name at all.
A list is what portfolio_lists.list_after reads: two items joined by "and", or three or more.
"""
from __future__ import annotations

from spacy.tokens import Span

from . import gazetteer as gz
from .lexicon import word_set
from .portfolio_lists import list_after

# lower-case nouns after a list that make it one portfolio ("the A, B and C portfolio")
PORTFOLIO_NOUNS = frozenset({"portfolio", "docket", "ministry"})
# plural nouns that, before "including" / "such as", make a list several portfolios
PLURAL_PORTFOLIO_NOUNS = frozenset({"portfolios", "dockets", "ministries"})
LOWER_BODY_HEADS = word_set("names", "lower_case_body_heads")   # "office" of "President's office, A and B"


def _persons(ents) -> set[int]:
    """Tokens of person names of two words or more: a name ends a list."""
    return {i for e in ents if e.label_ == "PERSON" and len(e) >= 2 for i in range(e.start, e.end)}


def _anchor(doc, start: int) -> str | None:
    """What the words before a list starting at start make of it: "one" (one name), "none"
    (several portfolios) or None (no head this module reads). Lower-case portfolio items before
    it ("economy, " of "including economy, Civil Service, ...") are passed over."""
    j = start - 1
    while j >= 1 and (doc[j].text == "," or (doc[j].is_lower and doc[j].lower_ in gz.domain_forms())):
        j -= 1
    if j < 1:
        return None
    if doc[j].lower_ == "including" and doc[j - 1].lower_ in PLURAL_PORTFOLIO_NOUNS:
        return "none"
    if doc[j].lower_ == "as" and doc[j - 1].lower_ == "such" and j >= 2 and doc[j - 2].lower_ in PLURAL_PORTFOLIO_NOUNS:
        return "none"
    if doc[start - 1].text == "," and doc[start - 2].lower_ in LOWER_BODY_HEADS:
        return "one"   # "President's office, Regional Administration and Local Government" ("Office" too)
    if doc[start - 1].lower_ in ("of", "for") and doc[start - 2].is_lower and doc[start - 2].lower_ in gz.TITLE_HEADS \
            and doc[start - 2].lower_ not in gz.ORG_HEADS:
        return "one"   # "the head of Health Promotion, Prevention and Risk Control"
    return None


def mend(doc, ents: list[Span]) -> list[Span]:
    persons = _persons(ents)
    out = list(ents)
    starts = sorted({x.start for x in out if x.label_ in ("ORG", "PERSON") and not (x.label_ == "PERSON" and len(x) >= 2)})
    for s in starts:
        if s < 2 or any(x.start < s < x.end for x in out):
            continue
        end, last = list_after(doc, s, persons)
        if end == s:
            continue
        after = doc[end] if end < len(doc) else None
        kind = "one" if after is not None and after.is_lower and after.lower_ in PORTFOLIO_NOUNS else _anchor(doc, s)
        if kind is None or any(x.start < s < x.end or x.start < end < x.end for x in out):
            continue   # no head read here, or a span runs across the list's ends
        inside = [x for x in out if s <= x.start and x.end <= end]
        if not inside or (len(inside) == 1 and inside[0].start == s and inside[0].end == end and kind == "one"):
            continue   # the model read no item, or read the list whole
        out = [x for x in out if x not in inside]
        if kind == "one":
            out.append(Span(doc, s, end, label="ORG"))
    return sorted(out, key=lambda x: x.start)
