"""When an appointment verb tells no appointment that is news: "X was first elected president in
2005" (the start of a career, told as background: triggers.json first_time_adverbs) and "X was
elected to parliament" (a seat in an assembly, not a post: elected_seats). "Elect" is an
appointment verb only with a post (triggers.json needs_post): "was elected as the new leader",
"elected X to replace Y"."""
from __future__ import annotations

from ..lexicon import word_set

FIRST_TIME = word_set("triggers", "first_time_adverbs")
SEATS = word_set("triggers", "elected_seats")


def background_or_seat(tok, etype: str, position: str | None) -> bool:
    """The appointment verb tok starts a career told as background, or elects to a seat."""
    if etype != "APPOINTMENT":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in FIRST_TIME for c in tok.children):
        return True
    words = [w for w in (position or "").lower().split() if w not in ("the", "to", "its", "their")]
    return tok.lemma_.lower() == "elect" and bool(words) and all(w in SEATS for w in words)
