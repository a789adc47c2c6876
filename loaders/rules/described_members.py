"""A party membership said of a phrase that stands for a named person (round 18): "The deputy
mayor, a member of the X party, denies ...", "a motion against the Senator, a member of Y's X
party", "the arrest of the X party politician". The
membership rules start from a person's name; news often names the official once and then goes
on with "the <title>". reference.referent gives the one person such a phrase points back to
(nothing when several fit or the phrase marks someone new)."""
from __future__ import annotations

from graph.schema import ORGANISATION

from ..doc_index import words
from .facts import Position
from .members import member_of_phrase
from .parties import MEMBER_NOUNS, is_party
from .reference import REFERRING_NOUNS, referent
from .titles import ends_apposition

LEADS = ("a", "an")
PARTY_PEOPLE = MEMBER_NOUNS | REFERRING_NOUNS   # "the X party politician", "the X lawmaker"


def _apposition(doc, k: int, end: int) -> list:
    """The tokens of ", a member of the X party," after a phrase ending at k (k is the comma)."""
    if k + 1 >= end or doc[k + 1].lower_ not in LEADS:
        return []
    toks, j = [], k + 1
    while j < end and len(toks) < 14 and not ends_apposition(doc[j]):
        toks.append(doc[j])
        j += 1
    return toks if toks and toks[0].lower_ in LEADS else []


def _party_before(r, noun, mentions):
    """"the X party politician", "the X lawmaker": a party named right before the noun."""
    doc = noun.doc
    k = noun.i - 1 - (noun.i > 0 and doc[noun.i - 1].lower_ == "party")
    om = r.org_mention_at(mentions, k) if k >= 0 else None
    if om is None or om.entity is None or om.end != k + 1 or doc[om.start - 1].lower_ != "the" \
            or not is_party(doc, om):
        return None
    return om


def described_members(r, sent, si: int, mentions) -> list[Position]:
    doc, out = sent.doc, []
    w, has_org = words(sent), any(m.label == ORGANISATION for m in mentions)
    if not ("," in w and ("member" in w or "members" in w)) and not (has_org and not w.isdisjoint(PARTY_PEOPLE)):
        return out   # (", a member of ..." needs its comma and member word (member_of_phrase); "the X lawmaker" a body and its noun)
    for noun in sent:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        comma = noun.i + 2 < sent.end and doc[noun.i + 1].text == ","
        if not comma and noun.lower_ not in PARTY_PEOPLE or r.state.mention_at(noun.i) is not None:
            continue   # (the cheap tests first: this runs on every noun)
        party, described = None, False
        if comma and any(
                c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            toks = _apposition(doc, noun.i + 1, sent.end)   # "The deputy mayor, a member of the X party,"
            party = member_of_phrase(r, toks, mentions) if toks else None
            described = True
        elif noun.lower_ in PARTY_PEOPLE:
            party = _party_before(r, noun, mentions)   # "the X party politician"
        if party is None or party.entity is None:
            continue
        who = referent(r, noun, described)
        if len(who) == 1:
            out.append(Position(who[0], "member", party.entity, si, "member:described", 0.65, relation="MEMBER_OF"))
    return out
