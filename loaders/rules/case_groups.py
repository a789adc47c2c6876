"""Events said of a story's case group, given to the persons of the case (round 19).

Court and police stories state some events for the whole group of accused persons and name
them elsewhere: "Both defendants were detained and charged last year", "The accused were
charged on Monday", "a judge removed the accused from their offices".
rules/groups.py gives a group event to a list of names that follows within a few sentences;
here the list may come long before or after, or there is none and each person is named with
their own court event ("A pleaded guilty to ...", "B was sentenced to ...").

The case group is a definite plural of triggers.json case_group_nouns ("the defendants", "all
of the accused", "the four suspects"; not "some of the accused", not "two other defendants").
Its members are the persons a sentence lists for it ("The accused include A, B and C", "The
defendants are A and B"), or else the persons of the story's own court events (ARREST,
CHARGE, CONVICTION, SENTENCE) told within a dozen sentences of it; at least two, and as many as
the group counts when it counts.
Each member receives the group's event unless already given one of that kind.
"""
from __future__ import annotations

from graph.schema import PERSON

from .. import doc_index
from ..lexicon import EVENT_VERBS, load
from .facts import EventFact
from .groups import NUMBERS
from .hedging import hedged
from .phrasal import match as phrasal_match
from .phrases import trigger_lemma

CASE_NOUNS = frozenset(load("triggers")["case_group_nouns"])
SINGULAR_TOO = frozenset({"accused"})   # "the accused" is one person or several
WHOLE = frozenset({"all", "both"})   # "all of the accused"; not "some of", "two of"
COURT_TYPES = ("ARREST", "CHARGE", "CONVICTION", "SENTENCE")
PHRASE_TYPES = (*COURT_TYPES, "RELEASE")   # the phrases of a case a group undergoes
NEAR = 12   # sentences between the group's event and its members' own court events
# names.json one-word honorifics and ranks ("Sgt.", "Gov"): a "person" whose name ends in one is a
# rank the model read as a name ("Former PPD Sgt. X"), not a member to hand events on to
RANKS = frozenset(w.strip(".").lower() for w in load("names")["honorifics"] if " " not in w.strip())


def _misread(person) -> bool:
    return person.name.split()[-1].strip(".").lower() in RANKS


def _case_noun(tok):
    """(the group's noun, its count) when tok opens a definite case group, else (None, None)."""
    noun = tok
    if tok.lower_ in WHOLE:   # "all of the accused were charged"
        noun = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), None)
        if noun is None:
            return None, None
    if noun.lower_ not in CASE_NOUNS or noun.tag_ in ("NN", "NNP"):
        return None, None
    dets = [c for c in noun.children if c.dep_ in ("det", "predet")]
    if not any(d.lower_ in ("the", "all", "both") for d in dets) and noun is tok:
        return None, None
    if any(c.dep_ == "amod" and c.lower_ in ("other", "some", "several", "many") for c in noun.children):
        return None, None   # "two other defendants": not the whole group
    num = next((c for c in noun.children if c.dep_ == "nummod"), None)
    count = None if num is None else NUMBERS.get(num.lower_) or (int(num.text) if num.text.isdigit() else 0)
    return noun, count


def _plural(noun, verb) -> bool:
    """A noun that reads as one person or many ("the accused") stands for many here: a plural
    verb ("were charged") or possessive ("removed the accused from their offices"), or a count."""
    if any(c.dep_ == "nummod" for c in noun.children) or noun.i != noun.head.i and noun.head.lower_ == "of":
        return True
    if noun.dep_ in ("nsubjpass", "nsubj"):
        return verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have")
                                         for c in verb.children)
    return any(t.lower_ in ("their", "them", "themselves") for t in verb.subtree)


