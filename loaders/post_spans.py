"""A post the model read as a body (round 19): "Ministers of State", "Minister for Economic
Affairs and Planning", "Founder of X Party", "the Clerk of Parliament".

The title rules of mentions.is_title_fragment and ner_repair._drop_leading_title knew a post
by its singular title head and its "of". Here the words that also begin a post: a plural head
("Ministers of State"), and person-role nouns that are no title heads of the gazetteer
("Founder", "Clerk", names.json post_role_nouns).
"""
from __future__ import annotations

from spacy.tokens import Span

from . import gazetteer as gz
from .lexicon import word_set
from .rules.titles import PORTFOLIO_WORDS, plural_head

ROLE_NOUNS = word_set("names", "post_role_nouns")   # "founder", "clerk"
LEGISLATURES = word_set("names", "legislatures")   # "parliament", "national assembly"
GENERAL_TITLES = word_set("names", "general_title_words")   # "Solicitor" (General)
PORTFOLIO_EXTRA = word_set("names", "portfolio_extra_words")   # "Operations" (Director)
POST_WORDS = PORTFOLIO_WORDS | PORTFOLIO_EXTRA | word_set("names", "portfolio_tail_words")   # "Public Relations"


def title_word(tok) -> bool:
    """A title head, singular or plural ("Minister", "Ministers")."""
    return tok.lower_ in gz.TITLE_HEADS or plural_head(tok.lower_)


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


def before_title_head(span) -> bool:
    """Words of a title before its head, read as a body: "Solicitor" of "Solicitor General X",
    "Operations" of "Operations Director X" (a portfolio word no ministry domain spells)."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or not nxt.text[:1].isupper() or not title_word(nxt):
        return False
    toks = [t for t in span if not t.is_punct]
    if len(toks) == 1 and nxt.lower_ == "general" and (toks[0].lower_ in GENERAL_TITLES or toks[0].lower_ in gz.TITLE_WORDS):
        return True
    return len(toks) == 1 and toks[0].lower_ in PORTFOLIO_EXTRA and toks[0].text[:1].isupper()


def mend(doc, out):
    """A body's name run into the words of a post after it, the post's head next: "Police
    Public Relations" + "Officer" is the police; "Chief High Court" + "Judge" is the High Court."""
    res = []
    for x in out:
        nxt = doc[x.end] if x.end < len(doc) else None
        if x.label_ != "ORG" or len(x) < 2 or nxt is None or not nxt.text[:1].isupper() or not title_word(nxt) \
                or nxt.lower_ in gz.ORG_HEADS:
            res.append(x)
            continue
        heads = [t.i for t in x if t.lower_ in gz.ORG_HEADS]
        if heads and heads[-1] + 1 < x.end and all(t.lower_ in POST_WORDS for t in doc[heads[-1] + 1:x.end]):
            x = Span(doc, x.start, heads[-1] + 1, label="ORG")   # "Police" | "Public Relations Officer"
        elif heads and x[0].text[:1].isupper() and x[0].lower_ in gz.TITLE_HEADS and x[0].lower_ not in gz.ORG_HEADS \
                and x[1].text[:1].isupper() and x[1].lower_ not in ("of", "for", "'s", "’s") \
                and all(t.text[:1].isupper() or t.lower_ in ("of", "and", "the", "for") for t in x[1:]):
            x = Span(doc, x.start + 1, x.end, label="ORG")   # "Chief" | "High Court Judge"
        res.append(x)
    return res
