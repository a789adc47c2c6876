"""Members of a counted group named after it through a phrase that points back to the group.

News tells the group's event first and counts it ("Four ministers resigned", "decommissioned
five Cabinet ministers including X", "replaced 10 of his 19 ministers"), then names the members
in a later sentence whose opening words refer to the group by its count:
  - "Three of the four ministers that resigned - A, B, and C - belonged to ...": K of the N,
    the K names set off by dashes;
  - "The other four - A, B, C and D - had failed to attend ...": the ones not yet named, set off
    by dashes (the group counted them with the ones named at its own sentence);
  - "Prominent among the 10 who were replaced was Culture Minister X": among the N, the names
    after the copula;
  - "The fourth was an independent, Minister of the Environment X": one of them by its ordinal.
Each named member gets the group's event (type and agent). The count in the phrase must match
the group's, the group must be told in the sentences just before (groups.WITHIN), and the names
must be as many as the phrase says.
"""
from __future__ import annotations

from graph.schema import PERSON

from ..lexicon import NUMBER_WORDS, ORDINAL_WORDS as ORDINALS
from .facts import EventFact

DASHES = frozenset({"-", "–", "—", "--"})
OTHER_WORDS = frozenset({"other", "remaining"})
LEADING = frozenset({'"', "“", "'", "‘"})


def _number(tok) -> int | None:
    if tok is None:
        return None
    if tok.text.isdigit():
        return int(tok.text)
    return NUMBER_WORDS.get(tok.lower_)


def _persons(r, si: int, start: int, end: int) -> list:
    """The persons named between token start and end (end excluded) of sentence si, once each."""
    out = []
    for m in sorted(r.state.mentions, key=lambda m: m.start):
        if m.sent_index == si and m.label == PERSON and m.entity is not None and start <= m.start < end \
                and m.entity not in out:
            out.append(m.entity)
    return out


def _dashed(sent, after: int) -> tuple[int, int] | None:
    """The span between the first dash after token `after` and the next dash."""
    dashes = [t.i for t in sent if t.i > after and t.text in DASHES]
    return (dashes[0] + 1, dashes[1]) if len(dashes) >= 2 else None


def _group(recent, si: int, test):
    """The latest group told before sentence si that passes test."""
    return next((g for g in reversed(recent) if g.sent_index < si and g.count and test(g)), None)


def _noun_fits(g, tok) -> bool:
    """"four ministers" and a group of ministers: the same noun (or none said)."""
    return tok is None or g.noun is None or tok.lemma_.lower() == g.noun


def group_part(r, sent, si: int, recent) -> list[EventFact]:
    """The group's event for the members a back-referring opening names (module doc)."""
    if not any(g.sent_index < si and g.count for g in recent):
        return []   # (every reading below needs such a group: _group finds none, and no token is read)
    toks = [t for t in sent if not t.is_space]
    while toks and toks[0].text in LEADING:
        toks = toks[1:]
    if len(toks) < 4:
        return []
    w = [t.lower_ for t in toks]
    names, g = [], None
    if w[0] == "the" and w[1] in OTHER_WORDS and (k := _number(toks[2])):
        # "The other four - A, B, C and D - had ...": the ones the group's own sentence left unnamed
        span = _dashed(sent, toks[2].i)
        g = _group(recent, si, lambda g: k == g.count - len(g.included) if g.included else k < g.count)
        names = _persons(r, si, *span) if span and g is not None else []
        names = names if len(names) == k else []
    elif (k := _number(toks[0])) and w[1] == "of" and w[2] == "the" and (n := _number(toks[3])) and k <= n:
        # "Three of the four ministers that resigned - A, B, and C - belonged to ..."
        head = toks[4] if len(toks) > 4 and toks[4].pos_ == "NOUN" else None
        span = _dashed(sent, toks[3].i)
        g = _group(recent, si, lambda g: g.count == n and _noun_fits(g, head))
        names = _persons(r, si, *span) if span and g is not None else []
        names = names if len(names) == k else []
    elif "among" in w[:3] and sent.root.lemma_ == "be":
        # "Prominent among the 10 who were replaced was Culture Minister X"
        a = w.index("among")
        n = _number(toks[a + 2]) if a + 2 < len(toks) and w[a + 1] == "the" else None
        g = _group(recent, si, lambda g: g.count == n) if n else None
        names = _persons(r, si, sent.root.i + 1, sent.end) if g is not None else []
        names = names if n and 1 <= len(names) <= n else []
    elif w[0] == "the" and (o := ORDINALS.get(w[1])) and toks[2].lemma_ == "be" and sent.root.i == toks[2].i:
        # "The fourth was an independent, Minister of the Environment X": one of them
        g = _group(recent, si, lambda g: o <= g.count)
        names = _persons(r, si, sent.root.i + 1, sent.end) if g is not None else []
        names = names if len(names) == 1 else []
    if not names or g is None:
        return []
    return [EventFact(g.type, si, names, g.agent, None, None, rule=f"group-part:{g.rule}", strength=0.6)]
