"""Vietnamese names whose surname is an English function word: "To Minh", "To An Phuc" (round 16).

Tô, a common Vietnamese surname, is written "To" in English copy; the model reads it as the
preposition and leaves the person untagged ("General To Minh", "To Minh, 61, was sworn in") or
keeps only the given name ("Minh"), and a spokesman's post and a president's election are
lost. "To" with a capital, then one or two short capitalised name syllables and no further
capitalised word, is a person's name; no syllable may be a title, body or country word.
Surnames: data/names.json function_word_surnames.
"""
from __future__ import annotations

from spacy.tokens import Span

from . import doc_index
from . import gazetteer as gz
from .lexicon import load

SURNAMES = frozenset(load("names")["function_word_surnames"])


def _syllable(t) -> bool:
    """A short capitalised name syllable: "Minh", "An", "Phuc" (the model tags "An" an article)."""
    w = t.text
    return w.isalpha() and w[:1].isupper() and w[1:].islower() and len(w) <= 5 and t.pos_ not in ("VERB", "AUX") \
        and w.lower() not in gz.TITLE_WORDS and w.lower() not in gz.ORG_HEADS and not gz.country_of(w)


def mend(doc, ents: list[Span]) -> list[Span]:
    """Person spans for "To <syllable> [<syllable>]"; a span over only the given name is replaced."""
    out = list(ents)
    texts = doc_index.texts(doc)
    if SURNAMES.isdisjoint(texts):
        return sorted(out, key=lambda x: x.start)
    for i, w in enumerate(texts):
        if w not in SURNAMES or i + 1 >= len(doc):
            continue
        t = doc[i]
        end = t.i + 1
        while end < len(doc) and end - t.i <= 2 and _syllable(doc[end]) and not doc[end].is_sent_start:
            end += 1
        if end == t.i + 1 or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
            continue   # no syllable, or a longer capitalised run ("To Kill A Mockingbird")
        if any(x.start < end and x.end > t.i and not (x.label_ in ("PERSON", "ORG") and x.start > t.i and x.end <= end)
               for x in out):
            continue   # (a wider span, or one of another kind, is left as it is; "Minh" read as a body is not)
        out = [x for x in out if not (x.start > t.i and x.end <= end)] + [Span(doc, t.i, end, label="PERSON")]
    return sorted(out, key=lambda x: x.start)
