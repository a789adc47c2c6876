"""A body's acronym the model left untagged before a post (round 19): "FCO Minister X",
"NISMA’s president", "MPRP Secretary X", "RBNZ Governor X".

A word of two to six capital letters written right before a capitalised title head (or before
"'s" and one) names the body the post is of; the small model often tags neither. It becomes an
organisation so that the title rules read the post at it. Not a title's own abbreviation ("MP",
"PM", "CS"), a country ("US"), an honorific, nor a word of a line written all in capitals ("PRIME MINISTER").
"""
from __future__ import annotations

from spacy.tokens import Span

from . import doc_index
from . import gazetteer as gz
from .lexicon import load
from .name_bounds import TITLE_ABBREVIATIONS   # "MP", "PM", "CS"

NOT_BODIES = frozenset(load("names")["not_acronym_bodies"])   # "THE", "PRIME", "MR": not a body's acronym


def acronym(tok) -> bool:
    """A body's acronym, not a portfolio's ("ICT"), a title's, a country's or an honorific."""
    return tok.is_alpha and tok.is_upper and 2 <= len(tok.text) <= 6 and tok.text not in NOT_BODIES \
        and tok.text not in TITLE_ABBREVIATIONS and tok.text.rstrip(".") not in gz.PREFIXES \
        and tok.lower_ not in gz.TITLE_HEADS and not gz.country_of(tok.text) and tok.lower_ not in gz.domain_forms()


def mend(doc, out: list[Span]) -> list[Span]:
    taken = {i for x in out for i in range(x.start, x.end)}
    found = []
    texts = doc_index.texts(doc)
    if gz.TITLE_HEADS.isdisjoint(doc_index.lowers(doc)):
        return sorted(out, key=lambda x: x.start)   # (each find needs a title's head word after the acronym)
    for i, w in enumerate(texts):
        if not w.isupper() or i in taken or i + 1 >= len(doc):   # (w.isupper(): the token's is_upper)
            continue
        tok = doc[i]
        nxt = doc[tok.i + 1]
        head = doc[tok.i + 2] if nxt.text in ("'s", "’s") and tok.i + 2 < len(doc) else nxt
        if not (head.text[:1].isupper() and not head.is_upper and head.lower_ in gz.TITLE_HEADS) \
                or head.lower_ in gz.RANKS or not acronym(tok):   # ("PPD Lieutenant X": the rank rules read the unit)
            continue   # (the title after it first: acronym() asks the gazetteer)
        words = [t for t in tok.sent if t.is_alpha and len(t) > 2]
        if words and sum(t.is_upper for t in words) > len(words) / 2:
            continue   # a line written in capitals
        found.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return sorted(out + found, key=lambda x: x.start)
