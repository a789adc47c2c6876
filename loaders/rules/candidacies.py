"""A candidacy put forward for a post by someone other than the appointer is a nomination (round 25).

Where a legislature or a council makes the appointment, the head of state or of government
proposes the one it is to vote on, and the story says so with a noun: "The President
submitted the candidacy of X for the post of Kostroma Region governor for consideration by
the Kostroma Region Duma", "Y submitted for consideration by the Legislative Assembly the
candidacy of X for the post of Head of the Republic", "Y put forward X's candidacy". The
verb puts the candidacy forward (triggers.json "putting_forward_verbs"), the noun is the
candidacy (triggers.json "candidacy_nouns"), the one it names is nominated, and the one who
puts it forward is the agent. Not a nomination: a candidacy its own holder puts forward ("X
submitted his candidacy for the presidential election": a candidate in a race), a hedged
verb ("plans to submit the candidacy"), a candidacy no verb of putting forward governs ("X
withdrew his candidacy").

The candidate holds no post yet: the event keeps the post it names, but it gives no
HOLDS_POSITION (extra "candidate": facts.EventFact.gives_post).
"""
from __future__ import annotations

import re

from graph.schema import PERSON

from ..doc_index import any_of
from ..lexicon import load
from .details import date_of, post_in
from .facts import EventFact
from .hedging import hedged
from .per_story import per_story, the_one

_TRIGGERS = load("triggers")
CANDIDACY_NOUNS = frozenset(_TRIGGERS.get("candidacy_nouns", []))
PUTTING_FORWARD = frozenset(_TRIGGERS.get("putting_forward_verbs", []))
CLIMB = frozenset({"dobj", "conj", "pobj", "prep", "agent", "appos", "nsubjpass"})   # from the noun up to its verb
CANDIDACY_WORDS = CANDIDACY_NOUNS | {w + "s" for w in CANDIDACY_NOUNS} | {"candidacies"}
OFFICE_WORDS = frozenset({"president", "governor", "premier", "chairman", "head"})   # "The President submitted ..."
POST_NOUNS = frozenset({"post", "posts", "position", "positions", "office"})
AFTER_POST = re.compile(r"\s+for\s+(?:consideration|approval|appointment)\b.*$", re.I)
POSTS_OF = re.compile(r"^(?:the\s+)?posts?\s+of\s+(?:(?:the|these|those)\s+)?", re.I)   # "the posts of these regions' governors"


def _verb_of(tok):
    """The verb that governs the candidacy noun through objects, coordinated nouns and
    prepositions ("submitted the candidacy of A for consideration by B and the candidacy of C":
    the parse may hang the second candidacy on B), or None."""
    k, steps = tok, 0
    while k.dep_ in CLIMB and k.head.i != k.i and steps < 6:
        k, steps = k.head, steps + 1
        if k.pos_ == "VERB":
            return k
    return None


def _candidate(r, tok):
    """The person whose candidacy tok is: "the candidacy of X" or "X's candidacy"."""
    for c in tok.children:
        if c.dep_ == "poss":
            who = r.entity_at(c, PERSON)
            if who is not None or c.lower_ in ("his", "her", "their", "its"):
                return who, c.lower_ in ("his", "her", "their")
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    return r.entity_at(p, PERSON), False
    return None, False


def _post(r, tok, verb):
    """"for the post of Head of the Republic" on the noun, else on the verb."""
    for holder in (tok, verb):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "for" and any(
                    p.dep_ == "pobj" and p.lower_ in POST_NOUNS for p in c.children):
                found, span = post_in(r, c)
                if found:
                    return POSTS_OF.sub("", AFTER_POST.sub("", found)).strip() or None, span
    return None, None


@per_story
def _submitter(st):
    """The one person of the article who is the named subject of putting a candidacy forward
    ("Dmitry Medvedev submitted candidacies for the posts of ... governors" in a notice whose
    body says "The President submitted ..."); None if none or two. Read once per article."""
    found = {}
    for sent in st.sents:
        if not any_of(sent, CANDIDACY_WORDS):
            continue
        for t in sent:
            if t.lemma_.lower() not in CANDIDACY_NOUNS or t.dep_ != "dobj" or t.head.lemma_.lower() not in PUTTING_FORWARD:
                continue
            for c in t.head.children:
                m = st.mention_of(c) if c.dep_ == "nsubj" else None
                if m is not None and m.label == PERSON and m.entity is not None:
                    found[m.entity.id] = m.entity
    return the_one(found.values())


def put_forward(r, tok, sent, si) -> list[EventFact]:
    """"Y submitted the candidacy of X for the post of T": X's NOMINATION to T by Y."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CANDIDACY_NOUNS:
        return []
    verb = _verb_of(tok)
    if verb is None or verb.lemma_.lower() not in PUTTING_FORWARD or hedged(verb):
        return []
    if verb.lemma_.lower() == "put" and not any(c.lower_ == "forward" for c in verb.children):
        return []   # "put forward", not "put an end to his candidacy"
    who, own = _candidate(r, tok)
    if who is None:
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    agent = r.agent_by(verb) if passive else r.clause_agent(verb)
    if agent is None and not passive and any(c.dep_ == "nsubj" and c.lower_ in OFFICE_WORDS for c in verb.children):
        agent = _submitter(r.state)   # "The President submitted ...": the one the item names as doing so
    if own or agent is who:
        return []   # "X submitted his candidacy": a candidate in a race, no one nominates
    position, span = _post(r, tok, verb)
    return [EventFact("NOMINATION", si, [who], agent, date_of(r, verb, sent), position,
                      rule=f"candidacy:{verb.lemma_.lower()}", strength=0.75,
                      extra={"position_span": span, "candidate": True})]
