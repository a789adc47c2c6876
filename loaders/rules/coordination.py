"""Lists of people: one event, several subjects.

News names several people in one phrase more often than the parser joins them:
  "X, Y and Z were sacked"                      conjuncts the parse missed (a surface list)
  "X, 51, along with his chief of staff Y, 46"  companions ("along with", "together with", "as well as")
  "... are: X, Y, and Z"                        a colon list after a plural noun
A list is read from the text between names: only commas, "and"/"or", ages and title
words (ranks, "his deputy") may stand between two names of one list.
"""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from ..lexicon import MODIFIERS

COMPANION_HEADS = {"along", "together"}          # "along with X", "together with X"
BETWEEN = {",", "and", "or", "as", "well", "his", "her", "their", "its", "the", "former", "&", "also"}
# "home affairs minister X and youth affairs minister Y": the portfolio words of a title before a name
PORTFOLIO_WORDS = frozenset(w for f in gz.domain_forms() for w in f.split()) - {"and", "of", "the", "for", "&", "government"}


def _between_ok(tok) -> bool:
    """A token that may stand between two names of one list."""
    w = tok.lower_
    return (w in BETWEEN or tok.like_num or w in gz.TITLE_WORDS or w in MODIFIERS or w in gz.RANKS
            or (tok.pos_ == "ADJ" and tok.is_lower) or w in PORTFOLIO_WORDS) and w not in (";", ".")


def list_after(r, m) -> list:
    """Person mentions that continue a list starting at mention m: "m, Y, and Z"."""
    out, doc, st = [], r.state.current_doc, r.state
    j, seps = m.end, 0
    sent_end = doc[m.start].sent.end
    while j < sent_end:
        nxt = st.mention_at(j)
        if nxt is not None and nxt.end < sent_end and doc[nxt.end].text in ("'s", "’s"):
            break   # "X, Diyarbakir's first female mayor": a possessor, not the next of a list
        if nxt is not None and nxt is not m and nxt.label == PERSON and nxt.entity is not None and seps:
            out.append(nxt.entity)
            m, j, seps = nxt, nxt.end, 0
            continue
        if nxt is not None and nxt.label != PERSON:
            break
        if not _between_ok(doc[j]):
            break
        seps += doc[j].text in (",", "and", "or", "&") or doc[j].lower_ == "well"
        j += 1
    return out


def companions(r, tok) -> list:
    """Persons "along with" / "together with" / "as well as" the phrase headed by tok (or its verb)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "advmod") and c.lower_ in COMPANION_HEADS:
            for w in c.children:
                if w.dep_ == "prep" and w.lower_ == "with":
                    for p in w.children:
                        if p.dep_ == "pobj":
                            out += r.people(p) or r.named_in_phrase(p)
        if c.dep_ == "prep" and c.lower_ == "alongside":   # "arraigned alongside a former minister, X, ... and Y"
            out += [x for p in c.children if p.dep_ == "pobj" for x in r.people(p) + listed_in(r, p) if x not in out]
        if c.dep_ == "prep" and c.lower_ == "with" and (c.head.lower_ in COMPANION_HEADS or any(
                s.dep_ == "advmod" and s.lower_ in COMPANION_HEADS for s in c.head.children)):   # "detained together with
            for p in c.children:
                if p.dep_ == "pobj":
                    out += r.people(p)
    return out


def listed_in(r, head) -> list:
    """Persons named in apposition or conjunction anywhere in the phrase headed by head
    ("a former minister, X, ex-party chairman in the state, Y and former secretary, Z")."""
    out = []
    for t in head.subtree:
        m = r.state.mention_at(t.i) if t.dep_ in ("appos", "conj") else None
        if m is not None and m.label == PERSON and m.entity is not None and m.entity not in out \
                and t.i == t.doc[m.start:m.end].root.i:
            out.append(m.entity)
    return out


def colon_list(r, tok) -> list:
    """"The five defendants ... are: X, Y and Z": the names after a colon in tok's sentence."""
    doc = tok.doc
    sent = tok.sent
    colon = next((t for t in sent if t.text == ":" and t.i > tok.i), None)
    if colon is None:
        return []
    j = colon.i + 1
    while j < sent.end and r.state.mention_at(j) is None and _between_ok(doc[j]):
        j += 1
    first = r.state.mention_at(j)
    if first is None or first.label != PERSON or first.entity is None:
        return []
    return [first.entity] + list_after(r, first)


def included(r, noun) -> list:
    """"six governors quit, among them X", "officials including X and Y", "such as X": the
    names a plural noun is illustrated with, later in its sentence."""
    if noun is None or noun.tag_ not in ("NNS", "NNPS"):
        return []
    out = []
    for t in noun.sent:
        if t.i <= noun.i or t.lower_ not in ("including", "among", "as"):
            continue
        if t.lower_ == "as" and t.i > 0 and t.doc[t.i - 1].lower_ != "such":
            continue
        for p in t.children:
            if p.dep_ in ("pobj", "appos", "conj", "dobj") or p.dep_ == "nsubj":
                out += [x for x in r.people(p) if x not in out]
        if not out:   # "among them São Paulo's X": the name may hang after the pronoun
            j = t.i + 1
            while j < t.sent.end and t.doc[j].lower_ in ("them", "those", "whom", ",", "the"):
                j += 1
            m = r.state.mention_at(j)
            if m is not None and m.end + 1 < t.sent.end and t.doc[m.end].text in ("'s", "’s"):
                m = r.state.mention_at(m.end + 1)   # "among them São Paulo's X": X, not the place
            if m is not None and m.label == PERSON and m.entity is not None:
                out.append(m.entity)
                out += [x for x in list_after(r, m) if x not in out]
    return out
