"""The body an agent phrase names through its people or one of its units: "arrested by DSS
operatives", "by operatives of the EFCC", "by members of the Hawks", "by the EFCC's
operatives", "by the Hawks' organised crime unit", "by the FBI's Newark
field office". The people and the unit act for the body, which is the agent (the nouns are data:
triggers.json agent_personnel, plural; agent_units). Used by phrases.agent_phrase."""
from __future__ import annotations

from graph.schema import ORGANISATION

from ..lexicon import load

AGENT_PERSONNEL = frozenset(load("triggers")["agent_personnel"])
AGENT_UNITS = frozenset(load("triggers").get("agent_units", []))


def acting_body(r, p):
    """The organisation whose people (plural p) or unit (p) the phrase names, else None."""
    lemma = p.lemma_.lower()
    if not ((p.tag_ == "NNS" and lemma in AGENT_PERSONNEL) or lemma in AGENT_UNITS):
        return None
    for c in p.children:
        if c.dep_ in ("compound", "nmod", "poss"):   # "DSS operatives", "the EFCC's operatives"
            e = r.entity_at(c, ORGANISATION) or (_named_body(r, c.text) if c.dep_ == "poss" else None)
        elif c.dep_ == "prep" and c.lower_ in ("of", "from"):   # "operatives of the EFCC", "agents from the NAB"
            e = next((r.entity_at(x, ORGANISATION) for x in c.children if x.dep_ == "pobj"), None)
        else:
            e = None
        if e is not None:
            return e
    return None


def _named_body(r, name: str):
    """The one organisation the article names name elsewhere (the model read no body at this word)."""
    found = {e.id: e for e in r.state.ents.values() if e.label == ORGANISATION
             and name.lower() in {n.lower() for n in (e.name, *e.aliases)}}
    return next(iter(found.values())) if len(found) == 1 else None
