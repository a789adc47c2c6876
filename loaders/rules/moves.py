"""A person moved or shifted is appointed only when moved to a post: "X has been moved to a new
ministry", "the two outgoing ministers were moved to deputy prime minister posts", "was shifted
back to the textile ministry", "moved to the Security Council". "Moved to hospital", "moved to
Paris" or "moved to the intensive care unit" is no appointment: the place moved to must be a
post word (triggers.json move_destinations), a title, or a body whose name has a post word ("the
Security Council"; not "the High Court")."""
from __future__ import annotations

from graph.schema import ORGANISATION

from .. import gazetteer as gz
from ..lexicon import word_set

MOVE_VERBS = word_set("triggers", "post_move_verbs")
DESTINATIONS = word_set("triggers", "move_destinations")
CUSTODY_PLACES = word_set("triggers", "custody_places")


def moved_elsewhere(r, tok, etype: str) -> bool:
    """tok is "moved" / "shifted" and what it moves to is no post."""
    if etype != "APPOINTMENT" or tok.lemma_.lower() not in MOVE_VERBS:
        return False
    return not any(p.lemma_.lower() in DESTINATIONS or p.lower_ in gz.TITLE_WORDS or _post_body(r, p)
                   for p in _moved_to(tok))


def _moved_to(tok) -> list:
    """What tok moves one "to" or "into"."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
            for p in c.children if p.dep_ == "pobj"]


def _post_body(r, tok) -> bool:
    """tok names a body whose name has a post word ("the Security Council", "the Ministry of
    Defence"; not "the High Court", where one moves a case)."""
    org = r.entity_at(tok, ORGANISATION)
    return org is not None and bool(set(org.name.lower().split()) & DESTINATIONS)


def custody_move(r, tok, etype: str) -> bool:
    """(round 19) "He was transferred to a police headquarters", "he was shifted to the bureau's
    office" in a story that has told an arrest or a court's act: the detainee is moved in custody, not appointed.
    The place is a custody word (triggers.json custody_places) or an office of a body that
    arrested someone in the story; a title or another body is still a post ("transferred to the
    Ministry of X")."""
    if etype != "APPOINTMENT" or tok.lemma_.lower() not in MOVE_VERBS | {"transfer"}:
        return False
    cases = [f for f in getattr(r, "history", []) if f.type in ("ARREST", "CHARGE", "CONVICTION", "SENTENCE")]
    if not cases:
        return False
    arresters = {id(f.agent) for f in cases if f.agent is not None and f.type == "ARREST"}
    for p in _moved_to(tok):
        if p.lower_ in gz.TITLE_WORDS:
            return False
        if p.lemma_.lower() in CUSTODY_PLACES:
            return True
        if p.lemma_.lower() == "office":
            owner = next((r.entity_at(c, ORGANISATION) for c in p.children if c.dep_ in ("compound", "poss")), None)
            if owner is not None and id(owner) in arresters:
                return True
    return False
