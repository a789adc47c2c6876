"""A title's portfolio read as a body (round 19).

The model often reads the portfolio of a long title as an organisation of its own when other
words stand between the title and the portfolio:

  "Secretary of State for Environment, Food and Rural Affairs"   -> "Food and Rural Affairs"
  "Minister of State (Independent Charge) for Labour and Employment" -> "Labour and Employment"
  "Director General, Strategy & External Affairs in the ... Government"
  "Expert Adviser on Transformation and Social Care"

Such a span names a field of work, not a body: it has no body word ("Ministry", "Office",
"Party"), every word is a portfolio word, and a capitalised title head ("Secretary", "Minister",
"Director", "Adviser") stands a few words before it, joined by "of" / "for" / "on" or a comma.
Right after "Minister of" the span is kept: the title rules read the ministry from it.
mentions.is_title_fragment asks this test.
"""
from __future__ import annotations

from . import gazetteer as gz
from .lexicon import load as load_data
from .rules.titles import PORTFOLIO_WORDS

# words of portfolios that no ministry domain spells ("Strategy", "Transformation", "Care")
EXTRA_WORDS = frozenset(load_data("names")["portfolio_extra_words"])
JOINERS = frozenset({"and", "&", "the", ",", "-"})
LINKS = frozenset({"of", "for", "on", ","})
# "Minister of" + the span: the span is the ministry's portfolio, which the title rules read
# from this very mention ("Minister of Education, Religious Affairs and Sports")
MINISTERIAL = frozenset({"minister", "secretary", "cs", "mos"})
# what may stand between the title head and the portfolio: "of State (Independent Charge) for"
BETWEEN = frozenset({"and", "&", "the", ",", "(", ")", "of", "for", "on", "-"})


def _portfolio_word(t) -> bool:
    return t.lower_ in PORTFOLIO_WORDS or t.lower_ in EXTRA_WORDS


def title_portfolio(span) -> bool:
    """The span is the portfolio of a title written a few words before it (see the module)."""
    toks = [t for t in span if not t.is_punct or t.text == "&"]
    words = [t for t in toks if t.lower_ not in JOINERS]
    if len(words) < 2 or any(t.lower_ in gz.ORG_HEADS for t in toks):
        return False
    if not all(t.text[:1].isupper() for t in words) or any(gz.country_of(t.text) or gz.is_place(t.text) for t in words):
        return False
    plain = [t for t in words if not (t.text.isupper() and 2 <= len(t.text) <= 5)]   # ("NHS" may stand in it)
    if not plain or not all(_portfolio_word(t) for t in plain):
        return False
    return _after_title(span)


def _after_title(span) -> bool:
    """A capitalised title head stands before the span over at most twelve tokens of capitalised
    words and joining words, with a link ("of", "for", "on", a comma) crossed on the way."""
    doc, j, linked = span.doc, span.start - 1, False
    while j >= 0 and span.start - j <= 12:
        t = doc[j]
        if t.text[:1].isupper() and t.lower_ in gz.TITLE_HEADS and t.lower_ not in gz.ORG_HEADS:
            return linked and not (t.lower_ in MINISTERIAL and j == span.start - 2)
        if t.lower_ in LINKS:
            linked = True
        elif not (t.text[:1].isupper() or t.lower_ in BETWEEN):
            return False
        j -= 1
    return False
