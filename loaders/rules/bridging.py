"""A person first described, then named: "A court has granted bail to a former minister
charged with corruption. The bureau arrested Charles Mchacha, a former irrigation minister,
...". News ledes often state the event for "a former minister" or "an army general" and
name the person in the next sentence, in apposition with the same title word.

`described_later` gives the event of such an unnamed, singular, indefinite title phrase to
the one person the next sentences name with that title word, or else to the one person
the next sentence names as its subject ("A former county commissioner was sentenced ...
John Smith, 54, of Sumter, pleaded guilty ...", as press releases write).

A lede may also use "the" for a post whose holder it names only after ("President X fired the
national police commissioner ... Y's contract was terminated ...") or "one of" a group ("sentenced
one of the country's most controversial politicians ... its verdict for Y"): when no one named
before holds that title, the description goes to the one person the next sentence names for
the first time (not as the speaker of "said", not with another title before the name).
"""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from ..lexicon import word_set
from .phrases import in_clause

AHEAD = 2   # sentences after the description in which the name may come
DESCRIBING = word_set("triggers", "referring_nouns")   # "the suspect", "the accused", "the politician" (rules/reference.py)


def title_near(doc, m, word: str) -> bool:
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
    one_of = _one_of(noun)
    if one_of is not None:
        noun = one_of   # "one of the country's most controversial politicians"
    elif noun is None or noun.tag_ != "NN" or noun.lower_ not in gz.TITLE_WORDS:
        return []
    definite = one_of is None and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    if one_of is None and not definite and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) \
            and not _place_owned(noun):
        return []   # "a former minister", "Georgia's interior minister", "the country's police chief"
    if any(m is not None and m.label == PERSON and not in_clause(t, noun)
           for t in noun.subtree for m in [r.state.mention_at(t.i)]):
        return []   # "a former aide to X" names X ("an officer of the Ministry" names no one; "a minister
        #             who served under X" is not X)
    word = noun.lemma_.lower()
    si = r.state.current_si
    if definite and (any(c.dep_ in ("prep", "appos", "relcl", "acl", "conj") for c in noun.children)
                     or _held_before(r, word, si)):
        return []   # "the minister of X", "the minister, X", "the minister and his deputy"; or "the
        #             minister" is someone named already
    if noun.dep_ in ("appos", "attr") or any(c.dep_ == "appos" for c in noun.children):
        return []   # "X, a former minister, ...", "X is a former minister": the description is X's
    found = []
    for m in r.state.mentions:
        if m.label != PERSON or m.entity is None or not si < m.sent_index <= si + AHEAD:
            continue
        if title_near(r.state.sents[m.sent_index].doc, m, word) and m.entity not in found:
            found.append(m.entity)
    if not found and not any(m.label == PERSON and m.sent_index == si for m in r.state.mentions):
        # "A former county commissioner was sentenced ... John Smith, 54, of Sumter, pleaded guilty"
        # (not when the sentence names someone: "Judge Ann Lee sentenced a former commissioner")
        found = _next_subject(r, si)
    if not found and (definite or one_of is not None or _place_owned(noun)):
        found = _first_named_next(r, si)   # "fired the national police commissioner ... Y's contract ..."
    return found if len(found) == 1 else []


def _one_of(noun):
    """"one of the country's most controversial politicians": the plural noun after "one of"."""
    if noun is None or noun.lower_ != "one":
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            p = next((x for x in c.children if x.dep_ == "pobj" and x.tag_ == "NNS"), None)
            if p is not None and (p.lemma_.lower() in gz.TITLE_WORDS or p.lemma_.lower() in DESCRIBING):
                return p
    return None


def _held_before(r, word: str, si: int) -> bool:
    """Someone named before sentence si (or in it) holds a post with that title word."""
    return any(m.label == PERSON and m.entity is not None and m.sent_index <= si and (
        any(word in t.lower().split() for t in m.entity.titles)
        or title_near(r.state.sents[m.sent_index].doc, m, word)) for m in r.state.mentions)


# speakers, and a reporter's byline ("VOA correspondent X reports from Y"): not the one described
REPORTING = {"say", "tell", "add", "state", "note", "announce", "confirm", "explain", "insist", "argue", "write"} \
    | word_set("triggers", "byline_verbs")


def _first_named_next(r, si: int) -> list:
    """The one person the next sentence names for the first time in the article, when not its
    speaker ("Y said") and not given another title just before the name ("analyst Y")."""
    if si + 1 >= len(r.state.sents):
        return []
    seen = {id(m.entity) for m in r.state.mentions if m.sent_index <= si and m.entity is not None}
    new = {}
    for m in r.state.mentions:
        if m.sent_index == si + 1 and m.label == PERSON and m.entity is not None and id(m.entity) not in seen:
            new.setdefault(id(m.entity), m)
    if len(new) != 1:
        return []
    m = next(iter(new.values()))
    doc = r.state.sents[si + 1].doc
    root = doc[m.start:m.end].root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING:
        return []
    if _own_title(doc, m):
        return []
    return [m.entity]


def _own_title(doc, m) -> bool:
    """"the power of senior leader General X": a title word in the name or just before it, so
    someone with a title of his own."""
    return any(t.lower_ in gz.TITLE_WORDS for t in doc[max(doc[m.start].sent.start, m.start - 4):m.end])


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
    root = _subject_token(doc, m)
    if _own_title(doc, m):
        return []
    return [m.entity] if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT" else []


def _subject_token(doc, m):
    """The token of mention m that is a subject outside it, else the span's root: the parse may
    hang a first name elsewhere (the given name as a clause of the verb, the surname its subject),
    and the span's root is then the first name."""
    span = doc[m.start:m.end]
    return next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and not m.start <= t.head.i < m.end), span.root)
