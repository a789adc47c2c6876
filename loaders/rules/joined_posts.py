"""Two posts, or two bodies, joined by "and" in one title phrase after "to be" or "served as".

- "X was a former chairman of A and a former member of B", "X is a former president of A and
  former minister of state in B": the first post already names its body, so what follows "and"
  is a second post with its own body, not more of the first title (read as one, the first body
  was lost and a body "A and member of B" made up).
- "X was Secretary of the Department of A and the Department of B": one title at two bodies;
  (round 23) also with no "the" before the second ("served as deputy director at A Police and B
  Police").
- (round 20) "X has been Cabinet Secretary and Head of the Civil Service", "X served as Transport
  Minister and chairman of Y": a first post whose body is written before its head is whole; and
  before a name, "the new A Department Spokesman and Acting Assistant Secretary of B X": the
  title rules read the title next to the name, `first_joined_title` the one before "and".
A title with no body before "and" ("president and chief executive of Y") stays one phrase: both
words are Y's. Round 18 (tests/test_round18_posts_linked.py).
"""
from __future__ import annotations

from .. import gazetteer as gz
from ..mentions import Mention
from .appositions import title_phrase
from .facts import Position
from .titles import ARTICLES, before_honorifics, has_head

SKIP = ARTICLES + ("also", "later", "then", "former", "ex", "previously")   # before the second title's head
MEMBER_WORDS = frozenset({"member", "members"})


def split_posts(r, toks: list, mentions) -> list[list]:
    """The title phrase cut into one phrase per post: at an "and" (outside a body's name) that
    follows a named body, when a title head or another body's name opens what follows."""
    for k, t in enumerate(toks):
        if t.lower_ != "and" or k < 2 or r.org_mention_at(mentions, t.i) is not None:
            continue
        before, rest = toks[:k], toks[k + 1:]
        last = r.org_mention_at(mentions, before[-1].i)
        if (last is None or last.end != t.i) and before[-1].ent_type_ != "ORG" and not _body_then_head(r, before, mentions):
            return [toks]   # the first post names no body of its own right before "and"
        probe = rest
        while probe and probe[0].lower_ in SKIP:
            probe = probe[1:]
        if not probe:
            return [toks]
        second = r.org_mention_at(mentions, probe[0].i)
        if (probe[0].lower_ in gz.TITLE_HEADS or probe[0].lower_ in MEMBER_WORDS) and second is None \
                and any(r.org_mention_at(mentions, x.i) is not None for x in probe[1:]):
            while rest and rest[0].lower_ in ("also", "later", "then", "previously"):
                rest = rest[1:]
            return [before] + split_posts(r, rest, mentions)   # "chairman of A and a former member of B"
        first = next((x for x in before if r.org_mention_at(mentions, x.i) is not None), None)
        if second is not None and second.start == probe[0].i and first is not None \
                and (rest[0].lower_ == "the" or second.start == rest[0].i) \
                and all(x.i < second.end or not x.is_alpha for x in probe):   # ("the Office of A and Ministry of B": one body)
            title = [x for x in before if x.i < first.i]   # "Secretary of the" + the second body's name
            return [before, title + [x for x in probe if x.i < second.end]]
        return [toks]
    return [toks]


def _body_then_head(r, before: list, mentions) -> bool:
    """(round 20) A first post whose body or portfolio is written before its head, the head last
    ("Cabinet Secretary", "Transport Minister"): it is whole before the "and" ("Cabinet Secretary
    and Head of the Civil Service" is two posts), as "president and chief executive of Y" is not."""
    words = [t for t in before if t.lower_ not in SKIP]
    return len(words) >= 2 and words[-1].lower_ in gz.TITLE_HEADS and words[-2].text[:1].isupper() and (
        r.org_mention_at(mentions, words[-2].i) is not None or gz.portfolio(words[-2].text) is not None)


def is_member_part(toks: list) -> bool:
    """A part whose head is "member" ("a former member of the Politburo"): a membership."""
    words = [t.lower_ for t in toks if t.lower_ not in SKIP]
    return bool(words) and words[0] in MEMBER_WORDS and len(words) > 1 and words[1] == "of"


def joined_phrases(r, parts: list[list], si, m: Mention, mentions, rule: str) -> list[Position]:
    """The posts of a title phrase cut by split_posts: a later part that is a membership
    ("... and a former member of the Politburo") is MEMBER_OF its body."""
    out = []
    for n, part in enumerate(parts):
        om = next((x for x in (r.org_mention_at(mentions, t.i) for t in part) if x is not None), None)
        if n and is_member_part(part) and om is not None and om.entity is not None:
            former = any(t.lower_ in ("former", "ex") for t in part)
            out.append(Position(m.entity, "member", om.entity, si, "member:" + rule + ":joined", 0.7, former,
                                relation="MEMBER_OF"))
        else:
            out += title_phrase(r, part, si, m, mentions, rule)
    return out


def title_led_attr(be):
    """The complement of "to be" that the parser hung on the last word of two joined bodies ("was
    Secretary of the Department of A and the Department of B": the head is "B"'s last word): a
    proper-noun complement whose phrase opens with a capitalised title head and "of"/"for", and
    names a body joined by "and the"."""
    for c in be.children:
        if c.dep_ != "attr" or c.pos_ != "PROPN":
            continue
        toks = [t for t in c.doc[c.left_edge.i:c.i + 1]]
        while toks and toks[0].lower_ in ARTICLES:
            toks = toks[1:]
        if len(toks) > 3 and toks[0].text[:1].isupper() and toks[0].lower_ in gz.TITLE_HEADS \
                and toks[1].lower_ in ("of", "for") and toks[0].ent_type_ != "ORG" \
                and any(a.lower_ == "and" and b.lower_ == "the" for a, b in zip(toks, toks[1:])):
            return c
    return None


def first_joined_title(r, sent, si, m: Mention, mentions) -> list[Position]:
    """(round 20) "the new State Department Spokesman and Acting Assistant Secretary of Public
    Affairs X": two titles before a name, the first a body's name and its head right before the
    "and". The title rules read the second (next to the name); this gives the first at its body."""
    doc = sent.doc
    k = before_honorifics(doc, m.start - 1, sent.start)
    j = k
    while j > sent.start and j > k - 10 and doc[j].lower_ != "and":
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX") or (
                doc[j].is_lower and doc[j].lower_ not in ("of", "for", "the")):
            return []
        j -= 1
    if j <= sent.start + 1 or doc[j].lower_ != "and" or not has_head([t.text for t in doc[j + 1:k + 1]]):
        return []
    head = doc[j - 1]
    om = r.org_mention_at(mentions, j - 2) if head.lower_ in gz.TITLE_HEADS else None
    if om is None or om.entity is None or om.end != j - 1 or r.org_mention_at(mentions, j) is not None \
            or gz.country_of(om.text):
        return []
    return [Position(m.entity, head.text, om.entity, si, "title-before-name:joined-first", 0.75)]
