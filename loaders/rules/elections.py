"""When an appointment verb tells no appointment that is news: "X was first elected president in
2005" (the start of a career, told as background: triggers.json first_time_adverbs) and "X was
elected to parliament", "elected as an MP" (a seat in an assembly, not a post: elected_seats).
"Elect" is an appointment verb only with a post (triggers.json needs_post): "was elected as the
new leader", "elected X to replace Y"."""
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
    return tok.lemma_.lower() == "elect" and _head_word(position) in SEATS


def _head_word(position: str | None) -> str | None:
    """The noun a post phrase is named by: the last word before "of", "for" or "from"
    ("member of parliament for Kibra": member; "the National Assembly": assembly)."""
    words = []
    for w in (position or "").lower().replace(",", " ").split():
        if w in ("of", "for", "from", "in"):
            break
        words.append(w)
    return words[-1] if words else None
