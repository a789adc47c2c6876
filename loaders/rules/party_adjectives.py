"""A US party written as an adjective beside names (round 7): "X, a Republican, has appointed ...",
"X, a Republican congressman from Florida," and "Democratic at-large members X and Y". Each
name is a member of the party (MEMBER_OF). party_marks.py reads the adjective before a single
political title ("Democratic Sen. X"); this reads it in an apposition and before a plural member
noun and its list. The adjectives and the parties they stand for: data/titles.json
(party_adjectives, party_letters)."""
from __future__ import annotations

from ..lexicon import load
from .facts import Position
from .party_marks import PARTY_ADJECTIVES, letter_party
from .person_lists import plain_list_after

# plural nouns of members of a party or a legislature before a list of names (data/links.json)
PLURAL_MEMBERS = frozenset(load("links")["plural_members"])


def _member(r, person, adjective: str, si: int, rule: str):
    party = letter_party(r, PARTY_ADJECTIVES[adjective])
    return Position(person, "member", party, si, rule, 0.7, relation="MEMBER_OF") if party is not None else None


def party_adjectives(r, sent, si, m, mentions) -> list[Position]:
    doc, out = sent.doc, []
    # "X, a Republican, ...", "X, a Democratic lawmaker from Ohio, ..."
    k = m.end
    if k + 2 < sent.end and doc[k].text == "," and doc[k + 1].lower_ in ("a", "an") \
            and doc[k + 2].text in PARTY_ADJECTIVES and r.state.mention_at(k + 2) is None:
        p = _member(r, m.entity, doc[k + 2].text, si, "member:party-adjective-apposition")
        out += [p] if p is not None else []
    # "Democratic at-large members X and Y": the adjective, words that describe the members, the plural noun
    j = m.start - 1
    if j >= sent.start and doc[j].lower_ in PLURAL_MEMBERS:
        j -= 1
        while j >= sent.start and j > m.start - 6 and doc[j].text not in PARTY_ADJECTIVES \
                and (doc[j].is_lower or doc[j].text == "-"):
            j -= 1   # "at-large", "city council", "state"
        if j >= sent.start and doc[j].text in PARTY_ADJECTIVES and r.state.mention_at(j) is None:
            for person in [m.entity] + plain_list_after(sent, m, mentions):
                p = _member(r, person, doc[j].text, si, "member:party-adjective-plural")
                out += [p] if p is not None else []
    return out
