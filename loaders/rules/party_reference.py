"""Which party "the party" means (round 7).

A story names a party once ("President Yudhoyono's Democratic Party", "the Hindu nationalist
Bharatiya Janata Party (BJP)") and then says "the party's former treasurer X", "party leader X",
"the ruling party leader, X". The party meant is the one named last before the words (the
sentence itself or the three before it); when none is named before, the story's only party; else
none (two parties and nothing to tell them apart). A party is an organisation parties.py calls one
(its name, the word after it, a known party name). Used by title_orgs.org_for_title ("party
General Secretary X") and title_before ("the party's treasurer X")."""
from __future__ import annotations

from graph.schema import ORGANISATION

from .parties import is_party, party_by_name
from .per_story import the_one

BACK_SENTENCES = 3


def _party_mentions(st):
    out = []
    for m in st.mentions:
        if m.label != ORGANISATION or m.entity is None:
            continue
        if party_by_name(m.entity) or is_party(st.sents[m.sent_index].doc, m):
            out.append(m)
    return out


def referred_party(st, si: int | None = None, i: int | None = None):
    """The party "the party" at token i of sentence si refers to (see the module's note), or None.
    Without si, the sentence being read; without i, the end of that sentence."""
    si = st.current_si if si is None else si
    parties = _party_mentions(st)
    before = [m for m in parties if si - BACK_SENTENCES <= m.sent_index < si
              or (m.sent_index == si and (i is None or m.end <= i))]
    if before:
        before.sort(key=lambda m: (m.sent_index, m.start))
        return before[-1].entity
    found = {m.entity.id: m.entity for m in parties}
    return the_one(found.values())
