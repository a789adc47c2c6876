"""Which lines of a page speak for the story when the story's country is counted.

A page carries lines that are not its story: a site's menu ("This is America", "U.S. History"),
the headlines and teasers of other stories ("Liberia Police Investigate Fire", "Former Peruvian
President X has been..."). Each names a country once, and a page of them can outcount the
country the story is about. Such a line reads as a headline: it ends without a sentence's
closing mark, or it is cut off ("..."), and such lines come in runs: a line of a run counts only
when it is the story's own headline repeated.
"""
from __future__ import annotations

import re

_CLOSED = re.compile(r"[.!?:;][\"'”’)\]]*$")   # a sentence's (or a quote's) end; ":" opens a list
HEADLINE_WORDS, TEASER_WORDS = 15, 30   # longer lines are a paragraph's, ended or not
RUN = 3   # a menu or a list of other stories: three headline lines in a row at least
_CUT = re.compile(r"(?:\.\.\.|…)[\"'”’)\]]*$")   # a teaser cut off


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def headline_like(text: str) -> bool:
    """A line that reads as a headline, a menu item or a teaser, not as the story's text."""
    text = text.strip()
    n = len(text.split())
    # (the two patterns end at "$": the line without its closing quotes and brackets ends with a
    # sentence's mark or a cut, the same answer as a search, which tries every position of a line)
    bare = text.rstrip(_QUOTES)
    return bool(text) and (bare.endswith(("...", "…")) and n <= TEASER_WORDS
                           or not bare.endswith((".", "!", "?", ":", ";")) and n <= HEADLINE_WORDS)


_QUOTES = "\"'”’)]"   # the closing marks _CLOSED and _CUT allow after the end


def _own_headline(text: str, title: str | None) -> bool:
    line, head = _words(text), _words(title or "")
    return bool(line and head) and (line in head or head in line)


def story_lines(texts: list[str], title: str | None) -> list[bool]:
    """Per line of a page, whether its country names count: not when it stands in a run of at
    least RUN lines that read as headlines (a menu, a list of other stories, with their dates
    and dashes), unless it is the story's own headline repeated."""
    heads = [headline_like(t) for t in texts]
    keep = [True] * len(texts)
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and heads[j]:
            j += 1
        if j - i >= RUN:
            for k in range(i, j):
                keep[k] = _own_headline(texts[k], title)
        i = max(j, i + 1)
    return keep
