"""A body's name the model tagged in one sentence, written again where it tagged nothing:
"charges against Sheikh Ali Salman of Al Wefaq" (tagged) ... "Sheikh Ali Salman,
Secretary-General of Al Wefaq, ..." (untagged). The small model's tags depend on the words
around a name, so the second writing, often the one a post is read from, goes unread.

Each untagged writing of a name of two or more capitalised words that the article's mentions
read as an organisation is a mention of that body. Not a mention: a writing inside another
mention, or one run into more capitalised words ("Al Wefaq Society" is another name)."""
from __future__ import annotations


def _shape(words: list[str]) -> bool:
    """Two or more words, each starting with a capital (letters, hyphens, apostrophes)."""
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def mentions(sents, found, org_label, make):
    """Mentions (make(start, end, text, sent_index)) of org names written again untagged."""
    names = {}
    for m in found:
        if m.label != org_label:
            continue
        doc = sents[m.sent_index].doc
        words = [t.text for t in doc[m.start:m.end]]
        if _shape(words) and " ".join(words) == m.text:
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
        for t in sent:
            for words, text in by_first.get(t.text, ()):
                end = t.i + len(words)
                if end > sent.end or tuple(x.text for x in doc[t.i:end]) != words:
                    continue
                if any((si, i) in taken or doc[i].ent_type_ for i in range(t.i, end)):
                    continue
                if (t.i > sent.start and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].is_alpha
                        and doc[t.i - 1].lower_ not in ("the",)) or (
                        end < sent.end and doc[end].text[:1].isupper() and doc[end].is_alpha):
                    continue   # part of a longer name
                out.append(make(t.i, end, text, si))
                taken |= {(si, i) for i in range(t.i, end)}
    return out
