"""Who answers to whom, stated by a possessive before a subordinate's title: "his chief of
staff John Harris", "replaced by his deputy, Nguyen Huy Hieu", "Putin's spokesman Dmitry
Peskov". Gives SUBORDINATE_OF (the subordinate -> the owner of the title)."""
from __future__ import annotations

from graph.schema import PERSON

from .facts import Position

SUBORDINATE_HEADS = {"deputy", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
                     "assistant", "lieutenant", "protege", "protégé", "secretary", "staff", "chief-of-staff"}
TITLE_FILLER = {"chief", "of", "first", "senior", "top", "longtime", "long-time", "former", "personal",
                "press", "security", "national", "political", "economic", "legal", "military", "close"}


def subordination(r, sent, si, m, mentions) -> list[Position]:
    doc = sent.doc
    j = m.start - 1
    if j >= sent.start and doc[j].text == ",":
        j -= 1
    words = []
    while j >= sent.start and (doc[j].lower_ in SUBORDINATE_HEADS or doc[j].lower_ in TITLE_FILLER):
        words.insert(0, doc[j])
        j -= 1
    if not words or not any(w.lower_ in SUBORDINATE_HEADS for w in words) or j < sent.start:
        return []
    owner = None
    if doc[j].lower_ in ("his", "her"):
        owner = r.state.antecedent(doc[j], exclude=m.entity, prefer_subject=True)
    elif doc[j].text in ("'s", "’s") and j - 1 >= sent.start:
        om = r.state.mention_at(j - 1)
        owner = om.entity if om is not None and om.label == PERSON else None
    if owner is None or owner is m.entity or owner.label != PERSON:
        return []
    title = " ".join(w.text for w in words)
    return [Position(m.entity, title, owner, si, "subordinate:possessive", 0.7, relation="SUBORDINATE_OF")]
