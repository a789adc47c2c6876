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

What is read is kept as first read: parts of speech, lemmas and `words` are final only once the
model's attribute ruler and lemmatizer have run (they run after its parser), so a pipeline
component placed before them (okg_sentence_bounds) reads only `texts`, `lowers`, `spaces` and
`text`, which the tokenizer fixes.
"""
from __future__ import annotations

import weakref

from spacy.attrs import LEMMA, ORTH, POS, SPACY
from spacy.tokens import Doc


class _Index:
    """What is read once per Doc: its text, its tokens' texts, lower-cased texts, lower-cased
    lemmas and parts of speech, and the word sets of its sentences (each filled when first asked)."""
    __slots__ = ("text", "tokens", "lemma_ids", "lemmas", "written", "pos", "spaces", "words")

    def __init__(self):
        self.text = self.tokens = self.lemma_ids = self.lemmas = self.written = self.pos = self.spaces = None
        self.words = {}   # (start, end) -> frozenset


class _DocRef(weakref.ref):
    """A weak reference to a Doc that knows the Doc's key in _WORDS."""
    __slots__ = ("key",)


# id of a Doc -> (a weak reference to it, its _Index); the entry goes when the Doc does. (A plain
# dict by id, not a WeakKeyDictionary: its lookup builds a weak reference at every call.)
_WORDS: dict[int, tuple] = {}
# the last Doc asked about (a weak reference) and its index: rules ask about one Doc many times
# in a row, and a weak reference's call is cheaper than a dict lookup
_last_ref = None
_last_index = None


def _index(doc) -> _Index:
    global _last_ref, _last_index
    if _last_ref is not None and _last_ref() is doc:
        return _last_index
    found = _WORDS.get(id(doc))
    if found is None or found[0]() is not doc:
        ref = _DocRef(doc, _forget)
        ref.key = id(doc)
        found = _WORDS[ref.key] = (ref, _Index())
    _last_ref, _last_index = found
    return _last_index


def _forget(ref) -> None:
    """A Doc is gone: its index goes with it."""
    global _last_ref, _last_index
    if _last_ref is ref:
        _last_ref = _last_index = None
    if _WORDS.get(ref.key, (None,))[0] is ref:
        del _WORDS[ref.key]


def text(span) -> str:
    """The span's (or Doc's) text, as `span.text` gives it. spaCy joins a Doc's or a Span's
    tokens anew at every read of `.text`; here a Doc's text is joined once and a span's is cut
    from it by its character offsets."""
    doc = span if type(span) is Doc else span.doc
    index = _last_index if _last_ref is not None and _last_ref() is doc else _index(doc)
    found = index.text
    if found is None:
        # (spaCy's Doc.text joins each token's text_with_ws: its text, and a space if one follows;
        # here from the texts read once and the whitespace flags in one array, without Token objects)
        found = index.text = "".join([w + " " if s else w for w, s in zip(_tokens(doc, index)[0], spaces(doc))])
    return found if doc is span else found[span.start_char:span.end_char]


def words(sent) -> frozenset[str]:
    """Every token's lower-cased text and lower-cased lemma in the span (a sentence, or a
    whole Doc)."""
    if type(sent) is Doc:
        doc, key = sent, (0, len(sent))
    else:
        doc, key = sent.doc, (sent.start, sent.end)
    # (the last Doc's index without a call: about sixty rules ask of each sentence in a row)
    index = _last_index if _last_ref is not None and _last_ref() is doc else _index(doc)
    found = index.words.get(key)
    if found is None:
        # (cut from per-Doc lists: a token's lower_ is its text's str.lower(), see _tokens; its
        # lemma is read by string id, the same string as lemma_, then lower-cased as before)
        lowers, lemmas = _tokens(doc, index)[1], _lemmas(doc, index)
        start, end = key
        found = index.words[key] = frozenset(lowers[start:end] + lemmas[start:end])
    return found


def any_of(sent, *triggers) -> bool:
    """Some token of the span, or its lemma, is one of the words of the trigger sets (any
    iterables of lower-case strings; a frozenset is fastest)."""
    found = words(sent)
    for t in triggers:
        if not found.isdisjoint(t):
            return True
    return False


def _tokens(doc, index=None):
    if index is None:
        index = _index(doc)
    found = index.tokens
    if found is None or len(found[0]) != len(doc):   # (our pipeline never retokenizes; if it did, read anew)
        # (the string ids of the tokens' texts and their whitespace flags in one array, then the
        # strings: much cheaper than a Token object per token)
        ids, flags = doc.to_array([ORTH, SPACY]).T.tolist() if len(doc) else ([], [])
        text_of, lower_of = _lookups(doc)
        found = index.tokens = (list(map(text_of.__getitem__, ids)), list(map(lower_of.__getitem__, ids)))
        if index.spaces is None or len(index.spaces) != len(doc):
            index.spaces = flags
    return found


