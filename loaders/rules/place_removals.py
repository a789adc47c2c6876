"""'X was removed from the chamber', 'OFAC removed X from its sanctions list', 'removed from
the plane by police', 'removed X to Honduras': taken out of a room, a vehicle, a list or a
country, not out of a post. The nouns are data (triggers.json removed_from_places); a post, an
office or a body ('removed from office', 'expelled from the party') is not among them, so those
stay dismissals."""
from __future__ import annotations

from ..lexicon import word_set

PLACES = word_set("triggers", "removed_from_places")


def removed_from_place(tok) -> bool:
    """The removing verb's "from" (or "out of") phrase names a place or a list ("from the
    chamber", "kicked out of the chamber")."""
    preps = [c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "off")]
    preps += [o for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ == "out"
              for o in [*c.children, *tok.children] if o.dep_ == "prep" and o.lower_ == "of"]
    return any(p.dep_ == "pobj" and p.lemma_.lower() in PLACES for c in preps for p in c.children)


def deported(tok) -> bool:
    """"removed X to Honduras", "removed from the United States": taken out of a country, not out of office."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "from") and p.dep_ == "pobj" and p.ent_type_ == "GPE"
               for c in tok.children for p in c.children)
