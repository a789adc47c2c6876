"""What a sentence's tokens say, computed once per sentence instead of once per rule.

About sixty rule modules each walk every token of every sentence, though most of them act
only on a handful of trigger words ("accuse", "lead", "respectively"). Each walk builds a
spaCy Token object and its strings anew, and that walking, not the rules' own logic, is
most of our cost on top of spaCy's. `words(sent)` gives the set of the sentence's word
forms (as written, lower-cased, lemma and lower-cased lemma), built once per sentence, so
a rule can return at once when none of its trigger words is in the sentence: the same
answer as its walk would give, for a set lookup.

The sets live as long as the parsed document (a weak reference: nothing is kept after an
article is read, and two articles never share an entry).
"""
from __future__ import annotations

import weakref

_WORDS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()   # Doc -> {(start, end): frozenset}


def words(sent) -> frozenset[str]:
    """Every token's text, lower-cased text, lemma and lower-cased lemma in the span (a
    sentence, or a whole Doc)."""
    doc = getattr(sent, "doc", sent)
    start, end = (sent.start, sent.end) if doc is not sent else (0, len(doc))
    per_doc = _WORDS.get(doc)
    if per_doc is None:
        per_doc = _WORDS[doc] = {}
    found = per_doc.get((start, end))
    if found is None:
        found = set()
        for t in sent:
            lemma = t.lemma_
            found.update((t.text, t.lower_, lemma, lemma.lower()))
        found = per_doc[(start, end)] = frozenset(found)
    return found


def any_of(sent, *triggers) -> bool:
    """Some token of the span is written, or has the lemma, as one of the trigger word sets
    (any iterable of strings; compared as the rules compare them, so give them the case the
    rule looks for)."""
    found = words(sent)
    return any(not found.isdisjoint(t) for t in triggers)
