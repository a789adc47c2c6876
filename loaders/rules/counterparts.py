"""Counterparts (round 24): "President X and his Zimbabwean counterpart, Robert Mugabe", "Foreign
Minister X met his Ugandan counterpart Sam Okello", "talks with Turkish counterpart Y", "Y, his Russian
counterpart". A counterpart holds, in the country the word's adjective names, the post of the official
it is said of: Mugabe is Zimbabwe's president, Okello Uganda's foreign minister. No other word of the
sentence gives that post, and the story's own country is not the counterpart's (the adjective says so):
read without this rule, the name is left with no post, or with the story's country's one.

The official the counterpart is said of: a possessor that names a person ("Lavrov's U.S.
counterpart"); else, for "his/her/their" or no possessor, the subject of the sentence, or the
person named last before the word, or first after it ("X, his Zambian counterpart, welcomed
President Y"); a sentence that names no one else ("He met his Zambian counterpart, X") looks back
to the subject of the sentences before. That official's post is the one read for them in this sentence,
or the first read for them in the article. A post of one country whose counterparts have another
title elsewhere ("Secretary of State" -> "foreign minister") is rewritten from titles.json
counterparts.titles. Without a country word ("his counterpart, X") the country is unknown (only
not the official's): nothing is read.
"""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from ..doc_index import any_of
from ..lexicon import COUNTERPART_NOUNS, load
from .facts import Position

_C = load("titles")["counterparts"]
COUNTERPART_TITLES = {k.lower(): v for k, v in _C["titles"].items()}
OWN_PRONOUNS = frozenset({"his", "her", "their", "its"})


def _country(tok) -> str | None:
    """The country an adjective, a possessive or a "from/of" phrase of the noun names
    ("Zimbabwean counterpart", "Russia's counterpart", "his counterpart from Uganda")."""
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "poss"):
            if any(k.dep_ == "conj" for k in c.children):
                return None   # "his Russian and Chinese counterparts": whose is whose is not said
            found = gz.country_of(c.text) or (gz.country_of(f"{c.doc[c.i - 1].text} {c.text}") if c.i > 0 else None)
            if found:
                return found
        if c.i > tok.i and c.dep_ == "prep" and c.lower_ in ("from", "of"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and gz.country_of(obj.text):
                return gz.country_of(obj.text)
    return None


def _person_at(r, i: int):
    m = r.state.mention_at(i)
    return m if m is not None and m.label == PERSON and m.entity is not None else None


def _named(r, tok):
    """The person the counterpart noun names: "counterpart, Robert Mugabe", "counterpart Sam Okello"
    (an apposition), "Turkish counterpart Mehmet Yilmaz" (the noun before the name), "Y, his Russian
    counterpart" (the noun in apposition to the name)."""
    for c in tok.children:
        if c.dep_ == "appos" and c.i > tok.i and _person_at(r, c.i) is not None:
            return _person_at(r, c.i)
    if tok.dep_ in ("compound", "appos") and _person_at(r, tok.head.i) is not None:
        return _person_at(r, tok.head.i)
    return None


def _official(r, sent, tok, named, mentions):
    """The person whose counterpart the noun names (see the module's docstring)."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ not in OWN_PRONOUNS:
        m = _person_at(r, poss.i)
        return m.entity if m is not None and m.entity is not named.entity else None
    others = [m for m in mentions if m.label == PERSON and m.entity is not None and m.entity is not named.entity]
    before = [m for m in others if m.end <= tok.i]
    if not before and others:   # "X, his Zambian counterpart, welcomed President Y"
        return others[0].entity
    if not before:   # "He met his Zambian counterpart, X": the person the sentences before made the subject
        return r.state.antecedent(poss, exclude=named.entity, prefer_subject=True) if poss is not None else None
    subjects = [m for m in before if any(sent.doc[k].dep_ in ("nsubj", "nsubjpass") for k in range(m.start, m.end))]
    return (subjects or before)[-1].entity


def _post(r, person, found: list[Position]) -> Position | None:
    """The post read for the official in this sentence, or the first read for them in the article."""
    here = [p for p in found if p.person is person and p.relation == "HOLDS_POSITION" and p.org is not None
            and not p.former]
    if here:
        return here[0]
    earlier = r.posts.get(person.id)
    return earlier if earlier is not None and not earlier.former else None


def counterparts(r, sent, si: int, mentions, found: list[Position]) -> list[Position]:
    """The posts of the counterparts the sentence names (found: the posts read in it so far)."""
    if not any_of(sent, COUNTERPART_NOUNS):
        return []
    out: list[Position] = []
    for tok in sent:
        if tok.lower_ not in COUNTERPART_NOUNS:
            continue
        country = _country(tok)
        named = _named(r, tok) if country else None
        if named is None:
            continue
        official = _official(r, sent, tok, named, mentions)
        post = _post(r, official, found) if official is not None else None
        if post is None or post.org.country == country or (post.org.country is None and post.org.name == country):
            continue   # (an official of the counterpart's own country: not a counterpart's post)
        title = COUNTERPART_TITLES.get(post.title.lower(), post.title)
        org = r.org_for_title(title, country, explicit=country)
        if org is None or org.country not in (None, country) or (org.country is None and org.name != country):
            continue
        out.append(Position(named.entity, title, org, si, "counterpart", 0.75))
    return out


def other_countries(found: list[Position], posts: list[Position]) -> list[Position]:
    """The posts other rules read for a counterpart in the same sentence at another country's
    body ("his Turkish counterpart, Foreign Minister Y" in a story on Greece): the counterpart
    rule's country is the one the sentence gives."""
    where = {(p.person.id, p.sent_index): p.org.country or p.org.name for p in posts}
    return [p for p in found if p.relation != "HOLDS_POSITION" or p.org is None
            or (p.person.id, p.sent_index) not in where or p.rule == "counterpart"
            or (p.org.country or p.org.name) == where[(p.person.id, p.sent_index)]
            or not (p.org.country or gz.country_of(p.org.name))]
