"""Persons named in one list with a mention ("m, B and C"), read from the surface: only commas and
"and" stand between the names. Shared by the title and membership rules, which give what they
found for the first name to each name listed after it (or before it). "Plain" lists, unlike
coordination.list_after, which also lets titles and modifiers stand between two names."""
from __future__ import annotations

from graph.schema import PERSON

from ..mentions import Mention


def plain_list_after(sent, m: Mention, mentions) -> list:
    """Persons named after mention m in a list ("m, Y and Z"): only commas and "and" between."""
    return _list_after(sent, m, mentions)[0]


def list_end(sent, m: Mention, mentions) -> int:
    """Where the list "m, Y and Z" that m opens ends (m.end if none follows)."""
    return _list_after(sent, m, mentions)[1]


def _list_after(sent, m: Mention, mentions) -> tuple[list, int]:
    doc, out, j, end = sent.doc, [], m.end, m.end
    by_start = {x.start: x for x in mentions if x.label == PERSON and x.entity is not None}
    while j < sent.end:
        if doc[j].text == "," or doc[j].lower_ == "and":
            j += 1
            continue
        nxt = by_start.get(j)
        if nxt is None or nxt.entity is m.entity:
            break
        out.append(nxt.entity)
        j = end = nxt.end
    return out, end


def _separates(tok) -> bool:
    """A token that may stand between two names of one list: a comma or "and"."""
    return tok.text == "," or tok.lower_ == "and"


def plain_list_before(sent, m: Mention, mentions, separator_first: bool = True) -> list:
    """Persons named before mention m in a list ("A, B and m"): only commas and "and" between.
    separator_first: a comma or "and" that is also the last token of a person mention is read
    as a separator (the apposition rules) rather than as the end of that name (the membership rules)."""
    doc, out, j = sent.doc, [], m.start - 1
    by_end = {x.end: x for x in mentions if x.label == PERSON and x.entity is not None}
    while j >= sent.start:
        prev = by_end.get(j + 1)
        if prev is not None and not (separator_first and _separates(doc[j])):
            if prev.entity is m.entity:
                break
            out.append(prev.entity)
            j = prev.start - 1
            continue
        if not _separates(doc[j]):
            break
        j -= 1
    return out
