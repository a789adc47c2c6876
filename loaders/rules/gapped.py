"""Decree-style lists that state the verb once: "Valentyn Reznichenko was dismissed from the post
of head of the Dnipropetrovsk Regional State Administration, Oleksandr Starukh from the post of
head of the Zaporizhzhia Regional State Administration, and Oleksiy Kuleba from ...", "X was
sworn in as the Foreign Minister, Y as the Education Minister and Z as ...". The first
name gets its event from the verb; each later name followed by the same preposition ("from",
"as", "to") gets the same event, with the same agent."""
from __future__ import annotations

from graph.schema import PERSON

from ..lexicon import AUX
from .facts import EventFact

GAP_PREPS = {"from", "as", "to"}
LIST_OPENERS = frozenset({",", "and", ";"})   # what stands before a later item of the list: ", Y from ...", "and Z as ..."


def _preposition_after_verb(doc, m) -> str | None:
    """"X was dismissed from ...": the preposition right after the passive verb that follows X."""
    j = m.end
    if j >= len(doc) or doc[j].lower_ not in AUX:
        return None
    while j < len(doc) and doc[j].lower_ in AUX:
        j += 1
    if j + 1 >= len(doc) or doc[j].tag_ != "VBN":
        return None
    if doc[j + 1].tag_ == "RP" and j + 2 < len(doc):
        j += 1   # "X was sworn in as A, Y as B": the verb's particle before the preposition
    if doc[j + 1].lower_ not in GAP_PREPS:
        return None
    return doc[j + 1].lower_


def gapped_subjects(r, sent, si: int, found: list[EventFact]) -> list[EventFact]:
    out = []
    doc = sent.doc
    persons = None   # (the sentence's persons, read from the article's mentions once an event needs them)
    for f in found:
        if f.sent_index != si or len(f.subjects) != 1 or f.extra.get("no_event") or f.predecessor is not None:
            continue
        if persons is None:
            persons = [m for m in r.state.mentions if m.sent_index == si and m.label == PERSON and m.entity is not None]
        first = next((m for m in persons if m.entity is f.subjects[0]), None)
        prep = _preposition_after_verb(doc, first) if first is not None else None
        if prep is None:
            continue
        have = {id(f.subjects[0])}
        for m in persons:
            if m.start <= first.end or id(m.entity) in have or m.end >= len(doc) or doc[m.end].lower_ != prep:
                continue
            if m.start - 1 < sent.start or doc[m.start - 1].lower_ not in LIST_OPENERS:
                continue   # a list item: ", Y from ...", "and Z from ..."
            have.add(id(m.entity))
            out.append(EventFact(f.type, si, [m.entity], f.agent, f.date_text, None, rule=f"{f.rule}:gapped",
                                 strength=0.7))
    return out
