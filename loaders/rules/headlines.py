"""Events a headline carries and the story never restates: "Kenya's President Sacks Finance
Minister", "Ex-Governor X Sentenced to 10 Years", "Georgian Official Steps Down Over Prison
Abuse", "Niger Junta Names New Leader".

Headlines are written in title case and clipped, and the parser reads them badly, so they
are read from their words: a trigger word ("Sacks", "Arrested", "Resigns", "Steps Down"),
the side of it that names the one it happened to (after an active verb, before a passive or
intransitive one), and on that side either a person the story names (by full name or
surname) or a title ("Finance Minister") that the story's first sentences give one person.
A headline that hedges ("to", "may", "calls for") or asks gives nothing.
"""
from __future__ import annotations

import re

from graph.schema import PERSON

from .. import gazetteer as gz
from ..lexicon import EVENT_NOUNS, EVENT_VERBS, HEDGES, NEEDS_POST, NONFACTIVE
from .bridging import title_near
from .recalled import QUALIFIERS
from .facts import EventFact
from .groups import NUMBERS as NUMBER_WORDS   # "2 Cabinet Ministers", "Three Generals"

LEAD = 4   # story sentences in which a title-only headline subject must be named
INTRANSITIVE = ("RESIGNATION",)
NO_HEADLINE = {"?", "…"}
HEDGE_WORDS = set(HEDGES) | set(NONFACTIVE) | {"to", "calls", "demands", "urges", "seeks", "wants", "denies",
                                                "faces", "set", "expected", "won't", "not", "asks", "vows", "threatens"}


def _verb_of(word: str) -> tuple[str | None, bool]:
    """(event type, is a participle) for a headline word: "Sacks" -> DISMISSAL, "Arrested" -> ARREST."""
    w = word.lower().strip(".,:;'’\"")
    for suffix, participle in (("", False), ("s", False), ("es", False), ("ed", True), ("d", True)):
        if suffix and not w.endswith(suffix):
            continue
        base = w[: len(w) - len(suffix)] if suffix else w
        for cand in (base, base[:-1] if len(base) > 3 and base[-1] == base[-2] else None):   # "Axed", "Jailed"
            if cand and cand in EVENT_VERBS:
                return EVENT_VERBS[cand], participle
    return None, False


OBJECT_STARTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "his", "her", "their", "its",
                 "the", "a", "an", "all", "top", "several", "dozens", "scores", "more"}   # an object after a past tense
PRISON_TERMS = {"year", "years", "month", "months", "life", "jail", "prison", "death"}


def _trigger(words: list[str]) -> tuple[int, str, bool] | None:
    """(index, event type, subject is before it) of the headline's first trigger word."""
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in ("gets", "get", "got", "handed", "given") and any(
                x.lower() in PRISON_TERMS for x in words[i + 1:i + 4]):
            return i, "SENTENCE", True   # "Blagojevich Gets 14 Years in Jail"
        if lw in ("step", "steps", "stepped", "stands") and i + 1 < len(words) and words[i + 1].lower() in ("down", "aside"):
            return i, "RESIGNATION", True
        etype, participle = _verb_of(w)
        nxt = words[i + 1].lower().strip("-") if i + 1 < len(words) else ""
        if participle and i > 0 and nxt and (nxt in OBJECT_STARTS or nxt in gz.TITLE_WORDS
                                             or (nxt.endswith("s") and nxt[:-1] in gz.TITLE_WORDS)):
            participle = False   # "Buhari Sacked Two Ministers", "Zelensky dismissed heads of ...": a past tense with its object
        if etype is not None:
            return i, etype, participle or etype in INTRANSITIVE
        if lw in EVENT_NOUNS and i + 1 < len(words) and words[i + 1].lower() == "of":   # "Arrest of X"
            return i, EVENT_NOUNS[lw], False
    return None


def _people_named(r, text: str) -> list[tuple[int, int, object]]:
    """(start, end, person) for the story's persons whose full name, or a surname no other
    person of the story has, the text holds, in text order."""
    people = list({id(e): e for e in r.state.ents.values() if e.label == PERSON}.values())
    surnames: dict[str, list] = {}
    for e in people:
        for w in {w.lower() for w in e.name.split()[1:] if len(w) > 2}:
            surnames.setdefault(w, []).append(e)
    found = []
    low = text.lower()
    for e in people:
        names = {n.lower() for n in (e.name, *e.aliases) if n} | {w for w, es in surnames.items() if es == [e]}
        spans = [(m.start(), m.end()) for n in names for m in [re.search(rf"\b{re.escape(n)}\b", low)] if m]
        if spans:
            start = min(a for a, _ in spans)
            found.append((start, max(b for a, b in spans if a == start), e))
    return sorted(found, key=lambda x: x[0])


def _holder(r, words: list[str]) -> list:
    """"Finance Minister", "New Leader": the one person the story's first sentences name with
    the last title word of these headline words."""
    titles = [t for w in words for t in [w.lower().removeprefix("ex-").removeprefix("former-")]
              if t.strip("'’s") in gz.TITLE_WORDS]   # "Ex-minister charged with graft"
    if not titles or words[-1].lower() in ("s",):
        return []
    word = titles[-1]
    found = []
    for m in r.state.mentions:
        if m.label != PERSON or m.entity is None or m.sent_index >= LEAD or m.entity in found:
            continue
        if title_near(r.state.sents[m.sent_index].doc, m, word) and not _qualified_title(r, m, word, words):
            found.append(m.entity)
    return found if len(found) == 1 else []


