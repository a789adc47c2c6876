"""The duties of a post stand for the post. Decrees and official releases give an acting holder
the post's duties rather than the post: "Tokayev has entrusted the duties of the Prime Minister
to X", "the President ordered that the duties of Prime Minister Y shall be carried out by X",
"X will perform the duties of governor". Whoever is given, or carries out, the duties of a named
post is appointed to it (acting); the one who gives them, or orders them carried out, is the
agent. "He handed most of his duties to X" names no post and is no appointment (rules/handovers).
Taking them away dismisses the holder ("the President has decided to terminate the powers of
Governor Y"); not "the early termination of his powers" a governor asks for, which is his resignation.
The words are data: triggers.json post_duties."""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from ..lexicon import REVOKING_VERBS, load
from ..mentions import EntityBuild
from .details import date_of
from .facts import EventFact
from .hedging import ORDERING_VERBS, hedged

_WORDS = load("triggers")["post_duties"]
DUTY_NOUNS = frozenset(_WORDS["nouns"])          # "duties", "powers", "functions"
GIVING_VERBS = frozenset(_WORDS["giving_verbs"])  # "entrusted the duties of ... to X"
DOING_VERBS = frozenset(_WORDS["doing_verbs"])    # "X will perform the duties of ..."
NOT_POSTS = frozenset(_WORDS["not_posts"])        # "the powers of the police", "powers of attorney"
PARTICLE = {"carry": "out"}                      # "carry" only as "carry out"


def duties_given(r, tok, sent, si: int) -> list[EventFact]:
    """tok is a duty noun ("duties"); the appointment its verb states, or nothing."""
    if tok.lemma_.lower() not in DUTY_NOUNS:
        return []
    post, holder = _post_of(r, tok)
    if post is None:
        return []
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else tok.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or hedged(verb, announced_ok=True) or (lemma in PARTICLE and not any(
            c.dep_ == "prt" and c.lower_ == PARTICLE[lemma] for c in verb.children)):
        return []
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if lemma in GIVING_VERBS:
        if passive:   # "X was entrusted with the duties of ..."
            receiver = _person(r, verb, ("nsubjpass",))
            agent = r.agent_by(verb)
        else:         # "Y entrusted the duties of ... to X"
            to = next((c for c in list(verb.children) + list(tok.children)
                       if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
            receiver = _person(r, to, ("pobj",)) if to is not None else None
            agent = r.clause_agent(verb)
    elif lemma in DOING_VERBS:
        if passive:   # "the duties of ... shall be carried out by X", ordered by the agent
            receiver = r.agent_by(verb)
            agent = r.clause_agent(verb.head) if verb.dep_ == "ccomp" \
                and verb.head.lemma_.lower() in ORDERING_VERBS else None
        else:         # "X will perform the duties of ..."
            receiver = _person(r, verb, ("nsubj",))
            agent = None
    elif lemma in REVOKING_VERBS and tok.dep_ == "dobj" and holder is not None:
        agent = r.clause_agent(verb)   # "the President has decided to terminate the powers of Governor Y"
        return [EventFact("DISMISSAL", si, [holder], None if agent is holder else agent, date_of(r, verb, sent),
                          post, rule=f"post-duties:{lemma}", strength=0.7)]
    else:
        return []
    if receiver is None or receiver.label != PERSON or receiver is holder:
        return []
    if agent is receiver or agent is holder:
        agent = None
    # no post on the event: one given a post's duties acts in it, and the post they hold is
    # another, stated elsewhere ("As the First Deputy Prime Minister, he ..."); the event's post
    # would make them its holder (rules/event_posts)
    return [EventFact("APPOINTMENT", si, [receiver], agent, date_of(r, verb, sent), None,
                      rule=f"post-duties:{lemma}", strength=0.7, extra={"duties_of": post})]


def _post_of(r, tok) -> tuple[str | None, EntityBuild | None]:
    """The post an "of" phrase of the duty noun names, and its holder if named: "of the Prime
    Minister" -> ("Prime Minister", None); "of Prime Minister of the Russian Federation Mikhail
    Mishustin" -> ("Prime Minister of the Russian Federation", Mishustin). A phrase with no title
    word ("of his office", "of the police") names no post."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None, None
    doc, holder, words = tok.doc, None, []
    for i in range(of.i + 1, of.right_edge.i + 1):
        m = r.state.mention_at(i)
        if m is not None and m.label == PERSON:
            holder = holder or m.entity
            break
        words.append(doc[i])
    if not any(w.lower_ in gz.TITLE_WORDS and w.lower_ not in NOT_POSTS for w in words):
        return None, holder
    text = " ".join(w.text for w in words).strip(" ,")
    for lead in ("the ", "The "):
        text = text[len(lead):] if text.startswith(lead) else text
    return (text or None), holder


def _person(r, tok, deps) -> EntityBuild | None:
    """The person named by the child of tok in one of deps (tok itself for "pobj" under a preposition)."""
    for c in tok.children:
        if c.dep_ in deps:
            ps = [p for p in r.people(c, lists=False) if p.label == PERSON]
            if ps:
                return ps[0]
    return None
