"""One main story per page: page furniture, teasers and what follows the story are dropped.

A saved news page carries more than its story: share buttons, bylines, video times,
teaser headlines of other stories, "Related" blocks, "In other news", reader comments.
Their names and facts are not the story's, so they must not reach the graph.

Three cuts, with phrases kept as data in `data/furniture.json`:
- a furniture line is dropped wherever it stands;
- a teaser headline (a short line with no closing punctuation) next to a video time or
  "Go to video" line is dropped with it;
- after the story has begun (one prose paragraph read), a story-end line ("Related
  stories", "In other news:", "3 comments", "Leave a reply") ends it: everything below is
  dropped;
- a line of names only, a byline above the story or a tag line closing it (page_edges.py).

Only whole lines are blanked (the line count is kept), so every sentence of the cleaned
text is still a substring of the article as read, and evidence can be found in the original.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from . import page_edges

_CLOSING = re.compile(r"[.!?:;\"”’)\]]$")
_STORY_END_MAX_WORDS = 8


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    data = json.loads(resources.files("loaders").joinpath("data/furniture.json").read_text("utf-8"))
    return {kind: re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in data[kind]) + r")$", re.I)
            for kind in ("line", "story_end", "teaser_marks")}


def furniture_line(line: str) -> bool:
    return bool(_patterns()["line"].match(line.strip()))


def _story_end(line: str) -> bool:
    s = line.strip()
    # (words counted up to one more than the limit: split(None, k) stops after k cuts)
    return (not s.endswith((".", "!", "?")) and len(s.split(None, _STORY_END_MAX_WORDS)) <= _STORY_END_MAX_WORDS
            and bool(_patterns()["story_end"].match(s)))


def _prose(line: str) -> bool:
    """A paragraph of the story: a sentence of some length that ends as sentences do."""
    s = line.strip()
    return len(s.split(None, 11)) >= 12 and bool(_CLOSING.search(s))   # (at least 12 words: 11 cuts)


def _headline_like(line: str) -> bool:
    s = line.strip()
    return 0 < len(s.split(None, 20)) <= 20 and not _CLOSING.search(s)   # (at most 20 words: 20 cuts tell)


def main_story_lines(lines: list[str]) -> list[bool]:
    """For each line, whether it belongs to the page's main story."""
    keep = [bool(line.strip()) and not furniture_line(line) for line in lines]
    marks = _patterns()["teaser_marks"]
    for i, line in enumerate(lines):
        if line.strip() and marks.match(line.strip()):
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and _headline_like(lines[j]):
                    keep[j] = False
    begun = False
    for i, line in enumerate(lines):
        ends = _story_end(line)
        if not keep[i] and not ends:
            continue
        if ends:
            if begun:
                keep = keep[:i] + [False] * (len(lines) - i)
                break
            keep[i] = False
            continue
        begun = begun or _prose(line)
    start = next((i for i, line in enumerate(lines) if keep[i] and _prose(line)), None)
    return page_edges.drop_edges(lines, keep, start)   # a byline above the story, a tag line below it


_BARS = re.compile(r"^(?:[^|]{1,60}\s\|\s)+")


def _prose_after_bars(line: str) -> str:
    """"Kampala, Uganda | URN | The State Minister ... was remanded ...": a dateline and a source
    set off by bars before the paragraph (a menu's look) are blanked, the paragraph kept (same
    length, so the story's sentences stay where they were)."""
    if "|" not in line:
        return line   # (the bars' pattern needs one)
    m = _BARS.match(line)
    if m is None or not _prose(line[m.end():]):
        return line
    return " " * m.end() + line[m.end():]


def clean_text(text: str) -> str:
    """The article text with everything but its main story blanked out (line count kept)."""
    lines = [_prose_after_bars(line) for line in text.split("\n")]
    return "\n".join(line if k else "" for line, k in zip(lines, main_story_lines(lines)))
