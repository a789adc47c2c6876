"""Who replaces, when an appointment verb governs the replacing verb (round 25).

"The council appointed X as prime minister to replace Y", "would appoint X as his new chief of
staff replacing Y": the small model reads "as" as a subordinating mark and makes the title
("prime minister", "chief") the subject of "replace"; the infinitive or participle then seems to
have a subject of its own, so the one appointed (X, the appointment verb's object) was never
taken for the successor. as_title_subject finds that subject: a plain noun, no person's name,
after the clause's "as" mark. Such a clause has no subject of its own.

"Director D reinstalled X to her post as president, replacing Y": when the governing verb appoints
someone named as its object, the successor is that object, never the verb's subject (D did not
take Y's post); appoints_an_object tells the replacement reader not to fall back on the subject
when the object names no person it knows.
"""
from __future__ import annotations

from graph.schema import PERSON

from ..lexicon import EVENT_VERBS

APPOINTING = ("APPOINTMENT", "NOMINATION")


def _after_as(tok) -> bool:
    """tok is the object of a preposition "as" ("appoint X as his new chief replacing Y": the parse
    may hang the participle on "as" rather than mark it)."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.dep_ == "prep"


def governing_verb(tok):
    """The verb a participle or infinitive without its own clause hangs on: its head, or, for
    "as TITLE replacing Y" read as the object of "as", the verb "as" belongs to; else None."""
    if tok.head.i == tok.i:
        return None
    if tok.dep_ in ("advcl", "xcomp", "conj", "acl"):
        return tok.head
    return tok.head.head if _after_as(tok) and tok.head.head.i != tok.head.i else None


def as_title_subject(r, tok):
    """The subject of tok that is only the title after "as" ("as prime minister to replace Y"): a
    common noun that names no person, after an "as" mark of tok (or tok the object of "as"); else None."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    if not _after_as(tok) and not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < subj.i for c in tok.children):
        return None
    m = r.state.mention_at(subj.i)
    return None if m is not None and m.label == PERSON else subj


def own_subject_of(r, tok) -> bool:
    """tok has a subject of its own (a title read as its subject after "as" is none)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and as_title_subject(r, tok) is None


def appoints_an_object(tok) -> bool:
    """tok is a participle or infinitive (not a verb coordinated with its head) without a subject,
    governed by an appointment verb that has a direct object ("reinstalled X to her post ...,
    replacing Y")."""
    head = governing_verb(tok)
    if head is None or tok.dep_ == "conj" or not (tok.tag_ == "VBG" or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        return False   # ("X is to be promoted General and will succeed Y": a verb of X's own)
    from .phrases import trigger_lemma   # (phrases reads as_title_subject: imported here)
    if head.pos_ != "VERB" or EVENT_VERBS.get(trigger_lemma(head)) not in APPOINTING:
        return False
    return any(c.dep_ == "dobj" for c in head.children)
