"""Hedged statements are not facts: "could be removed", "called for his dismissal",
"denied arresting him", "if he resigns"."""
from __future__ import annotations

from ..lexicon import ANNOUNCED, HEDGES, NONFACTIVE

CONDITIONS = {"if", "unless"}


def hedged(tok, announced_ok: bool = False, negation_ok: bool = False) -> bool:
    """The trigger is stated as possible, planned, demanded or denied, not as done (with
    negation_ok, a "not" is part of the trigger: "pleaded not guilty")."""
    for c in tok.children:
        if (c.dep_ == "neg" and not negation_ok) or (c.dep_ in ("aux", "auxpass") and c.lower_ in HEDGES
                               and not (announced_ok and c.lower_ in ANNOUNCED)):
            return True
        if c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"):
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children) \
                and any(a.dep_ == "aux" and a.lower_ in HEDGES for a in tok.children):
            return True   # "If approved by parliament, X will replace Y": a condition on a future act
        if c.dep_ == "mark" and c.lower_ == "for" and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
            return True   # "a rally calling for Park to step down": wanted, not done
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":   # "calls grew for his resignation", "a warrant for his arrest"
        gov = tok.head.head
        if gov.lemma_.lower() in NONFACTIVE or any(c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in NONFACTIVE
                                                   for c in gov.children):
            return True
    h, depth = tok, 0
    while h.head.i != h.i and depth < 4:
        if h.dep_ == "relcl" or (h.dep_ == "acl" and h.head.pos_ == "PROPN"):
            break   # "X, who was arrested last week, denied it": the relative clause is asserted
        if h.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "acl"):
            if h.head.lemma_ in NONFACTIVE:
                return True
        if h.dep_ in ("xcomp",) and any(c.lower_ in HEDGES and not (announced_ok and c.lower_ in ANNOUNCED)
                                        for c in h.head.children):
            return True
        h, depth = h.head, depth + 1
    return False
