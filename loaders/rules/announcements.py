"""Agents stated once for a passage. "Thaksin Shinawatra has named his new Cabinet" and "Karzai
has removed two provincial governors" name who acts; the appointments and dismissals the
article then lists ("X takes over the defense portfolio") have no agent of their own and
get that one. Only when one agent announced that kind of change; the verbs and group nouns
are data (triggers.json: announcement_verbs, group_nouns)."""
from __future__ import annotations

from graph.schema import PERSON

from ..lexicon import load
from .groups import remember
from .hedging import hedged

GROUP_NOUNS = frozenset(load("triggers").get("group_nouns", []))
VERBS_BY_TYPE = {t: frozenset(vs) for t, vs in load("triggers").get("announcement_verbs", {}).items()}


def announced(r, tok) -> list[str]:
    """The event types tok announces for a group, recording its agent on the reader."""
    kinds = [t for t, vs in VERBS_BY_TYPE.items() if tok.lemma_.lower() in vs]
    if not kinds or tok.pos_ != "VERB" or hedged(tok):
        return []
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or not all(o.lemma_.lower() in GROUP_NOUNS or o.lower_ in GROUP_NOUNS for o in objs):
        return []
    if any(r.people(o) for o in objs):
        return []   # "named X and Y": the verb's own rule reads them
    agent = r.clause_agent(tok)
    for k in kinds:   # "Federal Police arrest Senate security officers": named later, perhaps
        remember(r, k, objs[0], agent, r.state.current_si, f"announced:{tok.lemma_.lower()}")
    if agent is None:
        return []
    for k in kinds:
        r.announcers.setdefault(k, []).append(agent)
    return kinds


def give_announced_agents(r, facts) -> None:
    """Appointments and dismissals without an agent take the one agent that announced them."""
    for f in facts:
        if f.agent is not None or f.type not in r.announcers or f.extra.get("no_event"):
            continue
        agents = {id(a): a for a in r.announcers[f.type]}
        if len(agents) != 1:
            continue
        a = next(iter(agents.values()))
        if a not in f.subjects and (a.label != PERSON or a is not f.successor):
            f.agent = a
            f.rule += "+announced-agent"
