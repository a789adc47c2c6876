"""Event nouns the sentence does not state as done: "the possible appointment of X" is a
prospect, "he never submitted his resignation letter" denies the resignation. The verb
rules see such hedges through their auxiliaries (hedging.py); a noun carries them in its
own modifier or in the verb that governs the letter or noun it rides on."""
from __future__ import annotations

from ..lexicon import load

UNSTATED_MODIFIERS = frozenset(load("triggers")["unstated_modifiers"])   # "possible", "imminent"
OWN_NOUN_VERBS = frozenset(load("triggers")["own_noun_verbs"])   # "tendered his resignation"
NO_ONE = frozenset(load("triggers")["no_one_subjects"])   # "none of them had tendered ..."


def unstated_noun(tok, held) -> bool:
    """tok is an event noun; held is what carries it ("his resignation letter": the letter;
    else tok). True when a modifier makes it a prospect or its own verb is denied."""
    if any(c.dep_ == "amod" and c.lower_ in UNSTATED_MODIFIERS for c in tok.children):
        return True   # "the possible appointment of X", "his imminent arrest"
    verb = held.head
    if held.dep_ != "dobj" or verb.lemma_.lower() not in OWN_NOUN_VERBS:
        return False
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "nsubj" and c.lower_ in NO_ONE for c in verb.children)   # "never submitted his resignation letter"
