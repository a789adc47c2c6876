"""A court story's lede often names the accused only by a description ("A former French Interior
minister ... appeared in court on three corruption charges", "The former Army commander who
recently lost the election has been arrested") and gives the name only further down, often
with a different title word ("Charles Pasqua, 83, is ...", "former General Sarath Fonseka").
rules/bridging.described_later looks two sentences ahead for the same title word; when that
finds no one, `story_subject` gives the court event of such a lede description to the person
the story is about.

The description must come before the article names any person (a lede that has named someone
would go on with the name or a pronoun), name no one itself, and be headed by a title or a
describing noun, and the act must be done, not planned ("are set to indict a former mayor").
The person the story is about is the one named most often, at least twice, not in the
description's own sentence, and given the description's title word somewhere in the article
("X, 83, is only the sixth minister to be judged") or, for a military or police rank, a rank
of its own ("the former army commander ..." then "former General X"); a story may name the
former president more often than the former minister the lede is about.
"""
from __future__ import annotations

from collections import Counter

from graph.schema import PERSON

from .. import gazetteer as gz
from .bridging import DESCRIBING, title_near

COURT_EVENTS = frozenset({"ARREST", "CHARGE", "CONVICTION", "SENTENCE", "RELEASE"})
# military and police ranks are one family: the lede's "former army commander" is "General X" below
RANK_WORDS = frozenset(w for r in gz.RANKS for w in r.split())


def _description_word(noun) -> str | None:
    """The title or describing word heading an unnamed singular description ("a former minister",
    "the former Army commander who ..."), else None."""
    if noun is None or noun.tag_ != "NN" or noun.dep_ in ("appos", "attr", "poss"):
        return None
    word = noun.lemma_.lower()
    if noun.lower_ not in gz.TITLE_WORDS and word not in gz.TITLE_WORDS and word not in DESCRIBING:
        return None
    if not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None   # "minister Y": a title before a name, not a description
    return noun.lower_ if noun.lower_ in gz.TITLE_WORDS else word


def _conjunct_complements(noun) -> set[int]:
    """The tokens of a prepositional phrase that follows a conjunct of noun: "a former minister and
    mentor of X" (the parse may hang "of X" on "minister"); X describes the mentor, it is not him."""
    conj = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    if not conj:
        return set()
    first = min(c.i for c in conj)
    return {t.i for c in noun.children if (c.dep_ == "prep" and c.i > first) or c in conj for t in c.subtree}


def _named_first(r, noun) -> bool:
    """Some person is named in the article before the description (or inside it, other than
    as the complement of a conjunct: "mentor of X")."""
    si = r.state.current_si
    end, aside = noun.right_edge.i, _conjunct_complements(noun)
    return any(m.label == PERSON and m.entity is not None and
               (m.sent_index < si or (m.sent_index == si and m.start <= end and m.start not in aside))
               for m in r.state.mentions)


def _ranked(doc, m) -> bool:
    """Mention m is written with a military or police rank ("former General Sarath Fonseka")."""
    start = max(doc[m.start].sent.start, m.start - 3)
    return any(t.lower_ in RANK_WORDS and not t.is_lower for t in doc[start:m.end])


def story_subject(r, noun, etype: str) -> list:
    """[the person the story is about] for a court event whose subject is an unnamed lede
    description, else []."""
    if etype not in COURT_EVENTS:
        return []
    word = _description_word(noun)
    if word is None or noun.head.dep_ == "xcomp" or _named_first(r, noun):
        return []   # "prosecutors are set to indict a former mayor": planned, not done
    si = r.state.current_si
    counts = Counter(id(m.entity) for m in r.state.mentions if m.label == PERSON and m.entity is not None)
    people = {id(m.entity): m.entity for m in r.state.mentions if m.label == PERSON and m.entity is not None}
    if not counts:
        return []
    by_count = counts.most_common()
    top, n = by_count[0]
    if n < 2 or (len(by_count) > 1 and by_count[1][1] == n):
        return []
    person = people[top]
    mentions = [m for m in r.state.mentions if m.entity is person]
    if any(m.sent_index == si for m in mentions):
        return []   # named beside the description: the description is someone else
    titled = any(word in t.lower().split() for t in person.titles) or any(
        title_near(r.state.sents[m.sent_index].doc, m, word) for m in mentions)
    ranked_alike = word in RANK_WORDS and any(_ranked(r.state.sents[m.sent_index].doc, m) for m in mentions)
    return [person] if titled or ranked_alike else []
