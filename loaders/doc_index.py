"""What a sentence's tokens say, computed once per sentence instead of once per rule.

About sixty rule modules each walk every token of every sentence, though most of them act
only on a handful of trigger words ("accuse", "lead", "respectively"). Each walk builds a
spaCy Token object and its strings anew, and that walking, not the rules' own logic, is
most of our cost on top of spaCy's. `text(sent)` gives the sentence's text, joined once per
document; `texts(doc)` / `lowers(doc)` / `pos_ids(doc)` give each token's text, lower-cased
text and part of speech by index, read once per document; `words(sent)` gives the set of the sentence's word
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

from spacy.attrs import ORTH, POS

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
    if found is None or len(found[0]) != len(doc):   # (our pipeline never retokenizes; if it did, read anew)
        # (the string ids of the tokens' texts in one array, then their strings: much cheaper than
        # a Token object per token; a token's lower_ is its text's str.lower(), spaCy's LOWER getter)
        strings = doc.vocab.strings
        texts = [strings[o] for o in doc.to_array(ORTH).tolist()] if len(doc) else []
        found = _TOKENS[doc] = (texts, [w.lower() for w in texts])
    return found


def texts(doc) -> list[str]:
    """Every token's text, by index (`doc[i].text`), read once per Doc: a list to index instead
    of a spaCy Token built at each read (sentence_bounds, ner_repair and the name mends share it).
    Not to be changed by the caller."""
    return _tokens(doc)[0]


def lowers(doc) -> list[str]:
    """Every token's lower-cased text, by index (`doc[i].lower_`), read once per Doc."""
    return _tokens(doc)[1]


_POS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()   # Doc -> [pos]


def pos_ids(doc) -> list[int]:
    """Every token's coarse part of speech, by index, as spaCy's symbol (`doc[i].pos`, to compare
    with spacy.symbols.PROPN ...), read once per Doc."""
    found = _POS.get(doc)
    if found is None:
        found = _POS[doc] = doc.to_array(POS).tolist() if len(doc) else []
    return found
