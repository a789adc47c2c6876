"""What a whole story says that several rules ask about ("the one town its mayor governs",
"the one province it is about"): worked out at the first question for an article and kept on
its ArticleState, so each such reader is a plain function of the story."""
from __future__ import annotations

import functools
from collections.abc import Collection


def per_story(fn):
    """fn(st), computed once per article and kept on the article's state."""
    key = "_" + fn.__name__

    @functools.wraps(fn)
    def once(st):
        kept = vars(st)
        if key not in kept:
            kept[key] = fn(st)
        return kept[key]
    return once


def the_one(found: Collection):
    """The one thing a story writes (a town, a province, a district), or None when it writes
    none or several."""
    return next(iter(found)) if len(found) == 1 else None
