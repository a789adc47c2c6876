"""Membership, not a post: "X, a member of the Central Committee", "X is also a member of the
commission", "X, a longtime Zanu-PF party member", "party member X". Gives MEMBER_OF."""
from __future__ import annotations

from graph.schema import ORGANISATION

from .facts import Position
from .titles import STOP_APPOS

FORMER = {"former", "ex", "ex-", "onetime", "one-time"}


def _member_of_phrase(r, toks, mentions):
    """The organisation a phrase of tokens says someone is a member of, or None."""
    words = [t.lower_ for t in toks]
    if "member" not in words and "members" not in words:
        return None
    orgs = [r.org_mention_at(mentions, t.i) for t in toks]
    orgs = [o for o in orgs if o is not None and o.entity is not None]
    return orgs[-1] if orgs else None


def memberships(r, sent, si, m, mentions) -> list[Position]:
    doc, out = sent.doc, []
    # "X, a (longtime) ORG party member" / "X, a member of ORG"
    if m.end + 1 < sent.end and doc[m.end].text == ",":
        toks = []
        j = m.end + 1
        while j < sent.end and doc[j].text not in STOP_APPOS and len(toks) < 14:
            toks.append(doc[j])
            j += 1
        if toks and toks[0].lower_ in ("a", "an", "the", "also", "now", "himself", "herself"):
            om = _member_of_phrase(r, toks, mentions)
            if om is not None:
                out.append(Position(m.entity, "member", om.entity, si, "member:apposition", 0.75,
                                    any(t.lower_ in FORMER for t in toks), relation="MEMBER_OF"))
    # "X is (also) a member of ORG"
    root = doc[m.start:m.end].root
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for c in root.head.children:
            if c.dep_ == "attr" and c.lower_ in ("member", "members"):
                om = _member_of_phrase(r, list(c.subtree), mentions)
                if om is not None:
                    out.append(Position(m.entity, "member", om.entity, si, "member:copula", 0.75,
                                        root.head.tag_ == "VBD", relation="MEMBER_OF"))
    # "Zanu-PF member X", "party member X"
    if m.start - 2 >= sent.start and doc[m.start - 1].lower_ == "member":
        om = r.org_mention_at(mentions, m.start - 2)
        if om is not None and om.entity is not None and om.label == ORGANISATION:
            out.append(Position(m.entity, "member", om.entity, si, "member:title", 0.75, relation="MEMBER_OF"))
    return out
