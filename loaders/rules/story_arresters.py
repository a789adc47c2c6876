"""One arresting body for the story's agentless arrests (round 18).

Corruption and police stories credit an arrest to a named body once ("The Anti-Graft
Commission arrested the governor"; or through the noun: "the arrest was made by officers of
the Bureau", "the Directorate revealed the arrest", "remanded to Directorate custody", "the
Constabulary said the five men arrested ... were bailed") and state the other arrests, or the
one arrest itself, with no agent: "a businessman was also arrested", "investigators arrested
nine people, including the deputy mayor". When all those credits go to one organisation that
arrests (triggers.json arresting_body_words), that body made the agentless arrests too, unless
another arresting body is named in their sentence, their day is not the body's ("X was
arrested last month" beside "the Office arrested Y on Wednesday"), or the arrest is a quoted
speaker's own ('"he was arrested in a fake case," X added': a misread pronoun, not X's arrest).
A person agent, or two bodies, leave the agentless arrests alone.
"""
from __future__ import annotations

from graph.schema import ORGANISATION

from ..doc_index import any_of
from ..lexicon import REPORTING_VERBS, load
from .acting_units import AGENT_PERSONNEL   # the people a body acts through: "investigators at X"

ARRESTING_WORDS = frozenset(load("triggers")["arresting_body_words"])


def _arrests(body) -> bool:
    return bool(set(body.name.lower().replace("-", " ").split()) & ARRESTING_WORDS)


ARREST_NOUNS = frozenset({"arrest", "arrests"})
ARREST_WORDS = ARREST_NOUNS | {"arrested", "detained"}
CUSTODY = frozenset(load("triggers")["custody_nouns"])   # "remanded to X custody"
CREDITING_VERBS = frozenset(load("triggers")["arrest_credit_verbs"])   # "the arrest was made by X", "X confirmed the arrest"


def _body_at(state, si: int, tok):
    """The arresting body tok names, or whose staff it names ("investigators at/of/from X")."""
    at = {i: m for m in state.mentions if m.sent_index == si and m.label == ORGANISATION for i in range(m.start, m.end)}
    m = at.get(tok.i)
    if m is None and tok.lemma_.lower() in AGENT_PERSONNEL:
        m = next((at.get(o.i) for p in tok.children if p.dep_ == "prep" and p.lower_ in ("at", "of", "from")
                  for o in p.children if o.dep_ == "pobj" and o.i in at), None)
    return m.entity if m is not None and m.entity is not None and _arrests(m.entity) else None


def _speaker(state, si: int) -> set:
    """ids of the persons a reporting verb of sentence si quotes ("..., X added")."""
    at = {i: m for m in state.mentions if m.sent_index == si and m.entity is not None for i in range(m.start, m.end)}
    return {id(at[c.i].entity) for t in state.sents[si] if t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB"
            for c in t.children if c.dep_ == "nsubj" and c.i in at}


def _speakers(state, si: int) -> set:
    """The speakers of sentence si's quote: its own, or the next sentence's when the quote opened
    here runs on ('"The party fears him and so he was arrested.' then '..., X added')."""
    out = _speaker(state, si)
    text = state.sents[si].text.strip()
    if text[:1] in ('"', "“") and text.count('"') < 2 and "”" not in text and si + 1 < len(state.sents):
        out |= _speaker(state, si + 1)
    return out


def credited_bodies(state) -> dict:
    """Bodies an arrest noun credits: "the arrest was made by X", "X confirmed the arrests";
    the body whose custody holds someone ("remanded to X custody"); the body that reports an
    arrest ("X said the five men arrested ... were bailed")."""
    out = {}
    for si, sent in enumerate(state.sents):
        if not (any_of(sent, CUSTODY, ARREST_NOUNS) or (any_of(sent, REPORTING_VERBS) and any_of(sent, ARREST_WORDS))):
            continue   # (each test below needs one of these words: no token walk)
        words = {t.lower_ for t in sent}
        for tok in sent:
            if tok.lower_ in CUSTODY and tok.pos_ == "NOUN":   # "remanded to X custody", "in X's custody"
                for c in tok.children:
                    if c.dep_ in ("compound", "poss"):
                        body = _body_at(state, si, c)
                        if body is not None:
                            out[id(body)] = body
                continue
            if tok.lemma_.lower() in REPORTING_VERBS and tok.pos_ == "VERB" and words & ARREST_WORDS:
                for c in tok.children:
                    if c.dep_ == "nsubj":
                        body = _body_at(state, si, c)
                        if body is not None:
                            out[id(body)] = body
                continue
            if tok.lower_ not in ARREST_NOUNS or tok.pos_ != "NOUN":
                continue
            verb = tok.head
            if verb.lemma_.lower() not in CREDITING_VERBS or verb.pos_ != "VERB":
                continue
            if tok.dep_ == "nsubjpass":   # "The arrest was made (Wednesday) by X"
                who = [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
            elif tok.dep_ == "dobj":   # "X confirmed the arrest"
                who = [c for c in verb.children if c.dep_ == "nsubj"]
            else:
                continue
            for w in who:
                body = _body_at(state, si, w)
                if body is not None:
                    out[id(body)] = body
    return out


def give_story_arrester(state, facts) -> None:
    """Give the article's one arresting body to its ARREST facts that have no agent."""
    arrests = [f for f in facts if f.type == "ARREST" and not f.extra.get("no_event")]
    agents = {id(f.agent): f.agent for f in arrests if f.agent is not None}
    if any(f.agent is None for f in arrests):
        agents.update(credited_bodies(state))
    if len(agents) != 1:
        return
    body = next(iter(agents.values()))
    if body.label != ORGANISATION or not _arrests(body):
        return
    days = [f.date_text.lower().split()[0] for f in arrests if f.agent is body and f.date_text]
    for f in arrests:
        if f.agent is not None or body in f.subjects:
            continue
        if f.date_text and days and not any(d in f.date_text.lower().split() for d in days):
            continue   # "arrested last month" beside the body's "arrested on Wednesday"
        if _speakers(state, f.sent_index) & {id(x) for x in f.subjects}:
            continue   # '"He has been arrested in a fake case," X added': the quote's arrest is not X's
        others = {m.entity.id for m in state.mentions if m.sent_index == f.sent_index and m.label == ORGANISATION
                  and m.entity is not body and _arrests(m.entity)}
        if not others:
            f.agent, f.rule = body, f.rule + "+story-arrester"
