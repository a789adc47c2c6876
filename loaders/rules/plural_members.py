"""Memberships of persons a plural names: "Both are members of the Z Party", "Both men were
stripped of their membership on the Committee", "the two hard-line ministers from the Y party".
Split out of members.py: these rules count a plural subject or title and find as many persons
named before it, which the one-name membership rules never do. Gives MEMBER_OF."""
from __future__ import annotations

from graph.schema import PERSON

from ..doc_index import any_of
from .facts import Position
from .members import member_of_phrase
from .parties import is_party
from .titles import stated


NUMBER_WORDS = ("two", "three", "four", "five", "six")
# "Both are members of ...", "All three are members of ..."
PLURAL_SUBJECTS = frozenset({"both", "they", "all", "each", *NUMBER_WORDS})
COUNTS = {"both": 2, **{w: n for n, w in enumerate(NUMBER_WORDS, start=2)}}
GROUP_MEMBER_NOUNS = {"members", "leaders"}   # "are leaders of Iraq's Iraqiya political bloc"
PREDICATE_WORDS = frozenset(GROUP_MEMBER_NOUNS | {"belong", "strip"})   # a word _plural_predicate needs


def _plural_predicate(r, root, mentions):
    """The body and whether the membership is past, for "are members / leaders of ORG", "belong to
    ORG", "were stripped of their membership on ORG"; (None, False) for anything else."""
    if root.lemma_ == "be":
        attr = next((c for c in root.children if c.dep_ == "attr" and c.lower_ in GROUP_MEMBER_NOUNS), None)
        if attr is None:
            return None, False
        toks = list(attr.subtree)
        if attr.lower_ == "leaders":   # a leader of a party is its member; of another body, it is a post
            om = next((o for o in (r.org_mention_at(mentions, t.i) for t in toks) if o is not None
                       and o.entity is not None and is_party(root.doc, o)), None)
        else:
            om = member_of_phrase(r, toks, mentions)
        return om, root.tag_ == "VBD"
    if root.lemma_ == "belong":
        to = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        p = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        om = r.org_mention_at(mentions, p.i) if p is not None else None
        return (om if om is not None and om.entity is not None else None), False
    if root.lemma_ == "strip":   # "Both men were stripped of their membership on the Central Committee"
        for t in root.subtree:
            if t.lower_ == "membership":   # (the parse may hang "on the Committee" on the verb)
                p = next((x for c in [*t.children, *root.children] if c.dep_ == "prep" and c.lower_ in ("on", "of", "in")
                          for x in c.children if x.dep_ == "pobj" and x.i != t.i), None)
                om = r.org_mention_at(mentions, p.i) if p is not None else None
                if om is not None and om.entity is not None:
                    return om, True
    return None, False


def _count(subj) -> int | None:
    """How many a plural subject counts: "both" 2, "the two ministers" 2, "they" any (0)."""
    if subj.lower_ in COUNTS:
        return COUNTS[subj.lower_]
    if subj.lower_ in PLURAL_SUBJECTS:
        return 0
    if subj.tag_ not in ("NNS", "NNPS"):
        return None
    for c in subj.children:
        if c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both":
            return 2
        if c.dep_ == "nummod" and c.lower_ in COUNTS and any(d.lower_ == "the" for d in subj.children):
            return COUNTS[c.lower_]
    return None


