"""Bodies inside bodies (PART_OF): "the Interior Ministry's Criminal Investigation Department",
"the Treasury Department's Office of Foreign Assets Control",
"the party's Central Committee", "Homeland Security Investigations, an arm of the Department
of Homeland Security", "the Financial Intelligence Unit, which is part of the central bank".
The unit words ("department", "arm") are data: titles.json "unit_heads", "part_nouns".
"""
from __future__ import annotations

from graph.schema import ORGANISATION

from ..lexicon import UNIT_HEADS, load   # UNIT_HEADS: last word of a unit's name
from .facts import Position

_T = load("titles")
PART_NOUNS = frozenset(w.lower() for w in _T.get("part_nouns", []))    # "an arm of", "a unit of", "part of"


def _org(r, mentions, i):
    om = r.org_mention_at(mentions, i)
    return om if om is not None and om.entity is not None and om.label == ORGANISATION else None


def _part(unit, parent, si, rule) -> list[Position]:
    if unit.entity is parent or unit.entity is None or parent is None:
        return []
    return [Position(unit.entity, "part", parent, si, rule, 0.7, relation="PART_OF")]


def _unit_name(doc, om) -> bool:
    """A unit's name: "Criminal Investigation Department", or "Office of International Affairs"
    (a unit word, then "of")."""
    return doc[om.end - 1].lower_ in UNIT_HEADS or (
        om.end - om.start > 2 and doc[om.start].lower_ in UNIT_HEADS and doc[om.start + 1].lower_ == "of")


def parts(r, sent, si, mentions) -> list[Position]:
    doc, out = sent.doc, []
    orgs = [m for m in mentions if m.label == ORGANISATION and m.entity is not None]
    for om in orgs:
        last = doc[om.end - 1].lower_
        # "the Interior Ministry's Criminal Investigation Department", "the party's Central Committee"
        j = om.start - 1
        if _unit_name(doc, om) and j > sent.start and doc[j].text in ("'s", "’s"):
            owner = _org(r, mentions, j - 1)
            parent = owner.entity if owner is not None else (
                r.state.org_by_head(doc[j - 1].lower_) if doc[j - 1].is_lower and doc[j - 1].pos_ == "NOUN" else None)
            out += _part(om, parent, si, "part-of:possessive")
            continue
        # "the Criminal Investigation Department of the Nigeria Police Force"
        k = om.end
        if k + 2 < sent.end and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3
        if last in UNIT_HEADS and k + 1 < sent.end and doc[k].lower_ == "of":
            k += 1 + (doc[k + 1].lower_ == "the")
            parent = _org(r, mentions, k) if k < sent.end else None
            if parent is not None and parent.start == k:
                out += _part(om, parent.entity, si, "part-of:unit-of")
                continue
        # "the National Police's anti-kidnapping unit, Unidad Antisecuestro"
        j = om.start - 1 - (om.start - 1 > sent.start and doc[om.start - 1].lower_ == "the")
        if j - 1 > sent.start and doc[j].text == "," and doc[j - 1].lower_ in UNIT_HEADS:
            unit_noun = doc[j - 1]
            poss = next((c for c in unit_noun.children if c.dep_ == "poss"), None)
            owner = _org(r, mentions, poss.i) if poss is not None else None
            if owner is not None and owner is not om:
                out += _part(om, owner.entity, si, "part-of:possessive-apposition")
                continue
        # "the Public Security Division (PSD) under the Home Ministry", "X, which falls under the Y"
        k = om.end
        if k + 2 < sent.end and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3
        if k < sent.end and doc[k].text == ",":
            k += 1
            while k < sent.end and doc[k].lower_ in ("which", "that", "is", "was", "comes", "falls", "operates",
                                                      "operating", "directly"):
                k += 1
        if k + 1 < sent.end and doc[k].lower_ == "under":
            k += 1 + (doc[k + 1].lower_ == "the")
            parent = _org(r, mentions, k) if k < sent.end else None
            if parent is not None and parent.start == k:
                out += _part(om, parent.entity, si, "part-of:under")
                continue
        # "X, an arm of Y" / "X, which is part of Y" / "X, a unit of the Y"
        k = om.end
        if k + 3 < sent.end and doc[k].text == ",":
            k += 1
            while k < sent.end and doc[k].lower_ in ("which", "that", "is", "was", "a", "an", "the", "also", "now"):
                k += 1
            if k + 1 < sent.end and doc[k].lower_ in PART_NOUNS and doc[k + 1].lower_ == "of":
                k += 2 + (k + 2 < sent.end and doc[k + 2].lower_ == "the")
                parent = _org(r, mentions, k) if k < sent.end else None
                if parent is not None and parent.start == k:
                    out += _part(om, parent.entity, si, "part-of:apposition")
    return out
