"""Fellow members of a party named before a name (round 8).

Stories about a party's people name the others by fellowship rather than by post:

  "two of his former United Progressive Party (UPP) colleagues, Dr Jacqui Quinn and Wilmoth Daniel"
  "will be held by his fellow party member Khaled Nordin"        (the party named before)
  "Another party member Jaroslav Skarka has also been charged"

A fellowship noun (data: links.json party_fellow_nouns: "colleague", "comrade", "member") right
before the name (or before a list of names, a comma allowed), with before it either a party
(parties.is_party, past a bracketed acronym) or the bare word "party", makes each named person
a member of that party; the bare word means the party the story named last (party_reference).
A member, not a post: MEMBER_OF ("his former colleagues" were colleagues before, members still,
as far as the words say)."""
from __future__ import annotations

from ..lexicon import word_set
from .facts import Position
from .parties import is_party
from .party_reference import referred_party
from .person_lists import plain_list_after
from .titles import before_bracket, before_honorifics

FELLOW_NOUNS = word_set("links", "party_fellow_nouns")


def party_fellows(r, sent, si, m, mentions) -> list[Position]:
    """m (and the names listed after it) as members of the party a fellowship noun before it names."""
    doc = sent.doc
    j = before_honorifics(doc, m.start - 1, sent.start)   # "colleagues, Dr Jacqui Quinn"
    if j >= sent.start and doc[j].text == ",":
        j -= 1
    if j - 1 < sent.start or doc[j].lower_ not in FELLOW_NOUNS:
        return []
    k = j - 1
    if doc[k].text == ")":
        k = before_bracket(doc, k, sent.start)   # "United Progressive Party (UPP) colleagues"
    om = r.org_mention_at(mentions, k)
    if om is not None and om.entity is not None and om.end == k + 1:
        party = om.entity if is_party(doc, om) else None
    elif doc[k].lower_ == "party" and r.state.mention_at(k) is None and r.org_mention_at(mentions, k - 1) is None:
        # (not "Another party member X" with "Another" read as a body's name)
        party = referred_party(r.state, si, k)   # "his fellow party member X": the party named last
    else:
        return []
    if party is None:
        return []
    persons = [m.entity] + plain_list_after(sent, m, mentions)
    return [Position(p, "member", party, si, "member:party-fellow", 0.75, False, relation="MEMBER_OF")
            for p in persons]
