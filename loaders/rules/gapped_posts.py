"""Posts in a list that states the verb once: "A took the oath as Deputy Prime Minister, B as the
Minister for Finance, C as the Minister for Youth and Sports", "The Prime Minister brought in A as
Minister for Physical Infrastructure, B as Minister for Federal Affairs": each later name is
followed by its own "as" and title, read here; the title before its comma is the name before's
(appositions.apposition_before leaves it)."""
from __future__ import annotations

from graph.schema import PERSON

from .. import doc_index
from ..doc_index import words
from .appositions import phrase_after, title_phrase
from .facts import Position
from .gapped import LIST_OPENERS   # the events' gapped lists ("X was sworn in as A, Y as B") start items the same way
from .titles import ARTICLES, headed, title_tokens, without_leading

NOT_GAPPED = frozenset({"well", "long", "soon", "much", "far", "if", "though", "of"})   # "as well as", "as of"


def gapped_as(doc, m) -> bool:
    """NAME as TITLE after a comma or "and", in a sentence whose verb took an earlier "as"."""
    k = m.end
    lowers = doc_index.lowers(doc)
    # (the words first, then the sentence's end: Token.sent finds the sentence anew at each read;
    # the sentence ends within the doc, so "k + 1 < len(doc)" keeps the words' reads in range)
    if k + 1 >= len(doc) or lowers[k] != "as" or lowers[k + 1] in NOT_GAPPED:
        return False
    if m.start == 0 or lowers[m.start - 1] not in LIST_OPENERS:
        return False
    sent = doc[m.start].sent
    if k + 1 >= sent.end:
        return False
    return any(t.lower_ == "as" and t.head.pos_ == "VERB" and t.i < m.start for t in sent)


def gapped_posts(r, sent, si, mentions) -> list[Position]:
    out = []
    if "as" not in words(sent):
        return out   # (gapped_as needs an "as" right after the name)
    doc = sent.doc
    for m in mentions:
        if m.label != PERSON or m.entity is None or not gapped_as(doc, m):
            continue
        toks = title_tokens(phrase_after(r, sent, m.end + 1))
        toks = without_leading(toks, ARTICLES + ("new",))
        if not headed(toks):
            continue
        out += title_phrase(r, toks, si, m, mentions, "gapped-as")
    return out
