"""Parties known by a bare name ("Likud", "Shas", "Golkar") that the small model reads as a
place or a person ("<party> MK X" with the party as GPE, "the chairman of <party>" with the party
as PERSON) or leaves untagged ("<party> MK X" with only "MK X" tagged). A span that is exactly one of
`party_names` (data/titles.json) is an organisation, and an untagged party name right before a
party member noun ("MK", "lawmaker") becomes one, so the membership and post rules see the
party. Not a country or a known place, nor a word some person's name is made of."""
from __future__ import annotations

import re

from spacy.tokens import Span

from . import doc_index
from . import gazetteer as gz
from .lexicon import load

_T = load("titles")
PARTY_NAMES = frozenset(_T.get("party_names", []))
MEMBER_NOUNS = frozenset(w.lower() for w in _T.get("party_member_nouns", []))
GOVERNMENT_POSTS = frozenset(w.lower() for w in _T.get("party_government_posts", []))
MISREAD = ("GPE", "LOC", "PERSON")   # not NORP: "Democrats" as a group is right
# every beginning of a party's name: a span's text begins with its first token's text
NAME_BEGINNINGS = frozenset(n[:k] for n in PARTY_NAMES for k in range(1, len(n) + 1))
LONGEST = max((len(n.split()) for n in PARTY_NAMES), default=1)


def _not_party(text: str) -> bool:
    return text.lower() in gz.country_forms() or gz.is_place(text)


def _as_party(doc, x: Span, person_words: set[str]) -> Span:
    """x relabelled ORG when it is a known party's bare name read as a place or a person."""
    if x.label_ not in MISREAD or x.text not in PARTY_NAMES or _not_party(x.text) \
            or (x.label_ == "PERSON" and x.text in person_words):
        return x
    return Span(doc, x.start, x.end, label="ORG")


def _untagged(doc, taken: set[int]) -> list[Span]:
    """Party names no span covers, right before a member noun ("Likud MK", "Shas lawmaker")."""
    found = []
    texts, lowers = doc_index.texts(doc), doc_index.lowers(doc)
    for j in range(1, len(doc)):   # from each member noun back to the longest party name before it
        if lowers[j] not in MEMBER_NOUNS:
            continue
        for n in range(min(LONGEST, j), 0, -1):
            i = j - n
            if not any(k in taken for k in range(i, j)) and texts[i] in NAME_BEGINNINGS \
                    and doc[i:j].text in PARTY_NAMES \
                    and not _not_party(doc[i:j].text):
                found.append(Span(doc, i, j, label="ORG"))
                break
    return found


def mend(doc, out: list[Span]) -> list[Span]:
    person_words = None   # (read only when some span is a party's name)
    res = []
    for x in out:
        if x.label_ in MISREAD and doc_index.text(x) in PARTY_NAMES:
            if person_words is None:
                person_words = {t.text for x in out if x.label_ == "PERSON" and len(x) > 1 for t in x}
            x = _as_party(doc, x, person_words)
        res.append(x)
    out = res
    if MEMBER_NOUNS.isdisjoint(doc_index.lowers(doc)):
        return sorted(out, key=lambda x: x.start)   # no member noun: no untagged party before one
    taken = {i for x in out for i in range(x.start, x.end)}
    return sorted(out + _untagged(doc, taken), key=lambda x: x.start)


def portfolio_named(name: str) -> bool:
    """A party named by a portfolio's word ("Labour" in "Labour minister X"): read as the
    portfolio, as it was before party posts were read."""
    return name.lower() in gz.domain_forms()


def party_before_post(x: Span, article_text: str) -> bool:
    """x is a party right before a government post ("the PNL minister of culture", "former
    HDZ mayor"): a known party name, or one the article calls a party ("the junior ruling party
    PNL", "the HDZ party"). Such a span is the party, not a portfolio of the title after it
    (round 16; "Energy Minister" stays a title)."""
    if x.end >= len(x.doc) or x.doc[x.end].lower_ not in GOVERNMENT_POSTS:
        return False
    name = x.text.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    if not name or _not_party(name) or portfolio_named(name):
        return False
    if name in PARTY_NAMES:
        return True
    n = re.escape(name)
    return re.search(rf"\b[Pp]art(?:y|ies) {n}\b|\b{n} [Pp]arty\b", article_text) is not None
