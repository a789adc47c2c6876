"""A body named by its leader, "<Person>-led <body>" (round 16).

"the Deputy Chief Minister Rakesh Varma-led JDP", "the PM Anil Sharma -led Council of
Ministers": the person leads the body written right after "-led". Only a person's name
before "-led" ("the BJP-led alliance" names no leader) and a body's name right after it.
"""
from __future__ import annotations

from graph.schema import PERSON

from .facts import Position


def _after_led(doc, end: int) -> int | None:
    """The index after "-led" / "- led" written at end, or None."""
    if end < len(doc) and doc[end].lower_ == "-led":
        return end + 1
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "led":
        return end + 2
    return None


def led_bodies(r, sent, si, mentions) -> list:
    """Positions "leader" for a person whose name is followed by "-led <body>"."""
    out = []
    for m in mentions:
        if m.label != PERSON or m.entity is None:
            continue
        k = _after_led(sent.doc, m.end)
        om = r.org_mention_at(mentions, k) if k is not None and k < sent.end else None
        if om is None or om.entity is None or om.start != k:
            continue
        r.add_title(m.entity, "leader")
        out.append(Position(m.entity, "leader", om.entity, si, "led-body", 0.7))
    return out
