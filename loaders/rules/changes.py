"""Changes of office stated without an appointing or dismissing verb:
  forced_out   "the regime forced two ministers to retire - X and Y", "forced X to resign":
               a DISMISSAL of the one forced, by the one forcing
  heads_now    "X now heads the Roads Ministry", "X will now lead the commerce ministry",
               "Y will instead helm the Federal Territories Ministry": "now", "instead" or an
               announcing "will" with a verb of leading a body marks a new post (an APPOINTMENT);
               "X, who now heads the party" (a description), "will lead the party into the
               election" are not
  swearing_in  "the swearing-in of X as governor": an APPOINTMENT
  extended_term "extended the term of governor X", "X's tenure was extended": re-appointed
"""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from ..lexicon import LEAD_VERBS, word_set
from .details import date_of
from .facts import EventFact
from .groups import counted, listed_after
from .hedging import hedged
from .verb_events import REPORTING

FORCING_VERBS = word_set("triggers", "forcing_verbs")   # "force", "compel", "pressure"
LEAVING_VERBS = word_set("triggers", "forced_leaving_verbs")   # "resign", "retire", "quit", "step" (down)
MEMBERSHIP_BODIES = word_set("triggers", "membership_bodies")   # "party", "coalition": led, not a post taken
HEADING_VERBS = LEAD_VERBS | word_set("triggers", "heading_verbs")   # "head", "lead", "helm"


def _dash_listed(r, noun) -> list:
    """"two Cabinet ministers to retire - A and B": as many persons as the plural noun counts,
    named after a dash that follows it."""
    _, count = counted(noun)
    dash = next((t for t in noun.sent if t.i > noun.i and t.text in ("-", "–", "—")), None)
    if count is None or dash is None:
        return []
    names = []
    for m in r.state.mentions:
        if m.sent_index == r.state.current_si and m.label == PERSON and m.entity is not None \
                and m.start > dash.i and m.entity not in names:
            names.append(m.entity)
    return names[:count] if len(names) >= count else []


def forced_out(r, tok, sent, si) -> list[EventFact]:
    """tok is a forcing verb: its object, made to leave office, was dismissed by its subject."""
    if tok.lemma_.lower() not in FORCING_VERBS or hedged(tok):
        return []
    leave = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in LEAVING_VERBS), None)
    if leave is None or any(c.dep_ == "neg" for c in leave.children):
        return []
    if leave.lemma_.lower() == "step" and not any(c.lower_ in ("down", "aside") for c in leave.children):
        return []
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects:
        return []   # "X was forced to resign": the passive stays the subject's own RESIGNATION
    subjects = [x for o in objects for x in r.people(o) or listed_after(r, o) or _dash_listed(r, o) if x.label == PERSON]
    if not subjects:
        return []
    agent = next((r.entity_at(c) for c in tok.children if c.dep_ == "nsubj"), None)
    agent = agent if agent is not None and agent not in subjects else None
    return [EventFact("DISMISSAL", si, subjects, agent, date_of(r, tok, sent), None, rule="verb:forced-out",
                      strength=0.7)]


def reporter(r, tok):
    """"X says Y has resigned ... and she will lead the new government": the person who says
    a clause a "he" or "she" in it stands for (the nearest name may be the one reported on)."""
    h = tok
    for _ in range(3):
        if h.dep_ not in ("ccomp", "conj") or h.head.i == h.i:
            return None
        h = h.head
        if h.pos_ == "VERB" and h.lemma_.lower() in REPORTING:
            return next((x for c in h.children if c.dep_ == "nsubj" for x in r.people(c) if x.label == PERSON), None)
    return None


def heads_now(r, tok, sent, si) -> list[EventFact]:
    """tok is a verb of leading ("heads", "lead"): with "now", a new post over the body it governs."""
    if tok.lemma_.lower() not in HEADING_VERBS or tok.dep_ in ("relcl", "acl", "amod") \
            or hedged(tok, announced_ok=True):
        return []
    marked = any(c.dep_ == "advmod" and c.lower_ in ("now", "instead") for c in tok.children)
    announced = any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in tok.children)
    if not (marked or announced):
        return []   # "X heads the ministry": a post held, read by the posts reader
    body = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if body is None or r.entity_at(body, ORGANISATION) is None \
            or (not marked and body.lemma_.lower() in MEMBERSHIP_BODIES):
        return []   # "X will lead the party into the election": no new post
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "PRON":
        person = reporter(r, tok) if subj.lower_ in ("he", "she") else None
        person = person or r.entity_at(subj, PERSON)
    else:
        person = r.person(subj)
    if person is None or person.label != PERSON:
        return []
    return [EventFact("APPOINTMENT", si, [person], None, date_of(r, tok, sent), None, rule="verb:now-heads",
                      strength=0.6)]


def swearing_in(r, tok, sent, si) -> list[EventFact]:
    """tok is "swearing" with its particle "in": the persons of its of-phrase are sworn in."""
    if tok.lower_ != "swearing" or tok.pos_ == "VERB":
        return []   # "X was swearing in new ministers": the verb is read in events.py
    prt = next((c for c in tok.children if c.lower_ == "in"), None)
    if prt is None or hedged(tok):
        return []
    holders = (tok, prt, tok.head) if tok.dep_ in ("compound", "amod") else (tok, prt)   # "the swearing-in ceremony of X"
    subjects = [x for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj" for x in r.people(p)]
    subjects = [x for i, x in enumerate(subjects) if x.label == PERSON and x not in subjects[:i]]
    if not subjects:
        return []
    return [EventFact("APPOINTMENT", si, subjects, None, date_of(r, tok, sent), None, rule="noun:swearing-in",
                      strength=0.65)]


TERM_NOUNS = word_set("triggers", "term_nouns")   # "term", "tenure", "mandate"
EXTENDING_VERBS = word_set("triggers", "extending_verbs")   # "extend", "renew"


def extended_term(r, tok, sent, si) -> list[EventFact]:
    """tok is "term" / "tenure" / "mandate" / "contract": "extended the term of governor X",
    "X's tenure was extended by two years" re-appoint X (an APPOINTMENT, by the extender)."""
    verb = tok.head
    if tok.lemma_.lower() not in TERM_NOUNS or tok.dep_ not in ("dobj", "nsubjpass") \
            or verb.lemma_.lower() not in EXTENDING_VERBS or hedged(verb):
        return []
    who = [x for c in tok.children if c.dep_ == "poss" for x in
           ([r.entity_at(c, PERSON)] if c.pos_ == "PRON" else r.people(c))]
    who += [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
            for x in r.people(p)]
    who = [x for i, x in enumerate(who) if x is not None and x.label == PERSON and x not in who[:i]]
    if not who:
        return []
    agent = next((r.entity_at(c) for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None) \
        if tok.dep_ == "dobj" else r.agent_by(verb)
    agent = agent if agent is not None and agent not in who else None
    return [EventFact("APPOINTMENT", si, who, agent, date_of(r, verb, sent), None, rule="noun:extended-term",
                      strength=0.6)]
