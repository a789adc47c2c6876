"""A holder gives a post to the one who follows: "Dailey has stepped down, handing the reins to
Grinston", "Y loses education to X", "Y will pass on Revenue to X". The one who receives the post
is appointed to it and replaces the one who gives it. What is given must be a post: the reins,
office, command (links.json handed_nouns) or a portfolio ("education", "Revenue"); "handed the
documents to X" or "handed most of his duties to X" is no change of holder. "Y handed over power
to X" without a portfolio stays with replacements.hand_over."""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from ..lexicon import word_set
from ..mentions import EntityBuild
from ..name_bounds import honorific_at
from .details import date_of
from .facts import EventFact
from .hedging import hedged

HANDING_VERBS = word_set("triggers", "handing_verbs")
HANDED = word_set("links", "handed_nouns")
POSTS = word_set("triggers", "handed_posts")   # "the finance portfolio", "the health ministry"
PORTFOLIOS = frozenset(gz.domain_forms())
TITLE_GAP = 6   # "to Command Sgt. Maj. Michael A. Grinston": rank words between "to" and the name


def handed_post(r, tok, sent, si) -> list[EventFact]:
    """"Y hands/passes/loses/cedes POST to X": X is appointed and replaces Y."""
    if tok.lemma_.lower() not in HANDING_VERBS or hedged(tok, announced_ok=True):
        return []
    given = _given(tok)
    if given is None:
        return []
    to = next((c for c in list(tok.children) + list(given.children)
               if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    new = _receiver(r, to) if to is not None else None
    old = _giver(r, tok)
    if new is None or old is None or new is old or new.label != PERSON or old.label != PERSON:
        return []
    portfolio = _portfolio(given)
    post = f"Minister of {portfolio}" if portfolio else None
    return [EventFact("APPOINTMENT", si, [new], None, date_of(r, tok, sent), post, rule="handed-post",
                      strength=0.7, successor=new, predecessor=old)]


def _given(tok):
    """The post handed: the verb's object ("the reins", "education", "the finance portfolio"), or
    the object of its particle or preposition ("pass on Revenue"); None when what is given is no post."""
    for c in tok.children:
        if c.dep_ == "dobj" or (c.dep_ in ("prep", "prt") and c.lower_ == "on"):
            obj = c if c.dep_ == "dobj" else next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is not None and (obj.lemma_.lower() in HANDED | POSTS or obj.lower_ in HANDED | PORTFOLIOS):
                return obj
    return None


def _portfolio(given) -> str | None:
    """The portfolio a handed post names: "education", "the finance portfolio", "the health ministry"."""
    if given.lower_ in PORTFOLIOS - HANDED:
        return gz.portfolio(given.text)
    words = [c.text for c in given.children if c.dep_ in ("compound", "amod") and c.lower_ in PORTFOLIOS]
    return gz.portfolio(" ".join(words)) if words and given.lemma_.lower() in ("portfolio", "ministry") else None


def _giver(r, tok) -> EntityBuild | None:
    """The verb's subject; for "X stepped down, handing the reins to Y" the subject of the verb
    the participle hangs on."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ in ("advcl", "conj") and tok.tag_ in ("VBG", "VBD", "VBZ", "VB"):
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return r.person(subj) if subj is not None else None


def _receiver(r, to) -> EntityBuild | None:
    """The person named after "to", past rank words and their abbreviations; of a run of names
    the last ("to Command Sgt. Maj. Michael A. Grinston", where "Command Sgt" was read as a name)."""
    doc, found, k = to.doc, None, to.i + 1
    while k < min(len(doc), to.i + 2 + TITLE_GAP):
        m = r.state.mention_at(k)
        if m is not None:
            if m.label != PERSON:
                return found
            found, k = m.entity, max(k + 1, m.end)
            continue
        t = doc[k]
        if t.is_sent_start or (found is not None and not (t.text == "." or t.is_title)):
            break
        if not (t.is_title or t.is_punct or t.lower_ in ("the", "his", "her") or honorific_at(doc, k, len(doc)) > k):
            break
        k += 1
    return found