def _persons_before(r, si, n: int) -> list:
    """The persons the sentence before named as its subjects (two to six), or those of the last
    event of the two sentences before that names n persons ("X replaced Y. ... Both leaders ...")."""
    prev = r.state.sents[si - 1]
    psub = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    names = []
    prev_ms = [m for m in r.state.mentions if m.sent_index == si - 1 and m.label == PERSON and m.entity is not None]
    for t in (psub.subtree if psub is not None else []):
        pm = next((m for m in prev_ms if m.start <= t.i < m.end), None)
        if pm is not None and pm.entity not in names and t.i == prev.doc[pm.start:pm.end].root.i:
            names.append(pm.entity)
    if 2 <= len(names) <= 6 and (n in (0, len(names))):
        return names
    for f in reversed(getattr(r.state, "history", [])):
        if not 0 < si - f.sent_index <= 2:
            continue
        who = list(f.subjects) + [x for x in (f.successor, f.predecessor) if x is not None and x not in f.subjects]
        if (n and len(who) == n) or (not n and len(who) >= 2):
            return who
    # "Mr. Hanh was fired ... Mr. Huy is accused ... Both men were stripped of ...": the subjects of
    # the two sentences before, when they are as many as the count says
    subjects = []
    for k in (si - 2, si - 1):
        sent = r.state.sents[k] if k >= 0 else None
        for m in (x for x in r.state.mentions if x.sent_index == k and x.label == PERSON and x.entity is not None):
            root = sent.doc[m.start:m.end].root
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.i == sent.root.i and m.entity not in subjects:
                subjects.append(m.entity)
    return subjects if n and len(subjects) == n else []


def plural_members(r, sent, si, mentions) -> list[Position]:
    """"X, the mayor of A, and Y, who heads B, were detained. Both are members of the main
    opposition Z Party": a plural subject ("both", "they", "all three", "both leaders", "the two
    ministers") of "are members of", "belong to", "were stripped of their membership on" is the
    persons the sentence before named as its subjects, or those of the last event just before
    ("X replaced Y ... Both leaders belong to the Z Party"); a subject of names ("Both X and Y are
    leaders of the Z bloc") is those names."""
    if si == 0 or not any_of(sent, PREDICATE_WORDS):
        return []
    root = sent.root
    if not stated(root):
        return []
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    om, former = _plural_predicate(r, root, mentions)
    if om is None:
        return []
    named = []
    for t in [subj, *subj.conjuncts]:   # "Both X and Y are ...": the names themselves
        m = next((m for m in mentions if m.label == PERSON and m.entity is not None and m.start <= t.i < m.end), None)
        if m is not None and m.entity not in named:
            named.append(m.entity)
    if len(named) >= 2:
        names = named
    else:
        n = _count(subj)
        names = _persons_before(r, si, n) if n is not None and not named else []
    if not 2 <= len(names) <= 6:
        return []
    return [Position(e, "member", om.entity, si, "member:plural-subject", 0.7, former, relation="MEMBER_OF")
            for e in names]


def _titled_as(title: str, word: str) -> bool:
    """"Tourism Minister" is a minister; "Prime Minister" is not one of "the two ministers"."""
    words = title.lower().split()
    return word in words and not (words.index(word) > 0 and words[words.index(word) - 1] == "prime")


def counted_from_party(r, sent, si, mentions) -> list[Position]:
    """"Sharon summoned Transportation Minister A and Tourism Minister B ... The firing of the two
    hard-line ministers from the National Union party": a counted plural title from a party is the
    persons named just before with that title, when they are exactly as many as counted."""
    out = []
    if not any_of(sent, COUNTS):   # (no count of two or more without one of its words)
        return out
    for t in sent:
        n = _count(t) if t.tag_ == "NNS" else None
        if not n or n < 2:
            continue
        prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "of")), None)
        om = next((x for p in (prep.children if prep is not None else []) if p.dep_ == "pobj"
                   for q in p.subtree for x in [r.org_mention_at(mentions, q.i)]
                   if x is not None and x.entity is not None), None)
        if om is None or not is_party(sent.doc, om):
            continue
        word = t.lemma_.lower()
        titled = []
        for m in sorted((m for m in r.state.mentions if m.label == PERSON and m.entity is not None
                         and (si - 2 <= m.sent_index < si or (m.sent_index == si and m.start < t.i))),
                        key=lambda m: (m.sent_index, m.start)):
            if m.entity not in titled and any(_titled_as(ti, word) for ti in m.entity.titles):
                titled.append(m.entity)
        if len(titled) == n:
            out += [Position(e, "member", om.entity, si, "member:counted-title", 0.65, relation="MEMBER_OF")
                    for e in titled]
    return out
