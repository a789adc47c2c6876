"""A tenure's dates settled from its evidence, conflicts kept.

Each piece of evidence of a HOLDS_POSITION may say when the post was taken or left
(`Evidence.dates`: start, end, as_of; `approx` lists the sides dated only by the article's
own date, which yield to a date a sentence of the same article gives). Two articles can disagree; neither is overwritten:
both stay on their evidence, the relation's `start`/`end` take the value most articles
give (a more precise date that agrees with a coarser one refines it: "2012" and
"2012-11-06" agree), and `dates_disputed` is set when they do not agree.
"""
from __future__ import annotations

from collections import Counter

from .schema import Relation


def _agree(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _settle(values: list[tuple[str, str]]) -> tuple[str | None, bool]:
    """(article, date) pairs -> the date most articles support (refined), and whether any disagree."""
    if not values:
        return None, False
    per_article = {(a, d) for a, d in values}
    support = Counter()
    for _, d in per_article:
        support[d] += sum(1 for _, e in per_article if _agree(d, e))
    best = max(support, key=lambda d: (support[d], len(d), d))
    disputed = any(not _agree(best, d) for _, d in per_article)
    return best, disputed


def settle_dates(rel: Relation) -> None:
    """Set rel.properties start / end / as_of / dates_disputed from its evidence's dates."""
    dated = [e for e in rel.evidence if e.dates]
    if not dated:
        return
    disputed = False
    for k in ("start", "end"):
        said = [e for e in dated if e.dates.get(k)]
        exact = [e for e in said if k not in e.dates.get("approx", ())]
        # a date only inferred from an article's date yields to one a sentence gives
        use = exact + [e for e in said if e not in exact and e.article not in {x.article for x in exact}]
        val, dis = _settle([(e.article, e.dates[k]) for e in use])
        if val:
            rel.properties[k] = val
        disputed |= dis
    as_of = [e.dates["as_of"] for e in dated if e.dates.get("as_of")]
    if as_of:
        rel.properties["as_of"] = max(as_of)   # the latest article that still says so
    if disputed:
        rel.properties["dates_disputed"] = True
    else:
        rel.properties.pop("dates_disputed", None)