def _group_verbs(tok, noun):
    """The events tok (a case group, noun its case noun) undergoes: as the passive subject or the object of an event
    verb, and of the verbs joined to it without a subject of their own ("were detained and
    charged"); or of a phrase of the court (triggers.json phrasal: "the defendants pleaded
    guilty", "face charges"; "were found guilty", "were granted bail")."""
    if tok.dep_ not in ("nsubjpass", "dobj", "nsubj"):
        return []
    verb = tok.head
    if noun.lower_ in SINGULAR_TOO and not _plural(noun, verb):
        return []   # "the accused was remanded": one person
    out = [verb] + [c for c in verb.conjuncts
                    if c.i > verb.i and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]
    found = []
    for v in out:
        if v.pos_ not in ("VERB", "AUX") or hedged(v, negation_ok=True):
            continue
        e = phrasal_match(v)
        if e is not None and e["type"] in PHRASE_TYPES and not e.get("subject_preps") \
                and bool(e.get("object_is_subject")) == (tok.dep_ != "nsubj"):
            found.append((v, e["type"]))
        elif tok.dep_ != "nsubj" and trigger_lemma(v) in EVENT_VERBS and not any(
                n.dep_ == "neg" for n in v.children):
            found.append((v, EVENT_VERBS[trigger_lemma(v)]))
    return found


_LISTING_LEMMAS = frozenset({"be", "include"})


def _listed(state, si: int, sent) -> list:
    """'The accused include A, B and C' / 'The defendants are A and B': the persons named after
    the verb of a sentence whose subject is the case group."""
    if not doc_index.any_of(sent, CASE_NOUNS) or not doc_index.any_of(sent, _LISTING_LEMMAS):
        return []   # (the subject's noun and the root's lemma are words of the sentence: no root is sought)
    root = sent.root
    if root.lemma_.lower() not in ("be", "include"):
        return []
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or _case_noun(subj)[0] is None:
        return []
    out = []
    for m in state.mentions:
        if m.sent_index == si and m.label == PERSON and m.entity is not None and m.start > root.i \
                and m.entity not in out:
            out.append(m.entity)
    return out


def _court_persons(facts, si: int) -> list:
    """The persons of the court events told within NEAR sentences of the group's (a release that
    recalls an older case further down names other people)."""
    out = []
    for f in facts:
        if f.type in COURT_TYPES and abs(f.sent_index - si) <= NEAR:
            out += [s for s in f.subjects if s.label == PERSON and s not in out and not _misread(s)]
    return out


def case_group_events(r, facts) -> list[EventFact]:
    """The events of the story's case group, one for each of its members (see the module's doc)."""
    state = r.state
    groups, listed = [], []
    for si, sent in enumerate(state.sents):
        if len(listed) < 2:
            listed = _listed(state, si, sent)
        if not doc_index.any_of(sent, WHOLE, CASE_NOUNS):
            continue   # (no token's word is one the loop below looks for: words(sent) holds them all)
        doc = sent.doc
        lowers = doc_index.lowers(doc)
        for i in range(sent.start, sent.end):
            if lowers[i] not in WHOLE and lowers[i] not in CASE_NOUNS:
                continue   # _case_noun's first test: "all"/"both" (of the ...), or a case noun itself
            tok = doc[i]
            noun, count = _case_noun(tok)
            if noun is None:
                continue
            for verb, etype in _group_verbs(tok, noun):
                groups.append((etype, verb, si, count, tok.dep_ == "nsubjpass"))
    if not groups:
        return []
    live = [f for f in facts if not f.extra.get("no_event")]
    had = {(f.type, id(s)) for f in live for s in f.subjects}
    out = []
    keep = state.current_doc, state.current_si
    for etype, verb, si, count, passive in groups:
        members = listed if len(listed) >= 2 else _court_persons(live, si)
        if len(members) < 2 or (count is not None and count != len(members)):
            continue
        state.current_doc, state.current_si = verb.doc, si
        agent = r.agent_by(verb) if passive else r.clause_agent(verb)
        for m in members:
            if (etype, id(m)) in had or m is agent:
                continue
            had.add((etype, id(m)))
            out.append(EventFact(etype, si, [m], agent, None, None, rule=f"case-group:{verb.lemma_.lower()}",
                                 strength=0.6))
    state.current_doc, state.current_si = keep
    return out
