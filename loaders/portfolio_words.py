"""A title's portfolio read into a person's name: "Director of Public" + "Prosecutions Omondi
Wafula", "Minister for Temporarily Occupied Territories and Internally" + "Displaced Persons
Yuriy Hrymchak", "Director General Public Relations". The small model often runs the last words
of a portfolio into the name that follows the title; mentions.collect_mentions asks these tests
to cut them off (or to drop a "person" that is all portfolio). Kept apart from mentions.py so
that the one question, "is this word the portfolio's or the name's?", reads in one place.
"""
from __future__ import annotations

from . import gazetteer as gz
from . import name_bounds
from .lexicon import load as load_data   # (data/names.json: word lists of names' shapes)
from .rules.titles import PORTFOLIO_WORDS

PORTFOLIO_TAIL_WORDS = frozenset(load_data("names")["portfolio_tail_words"])   # "Media", "Persons"


def after_title_chain(doc, start: int) -> bool:
    """The span follows a title's portfolio: "Minister for Temporarily Occupied Territories and
    Internally" + span, "Special Assistant to the Governor on" + span (capitalised words and
    joining words back to "of" / "for" / "on" after a title)."""
    i = start - 1
    while i >= 1 and start - i <= 12:
        t = doc[i]
        if t.lower_ in ("of", "for", "on") and doc[i - 1].lower_ in gz.TITLE_HEADS:
            return True
        if not (t.text[:1].isupper() or t.lower_ in ("and", "&", ",", "the", "of", "for", "on", "to")):
            return False
        i -= 1
    return False


def portfolio_word(tok) -> bool:
    """A word of a portfolio, not of a name: "Persons", "Media", "Affairs", "Fisheries"."""
    return tok.text not in name_bounds.GIVEN_NAMES and (
        tok.tag_ == "NNPS" or tok.lower_ in PORTFOLIO_WORDS or tok.lower_ in PORTFOLIO_TAIL_WORDS
        or tok.lower_ in gz.domain_forms() or name_bounds.portfolio_like(tok))


def inside_portfolio(doc, start: int) -> bool:
    """"Director of Public" + "Prosecutions Omondi Wafula": the span begins on the second word
    of a title's portfolio."""
    return start >= 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
        and doc[start - 2].lower_ == "of" and doc[start - 3].lower_ in gz.TITLE_HEADS
