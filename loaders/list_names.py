"""Names on the lines of a list that pairs each person with a post.

Cabinet lists are written one holder a line, "Health – Achieng Mwikali" or "• Dante Villareal –
Secretary of Education". The small model reads such a line poorly: it misses the name
("Marites Salonga"), runs it over the dash into the post ("Rodrigo Tanlap Jr - Secretary",
"Catacutan – Department of Interior"), and the line's title case makes it look like a headline
or a menu, whose names count only when the story repeats them. Here a line of that shape
(one dash between a short post or portfolio and a short run of capitalised words) gives the
name side as a person, and the post side keeps its own body ("Department of Justice").
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from . import gazetteer as gz
from .lexicon import load
from . import doc_index

LIST_MARKS = "•·*▪►-–—"
SIDE_MAX_WORDS = 8
NAME_MAX_TOKENS = 7
DASH = re.compile(r"\s[–—-]{1,2}\s")
SUFFIXES = frozenset(load("names")["name_suffixes"])   # "Jr.", "III"
POST_JOINERS = {"and", "of", "for", "the", ",", "&", "(", ")", "/"}


def _spaced_dash(body: str) -> bool:
    """A dash with white space before it (what every DASH match begins with; \\s is str.isspace),
    found with str.find: much cheaper than the regex over the whole text."""
    for dash in "–—-":
        p = body.find(dash, 1)
        while p != -1:
            if body[p - 1].isspace():
                return True
            p = body.find(dash, p + 1)
    return False


def _sides(doc) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Token ranges before and after the line's one dash (bullets left out), or None."""
    text = doc_index.text(doc)
    body_start = len(text) - len(text.lstrip(LIST_MARKS + " \t"))
    body = text[body_start:].rstrip()
    if not _spaced_dash(body):
        return None
    cuts = list(DASH.finditer(body))
    if len(cuts) != 1:
        return None
    left_end, right_start = body_start + cuts[0].start(), body_start + cuts[0].end()
    left = [t.i for t in doc if body_start <= t.idx < left_end]
    right = [t.i for t in doc if t.idx >= right_start and not t.is_space]
    if not left or not right or len(left) > SIDE_MAX_WORDS * 2 or len(right) > SIDE_MAX_WORDS * 2:
        return None
    return (left[0], left[-1] + 1), (right[0], right[-1] + 1)


def _post_side(doc, start: int, end: int) -> bool:
    """"Secretary of Agriculture", "Department of Justice (DOJ)", "Health", "Sports, Culture and
    Arts", "TESDA Secretary": a title, a body or a portfolio, no verb."""
    toks = [t for t in doc[start:end] if not t.is_space]
    words = [t for t in toks if t.is_alpha]
    if not words or len(words) > SIDE_MAX_WORDS or any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in toks):
        return False
    if any(t.lower_ in gz.TITLE_HEADS or t.lower_ in gz.ORG_HEADS for t in words):
        return True
    forms = gz.domain_forms()
    return any(t.lower_ in forms for t in words) and all(
        t.lower_ in POST_JOINERS or t.lower_ in forms or t.text[:1].isupper() or t.is_punct for t in toks)


def _name_side(doc, start: int, end: int) -> bool:
    """"Rodrigo Tanlap Dimaculangan Jr.", "Efren 'Bong' Catacutan", "Jaime Tolentino III":
    two to seven capitalised words (a nickname in quotes, a suffix), none of them a title's,
    a body's, a portfolio's or a country's."""
    toks = [t for t in doc[start:end] if not t.is_space]
    words = [t for t in toks if t.is_alpha and t.lower_ not in SUFFIXES]
    if not 2 <= len(words) <= NAME_MAX_TOKENS - 1 or len(toks) > NAME_MAX_TOKENS + 2:
        return False
    forms = gz.domain_forms()
    for t in toks:
        if t.is_alpha and not t.text[:1].isupper():
            return False
        if not t.is_alpha and t.text not in ("'", "’", "‘", '"', "“", "”", ".") and t.lower_ not in SUFFIXES \
                and not re.fullmatch(r"[A-Z]\.|[’'][a-z]+|-", t.text):
            return False
    return not any(t.lower_ in gz.TITLE_WORDS or t.lower_ in gz.ORG_HEADS or t.lower_ in forms
                   or gz.country_of(t.text) for t in words)


