"""A post the model read as a body (round 19): "Ministers of State", "Minister for Economic
Affairs and Planning", "Founder of X Party", "the Clerk of Parliament".

The title rules of mentions.is_title_fragment and ner_repair._drop_leading_title knew a post
by its singular title head and its "of". Here the words that also begin a post: a plural head
("Ministers of State"), and person-role nouns that are no title heads of the gazetteer
("Founder", "Clerk", names.json post_role_nouns).
"""
from __future__ import annotations

from . import gazetteer as gz
from .lexicon import word_set

ROLE_NOUNS = word_set("names", "post_role_nouns")   # "founder", "clerk"
LEGISLATURES = word_set("names", "legislatures")   # "parliament", "national assembly"


def title_word(tok) -> bool:
    """A title head, singular or plural ("Minister", "Ministers")."""
    w = tok.lower_
    return w in gz.TITLE_HEADS or (w.endswith("s") and w[:-1] in gz.TITLE_HEADS)


def role_word(tok) -> bool:
    """A title head or a person-role noun written with a capital ("Founder of ...")."""
    return tok.text[:1].isupper() and (title_word(tok) or tok.lower_ in ROLE_NOUNS)


def seat_title(toks) -> bool:
    """"(the Kuantan) Member of Parliament": a seat's title, its constituency before it; the
    model reads the whole as a body."""
    words = [t.lower_ for t in toks]
    if "of" not in words or words.index("of") == 0:
        return False
    k = words.index("of")
    rest = " ".join(w for w in words[k + 1:] if w != "the")
    return words[k - 1] in ("member", "members") and rest in LEGISLATURES and all(t.text[:1].isupper() for t in toks[:k])
