"""Agents stated once for a passage. "Thaksin Shinawatra has named his new Cabinet" and "Karzai
has removed two provincial governors" name who acts; the appointments and dismissals the
article then lists ("X takes over the defense portfolio") have no agent of their own and
get that one. Only when one agent announced that kind of change; the verbs and group nouns
are data (triggers.json: announcement_verbs, group_nouns)."""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from ..lexicon import REPORTING_VERBS, load
from .. import lexicon
from .details import date_of, position_of
from .facts import EventFact
from .groups import give_unnamed_agents, remember
from .hedging import hedged

GROUP_NOUNS = frozenset(load("triggers").get("group_nouns", []))
CHANGES = load("triggers")["change_announcements"]
ARRESTING_WORDS = frozenset(load("triggers")["arresting_body_words"])
EXECUTIVE_WORDS = frozenset(load("triggers")["executive_body_words"])
SPEAKERS = {"office", "spokesman", "spokeswoman", "spokesperson", "aide", "statement"}
VERBS_BY_TYPE = {t: frozenset(vs) for t, vs in load("triggers").get("announcement_verbs", {}).items()}
ANNOUNCING_LEMMAS = frozenset(CHANGES["verbs"]).union(*VERBS_BY_TYPE.values())   # every verb announced() acts on


def announced_changes(r, tok) -> None:
    """"President X announced a cabinet reshuffle", "signed a decree": X is the agent of the
    appointments and dismissals the passage then states without one."""
    if tok.lemma_.lower() not in CHANGES["verbs"] or tok.pos_ != "VERB" or hedged(tok):
        return
    if not any(c.dep_ == "dobj" and (c.lemma_.lower() in CHANGES["objects"] or " ".join(
            [x.lower_ for x in c.children if x.dep_ in ("compound", "amod")][-1:] + [c.lemma_.lower()]) in CHANGES["objects"])
               for c in tok.children):
        return   # "signed a decree", "signed the Executive Order on ..." (not any court's order)
    agent = r.clause_agent(tok)
    if agent is not None:
        for k in ("APPOINTMENT", "DISMISSAL"):
            r.announcers.setdefault(k, []).append(agent)


def reporter(r, sent):
    """The authority a reporting verb of the sentence quotes, or None: "the National Police
    said ...", "X was arrested, the commission said", "President X's office said ..."."""
    for tok in sent:
        if tok.lemma_.lower() not in REPORTING_VERBS or tok.pos_ != "VERB":
            continue
        for c in tok.children:
            if c.dep_ != "nsubj":
                continue
            e = r.entity_at(c, ORGANISATION)
            if e is not None:
                return e
            if c.lemma_.lower() in SPEAKERS:   # "President X's office", "the president's spokesman"
                owner = next((p for p in c.children if p.dep_ == "poss"), None)
                if owner is not None:
                    return r.entity_at(owner)
    return None


def give_reported_agents(r, sent, facts) -> None:
    """Events of this sentence without an agent take the authority that reports them: an
    arresting body for arrests and charges, an executive office for changes of post."""
    src = None
    for f in facts:
        if f.agent is not None or f.extra.get("no_event") or f.sent_index != r.state.current_si:
            continue
        if src is None:
            src = reporter(r, sent) or False
        if not src or src in f.subjects:
            continue
        words = set(src.name.lower().replace("-", " - ").split()) | set(src.name.lower().split())
        if f.type in ("ARREST", "CHARGE") and src.label == ORGANISATION and words & ARRESTING_WORDS:
            f.agent, f.rule = src, f.rule + "+reported-by"
        elif f.type in ("DISMISSAL", "APPOINTMENT", "SUSPENSION", "NOMINATION") and (
                src.label == PERSON or words & EXECUTIVE_WORDS):
            f.agent, f.rule = src, f.rule + "+reported-by"


