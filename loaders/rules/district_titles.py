"""A US federal title with its judicial district written before the name, no comma between:
"said U.S. Attorney for the Middle District of Georgia X Y", "U.S. Attorney for the District of
Columbia X Y announced". Justice Department releases write attributions so; the post is at that
district's office, as "U.S. Attorney X of the Middle District of Georgia" already gives (the
district after the name is read in title_before)."""
from __future__ import annotations

import re

from .facts import Position
from .title_orgs import DISTRICT_NAME, district_body, district_office
from .titles import before_honorifics, clean_title, has_head, is_title_word

DISTRICT_END = re.compile(r"(?:^|\s)(?:for|of) the (" + DISTRICT_NAME + r")$")


def district_title_before(r, sent, si, m, mentions) -> list[Position]:
    """"TITLE for|of the DISTRICT NAME": the title's office in that district, else []."""
    doc = sent.doc
    i = before_honorifics(doc, m.start - 1, sent.start)
    if i < sent.start:
        return []
    for j in range(i - 2, max(sent.start, i - 9) - 1, -1):   # where "for/of the" opens the district
        if doc[j].lower_ not in ("for", "of") or doc[j + 1].lower_ != "the":
            continue
        hit = DISTRICT_END.search(doc[j:i + 1].text.replace("\n", " "))
        if hit is None or hit.start() > 1:
            continue
        k, words = j - 1, []
        while k >= sent.start and is_title_word(doc[k]) and len(words) < 5:
            words.insert(0, doc[k].text)
            k -= 1
        if not words or not has_head(words):
            return []
        title, former, _ = clean_title(words)
        office = district_office(title, "United States") if title else None
        if office is None:
            return []
        r.add_title(m.entity, title)
        return [Position(m.entity, title, district_body(r.state, office, hit.group(1)), si,
                         "title-before-name:district-before", 0.85, former)]
    return []
