"""What a sentence's tokens say, computed once per sentence instead of once per rule.

About sixty rule modules each walk every token of every sentence, though most of them act
only on a handful of trigger words ("accuse", "lead", "respectively"). Each walk builds a
spaCy Token object and its strings anew, and that walking, not the rules' own logic, is
most of our cost on top of spaCy's. `text(sent)` gives the sentence's text, joined once per
document; `words(sent)` gives the set of the sentence's word
forms and lemmas, lower-cased, built once per sentence, so a rule can return at once when
none of its trigger words is in the sentence: the same answer as its walk would give, for a
set lookup. Trigger words are given in lower case (the lexicons are: lexicon.word_set,
gazetteer.words); a rule that compares a token's text or lemma as written with a lower-case
list can only match a lower-case token, whose lower-cased form is in the set.

The sets live as long as the parsed document (a weak reference: nothing is kept after an
article is read, and two articles never share an entry).
"""
from __future__ import annotations

import weakref

_WORDS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()   # Doc -> {(start, end): frozenset}
_TEXTS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()   # Doc -> its text


def text(span) -> str:
    """The span's (or Doc's) text, as `span.text` gives it. spaCy joins a Doc's or a Span's
    tokens anew at every read of `.text`; here a Doc's text is joined once and a span's is cut
    from it by its character offsets."""
    doc = getattr(span, "doc", span)
    found = _TEXTS.get(doc)
    if found is None:
        found = _TEXTS[doc] = doc.text
    return found if doc is span else found[span.start_char:span.end_char]


def words(sent) -> frozenset[str]:
    """Every token's lower-cased text and lower-cased lemma in the span (a sentence, or a
    whole Doc)."""
    doc = getattr(sent, "doc", sent)
    start, end = (sent.start, sent.end) if doc is not sent else (0, len(doc))
    per_doc = _WORDS.get(doc)
    if per_doc is None:
        per_doc = _WORDS[doc] = {}
    found = per_doc.get((start, end))
    if found is None:
        found = set()
        add = found.add
        for t in sent:
            add(t.lower_)
            add(t.lemma_.lower())
        found = per_doc[(start, end)] = frozenset(found)
    return found


def any_of(sent, *triggers) -> bool:
    """Some token of the span, or its lemma, is one of the words of the trigger sets (any
    iterables of lower-case strings; a frozenset is fastest)."""
    found = words(sent)
    for t in triggers:
        if not found.isdisjoint(t):
            return True
    return False


_TOKENS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()   # Doc -> (texts, lowers)


def _tokens(doc):
    found = _TOKENS.get(doc)
    if found is None:
        found = _TOKENS[doc] = ([t.text for t in doc], [t.lower_ for t in doc])
    return found


def texts(doc) -> list[str]:
    """Every token's text, by index (`doc[i].text`), read once per Doc."""
    return _tokens(doc)[0]


def lowers(doc) -> list[str]:
    """Every token's lower-cased text, by index (`doc[i].lower_`), read once per Doc."""
    return _tokens(doc)[1]
