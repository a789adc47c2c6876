"""The official a story's first lines name only by post, named in the next sentence: "Kenya's
finance minister was arrested on Monday ... Mr Henry Rotich turned himself in", "Indonesia's
anti-corruption agency arrested a former sports and youth minister ... Andi Mallarangeng
stepped down from his post", "A former Ukrainian defence minister ... was sentenced ...
Valeriy Ivashchenko became the third minister ... to be jailed", "police have arrested the
former regime's interior minister. X said police arrested Ousmane Ngom".

The unnamed holder must be the one an event befalls (object or passive subject of an event
verb: arrested, sentenced, dismissed ...; the subject of "resigned"), in a sentence whose
event names no other person; the holder is the person whom the next sentence's verb of the
same event takes ("police arrested Ousmane Ngom"), else its subject unless a speaker or one
described by an apposition, and who has no post of their own (a title with the same head
word is the same post: "the third minister"). title_then_name reads the other constructions
(speech, appointment, removal).
"""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from ..doc_index import any_of
from ..lexicon import EVENT_VERBS, word_set
from .facts import Position
from .title_then_name import SPEECH_VERBS, holder_titles
from .titles import clean_title, has_head

EVENT_VERB_WORDS = frozenset(EVENT_VERBS)

REACTION_VERBS = word_set("triggers", "reaction_verbs")   # data/triggers.json


def _unnamed_post(r, t, mentions) -> tuple[str, object, bool] | None:
    """(title, body, former) of an unnamed holder's noun phrase ("Kenya's finance minister",
    "a former sports and youth minister", "the former regime's interior minister")."""
    if t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "appos" for c in t.children):
        return None
    left = [k for c in t.lefts if c.dep_ not in ("relcl", "acl", "prep") for k in c.subtree]
    if any(m.label == PERSON and m.start <= k.i < m.end for k in left for m in mentions):
        return None   # "Rice's deputy X": a named holder is the apposition rules'
    if not any(c.dep_ in ("det", "poss") for c in t.children):
        return None
    words = [k.text for k in left if k.dep_ not in ("det", "poss", "case", "punct") and k.head.dep_ != "poss"
             and not k.dep_ == "poss"] + [t.text]
    country = None
    poss = next((c for c in t.children if c.dep_ == "poss"), None)
    if poss is not None:
        country = gz.country_of(poss.text)   # "Kenya's finance minister" ("the regime's": none)
    if not has_head(words):
        return None
    title, former, named = clean_title(words)
    if not title or not has_head(title.split()):
        return None
    country = country or named
    org = r.org_for_title(title, country or r.state.country or r.state.country_hint, explicit=country)
    return (title, org, former) if org is not None else None


def _holder(sent, mentions, verb_lemma: str):
    """The next sentence's person: the one its verb of the same event takes ("X said police
    arrested Ousmane Ngom"), else its main subject, unless the main verb is one of speech (a
    speaker is not the holder) or the subject is described by an apposition ("John Kamau, a
    lawyer for the minister")."""
    heads = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label != PERSON or m.entity is None:
            continue
        root = next((t for t in sent.doc[m.start:m.end] if not m.start <= t.head.i < m.end), None)
        if root is not None:
            heads.append((m, root))
    for m, root in heads:
        if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_ == verb_lemma:
            return m
    for m, root in heads:
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT":
            described = any(c.dep_ == "appos" for c in root.children) or (
                m.end < len(sent.doc) and sent.doc[m.end].text == ",")
            if root.head.lemma_ in SPEECH_VERBS | REACTION_VERBS or described:
                return None   # a speaker or one reacting ("X welcomed the move") is not the holder
            return m
    return None


def _names_other_party(v, t, mentions) -> bool:
    """The event's other party is a named person ("Ramaphosa fired the police commissioner":
    title_then_name reads that one)."""
    args = [k for c in v.children if c.i != t.i and c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent")
            for k in c.subtree]
    return any(m.label == PERSON and m.start <= k.i < m.end for k in args for m in mentions)


def lede_holder(r, sent, si: int, mentions) -> list[Position]:
    """The holder of a post the previous sentence's event named without a name (module doc)."""
    if si == 0:
        return []
    prev = r.state.sents[si - 1]
    if not (any_of(prev, gz.TITLE_HEADS) and any_of(prev, EVENT_VERB_WORDS)):
        return []   # (no post named by an event)
    prev_ms = [m for m in r.state.mentions if m.sent_index == si - 1]
    for t in holder_titles(prev):
        v = t.head
        if v.lemma_ not in EVENT_VERBS or _names_other_party(v, t, prev_ms):
            continue
        if t.dep_ == "nsubj" and EVENT_VERBS[v.lemma_] != "RESIGNATION":
            continue   # the holder is the one the event befalls, not its agent ("Iraq's prime minister named ...")
        m = _holder(sent, mentions, v.lemma_)
        if m is None or any(x.entity is m.entity for x in prev_ms) or m.entity.id in r.posts:
            return []
        if any(t.lower_ not in tt.lower().split() for tt in m.entity.titles):
            return []   # one with a post of their own is not the unnamed holder ("the third minister ..." is)
        found = _unnamed_post(r, t, prev_ms)
        if found is None:
            return []
        title, org, former = found
        r.add_title(m.entity, title)
        return [Position(m.entity, title, org, si, "lede-holder", 0.6, former)]
    return []
