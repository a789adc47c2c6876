"""A lede that removes an unnamed holder of a post its agent owns, and the one person the next
sentences say left (round 21): "President X has replaced his defense minister ... Y resigned on
Wednesday", "X sacked his industry and trade minister ... appointing Z to replace Y", "X has
replaced the country's police chief ... Y has been placed on leave": Y held that post. The
description names no one ("his finance minister, Y" is read by the apposition rules), and the
one who left is the only one named by the first later sentence that tells of someone leaving.
Run once the events of the story are read (extract.read)."""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from ..doc_index import any_of
from ..lexicon import word_set
from .facts import EventFact, Position
from .titles import PORTFOLIO_WORDS   # "his industry and trade minister": the portfolio words a title keeps

REMOVING = word_set("triggers", "lede_removal_verbs")   # "sack", "fire", "replace", ...
HOLDER_OWNERS = word_set("titles", "holder_owner_nouns")   # "the country's police chief"
LEAVING = ("DISMISSAL", "RESIGNATION", "SUSPENSION")
LEDE_SENTENCES = 8   # (page furniture lines may come before the lede)
AHEAD = 3


def _owned_title(tok):
    """The object and the title a removing verb's object describes, when a possessive owns it and
    no one is named in it: "his defense minister" -> "defense minister"; else None."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in gz.TITLE_WORDS or any(c.dep_ in ("appos", "relcl", "acl") for c in obj.children):
        return None
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    if poss is None or not (poss.pos_ == "PRON" or poss.lemma_.lower() in HOLDER_OWNERS):
        return None
    words = [t for t in obj.doc[poss.i + 1:obj.i + 1] if t.dep_ != "case" and t.text not in ("'s", "’s")
             and (t.pos_ != "ADJ" or t.lower_ in PORTFOLIO_WORDS or t.lower_ in gz.TITLE_WORDS)]
    return (obj, " ".join(t.text for t in words)) if words else None


def _leaver(facts: list[EventFact], si: int, agent_ids: set[str]):
    """The one person who leaves a post in the first of sentences si..si+AHEAD that tells of one
    leaving (not the remover): "Y resigned on Wednesday", "appointing Z to replace Y"."""
    for at in range(si, si + AHEAD + 1):
        left = {}
        for f in facts:
            if f.sent_index != at:
                continue
            people = list(f.subjects) if f.type in LEAVING and not f.extra.get("no_event") else []
            if f.predecessor is not None:
                people.append(f.predecessor)
            for p in people:
                if p.label == PERSON and p.id not in agent_ids:
                    left[p.id] = p
        if left:
            return next(iter(left.values())) if len(left) == 1 else None
    return None


def read(state, facts: list[EventFact], org_for_title) -> list[Position]:
    """Posts of the unnamed holders a lede removes (org_for_title: PositionReader.org_for_title)."""
    out = []
    for si, sent in enumerate(state.sents[:LEDE_SENTENCES]):
        if not any_of(sent, REMOVING):
            continue   # (no removing verb's lemma in the sentence: no token walk)
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in REMOVING:
                continue
            owned = _owned_title(tok)
            if owned is None:
                continue
            obj, title = owned
            if any(m.label == PERSON and m.sent_index == si and tok.i < m.start <= obj.right_edge.i + 2
                   for m in state.mentions):
                continue   # "fired his finance minister, Simba X": the lede names him
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            agent = state.mention_at(subj.i) if subj is not None else None
            person = _leaver(facts, si, {agent.entity.id} if agent is not None and agent.entity is not None else set())
            org = org_for_title(title, state.country) if person is not None else None
            if org is not None:
                out.append(Position(person, title, org, si, "event-post:dismissal-lede", 0.65, former=True))
        if out:
            break   # the lede is the first sentence that removes one
    return out
