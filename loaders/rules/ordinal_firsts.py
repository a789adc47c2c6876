""""X is the fourth minister to resign since the election", "X became the first provincial chief
to face charges", "Y resigned, becoming the second official to quit the cabinet": an act told by
an infinitive on a counted or ranked noun ("first", "second", "latest", "highest-ranking") that a
copula ("be", "become") gives its subject. The noun names no one, so the act is the subject's.
Not under a modal or a negation ("X would be the first to resign", "X is not the first to quit"):
that is no act yet. (Participles, "the fifth minister to be charged", are read in
rules/verb_events.subjects_of_participle.)"""
from __future__ import annotations

from graph.schema import PERSON

from ..lexicon import word_set

COPULAS = ("be", "become")
NOT_YET = word_set("triggers", "not_yet_words")


def ranked(noun) -> bool:
    """"the first provincial chief", "the fourth minister", "the highest-ranking official"."""
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJS" or c.lower_.endswith("-ranking"))
               for c in noun.children)


def ordinal_firsts(r, tok) -> list:
    """The persons who did the act of the infinitive tok, when it hangs on a ranked noun that a
    copula gives its subject ("X is the fourth minister to resign"), else []."""
    if tok.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return []
    noun = tok.head
    cop = noun.head
    if noun.dep_ != "attr" or cop.lemma_.lower() not in COPULAS or not ranked(noun):
        return []
    if any(c.dep_ in ("aux", "neg") and c.lower_ in NOT_YET for c in cop.children):
        return []
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if subj is None and cop.dep_ in ("advcl", "conj", "xcomp"):   # "X resigned, becoming the second official to quit"
        subj = next((c for c in cop.head.children if c.dep_ == "nsubj"), None)
    return [x for x in r.people(subj) if x.label == PERSON] if subj is not None else []
