"""Events stated by a verb and a fixed phrase, read from loaders/data/triggers.json "phrasal":
"X took office", "assumed the post of", "takes over the defense portfolio" (APPOINTMENT),
"stepped down", "vacated his seat" (RESIGNATION), "was placed on leave" (SUSPENSION),
"pleaded guilty", "was found guilty" (CONVICTION), "faces charges" (CHARGE).

The subject is the verb's grammatical subject ("who took office": the relative clause's
noun; "Among those to assume office are X": the names after the copula), or, for
"placed X on leave", the object or passive subject.
"""
from __future__ import annotations

from graph.schema import PERSON

from ..lexicon import EVENT_VERBS, load, word_set
from .gerund_clauses import gerund_clause_subjects
from .place_removals import removed_from_place
from .bridging import described_later
from .recalled import recalled
from .coordination import included
from .arresting_bodies import parent_body
from .details import date_of, position_of
from .facts import EventFact
from .groups import listed_after, remember
from .hedging import hedged, left_a_race
from .lede_subjects import COURT_EVENTS, story_subject
from .verb_events import inherited_subjects
from .taken_tasks import taken_task
from .ordinal_firsts import ordinal_firsts

# "left his post to assume the role of T": the post a leaving verb governs (triggers.json, as rules/becoming.py)
LEFT_POSTS = word_set("triggers", "become_post_nouns")


PHRASAL = load("triggers").get("phrasal", [])   # read once at import: match() runs for every verb
PHRASAL_VERBS = frozenset(v for e in PHRASAL for v in e["verbs"])
_BY_VERB = {v: [e for e in PHRASAL if v in e["verbs"]] for v in PHRASAL_VERBS}   # a verb's entries, in PHRASAL's order


def match(tok) -> dict | None:
    """The phrasal entry tok's verb and its dependents fit, or None."""
    lemma = tok.lemma_.lower()
    if lemma not in PHRASAL_VERBS:
        return None
    kids = list(tok.children)
    for e in _BY_VERB[lemma]:
        if "with_preps" in e and not any(c.dep_ == "prep" and c.lower_ in e["with_preps"] for c in kids):
            continue   # "took over as police chief", not "took over the inquiry"
        if "not_with" in e and any(c.lower_ in e["not_with"] for k in kids for c in k.subtree):
            continue   # "held responsible", "held hostage"
        if "with_any" in e and not any(c.lower_ in e["with_any"] or c.lemma_.lower() in e["with_any"]
                                       for k in kids for c in k.subtree):
            continue   # "sent to jail to await trial" (held), not "sent to jail for ten years" (a sentence)
        if e.get("passive_bare") and any(c.dep_ in ("prep", "prt") and c.lower_ == "in" and not list(c.children) for c in kids):
            continue   # "the esteem X is held in": a stranded "in" (custody and jail are written out)
        if e["type"] == "RESIGNATION" and left_a_race(tok):
            continue   # "bowed out of the race": no office left
        if e["type"] == "DISMISSAL" and removed_from_place(tok):
            continue   # "was kicked out of the chamber": out of a room, not out of office
        if "objects" in e and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in e["objects"]
                                  and _object_marked(c, e) for c in kids):
            return e
        if e.get("object_participle") and _participle_of_object(tok, e):
            return e   # "the sentence handed down by the court to X": the noun is the verb's object
        if "particles" in e and any(c.dep_ in ("prt", "advmod") and c.lower_ in e["particles"] for c in kids):
            return e
        # "was voted out of office": the particle parsed as a preposition with its own object
        if "particles" in e and any(c.dep_ == "prep" and c.lower_ in e["particles"] and any(
                g.dep_ in ("prep", "pobj") for g in c.children) for c in kids):
            return e
        if "preps" in e and any((c.dep_ == "prep" or c.dep_ == "dative" and c.lower_ == "to")   # "dumped X to the backbench"
                                and c.lower_ in e["preps"] and any(
                p.dep_ == "pobj" and p.lemma_.lower() in e["prep_objects"] and not _ruled_out(p, e) for p in c.children)
                                for c in kids):
            return e
        if "complements" in e and _complements(tok, e):
            return e
        if e.get("passive_bare") and any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "nsubjpass" for c in kids) \
                and not any(c.dep_ in ("acomp", "oprd", "xcomp", "attr", "npadvmod", "dobj", "ccomp") for c in kids):
            return e   # "X was held as part of an investigation", not "held responsible", "held hostage"
        # "takes over the defense portfolio": the object hangs on the particle
        if "objects" in e and any(c.dep_ == "prt" for c in kids) and any(
                c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in e["objects"] for k in kids for c in k.children):
            return e
    return None


