"""(round 24) The one who issues the article's decrees, for an agent stated only as the office or
the instrument: "the President accepted X's request ... and appointed him acting governor",
"The Executive Order appoints X acting head of the region", "X was named prime minister by a
decree read on state television".

The subject "the president" is resolved by the person named with that title (ArticleState.
person_by_title); an order noun by the giver it names ("a decree of the president", "an order
signed by X": Reading.order_giver). Official notices often give neither: the title stands
alone, and the president is named elsewhere in the item only as the one who acts: "Vladimir
Putin signed Executive Order On Early Termination of ...", "Dmitry Medvedev accepted the
resignation of Governor X". The issuer is the one person of the article who is the named
subject of signing or issuing an order noun, or of accepting a resignation or request (with no
title but a president's: a prime minister's decree is not the president's); when no one is, the
one person named with a head-of-state title ("Mali's interim president, X").
Two such persons, or none: no agent (the one who acts cannot be told).

The words are data: triggers.json ordering_nouns (decree, order), accepting_verbs (accept, ...),
issuing_verbs (sign, issue) and accepted_nouns (resignation, request).
"""
from __future__ import annotations

from graph.schema import PERSON

from ..doc_index import any_of
from ..gazetteer import TITLE_WORDS
from ..lexicon import ACCEPTING_VERBS, ORDERING_NOUNS, REPORTING_VERBS, word_set

ISSUING_VERBS = word_set("triggers", "issuing_verbs")   # "sign", "issue"
ACCEPTED_NOUNS = word_set("triggers", "accepted_nouns")   # "resignation", "request"
HEAD_WORDS = ("president", "king", "queen", "emir", "monarch")
_TRIGGERS = ISSUING_VERBS | ACCEPTING_VERBS


def _object_is(verb, nouns) -> bool:
    """verb's direct object is one of nouns, or a name ending in one ("Executive Order On ...")."""
    for c in verb.children:
        if c.dep_ == "dobj":
            if c.lemma_.lower() in nouns or c.lower_ in nouns:
                return True
            if any(k.dep_ == "compound" and k.lower_ in nouns for k in c.children):
                return True   # "signed Executive Order On Early Termination": the parse may head it on "Termination"
    return False


def _acts(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in ISSUING_VERBS:
        return _object_is(verb, ORDERING_NOUNS)
    return lemma in ACCEPTING_VERBS and _object_is(verb, ACCEPTED_NOUNS)


def issuer(r):
    """The article's one decree issuer (see the module's docstring), or None; read once per article."""
    if hasattr(r, "_issuer"):
        return r._issuer
    state, found = r.state, {}
    for sent in state.sents:
        if not any_of(sent, _TRIGGERS):
            continue
        for t in sent:
            if t.pos_ != "VERB" or not _acts(t):
                continue
            for c in t.children:
                if c.dep_ != "nsubj":
                    continue
                if c.lower_ in ("he", "she") and t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORTING_VERBS:
                    c = next((k for k in t.head.children if k.dep_ == "nsubj"), c)   # "X said he had accepted ..."
                m = state.mention_of(c)
                if m is not None and m.label == PERSON and m.entity is not None and _may_preside(m, c.doc):
                    found[m.entity.id] = m.entity
    e = next(iter(found.values())) if len(found) == 1 else None
    if e is None and not found:
        e = _titled(state)
    r._issuer = e
    return e


def _may_preside(m, doc) -> bool:
    """The person of mention m has no title, or a president's, as read so far and just before the
    name ("Prime Minister X signed a decree": not the president's decree)."""
    titles = [t.lower().split() for t in m.entity.titles]
    j = m.start
    while j > 0 and doc[j - 1].lower_ in TITLE_WORDS:
        j -= 1
    if j < m.start:
        titles.append([t.lower_ for t in doc[j:m.start]])
    return not titles or any("president" in t for t in titles)


def _titled(state):
    """The one person the article names with a head-of-state title: as a post it holds, or with
    the title just before the name ("interim President X"); two such (a successor and the one
    ousted): None."""
    held = {x.id: x for w in HEAD_WORDS for x in state.title_holders.get(w, [])}
    for m in state.mentions:
        if m.label == PERSON and m.entity is not None and m.start > 0:
            doc = state.sents[m.sent_index].doc
            if doc[m.start - 1].lower_ in HEAD_WORDS or m.entity.name.split()[0].lower() in HEAD_WORDS:
                held[m.entity.id] = m.entity
    return next(iter(held.values())) if len(held) == 1 else None


def office_subject(c) -> bool:
    """c is "the president" (with "the", no name of its own). Not "the king": a monarch named by
    title alone is the story's reigning one (rules/monarchs.py), whoever signs its decrees."""
    return c.lower_ == "president" and c.pos_ in ("NOUN", "PROPN") and any(d.lower_ == "the" for d in c.children)


def order_subject(c) -> bool:
    """c is an order noun as a subject: "The Executive Order appoints X", "the decree names X"."""
    return c.lower_ in ORDERING_NOUNS and any(d.dep_ == "det" for d in c.children)
