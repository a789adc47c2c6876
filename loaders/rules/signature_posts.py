"""The signer of a department's statement (round 19): a State Department press statement is
signed by its spokesperson under the title, on the name's own line or after a comma:

  "Press Statement / Heather X / Department Spokesperson / Washington, DC / <date>"
  "04/11/2022 10:49 AM EDT / Ned X, Department Spokesperson / The U.S. Department of State has ..."

"Department Spokesperson" names no body but "the Department", and the title rules find no
"of" after it. The department is the one the statement names: the first body of the text
called "Department of ..." or "... Department" (titles.json signature_titles: the titles read
so, with the word that names the body)."""
from __future__ import annotations

import re

from graph.schema import ORGANISATION, PERSON

from ..lexicon import load
from ..page_edges import signature_title
from .facts import Position

SIGNATURE_TITLES = {k.lower(): v for k, v in load("titles").get("signature_titles", {}).items()}


def _title_after(sents, si: int, m) -> str | None:
    """The signature title written after the name: ", Department Spokesperson" in the name's
    sentence, or the next line when the name stands alone on its own."""
    doc = sents[si].doc
    sent = sents[si]
    rest = doc[m.end:sent.end].text.strip()
    if rest.startswith(","):
        words = rest[1:].strip().rstrip(".").strip()
        if words.lower() in SIGNATURE_TITLES:
            return words
        return None
    if doc[sent.start:m.start].text.strip() or rest.strip(" .") or si + 1 >= len(sents):
        return None
    nxt = sents[si + 1].text
    return nxt.strip().rstrip(".").strip() if signature_title(nxt) else None


def _department(st, word: str):
    """The first body of the text whose name says it is a 'department' (word: the noun that
    the title's first word stands for)."""
    pat = re.compile(rf"\b{re.escape(word)}\b", re.I)
    for m in st.mentions:   # (mentions are in text order)
        if m.label == ORGANISATION and m.entity is not None and pat.search(m.entity.name):
            return m.entity
    return None


def read(st) -> list[Position]:
    """The posts of the persons who sign a statement with a body-less title."""
    out = []
    for m in st.mentions:
        if m.label != PERSON or m.entity is None:
            continue
        title = _title_after(st.sents, m.sent_index, m)
        if title is None:
            continue
        body = _department(st, SIGNATURE_TITLES[title.lower()])
        if body is not None:
            out.append(Position(m.entity, title, body, m.sent_index, "signature-title", 0.75))
    return out
