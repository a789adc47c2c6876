"""A leader's name written as a modifier, "<Name>-led <body>" (round 16).

South Asian copy names a government or party by its leader: "the Rakesh Varma-led JDP",
"the Ram Prasad Oli-led government", "the PM Anil Sharma -led Council of Ministers". The model
reads "Varma-led" (or "Sharma-led Lok", the body's first word too) into the name, so the
person gets a second, wrong entity and loses the post the text gives him. The name stops
before "-led"; words of the span after it open the body's name that follows. A
two-or-three word "body" so cut that opens with a known given name is the person; other
bodies keep their "-led" ("the Saudi-led coalition").
"""
from __future__ import annotations

from spacy.tokens import Span

from . import name_bounds


def _led_at(span: Span) -> tuple[int, int] | None:
    """(start, end) of the tokens spelling "-led" inside span, after its first word, or None."""
    for k in range(1, len(span)):
        if span[k].lower_ == "-led":
            return span[k].i, span[k].i + 1
        if span[k].text == "-" and k + 1 < len(span) and span[k + 1].lower_ == "led" and span[k - 1].whitespace_ == "":
            return span[k].i, span[k].i + 2
    return None


def cut_led(doc, ents: list[Span]) -> list[Span]:
    """Spans cut at "-led"; see the module's docstring."""
    out: list[Span] = []
    ents = sorted(ents, key=lambda e: e.start)
    i = 0
    while i < len(ents):
        e = ents[i]
        cut = _led_at(e) if e.label_ in ("PERSON", "ORG") else None
        if cut is None:
            out.append(e)
            i += 1
            continue
        label = e.label_
        if label == "ORG" and 2 <= cut[0] - e.start <= 3 and e[0].text in name_bounds.GIVEN_NAMES \
                and all(t.text[:1].isupper() for t in doc[e.start:cut[0]]):
            label = "PERSON"   # "Ram Prasad Oli-led" read as a body
        if label == "ORG":   # "the Saudi-led coalition", "NATO-led peacekeeping": a body's own name
            out.append(e)
            i += 1
            continue
        out.append(Span(doc, e.start, cut[0], label=label))
        if cut[1] < e.end:   # "Sharma-led Lok" | "Janshakti Party": the body's name begins inside the span
            nxt = ents[i + 1] if i + 1 < len(ents) and ents[i + 1].start == e.end and ents[i + 1].label_ == "ORG" else None
            if nxt is not None:
                out.append(Span(doc, cut[1], nxt.end, label="ORG"))
                i += 1
            elif label == "PERSON" and any(t.text[:1].isupper() for t in doc[cut[1]:e.end]):
                out.append(Span(doc, cut[1], e.end, label="ORG"))
        i += 1
    return out