def person_and_post(doc) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (name, post) token ranges of a list line, or None when the line is not one."""
    sides = _sides(doc)
    if sides is None:
        return None
    (a, b), (c, d) = sides
    if _name_side(doc, a, b) and _post_side(doc, c, d):
        return (a, b), (c, d)
    if _post_side(doc, a, b) and _name_side(doc, c, d):
        return (c, d), (a, b)
    return None


def _trim_name(doc, start: int, end: int) -> tuple[int, int]:
    while end > start and doc[end - 1].text in ("'", "’", '"', "”"):
        end -= 1
    return start, end


def mend(doc, out: list[Span]) -> list[Span]:
    """On a list line, the name side is one person; spans across the dash give way, and a
    body named on the post side ("Department of Justice") is kept as one organisation."""
    found = person_and_post(doc)
    held = _comma_holder(doc) if found is None else None
    if held is not None:   # "- Minister of Works, X Y;": the holder is a person, whatever the model read
        return sorted([x for x in out if x.end <= held[0] or x.start >= held[1]]
                      + [Span(doc, held[0], held[1], label="PERSON")], key=lambda x: x.start)
    if found is None:
        return out
    (ns, ne), (ps, pe) = found
    ns, ne = _trim_name(doc, ns, ne)
    keep = [x for x in out if x.end <= min(ns, ps) or x.start >= max(ne, pe)
            or (ps <= x.start and x.end <= pe)]
    keep = [x for x in keep if not (ns <= x.start < ne)]
    keep.append(Span(doc, ns, ne, label="PERSON"))
    end = next((t.i for t in doc[ps:pe] if t.text == "("), pe)
    if doc[ps].lower_ in gz.ORG_HEADS and end - ps >= 2:   # "Department of Interior and Local Government (DILG)"
        keep = [x for x in keep if not (ps <= x.start < end)] + [Span(doc, ps, end, label="ORG")]
    elif not any(t.lower_ in gz.TITLE_HEADS or t.lower_ in gz.ORG_HEADS for t in doc[ps:end]):
        # "Agriculture, Livestock and Fisheries": a portfolio, whose ministry the title rules
        # name; no body of its own, nor "Livestock and Fisheries" apart
        keep = [x for x in keep if not (ps <= x.start < end)]
    return sorted(keep, key=lambda x: x.start)


def list_item(doc) -> bool:
    """A line of such a list: its title case is not a headline's, its name is not a menu's. So is a
    numbered line that names a person after a title ("1. ECZ Chairperson Hon. Justice Esau Chulu")."""
    return person_and_post(doc) is not None or _numbered_holder(doc) or _post_comma_holder(doc)


def _post_comma_holder(doc) -> bool:
    return _comma_holder(doc) is not None


def _comma_holder(doc) -> tuple[int, int] | None:
    """"- Minister of Works, X Y;": a line of a sworn-in list that names a post, a
    comma and its holder (two to four capitalised words), and ends in the list's semicolon. The
    holder's start and end, or None."""
    k = 0
    while k < len(doc) and doc[k].text in LIST_MARKS:
        k += 1
    if len(doc) - k < 5 or doc[-1].text != ";" or doc[k].lower_ not in gz.TITLE_HEADS:
        return None
    comma = max((i for i, w in enumerate(doc_index.texts(doc)) if w == ","), default=None)
    if comma is None or comma < k + 2:
        return None
    name = doc[comma + 1:len(doc) - 1]
    if not 2 <= len(name) <= 4 or not all(t.text[:1].isupper() and t.text.replace(".", "").replace("-", "").isalpha()
                                          and t.lower_ not in gz.ORG_HEADS and t.lower_ not in gz.TITLE_WORDS
                                          for t in name):
        return None
    return comma + 1, len(doc) - 1


def _numbered_holder(doc) -> bool:
    if len(doc) < 4 or not doc[0].like_num or doc[1].text not in (".", ")"):
        return False
    return any(e.label_ == "PERSON" and e.start >= 3 and (
        doc[e.start - 1].lower_ in gz.TITLE_WORDS or doc[e.start - 1].text.rstrip(".") in gz.PREFIXES)
        for e in doc.ents)
