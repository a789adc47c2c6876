"""Replacements stated by a noun or a phrase, not by a replacing verb: "his successor, X", "Y, X's
predecessor", "Y was named as his successor", "as minister in place of Y", "appointed to the post
vacated by Y". Split out of replacements.py: these rules start from the noun ("successor",
"place", "post") and find the verb around it, where the replacing-verb rules start from the
verb. Each gives an APPOINTMENT with a successor and a predecessor, and no event of its own."""
from __future__ import annotations

from graph.schema import PERSON

from ..gender import pronoun_gender
from ..lexicon import load, word_set
from ..mentions import EntityBuild
from .details import date_of, position_of
from .facts import EventFact
from .hedging import hedged
from .phrases import climb_to_verb


def _copula_name(r, tok) -> EntityBuild | None:
    """"His successor is X, a former banker": the person the copula names for the noun."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return None
    return next((r.person(c) for c in tok.head.children if c.dep_ == "attr"), None)


APPOINTING_AS = word_set("links", "appointing_as_verbs")   # data/links.json


UNSTATED = frozenset(load("triggers")["unstated_modifiers"])   # "a potential successor": a prospect


def successor_noun(r, tok, sent, si) -> list[EventFact]:
    """"His successor, Mahathir Mohamad", "Thuong's predecessor, Nguyen Xuan Phuc",
    "Y, X's successor": a replacement stated by a noun (not "a potential successor to X")."""
    if any(c.dep_ == "amod" and c.lower_ in UNSTATED for c in tok.children):
        return []
    owner = other = None
    for c in tok.children:
        if c.dep_ == "appos":
            other = r.person(c)
    if other is None and tok.dep_ == "appos":
        other = r.person(tok.head)
    if other is None:
        other = _copula_name(r, tok)   # "His successor is X"
    if other is None and tok.dep_ == "attr":   # "X will be Y's successor", "X is his predecessor"
        other = next((r.person(c) for c in tok.head.children if c.dep_ == "nsubj"), None)
    if other is None and tok.dep_ == "oprd":   # "X was named Y's successor", "named X Y's successor"
        other = next((r.person(c) for c in tok.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
    for c in tok.children:
        if c.dep_ == "poss":
            owner = r.person(c)
            if owner is other and c.pos_ == "PRON":   # "Wei, his predecessor": his is someone else
                owner = r.state.antecedent(c, exclude=other)
    if owner is None:   # "the successor to General Aziz", "the successor of Y": the one succeeded
        to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "of")), None)
        p = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        owner = r.person(p) if p is not None else None
    named_as = tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in APPOINTING_AS \
        and tok.lower_ == "successor"   # "Y was named as his successor": Y takes his post
    if other is None and tok.dep_ == "pobj" and tok.head.lower_ == "as":   # "named X as the successor to Y"
        v = tok.head.head
        other = next((r.person(c) for c in v.children if c.dep_ in ("dobj", "nsubjpass", "oprd")), None)
        if other is None and v.dep_ == "acl" and v.tag_ == "VBN":   # "with Y ... being named as his successor"
            other = r.person(v.head)
        if other is None:   # the parse hung "as" elsewhere: the name right before it
            m = r.state.mention_at(tok.head.i - 1)
            other = m.entity if m is not None and m.label == PERSON and m.end == tok.head.i else None
    if other is None:   # "his predecessor, Wang Yi": the name may hang on the verb
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.text == "," and tok.i + 2 < len(tok.doc):
            m = r.state.mention_at(tok.i + 2)
            other = m.entity if m is not None and m.label == PERSON else None
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if (owner is None or owner is other) and poss is not None and other is not None:
        owner = r.state.antecedent(poss, exclude=other)   # "..., with Y being named as his successor": his is X
    if owner is None or other is None or owner is other or owner.label != PERSON or other.label != PERSON:
        return []
    successor, predecessor = (other, owner) if tok.lower_ in ("successor", "replacement") else (owner, other)
    return [EventFact("APPOINTMENT", si, [successor], None, None, None,
                      rule="named-as-successor" if named_as else f"noun:{tok.lower_}",
                      strength=0.75, successor=successor, predecessor=predecessor,
                      extra={"no_event": True})]


def in_place_of(r, tok, sent, si) -> list[EventFact]:
    """"proposed X as defence minister in place of Y": X replaces Y."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    p = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    predecessor = r.person(p) if p is not None else None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    h = tok.head.head
    successor = r.person(h) if h.pos_ in ("NOUN", "PROPN") else None
    h = climb_to_verb(h)
    for c in h.children:
        if successor is None and (c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and h.lemma_ == "be")):
            successor = r.person(c)   # "X would be the new chief of staff, in place of Y"
    if predecessor is None and poss is not None:   # "was named chancellor in his place": his is not the one named
        m = r.state.mention_at(poss.i)
        predecessor = m.entity if m is not None else (
            recent_leaver(r.state, si, poss, successor) or r.state.antecedent(poss, exclude=successor))
    if successor is None or predecessor is None or successor is predecessor \
            or successor.label != PERSON or predecessor.label != PERSON or hedged(h, announced_ok=True):
        return []
    position = None
    for c in tok.head.head.children:   # "as defence minister in place of Y"
        if c.dep_ == "prep" and c.lower_ == "as":
            p2 = next((x for x in c.children if x.dep_ == "pobj"), None)
            position = sent.doc[p2.left_edge.i:p2.right_edge.i + 1].text if p2 is not None else None
    if position is None and h.pos_ == "VERB":
        position = position_of(r, h)[0]   # "was named chancellor of the exchequer in his place"
    if position is None and h.lemma_ == "be":
        attr = next((c for c in h.children if c.dep_ == "attr"), None)
        position = sent.doc[attr.i:attr.right_edge.i + 1].text if attr is not None else None
    return [EventFact("APPOINTMENT", si, [successor], None, date_of(r, h, sent), position, rule="in-place-of",
                      strength=0.75, successor=successor, predecessor=predecessor, extra={"no_event": True})]


