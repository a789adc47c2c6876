"""Persons named in one list with a mention ("m, B and C"), read from the surface: only commas and
"and" stand between the names. Shared by the title and membership rules, which give what they
found for the first name to each name listed after it."""
from __future__ import annotations

from graph.schema import PERSON

from ..mentions import Mention


def list_after(sent, m: Mention, mentions) -> list:
    """Persons named after mention m in a list ("m, Y and Z"): only commas and "and" between."""
    doc, out, j = sent.doc, [], m.end
    by_start = {x.start: x for x in mentions if x.label == PERSON and x.entity is not None}
    while j < sent.end:
        if doc[j].text == "," or doc[j].lower_ == "and":
            j += 1
            continue
        nxt = by_start.get(j)
        if nxt is None or nxt.entity is m.entity:
            break
        out.append(nxt.entity)
        j = nxt.end
    return out
