"""The body of a title that names none, when the article names that body elsewhere (round 7).

org_for_title (title_orgs.py) finds a title's body from the title's own words and the country.
Some titles name no body by themselves, yet the story names it in another sentence:

  "fired central bank governor Y ... X was named as the new governor"    -> the central bank
      (a bare head word of a post the article already placed at one body: that body)

Used only when org_for_title finds nothing and the title gives no country of its own, and only for
a title written in lower case (a reference back), not "Governor X" (a state's, perhaps).
Word list: data/links.json (carried_heads)."""
from __future__ import annotations

from graph.schema import ORGANISATION

from ..lexicon import word_set
from .per_story import the_one

# head words of posts that many bodies have, said bare once the story has placed one ("the new governor")
CARRIED_HEADS = word_set("links", "carried_heads")
# words of a title that do not make it another post ("the new governor", "acting commissioner")
LOOSE_WORDS = frozenset({"new", "acting", "interim", "former", "the", "incoming", "outgoing", "then"})


def body_named_elsewhere(st, title: str):
    """"X was named as the new governor" after "central bank governor Y": a bare head word (no
    other word) of a post the article placed at exactly one body is that body's; else None."""
    if any(w[:1].isupper() for w in title.split()):
        return None   # "Governor X" beside "central bank governor Y" is as likely a state's governor
    words = [w for w in title.lower().replace("-", " ").split() if w not in LOOSE_WORDS]
    if not words or " ".join(words) not in CARRIED_HEADS:
        return None
    found = {org.id: org for key, org in st.title_orgs.items()
             if org is not None and org.label == ORGANISATION and key.split()[-len(words):] == words}
    return the_one(found.values())
