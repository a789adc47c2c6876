"""An act a charging paper or the prosecution attributes to a person is a charge against that
person: "According to the March 24 indictment, X allegedly solicited $10 million in bribes",
"according to the complaint, he accepted bribes", "X and his wife are alleged to have accepted
gifts, according to the grand jury indictment", "the Department of Justice alleged that X
attempted to sell the seat", "prosecutors say X took a commission". Court reports restate the
charge this way sentence after sentence, often without a charge verb at all.

The source is a charging paper or the prosecution (triggers.json `charge_sources`), either as
"according to SOURCE" on the clause or as the subject of a reporting verb whose clause states
the act; the persons charged are that clause's subjects. Not a plan or a denial ("prosecutors
said X would appear", "X did not take ..."), and not an event the clause states itself ("according
to the indictment, X was arrested in May" is read by the arrest rules).
"""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from spacy.symbols import AUX, VERB

from .. import doc_index
from ..doc_index import any_of
from ..lexicon import word_set
from .facts import EventFact
from .hedging import hedged

SOURCES = word_set("triggers", "charge_sources")
PROSECUTING = word_set("triggers", "prosecuting_body_words") | {"prosecutor", "prosecutors", "prosecution", "justice"}
SAYING = {"say", "allege", "claim", "contend", "state", "assert", "charge"}
_VERB_AUX = (VERB, AUX)   # (the parts of speech, as doc_index.pos_ids gives them)
SOURCE_WORDS = frozenset(w for s in SOURCES for w in s.split(" "))   # a word of a source's phrase


def _is_source(r, noun) -> bool:
    """noun heads a charging paper or the prosecution ("the grand jury indictment", "prosecutors",
    "the Department of Justice")."""
    if noun.lemma_.lower() in SOURCES or noun.lower_ in SOURCES:
        return True
    if (" " in noun.lower_ or noun.lower_ in SOURCE_WORDS) and \
            " ".join(t.lower_ for t in noun.subtree if t.dep_ == "compound" or t is noun) in SOURCES:
        return True   # "charge sheet"
    e = r.entity_at(noun, ORGANISATION)
    return e is not None and e.label == ORGANISATION and bool(set(e.name.lower().split()) & PROSECUTING)


def _according_to(r, verb) -> bool:
    """The clause of verb carries "according to SOURCE"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            for to in c.children:
                if to.lower_ == "to" and any(p.dep_ == "pobj" and _is_source(r, p) for p in to.children):
                    return True
    return False


def _attributed_clauses(r, sent) -> list:
    """The verbs of the clauses a charging source attributes in this sentence."""
    if not any_of(sent, SAYING, ("according",)):
        return []
    out, according = [], any_of(sent, ("according",))
    doc = sent.doc
    pos = doc_index.pos_ids(doc)
    for i in range(sent.start, sent.end):
        if pos[i] not in _VERB_AUX:
            continue
        tok = doc[i]
        if according and _according_to(r, tok):
            out.append(tok)
        if tok.lemma_.lower() in SAYING and any(c.dep_ == "nsubj" and _is_source(r, c) for c in tok.children):
            out += [c for c in tok.children if c.dep_ == "ccomp"]   # "prosecutors say X took ..."
    return out


def charged_by_source(r, sent, si: int, found: list[EventFact]) -> list[EventFact]:
    """CHARGE facts for the persons whose acts a charging source states in this sentence."""
    stated = {id(s) for f in found if not f.extra.get("no_event") for s in f.subjects}
    out, seen = [], set()
    for verb in _attributed_clauses(r, sent):
        alleged = verb.lemma_.lower() == "allege" and any(c.dep_ == "nsubjpass" for c in verb.children)
        if hedged(verb) or (verb.lemma_.lower() in SAYING and not alleged):
            continue   # "X is alleged to have accepted gifts, according to the indictment": X
        people = [x for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for x in r.people(c)]
        people = [p for p in people if p is not None and p.label == PERSON and id(p) not in stated
                  and id(p) not in seen]
        if people:
            seen |= {id(p) for p in people}
            out.append(EventFact("CHARGE", si, people, None, None, None, rule="charge-source", strength=0.6))
    return out
