"""Staff posts of a leader's own office, written with no body (round 25).

A president's or prime minister's staff are named by their title alone, the office being the
story's subject: "accused chief of staff Reince Priebus", "the resignation of press secretary
Sean Spicer", "the departure of Deputy Chief of Staff Jim Messina". The title names no body and
no country (a chief of staff is not a national office as a minister is), so title_orgs finds
none and the post was lost. These titles belong to one body, the office of the head of state
or government: the White House, the Presidency, the Kremlin's Presidential Executive Office,
the Prime Minister's Office. When the story names exactly one such office, a bare staff title
is a post there.

Only the whole title counts (after loose words: "new", "acting"): "army chief of staff",
"campaign chief of staff", "Pence's chief of staff", "his chief of staff" name another body or
owner (a capitalised word, a noun or adjective, an owner word just before the title) and are left
to the rules that read those. A story naming two offices ("the White
House ... the Kremlin") gives none. Word lists: data/gazetteer.json staff_offices.
"""
from __future__ import annotations

from graph.schema import ORGANISATION

from .. import doc_index
from .. import gazetteer as gz
from ..doc_index import text
from .facts import Position
from .per_story import per_story, the_one

_DATA = gz.data().get("staff_offices", {})
TITLES = frozenset(_DATA.get("titles", []))
LAST_WORDS = frozenset(t.split()[-1] for t in TITLES)   # "staff", "secretary", "director", "adviser", ...
LONGEST = max((len(t.split()) for t in TITLES), default=0) + 2   # and two loose words ("the new")
OFFICES = frozenset(_DATA.get("offices", []))
# words of a title that do not make it another post ("the new press secretary", "acting chief of staff")
LOOSE_WORDS = frozenset({"new", "acting", "interim", "former", "the", "incoming", "outgoing", "then", "ex"})
# a word before the title that gives it an owner other than the office ("his chief of staff", "Pence's")
OWNER_WORDS = frozenset({"his", "her", "their", "its", "my", "our", "your", "'s", "’s"})
# a word of these kinds just before the title names what the post is of ("forces", "campaign", "military")
NAMING_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def staff_title(title: str) -> bool:
    """"Deputy Chief of Staff", "new press secretary": the whole title is a staff post of a leader's office."""
    words = [w for w in title.lower().replace("-", " ").split() if w not in LOOSE_WORDS]
    return bool(words) and " ".join(words) in TITLES


@per_story
def story_office(st):
    """The one leader's office the story names as a body ("the White House"), or None."""
    found = {m.entity.id: m.entity for m in st.mentions
             if m.label == ORGANISATION and m.entity is not None
             and ({m.entity.name.lower()} | {a.lower() for a in m.entity.aliases}) & OFFICES}
    return the_one(found.values())


def staff_before(st, sent, si: int, m) -> list:
    """"accused chief of staff Reince Priebus", "the departure of Deputy Chief of Staff Jim Messina":
    the words just before the name are the whole of a staff title, nothing before them owns it
    ("his", "Pence's", "Army", "NSC"), and the story names one leader's office: a post there."""
    doc = sent.doc
    if m.start - 1 < sent.start or doc[m.start - 1].lower_ not in LAST_WORDS:
        return []   # cheap test first: the word before the name ends a staff title
    lowers = doc_index.lowers(doc)
    for k in range(max(sent.start, m.start - LONGEST), m.start):
        words = [w for w in lowers[k:m.start] if w not in LOOSE_WORDS]
        if lowers[k] in LOOSE_WORDS or " ".join(words) not in TITLES:
            continue   # (the title's own first word: loose words before it are read below)
        j = k - 1   # the word before the title: no owner, no other body or title word
        while j >= sent.start and lowers[j] in LOOSE_WORDS:
            j -= 1
        if j >= sent.start and (lowers[j] in OWNER_WORDS or doc[j].text[:1].isupper() and j > sent.start
                                or doc[j].pos_ in NAMING_TAGS or st.mention_of(doc[j]) is not None
                                or gz.is_title_head(lowers[j])):
            return []   # ("campaign chief of staff", "armed forces chief of staff": another body's)
        office = story_office(st)
        if office is None:
            return []
        former = any(w in ("former", "ex") for w in lowers[max(sent.start, j):m.start])
        return [Position(m.entity, text(doc[k:m.start]), office, si, "title-before-name:staff-office", 0.75, former)]
    return []
