"""A post held under a named leader (round 18): "X was a minister in the government of President Y",
"X served as minister of Z under Y", "X was the minister for Z from one year to another under Y", "X served
in the administration of Y". The subordination rules read a possessive before a title ("Y's
minister X"); these name the leader after the post, by "under" or "in the government of". X is
Y's subordinate (SUBORDINATE_OF). Only a stated post counts: "served", "worked", or "was/became"
with a title ("X was safe under Y", "X resigned under Y" say nothing of a post)."""
from __future__ import annotations

from graph.schema import PERSON

from ..doc_index import words
from ..lexicon import GOVERNMENT_NOUNS
from .facts import Position
from .titles import is_title_word, stated

POST_VERBS = {"serve", "work"}   # verbs that say one held a post
COPULAS = {"be", "become"}        # with a title: "was a minister", "became deputy police chief"


def _leader(r, prep):
    """The person "under Y" / "in the government of Y" names, with the token the phrase hangs on."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if prep.lower_ == "in":
        if pobj.lower_ not in GOVERNMENT_NOUNS or not any(d.dep_ == "det" and d.lower_ == "the" for d in pobj.children):
            return None
        of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    elif prep.lower_ != "under":
        return None
    m = r.state.mention_at(pobj.i) if pobj is not None and pobj.pos_ == "PROPN" else None
    return m.entity if m is not None and m.label == PERSON and m.entity is not None else None


def _holder(r, prep):
    """The person whose post the phrase qualifies: the subject of "served/worked", or of "was/became"
    with a title noun; the phrase hangs on the verb or on the title."""
    tok, title = prep.head, None
    for _ in range(4):   # "the minister for X from one year to another under Y": past the dates and portfolio
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and is_title_word(tok)) or tok.dep_ not in ("prep", "pobj"):
            break
        tok = tok.head
    if tok.pos_ == "NOUN" and is_title_word(tok):
        title, tok = tok, tok.head
        if tok.lower_ == "as" and tok.dep_ == "prep":   # "served as minister ... under Y"
            tok = tok.head
    verb = tok
    if verb.pos_ not in ("VERB", "AUX") or not stated(verb):
        return None
    lemma = verb.lemma_.lower()
    if lemma in COPULAS:
        title = title or next((c for c in verb.children if c.dep_ == "attr" and is_title_word(c)), None)
        if title is None:
            return None
    elif lemma not in POST_VERBS:
        return None
    head = verb
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    while subj is None and head.dep_ in ("conj", "advcl") and head.head.i != head.i:
        head = head.head   # "X was police chief ..., served as ... and recently became deputy chief under Y"
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:   # "X served as ...": a lone surname the parse hung on the verb as a modifier
        subj = next((c for c in verb.children if c.i < verb.i and c.is_title and c.dep_ in ("advmod", "npadvmod")), None)
    e = _person(r, subj) if subj is not None else None
    return e if e is not None and e.label == PERSON else None


def _person(r, tok):
    """The person a subject names: a name, "he"/"she" (its antecedent), or "who" (the name it follows)."""
    if tok.lower_ in ("he", "she"):
        return r.state.antecedent(tok, prefer_subject=True)
    if tok.lower_ == "who" and tok.head.dep_ == "relcl":
        tok = tok.head.head
    m = r.state.mention_at(tok.i)
    if m is not None:
        return m.entity if m.label == PERSON else None
    if not tok.is_title or tok.pos_ not in ("PROPN", "ADV"):   # (the tagger may take a lone surname for an adverb)
        return None
    named = {e.id: e for e in r.state.ents.values() if e.label == PERSON and e.name.split()[-1] == tok.text}
    return next(iter(named.values())) if len(named) == 1 else None   # a surname the name finder left out


def served_under(r, sent, si: int, mentions) -> list[Position]:
    out = []
    w = words(sent)
    if "under" not in w and ("in" not in w or w.isdisjoint(GOVERNMENT_NOUNS)):
        return out   # (_leader needs "under", or "in" with a government noun)
    for prep in sent:
        if prep.lower_ not in ("under", "in") or prep.dep_ != "prep":
            continue
        boss = _leader(r, prep)
        who = _holder(r, prep) if boss is not None else None
        if who is not None and who is not boss:
            out.append(Position(who, "subordinate", boss, si, "subordinate:served-under", 0.65,
                                relation="SUBORDINATE_OF"))
    return out
