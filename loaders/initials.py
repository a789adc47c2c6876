"""A person's initials read as a body (round 19).

Indonesian news (and some Latin American) write a suspect or an official by initials: "Regent
Suharjo (SHJ)", "businessman T Wira Dharma (TWD)", "the suspect, brother EBS, Regent of X" (for
"Eko Budi Santosa" named before), "Mr WDY" (for "Widayat"). The model reads the letters as an
organisation's acronym. Letters that are the initials of the capitalised words right before their
bracket or the letters of the last one in order from its first letter ("Suharjo (SHJ)"), and after
"Mr" / "brother" the same of a person the article names ("WDY" of "Widayat"), are that person's
short form: no body. Words with a body's word ("Commission (KPK)") and a body the model tagged
before the bracket are left alone.
"""
from __future__ import annotations

from . import gazetteer as gz
from .lexicon import load

OPENERS = frozenset(load("names")["initials_openers"])   # "Mr WDY", "brother EBS"


def _subsequence(short: str, word: str) -> bool:
    it = iter(word.upper())
    return all(c in it for c in short)


def short_of(short: str, words: list[str]) -> bool:
    """short is the initials of the last two words or more of words, or (three letters or more)
    the letters of a one-word name in order from its first letter."""
    for k in range(len(words) - 1):
        if "".join(w[0] for w in words[k:]).upper() == short:
            return True
    last = words[-1] if words else ""
    return len(short) >= 3 and len(last) >= len(short) + 2 and last[0].upper() == short[0] and _subsequence(short, last)


def person_initials(span, person_names: set[str]) -> bool:
    """The span is one all-capital word of two to four letters that stands for a person (see the
    module)."""
    toks = [t for t in span if not t.is_punct]
    if len(toks) != 1 or not (toks[0].is_alpha and toks[0].text.isupper() and 2 <= len(toks[0].text) <= 4):
        return False
    short, doc = toks[0].text, span.doc
    if span.start >= 2 and doc[span.start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")":
        words, j = [], span.start - 2
        while j >= 0 and len(words) < 4 and doc[j].is_alpha and doc[j].text[:1].isupper() \
                and doc[j].lower_ not in gz.ORG_HEADS and doc[j].ent_type_ not in ("ORG", "NORP"):
            words.insert(0, doc[j].text)
            j -= 1
        if words and j >= 0 and doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j].ent_type_ == "ORG":
            return False   # ("... Electoral Commission (INEC)": a body's words before the bracket)
        if words and short_of(short, words):
            return True
    before = doc[span.start - 1] if span.start > 0 else None
    return len(short) >= 3 and before is not None and before.text.rstrip(".") in OPENERS \
        and any(short_of(short, n.split()) for n in person_names if n.split())
