"""Hedged statements are not facts: "could be removed", "called for his dismissal",
"denied arresting him", "if he resigns"."""
from __future__ import annotations

from ..lexicon import ANNOUNCED, HEDGES, NONFACTIVE


def hedged(tok, announced_ok: bool = False) -> bool:
    """The trigger is stated as possible, planned, demanded or denied, not as done."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ in HEDGES
                               and not (announced_ok and c.lower_ in ANNOUNCED)):
            return True
        if c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"):
            return True
    h, depth = tok, 0
    while h.head.i != h.i and depth < 4:
        if h.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "acl"):
            if h.head.lemma_ in NONFACTIVE:
                return True
        if h.dep_ in ("xcomp",) and any(c.lower_ in HEDGES and not (announced_ok and c.lower_ in ANNOUNCED)
                                        for c in h.head.children):
            return True
        h, depth = h.head, depth + 1
    return False
