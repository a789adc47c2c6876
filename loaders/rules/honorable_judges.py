"""A judge named with the courtesy style and then the court: "sentenced by the Hon. X, of the
U.S. District Court for the Northern District of Alabama", "before the Honorable X of the U.S.
District Court for the Central District of California" (round 17).

Federal releases write a judge so, with no title word between the name and the court, where the
title rules need a title ("U.S. District Judge X") and the appositions a title before "of". The
style ("Hon.", "Honorable", "Honourable": titles.json judicial_styles) says the person is a
judge; the court right after the name ("," and "of" between) is where the post is."""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from ..ner_repair import is_style
from .facts import Position

COURT_WORDS = ("court", "tribunal")


def _styled(doc, start: int) -> bool:
    """The words just before the name are a judge's style ("the Hon.", "the Honorable")."""
    i = start - 1
    if i >= 0 and doc[i].text == ".":
        i -= 1
    return i >= 0 and is_style(doc[i])


def read(st) -> list[Position]:
    """The posts of styled judges whose court follows their name."""
    out = []
    for si, sent in enumerate(st.sents):
        ms = [m for m in st.mentions if m.sent_index == si and m.entity is not None]
        doc = sent.doc
        for m in ms:
            if m.label != PERSON or not _styled(doc, m.start):
                continue
            j = m.end + (m.end < len(doc) and doc[m.end].text == ",")
            if j >= len(doc) or doc[j].lower_ != "of":
                continue
            j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
            court = next((o for o in ms if o.label == ORGANISATION and o.start == j
                          and any(w in o.entity.name.lower().split() for w in COURT_WORDS)), None)
            if court is not None:
                out.append(Position(m.entity, "judge", court.entity, si, "styled-judge-court", 0.8))
    return out
