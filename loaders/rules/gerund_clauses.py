"""'X joined a law firm after resigning from the cabinet', 'Since taking office, she has
visited ...', 'X, who visits Kenya for the first time since assuming her post': an active
gerund after a time preposition has no subject of its own; English gives it the subject of the
clause it hangs on. Without this the intransitive changes (resign, step down, take office) in
such clauses had no one to happen to. "before" is left out: "Before taking his most recent
post, X ran the prisons" is background the stories do not report as a change."""
from __future__ import annotations

from graph.schema import PERSON

from ..lexicon import word_set
from .phrases import climb_to_verb

TIME_PREPS = word_set("triggers", "gerund_time_preps")   # after, since, following, upon, on


def gerund_clause_subjects(r, tok) -> list:
    """The persons who are the subject of the clause an active gerund after a time preposition
    hangs on ("X left ... days after resigning": X); [] when tok is no such gerund."""
    prep = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or prep.dep_ not in ("prep", "advcl") \
            or prep.lower_ not in TIME_PREPS or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in tok.children):
        return []
    v = climb_to_verb(prep.head)   # "for the first time since assuming her post": the verb of "time"
    for c in v.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in ("who", "that") and v.dep_ == "relcl":   # "X, who joined a firm after resigning"
            e = r.entity_at(v.head, PERSON)
            return [e] if e is not None else []
        return [x for x in r.people(c) if x.label == PERSON]
    return []
