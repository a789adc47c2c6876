"""The holder of a term of office is a person: "the end of Helene Quilter's term as Secretary of
Defence", "Mr Colm Ferriter's tenure as chair" (round 23, appoint).

A name the small model missed, set as the possessor of a term noun (triggers.json term_nouns)
that an "as" phrase with a title word follows, is read as a person's (two to four capitalised
words that can be a name: appointee_names._name_words); without it the term's end, and the
replacement it tells (rules/term_ends.py), is lost. Used by ner_repair."""
from __future__ import annotations

from . import doc_index
from . import gazetteer as gz
from .appointee_names import untagged_name
from .lexicon import word_set

TERM_NOUNS = word_set("triggers", "term_nouns")   # "term", "tenure", "mandate"


def _bearers(noun) -> list:
    """The term noun and the words its phrase hangs on, up to the first verb ("the end of X's term":
    end, and "Following"): where the parse may have put the term's "as" phrase."""
    out, t = [noun], noun
    while t.dep_ in ("pobj", "prep") and t.head is not t and len(out) < 5:
        t = t.head
        out.append(t)
        if t.pos_ in ("VERB", "AUX"):
            break
    return out


def _titled_as(noun) -> bool:
    """An "as" phrase on the term noun (or on its "of appointment", or on the words its phrase
    hangs on) with a title word in it."""
    preps = [c for b in _bearers(noun) for c in b.children if c.dep_ == "prep"]
    preps += [x for c in preps if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
              for x in p.children if x.dep_ == "prep"]   # "his term of appointment as Secretary"
    return any(c.lower_ == "as" and any(t.lower_ in gz.TITLE_HEADS for t in c.subtree) for c in preps)


def term_holders(doc, out) -> list[tuple[int, int]]:
    """(start, end) of each term holder's name that no person span covers."""
    lows = doc_index.lowers(doc)
    if not TERM_NOUNS.intersection(lows):
        return []
    owner = {i: x for x in out for i in range(x.start, x.end)}
    found = []
    for i, w in enumerate(lows):
        if w not in TERM_NOUNS:
            continue
        noun = doc[i]
        head = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if head is None or not _titled_as(noun):
            continue
        span = untagged_name(doc, head, owner)
        if span is not None:
            found.append(span)
    return found