def _qualified_title(r, m, word: str, words: list[str]) -> bool:
    """"Fiji's PM sacks minister of state ...": the story's "prime minister, X" holds another post than
    the headline's "minister" (recalled.QUALIFIERS: prime, vice, deputy ...), unless the headline
    has that qualifier too."""
    doc = r.state.sents[m.sent_index].doc
    low = {w.lower() for w in words}
    near = [doc[i] for i in range(max(0, m.start - 6), min(len(doc), m.end + 4))]
    return any(t.lower_ == word and t.i > 0 and doc[t.i - 1].lower_ in QUALIFIERS and doc[t.i - 1].lower_ not in low
               for t in near)


def _counted_group(r, words: list[str], doer: set) -> list:
    """"2 Cabinet Ministers", "Three Generals": the persons the story's first sentences name
    with that title word, when there are exactly as many as the headline counts."""
    at = next((k for k, w in enumerate(words) if w.lower() in NUMBER_WORDS or w.isdigit()), None)
    if at is None:
        return []
    n = NUMBER_WORDS.get(words[at].lower()) or int(words[at])
    plural = [w.lower() for w in words[at + 1:at + 4] if w.lower().endswith("s") and w.lower()[:-1] in gz.TITLE_WORDS]
    if n < 2 or not plural:
        return []
    word, found = plural[-1][:-1], []
    for m in r.state.mentions:
        if m.label == PERSON and m.entity is not None and m.sent_index < LEAD and m.entity not in found \
                and id(m.entity) not in doer \
                and title_near(r.state.sents[m.sent_index].doc, m, word):
            found.append(m.entity)
    return found if len(found) == n else []


OWNED_WORDS = gz.TITLE_WORDS | {"ally", "aide", "loyalist", "associate", "allies", "aides"}   # "Mugabe Minister", "Putin Ally"


def _modifies_title(after: str) -> bool:
    """"Convicts Former Mugabe Minister": the name is the title's owner, not the one it happened to."""
    words = after.split()
    return bool(words) and words[0].lower().strip("'’s.,") in OWNED_WORDS


def _given_name(word: str, e) -> bool:
    """"Appoints Ali Musa As ...": a capitalised word before the surname the body names alone is
    the person's given name when it is no title, and the person has no other full name written."""
    return word[:1].isupper() and word.lower() not in gz.TITLE_WORDS and all(
        word.lower() not in n.lower().split() for n in (e.name, *e.aliases) if len(n.split()) > 1) and len(word) > 1


def named_start(named, e) -> int:
    return next(a for a, b, x in named if x is e)


def headline_events(r, title: str, si: int) -> list[EventFact]:
    """The event a headline states, given to sentence si for evidence; [] if none or hedged."""
    title = title.strip()
    if not title or title[-1] in NO_HEADLINE:
        return []
    words = re.findall(r"[\w'’.-]+", title)
    found = _trigger(words)
    if found is None:
        return []
    i, etype, before = found
    if any(w.lower() in HEDGE_WORDS for w in words[max(0, i - 3):i]):
        return []
    if any(words[i].lower().startswith(v[:-1] if v.endswith("e") else v) for v in NEEDS_POST) \
            and "as" not in [w.lower() for w in words[i + 1:]]:
        return []   # "The United States Designates Sri Lankan Governor": a sanction, no post given
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if etype == "RESIGNATION" and words[i].lower() not in ("step", "steps", "stepped", "stands") \
            and nxt and nxt not in ("as", "over", "after", "amid", "from", "in", "on", "following"):
        return []   # "Morsi Retires Defence Minister Tantawi": not the subject's own resignation
    side = words[:i] if before else words[i + (2 if etype == "RESIGNATION" and not before else 1):]
    side = side[-6:] if before else re.split(r"\s+(?:over|for|after|amid|in|on|as|to)\s+", " ".join(side), flags=re.I)[0].split()
    if not side:
        return []
    text = " ".join(side)
    named = _people_named(r, text)
    if before:   # the name ends the phrase: "Hun Sen Relative Tapped" is not about Hun Sen
        subjects = [e for a, b, e in named if not text[b:].strip(" '’.,:;")][-1:]
        for a, b, e in reversed(named):   # "X and Y Resign": every name of a list that ends the phrase
            if subjects and e not in subjects and re.fullmatch(r"[\s,]*(?:and|&)?[\s,]*", text[b:named_start(named, subjects[0])]):
                subjects.insert(0, e)
    else:        # only titles may stand before the name: "Fires Police Chief X"
        subjects = [e for a, b, e in named if all(w.lower().strip("-") in gz.TITLE_WORDS or w.lower() in ("ex", "former")
                                                   or w[:3].lower() == "ex-" or _given_name(w, e)
                                                   for w in text[:a].split())
                    and not _modifies_title(text[b:])][:1]
    if not subjects and not (side[-1] if before else side[0]).lower().endswith("s"):   # a group: "Replaces Military Chiefs"
        subjects = _holder(r, side)
    if not subjects:   # "Sharon Fires 2 Cabinet Ministers": the two ministers the lede names (not Sharon)
        doer = {id(e) for a, b, e in _people_named(r, " ".join(words[:i]))} if not before else set()
        subjects = _counted_group(r, side, doer)
    if not subjects:
        return []
    agent = None
    if not before:
        ag = _people_named(r, " ".join(words[:i]))
        agent = ag[-1][2] if ag else None
    if agent in subjects:
        return []
    return [EventFact(etype, si, subjects, agent, None, None, rule="headline", strength=0.6)]
