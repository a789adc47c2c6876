"""Evidence as the stores hold it: one JSON string per sentence, the same in Neo4j and in the
embedded Cypher index, so both stores hold (and compare, to de-duplicate) the same strings.

The spelling is json.dumps(vars(e) without an empty `dates`, ensure_ascii=False,
sort_keys=True), written out directly: it is the largest cost of preparing rows for
either store. Do not change it: Neo4j compares stored strings with new ones to
de-duplicate evidence, so a new spelling would duplicate every sentence on the next push.
"""
from __future__ import annotations

import json

_quoted = json.encoder.encode_basestring  # what json.dumps(..., ensure_ascii=False) writes for a str
_INFINITE = (float("inf"), float("-inf"))


def _number(x) -> str:
    if type(x) in (int, float) and x == x and x not in _INFINITE:
        return repr(x)  # what json.dumps writes for a finite int or float
    return json.dumps(x)


def evidence_strings(evidence) -> list[str]:
    """Each Evidence as its JSON string (keys sorted; `dates` only when it holds something)."""
    return ['{"article": ' + _quoted(e.article)
            + (', "dates": ' + json.dumps(e.dates, ensure_ascii=False, sort_keys=True) if e.dates else "")
            + ', "rule": ' + _quoted(e.rule) + ', "sentence": '
            + _quoted(e.sentence) + ', "strength": ' + _number(e.strength) + "}" for e in evidence]
