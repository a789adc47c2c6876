"""A page cut off mid-word ("... the service of General Hurl", "said United States Attorney
Joseph D.", "between January and Septem") ends in the fragment of a name: a mention that runs
into the end of such a text, its last word a front of a longer word the text writes or an
initial, is no one's name, so it is dropped (a person's name keeps the whole words before it). A text whose last sentence
is finished, or whose last line is a list's or a heading's, keeps its last mention. (Many
stored pages stop at a fixed length.)"""
from __future__ import annotations

import re

from graph.schema import PERSON
from . import doc_index

# a finished text ends a sentence: ".", "!" or "?", maybe inside quotes or brackets, and not
# after a lone capital (an initial: "Joseph D." is a name the cut went through)
_FINISHED = re.compile(r"[.!?][\"”’')\]]*$")
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.$")   # not "U.S."


def unfinished(text: str) -> bool:
    """The text stops inside a sentence of prose (or inside a name's initials); a last line
    of a list or a heading ("Agriculture, Livestock and Fisheries – Willy Bett"), mostly
    capitalised words, is whole without a full stop."""
    s = text.rstrip()
    if not s or (_FINISHED.search(s) and not _INITIAL_END.search(s)):
        return False
    line = s.splitlines()[-1].split()
    return len(line) >= 10 and sum(w.islower() for w in line) >= 3


def _cut_word(word: str, text: str) -> bool:
    """The last word is a cut one: an initial ("D."), or the front of a longer word the text
    writes elsewhere ("Hurl" of "Hurley", "Septem" of "September"). A whole word ("Sports")
    that ends the page is left."""
    w = word.rstrip(".")
    if len(w) == 1 and w.isupper():
        return True
    return len(w) >= 2 and re.search(rf"(?<!\w){re.escape(w)}\w", text) is not None


def drop_cut(mentions: list, sents) -> list:
    """The mentions, without those that reach the cut last word of a text the page cut off."""
    if not sents or not mentions:
        return mentions
    last = sents[-1].doc
    if not unfinished(doc_index.text(last)):
        return mentions
    words = [t for t in last if not t.is_space]
    if not words:
        return mentions
    end = words[-1].i
    if words[-1].text == "." and len(words) > 1:
        end = words[-2].i   # "Joseph D" + "."
    text = "\n".join(dict.fromkeys(doc_index.text(s.doc) for s in sents))
    if not _cut_word(last[end].text, text):
        return mentions
    out = []
    for m in mentions:
        if not (sents[m.sent_index].doc is last and m.end - 1 >= end):
            out.append(m)
        elif _trim(m, last, end):
            out.append(m)
    return out


def _trim(m, doc, end: int) -> bool:
    """A person's name of two whole words or more before the cut one keeps them ("President
    Teodoro Obiang Ng" -> "Teodoro Obiang"); a shorter one ("General Hurl", "Joseph D.") is dropped."""
    words = doc[m.start:end]
    if m.label != PERSON or m.start > end or sum(1 for t in words if t.is_alpha and t.is_title) < 2 \
            or not all(t.is_alpha and t.is_title for t in words):
        return False
    m.end, m.text = end, words.text
    return True
