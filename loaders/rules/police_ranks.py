"""A town police officer's rank written right before the name ("Officer X", "Former Major X",
"RPD Sgt. X", "Former RPD Vice and Narcotics Detective X"), as US federal releases write the
officers of a local force (round 20).

Such a rank names no body, and the title rules read no post from it ("Officer" is no known
office; "Major" and "Sergeant" are ranks, placed only where the story placed them before). In a
story that names one town's police department (an organisation "<Town> Police Department") the
rank is that force's, and the post is there. Before the rank may stand only "former" and the
force's acronym with its unit's words ("RPD Vice and Narcotics"); any other capitalised word
makes it another post ("Chief Executive Officer", "Probation Officer"). Ranks an armed force
shares (major, captain ...) only where the story names no armed force. Word lists: titles.json
police_ranks and police_military_ranks."""
from __future__ import annotations

import re

from graph.schema import ORGANISATION, PERSON

from ..lexicon import load
from .facts import Position

_TITLES = load("titles")
RANKS = _TITLES["police_ranks"]   # "sgt." -> "Sergeant"
MILITARY_RANKS = frozenset(_TITLES["police_military_ranks"])
FORCE = re.compile(r"^(?:[A-Z][\w'’\-]+ ){1,3}Police Department$")
ARMED = re.compile(r"\b(?:army|navy|air force|marines?|armed forces|military|national guard|coast guard)\b", re.I)
FORMER = ("former", "retired", "ex")
UNIT_JOINERS = ("and", "&")


def _force(st):
    """The one town police department the story names, else None (also None where the story
    names any other police body: "Spokane, Wash., Police Officer X" beside a city's department)."""
    police = {m.entity.id: m.entity for m in st.mentions if m.label == ORGANISATION and m.entity is not None
              and re.search(r"\bPolice\b", m.entity.name)}
    found = [e for e in police.values() if FORCE.match(e.name)]
    return found[0] if len(found) == 1 and len(police) == 1 else None


def _armed(st) -> bool:
    return any(m.label == ORGANISATION and m.entity is not None and ARMED.search(m.entity.name) for m in st.mentions)


def _acronym(force, word: str) -> bool:
    """"RPD" for the Riverton Police Department: the force's initials or an acronym it is known by."""
    initials = "".join(w[0] for w in force.name.split() if w[:1].isupper())
    return word.isupper() and len(word) >= 2 and (word == initials or word in force.aliases)


def _rank_before(doc, start: int, first: int) -> tuple[str, int] | None:
    """The rank written just before token start ("Assistant Chief", "Sgt.") and where it begins."""
    for n in (3, 2, 1):
        k = start - n
        if k >= first and doc[k:start].text.lower() in RANKS:
            return RANKS[doc[k:start].text.lower()], k
    return None


def _left_is_plain(doc, k: int, first: int, force) -> bool | None:
    """What stands before the rank: None if another word makes it another post; else whether
    the rank is a former one. Allowed: the force's acronym with its unit's words before the
    rank ("RPD Vice and Narcotics"), "former", or any lower-case word or punctuation."""
    i, unit, former = k - 1, 0, False
    while i >= first:
        tok = doc[i]
        low = tok.lower_.rstrip(".-")
        if low in FORMER:
            former = True
            break
        if _acronym(force, tok.text):
            unit = 0   # the unit's words are the force's
        elif tok.text[:1].isupper() and tok.is_alpha and low != "the":
            unit += 1   # "Vice", "Narcotics" (or "Chief Executive": kept only if the acronym leads them)
        elif low in UNIT_JOINERS and unit:
            pass
        elif tok.is_alpha and tok.is_lower or tok.text in ("(", "\"", "“", "'"):
            break   # "along with ... and Officer X", "convicted former Officer X"
        else:
            return None   # "Spokane, Wash., Police Officer X": a place's force, not the story's one
        i -= 1
    return None if unit else former


def read(st) -> list[Position]:
    """The posts of the persons a rank of the story's one town police department names."""
    force = _force(st)
    if force is None:
        return []
    armed = _armed(st)
    out = []
    for m in st.mentions:
        if m.label != PERSON or m.entity is None:
            continue
        sent = st.sents[m.sent_index]
        found = _rank_before(sent.doc, m.start, sent.start)
        if found is None:
            continue
        title, k = found
        if armed and title.lower() in MILITARY_RANKS:
            continue
        former = _left_is_plain(sent.doc, k, sent.start, force)
        if former is None:
            continue
        out.append(Position(m.entity, title, force, m.sent_index, "police-rank", 0.75, former))
    return out