class _Strings(dict):
    """A string id's string: spaCy's StringStore lookup, kept (a word comes again and again,
    and a dict's lookup is cheaper than the StringStore's)."""
    __slots__ = ("strings",)

    def __init__(self, strings):
        super().__init__()
        self.strings = strings

    def __missing__(self, key):
        found = self[key] = self.strings[key]
        return found


class _Lowers(_Strings):
    """A string id's string, lower-cased (a token's lower_ is its text's str.lower(), spaCy's
    LOWER getter)."""
    __slots__ = ()

    def __missing__(self, key):
        found = self[key] = self.strings[key].lower()
        return found


_STRINGS: dict = {}   # id of a StringStore -> its (_Strings, _Lowers)


def _lookups(doc):
    strings = doc.vocab.strings
    found = _STRINGS.get(id(strings))
    if found is None or found[0].strings is not strings:
        found = _STRINGS[id(strings)] = (_Strings(strings), _Lowers(strings))
    return found


def _lemmas(doc, index) -> list[str]:
    found = index.lemmas
    if found is None or len(found) != len(doc):
        # (lemmas and parts of speech in one array: the lemmatizer runs after the tagger and the
        # attribute ruler, so where the lemmas are read the parts of speech are final too; the
        # lemmas as written are looked up only when asked for, see written_lemmas)
        ids, pos = doc.to_array([LEMMA, POS]).T.tolist() if len(doc) else ([], [])
        found = index.lemmas = list(map(_lookups(doc)[1].__getitem__, ids))
        index.lemma_ids, index.written = ids, None
        if index.pos is None:
            index.pos = pos
    return found


def written_lemmas(doc) -> list[str]:
    """Every token's lemma as the lemmatizer wrote it, by index (`doc[i].lemma_`), read once per Doc."""
    index = _index(doc)
    _lemmas(doc, index)
    found = index.written
    if found is None:
        found = index.written = list(map(_lookups(doc)[0].__getitem__, index.lemma_ids))
    return found


def lemmas(doc) -> list[str]:
    """Every token's lemma, lower-cased, by index (`doc[i].lemma_.lower()`), read once per Doc."""
    if _last_ref is not None and _last_ref() is doc:   # (the last Doc asked about: no call, see texts)
        found = _last_index.lemmas
        if found is not None and len(found) == len(doc):
            return found
    return _lemmas(doc, _index(doc))


def spaces(doc) -> list[int]:
    """Every token's whitespace flag, by index: 1 where a space follows (`doc[i].whitespace_ == " "`),
    0 where none does, read once per Doc."""
    index = _last_index if _last_ref is not None and _last_ref() is doc else _index(doc)
    found = index.spaces
    if found is None or len(found) != len(doc):
        found = index.spaces = doc.to_array(SPACY).tolist() if len(doc) else []
    return found


def texts(doc) -> list[str]:
    """Every token's text, by index (`doc[i].text`), read once per Doc: a list to index instead
    of a spaCy Token built at each read (sentence_bounds, ner_repair and the name mends share it).
    Not to be changed by the caller."""
    # (asked some hundred times per Doc, by one helper after another: the last Doc's lists are
    # answered here, without the calls of _tokens and _index)
    if _last_ref is not None and _last_ref() is doc:
        found = _last_index.tokens
        if found is not None and len(found[0]) == len(doc):
            return found[0]
    return _tokens(doc)[0]


def lowers(doc) -> list[str]:
    """Every token's lower-cased text, by index (`doc[i].lower_`), read once per Doc."""
    if _last_ref is not None and _last_ref() is doc:   # (the last Doc asked about: see texts)
        found = _last_index.tokens
        if found is not None and len(found[1]) == len(doc):
            return found[1]
    return _tokens(doc)[1]


def pos_ids(doc) -> list[int]:
    """Every token's coarse part of speech, by index, as spaCy's symbol (`doc[i].pos`, to compare
    with spacy.symbols.PROPN ...), read once per Doc."""
    index = _last_index if _last_ref is not None and _last_ref() is doc else _index(doc)
    found = index.pos
    if found is None:
        # (read with the lemmas, in their one array: where parts of speech are read, after the
        # attribute ruler, the lemmatizer has run too, and the rules read the lemmas as well)
        _lemmas(doc, index)
        found = index.pos
    return found
