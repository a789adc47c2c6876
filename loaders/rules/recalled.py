"""A counted group that points back to persons just named: "The court convicted former mayor
X and council members A, B, C, D and E. ... The 6 former officials were sentenced to six
years", "The two were found guilty", "Both were jailed". Court reports name the defendants
once and then count them; the group's event belongs to the persons of the last event in the
two sentences before whose subjects number exactly as many as the group counts.

The article's events so far are the reader's `history` (events.EventReader)."""
from __future__ import annotations

from .groups import NUMBERS

BACK = 2   # sentences before the group in which its persons' event may be


def count_of(noun) -> int | None:
    """"The 6 former officials" 6, "the two" 2, "Both" 2; None for anything else (no "the": "six
    officials were sentenced" is new news, not a recall)."""
    if noun is None:
        return None
    if noun.lower_ == "both" and noun.tag_ == "DT":
        return 2
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "all") for c in noun.children):
        return None
    num = noun if noun.tag_ == "CD" else next((c for c in noun.children if c.dep_ == "nummod"), None)
    if num is None:
        return None
    n = NUMBERS.get(num.lower_) or (int(num.text) if num.text.isdigit() else None)
    return n if n is not None and n >= 2 else None


def recalled(r, noun) -> list:
    """The persons a counted group noun points back to, or []."""
    n = count_of(noun)
    if n is None or any(r.people(c) for c in noun.children):
        return []
    si = r.state.current_si
    for f in reversed(getattr(r, "history", [])):
        if f.extra.get("no_event") or not 0 < si - f.sent_index <= BACK:
            continue
        if len(f.subjects) == n:
            return list(f.subjects)
    return []
