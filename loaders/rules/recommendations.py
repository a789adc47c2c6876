"""A head of government's recommendation of an appointee is a nomination (round 17).

Westminster appointments are made by the Governor-General (or an administrator, or the
sovereign) on a minister's recommendation, and the minister announces the recommendation: "I
will be recommending the Governor-General appoint X as Secretary of Y", "my Government will
recommend to the Administrator that X be appointed the next Commissioner". The appointment
under "recommend" is not yet made (hedging reads "recommend" as a directive verb), but the
nomination of X is stated as done: X, the one "appointed" under the verb, is nominated by the
one who recommends.

Round 25: the same clause under "propose" ("Putin has proposed appointing X as the new defence
minister", "proposed that X be appointed"): the verbs are data, triggers.json "proposing_verbs".
"""
from __future__ import annotations

from graph.schema import PERSON

from ..lexicon import word_set
from .details import date_of, position_of
from .facts import EventFact
from .hedging import hedged

APPOINTING = frozenset({"appoint", "name"})
PROPOSING_VERBS = word_set("triggers", "proposing_verbs") or frozenset({"recommend"})
LINKS = frozenset({"ccomp", "xcomp", "conj"})   # "recommend [that] X be appointed", "recommending Y appoint X"
CLAUSE_LINKS = frozenset({"ccomp", "xcomp"})   # "proposed appointing X", "proposed that X be appointed"


def _appointing_under(tok, links=LINKS):
    """The appointing verb "recommend" governs through clause links only (no relative clause,
    no other verb's object), or a subjunctive "be appointed" under it; None if none."""
    for t in tok.subtree:
        if t.i == tok.i or t.lemma_.lower() not in APPOINTING or t.pos_ not in ("VERB", "AUX"):
            continue
        k = t
        while k.i != tok.i and k.dep_ in links:
            k = k.head
        if k.i == tok.i or any(c.dep_ == "auxpass" and c.lower_ == "be" for c in t.children):
            return t   # (a subjunctive "that X be appointed" the parse hung elsewhere under "recommend")
    return None


def _appointee(r, verb):
    """The one appointed: a passive's subject ("that X be appointed"), else the object."""
    for dep in ("nsubjpass", "dobj"):
        for c in verb.children:
            if c.dep_ == dep:
                who = r.person(c)
                if who is not None and who.label == PERSON:
                    return who
    return None


def _bare_appoint(r, tok, sent):
    """"recommending the Governor-General appoint X": a bare "appoint" soon after "recommend",
    then a person's name within four words; (the "appoint" token, X) or (None, None)."""
    for k in range(tok.i + 1, min(sent.end, tok.i + 8)):
        if sent.doc[k].lower_ == "appoint":
            for j in range(k + 1, min(sent.end, k + 5)):
                who = r.entity_at(sent.doc[j], PERSON)
                if who is not None:
                    return sent.doc[k], who
            return None, None
    return None, None


def recommended_appointment(r, tok, sent, si) -> list[EventFact]:
    """"X will recommend (to the Governor-General) that Y be appointed Z", "X proposed appointing
    Y as Z" (round 25: the same clause under "propose"): Y's NOMINATION by X."""
    if tok.lemma_.lower() not in PROPOSING_VERBS or hedged(tok, announced_ok=True):
        return []
    # (under "propose", a coordinated verb is the proposer's own act: "proposed a law and named X")
    verb = _appointing_under(tok, LINKS if tok.lemma_.lower() == "recommend" else CLAUSE_LINKS)
    appointee = _appointee(r, verb) if verb is not None else None
    if verb is None and tok.lemma_.lower() == "recommend":
        verb, appointee = _bare_appoint(r, tok, sent)   # the parse read the bare "appoint" as a noun
    if appointee is None:
        return []
    agent = r.clause_agent(tok)
    if agent is appointee:
        agent = None
    position, span = position_of(r, verb)
    return [EventFact("NOMINATION", si, [appointee], agent, date_of(r, tok, sent), position,
                      rule=f"verb:{tok.lemma_.lower()}-appointment", strength=0.7, extra={"position_span": span})]
