"""A person written right beside a title and a body holds that post at that body (round 9).

The title rules read a post from the parse (an apposition, a compound, a clause). When the
parse breaks (a long sentence, a dash, an acronym in brackets, a name the model cut), a person
the story plainly places is left with no post at all, though the words say it:

  "the sudden resignation of NLC Commissioner Charlotte Thabang Mampane"   BODY TITLE NAME
  "along with Khalil Ibrahim, leader of the Justice and Equality Movement (JEM), a rebel group"
                                                                         NAME, TITLE of BODY
  "the permanent secretary in the federal ministry of health, Prince Simon Ogandi"
                                                                         TITLE in BODY, NAME

This reads those three shapes from the words alone, and only for a person no rule gave a post
(a fallback: it never adds a second post to one already placed). Between the name, the title
and the body stand only title words (titles.is_title_word), "of / at / in / for", "the", one
bracketed acronym and an honorific; the title has a head word; the body is no country. A member
noun after a party is a membership ("a lawmaker of the X Party"), as appositions read it."""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from .. import gazetteer as gz
from ..lexicon import ARTICLES, word_set
from .facts import Position
from .comma_posts import acronym_at, acronym_then_name, name_comma_title_body, title_comma_body_name, title_words_back
from .parties import party_member_title
from .party_posts import post_after_party
from .titles import (RANK_ABBREVIATIONS, before_honorifics, clean_title, has_head, in_phrase, is_title_word, plural_head,
                     titled_list_ending_at)

JOINS = frozenset({"of", "at", "in", "for"})
BODY_HEADS = word_set("titles", "body_heads")   # "DEA Administrator X": a head only beside the body
TO_BODY_TITLES = word_set("titles", "to_body_titles")   # "Secretary to the Ministry of Power, X"
MAX_TITLE = 6   # words of a title; a longer run is a clause, not a title


def _verb(t) -> bool:
    """A verb said of someone ("police arrested former President X"), not a title's modifier
    ("the arrested minister", "Acting Commissioner")."""
    return t.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in t.children)


def _word(t) -> bool:
    """A word a title phrase may hold: a title word, a body's head word ("board chair"), a describing
    word in lower case ("permanent secretary", "chief operations officer"), "and" between two posts
    ("Chairman and Chief Electoral Commissioner"), a piece of a hyphened word ("officer-in-charge"),
    a word of a title phrase ("in" of "Special Agent in Charge"), a head in the plural before a
    list of names ("two National Commissioners for the ..., X and Y")."""
    doc = t.doc
    glued = (t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_) or (
        t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_)
    return (is_title_word(t) or t.text == "-" or glued or t.lower_ == "and" or _plural_head([t]) or in_phrase(t)
            or (t.is_lower and (t.lower_ in gz.ORG_HEADS or t.pos_ in ("ADJ", "NOUN") or t.tag_ == "VBG"))) \
        and not _verb(t)


def _before_name(doc, start: int, pm, ranks: bool = False) -> list:
    """The words from start to the name, without the honorifics just before it ("Dr.", "Lt. Gen.")
    and with ranks, the ranks too ("Maj Gen"; not in "NLC Commissioner X", where the rank word is the title)."""
    i = pm.start - 1
    while True:
        j = before_honorifics(doc, i, start)
        while ranks and j >= start and doc[j].text[:1].isupper() and (
                doc[j].lower_ in gz.RANKS or doc[j].lower_ in RANK_ABBREVIATIONS or f"{doc[j].lower_}." in RANK_ABBREVIATIONS):
            j -= 1
        if j == i:
            return list(doc[start:i + 1])
        i = j


def _title_words(toks, beside: bool = False) -> bool:
    """A title's words; beside the body's name, a body head ("Administrator") is a head too."""
    return 0 < len(toks) <= MAX_TITLE and all(_word(t) or (beside and t.lower_ in BODY_HEADS) for t in toks) \
        and toks[-1].lower_ != "and" and toks[0].lower_ != "and" \
        and (has_head([t.text for t in toks]) or (beside and toks[-1].lower_ in BODY_HEADS))


def _body_then_name(doc, om, pm):
    """BODY [(ACR)] TITLE NAME: "NLC Commissioner X", "former NLC commissioner X"; not a body
    that is a verb's object or subject ("told VOA President Sirleaf has promised")."""
    k = om.start - 1 - (om.start > 0 and doc[om.start - 1].lower_ in ARTICLES)
    if k >= 0 and doc[k].pos_ in ("VERB", "AUX"):
        return None   # "told VOA President X": the body may be the verb's object, not X's
    gap = _before_name(doc, om.end, pm)
    if len(gap) >= 3 and acronym_at(doc, gap[0].i):
        gap = gap[3:]
    return gap if _title_words(gap, beside=True) else None


