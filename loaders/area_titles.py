"""Posts of a region written between its place and the holder: "Kigoma Regional Commissioner X",
"the Ashanti Regional Minister, X", "Bungoma County Commissioner X", "the former Dodoma RC".

Much of Africa names its regional officials this way. The small model reads the place and the
region's adjective as a body ("Kigoma Regional", "Tanga Regional Administrative") or the
whole phrase as a person ("Singida Regional Commissioner"). Here the phrase is found once and
its place is kept as a place (GPE); rules/area_posts.py gives the holder the post at the place's
body ("Kigoma Region", "Bungoma County"). The adjectives and the short forms ("RC") are data
(names.json `area_adjectives`, `area_title_abbreviations`). A title that names a body of its own
("Arusha Regional Police Commander") is left to the other rules.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from . import doc_index
from . import gazetteer as gz
from .lexicon import HEADLINE_VERBS, load

AREA_ADJECTIVES: dict[str, str] = load("names")["area_adjectives"]   # "Regional" -> "Region"
ABBREVIATIONS: dict[str, list[str]] = load("names")["area_title_abbreviations"]   # "RC" -> ["Regional", "Regional Commissioner"]
NOT_HEADS = frozenset(load("names")["area_title_not_heads"])   # "District Attorney": a prosecutor's post
PLACE_MAX_WORDS = 3
TITLE_MAX_WORDS = 3
NOT_PLACE = frozenset({"the", "a", "an", "former", "new", "acting", "current", "then"}) | gz.TITLE_WORDS


@dataclass(frozen=True)
class AreaPost:
    start: int    # first token of the place
    area: int     # the adjective's token (or the short form's)
    end: int      # one past the title's last token
    body: str     # "Kigoma Region"
    title: str    # "Regional Commissioner"


def _place_word(tok) -> bool:
    """A word of a place's name: capitalised, no acronym ("UNICEF Regional Director" is a body's post),
    no headline's verb ("Odinga Sacks Bungoma County Commissioner X")."""
    return tok.text[:1].isupper() and tok.text.replace("-", "").isalpha() and tok.lower_ not in NOT_PLACE \
        and not (tok.is_upper and len(tok.text) > 1) and tok.lower_ not in HEADLINE_VERBS \
        and tok.lower_ not in gz.ORG_HEADS and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not gz.country_of(tok.text)


def _title_end(doc, k: int, stop: int) -> int | None:
    """One past the title's head when one to three capitalised words from k end in a title head
    ("Commissioner", "Administrative Secretary"); None when a body word is among them ("Police")."""
    for j in range(k, min(stop, k + TITLE_MAX_WORDS)):
        t = doc[j]
        if not t.text[:1].isupper() or not t.is_alpha or t.lower_ in gz.ORG_HEADS or t.lower_ in gz.BODY_WORDS:
            return None
        if t.lower_ in gz.TITLE_HEADS:
            return j + 1 if t.lower_ not in NOT_HEADS else None
    return None


def _place_start(doc, a: int, start: int, persons: set[int]) -> int | None:
    k = a
    while k - 1 >= start and a - k < PLACE_MAX_WORDS and _place_word(doc[k - 1]) and k - 1 not in persons:
        k -= 1
    return k if k < a else None


def area_posts(doc, start: int, end: int, persons: set[int] = frozenset()) -> list[AreaPost]:
    """The region posts written between tokens start and end; persons: tokens of person names,
    which no place takes in."""
    out = []
    texts = doc_index.texts(doc)
    for a in range(start + 1, end):
        w = texts[a]
        if w in AREA_ADJECTIVES:
            stop = _title_end(doc, a + 1, end)
            title = doc[a:stop].text if stop is not None else None
            kind = AREA_ADJECTIVES[w]
        elif w in ABBREVIATIONS:
            stop, (adjective, title) = a + 1, ABBREVIATIONS[w]
            kind = AREA_ADJECTIVES[adjective]
        else:
            continue
        if stop is None:
            continue
        p = _place_start(doc, a, start, persons)
        if p is None or gz.country_of(doc[p:a].text) or doc[p:a].text.lower() in gz.known_orgs():
            continue   # ("United States District Judge", a known body's "Regional Director")
        out.append(AreaPost(p, a, stop, f"{doc[p:a].text} {kind}", title))
    return out


def mend(doc, ents: list[Span]) -> list[Span]:
    """The place of each region post stays a place; the model's spans over the adjective and the
    title give way (a person's span that runs on past the title keeps its own words)."""
    texts = doc_index.texts(doc)
    if AREA_ADJECTIVES.keys().isdisjoint(texts) and ABBREVIATIONS.keys().isdisjoint(texts):
        return ents   # no region's adjective nor short form: no region post
    persons = {i for e in ents if e.label_ == "PERSON" and len(e) >= 2
               and not any(t.text in AREA_ADJECTIVES or t.text in ABBREVIATIONS for t in e)   # (a misread post)
               for i in range(e.start, e.end)}
    found = area_posts(doc, 0, len(doc), persons)
    if not found:
        return ents
    out = list(ents)
    for f in found:
        kept = []
        for e in out:
            if e.end <= f.start or e.start >= f.end:
                kept.append(e)
            elif e.end > f.end and e.label_ == "PERSON":
                kept.append(Span(doc, f.end, e.end, label="PERSON"))   # ("Singida Regional Commissioner X Y")
        out = kept + [Span(doc, f.start, f.area, label="GPE")]
    return sorted(out, key=lambda x: x.start)