def _object_marked(obj, e) -> bool:
    """"serving a ten-year prison term", not "serving a second term": an object that is this act
    only with one of the entry's modifiers ("object_modifiers"; entries without the key need none)."""
    need = e.get("object_modifiers")
    if need and not any(m.dep_ in ("compound", "amod") and m.lower_ in need for m in obj.children):
        return False
    if e.get("object_counted"):   # "got 10 years in absentia", not "received five years of funding"
        return any(m.dep_ == "nummod" for m in obj.children) and all(
            m.lower_ in ("in", "behind") and any(p.lemma_.lower() in e["object_places"] for p in m.children)
            for m in obj.children if m.dep_ == "prep") and not any(
            m.dep_ == "prep" and m.lower_ in ("on", "as", "with", "at", "of") and not _dated(m) for m in obj.head.children)
    return True   # (and not "got two years on his contract", "received two years as chairman")


def _participle_of_object(tok, e) -> bool:
    """"the sentences imposed on X", "the life sentence handed down by the court today to X": a
    past participle after the entry's object noun, with the preposition that names the person
    ("to" for handing, the entry's "subject_preps" otherwise); the event's subject is that
    preposition's person, as for the active verb."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.lemma_.lower() not in e.get("objects", ()):
        return False
    if not _object_marked(tok.head, e):
        return False
    preps = e.get("subject_preps") or ["to"]
    return any(c.dep_ == "prep" and c.lower_ in preps and any(p.dep_ == "pobj" for p in c.children)
               for c in tok.children)


def _dated(prep) -> bool:
    """"on Monday", "on March 3": a preposition that only dates the act ("got five years in prison on Monday")."""
    return prep.lower_ == "on" and any(p.ent_type_ in ("DATE", "TIME") for p in prep.children if p.dep_ == "pobj")


def _ruled_out(obj, e) -> bool:
    """"banned from public office": a modifier of the object that makes the phrase another act
    (a disqualification, not a suspension from the office held)."""
    return any(m.dep_ == "amod" and m.lower_ in e.get("not_object_modifiers", ()) for m in obj.children)


def _complements(tok, e) -> list:
    """"pleaded guilty", "was found guilty", "found X guilty" (and, for an entry marked
    "negated", "pleaded not guilty"): the complement words of the entry under tok."""
    negated = any(n.dep_ == "neg" for n in tok.children)
    return [c for c in tok.children if c.dep_ in ("acomp", "oprd", "ccomp", "advmod") and c.lower_ in e["complements"]
            and (negated or any(n.dep_ == "neg" for n in c.children)) == bool(e.get("negated"))]


def _grammatical_subjects(r, tok, court: bool = False) -> list:
    for c in tok.children:
        if c.dep_ == "nsubj":
            if c.lower_ in ("who", "that"):   # "X, who took office": X only, never a guess
                m = r.state.mention_at(tok.head.i) if tok.dep_ == "relcl" else None
                return [m.entity] if m is not None and m.label == PERSON and m.entity is not None else []
            e = r.entity_at(c, PERSON)   # "X and Y put in their papers": every conjunct
            return [e] + [x for x in r.people(c) if x is not e] if e is not None else r.people(c)
    if (ranked := ordinal_firsts(r, tok)):
        return ranked   # "X became the first provincial chief to face charges"
    # "Among those to assume office today are X": the names the copula gives
    h = tok.head
    if tok.dep_ in ("pcomp", "acl", "relcl") and h.lower_ in ("among", "those"):
        v = h.head if h.lower_ == "among" else h.head.head
        for c in v.children:
            if c.dep_ in ("nsubj", "attr") and c.i > tok.i:
                return r.people(c)
    if court and tok.dep_ == "pcomp" and tok.head.dep_ == "prep":   # "served a year after pleading guilty"
        return [x for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass") for x in r.people(c)]
    if not court and (after := gerund_clause_subjects(r, tok)):
        return after   # "Since taking office, she has ...", "X took a job after standing down as minister"
    if tok.dep_ == "xcomp" and not court and not any(c.dep_ == "nsubj" for c in tok.head.children):
        # "X is set to assume the role of foreign minister": the passive subject of the verb it completes
        passive = [x for c in tok.head.children if c.dep_ == "nsubjpass" for x in r.people(c)]
        if passive:
            return passive
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        objects = [c for c in tok.head.children if c.dep_ == "dobj" and c.lemma_.lower() not in LEFT_POSTS]
        if objects:   # "Putin appointed a veteran politician to take over": the object does it, not Putin
            # (not "X left his post to assume the role of T": the post left does nothing)
            return [x for c in objects for x in r.people(c)]
    if tok.dep_ in ("conj", "advcl", "xcomp") and not court:
        a = r.clause_agent(tok)
        if a is None and tok.dep_ == "conj":   # "X was disqualified ... and later received a jail sentence"
            return [x for c in tok.head.children if c.dep_ == "nsubjpass" for x in r.people(c)]
        return [a] if a is not None else []
    if tok.dep_ in ("conj", "advcl", "xcomp"):
        # "X was arrested and faces charges": the joined verb's own subject, never one climbed to
        # through a reporting verb ("the prosecutor announced ... have surrendered to face charges")
        return [x for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") for x in r.people(c)]
    return []


def _portfolio_post(tok) -> str | None:
    """"takes over the defense portfolio": the minister of that portfolio."""
    for k in [tok, *tok.children]:
        for c in k.children:
            if c.dep_ in ("dobj", "pobj") and c.lemma_.lower() == "portfolio":
                mods = [m.text for m in c.children if m.dep_ in ("compound", "amod") and m.is_lower or m.dep_ == "compound"]
                if mods:
                    return " ".join(mods) + " minister"
    return None


def _nominee_infinitive(r, tok) -> bool:
    """"President Y has nominated X, the vice chief, to take over the top position": an infinitive
    completing an appointing or nominating verb with a person object. What it states is that verb's
    appointment or nomination of X (read there), not that Y took over anything."""
    if tok.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    h = tok.head
    return EVENT_VERBS.get(h.lemma_.lower()) in ("APPOINTMENT", "NOMINATION") \
        and any(r.people(c) for c in h.children if c.dep_ == "dobj")


def phrasal_event(r, tok, sent, si) -> list[EventFact]:
    e = match(tok)
    if e is None or hedged(tok, announced_ok=e["type"] == "APPOINTMENT", negation_ok=bool(e.get("negated"))):
        return []
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children):
        return []   # "since X took office a year ago": background, not the news
    if e["type"] == "APPOINTMENT" and _nominee_infinitive(r, tok):
        return []   # "nominated X to take over the top position": the nomination's own verb states it
    if e["type"] == "APPOINTMENT" and taken_task(r, tok):
        return []   # "assigned to take charge of road projects": a duty, not a post
    if any(c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
           for c in tok.children):
        return []   # "No charges were filed against X"
    if e.get("subject_preps"):   # "filed charges against X": X, however deep the parse hung it
        subjects = [x for t in tok.subtree if t.dep_ == "prep" and t.lower_ in e["subject_preps"]
                    for p in t.children if p.dep_ == "pobj" for x in r.people(p)]
    elif e.get("object_is_subject"):
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
        objects += [p for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj"]   # "granted bail to X"
        subjects = [x for c in objects for x in r.people(c)]
        if not subjects:   # "forwarded the name of X to parliament for approval", "submitted X's name"
            subjects = [x for c in objects if c.lemma_.lower() == "name" for d in c.children
                        if d.dep_ == "poss" or (d.dep_ == "prep" and d.lower_ == "of")
                        for p in ([d] if d.dep_ == "poss" else [p for p in d.children if p.dep_ == "pobj"])
                        for x in r.people(p)]
        if not subjects:   # "granted bail to a former minister ... X, a former minister"; "The two were found guilty"
            subjects = next((d for c in objects for d in [described_later(r, c) or recalled(r, c)] if d), [])
        # "a jury found X guilty": X is the complement's subject
        subjects += [x for k in (_complements(tok, e) if "complements" in e else []) for c in k.children
                     if c.dep_ == "nsubj" for x in r.people(c) if x not in subjects]
        if not subjects and any(c.dep_ == "auxpass" for c in tok.children):
            subjects = inherited_subjects(r, tok)   # "X was sentenced ... after being found guilty"
    else:
        subjects = _grammatical_subjects(r, tok, court=e["type"] in ("CHARGE", "CONVICTION"))
    if not subjects and not e.get("object_is_subject") and not e.get("subject_preps"):   # "six governors quit their posts, among them X"
        nsubj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        subjects = included(r, nsubj) or listed_after(r, nsubj)
        if not subjects and e["type"] in COURT_EVENTS:   # "A former minister appeared in court on ... charges"
            subjects = described_later(r, nsubj) or story_subject(r, nsubj, e["type"])
    subjects = [s for s in subjects if s is not None and s.label == PERSON]
    if not subjects:
        if e.get("object_is_subject") and not e.get("subject_preps"):   # "The other ministers were picked up ...":
            group = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)   # named later (groups.py)
            remember(r, e["type"], group, None, si, f"phrasal:{tok.lemma_.lower()}")
        return []
    position, span = position_of(r, tok)
    position = position or _portfolio_post(tok)
    agent = None
    if e["type"] in ("ARREST", "DISMISSAL", "APPOINTMENT") and not e.get("no_agent"):   # not "X administered the oath"
        if any(c.dep_ == "auxpass" for c in tok.children):
            agent = r.agent_by(tok)   # "was placed under arrest by NBI operatives", "was picked up by DSS operatives"
        elif e.get("object_is_subject"):
            agent = r.clause_agent(tok)   # "DSS operatives picked up X"
        agent = agent if agent is not None and agent not in subjects else None
        agent = parent_body(r, agent) if e["type"] == "ARREST" else agent   # "by NBI-NCR operatives": the NBI
    return [EventFact(e["type"], si, subjects, agent, date_of(r, tok, sent), position,
                      rule=f"phrasal:{tok.lemma_.lower()}", strength=0.75, extra={"position_span": span})]
