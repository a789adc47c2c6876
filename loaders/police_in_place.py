""""Police in Brazil arrested the former minister", "was arrested by the police in Kano": the
police of a named place, written in lower case or with the place after "in", is a body (round 13).

Wire copy names an arresting force by where it works rather than by its name. The small model
tags only the place, so the arrest finds no agent. When "police in <place>" is the subject of an
event verb (or of one reporting it) or follows its "by" (the one who acts, not "reported to police
in X", "police in X said the road was shut"), the words from "police" to the end of the place are
one organisation. "Federal Police in X" is a named body already (the model tags it) and is left
alone. Used by ner_repair."""
from __future__ import annotations

from spacy.tokens import Span

from . import doc_index
from . import gazetteer as gz
from .lexicon import EVENT_VERBS
from .places import AFTER_NAME_ADMIN


def _place_at(doc, ents: list[Span], k: int) -> Span | None:
    """The place span starting at doc[k] ("Brazil", "Kano", "the Maldives", "Delta State"), or None."""
    start = k + 1 if k < len(doc) and doc[k].lower_ == "the" else k
    for e in ents:
        if e.start != start:
            continue
        if e.label_ in ("GPE", "LOC") or (e.label_ == "ORG" and len(e) >= 2 and e[-1].lower_ in AFTER_NAME_ADMIN
                                          and gz.is_place(e[:-1].text)):   # "Delta State", tagged a body
            return e
    return None


def _acts(tok) -> bool:
    """The police word is who does an event: the subject of an event verb ("arrested", "detained") or
    of one reporting it ("said they had arrested"), or the agent after "by" of an event verb. Police
    of a place who only speak or search are no party the story needs as a body."""
    if tok.dep_ == "nsubj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "by":
        verb = tok.head.head
    else:
        return False
    return verb.lemma_.lower() in EVENT_VERBS or any(
        c.dep_ == "ccomp" and c.lemma_.lower() in EVENT_VERBS for c in verb.children)


def mend(doc, ents: list[Span]) -> list[Span]:
    """ents with "police in <place>" made one organisation where it names who acts."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    lowers = doc_index.lowers(doc)
    if "police" not in lowers:
        return out
    for i in range(len(doc) - 2):
        if lowers[i] != "police" or i in taken or lowers[i + 1] != "in" or not _acts(doc[i]):
            continue
        if i > 0 and (doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ != "the" and not doc[i - 1].is_sent_start):
            continue   # "Federal Police in Brasilia": a named body, or a title ("Inspector General of Police")
        place = _place_at(doc, ents, i + 2)
        if place is None:
            continue
        out = [e for e in out if e is not place] + [Span(doc, i, place.end, label="ORG")]
        taken |= set(range(i, place.end))
    return out
