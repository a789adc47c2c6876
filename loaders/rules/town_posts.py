"""The town a story's mayor governs, where the story never writes "X City", "the city of X"
or "the mayor of X" (title_orgs.article_city reads those): the town written before its
mayor or its council ("Charlotte mayor", "former Fronteras, Sonora, Mexico Mayor X",
"Charlotte, N.C., city council", "Busan's vice mayor"), else the town whose police the story names ("Philadelphia
Police Commissioner X ... Mayor Jim Kenney": a story on a city's police and its mayor is
about one city).

A town counts when it is a known place, spaCy reads it as a place (GPE), or the places
written after it ("Sonora, Mexico", "N.C.") say it is one; never a country. Only one such
town may be found, or none is used.
"""
from __future__ import annotations

import re

from .. import gazetteer as gz
from .per_story import per_story, the_one
from .region_posts import NOT_PLACE
from .. import doc_index

TOWN = r"((?:[A-Z][\w\-]+ ){0,2}[A-Z][\w\-]+)"
# what may stand between a town and its mayor: its region and country ("Fronteras, Sonora, Mexico")
WHERE = r"((?:, (?:[A-Z][\w.]*\.?)(?: [A-Z][\w.]*)*){0,2}),?"
MAYOR_AFTER = re.compile(TOWN + WHERE + r"(?:’s|'s)?(?: (?:[Vv]ice|[Dd]eputy|[Ff]ormer|[Aa]cting))? [Mm]ayor\b")
COUNCIL_AFTER = re.compile(TOWN + WHERE + r" (?:[Cc]ity [Cc]ouncil|[Cc]ity [Hh]all|[Tt]own [Cc]ouncil)\b")
# words that may open or close the capitalised run without being the town ("Former", "Vice")
NOT_TOWN = NOT_PLACE | frozenset({"pro", "tem"})


def _label_at(sent, start: int, end: int) -> str | None:
    """spaCy's entity label of the characters start..end of the sentence's text, if one entity holds them."""
    base = sent.start_char
    return next((e.label_ for e in sent.doc.ents if e.start_char <= base + start and base + end <= e.end_char), None)


def _town(sent, m) -> str | None:
    """The town of a match: the first of its comma-separated parts ("Fronteras, Sonora, Mexico")
    that is no date ("Tonight, Springfield, Ohio, city council"), its words trimmed of titles."""
    parts = [(p.start(), p.group(0)) for p in re.finditer(r"[^,]+", m.group(0)[:m.end(2) - m.start(0)])]
    parts = [(m.start(0) + i + len(t) - len(t.lstrip()), t.strip()) for i, t in parts if t.strip()]
    while parts and _label_at(sent, parts[0][0], parts[0][0] + len(parts[0][1])) in ("DATE", "TIME"):
        parts = parts[1:]
    if not parts:
        return None
    (at, first), where = parts[0], [t for _, t in parts[1:]]
    words = first.split()
    while words and words[0].lower() in NOT_TOWN:
        words = words[1:]   # "Former Gary"
    while words and words[-1].lower() in NOT_TOWN:
        words = words[:-1]   # "Busan Vice (Mayor)"
    town = " ".join(words)
    if not town or gz.country_of(town) or any(w.lower() in gz.ORG_HEADS for w in words):
        return None   # "Mexican Mayor", "Police Mayor"
    at += first.index(town)
    placed = gz.is_place(town) or _label_at(sent, at, at + len(town)) == "GPE" or any(
        gz.is_place(p) or gz.country_of(p) for p in where) or (
        where and _label_at(sent, m.start(2), m.end(2)) == "GPE")
    return town if placed else None


@per_story
def written_town(st) -> str | None:
    """The one town written before "mayor" or "city council" in the story, else None."""
    found = set()
    for sent in st.sents:
        for rx in (MAYOR_AFTER, COUNCIL_AFTER):
            for m in rx.finditer(doc_index.text(sent)):
                town = _town(sent, m)
                if town:
                    found.add(town)
    return the_one(found)
