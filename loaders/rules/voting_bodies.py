"""The legislature that votes someone out: "X was ousted in a no-confidence vote in parliament",
"X was removed through a parliamentary vote of no confidence", "X was ousted after the vote ...
took place in parliament".

A removal written in the passive without a "by" phrase still names who removed: the house in
which the vote that removed them was held. Taken only when the vote's phrase names the house
("in parliament", "parliamentary", "in the National Assembly"), not from a bare "in a vote"
(party caucuses, boards and councils vote people out too).
"""
from __future__ import annotations

from graph.schema import ORGANISATION

from .. import gazetteer as gz
from ..doc_index import any_of
from ..lexicon import load
from .. import lexicon

VOTE_NOUNS = frozenset(load("triggers")["vote_nouns"])   # "vote", "motion", "ballot"
HOUSE_WORDS = lexicon.HOUSE_WORDS   # of a name: "Parliament", "Assembly", "Senate"
PARLIAMENT_WORDS = frozenset(load("triggers")["parliament_words"])   # lower case: "parliament", "parliamentary"


def _phrases(tok) -> list:
    """The phrases on a removal verb that may tell of the vote and where it was held: its
    prepositions ("in a vote"), the clauses it opens ("after the vote passed"), and a clause
    joined to it without a subject of its own, where the parse cut one sentence in two
    ("ousted after the vote ..., took place in parliament")."""
    return [c for c in tok.children if c.dep_ in ("prep", "agent", "advcl")
            or (c.dep_ == "conj" and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children))]


def voting_body(r, tok):
    """The house whose vote removed the subject of the removal verb tok, or None."""
    if not any_of(tok.doc, VOTE_NOUNS):   # (the test below needs a vote noun's lemma in the Doc)
        return None
    phrases = _phrases(tok)
    if not any(t.lemma_.lower() in VOTE_NOUNS for c in phrases for t in c.subtree):
        return None
    for t in (t for c in phrases for t in c.subtree):
        m = r.state.mention_at(t.i)
        if m is not None and m.label == ORGANISATION and m.entity is not None \
                and any(w.lower() in HOUSE_WORDS for w in m.text.split()):
            return m.entity   # "in the National Assembly", "in the Parliament of X"
    country = _near_country(r, tok)
    if country and any(t.lower_ in PARLIAMENT_WORDS and t.is_lower for c in phrases for t in c.subtree):
        return r.state.org_entity("Parliament", country)   # "in parliament": the country's
    return None


def _near_country(r, tok) -> str | None:
    """The country of the removal: the one its sentence names, else the one the sentence before
    names ("The prime minister of Vanuatu has lost ... X was ousted after the vote"), when only one;
    else the article's. (A story names other countries in passing: a summit abroad.)"""
    si = r.state.current_si
    for k in (si, si - 1):
        if k < 0:
            continue
        sent = r.state.sents[k]
        named = {c for e in sent.ents if e.label_ in ("GPE", "NORP") for c in [gz.country_of(e.text)] if c}
        named |= {c for t in sent if t.is_title for c in [gz.country_of(t.text)] if c}   # ("Vanuatu": no GPE to the model)
        if len(named) == 1:
            return named.pop()
        if named:
            return None
    return r.state.country or r.state.country_hint
