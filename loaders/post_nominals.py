"""Letters after a name are no part of it (round 13).

British, Commonwealth and Nigerian official pages write a person's honours, degrees and
appointments after the name: "Lieutenant General Mark Carleton-Smith CBE", "General Sir
Nicholas Patrick Carter KCB CBE DSO ADC Gen", "Air Chief Marshal Sir Stuart Peach KCB, CBE",
"graduated with an LLB", "his Honour, Justice Stephen Gageler AC". The model runs them into the name or reads them as a body. They are
cut off the end of a name, and a name made only of them is dropped. Letters: names.json
`post_nominals` (matched as written) and `post_nominal_tails` ("Gen" of "ADC Gen"); `person_post_nominals` ("AC", "SC", also other
things' initials) only off a person's name of two words or more.
"""
from __future__ import annotations

from spacy.tokens import Span

from . import doc_index
from .lexicon import load

LETTERS = frozenset(load("names")["post_nominals"])
TAILS = frozenset(load("names")["post_nominal_tails"])
PERSON_LETTERS = frozenset(load("names")["person_post_nominals"])   # "AC", "SC": after a person only


def _letters(doc, i: int, person: bool = False) -> bool:
    t = doc[i]
    return t.text in LETTERS or (person and t.text in PERSON_LETTERS) \
        or (t.text in TAILS and i > 0 and doc[i - 1].text in LETTERS)


def trimmed(span: Span) -> Span | None:
    """The span without the letters it ends with; None when it is only letters."""
    if span.label_ not in ("PERSON", "ORG"):
        return span
    end, doc = span.end, span.doc
    while end > span.start and (_letters(doc, end - 1) or doc[end - 1].text == ","
                                and end - 1 > span.start and _letters(doc, end - 2)):
        end -= 1
    while span.label_ == "PERSON" and end - span.start > 2 and _letters(doc, end - 1, person=True):
        end -= 1   # "Stephen Gageler AC", "Fiona McLeod SC"
        while end - span.start > 2 and _letters(doc, end - 1):
            end -= 1   # "Susan Kiefel AC QC"
    if end == span.end:
        return span
    if end == span.start:
        return None
    return Span(span.doc, span.start, end, label=span.label_)


def _after_person(span: Span, person_ends: set[int]) -> bool:
    """"Barry Roux" + "SC": letters the model read as a body of their own right after a person."""
    doc, start = span.doc, span.start
    if start > 0 and doc[start - 1].text == ",":
        start -= 1
    return start in person_ends and all(t.text in LETTERS or t.text in PERSON_LETTERS for t in span)


def mend(doc, spans: list[Span]) -> list[Span]:
    if LETTERS.isdisjoint(doc_index.texts(doc)) and PERSON_LETTERS.isdisjoint(doc_index.texts(doc)):
        return list(spans)   # no letters in the text: nothing to trim, no span of letters only
    person_ends = {s.end for s in spans if s.label_ == "PERSON"}
    return [t for t in (trimmed(s) for s in spans) if t is not None and not _after_person(t, person_ends)]


def name_before_letters(tok):
    """(round 24) The name a parse hung on its letters: in "Mr Mark Paterson AO recently
    finished", the model makes "AO" the subject and the name its compounds; the name's last
    word, else None when tok is no letters or has no capitalised word before it."""
    if tok.text not in LETTERS and tok.text not in PERSON_LETTERS:
        return None
    for c in reversed(list(tok.lefts)):
        if c.dep_ != "compound" or not c.text[:1].isupper():
            continue
        if c.text in LETTERS or c.text in PERSON_LETTERS:
            return name_before_letters(c)   # "X AO PSM": the name hangs on the first letters
        return c
    return None
