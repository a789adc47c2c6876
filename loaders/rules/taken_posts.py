"""A post noun that belongs to the one who held it, taken by another (round 18): "Y assumed the
position of X", "Y will be filling the place of X", "X resigned from the Ministry of Z, a position
that will be assumed by Y". replacements.take_over read only a possessive owner ("took X's
place"); these name the owner by "of", or by the post X has just left. Either way Y replaces X."""
from __future__ import annotations

from graph.schema import PERSON

from ..doc_index import any_of
from ..lexicon import word_set
from .facts import EventFact
from .hedging import hedged
from .per_story import the_one

TAKEN_POSTS = word_set("links", "taken_post_nouns")   # "place", "post", "position", "role", ...
TAKING_VERBS = word_set("links", "taken_post_verbs")   # "take", "assume", "fill": the verbs by which one takes a post


def post_owner(r, post):
    """The person "the position of X" names (None for "the post of finance minister")."""
    for c in post.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            p = next((x for x in c.children if x.dep_ == "pobj"), None)
            return r.entity_at(p, PERSON) if p is not None and p.pos_ == "PROPN" else None
    return None


def assumed_post(r, sent, si: int, found: list[EventFact]) -> list[EventFact]:
    """"X resigned from A, a position that will be assumed by Y": the post noun X's leaving
    names is taken (a passive relative clause with a person by-agent): Y replaces X, the one
    person who left a post in this sentence or the one before."""
    out = []
    if not any_of(sent, TAKING_VERBS) or not any_of(sent, TAKEN_POSTS):
        return out   # (the taking verb and the post noun it hangs on are both in the sentence)
    for tok in sent:
        if tok.dep_ not in ("relcl", "acl") or tok.lemma_.lower() not in TAKING_VERBS \
                or tok.head.lower_ not in TAKEN_POSTS or hedged(tok, announced_ok=True):
            continue
        by = next((p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        successor = r.entity_at(by, PERSON) if by is not None else None
        left = [s for f in found if f.type in ("DISMISSAL", "RESIGNATION") for s in f.subjects] \
            + [e for e, at in r.recent_left if si - 1 <= at <= si]
        predecessor = the_one({id(e): e for e in left}.values())
        if successor is None or predecessor is None or successor is predecessor \
                or successor.label != PERSON or predecessor.label != PERSON:
            continue
        out.append(EventFact("APPOINTMENT", si, [successor], None, None, None, rule="verb:assumed-post",
                             strength=0.7, successor=successor, predecessor=predecessor))
    return out
