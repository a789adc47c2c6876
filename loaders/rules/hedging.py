"""Hedged statements are not facts: "could be removed", "called for his dismissal",
"denied arresting him", "if he resigns"."""
from __future__ import annotations

from ..lexicon import ANNOUNCED, HEDGES, NONFACTIVE, load

CONDITIONS = {"if", "unless"}
CONDITION_MARKS = CONDITIONS | {"whether"}   # "if / whether / unless he resigns"
UNTIL_MARKS = {"until", "till"}   # "till X steps down": a condition still awaited, unless told in the past
PRESUPPOSED = {"after", "since", "because", "when", "as", "although", "though", "before"}   # past clauses these open happened
RACE_WORDS = frozenset(load("triggers")["race_words"])
MEMBERSHIP_BODIES = frozenset(load("triggers")["membership_bodies"])   # "quit the ruling party": no office left
UNREALISED = frozenset(load("triggers")["unrealised_nouns"])   # "evidence to convict him"
DEMANDS = frozenset(load("triggers")["demanding_nouns"])   # "faced calls to resign"
ORDERING_VERBS = frozenset(load("triggers")["ordering_verbs"])   # "ordered that X should be suspended"
DIRECTIVE_VERBS = frozenset(load("triggers")["directive_verbs"])   # "told X to fire Y"
OBLIGING_VERBS = frozenset(load("triggers")["obliging_verbs"])   # "would have to succeed"
SPAN_ENDS = frozenset(load("triggers")["span_ending_words"])   # "until his retirement"
FALSE_WORDS = {k: frozenset(v) for k, v in load("triggers")["false_reports"].items()}   # "reports of his arrest are false"


def left_a_race(tok) -> bool:
    """"quit the race", "stepped down from the contest": a candidate withdraws, no one resigns;
    "quit the ruling party": a member leaves, no one leaves an office."""
    return any(c.lower_ in RACE_WORDS for k in tok.children
               if k.dep_ == "dobj" or (k.dep_ in ("prep", "prt") and k.lower_ in ("of", "from", "out"))
               for c in k.subtree) or any(
        k.lemma_.lower() in MEMBERSHIP_BODIES for c in tok.children
        for k in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "from" else []))


def told_past(tok) -> bool:
    """The verb is told in the past: a past form, or a past auxiliary ("was sacked", "had quit")."""
    return tok.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in tok.children)


def span_end(tok) -> bool:
    """A retirement after "until"/"till" marks where a span ends, a tenure or a wait ("placed on leave
    until his retirement in coming months", "served as minister until he retired in 2017"): it
    states no departure of its own."""
    if tok.lemma_.lower() not in SPAN_ENDS and tok.lower_ not in SPAN_ENDS:
        return False
    return any(c.dep_ == "mark" and c.lower_ in UNTIL_MARKS for c in tok.children) or (
        tok.dep_ == "pobj" and tok.head.lower_ in UNTIL_MARKS)


