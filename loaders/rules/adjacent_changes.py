"""Replacements stated by two sentences close together. "On Wednesday President X sacked Y as the
director general of the agency." then "The president swiftly appointed Z as the new DG": one person
leaves a post and, in the next sentence, one other is appointed, to that post or to none named
(two sentences on: to a post of the same name), with no other change of office stated in between.
extract.implied_replacements then reads the pair as if one sentence stated both."""
from __future__ import annotations

from dataclasses import replace

from .facts import EventFact
from .same_posts import same_head

LEAVING = ("DISMISSAL", "RESIGNATION")
CHANGES = LEAVING + ("APPOINTMENT", "NOMINATION", "SUSPENSION")


def _post_left(f: EventFact) -> EventFact:
    """The departure with its post: the one it states, else the title its subject was given."""
    if f.position or not f.subjects[0].titles:
        return f
    return replace(f, position=f.subjects[0].titles[0])   # "Y, president of the party, stepped down"


def _role_by_verb(sent) -> bool:
    """"appointed X to oversee the prison system": a role stated by a verb, not a post."""
    return any(t.dep_ == "xcomp" and t.pos_ == "VERB" and any(a.lower_ == "to" for a in t.children)
               and t.head.pos_ == "VERB" for t in sent)


def adjacent_replacements(facts: list[EventFact], sent, si: int, implied) -> list[EventFact]:
    """The replacement a departure in sentence si-1 (or si-2, same post) and an appointment in
    sentence si state together; `implied` reads one sentence's facts (extract.implied_replacements)."""
    near = [f for f in facts if si - 2 <= f.sent_index <= si and not f.extra.get("no_event")]
    if any(f.predecessor is not None for f in near):
        return []   # a replacement already stated
    ins = [f for f in near if f.type == "APPOINTMENT" and f.sent_index == si]
    outs = [f for f in near if f.type in LEAVING and f.sent_index < si]
    if len(ins) != 1 or len(outs) != 1 or len(ins[0].subjects) != 1 or len(outs[0].subjects) != 1:
        return []
    new, out = ins[0], _post_left(outs[0])
    if any(f.type in CHANGES and f is not new and f is not outs[0] and f.sent_index >= out.sent_index for f in near):
        return []   # another change of office between them: which one is meant is not said
    if si - out.sent_index == 2 and not (new.position and out.position and same_head(new.position, out.position)):
        return []   # two sentences apart, only the same post joins them
    if not new.position and _role_by_verb(sent):
        return []
    found = implied([out, new], si)
    for f in found:
        f.rule = "adjacent-" + f.rule
    return found
