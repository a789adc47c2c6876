"""A reigning monarch the story names only by title appoints: "Her Majesty the Queen has agreed to
appoint X as Governor-General", "The Queen has appointed X as Lord Chamberlain", "X was appointed
by the King" (round 13).

Releases of the Commonwealth realms' governments and palaces credit appointments to the Crown by
title alone. When such a title is who acts and the story names no king or queen it could be
("King Gyanendra ... the king said": that one), the title is the person: one Person per article,
"the Queen" or "the King", written with the "Her Majesty" form the text uses as an alias.
Titles are data: loaders/data/triggers.json "monarch_titles"."""
from __future__ import annotations

from graph.schema import PERSON

from ..lexicon import load
from ..mentions import EntityBuild

MONARCH_TITLES = frozenset(load("triggers")["monarch_titles"])   # "queen", "king"


def _title_word(tok) -> str | None:
    """"queen" for "the Queen", "Her Majesty (the Queen)"; "king" for "The King", "His Majesty"."""
    if tok.lower_ in MONARCH_TITLES and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN") \
            and any(d.lower_ == "the" for d in tok.children) \
            and not any(d.dep_ in ("compound", "poss", "amod", "prep") for d in tok.children if d.lower_ != "the"):
        return tok.lower_   # ("the Queen of Jordan", "Britain's King" name another: left to the name rules)
    if tok.lower_ == "majesty" and tok.text[:1].isupper():
        poss = next((d.lower_ for d in tok.children if d.dep_ == "poss"), None)
        inner = next((a.lower_ for a in tok.children if a.dep_ == "appos" and a.lower_ in MONARCH_TITLES), None)
        if inner or poss in ("her", "his"):
            return inner or ("queen" if poss == "her" else "king")
    return None


def reigning(r, tok) -> EntityBuild | None:
    """The monarch a subject or by-phrase token names by title alone, or None."""
    word = _title_word(tok)
    if word is None:
        return None
    named = r.state.person_by_title(word, r.state.current_si)
    if named is not None or r.state.title_holders.get(word):
        return named   # the story's own king or queen, or several: no new person
    if any(e.label == PERSON and e.name.split()[0].lower() == word for e in r.state.ents.values()):
        return None   # "Queen Elizabeth II" is in the story: the name rules place her
    key = f"the-{word}"
    e = r.state.ents.get(f"P:{key}")
    if e is None:
        e = r.state.ents[f"P:{key}"] = EntityBuild(PERSON, key, f"the {word.title()}")
    if tok.lower_ == "majesty":
        e.aliases.add(f"{'Her' if word == 'queen' else 'His'} Majesty the {word.title()}")
    e.used = True
    return e
