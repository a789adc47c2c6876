"""Who a post verb is said of. post_verbs (posts stated by a verb) and held_posts (posts
held over a span, "served 28 years as ...") both need it; it lives here so neither module
imports the other.
"""
from __future__ import annotations

from graph.schema import PERSON

from ..lexicon import load
from .. import post_nominals
from .lead_clauses import chained_antecedent

APPOINTING = frozenset(w.lower() for w in load("titles").get("appointing_verbs", []))   # the post is given to the object
GOING_ON = frozenset(load("triggers")["going_on_verbs"])   # "will continue to serve as"


def post_holder(r, verb, lemma: str = ""):
    """The person a post verb is said of: its subject, the noun a relative clause hangs on, or
    the person a pronoun stands for; for a verb by which others give the post ("appointed X
    head of Y", "elected X speaker") the object of the active verb or the passive subject."""
    if lemma in APPOINTING:
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is None:
            # "appointed X as Y", "appointed X head of Y" (X inside the object), "swore in X as Y"
            cands = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            cands += [t for c in cands for t in c.lefts]
            cands += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                      if p.dep_ == "pobj"]
            for c in cands:
                m = r.state.mention_at(c.i)
                if m is not None and m.label == PERSON and m.entity is not None:
                    return m.entity
            return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj = next((c for c in subjects if r.state.mention_at(c.i) is not None
                 and r.state.mention_at(c.i).label == PERSON), subjects[0] if subjects else None)
    if subj is None and (verb.dep_ == "conj" or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in GOING_ON)):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)   # "X will continue to serve as"
    if subj is None:
        return None
    if subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
    m = r.state.mention_at(subj.i)
    if m is None and (named := post_nominals.name_before_letters(subj)) is not None:   # "X AO recently finished ..."
        m = r.state.mention_at(named.i)
    if m is not None and m.label == PERSON and m.entity is not None:
        return m.entity
    if subj.lower_ in ("he", "she"):
        return chained_antecedent(r.state, subj)   # (through a run of "He ... he ..." sentences: lead_clauses)
    return None
