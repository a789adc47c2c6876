"""A phrase that points back to persons just named. Court reports name the defendants once and
then count them: "The court convicted former mayor X and council members A, B, C, D and E.
... The 6 former officials were sentenced to six years", "The two were found guilty", "Both
were jailed", "The pair were charged", "They were charged on Tuesday": the group's event
belongs to the persons of the last event in the two sentences before whose subjects number
exactly as many as the group counts (any number, for "they"). And a title with "the" points
back to the one person just named with it: "Finance Minister X faced questions. The minister
was arrested on Monday."

With no such event, a counted group of officials points to the persons the sentence just before
names, when they number as many ("... former deputy ministers A and B. Both former officials were
placed under house arrest").

The article's events so far are the reader's `history` (events.EventReader)."""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from .bridging import DESCRIBING, title_near
from .groups import NUMBERS

BACK = 2   # sentences before the group (or title) in which its persons may be
COUPLES = {"pair": 2, "duo": 2, "trio": 3}


def count_of(noun) -> int | None:
    """"The 6 former officials" 6, "the two" 2, "Both" 2; None for anything else (no "the": "six
    officials were sentenced" is new news, not a recall)."""
    if noun is None:
        return None
    if noun.lower_ == "both" and noun.tag_ == "DT":
        return 2
    if noun.tag_ == "NNS" and any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in noun.children):
        return 2   # "Both former officials were placed under house arrest"
    if noun.lemma_.lower() in COUPLES and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return COUPLES[noun.lemma_.lower()]
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "all") for c in noun.children):
        return None
    num = noun if noun.tag_ == "CD" else next((c for c in noun.children if c.dep_ == "nummod"), None)
    if num is None:
        return None
    n = NUMBERS.get(num.lower_) or (int(num.text) if num.text.isdigit() else None)
    return n if n is not None and n >= 2 else None


def recalled(r, noun) -> list:
    """The persons a counted group noun, "they" (as a passive subject) or "the TITLE" points back to, or []."""
    if noun is None:
        return []
    if noun.lower_ == "they" and noun.dep_ == "nsubjpass":
        n = 0   # any number of at least two
    elif _the_plural(noun):
        n = 0   # "The suspects were arraigned", "the officials were charged": as many as the last event had
    else:
        n = count_of(noun)
    if n is None:
        return recalled_title(r, noun)
    if any(r.people(c) for c in noun.children):
        return []
    si = r.state.current_si
    for f in reversed(getattr(r, "history", [])):
        if f.extra.get("no_event") or not 0 < si - f.sent_index <= BACK:
            continue
        if len(f.subjects) == n or (n == 0 and len(f.subjects) >= 2):
            return list(f.subjects)
    return named_just_before(r, n) if n >= 2 and (noun.lemma_.lower() in TITLED or noun.tag_ == "CD") else []
    #      (a bare count, "The five were arrested", as a counted title: the n persons just named)


TITLED = gz.TITLE_WORDS | DESCRIBING   # a title or describing word ("the officials", "the suspects")


def named_just_before(r, n: int) -> list:
    """"Investigations were launched into former deputy ministers A and B. Both former officials were
    placed under house arrest": the persons of the sentence just before, when it names exactly n."""
    si = r.state.current_si
    if si == 0:
        return []
    people = list({id(m.entity): m.entity for m in r.state.mentions if m.sent_index == si - 1
                   and m.label == PERSON and m.entity is not None}.values())
    return people if len(people) == n else []


NEW_WORDS = frozenset({"new", "newly", "other", "another", "next", "incoming", "previous", "late", "first", "second",
                       "third", "last", "fellow", "same", "future", "sitting", "current", "younger", "elder"})
LEFT_OUT = {"former", "ex", "then", "embattled", "sacked", "jailed", "outgoing", "disgraced", "suspended", "accused"}


def _the_plural(noun) -> bool:
    """"the suspects", "the former officials": a plural title or describing word with "the" and
    nothing that makes it a new group ("the other suspects", "the suspects in the case")."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in TITLED \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
        and not any(c.dep_ in ("prep", "appos", "acl", "relcl", "nummod", "poss") or c.lower_ in NEW_WORDS
                    or (c.dep_ in ("amod", "compound") and not c.is_lower and c.lower_ not in LEFT_OUT)
                    for c in noun.children)


def recalled_title(r, noun) -> list:
    """"The minister was arrested": the one person named with that title word in this sentence
    (before it) or the two before; [] when none or several are."""
    if noun.tag_ != "NN" or noun.lower_ not in gz.TITLE_WORDS or r.state.mention_at(noun.i) is not None \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in noun.children):
        return []   # "the minister of X", "the minister, X", "the minister who ...": not a bare recall
    if any(c.dep_ in ("amod", "compound") and c.lower_ not in LEFT_OUT and not c.is_lower for c in noun.children):
        return []   # "the Lagos governor": a body the earlier mention may not share
    if any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in NEW_WORDS for c in noun.children):
        return []   # "The new mayor was sworn in": someone other than the mayor just named
    word, si = noun.lemma_.lower(), r.state.current_si
    found = []
    for m in r.state.mentions:
        if m.label != PERSON or m.entity is None or m.entity in found or not 0 <= si - m.sent_index <= BACK \
                or (m.sent_index == si and m.start >= noun.i):
            continue
        if any(_bare_title(t.lower().split(), word) for t in m.entity.titles) \
                or title_near(r.state.sents[m.sent_index].doc, m, word) and not _qualified_near(r, m, word):
            found.append(m.entity)
    return found if len(found) == 1 else []


QUALIFIERS = {"prime", "vice", "deputy", "assistant", "junior", "state"}   # "the minister" is not the Prime Minister


def _bare_title(words: list[str], word: str) -> bool:
    """The title has the word, not as "Prime Minister" or "Vice President"."""
    return any(w == word and (i == 0 or words[i - 1] not in QUALIFIERS) for i, w in enumerate(words))


def _qualified_near(r, m, word: str) -> bool:
    """The title word before the mention is "Prime Minister", "Deputy Governor" ..."""
    doc = r.state.sents[m.sent_index].doc
    return any(doc[i].lower_ == word and i > 0 and doc[i - 1].lower_ in QUALIFIERS
               for i in range(max(0, m.start - 5), m.start))
