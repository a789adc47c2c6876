"""A pronoun may stand for a person the story never names: a victim or suspect written with
initials ("V.A., who was visiting a friend, was handcuffed and assaulted by Houston. He was then
jailed ..."), or a description ("The detained prosecutor, identified as B.G., has served since
2022. He was apprehended ..."; "During his trial, the deposed strongman appeared in a cage").
The nearest *named* person (Houston, the Prosecutor General named a sentence earlier, the judge
quoted just before) is then the wrong one, and the event must not go to them.

`unnamed_antecedent` finds such an unnamed person for a pronoun: the subject of the main clause
when the pronoun sits in a phrase that opens the sentence before that subject, or the subject
of the sentence before when the pronoun opens its own sentence as its subject. The event readers
(verb_events, noun_events) then give the event to the one person that description points back
to (reference.referent), or to no one.
"""
from __future__ import annotations

import re

from graph.schema import PERSON

from .. import gazetteer as gz
from ..lexicon import word_set

PRONOUNS = {"he", "she", "him", "his", "her"}
INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")   # "V.A.", "B.G."
UNNAMED_PEOPLE = word_set("triggers", "unnamed_person_nouns") | word_set("triggers", "referring_nouns")


def _main_subject(sent):
    root = sent.root
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _fronted_before(pron):
    """The subject of the clause whose opening phrase holds pron ("During his trial [which ...],
    the deposed strongman appeared"), else None."""
    v, child = pron, None
    while v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
        child, v = v, v.head
    if v.pos_ not in ("VERB", "AUX") or child is None:
        return None
    while child.head.i != v.i:
        child = child.head
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or child.dep_ not in ("prep", "advcl", "npadvmod") or not (child.i < subj.left_edge.i < v.i):
        return None
    return subj


def _named_at(r, si: int, i: int) -> bool:
    """A person mention of sentence si covers token i."""
    return any(m.sent_index == si and m.label == PERSON and m.entity is not None and m.start <= i < m.end
               for m in r.state.mentions)


def _unnamed_person(r, si: int, np) -> bool:
    """np (a subject) is a person the article does not name: initials, or a title or describing
    noun with "the" or "a" and no person named in its phrase."""
    if np is None or np.pos_ == "PRON":
        return False
    if INITIALS.match(np.text):
        return not _named_at(r, si, np.i)
    word = np.lemma_.lower()
    if np.tag_ != "NN" or not (np.lower_ in gz.TITLE_WORDS or word in gz.TITLE_WORDS or word in UNNAMED_PEOPLE):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in np.children):
        return False
    return not any(_named_at(r, si, t.i) for t in np.subtree)


def unnamed_antecedent(r, pron):
    """The subject token of an unnamed person the pronoun pron stands for, else None."""
    if pron is None or pron.pos_ != "PRON" or pron.lower_ not in PRONOUNS:
        return None
    sent, si = pron.sent, r.state.current_si
    subj = _fronted_before(pron)
    if subj is not None and _unnamed_person(r, si, subj):
        return subj   # "During his trial, the deposed strongman appeared ..."
    if pron.dep_ in ("nsubj", "nsubjpass") and pron.head == sent.root and pron.i <= sent.start + 1 and si > 0:
        before = r.state.sents[si - 1]
        prev = _main_subject(before)
        if _unnamed_person(r, si - 1, prev):   # "V.A. ... was assaulted by Houston. He was then jailed"
            return prev
    return None


def stood_for(r, pron, stand_in) -> list:
    """The persons the unnamed stand-in points back to ("the deposed strongman": the one person
    the story is about, rules/reference.py), only within the pronoun's own sentence; else none."""
    if stand_in.doc is not pron.doc:
        return []
    return [x for x in r.people(stand_in, lists=False) if x.label == PERSON]
