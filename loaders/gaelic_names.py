"""Irish (Gaelic) names, as Irish outlets write them (round 16): "Pádraig Ó Dónaill will become
acting commissioner", "Newly elected Cathaoirleach Eoin Ó Briain", "the resignation of
Siobhán O’Rourke". The small model reads a name with the capital particle Ó / Ní / Mac as an
organisation, runs an untold title into it ("Cathaoirleach Eoin Ó Briain"), or ends the
name before an apostrophe surname ("Siobhán" + "O’Rourke"). A particle (names.json
gaelic_particles) between the given name and a capitalised surname makes the three one person
(the particle and surname alone after "Mr"/a title); an "O’X" / "D’X" / "Mc’X" word right after a
person's span is that person's surname, and a given name with such a surname is a person whatever
the model called it."""
from __future__ import annotations

import re

from spacy.tokens import Span

from . import doc_index
from . import gazetteer as gz
from .lexicon import load
from .name_bounds import swap_in

PARTICLES = frozenset(load("names").get("gaelic_particles", []))
APOSTROPHE_SURNAME = re.compile(r"^(?:O|D|Mc|Mac)['’][A-Z][a-zà-ÿ]+$")


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.text.replace("-", "").isalpha() and tok.text not in PARTICLES \
        and tok.lower_ not in gz.TITLE_WORDS and tok.text.rstrip(".") not in gz.PREFIXES


def _particle_names(doc) -> list[Span]:
    found = []
    texts = doc_index.texts(doc)
    for i in range(len(doc) - 1) if not PARTICLES.isdisjoint(texts) else ():   # (no particle: no walk)
        if texts[i] not in PARTICLES or not _name_word(doc[i + 1]):
            continue
        start = i - 1 if i > 0 and _name_word(doc[i - 1]) else i   # "Mr Ó Briain": the particle opens it
        found.append(Span(doc, start, i + 2, label="PERSON"))
    return found


def mend(doc, out: list[Span]) -> list[Span]:
    found = _particle_names(doc)
    text = doc_index.text(doc)
    if not found and ("'" not in text and "’" not in text
                      or not any(("'" in w or "’" in w) and APOSTROPHE_SURNAME.match(w) for w in doc_index.texts(doc))):
        return out   # no particle and no "O’X" surname: nothing to mend
    taken = {k for x in out for k in range(x.start, x.end)} | {k for f in found for k in range(f.start, f.end)}
    for x in out:
        if x.label_ == "PERSON" and x.end < len(doc) and x.end not in taken \
                and APOSTROPHE_SURNAME.match(doc[x.end].text) and not any(f.start <= x.start < f.end for f in found):
            found.append(Span(doc, x.start, x.end + 1, label="PERSON"))   # "Siobhán" + "O’Rourke"
        elif x.label_ != "PERSON" and len(x) == 2 and _name_word(x[0]) and APOSTROPHE_SURNAME.match(x[1].text):
            found.append(Span(doc, x.start, x.end, label="PERSON"))   # "Siobhán O’Rourke" read as a people
    found = [f for f in found if not any(x.label_ == "PERSON" and x.start == f.start and x.end == f.end for x in out)]
    return swap_in(out, found)
