"""Events stated for a group, whose members are named later: "five members of the national
police, charged in an indictment, ..." then "The five defendants ... are: A, B, C, D and
E"; "Federal Police arrest Senate security officers" then "X faced arrest, along with
agents A, B and C". A trigger whose subject is a plural noun with no names is kept as a
group event; a list of names that a plural noun or "they" introduces within the next few
sentences (a colon list, "are A, B and C", "including A and B") receives it."""
from __future__ import annotations

from dataclasses import dataclass

from graph.schema import PERSON

from ..mentions import EntityBuild
from .coordination import colon_list
from .facts import EventFact

WITHIN = 4   # sentences between a group event and the list that names its members


@dataclass
class GroupEvent:
    type: str
    agent: EntityBuild | None
    sent_index: int
    rule: str
    org: EntityBuild | None = None   # "members of the national police": the body the group belongs to


def is_group(noun) -> bool:
    """A plural noun phrase that names nobody: "five members", "Senate security officers"."""
    return noun is not None and noun.tag_ in ("NNS", "NNPS") and noun.pos_ in ("NOUN", "PROPN")


def remember(r, etype: str, noun, agent, si: int, rule: str) -> None:
    if is_group(noun) and not r.people(noun):
        org = None
        if noun.lemma_.lower() in ("member", "officer", "official", "agent", "employee", "leader"):
            orgs = [r.state.mention_at(t.i) for t in noun.subtree if t.i != noun.i] + [
                r.state.mention_at(i) for i in range(noun.i + 1, min(noun.i + 14, noun.sent.end))]
            org = next((o.entity for o in orgs if o is not None and o.label == "Organisation"), None)
        r.groups.append(GroupEvent(etype, agent, si, rule, org))


def named_members(r, sent) -> list[EntityBuild]:
    """The names a plural subject introduces in this sentence: "The five defendants ... are: A, B"."""
    root = sent.root
    if root.lemma_ != "be":
        return []
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not (is_group(subj) or subj.lower_ in ("they", "these", "those")):
        return []
    names = colon_list(r, root)
    if not names:
        for c in root.children:
            if c.dep_ == "attr":
                names = r.people(c)
    return [n for n in names if n.label == PERSON]


def group_events(r, sent, si: int) -> list[EventFact]:
    recent = [g for g in r.groups if 0 <= si - g.sent_index <= WITHIN]
    if not recent:
        return []
    names = named_members(r, sent)
    if len(names) < 2:
        return []
    out, seen = [], set()
    org = next((g.org for g in recent if g.org is not None), None)
    for g in recent:
        if g.type in seen:
            continue
        seen.add(g.type)
        out.append(EventFact(g.type, si, names, g.agent, None, None, rule=f"group-list:{g.rule}", strength=0.65,
                             extra={"member_of": org} if org is not None and not out else {}))
    return out
