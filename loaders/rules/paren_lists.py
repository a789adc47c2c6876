"""Appointees listed with their portfolios in brackets: "Henry Rotich was re-appointed CS
Treasury, Charles Keter (Energy), Joe Mucheru (ICT) and Fred Matiang'i (Interior)", "Among
those appointed are A (Interior), B (Health) C (Lands) ...", then "Others were D (Treasury),
E (Trade) ...". Cabinet announcements write such lists, and the parse rarely joins all of
them to the verb: every person of the sentence named right before a bracketed portfolio
shares the sentence's appointment (or nomination); a next sentence that opens with "Others"
(or with one of the bracketed names: the tail of a list the sentence splitter cut off) and
lists more such names shares it too."""
from __future__ import annotations

from graph.schema import PERSON

from .facts import EventFact

LISTED = ("APPOINTMENT", "NOMINATION")
OTHERS = {"others", "also"}


def bracketed_persons(r, sent) -> list:
    """Persons of the sentence each followed by "(Portfolio)": a few words in brackets, the first capitalised."""
    doc, out = sent.doc, []
    for m in r.state.mentions:
        if m.sent_index != r.state.current_si or m.label != PERSON or m.entity is None or m.entity in out:
            continue
        if m.end < sent.end and doc[m.end].text == "(":
            close = next((t.i for t in doc[m.end + 1:min(m.end + 12, sent.end)] if t.text == ")"), None)
            if close is not None and close > m.end + 1 and doc[m.end + 1].text[:1].isupper():
                out.append(m.entity)
    return out


def paren_listed(r, sent, si: int, facts: list[EventFact]) -> list[EventFact]:
    """The sentence's appointment for every person it lists with a bracketed portfolio; a sentence
    opening with "Others" takes the previous sentence's listed appointment."""
    listed = bracketed_persons(r, sent)
    if len(listed) < 2:
        return []
    base = next((f for f in facts if f.type in LISTED and not f.extra.get("no_event")), None)
    first = r.state.mention_at(sent.start)
    if base is None and (sent[0].lower_ in OTHERS or (first is not None and first.entity in listed)):
        # "Others were D (Treasury), ...", or the list's tail the sentence splitter cut off
        base = getattr(r, "paren_base", None)
        base = base if base is not None and si - base.sent_index == 1 else None
    if base is None:
        return []
    r.paren_base = base if base.sent_index == si else EventFact(base.type, si, [], base.agent, None, None,
                                                               rule=base.rule)
    new = [p for p in listed if all(p not in f.subjects for f in facts if f.type == base.type)]
    if not new:
        return []
    return [EventFact(base.type, si, new, base.agent, base.date_text, None, rule=f"bracket-list:{base.rule}",
                      strength=0.65)]