def announced(r, tok) -> list[str]:
    """The event types tok announces for a group, recording its agent on the reader."""
    if tok.lemma_.lower() not in ANNOUNCING_LEMMAS:
        return []   # (asked of every token: a set lookup answers for all but the announcing verbs)
    announced_changes(r, tok)
    kinds = [t for t, vs in VERBS_BY_TYPE.items() if tok.lemma_.lower() in vs]
    if not kinds or tok.pos_ != "VERB" or hedged(tok):
        return []
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if objs and objs[0].lower_ == "them":   # "gazetted the appointment of the CSs, thus formally appointing them"
        kinds = [k for k in kinds if k in ("APPOINTMENT", "DISMISSAL") and tok.lemma_.lower() in THEM_VERBS]
    if not objs or not kinds or not (objs[0].lemma_.lower() in GROUP_NOUNS or objs[0].lower_ in GROUP_NOUNS
                                     or objs[0].lower_ == "them"):
        return []   # ("appointed six ministers ..., the first such moves": a second object the parse made)
    if any(r.people(o) for o in objs):
        return []   # "named X and Y": the verb's own rule reads them
    agent = r.clause_agent(tok)
    for k in kinds:   # "Federal Police arrest Senate security officers": named later, perhaps
        remember(r, k, objs[0], agent, r.state.current_si, f"announced:{tok.lemma_.lower()}")
    if agent is None:
        return []
    for k in kinds:
        r.announcers.setdefault(k, []).append(agent)
    # "appointed six ministers ..., the first such moves since X was sworn in": X's event is background
    r.background |= {
        (r.state.current_si, t.i) for c in tok.subtree if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in BACKGROUND_MARKS for m in c.children) for t in c.subtree}
    return kinds


THEM_VERBS = {"appoint", "name", "nominate", "install", "dismiss", "fire", "sack", "remove", "relieve"}   # not "replaced them"
BACKGROUND_MARKS = {"since", "after", "before", "when", "while", "until", "as", "because"}


def _in_background(r, f) -> bool:
    """The fact's subject is named in a background clause of the sentence that announced the changes."""
    return any((m.sent_index, m.start) in r.background for m in r.state.mentions
               if m.sent_index == f.sent_index and m.entity is f.subjects[0])


def give_announced_agents(r, facts) -> None:
    """Appointments and dismissals without an agent take the one agent that announced them;
    other events without one, the agent of a lede that stated them for an unnamed person."""
    give_unnamed_agents(r, facts)
    for f in facts:
        if f.agent is not None or f.type not in r.announcers or f.extra.get("no_event"):
            continue
        agents = {id(a): a for a in r.announcers[f.type]}
        if len(agents) != 1 or _in_background(r, f):
            continue
        a = next(iter(agents.values()))
        if a not in f.subjects and (a.label != PERSON or a is not f.successor):
            f.agent = a
            f.rule += "+announced-agent"


APPROVALS = load("triggers").get("approvals", {"verbs": [], "objects": []})
APPROVING_VERBS = frozenset(APPROVALS["verbs"])
APPROVED_NOUNS = frozenset(APPROVALS["objects"])
BODY_ONLY = frozenset(APPROVALS.get("body_verbs", []))   # "Morales endorsed the appointment of X": supported it


HOUSE_WORDS = lexicon.HOUSE_WORDS | {"cabinet"}


def _house(agent) -> bool:
    """agent is a legislature or a cabinet ("the parliament", "Somali Parliament", "the Senate"):
    a body whose approval of a person is that person's appointment."""
    return agent is not None and agent.label == ORGANISATION and any(
        w in HOUSE_WORDS for w in agent.name.lower().replace("'s", "").split())


def approved(r, tok, sent, si) -> list:
    """"Ukraine's parliament has approved the nominee for prime minister, Volodymyr Groysman",
    "the Senate confirmed X as attorney general": an appointment whose agent is the body that
    approves it (the verbs and nouns are data: triggers.json "approvals")."""
    if tok.lemma_.lower() not in APPROVING_VERBS or tok.pos_ != "VERB" or hedged(tok) \
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return []
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    position, span = position_of(r, tok)
    agent = r.clause_agent(tok)
    if obj.lemma_.lower() in APPROVED_NOUNS:
        person = next((x for c in obj.children if c.dep_ == "appos" for x in r.people(c, lists=False)), None) \
            or next((x for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" for x in r.people(p, lists=False)), None) \
            or r.name_after(obj) or next(iter(r.named_in_phrase(obj)), None)
        for_ = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("for", "as")), None)
        if position is None and for_ is not None:
            p = next((x for x in for_.children if x.dep_ == "pobj"), None)
            position = sent.doc[p.left_edge.i:p.right_edge.i + 1].text if p is not None else None
    else:
        ps = r.people(obj, lists=False)
        person = ps[0] if ps and position else None   # "confirmed X as attorney general"
        if person is None and ps and r.entity_at(obj, PERSON) is ps[0] and _house(agent):
            person = ps[0]   # (round 25) "The parliament on Friday approved X to lead a new government": a house approves a person
    if person is None or person.label != PERSON or agent is None or agent is person or (
            agent.label == PERSON and tok.lemma_.lower() in BODY_ONLY):
        return []
    return [EventFact("APPOINTMENT", si, [person], agent, date_of(r, tok, sent), position,
                      rule=f"approved:{tok.lemma_.lower()}", strength=0.75, extra={"position_span": span})]
