"""What a verdict implies: a person sentenced was convicted. "X was sentenced to five years",
"the court jailed X for nine years", "X received a 14-year sentence" state a CONVICTION as
well as the SENTENCE (court reports often never write "convicted" or "found guilty"). Not
when the sentence says the person awaits trial ("jailed pending trial") or the verdict was
undone ("his sentence was quashed", "acquitted on appeal")."""
from __future__ import annotations

import re

from .facts import EventFact

NO_VERDICT = re.compile(r"\b(?:pending|awaiting|before|without)\s+(?:his\s+|her\s+|their\s+|a\s+)?trial\b|\bpre-?trial\b|"
                        r"\bacquit|\bquash|\boverturn|\bset\s+aside\b|\bvacated?\b", re.I)


def implied_convictions(facts: list[EventFact], text: str) -> list[EventFact]:
    """A CONVICTION for each person the sentence (its text) sentences and does not already convict."""
    if not any(f.type == "SENTENCE" for f in facts):
        return []   # (only a SENTENCE implies one; most sentences have none, so test that before the text)
    if NO_VERDICT.search(text):
        return []
    have = {id(s) for f in facts if f.type == "CONVICTION" for s in f.subjects}
    out = []
    for f in facts:
        if f.type != "SENTENCE" or f.extra.get("no_event"):
            continue
        subjects = [s for s in f.subjects if id(s) not in have]
        if subjects:
            have |= {id(s) for s in subjects}
            out.append(EventFact("CONVICTION", f.sent_index, subjects, f.agent, f.date_text, None, charge=f.charge,
                                 rule=f"implied-conviction:{f.rule}", strength=0.6))
    return out
