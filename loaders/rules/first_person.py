"""The speaker behind "I" in a quotation: '"I have decided to release General X from his duties,"
President Y told a news conference', '"I am also making her an Associate Minister of Finance"'
in a statement whose quotes are closed by "Y said". A first-person agent of a change of post is
the one person the passage quotes, when it quotes only one."""
from __future__ import annotations

from graph.schema import PERSON

from ..lexicon import DOUBLE_QUOTES, SPEECH_VERBS

WITHIN = 10   # sentences around the quoted one in which its speaker may be named (one a paragraph)


def _speakers(r, si: int) -> set:
    """The persons sentence si names as the subject of a speech verb ("Y said", "Y told reporters")."""
    out = {}
    for t in r.state.sents[si]:
        if t.lemma_.lower() not in SPEECH_VERBS:
            continue
        for c in t.children:
            if c.dep_ != "nsubj" or c.pos_ == "PRON":
                continue
            span = range(c.left_edge.i, c.right_edge.i + 1)
            for m in r.state.mentions:
                if m.sent_index == si and m.start in span and m.label == PERSON and m.entity is not None:
                    out[m.entity.id] = m.entity
    return out


def quoted_speaker(r, tok):
    """The one person quoted around "I" (tok): the speaker named in this sentence, else the nearest
    speaker named after it and the nearest named before it (within a statement's run of quoted
    paragraphs), when these are one person; else None."""
    if tok.lower_ != "i" or tok.pos_ != "PRON":
        return None
    si = r.state.current_si
    sents = r.state.sents
    if not any(ch in sents[k].text for k in range(max(0, si - WITHIN), si + 1) for ch in DOUBLE_QUOTES):
        return None   # not in a quotation
    found = _speakers(r, si)
    if not found:
        for k in range(si + 1, min(len(sents), si + WITHIN + 1)):   # '..." Y said.' closing the quotation
            if any(ch in sents[k].text for ch in DOUBLE_QUOTES) and (got := _speakers(r, k)):
                found.update(got)
                break
        for k in range(si - 1, max(-1, si - WITHIN - 1), -1):   # '"...," Y said.' opening it
            if any(ch in sents[k].text for ch in DOUBLE_QUOTES) and (got := _speakers(r, k)):
                found.update(got)
                break
    return next(iter(found.values())) if len(found) == 1 else None
