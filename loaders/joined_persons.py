"""Two persons joined by "and" that the model read as one name (round 13).

Stories about a couple or two co-defendants write their surnames together once both were
named in full: "Humala and Heredia are also accused of ...", "Lula and Rousseff". The model
reads "Humala and Heredia" as one body (or one person). When each side of the "and" is a
name, surname or given name of a person the article names in full, the span is two persons.
"""
from __future__ import annotations


def halves(doc, start: int, end: int, person_forms: set[str]) -> list[tuple[int, int]] | None:
    """The two persons' token ranges of doc[start:end], or None when the span is no such pair."""
    ands = [i for i in range(start + 1, end - 1) if doc[i].lower_ == "and"]
    if len(ands) != 1:
        return None
    k = ands[0]
    left, right = doc[start:k], doc[k + 1:end]
    if not (1 <= len(left) <= 3 and 1 <= len(right) <= 3):
        return None
    if not all(t.text[:1].isupper() and not t.is_punct for t in [*left, *right]):
        return None
    if left.text in person_forms and right.text in person_forms:
        return [(start, k), (k + 1, end)]
    return None
