"""The body an agent phrase names through its people or one of its units: "arrested by DSS
operatives", "by operatives of the EFCC", "by members of the Hawks", "by the EFCC's
operatives", "by the Hawks' organised crime unit", "by the FBI's Newark
field office". The people and the unit act for the body, which is the agent (the nouns are data:
triggers.json agent_personnel, plural; agent_units). Used by phrases.agent_phrase.

A national body written in lower case with "federal" / "national" and no country ("federal
police say they detained X", "X was held by federal police") is the story's country's
(national_plain_body). Used by phrases.clause_agent and agent_phrase."""
from __future__ import annotations

from graph.schema import ORGANISATION

from ..gazetteer import BODY_WORDS
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


NATIONAL_WORDS = frozenset({"federal", "national"})


def national_plain_body(st, tok):
    """"Federal police": the story country's body for a lower-case body word that an adjective
    "federal" / "national" makes a national one, else None (no country known, or another word)."""
    if tok is None or not tok.is_lower or tok.lower_ not in BODY_WORDS or not st.country_hint:
        return None
    adj = next((a for a in tok.children if a.dep_ in ("amod", "compound") and a.lower_ in NATIONAL_WORDS), None)
    return st.org_entity(f"{adj.lower_} {tok.lower_}", st.country_hint) if adj is not None else None
