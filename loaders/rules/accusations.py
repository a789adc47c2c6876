"""An accusation is a charge when the person is in the hands of the law: "Iraq issued an
arrest warrant for X ... X is accused of terrorism", "X was sent to jail ... He is accused of
bribery". An accusation alone ("the minister is accused of being part of the affair",
"fired after he was accused of helping") is not a charge.

`accused` reads "X is accused of ...", "the government accuses X of ..." (not the participle "X, accused of ...", which
describes rather than reports); `wanted` reads "an arrest
warrant for X"; `Accusations` keeps both across the article and turns an accusation into a
CHARGE once the same person is arrested, wanted, convicted or sentenced, before or after.
An act a charging paper or the prosecution states is a charge at once (rules/charge_sources.py).
"""
from __future__ import annotations

from graph.schema import PERSON

from ..doc_index import any_of
from .charge_sources import charged_by_source
from .facts import EventFact
from .hedging import hedged

CUSTODY_TYPES = ("ARREST", "CONVICTION", "SENTENCE")


def accused(r, tok) -> tuple[list, str | None]:
    """(persons, what of) for "X is/was accused of Y" and "X, accused of Y"; else ([], None)."""
    if tok.lemma_.lower() != "accuse" or not tok.tag_.startswith("VB") or hedged(tok):
        return [], None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               and any(p.dep_ in ("pobj", "pcomp") and p.i > c.i for p in c.children)), None)
    if of is None:   # "did not say what he was accused of": no accusation stated
        return [], None
    what = " ".join(t.text for t in of.subtree if t.i != of.i).strip() or None
    # the clause form only: "Among those detained are X, accused of bribery" describes, it does not charge
    people = [x for c in tok.children if c.dep_ in ("nsubjpass", "dobj") and c.lower_ not in ("who", "that")
              for x in r.people(c, lists=False)]   # "X is accused of", "the government accuses her of"
    return [p for p in people if p is not None and p.label == PERSON], what


def wanted(r, tok) -> list:
    """"an arrest warrant for X": the persons it is issued for."""
    if tok.lemma_.lower() != "warrant" or not any(c.lower_ == "arrest" for c in tok.children):
        return []
    return [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children if p.dep_ == "pobj" for x in r.people(p)]


class Accusations:
    """Accusations and custody seen so far in one article."""

    def __init__(self):
        self.pending: dict[str, tuple] = {}   # person id -> (person, sentence index, what of)
        self.held: set[str] = set()           # ids of persons arrested, wanted, convicted or sentenced
        self.done: set[str] = set()

    @staticmethod
    def key(r, p) -> str:
        """The person's surname when no other person of the article has it ("Tareq al-Hashemi"
        in a caption, "Tariq al-Hashemi" in the story), else the entity's id."""
        last = p.name.split()[-1].lower()
        others = [e for e in r.state.ents.values() if e.label == PERSON and e is not p
                  and e.name.split()[-1].lower() == last and e.name.split()[0][:2] != p.name.split()[0][:2]]
        return p.id if others else f"surname:{last}"

    def read(self, r, sent, si: int, found: list[EventFact]) -> list[EventFact]:
        for tok in (sent if any_of(sent, ("accuse", "warrant")) else ()):   # (the words accused / wanted read)
            people, what = accused(r, tok)
            for p in people:
                self.pending.setdefault(self.key(r, p), (p, si, what))
            self.held |= {self.key(r, p) for p in wanted(r, tok)}
        for f in found:
            if f.type in CUSTODY_TYPES and not f.extra.get("no_event"):
                self.held |= {self.key(r, s) for s in f.subjects}
            if f.type == "CHARGE":
                self.done |= {self.key(r, s) for s in f.subjects}
        out = charged_by_source(r, sent, si, found)   # "according to the indictment, X solicited bribes"
        self.done |= {self.key(r, s) for f in out for s in f.subjects}
        for pid, (p, at, what) in list(self.pending.items()):
            if pid in self.held and pid not in self.done:
                self.done.add(pid)
                out.append(EventFact("CHARGE", at, [p], None, None, None, charge=what,
                                     rule="accused-in-custody", strength=0.6))
        return out
