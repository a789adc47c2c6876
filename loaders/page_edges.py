"""Lines at the edges of a page's story that only name: a byline above it, a tag line below it.

clean.py drops lines by their wording (data/furniture.json); these two kinds have no words of
their own, only names, so they are told by where they stand and by what the story says:

- a byline line before the story's first paragraph: one or two names alone, perhaps with the
  place filed from and a time stamp ("Priya Ramaswamy Nair", "Chinonso Adeyemi-Bright, Enugu
  04/03/2019 10:15:00", "Lena Hartmann and Omar Qadri"), none of whose words the story uses (its
  credit clauses, "(Reporting by X; Editing by Y)", and a repeat of the line do not count). Left
  in, the writer becomes a person of the story and the nearest antecedent of "the President";
- a tag line closing the page: only capitalised words run together or set off by slashes
  ("Turkey Leyla Demir Kemal Aydin", "Jan Kowalczyk / Tomasz Wierzbicki"), every one of them
  used by the story above. Read as text it joins two persons into one name and says nothing new.
"""
from __future__ import annotations

import re

from . import gazetteer as gz
from .lexicon import load, word_set   # data/furniture.json: credit verbs ("Reporting by", "Editing by")

_WORD = r"[A-Z][\w'’.-]*[\w.]"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{1,3}}"
_STAMP = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
_BYLINE = re.compile(rf"^(?:By\s+)?(?P<names>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)"
                     rf"(?:\s*,\s*(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}}))?(?:\s+{_STAMP})?$")
_TAG_LINE = re.compile(r"^[A-Z][\w'’.-]*(?:\s*[/|,·]?\s*[A-Z][\w'’.-]*){2,}$")
_WORDS = re.compile(r"[\w'’-]+")
CREDIT_VERBS = word_set("furniture", "credit_verbs")
# "department spokesperson" -> [the word of the body name it stands for, the body of a statement naming none]
SIGNATURE_TITLES = {k.lower(): v for k, v in load("titles").get("signature_titles", {}).items()}
_CREDIT = re.compile(r"\b(?:" + "|".join(sorted(CREDIT_VERBS)) + r")\s+by\s+[^;)\n]*", re.I)


def _story_words(lines: list[str], keep: list[bool], start: int, leave: str) -> set[str]:
    """The words of the story from its first paragraph on, without its credit clauses and
    without the lines that repeat `leave`."""
    text = "\n".join(line for i, line in enumerate(lines)
                     if i >= start and keep[i] and line.strip() != leave)
    return {_bare(w) for w in _WORDS.findall(_CREDIT.sub(" ", text))}


def _bare(word: str) -> str:
    """"Turkey's" -> "Turkey"."""
    return re.sub(r"['’]s?$", "", word)


def byline(line: str, lines: list[str], keep: list[bool], start: int) -> bool:
    """A line above the story that is only its writers' names (see the module's docstring)."""
    s = line.strip()
    m = _BYLINE.match(s)
    if m is None or (m.group("place") and not (gz.is_place(m.group("place")) or gz.country_of(m.group("place")))):
        return False   # "Ana Ruiz, Deputy Spokesperson": a name and a post, not a writer and a place
    words = re.split(r"\s+(?:and|&)\s+|\s+", m.group("names"))
    if any(w.lower() in gz.TITLE_WORDS or w.rstrip(".") in gz.PREFIXES for w in words):
        return False   # "Hon Mere Tamihana", "Prime Minister": the office holder a release is from
    used = _story_words(lines, keep, start, s)
    return not any(w in used for w in words)


def signature_title(line: str) -> bool:
    """The line is a title a statement is signed with ("Department Spokesperson")."""
    return line.strip().rstrip(".").strip().lower() in SIGNATURE_TITLES


def signed(lines: list[str], i: int) -> bool:
    """The name of line i signs a statement: the next line is the signer's title ("Jane X" /
    "Department Spokesperson"), so the name is the office holder the statement is from."""
    return signature_title(next((line for line in lines[i + 1:] if line.strip()), ""))


def tag_line(line: str, lines: list[str], keep: list[bool], start: int, index: int) -> bool:
    """The page's last line, only names the story above has already used."""
    s = line.strip()
    if not _TAG_LINE.match(s):
        return False
    used = _story_words(lines[:index], keep[:index], start, s)
    return all(_bare(w) in used for w in _WORDS.findall(s))


def drop_edges(lines: list[str], keep: list[bool], start: int | None) -> list[bool]:
    """`keep` with the byline lines above the story (which starts at line `start`), their
    repeats, and a tag line closing it dropped."""
    if start is None:
        return keep
    keep = list(keep)
    bylines = set()
    for i in range(start):
        if keep[i] and byline(lines[i], lines, keep, start) and not signed(lines, i):
            keep[i] = False
            bylines.add(lines[i].strip())
    for i in range(start, len(lines)):
        if keep[i] and lines[i].strip() in bylines:
            keep[i] = False   # the page's header repeated below the story
    last = max((i for i in range(start + 1, len(lines)) if keep[i]), default=None)
    if last is not None and tag_line(lines[last], lines, keep, start, last):
        keep[last] = False
    return keep
