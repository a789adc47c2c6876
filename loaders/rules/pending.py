"""What a court has yet to do is no verdict. "X was jailed pending trial", "has been jailed
since his arrest", "jailed on allegations of graft": held before any trial, a detention
(ARREST), not a SENTENCE (nor, through rules/verdicts.py, a CONVICTION). "ahead of her
sentencing", "X's sentencing is set for Oct. 29", "until his sentencing next month": the
sentencing is still to come, no SENTENCE. "X faces 15 years when she is sentenced in January":
a court event in a present-tense "when" / "once" clause is still to come (future_clause). A
headline's "jailed" gives no SENTENCE to one the story holds before trial (held_in_headline).
Words: loaders/data/triggers.json "pending"."""
from __future__ import annotations

from ..lexicon import load

_P = load("triggers")["pending"]
HOLDING_VERBS = frozenset(_P["holding_verbs"])     # "jail", "imprison": a sentence, or a detention
AWAITING_WORDS = frozenset(_P["awaiting_words"])   # "pending", "awaiting", "ahead", "until"
AWAITED_NOUNS = frozenset(_P["awaited_nouns"])     # "trial", "investigation", "sentencing"
SINCE_NOUNS = frozenset(_P["since_nouns"])         # "jailed since his arrest"
SUSPICION_NOUNS = frozenset(_P["suspicion_nouns"])   # "jailed on allegations of graft"
SETTING_VERBS = frozenset(_P["setting_verbs"])     # "his sentencing is set / was postponed"
SETTING_WORDS = frozenset(_P["setting_words"])     # "his sentencing is due next month"
FUTURE_MARKS = frozenset(_P["future_marks"])       # "when", "once": a present-tense clause they open is still to come
# the events future_clause holds back; an announced change ("takes over when Y retires in March") is the change rules'
COURT_TYPES = frozenset({"ARREST", "CHARGE", "CONVICTION", "SENTENCE"})


def _object(word):
    """The noun a preposition-like word governs: "pending trial", "ahead of her sentencing"."""
    for c in word.children:
        if c.dep_ in ("pobj", "dobj"):
            return c
        if c.dep_ == "prep" and c.lower_ == "of":   # "ahead of"
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return word.head if word.dep_ == "amod" else None   # "jailed pending trial": the parse's "pending" amod of "trial"


def held_before_trial(tok) -> bool:
    """tok is a holding verb ("jailed"); True when its own phrase says the person awaits trial,
    is held since the arrest, or on suspicion: a detention."""
    if tok.lemma_.lower() not in HOLDING_VERBS:
        return False
    for c in tok.subtree:
        if c.i <= tok.i or c.i > tok.i + 8:
            continue
        if c.lower_ in AWAITING_WORDS and (o := _object(c)) is not None and o.lemma_.lower() in AWAITED_NOUNS:
            return True   # "jailed pending trial", "jailed awaiting trial", "jailed ahead of his trial"
        if c.lower_ == "since" and any(p.lemma_.lower() in SINCE_NOUNS for p in c.children if p.dep_ == "pobj"):
            return True   # "has been jailed since his arrest"
        if c.lower_ == "on" and c.head.i == tok.i and any(
                p.lemma_.lower() in SUSPICION_NOUNS for p in c.children if p.dep_ == "pobj"):
            return True   # "jailed on allegations of corruption", "on suspicion of"
    return False


def detention_type(tok, etype: str) -> str:
    """The event a trigger verb states: ARREST for a holding verb that holds before trial."""
    return "ARREST" if etype == "SENTENCE" and held_before_trial(tok) else etype


def awaited(tok) -> bool:
    """tok is a sentencing noun; True when the sentence puts it still to come: governed by an
    awaiting word ("ahead of her sentencing", "pending his sentencing", "awaiting sentencing"),
    or the subject of a verb that schedules it ("his sentencing is set for", "was postponed")."""
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == "of" and h.head.lower_ in AWAITING_WORDS:
        return True   # "ahead of her sentencing"
    if tok.dep_ in ("pobj", "dobj") and (h.lower_ in AWAITING_WORDS or h.lemma_.lower() == "await"):
        return True   # "until his sentencing", "pending her sentencing", "awaits sentencing"
    if tok.dep_ in ("nsubj", "nsubjpass") and h.lemma_.lower() in SETTING_VERBS:
        return True   # "X's sentencing is set for Oct. 29", "the sentencing was postponed"
    return tok.dep_ == "nsubj" and any(c.lower_ in SETTING_WORDS for c in h.children if c.dep_ in ("acomp", "attr"))


def future_clause(tok, etype: str) -> bool:
    """tok heads a court event's clause opened by "when" or "once" and told in the present ("X faces
    15 years when she is sentenced in January", "once he is charged"), under a main verb not told
    in the past: the event is still to come. "when he was sentenced" happened."""
    if etype not in COURT_TYPES or not any(c.dep_ in ("mark", "advmod") and c.lower_ in FUTURE_MARKS and c.i < tok.i for c in tok.children):
        return False
    if tok.tag_ in ("VBD",) or any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "MD") for a in tok.children):
        return False   # "when he was sentenced"; "when he would be sentenced" (the hedges see modals)
    if tok.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in tok.children):
        return False   # a bare participle: "when sentenced, X faces ..." is read by the verb rules
    main = tok.head
    return main.i != tok.i and main.tag_ != "VBD" and not any(
        a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in main.children)


def held_in_headline(facts: list, title: str, history: list) -> list:
    """The headline's facts less a SENTENCE its holding verb gives ("Former minister jailed for
    corruption") to persons the story itself holds before trial ("... has been jailed pending
    trial for graft": an ARREST read from the same verb, and no SENTENCE): the story tells which."""
    words = {w.lower() for w in title.split()}
    if not any(w.startswith(v) for w in words for v in HOLDING_VERBS):
        return facts
    held = {id(s) for f in history if f.type == "ARREST" and f.rule.split(":")[1:2] and f.rule.split(":")[1] in HOLDING_VERBS
            for s in f.subjects}
    sentenced = {id(s) for f in history if f.type == "SENTENCE" for s in f.subjects}
    return [f for f in facts if not (f.type == "SENTENCE" and all(id(s) in held and id(s) not in sentenced
                                                                   for s in f.subjects))]
