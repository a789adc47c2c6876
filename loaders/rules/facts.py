"""What an event rule returns: one happening, its subjects, agent and details."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..mentions import EntityBuild


@dataclass
class EventFact:
    type: str
    sent_index: int
    subjects: list[EntityBuild]
    agent: EntityBuild | None = None
    date_text: str | None = None
    position: str | None = None
    charge: str | None = None
    rule: str = ""
    strength: float = 0.8
    successor: EntityBuild | None = None
    predecessor: EntityBuild | None = None
    extra: dict = field(default_factory=dict)

    def gives_post(self) -> bool:
        """The fact's post is its subjects': a stated event, or a post left with no event to tell
        (a term's end, rules/term_ends.py: extra no_event and left_post)."""
        if self.extra.get("candidate"):
            return False   # "submitted the candidacy of X for the post of T": T is not X's yet (rules/candidacies.py)
        return not self.extra.get("no_event") or bool(self.extra.get("left_post"))


@dataclass
class Position:
    """What a position rule returns: person holds title at org (or heads unit, a part of org)."""
    person: EntityBuild
    title: str
    org: EntityBuild | None
    sent_index: int
    rule: str
    strength: float
    former: bool = False
    unit: EntityBuild | None = None  # a department of org that the person heads
    relation: str = "HOLDS_POSITION"  # or MEMBER_OF: "X, a member of the party"
