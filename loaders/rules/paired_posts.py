"""One appointing verb, several persons each followed by their own post in the same form: "signed
orders appointing A Acting Governor of Sakhalin Region and B Acting Governor of Amur Region",
"named A to head the Agroindustry Ministry and the deputy health minister, B, to move into the top
spot", "appointed A as governor and B as his deputy", "A was appointed finance minister and B health
minister". The parse hangs the second pair anywhere; read from the surface instead: the first
person's event, and each other person of the same list (joined by "and", a comma or a semicolon,
no verb of its own between) whose post starts as that one's does (a title, "as", "to" + verb),
gets the same event and agent. Passive lists with a preposition ("X was dismissed from A, Y from
B") are rules/gapped.py's."""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from ..lexicon import AUX, MODIFIERS
from .facts import EventFact

PAIRED_TYPES = {"APPOINTMENT", "DISMISSAL", "NOMINATION"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}
CLAUSE_WORDS = {"who", "whom", "which", "that", "while", "whereas", "but", "after", "before", "when"}
TITLE_SPAN = 4   # "Acting Governor", "deputy health minister", "finance minister": a title within 4 words


def paired_posts(r, sent, si: int, found: list[EventFact]) -> list[EventFact]:
    doc, out = sent.doc, []
    persons = [m for m in r.state.mentions if m.sent_index == si and m.label == PERSON and m.entity is not None]
    for f in list(found):
        if f.type not in PAIRED_TYPES or f.sent_index != si or len(f.subjects) != 1 \
                or f.extra.get("no_event") or f.predecessor is not None or f.successor is not None:
            continue
        first = next((m for m in persons if m.entity is f.subjects[0]), None)
        if first is None:
            continue
        start = _post_start(doc, first.end, sent.end)
        shape = _shape(doc, start, sent.end) if start is not None else None
        if shape is None:
            continue
        have = {id(x) for g in found + out if g.type == f.type and g.sent_index == si for x in g.subjects}
        for m in persons:
            at = m.end + (m.end < sent.end and doc[m.end].text == ",")
            if id(m.entity) in have or m.start == first.start or _shape(doc, at, sent.end) != shape:
                continue
            if not (_joined(doc, start, m.start) if m.start > start else   # a later pair
                    m.end <= first.start and _joined(doc, at, first.start)):   # an earlier one the verb's rule skipped
                continue
            have.add(id(m.entity))
            out.append(EventFact(f.type, si, [m.entity], f.agent, f.date_text, _post(doc, at, sent.end, shape),
                                 rule=f"{f.rule}:paired", strength=0.7))
    return out


def _post_start(doc, j: int, end: int) -> int | None:
    """Where the first person's post starts: right after the name (", " once), or, for "A was
    appointed finance minister", after the passive verb that follows the name."""
    if j < end and doc[j].text == ",":
        j += 1
    if j < end and doc[j].lower_ in AUX:
        while j < end and doc[j].lower_ in AUX:
            j += 1
        if j >= end or doc[j].tag_ != "VBN":
            return None
        j += 1
    return j if j < end else None


def _shape(doc, j: int, end: int) -> str | None:
    """How a post phrase starts at j: "as", "to" + verb, a title, or None."""
    if j >= end:
        return None
    t = doc[j]
    if t.lower_ == "as":
        return "as"
    if t.lower_ == "to" and j + 1 < end and doc[j + 1].tag_ == "VB":
        return "to"
    if t.pos_ in ("PROPN", "NOUN", "ADJ") and t.lower_ not in gz.RANKS:
        for k in range(j, min(end, j + TITLE_SPAN)):
            w = doc[k]
            if w.is_punct or w.lower_ in ("and", "or", "of"):
                break
            if w.lower_ in gz.TITLE_WORDS and w.lower_ not in MODIFIERS:
                return "title"
    return None


def _joined(doc, a: int, b: int) -> bool:
    """The text between the first person's name and a later one joins list items of one clause:
    a coordinator or a comma before the later name, and no verb or clause word of its own."""
    between = doc[a:b]
    if not any(t.lower_ in ("and", ",", ";") for t in between):
        return False
    return not any(t.tag_ in FINITE or t.lower_ in CLAUSE_WORDS or (t.tag_ == "VBG" and t.pos_ == "VERB")
                   for t in between)   # "named X as chief of staff, replacing Y, as part of ...": Y is no pair


def _post(doc, j: int, end: int, shape: str) -> str | None:
    """The later person's post: the words from j to the next comma, semicolon, "and" or the end."""
    if shape == "to":
        return None
    k = j + (shape == "as")
    words = []
    while k < end and not doc[k].is_punct and doc[k].lower_ not in ("and", "while", "whereas"):
        words.append(doc[k].text)
        k += 1
    text = " ".join(words)
    for lead in ("the ", "a ", "an ", "his ", "her "):
        text = text[len(lead):] if text.lower().startswith(lead) else text
    return text or None
