"""The state or province a story's bare "governor" governs, where the title itself names
none ("Ngilari ... was governor of the north-eastern state of Adamawa" read as "governor of
state"; "Puerto Rico's governor Rosselló"; "Governor X" later in the story): the one place
the story writes with a governor ("governor of the state of Adamawa", "governor of the
commonwealth of Puerto Rico", "Puerto Rico's governor", "the governor of Tamaulipas").

A place counts when it is a known place or spaCy reads it as one (GPE); a country of the
gazetteer only when written as a territory ("the commonwealth of Puerto Rico"); a body's
name ("governor of the Central Bank of Nigeria", "Nigeria's central bank governor") is none. Only one such place may be
found, or none is used. The body is the place's government under the names readers use
(`region_body_forms`: "Adamawa State", "state of Adamawa", "Government of Puerto Rico").
"""
from __future__ import annotations

import re

from graph.schema import ORGANISATION

from .. import gazetteer as gz
from .per_story import per_story, the_one
from .. import doc_index

# bare forms of the post: a governor whose title names no body
REGION_HEADS = frozenset({"governor", "governor of state", "governor of the state", "state governor",
                          "governor of province", "provincial governor", "governor of region", "regional governor"})
PLACE = r"((?:[A-Z][\w\-]+ ){0,2}[A-Z][\w\-]+)"
UNIT = r"(?:state|province|region|commonwealth|territory)"
CUES = (
    # "governor of the north-eastern state of Adamawa", "governor of United States commonwealth of Puerto Rico"
    re.compile(r"\b[Gg]overnor(?:ship)? of (?:the )?(?:[\w\-]+ ){0,3}" + UNIT + r" of " + PLACE),
    # "the governor of Tamaulipas, Mexico", "governor of Adamawa State"
    re.compile(r"\b[Gg]overnor(?:ship)? of (?:the )?" + PLACE),
    # "Puerto Rico's governor", "Adamawa State governor", "Lagos governor"
    re.compile(PLACE + r"(?:’s|'s)? (?:[Ss]tate |[Pp]rovince |[Pp]rovincial |[Rr]egional )?[Gg]overnor\b"),
)
# words that may open or close a capitalised run without being the place ("Former", "Vice")
NOT_PLACE = frozenset(w.lower() for w in gz.data().get("not_town_words", [])) | gz.TITLE_WORDS


def _place(sent, m) -> str | None:
    words = m.group(1).split()
    while words and words[0].lower() in NOT_PLACE:
        words = words[1:]   # "Former Lagos (governor)"
    while words and words[-1].lower() in NOT_PLACE | {"state", "province", "region"}:
        words = words[:-1]   # "Adamawa State (governor)"
    place = " ".join(words)
    after = doc_index.text(sent)[m.end(1):m.end(1) + 20].lstrip(" ,")
    if not place or any(w.lower() in gz.ORG_HEADS for w in words) or re.match(
            r"(?:’s|'s)?\s*(?:[Cc]entral|[Rr]eserve|[Nn]ational)?\s*(?:[Bb]ank|[Mm]onetary)", after) or re.match(
            UNIT + r" of\b", after):
        return None   # "governor of the Central Bank", "Nigeria's central bank governor", "United States (commonwealth of)"
    start = sent.start_char + m.start(1) + m.group(1).index(place)
    ents = [e for e in sent.doc.ents if e.start_char <= start and start + len(place) <= e.end_char]
    if any(e.label_ in ("ORG", "FAC") for e in ents) or (
            m.re is CUES[2] and doc_index.text(sent)[:m.start(1)].endswith(" of ")):
        return None   # "Central Bank of Nigeria Governor X": the place ends a body's name
    if gz.country_of(place):   # a territory written as one ("the commonwealth of Puerto Rico"), not
        # "Mexican (governor)" nor "Kenya's governor" (its central bank's, in a loose headline)
        return place if gz.country_of(place) == place and m.re is CUES[0] else None
    return place if gz.is_place(place) or any(e.label_ == "GPE" for e in ents) else None


@per_story
def article_region(st) -> str | None:
    """The one state, province or territory the story writes with a governor, else None."""
    found = set()
    for sent in st.sents:
        for rx in CUES:
            for m in rx.finditer(doc_index.text(sent)):
                place = _place(sent, m)
                if place:
                    found.add(place)
    return the_one({p for p in found if not any(p != q and p in q for q in found)})   # "Adamawa" in "Adamawa State"


def region_body(st, place: str):
    """A state's or province's government as the body of its governor's post."""
    forms = {form.format(place) for form in gz.data().get("region_body_forms", [])}
    for m in st.mentions:   # the story's own name for it ("Delta State")
        if m.label == ORGANISATION and m.entity is not None and m.entity.name in forms:
            return m.entity
    country = gz.country_of(place)
    e = st.country_entity(country) if country else st.org_entity(place, None)
    e.aliases |= forms - {e.name}
    return e


# "the Nassarawa State Assembly", "Kano State": a state written in the sentence itself
STATE_WRITTEN = re.compile(PLACE + r" (?:State|Province)\b")
NOT_STATES = frozenset({"islamic", "united", "free", "nation"})   # "Islamic State" is no state's government


def sentence_region(sent, default: str | None) -> str | None:
    """(round 19) The one other state or province a sentence writes ("the Nassarawa State
    Assembly renewed its vow to impeach Governor X") when the story's one governed place is
    another: that governor is the sentence's state's, not the story's. None when the sentence
    names the story's place too, or two others."""
    if not default:
        return None
    found = set()
    for m in STATE_WRITTEN.finditer(doc_index.text(sent)):
        words = m.group(1).split()
        while words and words[0].lower() in NOT_PLACE:
            words = words[1:]
        if words and words[0].lower() not in NOT_STATES and not gz.country_of(" ".join(words)):
            found.add(" ".join(words))
    if any(default in f or f in default for f in found):
        return None
    return the_one(found)
