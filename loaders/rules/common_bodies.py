"""Bodies written in lower case where a post is held at them (round 9).

The model tags bodies by their capitals; a story often names the body of a post in lower case:
"court of first instance judge X", "the commission of inquiry into state capture headed up by
X", "chairperson of the party's federal council", "a party inspection committee headed by X",
"council member X". Such a phrase (words of a body ending in a body noun -- court, commission,
council, committee ... -- with its "of"/"into" complement) is a mention of that body only where
the sentence ties a post to it: a post word and a name right after it ("... judge X"), a lead
verb's "by X" after it ("... headed by X"), or a post word before its "of the" ("chairperson of
the ..."). Elsewhere ("the court adjourned", "a committee will look into it") it is no body
of a post, and the other rules read such words as before.

A bare body noun ("chairman of the commission") is a mention only where the story names no
body with that noun (there the existing rules take the named one). Round 24: a phrase of two
words or more that one named body of the story holds all of ("electoral commission chief X"
after "the Independent National Electoral Commission") is a mention of that named body. Word lists:
data/names.json common_body_heads, common_body_adjectives.
"""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from .. import doc_index
from .. import gazetteer as gz
from ..lexicon import LEAD_VERBS, load

_N = load("names")
HEADS = frozenset(_N.get("common_body_heads", []))
# adjectives that are part of a body's name ("federal council", "central committee"), not a description
ADJECTIVES = frozenset(_N.get("common_body_adjectives", []))
COMPLEMENT_LINKS = frozenset({"of", "into", "on", "for"})
POSSESSIVES = ("'s", "’s")
# words after "by" before the name: "headed up by deputy chief justice X"
MAX_TITLE_WORDS = 4


def _premodifiers(doc, h: int, lo: int) -> int:
    """The first word of the body's name before its head noun h: lower-case nouns and name
    adjectives ("party inspection committee", "federal council"), not a number ("7-member")."""
    i = h
    while i - 1 >= lo:
        t = doc[i - 1]
        if i - 1 == lo and t.is_title and t.lower_ in ADJECTIVES:
            i -= 1   # "Electoral commission chief X": capital only as the sentence's first word
            break
        if not t.is_lower or t.lower_ in gz.TITLE_HEADS or t.lower_ in gz.TITLE_WORDS:
            break
        if t.pos_ == "NOUN" and t.dep_ in ("compound", "nmod") and not (i - 2 >= lo and doc[i - 2].text == "-"):
            i -= 1
        elif t.pos_ == "ADJ" and t.lower_ in ADJECTIVES:
            i -= 1
        else:
            break
    return i


def _complement(doc, h: int, hi: int) -> int:
    """The end of the body's name after its head noun: "of first instance", "of inquiry into
    state capture", "of veteran affairs" (lower-case words after "of" / "into" / "on")."""
    end = h + 1
    while end + 1 < hi and doc[end].lower_ in COMPLEMENT_LINKS:
        j = end + 1
        while j < hi and j - end <= 4 and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ") \
                and doc[j].lower_ not in gz.TITLE_HEADS:
            j += 1
        if j == end + 1 or doc[j - 1].pos_ != "NOUN":
            break
        end = j
    return end


def _tied_to_post(doc, start: int, end: int, hi: int, persons: set[int]) -> bool:
    """The sentence holds a post at the phrase doc[start:end]."""
    # "court of first instance judge X", "council member X", "federal council chairperson X"
    if end + 1 < hi and doc[end].lower_ in gz.TITLE_HEADS and end + 1 in persons:
        return True
    # "the commission ... headed up by deputy chief justice X"
    k = end
    if k < hi and doc[k].text == ",":
        k += 1
    if k < hi and doc[k].lemma_ in LEAD_VERBS and doc[k].tag_ == "VBN":
        k += 1
        if k < hi and doc[k].lower_ == "up":
            k += 1
        if k < hi and doc[k].lower_ == "by":
            return any(j in persons for j in range(k + 1, min(hi, k + 2 + MAX_TITLE_WORDS)))
    # "chairperson of the party's federal council", "chairman of the commission"
    j = start - 1
    if j >= 1 and doc[j].text in POSSESSIVES:   # "the party's"
        j -= 2
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in gz.TITLE_HEADS


def _name(words) -> str:
    """"court of first instance" -> "Court of First Instance"."""
    return " ".join(w if w in ("of", "into", "on", "for", "the", "and") else w[:1].upper() + w[1:] for w in words)


def _named_owner(words: list[str], named: list[str]) -> str | None:
    """The one body the article names with every word of a lower-case body phrase ("electoral
    commission" -> "Independent National Electoral Commission", "national police" -> "Royal National
    Police"): the phrase is that body written again in lower case. None when no name, or more than
    one, holds them all."""
    content = [w.lower() for w in words if w.lower() not in ("of", "into", "on", "for", "the", "and")]
    if len(content) < 2:
        return None   # (a bare "commission": the rules that read the named body take it)
    hits = {n.lower(): n for n in named if set(content) <= set(n.lower().split())}
    return next(iter(hits.values())) if len(hits) == 1 else None


def mentions(sents, found, make):
    """Mentions (make(start, end, text, sent_index, written)) of lower-case bodies a post is held at."""
    taken = {(m.sent_index, i) for m in found for i in range(m.start, m.end)}
    named = [m.text for m in found if m.label == ORGANISATION]
    named_heads = {m.text.split()[-1].lower() for m in found if m.label != PERSON and m.text.split()}
    persons_of: dict[int, set[int]] = {}   # sentence -> the tokens of its persons
    for m in found:
        if m.label == PERSON:
            persons_of.setdefault(m.sent_index, set()).update(range(m.start, m.end))
    out = []
    for si, sent in enumerate(sents):
        doc = sent.doc
        persons = persons_of.get(si)
        if not persons:
            continue
        low = doc_index.lowers(doc)
        for i in range(sent.start, sent.end):
            if low[i] not in HEADS:   # (on the Doc's strings: a Token only for a head word)
                continue
            t = doc[i]
            if not t.is_lower or t.pos_ not in ("NOUN", "PROPN") or (si, t.i) in taken:
                continue
            start = _premodifiers(doc, t.i, sent.start)
            end = _complement(doc, t.i, sent.end)
            if any((si, k) in taken for k in range(start, end)):
                continue
            if start == t.i and end == t.i + 1 and t.lower_ in named_heads:
                continue   # "chairman of the commission" in a story naming the Electoral Commission
            if not _tied_to_post(doc, start, end, sent.end, persons):
                continue
            words = [x.text for x in doc[start:end]]
            # (round 24) the body named elsewhere in the article, when one name holds all its words
            out.append(make(start, end, _named_owner(words, named) or _name(words), si, " ".join(words)))
    return out
