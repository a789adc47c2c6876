"""A post left at the end of its term, and the one appointed to it (round 23, appoint).

Releases on public-service heads and boards seldom say "resigned" or "retired" of the holder
whose seat they fill: "Following the end of X's term as Secretary of Defence ...", "X recently
finished in the position of Secretary of the Department of Health", "... when his term of
appointment as Secretary of the Department ends in March". The term noun's holder (its
possessor) or the verb's subject held that post and is leaving it; the release then names who is
appointed to the same post, or "to that position". Three readings follow:
  - the leaver's post (a HOLDS_POSITION read from the phrase: rules/event_posts);
  - the leaver as one who leaves the post: a RESIGNATION fact marked no_event and left_post (the
    end of a term is no resignation the story states), which extract.RecordBuilder's
    same-post step pairs with an appointment to the same post (REPLACED);
  - "appointed Y to that position" (an anaphoric post): Y replaces the one person whose leaving
    of a post the story told in the sentences just before (succession_to_that_post), and takes
    that post.
The words are data: triggers.json term_ends (the term nouns are term_nouns)."""
from __future__ import annotations

import re

from graph.schema import PERSON

from ..lexicon import load, word_set
from .details import date_of, post_in
from .facts import EventFact
from .hedging import hedged
from .titles import OFFICE_NOUNS

TERM_NOUNS = word_set("triggers", "term_nouns")   # "term", "tenure", "mandate"
_WORDS = load("triggers")["term_ends"]
END_NOUNS = frozenset(_WORDS["end_nouns"])   # "the end of X's term"
END_VERBS = frozenset(_WORDS["end_verbs"])   # "when his term ends in March"
FINISHING_VERBS = frozenset(_WORDS["finishing_verbs"])   # "X finished in the position of T", "completed his term as T"

# "appointed Y to that position": a post named by pointing back, not by its title
# (the office nouns that name one post: not "the ministry", "the seat", "the charge")
POINTING_POST = re.compile(r"^(?:that|this|the|the same)\s+(?:position|post|role|job|office|vacancy)$", re.I)
LOOK_BACK = 8   # sentences an anaphoric post may reach back over to the leaving it fills


def _left(r, person_tok, post_prep, trig, sent, si, rule) -> list[EventFact]:
    """The leaving fact of the person person_tok names, with the post post_prep names."""
    if person_tok is None:
        return []
    person = r.entity_at(person_tok, PERSON)
    if person is None and person_tok.pos_ != "PRON":   # "Mr Mark Paterson AO": the parse made the post-nominal the head
        person = r.person(person_tok)
    if person is None or person.label != PERSON or post_prep is None:
        return []
    title, span = post_in(r, post_prep)
    if not title or POINTING_POST.match(title):
        return []
    return [EventFact("RESIGNATION", si, [person], None, date_of(r, trig, sent), title, rule=rule, strength=0.6,
                      extra={"no_event": True, "left_post": True, "position_span": span})]


def _as_phrase(*toks):
    """The first "as" phrase hung on one of toks ("term as Secretary", "term of appointment as ...")."""
    for t in toks:
        if t is None:
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                return c
            if c.dep_ == "prep" and c.lower_ == "of":   # "his term of appointment as Secretary"
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = next((x for x in p.children if x.dep_ == "prep" and x.lower_ == "as"), None)
                        if found is not None:
                            return found
    return None


def term_end(r, tok, sent, si) -> list[EventFact]:
    """tok is a term noun: "the end of X's term as T", "his term as T ends in March", "completed
    her term as T": X leaves post T."""
    if tok.lemma_.lower() not in TERM_NOUNS:
        return []
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in END_NOUNS:
        trig = head.head   # "the end of X's term"
    elif tok.dep_ == "nsubj" and head.lemma_.lower() in END_VERBS:
        trig = head   # "his term ... ends in March"
    elif tok.dep_ == "dobj" and head.lemma_.lower() in FINISHING_VERBS:
        trig = head   # "completed her term as governor"
    else:
        return []
    if trig.pos_ in ("VERB", "AUX") and (hedged(trig) or any(c.dep_ == "neg" for c in trig.children)):
        return []
    holder = next((c for c in tok.children if c.dep_ == "poss"), None)
    if holder is not None and holder.lower_ == "whose" and trig is head and head.dep_ == "relcl":
        holder = head.head   # "X, whose term as T expires in March": X
    if holder is None and trig is head and tok.dep_ == "dobj":
        holder = next((c for c in head.children if c.dep_ == "nsubj"), None)   # "X completed the term"
    bearers = [tok, trig] + ([trig.head] if trig.dep_ == "pobj" and trig.head.pos_ in ("VERB", "ADP") else [])
    return _left(r, holder, _as_phrase(*bearers), trig, sent, si, "term-end:noun")   # ("Following the end of ..., as T")


def finished_post(r, tok, sent, si) -> list[EventFact]:
    """tok is a finishing verb: "X recently finished in the position of T", "X finished as T"."""
    if tok.lemma_.lower() not in FINISHING_VERBS or tok.pos_ != "VERB" or hedged(tok) \
            or any(c.dep_ == "neg" for c in tok.children):
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    prep = next((c for c in tok.children if c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in OFFICE_NOUNS for p in c.children))), None)
    return _left(r, subj, prep, tok, sent, si, "term-end:finished")


def succession_to_that_post(facts: list[EventFact], si: int) -> list[EventFact]:
    """"I have today appointed Y to that position": Y replaces the one person the sentences just
    before had leave a post (a resignation, a dismissal or a term's end), in that post."""
    own = []
    for f in reversed(facts):   # (read in sentence order: this sentence's facts are the last ones)
        if f.sent_index != si:
            break
        own.append(f)
    ins = [f for f in own if f.type == "APPOINTMENT" and not f.extra.get("no_event") and len(f.subjects) == 1
           and f.predecessor is None and f.position and POINTING_POST.match(f.position.strip())]
    if len(ins) != 1 or any(f.predecessor is not None for f in own):
        return []
    new = ins[0].subjects[0]
    outs = [f for f in facts if si - LOOK_BACK <= f.sent_index < si and f.type in ("DISMISSAL", "RESIGNATION")
            and f.gives_post() and len(f.subjects) == 1]
    leavers = {id(f.subjects[0]) for f in outs if f.subjects[0] is not new}
    if len(leavers) != 1:
        return []   # no one, or several, left a post: which one "that position" is, is not said
    out = max((f for f in outs if f.subjects[0] is not new), key=lambda f: (f.position is not None, f.sent_index))
    return [EventFact("APPOINTMENT", si, [new], None, None, None, rule="that-post-succession", strength=0.65,
                      successor=new, predecessor=out.subjects[0], extra={"no_event": True})]
