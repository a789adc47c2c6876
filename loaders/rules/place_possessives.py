"""A post written after a region's or a city's possessive: "X Region's chief minister, Y",
"Y, X Region's minister of social welfare", "Y, X's former chief secretary", "X's security
spokesman Y". The place names the government the post is in; read without it the title went
to the nation's ministry ("Ministry of Social Welfare", "Ministry of Security") or to no body.

Only a place that is no country (a known city or first-level region, the same with its
"Region"/"State"/"Province" word, or a place the model tagged), right before the "'s", and a
title whose head is a government's own (titles.json region_government_heads: "minister",
"secretary", "spokesman" ...) and that names no body of its own ("police", "ministry"). A
portfolio minister or a one-word head after a bare place's name is left ("Seoul's Unification
Minister", "Tehran's spokesman": a capital standing for its country); after "X Region's" or
"Y State's" it is the region's.
The body is the place's government under the names readers use (region_posts.region_body).
Read by title_before (title, then the name) and appositions.title_phrase (the name, then the
title; the title, a comma, then the name).
"""
from __future__ import annotations

from graph.schema import ORGANISATION

from .. import gazetteer as gz
from ..lexicon import word_set
from ..places import AFTER_NAME_ADMIN, POSSESSIVE
from .region_ministers import place_ending_at
from .region_posts import region_body
from .titles import BODY_WORDS

HEADS = word_set("titles", "region_government_heads")
# portfolios only a nation has: a capital's possessive before them stands for its country
NATIONAL_WORDS = word_set("titles", "national_portfolio_words")
# capitalised words before "State" that name no territory ("Islamic State", "United States")
NOT_STEMS = word_set("names", "not_place_stems")


def _tagged_place(r, doc, k: int, start: int) -> str | None:
    """A place the model tagged (GPE/LOC) whose last word is doc[k], that is no country and no body."""
    ent = next((e for e in doc.ents if e.end == k + 1 and e.start >= start and e.label_ in ("GPE", "LOC")), None)
    if ent is None or gz.country_of(ent.text) or not all(t.text[:1].isupper() and t.is_alpha for t in ent):
        return None
    if ent.start - 1 >= start and doc[ent.start - 1].text[:1].isupper() and doc[ent.start - 1].pos_ == "PROPN":
        return None
    if any((om := r.state.mention_at(j)) is not None and om.label == ORGANISATION for j in range(ent.start, ent.end)):
        return None
    return ent.text


def place_before(r, doc, k: int, start: int) -> str | None:
    """The region or city whose name ends at doc[k], the word before a possessive, else None."""
    place = place_ending_at(r, doc, k, start)
    if place is None and k - 1 >= start and doc[k].lower_ in AFTER_NAME_ADMIN and doc[k].text[:1].isupper():
        stem = place_ending_at(r, doc, k - 1, start) or _named_stem(r, doc, k - 1, start)   # "X Region", "Y State"
        place = f"{stem} {doc[k].text}" if stem is not None else None
    return place or _tagged_place(r, doc, k, start)


def _named_stem(r, doc, k: int, start: int) -> str | None:
    """One or two capitalised words ending at doc[k] before a capitalised kind of territory
    ("Xyz" of "Xyz Region's"): the kind names it a place though no list knows it (a spelling
    the gazetteer lacks); not a country, not the start of a longer name, no body's words."""
    for n in (2, 1):
        i = k - n + 1
        if i < start or not all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in NOT_STEMS
                                for t in doc[i:k + 1]):
            continue
        if i - 1 >= start and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ == "PROPN":
            continue
        name = doc[i:k + 1].text
        if gz.country_of(name) or any((om := r.state.mention_at(j)) is not None and om.label != ORGANISATION
                                      for j in range(i, k + 1)):
            return None
        return name
    return None


def government_title(words: list[str]) -> bool:
    """A title of a region's own government: a head of HEADS, no body's word ("X's health ministry
    spokesman" is the ministry's), no national portfolio."""
    low = {w.lower() for w in words}
    return bool(low & HEADS) and not low & (BODY_WORDS | gz.ORG_HEADS) and not low & NATIONAL_WORDS


def _capital_like(place: str, words: list[str]) -> bool:
    """A portfolio minister or a bare head after a bare place's name ("Seoul's Unification
    Minister", "Tehran's spokesman"): a capital may stand for its country there, so only a place
    written with its kind of territory ("X Region's", "Y State's") is taken as the region; "chief
    minister" and a head with its remit ("chief secretary", "security spokesman") are a region's."""
    if place.split()[-1].lower() in AFTER_NAME_ADMIN:
        return False
    low = [w.lower() for w in words if w.lower() not in ("former", "acting", "then", "new", "interim", "the", "a")]
    return ("minister" in low and "chief" not in low) or len(low) < 2


def possessive_body(r, doc, i: int, start: int, words: list[str]):
    """The government of the place whose possessive is doc[i], for a title of `words`, else None."""
    if i - 1 < start or doc[i].text not in POSSESSIVE or not government_title(words):
        return None
    place = place_before(r, doc, i - 1, start)
    return region_body(r.state, place) if place is not None and not _capital_like(place, words) else None


def phrase_post(r, toks):
    """(the body, the title's words) of a phrase "PLACE's [former] TITLE", else None."""
    k = next((n for n, t in enumerate(toks) if t.text in POSSESSIVE), None)
    if not k or k + 1 >= len(toks):
        return None
    rest = toks[k + 1:]
    if any(r.state.mention_at(t.i) is not None for t in rest):
        return None   # "X's Ministry of Y spokesman": the body is named
    doc = toks[0].doc
    place = place_before(r, doc, toks[k - 1].i, toks[0].i)
    if place is None or doc[toks[k - 1].i - len(place.split()) + 1].i != toks[0].i:
        return None   # the place opens the phrase ("the region's ..." is read elsewhere)
    words = [t.text for t in rest]
    if not government_title(words) or _capital_like(place, words):
        return None
    return region_body(r.state, place), words
