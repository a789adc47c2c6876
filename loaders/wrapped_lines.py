"""A text hard-wrapped at a fixed width (a press release copied from a plain-text feed: "...
communities impacted by Cyclone" / "Gabrielle. He will ...") breaks its sentences, and the
names in them, at every line end; read line by line, "Cyclone" and "Gabrielle" are two names
and half a sentence is no clause. In such a text a line of prose that stops inside its
sentence goes on in the next line, so the two are read as one block. Other texts keep one
block a line (headings, captions and list lines never merge)."""
from __future__ import annotations

import re
from . import doc_index

_ENDS_SENTENCE = re.compile(r"[.!?:;][\"”’')\]]*$")
_WRAP_EVIDENCE = 3   # lines that run on into a lower-case word: how a hard-wrapped text shows itself


def _prose(line: str) -> bool:
    """A line of running text, not a heading or a list line: three lower-case words or more."""
    return sum(w.islower() for w in line.split()) >= 3


def _runs_on(line: str, nxt: str, width: int = 0) -> bool:
    """The line stops inside a sentence that the next line goes on with: it ends in a comma or a
    lower-case word, or the next line opens with one ("... announced the" / "reallocation of").
    A break between two capitalised words ("... by Cyclone" / "Gabrielle.") is left: it may
    end a heading as well, unless the line opens in lower case, inside a sentence ("of the DEA and
    X, the United States" / "Attorney for ..."), or the line is prose no longer than the text's
    wrap width (_capital_break)."""
    last = line.rstrip()
    if _ENDS_SENTENCE.search(last):
        return False
    words = last.split()
    inside = last.splitlines()[-1].lstrip()[:1].islower()   # a line that itself goes on a sentence is no heading
    return last.endswith(",") or (bool(words) and words[-1].islower()) or nxt.lstrip()[:1].islower() or inside \
        or _capital_break(last.splitlines()[-1], nxt, width, joined="\n" in last)


_DATELINE = re.compile(r"^\S+(?:\s\S+){0,3}\s[–—-]\s|^[A-Z]{2,}\b")


def _capital_break(last: str, nxt: str, width: int, joined: bool = False) -> bool:
    """"A federal jury convicted Riverton Police" / "Sergeant X for obstruction ...": a prose line
    that stops on a capitalised word, no longer than the lines the text wraps (a heading is
    written out whatever its length), with a next line that opens with a capital or a figure and
    is no dateline ("WASHINGTON", "Washington – Today ..."). A line that already goes on a
    joined sentence counts as prose however few its lower-case words ("Assistant Attorney General
    X of the Justice Department’s Criminal" / "Division, ...": round 21)."""
    words = last.split()
    return bool(words) and words[-1][:1].isupper() and (_prose(last) or joined) and 0 < len(last.rstrip()) <= width \
        and nxt.lstrip()[:1].isalnum() and not nxt.lstrip()[:1].islower() and not _DATELINE.match(nxt.lstrip())


def wrap_width(lines: list[str]) -> int:
    """The longest line that runs on into a lower-case word: the width the text is wrapped at."""
    return max((len(a.rstrip()) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()
                and re.search(r"[A-Za-z,]$", a.strip()) and b.strip()[:1].islower()), default=0)


def hard_wrapped(lines: list[str]) -> bool:
    """The text breaks sentences at line ends, as a fixed-width wrap does."""
    runs = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()
               and re.search(r"[A-Za-z,]$", a.strip()) and b.strip()[:1].islower())
    return runs >= _WRAP_EVIDENCE


def join(blocks: list, text: str, make) -> list:
    """The blocks, with each run of wrapped prose lines made one block (make(start, text)); its
    text is the article's own slice, so every sentence read from it is a substring of the text."""
    lines = [b.text for b in blocks]
    if not hard_wrapped(lines):
        return blocks
    out, width = [], wrap_width(lines)
    for b in blocks:
        prev = out[-1] if out else None
        # (a line of few words runs on too into one that opens in lower case: "X, Special Agent in Charge" / "of the ...")
        if prev is not None and (_prose(prev.text.splitlines()[-1]) or "\n" in prev.text or b.text[:1].islower()) \
                and _runs_on(prev.text, b.text, width) \
                and text[prev.start + len(prev.text):b.start].count("\n") == 1:
            out[-1] = make(prev.start, text[prev.start:b.start + len(b.text)])
        else:
            out.append(b)
    return out


def for_parse(text: str) -> str:
    """A block as the model reads it: each line break of a joined block a space, so a name or a
    body wrapped over two lines ("Federal Bureau of" / "Investigation") is read as one. The text
    keeps its length, so a sentence's offsets still cut the article's own words (own_sentences)."""
    return text.replace("\n", " ")


def own_sentences(blocks: list, docs) -> list[str] | None:
    """The article's own text of each non-empty sentence of the parsed blocks, in order (the
    parse read for_parse's copy); None when the blocks do not match the docs one for one."""
    if len(blocks) != len(docs):
        return None
    return [b.text[s.start_char:s.end_char] for b, d in zip(blocks, docs) for s in d.sents if doc_index.text(s).strip()]
