"""Legislators named as a body: "lawmakers", "legislators", "MPs", "senators" as the subject of an
act of the house stand for the legislature (round 25).

Stories of an approval or an election by a parliament name the body by its members more often
than by its name: "Somali lawmakers have approved X as the country's new prime minister",
"Vietnamese lawmakers approved X as prime minister", "Lawmakers voted in X", "Hounduran lawmakers
named their leader X to replace Y". The act is the house's: its agent is the country's
legislature the article names (its one body named with a house word, triggers.json
"house_words": "Parliament", "Congress", "Verkhovna Rada"; of two, the one of the noun's own
word, triggers.json "legislator_nouns": "senators" the Senate). The house must be named: a
story that names no legislature, or two a "lawmakers" may stand for (the House and the Senate),
gives no agent; a story that names none but writes "parliament" where the word is no mention
("allies in parliament") has the country's Parliament.
Not the house: some of its members ("some lawmakers", "opposition lawmakers", "50 lawmakers",
triggers.json "legislator_quantifiers"), the members of a party ("Republican lawmakers") or of
another country's or a state's house ("lawmakers in Adamawa State").
"""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from .. import doc_index
from .. import gazetteer as gz
from ..lexicon import load
from .. import lexicon
from .details import date_of
from .facts import EventFact
from .hedging import hedged
from .per_story import per_story

_TRIGGERS = load("triggers")
LEGISLATOR_NOUNS = {k: v for k, v in _TRIGGERS.get("legislator_nouns", {}).items() if not k.startswith("_")}
QUANTIFIERS = frozenset(_TRIGGERS.get("legislator_quantifiers", []))
HOUSE_WORDS = lexicon.HOUSE_WORDS


def legislature(r, noun):
    """The legislature that the plural members' noun stands for, or None (see the docstring)."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lemma_.lower() not in LEGISLATOR_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "nummod" or c.lower_ in QUANTIFIERS:
            return None   # "50 lawmakers", "some lawmakers", "opposition lawmakers"
        if c.dep_ in ("amod", "compound", "poss") and gz.country_of(c.text) is None:
            return None   # "Republican lawmakers", "state lawmakers": not the nation's house
        if c.dep_ == "prep" and c.lower_ in ("in", "from", "of") and not any(
                p.dep_ == "pobj" and gz.country_of(p.text) for p in c.children):
            return None   # "lawmakers in Adamawa State": a state's house
    houses, word = _named_houses(r.state), LEGISLATOR_NOUNS[noun.lemma_.lower()]
    if len(houses) > 1 or word != "parliament":   # "senators": the Senate only, even as the one house named
        houses = [h for h in houses if word in h.name.lower().split()]
    if len(houses) == 1:
        return houses[0]
    if not houses and word == "parliament" and r.state.country_hint and _says_parliament(r.state):
        # "The president's allies in parliament elected ...; Lawmakers voted in X": a house the story
        # calls "parliament" only where it is no mention ("in parliament", "the parliament building")
        return r.state.org_entity("Parliament", r.state.country_hint)
    return None


@per_story
def _says_parliament(st) -> bool:
    """The article's text has the word "parliament" (any case)."""
    return any("parliament" in doc_index.lowers(d) for d in {id(s.doc): s.doc for s in st.sents}.values())


@per_story
def _named_houses(st) -> list:
    """The legislatures the article names (a body named with a house word), once per article."""
    found = {}
    for m in st.mentions:
        e = m.entity
        words = e.name.lower().replace("'s", "").replace("’s", "").split() if e is not None else []
        if m.label == ORGANISATION and e.id not in found and (
                any(w in HOUSE_WORDS for w in words) or words[:2] == ["house", "of"]):   # "House of Representatives"
            found[e.id] = e
    return list(found.values())


def voted_in(r, tok, sent, si) -> list:
    """"Lawmakers voted in X", "parliament voted in the only candidate for premier, X": the house
    that votes a person in appoints them (the parse reads "in" as a preposition whose object is the
    person, or the candidate noun the person's name stands beside)."""
    if tok.lemma_.lower() != "vote" or tok.pos_ != "VERB" or hedged(tok, announced_ok=True):
        return []
    for c in tok.children:
        if c.lower_ != "in" or c.dep_ not in ("prep", "prt"):
            continue
        objs = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else \
            [p for p in tok.children if p.dep_ == "dobj"]
        for p in objs:
            who = r.entity_at(p, PERSON)
            position = None
            if who is None and p.pos_ == "NOUN" and p.lemma_.lower() in ("candidate", "nominee", "choice", "pick"):
                named = [x for x in p.subtree if x.dep_ == "appos" and r.entity_at(x, PERSON) is not None]
                who = r.entity_at(named[0], PERSON) if named else None
                for_ = next((k for k in p.children if k.dep_ == "prep" and k.lower_ == "for"), None)
                post = next((k for k in for_.children if k.dep_ == "pobj"), None) if for_ is not None else None
                position = post.lower_ if post is not None and r.entity_at(post, PERSON) is None else None
            agent = r.clause_agent(tok)
            if who is None or agent is None or agent is who or agent.label == PERSON:
                continue
            return [EventFact("APPOINTMENT", si, [who], agent, date_of(r, tok, sent), position,
                              rule="voted-in", strength=0.7)]
    return []
