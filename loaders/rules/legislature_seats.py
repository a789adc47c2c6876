"""A legislator's seat in the legislature the story names (round 8).

"Republican Senator Slade Gorton", "former Democratic senator George Mitchell", "Former
congresswoman Aracely Chavarria": a legislator's title before the name is a post in the house
that title sits in. The title names no body by itself and the party word before it is read as a
membership (party_marks, members); when the story names that house ("the Senate", "Guatemalan
Congress"), the seat is there.

The title word (data: links.json legislator_seats: "senator" sits in a body whose name has
"senate", "congresswoman" in one with "congress" or "house of representatives", ...) stands right before the name
(past honorifics), with at most "former"/"ex-"/"then", a party or state adjective and the like
before it; the house is the one organisation of the story whose name has one of the title's
house words (none when the story names two, or none). Former when "former"/"ex" says so."""
from __future__ import annotations

from graph.schema import ORGANISATION

from ..lexicon import load
from .facts import Position
from .parties import party_by_name
from .per_story import the_one
from .titles import before_honorifics

SEATS: dict[str, list[str]] = {k.lower(): [w.lower() for w in v]
                               for k, v in load("links").get("legislator_seats", {}).items()}
FORMER = frozenset({"former", "ex", "ex-", "then"})


def _house(st, words: list[str]):
    """The story's one organisation whose name (or another name of it) has one of the house words,
    a party aside ("the Indian National Congress" is no house a congressman sits in)."""
    found = {}
    for m in st.mentions:
        if m.label != ORGANISATION or m.entity is None or party_by_name(m.entity):
            continue
        names = [" " + " ".join(n.lower().replace("-", " ").split()) + " " for n in [m.entity.name, *m.entity.aliases]]
        if any(f" {w} " in n for n in names for w in words):
            found[m.entity.id] = m.entity
    return the_one(found.values())


def legislator_seat(r, sent, si, m, mentions) -> list[Position]:
    """"Republican Senator Slade Gorton" in a story naming the Senate: the Senate's seat."""
    doc = sent.doc
    i = before_honorifics(doc, m.start - 1, sent.start)
    if i < sent.start:
        return []
    word = doc[i].lower_
    houses = SEATS.get(word)
    if houses is None:
        return []
    house = _house(r.state, houses)
    if house is None:
        return []
    before = [t.lower_ for t in doc[max(sent.start, i - 3):i]]
    former = any(w in FORMER for w in before) or (
        i - 2 >= sent.start and doc[i - 1].text == "-" and doc[i - 2].lower_ == "ex")
    r.add_title(m.entity, doc[i].text)
    return [Position(m.entity, word, house, si, "legislator-seat", 0.7, former)]
