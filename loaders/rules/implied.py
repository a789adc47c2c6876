"""Events a sentence states through another one: "X was arrested on corruption charges",
"convicted on all six charges against him" also say that X was charged (CHARGE). Being
accused or suspected ("detained on suspicion of bribery") is not being charged."""
from __future__ import annotations

import re

from .facts import EventFact
from .. import doc_index

CHARGES_STATED = re.compile(r"\b(?:on|of)\s+(?:[\w,'-]+\s+){0,8}?charges?\b|\bcharges?\s+(?:against|of)\b|"
                            r"\bcharged\s+with\b", re.I)


def implied_charges(facts: list[EventFact], sent) -> list[EventFact]:
    out = []
    have = {(f.type, id(s)) for f in facts for s in f.subjects}
    for f in facts:
        if f.type not in ("ARREST", "CONVICTION", "SENTENCE") or f.extra.get("no_event"):
            continue
        charged = f.extra.get("charges", {})
        if CHARGES_STATED.search(doc_index.text(sent)) is None:
            continue
        subjects = [s for s in f.subjects if ("CHARGE", id(s)) not in have]
        if subjects:
            have |= {("CHARGE", id(s)) for s in subjects}
            out.append(EventFact("CHARGE", f.sent_index, subjects, None, f.date_text, None,
                                 charge=next((charged[s.key] for s in subjects if s.key in charged), None),
                                 rule=f"implied-charge:{f.rule}", strength=0.6))
    return out
