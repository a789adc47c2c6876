"""Posts held at a body the verb, not the title, names.

- "X will serve as Minister of State at the Ministry of Finance", "X served as chief of staff
  at the Ministry of Defence": the parser hangs "at the Ministry" on the verb, so the title
  phrase after "as" has no body; the body phrase right after it is the title's body
  (verb_body_after, called by post_verbs).
- "X, who has held senior posts at the Central Bank of Nigeria", "X held various positions
  at the Ministry of Finance", "holding senior posts at the Fisheries Ministry": posts with no
  title, at a named body, are a post held there (held_posts).
- "X is to retire after five years as the commissioner of the Metropolitan Police", "After five
  years as the head of the PSNI, X confirmed ...", "X spent a year as CEO of Y": a span of time
  spent as a title is a post the clause's subject held (years_as).
The words are data: loaders/data/titles.json "held_posts".
"""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from .. import doc_index
from ..doc_index import words
from ..lexicon import load
from ..mentions import Mention
from .appositions import title_phrase
from .facts import Position
from .post_holders import post_holder
from .titles import headed, stated, title_tokens, without_leading

_H = load("titles")["held_posts"]   # the words: loaders/data/titles.json "held_posts"
BODY_PREPS = frozenset(_H["body_preps"])   # "at the Ministry", "with the World Bank", "in the Interior Ministry"
POST_NOUNS = frozenset(_H["post_nouns"])   # "held senior posts", "various positions"
HOLD_VERBS = frozenset(_H["hold_verbs"])   # "hold", "occupy"
VAGUE = frozenset(_H["vague_words"])       # "various positions": no part of the post
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})   # "sworn in as governor in Lagos": a place, not the body


def _body_prep(r, prep, mentions):
    """The organisation a body preposition names ("at the Ministry of Finance"), not a place."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    om = r.org_mention_at(mentions, pobj.i)
    if om is None or om.entity is None or om.label != ORGANISATION:
        return None
    if prep.lower_ == "in" and any(t.ent_type_ in PLACE_TYPES for t in pobj.doc[om.start:om.end]):
        return None
    return om


def verb_body_after(r, verb, title_toks: list, mentions) -> list:
    """The body phrase that follows a post verb's "as" title and hangs on the verb ("served as
    chief of staff at the Ministry of Defence"): its tokens, to join to the title's; none when
    the title already names a body or the phrase is not next to it."""
    if not title_toks or any(r.org_mention_at(mentions, t.i) for t in title_toks):
        return []
    end = title_toks[-1].i
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in BODY_PREPS and prep.i == end + 1 \
                and (om := _body_prep(r, prep, mentions)) is not None:
            last = prep.right_edge.i + 1
            if om.end < last and prep.doc[om.end].lower_ == "and":
                last = om.end   # "at A and B": the first body only (rules/joined_as_posts.py reads B)
            return list(prep.doc[prep.i:last])
    return []


def _holder(r, verb):
    """Who holds the posts: the subject, the noun a "who" clause hangs on, a pronoun's person, or
    for "holding ..." after a clause, that clause's subject."""
    person = post_holder(r, verb)
    if person is None and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
        person = post_holder(r, verb.head)   # "She served 28 years, holding senior posts at X"
    return person


def held_posts(r, sent, si, mentions) -> list[Position]:
    out = []
    found = doc_index.words(sent)   # (a hold verb and a post noun are needed)
    if found.isdisjoint(HOLD_VERBS) or found.isdisjoint(POST_NOUNS):
        return out
    for verb in sent:
        if verb.lemma_.lower() not in HOLD_VERBS or verb.pos_ not in ("VERB", "AUX") or not stated(verb):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in POST_NOUNS), None)
        if obj is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
            continue   # "held the post of governor": a title, read by post_verbs
        preps = [c for c in obj.children if c.dep_ == "prep"] + [c for c in verb.children if c.dep_ == "prep"]
        om = next((x for x in (_body_prep(r, p, mentions) for p in preps if p.lower_ in BODY_PREPS) if x), None)
        if om is None:
            continue
        person = _holder(r, verb)
        if person is None or person.label != PERSON:
            continue
        words = [c.lower_ for c in obj.lefts if c.dep_ in ("amod", "compound") and c.lower_ not in VAGUE] + [obj.lower_]
        out.append(Position(person, " ".join(words), om.entity, si, "held-posts", 0.7, former=verb.tag_ == "VBD"))
    return out


TIME_NOUNS = frozenset(_H["time_nouns"])     # "year", "decade"
SPAN_PREPS = frozenset(_H["span_preps"])     # "after five years as ..."
SPEND_VERBS = frozenset(_H["spend_verbs"])   # "spent a year as CEO of Y", "served five years as ..."


def _span_verb(as_):
    """The verb a span of time "as" a title hangs on, with the time noun: "spent [ten years] as",
    "retire after [five years] as"; None when the span hangs elsewhere ("thank X for his service,
    including six years as ...": not the thanker's post)."""
    head = as_.head
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in SPEND_VERBS:   # the parser hangs "as" on "spent"
        return head if any(c.dep_ == "dobj" and c.lemma_.lower() in TIME_NOUNS for c in head.children) else None
    if head.lemma_.lower() not in TIME_NOUNS:
        return None
    if head.dep_ == "dobj" and head.head.lemma_.lower() in SPEND_VERBS:
        return head.head
    if head.dep_ == "pobj" and head.head.lower_ in SPAN_PREPS and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head
    return None


def years_as(r, sent, si, mentions) -> list[Position]:
    out = []
    if "as" not in words(sent):
        return out
    doc, low = sent.doc, doc_index.lowers(sent.doc)
    for i in range(sent.start, sent.end):
        if low[i] != "as":   # (on the Doc's strings: a Token only for "as")
            continue
        as_ = doc[i]
        if as_.dep_ != "prep":
            continue
        verb = _span_verb(as_)
        pobj = next((c for c in as_.children if c.dep_ == "pobj"), None)
        if verb is None or pobj is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        person = post_holder(r, verb)
        if person is None and verb.dep_ == "xcomp":
            person = post_holder(r, verb.head)   # "X is to retire after five years as ..."
        if person is None or person.label != PERSON:
            continue
        toks = title_tokens(list(sent.doc[pobj.left_edge.i:pobj.right_edge.i + 1]))
        toks = without_leading(toks)
        if not headed(toks):
            continue
        m = Mention(PERSON, verb.i, verb.i + 1, verb.text, si, person)
        former = verb.lemma_.lower() in SPEND_VERBS and verb.tag_ == "VBD"
        out += [Position(p.person, p.title, p.org, p.sent_index, p.rule, min(p.strength, 0.7), p.former or former,
                         p.unit, p.relation) for p in title_phrase(r, toks, si, m, mentions, "years-as")]
    return out