def hedged(tok, announced_ok: bool = False, negation_ok: bool = False) -> bool:
    """The trigger is stated as possible, planned, demanded or denied, not as done (with
    negation_ok, a "not" is part of the trigger: "pleaded not guilty"); a retirement that
    only ends a span is no departure either (span_end)."""
    if span_end(tok):
        return True
    if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and tok.head.tag_ == "VB" \
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.head.children):
        # "accepted X's request to step down ... and appointed him acting governor": a finite verb the
        # parse joined to the infinitive; it is as hedged as the finite verb above the infinitive
        f = tok.head
        while f.head.i != f.i and f.tag_ not in ("VBD", "VBZ", "VBP"):
            f = f.head
        if f.tag_ in ("VBD", "VBZ", "VBP"):
            return hedged(f, announced_ok, negation_ok)
    ordered = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ORDERING_VERBS   # "ordered that X should proceed on leave"
    for c in tok.children:
        if (c.dep_ == "neg" and not negation_ok) or (c.dep_ in ("aux", "auxpass") and c.lower_ in HEDGES
                               and not (announced_ok and c.lower_ in ANNOUNCED)
                               and not (ordered and c.lower_ in ("should", "must", "shall"))):
            return True
        if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS:
            return True
        if c.dep_ == "mark" and c.lower_ in UNTIL_MARKS and not told_past(tok):
            return True   # "will protest till X resigns": awaited; "served until he was sacked" happened
        if c.dep_ in ("preconj", "cc") and c.lower_ in ("neither", "nor"):
            return True   # "X was neither arrested nor charged"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children) \
                and any(a.dep_ == "aux" and a.lower_ in HEDGES for a in tok.children):
            return True   # "If approved by parliament, X will replace Y": a condition on a future act
        if c.dep_ == "mark" and c.lower_ == "for" and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
            return True   # "a rally calling for Park to step down": wanted, not done
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":   # "calls grew for his resignation", "a warrant for his arrest"
        gov = tok.head.head
        if gov.lemma_.lower() in NONFACTIVE or any(c.dep_ in ("nsubj", "dobj", "nsubjpass") and c.lemma_.lower() in NONFACTIVE
                                                   for c in gov.children):   # "a warrant was issued for the arrest of X"
            return True
    if tok.dep_ == "conj" and any(c.lower_ == "nor" for c in tok.head.children):
        return True
    if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        chain, first = [tok], tok
        while first.dep_ == "conj" and first.head.i != first.i and len(chain) < 5:
            first = first.head
            chain.append(first)
        if tok.tag_ not in ("VBZ", "VBD") and any(c.dep_ == "aux" and c.lower_ in HEDGES
                                                  and not (announced_ok and c.lower_ in ANNOUNCED) for c in first.children):
            return True   # "X will go before a judge ..., release him or place him under arrest": the modal is shared
            # (not by a finite verb: "X would not keep his seat and now heads to the backbench")
        if any(c.dep_ == "cc" and c.lower_ == "or" for k in chain[:-1] for c in k.children):
            return True   # "keep him in custody, release him or place him under house arrest": alternatives, not acts
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and (tok.head.lemma_.lower() in UNREALISED or any(d.lower_ == "no" for d in tok.head.children)):
        return True   # "no evidence to convict him", "an attempt to arrest him": not done
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in DEMANDS for c in tok.head.children):
        return True   # "X, who has faced calls to resign since ...": the parse hung the infinitive on the verb
    h, depth = tok, 0
    while h.head.i != h.i and depth < 4:
        if h.dep_ == "nsubj" and h.lemma_.lower() in FALSE_WORDS["reports"] \
                and any(c.dep_ in ("acomp", "attr") and c.lower_ in FALSE_WORDS["words"] for c in h.head.children):
            return True   # "Reports that X had been arrested were false", "reports of his arrest are baseless"
        if h.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in FALSE_WORDS["reports"] \
                and h.head.lemma_.lower() in FALSE_WORDS["denials"]:
            return True   # "X dismissed reports that he had been fired", "police dispelled reports that X was arrested"
        if h.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in PRESUPPOSED for m in h.children) \
                and told_past(h):
            break   # "asked to step down after he was placed on leave": the past "after" clause is stated as fact
        if h.dep_ in ("relcl", "appos") or (h.dep_ == "acl" and h.head.pos_ == "PROPN") or (h is tok and h.dep_ == "amod"):
            break   # "X, who was arrested last week, denied it", "X, the newly appointed chief, wants ...",
            #         "sacked minister X wants his job back": what describes a person is asserted
        if h.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "acl"):
            if h.head.lemma_ in NONFACTIVE:
                return True
        if h.dep_ in ("xcomp",) and any(c.lower_ in HEDGES and not (announced_ok and c.lower_ in ANNOUNCED)
                                        for c in h.head.children):
            return True
        if h.dep_ == "xcomp" and h.head.lemma_.lower() in OBLIGING_VERBS and any(
                c.dep_ == "aux" and c.lower_ in HEDGES for c in h.head.children):
            return True   # "who would have to succeed Y", "will need to resign": an obligation, not an act
        if h.dep_ == "xcomp" and h.head.lemma_.lower() in OBLIGING_VERBS and h.head.tag_ in ("VBZ", "VBP") \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in h.children):
            return True   # "X has to resign before he can be sworn in", "needs to resign": owed, not done ("had to" is done)
        if h.dep_ == "xcomp" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in h.head.children):
            return True   # "if the court decides to convict him": a condition, not a verdict
        if h.dep_ == "xcomp" and h.head.lemma_.lower() in DIRECTIVE_VERBS and any(c.dep_ == "dobj" for c in h.head.children):
            return True   # "the court told Iohannis to fire X": told to, not done
        h, depth = h.head, depth + 1
    return False
