"""A name written right after "TITLE of PLACE" with no comma between: "President of Ukraine
Volodymyr Zelensky", "Prime Minister of India Narendra Modi", "Governor of Lagos State Babajide
Sanwo-Olu", "Chief Minister of Punjab Maryam Nawaz". The model reads the place and the name as
one span (a nationality, a body, a person named "Kenya William Ruto") or as nothing at all, and
the official who acts in the sentence is lost. The place is the post's; the two to four
capitalised words after it are the person's. Run first in ner_repair."""
from __future__ import annotations

import re

from spacy.tokens import Span

from . import doc_index
from . import gazetteer as gz
from .lexicon import word_set

PLACE_SUFFIXES = word_set("names", "place_suffixes")   # data/names.json
US_DISTRICT = re.compile(r"(?:(?:Northern|Southern|Eastern|Western|Middle|Central) )?District of (?:"
                         + "|".join(re.escape(n) for n in gz.data().get("us_district_names", [])) + ")")


def _name_word(tok) -> bool:
    """A capitalised word that may be part of a person's name (no title, body, country or place word)."""
    return tok.text[:1].isupper() and tok.text.replace("'", "").replace("’", "").isalpha() \
        and tok.lower_ not in gz.TITLE_WORDS and tok.lower_ not in gz.ORG_HEADS and tok.lower_ not in PLACE_SUFFIXES \
        and not gz.country_of(tok.text) and not tok.is_upper


def _place_end(doc, k: int) -> int | None:
    """The end of a place named from token k ("Ukraine", "Lagos State", "the Samara Region", a US
    judicial district: "the Middle District of Georgia"), or None."""
    texts = doc_index.texts(doc)
    if "District" in texts[k:k + 2]:   # (the pattern's "District " is a token's whole text, its first or second)
        for n in (5, 4, 3):   # "Middle District of North Carolina", "District of Columbia"
            if len(doc[k:k + n]) == n and US_DISTRICT.fullmatch(doc[k:k + n].text):
                return k + n
    for n in (3, 2, 1):
        if k + n <= len(texts) and all(w[:1].isupper() for w in texts[k:k + n]) \
                and (gz.country_of((span := doc[k:k + n]).text) or gz.is_place(span.text)):
            end = k + n
            if end < len(doc) and doc[end].lower_ in PLACE_SUFFIXES and doc[end].text[:1].isupper():
                end += 1
            return end
    return None


def _initial(tok) -> bool:
    """A middle initial ("Jeffrey A. Taylor")."""
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


def _name_end(doc, start: int) -> int:
    """The end of the run of name words from start ("Kassym-Jomart Tokayev": hyphens glued inside)."""
    j = start
    while j < len(doc) and j - start < 6:
        if _name_word(doc[j]) or (j > start and _initial(doc[j]) and j + 1 < len(doc) and _name_word(doc[j + 1])):
            j += 1
        elif doc[j].text == "-" and j > start and doc[j - 1].whitespace_ == "" and doc[j].whitespace_ == "" \
                and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
            j += 1
        else:
            break
    return j


def place_then_name(doc, ents: list[Span]) -> list[Span]:
    """ents with each "TITLE of PLACE First Last" (or a title in lower case "of" / "on" / "to" /
    "for" a place: "ambassador to Kenya X Y"; "U.S. Attorney for the District of Columbia X Y")
    read as the place, then the person."""
    found = []
    texts, lowers = doc_index.texts(doc), doc_index.lowers(doc)
    for i in range(1, len(doc)):
        w = lowers[i]
        if w not in ("of", "on", "to", "for") or lowers[i - 1] not in gz.TITLE_HEADS or not (
                w in ("of", "to", "for") and texts[i - 1][:1].isupper() or doc[i - 1].is_lower):
            # "the UN special envoy on Myanmar Noeleen Heyzer", "US Ambassador to Mexico X"
            continue
        k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        end = _place_end(doc, k) if k < len(doc) else None
        if end is None:
            continue
        j = _name_end(doc, end)
        words = [x for x in doc[end:j] if x.text != "-"]
        if 2 <= len(words) <= 4 and not (j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha):
            found += [Span(doc, k, end, label="GPE"), Span(doc, end, j, label="PERSON")]
    if not found:
        return ents
    keep = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in found)]
    return sorted(keep + found, key=lambda s: s.start)
