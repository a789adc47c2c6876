"""A minister's post stated by "as" right after the name, whatever governs the name: "the promotion
of X as the new mines minister", "named the chief of staff, X, as Madagascar's new defense
minister", "posts, including X as minister of foreign affairs, Y as minister of education", "will
have X, the current Minister for Aid, as his Deputy Foreign Minister".

Why: the verb rules read "named X as T" when X is the verb's object (left to them here), and gapped_posts reads the
later items of a list whose verb took the first "as"; a name that is an apposition of the object,
the object of a noun ("promotion of X"), of "including", or the first item of such a list, was
left without its post. The "as" joins the name to the title whatever the parse makes of it, so
the name is read here from its tokens: NAME [, its apposition ,] as [the|COUNTRY's] [new] TITLE.
Only ministerial titles (a word of titles.json "as_post_heads": minister, secretary) are read, a
national post whose body the title's portfolio gives ("Ministry of Mines" of the story's or the
named country); other "as" phrases ("as a result", "as well as", "as chairman") are left to the
rules that know their bodies.
"""
from __future__ import annotations

from graph.schema import PERSON

from .. import doc_index
from .. import gazetteer as gz
from ..doc_index import any_of, words
from ..lexicon import EVENT_VERBS, load
from .appositions import phrase_after, title_phrase
from .facts import Position
from .gapped_posts import NOT_GAPPED, gapped_as
from .titles import ARTICLES, headed, title_tokens, without_leading

AS_POST_HEADS = frozenset(load("titles")["as_post_heads"])   # "minister", "secretary"
LEADING = ARTICLES + ("new", "his", "her", "their", "its")


def _as_after(doc, m, sent) -> int | None:
    """The index of the "as" that follows the name: at once ("X as T"), after a comma ("X, as
    T"), or after the name's own apposition between commas ("X, the current minister for aid,
    as T")."""
    low = doc_index.lowers(doc)
    k = m.end
    if k < sent.end and low[k] == ",":
        k += 1
    if k + 1 < sent.end and low[k] == "as":
        return k
    if m.end >= sent.end or low[m.end] != ",":
        return None
    root = doc[m.start:m.end].root
    appos = next((c for c in root.children if c.dep_ == "appos" and c.i >= m.end), None)
    if appos is None:
        return None
    k = appos.right_edge.i + 1
    if k + 2 < sent.end and low[k] == "," and low[k + 1] == "as":
        return k + 1
    return None


def as_posts(r, sent, si, mentions) -> list[Position]:
    out = []
    if "as" not in words(sent) or not any_of(sent, AS_POST_HEADS):
        return out
    doc = sent.doc
    low = doc_index.lowers(doc)
    for m in mentions:
        if m.label != PERSON or m.entity is None or gapped_as(doc, m):
            continue   # (a later item of a list whose verb took the first "as": gapped_posts reads it)
        root = doc[m.start:m.end].root
        if root.dep_ == "dobj" and root.head.lemma_.lower() in EVENT_VERBS:
            continue   # "sacked X as home secretary": the event's verb reads the post (event_posts)
        k = _as_after(doc, m, sent)
        if k is None or low[k + 1] in NOT_GAPPED:
            continue   # "as well as", "as of"
        toks = title_tokens(phrase_after(r, sent, k + 1))
        toks = without_leading(toks, LEADING)
        bare = toks
        if len(toks) > 2 and toks[1].lower_ in ("'s", "’s") and gz.country_of(toks[0].text):
            bare = without_leading(toks[2:], LEADING)   # "as Madagascar's new defense minister"
        if not headed(bare) or not any(t.lower_ in AS_POST_HEADS for t in bare[:6]):
            continue
        out += [p for p in title_phrase(r, toks, si, m, mentions, "as-post") if p.org is not None]
    return out
