"""A person counted into a group that a participle describes: "X was one of six officers
arrested last year", "X is one of three former ministers charged with fraud", "X, one of 12
officials detained on Monday, denied it": what befell the group befell X."""
from __future__ import annotations

COUNTING_WORDS = {"one"}   # "one of the N ...": the person is a member of the group


def one_of(r, group) -> list:
    """The persons that "one of <group>" is said of, when group is that phrase's noun."""
    of = group.head
    if group.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in COUNTING_WORDS:
        return []
    one = of.head
    if one.dep_ == "attr" and one.head.lemma_ == "be":   # "X was one of six officers arrested"
        return [x for c in one.head.children if c.dep_ == "nsubj" for x in r.people(c, lists=False)]
    if one.dep_ == "appos":   # "X, one of 12 officials arrested on Monday, ..."
        return r.people(one.head, lists=False)
    return []
