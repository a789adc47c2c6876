"""Names joined by a patronymic particle that the model cut in two (round 16).

"Noura bint Saeed Al Marri" is read as "Noura" and "Saeed Al Marri", "Hessa bint
Ahmed Al Suwaidi" as "Ahmed Al Suwaidi" alone: the lower-case "bint" / "binti" ("daughter
of") stops the model where "bin" does not. The person is then the father, and the woman's
own post goes to a second, wrong person. A person span after such a particle takes in the
particle and the capitalised given name before it (tagged or not). Particle list:
data/names.json patronymic_particles.
"""
from __future__ import annotations

from spacy.tokens import Span

from . import gazetteer as gz
from .lexicon import load

PATRONYMIC = frozenset(load("names")["patronymic_particles"])


def _given_name(tok) -> bool:
    """A capitalised word that may be a given name (the model may tag it an adjective)."""
    return tok.text[:1].isupper() and tok.is_alpha and not tok.is_stop and tok.lower_ not in gz.TITLE_WORDS \
        and not gz.country_of(tok.text)


def join_patronymics(doc, ents: list[Span]) -> list[Span]:
    """Person spans widened over "<Given> bint|binti|bin <person span>"; spans they swallow go."""
    out: list[Span] = []
    for e in ents:
        k = e.start - 1   # the particle
        if e.label_ != "PERSON" or k < 1 or not (doc[k].is_lower and doc[k].lower_ in PATRONYMIC):
            out.append(e)
            continue
        prev = out[-1] if out and out[-1].end == k else None
        if prev is not None and prev.label_ in ("PERSON", "ORG") and len(prev) <= 2 \
                and all(_given_name(t) or t.i == prev.start for t in prev):
            out[-1] = Span(doc, prev.start, e.end, label="PERSON")   # "Noura" | bint | "Saeed Al Marri"
        elif prev is None and _given_name(doc[k - 1]) and not (out and out[-1].end > k - 1):
            out.append(Span(doc, k - 1, e.end, label="PERSON"))   # Hessa (untagged) bint | "Ahmed Al Suwaidi"
        else:
            out.append(e)
    return out