def _name_then_body(doc, pm, om):
    """NAME, TITLE of [the] BODY: "Khalil Ibrahim, leader of the Justice and Equality Movement"."""
    gap = list(doc[pm.end:om.start])
    if len(gap) < 3 or gap[0].text != ",":
        return None
    gap = gap[1:]
    if gap and gap[0].lower_ in ARTICLES:
        gap = gap[1:]   # "X, the presiding magistrate of the court"
    while gap and gap[-1].is_lower and gap[-1].pos_ == "ADJ":
        gap = gap[:-1]   # "of the regional ECOWAS alliance"
    if gap and gap[-1].lower_ in ARTICLES:
        gap = gap[:-1]
    if not gap or gap[-1].lower_ not in JOINS:
        return None
    if any(plural_head(t.lower_) for t in gap) and titled_list_ending_at(doc, pm.start - 1):
        return None   # (round 18) "Ministers A and B, Deputy Heads of X C and D": the next item's title, not B's
    return gap[:-1] if _title_words(gap[:-1]) else None


def _title_body_name(doc, om, pm):
    """[the] TITLE in|of [the] BODY, [honorific] NAME: "the permanent secretary in the federal
    ministry of health, Prince Simon Ogandi"."""
    gap = _before_name(doc, om.end, pm, ranks=True)
    if len(gap) == 3 and gap[0].text == gap[2].text == "," and gap[1].text.isupper():
        gap = gap[:1]   # "the National Electoral Commission, NEC, X"
    if om.start > 0 and doc[om.start - 1].text == ",":   # "Director General, National Agency ... (NAFDAC), Prof. X"
        title = title_comma_body_name(doc, om, gap, _word, MAX_TITLE)
        return title if title and _title_words(title) else None
    if acronym_then_name(doc, gap):
        return _title_before(doc, om)   # "Governor of People's Bank of China (PBOC) Yi Gang"
    if [t.text for t in gap] != [","]:
        return None
    return _title_before(doc, om)


def _title_before(doc, om):
    """TITLE in|of [the] before the body: the title words, else None."""
    k = om.start - 1
    if k >= 0 and doc[k].lower_ in ARTICLES:
        k -= 1
    if k < 1 or not (doc[k].lower_ in JOINS or (doc[k].lower_ == "to" and doc[k - 1].lower_ in TO_BODY_TITLES)):
        return None
    title = title_words_back(doc, k, _word, MAX_TITLE)
    return title if _title_words(title) else None


def near_posts(state, positions: list[Position]) -> list[Position]:
    """The posts of the persons no rule placed, read from the words beside their names."""
    placed = {p.person.id for p in positions if p.relation == "HOLDS_POSITION" and p.org is not None}
    out: list[Position] = []
    for pm in state.mentions:
        if pm.label != PERSON or pm.entity is None or pm.entity.id in placed:
            continue
        doc = state.sents[pm.sent_index].doc
        for om in state.mentions:
            if om.sent_index != pm.sent_index or om.label != ORGANISATION or om.entity is None \
                    or gz.country_of(om.entity.name) or gz.is_place(om.entity.name):
                continue
            title, rule = None, None
            if om.end <= pm.start:
                title, rule = _body_then_name(doc, om, pm), "near-post:body-title-name"
                if title is None:
                    title, rule = _title_body_name(doc, om, pm), "near-post:title-body-name"
            elif pm.end <= om.start:
                title, rule = _name_then_body(doc, pm, om), "near-post:name-title-body"
                if title is None:   # "X, the Director-General, National Agency for ...,"
                    title = name_comma_title_body(doc, pm, om, _word, MAX_TITLE)
                    title = title if title and _title_words(title) else None
            if title is None:
                continue
            text, former, _ = clean_title([t.text for t in title])
            beside = rule == "near-post:body-title-name" and text.split()[-1:] == [title[-1].text]
            if not text or not (has_head(text.split()) or (beside and title[-1].lower_ in BODY_HEADS)):
                continue
            if party_member_title(doc, om, text):   # "Zanu-PF lawmaker X": a membership
                out.append(Position(pm.entity, "member", om.entity, pm.sent_index, rule, 0.6, former,
                                    relation="MEMBER_OF"))
                continue
            if post_after_party(state, om, text):
                continue   # "Former PNL minister X": a party's member; the post is not at the party
            holders = [pm.entity]
            if rule == "near-post:title-body-name" and _plural_head(title):
                text = _singular(text)
                holders += [p for p in _conjoined_persons(state, doc, pm) if p.id not in placed]
            for person in holders:
                if text not in person.titles:
                    person.titles.append(text)
                out.append(Position(person, text, om.entity, pm.sent_index, rule, 0.6, former))
                placed.add(person.id)
            break
    return out


def _plural_head(title: list) -> bool:
    """A title whose last word is a head in the plural ("two National Commissioners"): it names
    the post of every name the list after it holds."""
    return plural_head(title[-1].lower_)


def _singular(text: str) -> str:
    """The title of one holder: "National Commissioners" -> "National Commissioner"."""
    return text[:-1] if text.endswith("s") else text


def _conjoined_persons(state, doc, pm) -> list:
    """The persons conjoined to a person's name ("..., Ahmed Wali and Christopher Ehimoga")."""
    out = []
    for c in doc[pm.start:pm.end].root.conjuncts:
        cm = state.mention_at(c.i)
        if cm is not None and cm.label == PERSON and cm.entity is not None and cm.entity is not pm.entity:
            out.append(cm.entity)
    return out
