"""A person first described, then named: "A court has granted bail to a former minister
charged with corruption. The bureau arrested Charles Mchacha, a former irrigation minister,
...". News ledes often state the event for "a former minister" or "an army general" and
name the person in the next sentence, in apposition with the same title word.

`described_later` gives the event of such an unnamed, singular, indefinite title phrase to
the one person the next sentences name with that title word, or else to the one person
the next sentence names as its subject ("A former county commissioner was sentenced ...
John Smith, 54, of Sumter, pleaded guilty ...", as press releases write).
"""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz

AHEAD = 2   # sentences after the description in which the name may come


def _title_near(doc, m, word: str) -> bool:
    """Mention m has the title word in apposition, compound or in the words just before it."""
    span = doc[m.start:m.end]
    root = span.root
    near = [root.head] if root.dep_ == "appos" else []
    near += [c for c in root.children if c.dep_ in ("appos", "compound")]
    near += [doc[i] for i in range(max(span.sent.start, m.start - 4), m.start)
             if doc[i] in root.subtree or doc[i] == root.head and root.dep_ == "appos"]   # not "minister in President X's ..."
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in ("be", "become"):   # "X is the fifth minister ..."
        near += [c for c in root.head.children if c.dep_ == "attr"]
    if root.dep_ == "attr" and root.head.lemma_ in ("be", "become"):   # "its leader is squadron chief X"
        near += [c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for t in near:
        if t.lemma_.lower() == word or t.lower_ == word:
            return True
        if t.dep_ == "appos" and any(d.lemma_.lower() == word for d in t.subtree):
            return True
    return False


def described_later(r, noun) -> list:
    """The person named in the next sentences with the title word that heads noun, when noun
    is "a/an (former) TITLE" and names nobody itself; else []."""
    if noun is None or noun.tag_ != "NN" or noun.lower_ not in gz.TITLE_WORDS:
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and not _place_owned(noun):
        return []   # "a former minister", "Georgia's interior minister", "the country's police chief"
    if any(m is not None and m.label == PERSON for t in noun.subtree for m in [r.state.mention_at(t.i)]):
        return []   # "a former aide to X" names X ("an officer of the Ministry" names no one)
    word = noun.lemma_.lower()
    si = r.state.current_si
    if noun.dep_ in ("appos", "attr") or any(c.dep_ == "appos" for c in noun.children):
        return []   # "X, a former minister, ...", "X is a former minister": the description is X's
    found = []
    for m in r.state.mentions:
        if m.label != PERSON or m.entity is None or not si < m.sent_index <= si + AHEAD:
            continue
        if _title_near(r.state.sents[m.sent_index].doc, m, word) and m.entity not in found:
            found.append(m.entity)
    if not found and not any(m.label == PERSON and m.sent_index == si for m in r.state.mentions):
        # "A former county commissioner was sentenced ... John Smith, 54, of Sumter, pleaded guilty"
        # (not when the sentence names someone: "Judge Ann Lee sentenced a former commissioner")
        found = _next_subject(r, si)
    return found if len(found) == 1 else []


PLACE_OWNERS = {"country", "nation", "state", "city", "province", "region", "republic", "kingdom"}


def _place_owned(noun) -> bool:
    """"Georgia's interior minister", "the country's police chief": a title owned by a place."""
    return any(c.dep_ == "poss" and (c.ent_type_ in ("GPE", "NORP") or c.lemma_.lower() in PLACE_OWNERS)
               for c in noun.children)


def _next_subject(r, si: int) -> list:
    """The one person the next sentence names, when it is that sentence's subject and is given
    no title of its own ("Opposition leader X said ..." is someone else)."""
    if si + 1 >= len(r.state.sents):
        return []
    named = {id(m.entity): m for m in r.state.mentions if m.sent_index == si + 1 and m.label == PERSON
             and m.entity is not None}
    if len(named) != 1:
        return []
    m = next(iter(named.values()))
    doc = r.state.sents[si + 1].doc
    root = doc[m.start:m.end].root
    if any(t.lower_ in gz.TITLE_WORDS and (t in root.subtree or t.head == root) for t in doc[max(0, m.start - 4):m.start]):
        return []
    return [m.entity] if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT" else []
