"""Events stated by a verb and a fixed phrase, read from loaders/data/triggers.json "phrasal":
"X took office", "assumed the post of", "takes over the defense portfolio" (APPOINTMENT),
"stepped down", "vacated his seat" (RESIGNATION), "was placed on leave" (SUSPENSION).

The subject is the verb's grammatical subject ("who took office": the relative clause's
noun; "Among those to assume office are X": the names after the copula), or, for
"placed X on leave", the object or passive subject.
"""
from __future__ import annotations

from graph.schema import PERSON

from ..lexicon import load
from .coordination import included
from .details import date_of, position_of
from .facts import EventFact
from .hedging import hedged


def _entries():
    return load("triggers").get("phrasal", [])


def match(tok) -> dict | None:
    """The phrasal entry tok's verb and its dependents fit, or None."""
    lemma = tok.lemma_.lower()
    for e in _entries():
        if lemma not in e["verbs"]:
            continue
        kids = list(tok.children)
        if "objects" in e and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in e["objects"] for c in kids):
            return e
        if "particles" in e and any(c.dep_ in ("prt", "advmod") and c.lower_ in e["particles"] for c in kids):
            return e
        if "preps" in e and any(c.dep_ == "prep" and c.lower_ in e["preps"] and any(
                p.dep_ == "pobj" and p.lemma_.lower() in e["prep_objects"] for p in c.children) for c in kids):
            return e
        # "takes over the defense portfolio": the object hangs on the particle
        if "objects" in e and any(c.dep_ == "prt" for c in kids) and any(
                c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in e["objects"] for k in kids for c in k.children):
            return e
    return None


def _grammatical_subjects(r, tok) -> list:
    for c in tok.children:
        if c.dep_ == "nsubj":
            if c.lower_ in ("who", "that"):   # "X, who took office": X only, never a guess
                m = r.state.mention_at(tok.head.i) if tok.dep_ == "relcl" else None
                return [m.entity] if m is not None and m.label == PERSON and m.entity is not None else []
            e = r.entity_at(c, PERSON)
            return [e] if e is not None else r.people(c)
    # "Among those to assume office today are X": the names the copula gives
    h = tok.head
    if tok.dep_ in ("pcomp", "acl", "relcl") and h.lower_ in ("among", "those"):
        v = h.head if h.lower_ == "among" else h.head.head
        for c in v.children:
            if c.dep_ in ("nsubj", "attr") and c.i > tok.i:
                return r.people(c)
    if tok.dep_ in ("conj", "advcl", "xcomp"):
        a = r.clause_agent(tok)
        return [a] if a is not None else []
    return []


def _portfolio_post(tok) -> str | None:
    """"takes over the defense portfolio": the minister of that portfolio."""
    for k in [tok, *tok.children]:
        for c in k.children:
            if c.dep_ in ("dobj", "pobj") and c.lemma_.lower() == "portfolio":
                mods = [m.text for m in c.children if m.dep_ in ("compound", "amod") and m.is_lower or m.dep_ == "compound"]
                if mods:
                    return " ".join(mods) + " minister"
    return None


def phrasal_event(r, tok, sent, si) -> list[EventFact]:
    e = match(tok)
    if e is None or hedged(tok, announced_ok=e["type"] == "APPOINTMENT"):
        return []
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children):
        return []   # "since X took office a year ago": background, not the news
    if e.get("object_is_subject"):
        subjects = [x for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "dative") for x in r.people(c)]
    else:
        subjects = _grammatical_subjects(r, tok)
    if not subjects and not e.get("object_is_subject"):   # "six governors quit their posts, among them X"
        subjects = included(r, next((c for c in tok.children if c.dep_ == "nsubj"), None))
    subjects = [s for s in subjects if s is not None and s.label == PERSON]
    if not subjects:
        return []
    position, span = position_of(r, tok)
    position = position or _portfolio_post(tok)
    return [EventFact(e["type"], si, subjects, None, date_of(r, tok, sent), position,
                      rule=f"phrasal:{tok.lemma_.lower()}", strength=0.75, extra={"position_span": span})]
