"""A body's name the model tagged in one sentence, written again where it tagged nothing:
"charges against Sheikh Ali Salman of Al Wefaq" (tagged) ... "Sheikh Ali Salman,
Secretary-General of Al Wefaq, ..." (untagged). The small model's tags depend on the words
around a name, so the second writing, often the one a post is read from, goes unread.

Each untagged writing of a name of two or more capitalised words that the article's mentions
read as an organisation is a mention of that body. Not a mention: a writing inside another
mention, or one run into more capitalised words ("Al Wefaq Society" is another name).
Round 18: a one-word name too ("Gerindra", "PetroVietnam"; not an acronym, a place, a person's
word, a title or portfolio word), also where the model tagged it but it was dropped as a title's
last word ("the chairman of Gerindra" read like "Secretary of State")."""
from __future__ import annotations

from . import doc_index
from . import gazetteer as gz


def _shape(words: list[str]) -> bool:
    """Two or more words, each starting with a capital (letters, hyphens, apostrophes)."""
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _one_word(word: str, person_words: set[str]) -> bool:
    """A one-word name safe to find again (round 18: "Gerindra", "PetroVietnam"): a capital then
    four letters or more, not all capitals (an acronym may be a common word or a post), no word
    of a person's name, no place, country, title or body head word."""
    low = word.lower()
    return len(word) >= 5 and word.isalpha() and word[:1].isupper() and not word.isupper() \
        and low not in person_words and not gz.is_place(word) and not gz.country_of(word) \
        and low not in gz.TITLE_HEADS and low not in gz.ORG_HEADS and low not in gz.TITLE_WORDS \
        and low not in gz.domain_forms()   # ("Minister of Defence": a portfolio, not a body)


def mentions(sents, found, org_label, make):
    """Mentions (make(start, end, text, sent_index)) of org names written again untagged."""
    names = {}
    person_words = {w.lower() for m in found if m.label != org_label for w in m.text.split()}
    for m in found:
        if m.label != org_label:
            continue
        doc = sents[m.sent_index].doc
        words = [t.text for t in doc[m.start:m.end]]
        if (_shape(words) or (len(words) == 1 and _one_word(words[0], person_words))) and " ".join(words) == m.text:
            names.setdefault(tuple(words), m.text)
    if not names:
        return []
    by_first = {}   # first word -> names starting with it, so each token is tried only against those
    for words, text in names.items():
        by_first.setdefault(words[0], []).append((words, text))
    taken = {(m.sent_index, i) for m in found for i in range(m.start, m.end)}
    out = []
    for si, sent in enumerate(sents):
        doc = sent.doc
        texts = doc_index.texts(doc)
        if by_first.keys().isdisjoint(texts[sent.start:sent.end]):
            continue   # (no token of the sentence starts a name: one set test, not a walk)
        for i in range(sent.start, sent.end):
            if texts[i] not in by_first:
                continue   # (read by index: a Token is built only where a name may start)
            t = doc[i]
            for words, text in by_first.get(t.text, ()):
                end = t.i + len(words)
                if end > sent.end or tuple(x.text for x in doc[t.i:end]) != words:
                    continue
                if any((si, i) in taken or (doc[i].ent_type_ and not (len(words) == 1 and doc[i].ent_type_ == "ORG"))
                       for i in range(t.i, end)):
                    continue   # (a one-word name tagged here but dropped as a title's word: "chairman of X")
                if (t.i > sent.start and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].is_alpha
                        and doc[t.i - 1].lower_ not in ("the",)) or (
                        end < sent.end and doc[end].text[:1].isupper() and doc[end].is_alpha):
                    continue   # part of a longer name
                if len(words) == 1 and end + 1 < sent.end and doc[end].lower_ in ("and", "&", "of") \
                        and doc[end + 1].text[:1].isupper():
                    continue   # "Antigua and Barbuda": a one-word name cut from a longer one
                out.append(make(t.i, end, text, si))
                taken |= {(si, i) for i in range(t.i, end)}
    return out
