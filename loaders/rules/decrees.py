"""An appointment made through a decree: "X issued a decree appointing Y, who ..., to replace Z",
"the president signed a decree appointing Y as defence minister to replace Z". The parse hangs
"to replace Z" on the verb that issued the decree (or on the decree), not on "appointing", so
the replacement went to the issuer. The decree's appointing participle stands for the verb:
its object replaces Z, and the issuer is the agent. Decree nouns are triggers.json ordering_nouns."""
from __future__ import annotations

from ..lexicon import EVENT_VERBS, ORDERING_NOUNS


def _appointing(t) -> bool:
    return t.pos_ == "VERB" and EVENT_VERBS.get(t.lemma_.lower()) in ("APPOINTMENT", "NOMINATION")


def decree_verb(head):
    """The appointing participle of a decree that head issued ("issued a decree appointing") or
    that head is ("a decree appointing"), else None."""
    nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "dobj"]
    for n in nouns:
        if n.lemma_.lower() in ORDERING_NOUNS:
            v = next((c for c in n.children if c.dep_ == "acl" and _appointing(c)), None)
            if v is not None:
                return v
    return None
