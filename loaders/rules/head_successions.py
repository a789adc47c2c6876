"""(round 25) When a head of state or government "replaced" someone, did he remove him or take his
place? rules/replacements.head_removals reads "President X replaced the finance minister Y" as a
removal (X keeps his own post). It is a succession when:

- the head himself came into office in the story: his appointment, swearing-in or election was
  read in this sentence or before ("Mozambique's new President X has been sworn into office ...
  President X is replacing Y, who led a transition government");
- or Y is said, in the same sentence, to have left of his own accord ("X ... replaced former
  Congress speaker Y, who resigned Sunday"): no one removed him.

Then "replaced" is read as X replacing Y (REPLACED), not as X dismissing Y.
"""
from __future__ import annotations

from ..lexicon import EVENT_VERBS
from .phrases import trigger_lemma

LEAVING = {w for w, t in EVENT_VERBS.items() if t == "RESIGNATION"}   # resign, quit, retire


def _left_of_own_accord(obj) -> bool:
    """A relative clause on obj whose verb is a leaving of one's own ("who resigned Sunday",
    "who stepped down", "who is retiring")."""
    for c in obj.children:
        if c.dep_ != "relcl" or not any(s.dep_ == "nsubj" and s.tag_ in ("WP", "WDT") for s in c.children):
            continue
        if trigger_lemma(c) in LEAVING or (c.lemma_.lower() == "step" and any(
                p.dep_ == "prt" and p.lower_ in ("down", "aside") for p in c.children)):
            return True
    return False


def succeeded(r, head, obj) -> bool:
    """head's "replaced obj" is a succession, not a removal (see the module's docstring)."""
    return any(e is head for e, _ in r.recent_in) or _left_of_own_accord(obj)
