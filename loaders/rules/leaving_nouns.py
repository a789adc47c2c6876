"""Nouns of leaving a post: "the departure of Education Minister X", "the exit of X".

Reshuffle and scandal stories often state a minister's leaving only through such a noun
("leading to the departure of Finance Minister X", "after the departure of Deputy Prime
Minister Y"). Unlike "resignation", these nouns also name trips and party exits, so they
state an event only with "of" and a person, and not "from" a party, a race or a place; "his
departure for Paris" states none. The nouns are data: triggers.json leaving_nouns.
"""
from __future__ import annotations

from ..lexicon import by_word, load
from .hedging import left_a_race
from .noun_events import noun_event

LEAVING_NOUNS = by_word(load("triggers")["leaving_nouns"])   # noun -> event type
PLACES_LEFT = frozenset(load("triggers")["moved_not_posted"]) | {"country", "city", "capital", "airport", "region"}


def left_a_place(tok) -> bool:
    """"the departure of X from the country / from the airport": a journey, not an office left."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and p.dep_ == "pobj" and (
        p.ent_type_ in ("GPE", "LOC", "FAC") or p.lemma_.lower() in PLACES_LEFT)
        for c in tok.children for p in c.children)


def leaving_noun(r, tok, sent, si) -> list:
    """The event of a leaving noun with an "of" phrase (the person it names), else none."""
    etype = LEAVING_NOUNS.get(tok.lemma_.lower())
    if etype is None or tok.pos_ != "NOUN" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return []
    if any(c.dep_ == "poss" for c in tok.children):
        return []   # "his departure of ...": a possessor is never the one who leaves here
    if left_a_race(tok) or left_a_place(tok):
        return []   # "the exit of X from the race / from the ruling party / from the country"
    return [f for f in noun_event(r, tok, etype, sent, si) if f.subjects]