VACATED = word_set("links", "vacated_nouns")
STEP_IN_VERBS = word_set("links", "step_in_verbs")


def vacated_by(r, tok, sent, si) -> list[EventFact]:
    """"appointed to the post vacated by Y", "named X to fill the seat vacated by Y": the one
    appointed to that post replaces Y."""
    noun = tok.head
    if tok.dep_ != "acl" or noun.lemma_.lower() not in VACATED:
        return []
    if tok.lemma_.lower() == "hold" and not any(c.lower_ in ("previously", "formerly", "once") for c in tok.children):
        return []   # "the post previously held by Y" (the post held by Y may still be Y's)
    predecessor = r.agent_by(tok)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head   # "appointed to the post" / "fill the seat"
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.lemma_.lower() in ("fill", "take", "occupy"):
        verb = verb.head
    successor = None
    for c in verb.children:
        if c.dep_ in ("nsubjpass", "dobj") or (c.dep_ == "nsubj" and noun.dep_ in ("dobj", "pobj")
                                              and verb.lemma_.lower() in STEP_IN_VERBS):
            successor = r.person(c)   # "X steps into the role vacated by Y", "X assumed the post previously held by Y"
            break
    if successor is None or predecessor is None or successor is predecessor \
            or successor.label != PERSON or predecessor.label != PERSON or hedged(verb, announced_ok=True):
        return []
    return [EventFact("APPOINTMENT", si, [successor], None, date_of(r, verb, sent), None, rule="vacated-by",
                      strength=0.7, successor=successor, predecessor=predecessor, extra={"no_event": True})]


LEAVING = ("RESIGNATION", "DISMISSAL")
LEAVER_SENTENCES = 4


def recent_leaver(state, si: int, pron, successor):
    """Whose place "in his place" means when the story has just told of a departure: the one
    who resigned or was dismissed in this sentence or the four before (round 16: "X has
    resigned. The prime minister accepted his resignation. ... Y was appointed in his place": X,
    not the prime minister named last). None when no such departure was read."""
    want = pronoun_gender(pron.lower_)
    for f in reversed(getattr(state, "history", []) or []):
        if f.type not in LEAVING or f.sent_index < si - LEAVER_SENTENCES or f.sent_index > si:
            continue
        for e in f.subjects:
            if e is not successor and e.label == PERSON and (want is None or state.may_be(e, want)):
                return e
    return None
