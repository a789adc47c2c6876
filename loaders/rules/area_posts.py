"""The holder of a region post (loaders/area_titles.py) holds it at the place's body:
  "Kigoma Regional Commissioner X" / "the Volta Regional Minister, Hon. X"   (before the name)
  "X, the current Bungoma County Commissioner"                               (apposition after)
  "appointed X as Kigoma Regional Commissioner", "X ... to become the new Arusha Regional
  Commissioner", "X will assume the role of Oti Regional Minister"          (the post X takes)
The body is the place with its area's noun ("Kigoma Region", "Bungoma County"); the title keeps
the adjective ("Regional Commissioner").
"""
from __future__ import annotations

from graph.schema import PERSON

from ..area_titles import AreaPost, area_posts
from .facts import Position
from .titles import before_honorifics

# words that may stand between "as" / a comma and the post
LEAD_WORDS = frozenset({"the", "a", "new", "current", "incumbent", "substantive", "acting", "former", "then",
                        "outgoing", "sitting"})
# words before the post that say the person takes it
TAKING_WORDS = frozenset({"as", "become", "becomes", "became", "becoming"})
POST_NOUNS = frozenset({"role", "post", "position", "office", "seat"})
FORMER_WORDS = frozenset({"former", "then", "outgoing"})


def _lead(doc, i: int, start: int) -> int:
    """Index of the first token before i that is no lead word ("the new", "the current")."""
    while i >= start and doc[i].lower_ in LEAD_WORDS:
        i -= 1
    return i


def _former(doc, post: AreaPost, start: int) -> bool:
    return any(doc[j].lower_ in FORMER_WORDS for j in range(max(start, post.start - 3), post.start))


def _taken_after(doc, post: AreaPost, m, sent, persons) -> bool:
    """"X ... as / to become / the role of <post>": no other person between X and the post."""
    j = _lead(doc, post.start - 1, sent.start)
    if j < m.end:
        return False
    taking = doc[j].lower_ in TAKING_WORDS or (
        doc[j].lower_ == "of" and j - 1 >= sent.start and doc[j - 1].lower_ in POST_NOUNS)
    return taking and not any(p.start >= m.end and p.end <= post.start for p in persons) and j - m.end <= 10


def sentence_posts(sent, mentions) -> list[AreaPost]:
    """The region posts written in the sentence, found once for all its persons (no place takes in
    a person's name)."""
    taken = {i for x in mentions if x.label == PERSON and x.entity is not None for i in range(x.start, x.end)}
    return area_posts(sent.doc, sent.start, sent.end, taken)


def area_post_positions(r, sent, si, m, mentions, posts: list[AreaPost]) -> list[Position]:
    """The region posts (of `sentence_posts`) that person mention m holds."""
    doc = sent.doc
    persons = [x for x in mentions if x.label == PERSON and x.entity is not None]
    out = []
    for post in posts:
        k = before_honorifics(doc, m.start - 1, sent.start)
        if k == post.end - 1:
            rule = "area-post:before"   # "Kigoma Regional Commissioner X"
        elif k >= sent.start and doc[k].text == "," and post.end == k:
            rule = "area-post:apposition-before"   # "the Volta Regional Minister, Hon. X"
        elif m.end < sent.end and doc[m.end].text == "," and _lead(doc, post.start - 1, sent.start) == m.end:
            rule = "area-post:apposition-after"   # "X, the current Bungoma County Commissioner"
        elif _taken_after(doc, post, m, sent, persons):
            rule = "area-post:taken"   # "appointed X as Kigoma Regional Commissioner"
        else:
            continue
        org = r.state.org_entity(post.body, None)
        r.add_title(m.entity, post.title)
        out.append(Position(m.entity, post.title, org, si, rule, 0.8, _former(doc, post, sent.start)))
    return out
