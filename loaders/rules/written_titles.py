"""A minister's title written around a portfolio the lexicon does not know.

"Minister for Refugee Affairs X", "Minister of Information and National Orientation X",
"Refugee Affairs Minister X": the title-before-name walker (title_before) collects only words
the title lexicon knows, so a portfolio outside it ended the title early and the post was
lost, for any country whose ministries our tables do not list. The title's own shape says
where the portfolio is:
- after "Minister of" / "Minister for": every capitalised word up to the name, joined by "and",
  "&" or commas, whatever the words are: the capitals and the head word are the evidence;
- before "Minister": the capitalised run back to a lower-case word, a possessive or the
  sentence's start; title_orgs.written_portfolio then makes the ministry only when a part of
  it is known or it ends in "Affairs", because capitals before a head word are also parties
  and places ("Likud Minister X").
"""
from __future__ import annotations

from .. import gazetteer as gz
from ..ner_repair import _cap_text
from .title_orgs import MINISTER_HEADS as SINGULAR_HEADS, PORTFOLIO_MODIFIERS
from .titles import is_title_word

MINISTER_HEADS = frozenset(SINGULAR_HEADS) | {"ministers"}
JOINS = frozenset({"and", "&", ","})
MAX_PORTFOLIO = 8   # tokens of a written portfolio, joiners included


def _capital(tok) -> bool:
    w = tok.text
    return _cap_text(w) and tok.ent_type_ != "PERSON" \
        and tok.lower_ not in gz.TITLE_HEADS and tok.lower_ not in MINISTER_HEADS and not gz.country_of(w) \
        and tok.lower_ not in PORTFOLIO_MODIFIERS


def _run_start(doc, i: int, start: int, mention_at) -> int:
    """The first index of the capitalised run (joined by "and", "&", ",") ending at doc[i]."""
    k = i
    while k - 1 >= start:
        t = doc[k - 1]
        if _capital(t) and mention_at(k - 1) is None:
            k -= 1
        elif t.lower_ in JOINS and k - 2 >= start and _capital(doc[k - 2]) and mention_at(k - 2) is None:
            k -= 2
        else:
            break
        if i - k + 1 > MAX_PORTFOLIO:
            return i + 1
    return k


def title_after_head(doc, i: int, start: int, mention_at) -> tuple[list[str], int] | None:
    """"Minister for Refugee Affairs" ending at doc[i] (just before a name), when some word of
    its portfolio is outside the lexicon: the title's words and the index before its head."""
    if i < start or not _capital(doc[i]) or mention_at(i) is not None:
        return None
    k = _run_start(doc, i, start, mention_at)
    if k > i or k - 2 < start or doc[k - 1].lower_ not in ("of", "for") or doc[k - 2].lower_ not in MINISTER_HEADS \
            or not doc[k - 2].text[:1].isupper():
        return None
    if all(is_title_word(t) or t.lower_ in JOINS for t in doc[k:i + 1]):
        return None   # the lexicon's walker reads it already ("Minister of Finance")
    return [t.text for t in doc[k - 2:i + 1]], k - 3


def portfolio_before_head(doc, words: list[str], i: int, start: int, mention_at) -> int | None:
    """"Refugee Affairs Minister": the walker stopped at doc[i], a capitalised word the lexicon
    lacks, with only portfolio words between it and "Minister"; the run's first index, when
    a lower-case word, a possessive, a comma or the sentence's start is before it."""
    lw = [w.lower() for w in words]
    heads = [h for h, w in enumerate(lw) if w in MINISTER_HEADS]
    if not heads or heads[0] == 0 or not all(w[:1].isupper() for w in words[:heads[0]]):
        return None
    if not _capital(doc[i]) or mention_at(i) is not None:
        return None
    k = _run_start(doc, i, start, mention_at)
    if k > i:
        return None
    before = doc[k - 1] if k - 1 >= start else None
    if before is not None and before.text[:1].isupper() and not gz.country_of(before.text):
        return None   # a capitalised word the run cannot hold: a body's or a person's name
    return k
