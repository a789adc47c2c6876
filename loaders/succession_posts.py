"""Which post a stated replacement is about, when the replacing words do not name it (round 21).

A successor takes the one post read within two sentences of the replacement (taken_post);
three ways a replacement's post is stated apart from the replacing words:
  - "Y will be the new chief minister of P, replacing X": Y took several posts near it (another
    one the sentence before); the replacing sentence's own is the one (one title at one body
    read under two names, "P" and "the Government of P", is one post: the fuller name is kept);
  - "Y will replace X as chairman", Y's chairmanship read sentences before: the named title
    singles it out however far it is; "Y would replace X" with the one post Y is said to take
    told sentences later is that post;
  - "X stepped down as T in a ceremony handing power to his successor, Y": the post X left in
    the very sentence that names his successor is the one Y takes.
Read by extract.RecordBuilder (the successor-takes-post and predecessor-held-post steps)."""
from __future__ import annotations

from .positions import NEAR_SENTENCES, TAKING_RULES, Position, core_title

LEAVING_RULES = ("event-post:resignation", "event-post:dismissal")


def _one(posts: list[Position]) -> Position | None:
    """The one post these name: one (body, title), or one title at one body written twice
    ("Haryana" and "Government of Haryana"), the fuller name kept."""
    found = {(p.org.id, core_title(p.title)): p for p in posts}
    if len(found) == 1:
        return next(iter(found.values()))
    if len({t for _, t in found}) != 1:
        return None
    names = sorted((p.org.name for p in found.values()), key=len)
    if all(n.lower() in names[-1].lower() for n in names):
        return next(p for p in found.values() if p.org.name == names[-1])
    return None


def taken_post(positions: list[Position], person, si: int, named: str | None) -> Position | None:
    """The post a successor is said to take ("X is the new chairperson of Y. ... X, who succeeds
    Z"): the one taken near the replacement, else the one taken in its own sentence, else the one
    post taken (under the title named with the replacement, if any) anywhere in the story."""
    taken = [p for p in positions
             if p.person is person and p.org is not None and p.relation == "HOLDS_POSITION" and not p.former
             and p.unit is None and p.rule.startswith(TAKING_RULES)
             and (not named or core_title(p.title) == core_title(named))]
    near = [p for p in taken if abs(p.sent_index - si) <= NEAR_SENTENCES]
    if near:
        return _one(near) or _one([p for p in near if p.sent_index == si])
    return _one(taken)


def left_post(positions: list[Position], person, si: int) -> Position | None:
    """The post person is said to leave in sentence si ("stepped down as chief of the army")."""
    return _one([p for p in positions if p.person is person and p.org is not None and p.unit is None
                 and p.relation == "HOLDS_POSITION" and p.sent_index == si and p.rule.startswith(LEAVING_RULES)])
