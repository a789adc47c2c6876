"""A lower-case word for a body, written before a title, names the one body of the article
called so: "tribunal Judge X" (the Special Tribunal), "the council's secretary general X" (the
city council), "the municipal manager, X" / "suspended metro housing director, X" (the
Metropolitan Municipality). The words and the name words they point at are data:
loaders/data/titles.json "body_word_owners". Round 18 (tests/test_round18_posts_linked.py).
"""
from __future__ import annotations

from graph.schema import ORGANISATION

from .. import gazetteer as gz
from ..lexicon import load

OWNER_WORDS = {k.lower(): tuple(v) for k, v in load("titles").get("body_word_owners", {}).items()}
TOWN_WORDS = frozenset(w.lower() for w in load("titles").get("body_word_places", []))


def _named(state, word: str):
    """The one organisation of the article whose name holds one of the word's name words."""
    found = {}
    for head in OWNER_WORDS.get(word, ()):
        org = state.org_by_head(head)
        if org is not None:
            found[org.id] = org
    if not found and word in TOWN_WORDS:   # "Rome's deputy mayor ... the council's secretary general X"
        orgs = [m.entity for m in state.mentions if m.label == ORGANISATION and m.entity is not None] + [
            e for e in state.ents.values() if e.label == ORGANISATION and e.used]   # ("Rome's deputy mayor": a post's town)
        found = {e.id: e for e in orgs if gz.is_place(e.name) and not gz.country_of(e.name)}
    return next(iter(found.values())) if len(found) == 1 else None


def body_word_owner(state, doc, i: int, start: int):
    """The body a lower-case word at doc[i] names before a title ("tribunal", "municipal"), or the
    word before "'s" at doc[i] ("the council's"); else None. Not a word inside a capitalised name."""
    if i < start:
        return None
    tok = doc[i]
    if tok.text in ("'s", "’s") and i - 2 >= start and doc[i - 2].lower_ == "the":
        tok = doc[i - 1]
    if not tok.is_lower or tok.lower_ not in OWNER_WORDS or state.mention_at(tok.i) is not None:
        return None
    return _named(state, tok.lower_)


def leading_body_word(state, toks: list):
    """(body, the tokens after its word) for a title phrase opened by a body word ("municipal
    manager", "metro housing director"), else None."""
    k = 0
    while k < len(toks) and toks[k].lower_ in ("the", "a", "an", "former", "suspended", "acting"):
        k += 1
    if k + 1 >= len(toks) or not toks[k].is_lower or toks[k].lower_ not in OWNER_WORDS \
            or state.mention_at(toks[k].i) is not None:
        return None
    org = _named(state, toks[k].lower_)
    return (org, toks[:k] + toks[k + 1:]) if org is not None else None
