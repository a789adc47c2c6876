"""A name written right after "TITLE of ACRONYM" with no comma between: "A deputy chairman
of KPK X Y said", "Chairman of the EFCC X Y", "Director of the NBI X Y". The model reads the acronym and the name as one body ("KPK X Y"), so
the official who speaks or acts is lost and a body that does not exist is made. The acronym (two
to six capitals, no country's) is the body; the two to four capitalised words after it are the
person's. place_then_name does the same for "TITLE of PLACE First Last". Used by ner_repair."""
from __future__ import annotations

from spacy.tokens import Span

from . import gazetteer as gz
from .place_then_name import _name_end
from .rules.titles import PORTFOLIO_WORDS


def _after_title_of(doc, i: int) -> bool:
    """doc[i] is the "of" of a title ("Chairman of", "a deputy chairwoman of")."""
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in gz.TITLE_HEADS


def _acronym(tok) -> bool:
    """An acronym that can name a body: capitals only, no country ("US") and no portfolio ("ICT")."""
    return tok.is_alpha and tok.is_upper and 2 <= len(tok.text) <= 6 and not gz.country_of(tok.text) \
        and tok.lower_ not in PORTFOLIO_WORDS


def acronym_then_name(doc, ents: list[Span]) -> list[Span]:
    """ents with each "TITLE of [the] ACRONYM First Last" read as the body, then the person."""
    found = []
    for i in range(1, len(doc) - 2):
        if not _after_title_of(doc, i):
            continue
        k = i + 1 + (doc[i + 1].lower_ == "the")
        if k + 1 >= len(doc) or not _acronym(doc[k]):
            continue
        j = _name_end(doc, k + 1)
        words = [x for x in doc[k + 1:j] if x.text != "-"]
        if 2 <= len(words) <= 4 and not (j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha):
            found += [Span(doc, k, k + 1, label="ORG"), Span(doc, k + 1, j, label="PERSON")]
    if not found:
        return ents
    keep = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in found)]
    return sorted(keep + found, key=lambda s: s.start)
