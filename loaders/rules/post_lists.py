"""One appointing verb, several persons each with their own post: "Maliki named X, a Shi'ite,
as his interior minister; General Y as the defense minister; and another Shi'ite, Z, as the
new head of national security". Each "NAME ... as POST" segment becomes its own event with
its own post; the verb's subject is the agent of all of them.
"""
from __future__ import annotations

from graph.schema import PERSON

from .details import date_of, post_in
from .facts import EventFact

OBJECT_DEPS = ("dobj", "oprd", "conj", "appos", "npadvmod", "dative")


def paired_posts(r, tok, etype: str, sent, si: int, agent) -> list[EventFact]:
    preps = sorted((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), key=lambda c: c.i)
    if len(preps) < 2:
        return []
    objects = sorted((c for c in tok.children if c.dep_ in OBJECT_DEPS and c.pos_ in ("PROPN", "NOUN")
                      and c.i > tok.i), key=lambda c: c.i)
    out, start = [], tok.i
    for prep in preps:
        persons = []
        for o in objects:
            if start < o.i < prep.i:
                persons += [p for p in r.people(o, lists=False) or r.named_in_phrase(o)
                            if p.label == PERSON and p is not agent and p not in persons]
        start = prep.i
        if len(persons) != 1:
            continue
        post, span = post_in(r, prep)
        if post:
            out.append(EventFact(etype, si, persons, agent, date_of(r, tok, sent), post,
                                 rule=f"verb:{tok.lemma_.lower()}:each-as", strength=0.8,
                                 extra={"position_span": span}))
    return out if len(out) >= 2 else []
