"""A name the model read as a person that the story writes only where a body's name is written
is a body: after an article ("the rebel Tamil Tigers", "a former Cope MP", "the former Petronas
chairman", "the Patanjali land deal") or as the modifier of a common noun ("rogue Jaysh
Al-Mahdi infiltration"). A person is written so too ("the Obama administration"), but then
the story names him elsewhere as a person ("Barack Obama", "Obama said"), so every mention
that shares a word with the name is asked, and a name that starts with a given name is a
person's ("the late Sani Abacha")."""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from .lexicon import ARTICLES, PERSON_HEADED
from .name_bounds import APPOSITION_NOUNS, GIVEN_NAMES

# words between the article and a person's name that make it a person's ("the late X", "the then X")
PERSON_MARKS = frozenset({"late", "then", "honourable", "honorable", "hon", "young", "elder", "younger"})


def _after_article(doc, start: int) -> bool:
    """"the (former) X": an article before the name, with only lower-case adjectives between."""
    i = start - 1
    while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ" and doc[i].lower_ not in PERSON_MARKS:
        i -= 1
    return i >= 0 and i < start and doc[i].lower_ in ARTICLES and doc[i].lower_ not in PERSON_MARKS


def _modifies_noun(doc, end: int) -> bool:
    """"X infiltration", "X land deal": the name's last word modifies the common noun after it."""
    last = doc[end - 1]
    nxt = doc[end] if end < len(doc) else None
    return last.dep_ == "compound" and last.head.i >= end and last.head.pos_ == "NOUN" \
        and last.head.is_lower and nxt is not None and nxt.is_lower


def _apposed_person_noun(doc, start: int, end: int) -> bool:
    """"the Mogho Naba, the traditional king of the Mossi": set beside a post, an occupation or kin."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in APPOSITION_NOUNS
               for t in doc[start:end] for c in t.children)


def _qualifies_persons_noun(doc, end: int) -> bool:
    """"the Maduro government", "the Mubarak era": a noun a person's name qualifies."""
    return end < len(doc) and doc[end].lower_ in PERSON_HEADED


def body_position(m, sents) -> bool:
    doc = sents[m.sent_index].doc
    return (_after_article(doc, m.start) or _modifies_noun(doc, m.end)) \
        and not _apposed_person_noun(doc, m.start, m.end) and not _qualifies_persons_noun(doc, m.end)


def relabel(mentions: list, sents) -> list:
    """The mentions, with persons written only as bodies are written labelled as bodies."""
    persons = [m for m in mentions if m.label == PERSON]
    for m in persons:
        if m.label != PERSON:
            continue
        words = set(m.text.split())
        kin = [k for k in persons if words & set(k.text.split())]
        if any(k.text.split()[0] in GIVEN_NAMES for k in kin):
            continue
        if all(body_position(k, sents) for k in kin):
            for k in kin:
                k.label = ORGANISATION
    return mentions
