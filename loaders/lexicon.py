"""The word lists the rules read, loaded from loaders/data/triggers.json and titles.json.

A user adds a trigger verb, a hedge or a title modifier by editing those files; the rule
modules in loaders/rules/ only import the sets built here.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    return json.loads(resources.files("loaders").joinpath(f"data/{name}.json").read_text("utf-8"))


def by_word(table: dict[str, list[str]]) -> dict[str, str]:
    """{"ARREST": ["arrest", "detain"]} -> {"arrest": "ARREST", "detain": "ARREST"}."""
    return {w.lower(): kind for kind, ws in table.items() for w in ws}


def word_set(name: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(name)[key])


# quote marks as tokens (straight, curly, and the `` '' of text converted from TeX or PTB), and
# the double ones alone for a search in raw text, where a single quote is also an apostrophe
QUOTE_MARKS = frozenset({'"', "'", "“", "”", "‘", "’", "``", "''"})
DOUBLE_QUOTES = ('"', "“", "”")
# grammar words several rule families skip over: auxiliaries ("was", "has been") and articles
AUX = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "be", "being"})
ARTICLES = frozenset({"the", "a", "an"})

_T = load("triggers")
EVENT_VERBS = by_word(_T["event_verbs"])
EVENT_NOUNS = by_word(_T["event_nouns"])
IMPOSED_NOUNS = by_word(_T["imposed_nouns"])
IMPOSING_VERBS = word_set("triggers", "imposing_verbs")
REVOKED_NOUNS = by_word(_T["revoked_nouns"])   # "terminated the appointment of X": a dismissal
REVOKING_VERBS = word_set("triggers", "revoking_verbs")
REPLACE_VERBS = word_set("triggers", "replace_verbs")
UNDERGOING_VERBS = word_set("triggers", "undergoing_verbs")
NEEDS_POST = word_set("triggers", "needs_post")
PERSON_ONLY_VERBS = word_set("triggers", "person_only_verbs")
PERSON_ONLY_NOUNS = word_set("triggers", "person_only_nouns")
HEDGES = word_set("triggers", "hedges")
ANNOUNCED = word_set("triggers", "announced")
REPORTING_VERBS = word_set("triggers", "reporting_verbs")   # "said", "told": a source's verbs
GOVERNMENT_NOUNS = word_set("triggers", "government_nouns")   # "the government", "the cabinet"
SPEECH_VERBS = word_set("triggers", "speech_verbs")   # a quotation's speaker: "X said", "X told"
NONFACTIVE = word_set("triggers", "nonfactive")
TITLE_SUBJECTS = word_set("triggers", "title_subjects")
LEAD_VERBS = word_set("triggers", "lead_verbs")
NUMBER_WORDS = dict(_T["number_words"])   # "four ministers": a counted group
ORDINAL_WORDS = dict(_T["ordinal_words"])   # "the fourth was X"
# "Ahmadinejad Fires Foreign Minister": verb forms that end a capitalised name in a headline
HEADLINE_VERBS = word_set("triggers", "headline_verbs") | frozenset(
    f"{v}{end}" for v in [*EVENT_VERBS, *REPLACE_VERBS] for end in ("s", "es", "d", "ed"))

MODIFIERS = word_set("titles", "modifiers")
DROP_WORDS = word_set("titles", "drop_words")
SAME_POST_WORDS = word_set("titles", "same_post_words")
# "a decree signed by X", "the Executive Order appoints X": nouns for an order (rules/decrees, phrases, issuers)
ORDERING_NOUNS = word_set("triggers", "ordering_nouns")
# "the premier accepted his resignation": the one who accepts is not the one who resigns (noun_events, issuers)
ACCEPTING_VERBS = word_set("triggers", "accepting_verbs")
HOUSE_WORDS = word_set("triggers", "house_words")   # of a legislature's name: "Parliament", "Assembly", "Senate"
# "his Ugandan counterpart": an official of another country in the same post (rules/counterparts.py)
COUNTERPART_NOUNS = frozenset(w.lower() for w in load("titles")["counterparts"]["nouns"])
LEADING_POSTS = word_set("titles", "leading_posts")   # "head", "chief", "commander": a generic lead of a body
# last words of a unit inside a body ("Criminal Investigation Department", "Asset Forfeiture Unit"):
# rules/parts.py reads units by them, ner_repair splits "Authority’s Asset Forfeiture Unit" by them
UNIT_HEADS = word_set("titles", "unit_heads")
TITLE_PHRASES = tuple(sorted((tuple(p.split()) for p in word_set("titles", "title_phrases")), key=len, reverse=True))
# TITLE_PHRASES by their first and by their last word, each list in TITLE_PHRASES' order (longest
# first): a phrase can only start (end) at a token that is its first (last) word
PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
PHRASES_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _p in TITLE_PHRASES:
    PHRASES_BY_FIRST.setdefault(_p[0], []).append(_p)
    PHRASES_BY_LAST.setdefault(_p[-1], []).append(_p)
# nouns a person's name qualifies ("the Biden administration", "the Maduro government"): the name stays a person's
PERSON_HEADED = word_set("names", "person_headed_nouns")
