"""The one whose decision an act is: "President Zuma's decision to remove Gordhan", "the decision by
President X to sack Y", "Ramaphosa's move to re-appoint Z" (round 13).

Comment and court reports name the act through the decision that made it: the verb hangs as an
infinitive on a noun such as "decision", and the one who decided is that noun's possessor or its
"by" phrase, not the subject of the sentence ("X's decision to fire Y surprised many"). The nouns
are data: loaders/data/triggers.json "deciding_nouns"."""
from __future__ import annotations

from ..lexicon import word_set

DECIDING_NOUNS = word_set("triggers", "deciding_nouns")


def decider(r, verb):
    """The person or body whose decision the infinitive verb is, or None."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i == verb.i or noun.pos_ != "NOUN" or noun.lemma_.lower() not in DECIDING_NOUNS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":   # (a pronoun's owner is left to the pronoun rules)
            return r.entity_at(c) or r.person(c)
        if c.dep_ == "prep" and c.lower_ == "by" and c.i < verb.i:
            return r.object_agent(c)
    return None
