"""Sentences in another language inside an English page: reader comments, a quote given in
the original ("Si el Senado me ratifica, ..."). The small English model reads their
capitalised words as names ("Si el", "Prvo sam mislila"); their names are not the story's.

A sentence is asked about only when it has several lower-case words and hardly any English
function word among them (English prose, even a short clause, has several; headlines are
written in capitals and are not asked about; a foreign sentence may share a word or two with
English, "to", "a"). The identifier is py3langid, restricted to languages news pages are
written in, and must be sure (`loaders.language`, the same identifier that judges a whole page).
"""
from __future__ import annotations

from functools import lru_cache

from .language import english_word_share, surely_not_english
from . import doc_index

MIN_LOWER_WORDS = 4
MAX_ENGLISH_SHARE = 0.12   # "a to su pitanja": a word or two may look English


def _lower_words(sent) -> list[str]:
    # (by index from the Doc's token texts: spaCy's is_alpha and is_lower are str.isalpha and
    # str.islower of the text, lower_ its str.lower)
    doc = sent.doc
    texts, lowers = doc_index.texts(doc), doc_index.lowers(doc)
    return [lowers[i] for i in range(sent.start, sent.end) if texts[i].isalpha() and texts[i].islower()]


def foreign_sentence(sent) -> bool:
    """The sentence is written in a language other than English."""
    lower = _lower_words(sent)
    if len(lower) < MIN_LOWER_WORDS or english_word_share(lower) > MAX_ENGLISH_SHARE:
        return False
    return _foreign_text(doc_index.text(sent))


@lru_cache(maxsize=4096)   # (pure; a quote or a boilerplate sentence comes again, and the identifier is dear)
def _foreign_text(text: str) -> bool:
    return surely_not_english(text) is not None


def foreign_sentences(sents) -> set[int]:
    """Indexes of the sentences in another language. The English model splits foreign text
    badly ("Si el" | "Senado me ratifica, ..."): a short piece with no English word next to a
    foreign sentence of the same block is foreign too."""
    found = {i for i, s in enumerate(sents) if foreign_sentence(s)}
    for i in sorted(found):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(sents) and j not in found and sents[j].doc is sents[i].doc:
                lower = _lower_words(sents[j])
                if len(lower) >= MIN_LOWER_WORDS or english_word_share(lower) > 0:
                    break
                found.add(j)
                j += step
    return found
