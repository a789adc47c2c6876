"""Who acts in a gerund clause whose verb has no subject of its own (round 19).

"X still trusts Y despite firing her", "In addition to removing minister Y on Friday, the
premier named ...": the one who acts is the main clause's subject, reached through the
preposition that opens the clause (phrases.clause_agent climbs to it). The small model tags
some such prepositions as subordinators ("despite"), and some are phrases built on a noun ("in
addition to", "in the course of": triggers.json gerund_phrase_nouns), where the climb stopped.
"Despite the ruling party ousting Y": a gerund with its own subject, which the parse hangs on that
subject as a clause (acl); the subject is the one who acts.
"""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from ..lexicon import word_set

PHRASE_NOUNS = word_set("triggers", "gerund_phrase_nouns")


def opening_preposition(v) -> bool:
    """v opens a clause as a preposition, whichever tag the model gave it ("after", "despite")."""
    return v.dep_ == "prep" and v.pos_ in ("ADP", "SCONJ") and v.head.i != v.i


def phrase_verb(v):
    """The verb a phrase-preposition noun hangs on ("In addition to removing Y, the premier
    named ...": "addition" -> "named"), or None."""
    if v.dep_ != "pobj" or v.lemma_.lower() not in PHRASE_NOUNS or v.head.dep_ != "prep":
        return None
    h = v.head.head
    return h if h.pos_ in ("VERB", "AUX") else None


def own_subject(r, v):
    """"Despite the ruling party ousting Y": the body or person a gerund's clause hangs on as its subject."""
    if v.dep_ != "acl" or v.tag_ != "VBG" or v.head.dep_ != "pobj" or v.head.pos_ not in ("PROPN", "NOUN") \
            or not any(c.dep_ == "dobj" for c in v.children):
        return None
    e = r.entity_at(v.head)
    return e if e is not None and e.label in (ORGANISATION, PERSON) else None
