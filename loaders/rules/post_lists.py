"""One appointing verb, several persons each with their own post: "Maliki named X, a Shi'ite,
as his interior minister; General Y as the defense minister; and another Shi'ite, Z, as the
new head of national security". Each "NAME ... as POST" segment becomes its own event with
its own post; the verb's subject is the agent of all of them. Also the other ways a passage
lists persons with the posts they get: "the changes include X as chief of naval staff"
(`included_changes`) and "X is the new finance minister" (`new_holders`).
"""
from __future__ import annotations

from graph.schema import PERSON

from .. import doc_index, gazetteer as gz
from ..lexicon import REPORTING_VERBS, load
from .hedging import hedged
from .details import date_of, post_in
from .facts import EventFact

OBJECT_DEPS = ("dobj", "oprd", "conj", "appos", "npadvmod", "dative")
CHANGE_NOUNS = frozenset(load("triggers")["change_nouns"])
CONTRASTING = {"while", "whereas", "whilst"}   # "X becomes A while Y is the new B"


def paired_posts(r, tok, etype: str, sent, si: int, agent) -> list[EventFact]:
    preps = sorted((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), key=lambda c: c.i)
    if len(preps) < 2:
        return []
    objects = sorted((c for c in tok.children if c.dep_ in OBJECT_DEPS and c.pos_ in ("PROPN", "NOUN")
                      and c.i > tok.i), key=lambda c: c.i)
    out, start = [], tok.i
    for prep in preps:
        persons = []
        for o in objects:
            if start < o.i < prep.i:
                persons += [p for p in r.people(o, lists=False) or r.named_in_phrase(o)
                            if p.label == PERSON and p is not agent and p not in persons]
        start = prep.i
        if len(persons) != 1:
            continue
        post, span = post_in(r, prep)
        if post:
            out.append(EventFact(etype, si, persons, agent, date_of(r, tok, sent), post,
                                 rule=f"verb:{tok.lemma_.lower()}:each-as", strength=0.8,
                                 extra={"position_span": span}))
    return out if len(out) >= 2 else []


def included_changes(r, tok, sent, si: int) -> list[EventFact]:
    """"Other changes approved by President X ... include Rear Admiral Y as chief of naval
    staff": the persons a change noun's "include" lists, each with their post; the agent is
    the by-phrase on the changes, or the one who announced them (rules/announcements)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.lemma_.lower() != "include" or subj is None or subj.lemma_.lower() not in CHANGE_NOUNS:
        return []
    agent = next((r.agent_by(c) for c in subj.children if c.dep_ == "acl" and r.agent_by(c) is not None), None)
    out = []
    for o in (c for c in tok.children if c.dep_ in ("dobj", "attr")):
        persons = [p for p in r.people(o) if p.label == PERSON]
        prep = next((c for c in list(tok.children) + list(o.children) if c.dep_ == "prep" and c.lower_ == "as"), None)
        post, span = post_in(r, prep) if prep is not None else (None, None)
        if len(persons) == 1 and post:
            out.append(EventFact("APPOINTMENT", si, persons, agent, date_of(r, tok, sent), post,
                                 rule="include:change", strength=0.7, extra={"position_span": span}))
    return out


def new_holders(r, tok, sent, si: int) -> list[EventFact]:
    """"X is the new finance minister", "The new ministers are A and B": a copula between
    persons and a title said to be new."""
    if "new" not in doc_index.lowers(tok.doc):
        return []   # (every event below needs a title with "new"; hedged() is the costly test)
    reported = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_VERBS   # "X is the new acting chief, Y said"
    if tok.lemma_ != "be" or (tok.dep_ not in ("ROOT", "conj", "advcl") and not reported) \
            or hedged(tok, announced_ok=True):   # "..., and Y is the new Z"
        return []
    if tok.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in CONTRASTING for c in tok.children):
        return []   # "X becomes A while Y is the new B": a second change of the same list; not "if Y is the new B"
    sides = [c for c in tok.children if c.dep_ in ("nsubj", "attr")]
    if len(sides) != 2:
        return []
    for title, named in (sides, sides[::-1]):
        if title.lower_.rstrip("s") not in gz.TITLE_WORDS and title.lower_ not in gz.TITLE_WORDS:
            continue
        if not any(c.dep_ == "amod" and c.lower_ == "new" for c in title.children):
            continue
        persons = [p for p in r.people(named) if p.label == PERSON]
        if not persons:
            continue
        post = " ".join(t.text for t in title.subtree if t.i <= title.i and t.dep_ in ("compound", "amod")
                        and t.lower_ != "new" and t.head.i == title.i)
        post = (post + " " + title.lemma_).strip() if title.tag_ == "NNS" else (post + " " + title.text).strip()
        return [EventFact("APPOINTMENT", si, persons, None, date_of(r, tok, sent), post, rule="copula:new-title",
                          strength=0.7)]
    return []
