"""Dates for one article's records: events get ISO dates, posts get start, end and as_of.

A separate step over what the extraction rules produced (it reads only the records and
their evidence sentences), so the rules stay about who did what and this module about when:

- an event with no date takes the date its sentence gives ("arrested on 12 May"), read
  against the article's publication date;
- a post held (HOLDS_POSITION) starts when the article's appointment or succession to it
  is dated, ends when a dismissal, resignation or succession out of it is dated, takes
  both from "from 1994 to 2012" and its start from "since February 2007" next to its
  title, and is `as_of` the article's date when the text only says the person holds it.

What each sentence says is kept on its evidence (`Evidence.dates`), so two articles that
disagree are both kept; graph.tenure settles the relation's own start and end.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from functools import lru_cache

from graph.posts import before, post_key
from graph.schema import Event, Evidence, GraphDocument, Relation, event_id
from graph.tenure import settle_dates

from .dates import DateSpan, find_dates, find_range, find_since, resolve
from .lexicon import load

STARTS = ("APPOINTMENT",)
ENDS = ("DISMISSAL", "RESIGNATION")
NEAR = 80   # characters between a title and the date span that dates it


def _names(doc: GraphDocument, eid: str) -> list[str]:
    e = next((x for x in doc.entities if x.id == eid), None)
    if e is None:
        return []
    return [n for n in [e.name, *e.aliases, e.name.split()[-1]] if n]


# (pure functions of strings asked of the same sentences and titles again and again: each
# holder of a post is looked for in every sentence of the article)
_lowered = lru_cache(maxsize=4096)(str.lower)
_post_key = lru_cache(maxsize=4096)(post_key)


def _where(sentence: str, words: list[str]) -> list[int]:
    """Where each word stands in the sentence (no case), word by word: str.find, not a pattern
    per name, which would crowd the re module's cache of compiled patterns."""
    low = _lowered(sentence)
    out = []
    for w in words:
        if not w:
            continue
        w = w.lower()
        i = low.find(w)
        while i != -1:
            out.append(i)
            i = low.find(w, i + len(w))
    return out


def _sentences_naming(lows: list[str], joined: str, starts: list[int], words: list[str]) -> list[int]:
    """The indices of the sentences (lows: their lower-cased texts; joined: those joined by line
    breaks, each starting at starts[k]) in which _where finds one of the words: every
    occurrence of each word in the joined text, overlapping ones too, that lies inside one
    sentence's text. (One search of the article per word, not one per sentence.)"""
    found = set()
    for w in words:
        if not w:
            continue
        w = w.lower()
        i = joined.find(w)
        while i != -1:
            k = bisect_right(starts, i) - 1
            if i + len(w) <= starts[k] + len(lows[k]):
                found.add(k)
            i = joined.find(w, i + 1)
    return sorted(found)


def _plain_dates(sentence: str, published: date | None) -> list[DateSpan]:
    """The sentence's single dates, without those inside "since X" or "from X to Y"."""
    return list(_plain_dates_of(sentence, published))


@lru_cache(maxsize=2048)   # (pure: each event of a sentence asks again; the spans are only read)
def _plain_dates_of(sentence: str, published: date | None) -> tuple[DateSpan, ...]:
    taken = []
    for rx in (r"\bsince\s+\S+(?:\s+\S+)?", r"\b(?:from|between)\s+.{3,40}?\s+(?:to|until|and)\s+\S+(?:\s+\S+)?"):
        taken += [(m.start(), m.end()) for m in re.finditer(rx, sentence, re.I)]
    return tuple(s for s in find_dates(sentence, published)
                 if s.iso and not any(a <= s.start < b for a, b in taken))


def _nearest(spans: list[DateSpan], anchors: list[int]) -> DateSpan | None:
    if not spans:
        return None
    if not anchors:
        return spans[0]
    return min(spans, key=lambda s: min(abs(s.start - a) for a in anchors))


def date_events(doc: GraphDocument, published: date | None) -> set[str]:
    """Events without a date take it from date_text or from their sentence, else the article's
    date. Returns the ids of the events (and "REPLACED|source|target" of the successions) dated
    only by the article's date, which a date a sentence gives outranks."""
    approx: set[str] = set()
    for ev in doc.events:
        if ev.date:
            continue
        if ev.date_text:
            ev.date = resolve(ev.date_text, published)
        if not ev.date and ev.evidence:
            subj = ev.role("subject")
            sent = ev.evidence[0].sentence
            span = _nearest(_plain_dates(sent, published),
                            _where(sent, [n for s in subj for n in _names(doc, s)]))
            if span is not None:
                ev.date, ev.date_text = span.iso, ev.date_text or span.text
        if not ev.date and published is not None:
            ev.date = published.isoformat()   # reported with no date of its own: the article's date
            ev.date_text = ev.date_text or None
            approx.add(ev.id)
        if ev.date and ev.role("subject") and ev.evidence and ev.id not in approx:
            # the id carries a date the text gives; one only inferred from the article's date is
            # left out, so two articles that report the same arrest undated still meet in one event
            ev.id = event_id(ev.type, ev.role("subject")[0], ev.date, ev.evidence[0].article)
    by_sentence = {}
    for ev in doc.events:
        for e in ev.evidence:
            for s in ev.role("subject"):
                by_sentence.setdefault((e.sentence, s), ev)
    for r in doc.relations:
        if r.type in ("REPLACED", "DISMISSED", "APPOINTED", "ARRESTED") and not r.properties.get("date"):
            subj = r.target if r.type != "REPLACED" else r.source
            ev = next((by_sentence.get((e.sentence, subj)) for e in r.evidence
                       if by_sentence.get((e.sentence, subj)) is not None), None)
            if ev is not None and ev.date:
                r.properties["date"] = ev.date
                if ev.id in approx:
                    approx.add("|".join(r.key()))
    return approx


def _same_post(position: str | None, key: str, only_post: bool) -> bool:
    """Whether an event's or succession's post is this one: "secretary of Russia's Security
    Council" is the "secretary" held at that council; no post named: only_post decides."""
    if not position:
        return only_post
    p = _post_key(position)
    if p == key:
        return True
    head_p, head_k = p.split(" of ")[0], key.split(" of ")[0]
    return head_p == head_k and (" of " not in p or " of " not in key)


def _add_dates(r: Relation, evidence: Evidence, dates: dict, rule: str, approx: bool = False) -> None:
    """Put what one sentence says of a tenure on that sentence's evidence of the relation;
    approx: the date is only the article's (the sentence gives none)."""
    dates = {k: v for k, v in dates.items() if v}
    if not dates:
        return
    if approx:
        dates["approx"] = sorted(k for k in dates if k != "as_of")
    for e in r.evidence:
        if e.key() == evidence.key():
            merged = {**(e.dates or {}), **dates}
            if "approx" in (e.dates or {}) and "approx" in dates:
                merged["approx"] = sorted(set(e.dates["approx"]) | set(dates["approx"]))
            e.dates = merged
            return
    r.evidence.append(Evidence(evidence.article, evidence.sentence, rule, evidence.strength, dict(dates)))


def date_tenures(doc: GraphDocument, published: date | None, approx: set[str] = frozenset()) -> None:
    """start / end / former / as_of / post on every HOLDS_POSITION of one article's document."""
    holds = [r for r in doc.relations if r.type == "HOLDS_POSITION"]
    per_person: dict[str, list[Relation]] = {}
    for r in holds:
        title = r.properties.get("title")
        r.properties["post"] = _post_key(title)
        if r.properties.get("end") == "former":
            r.properties.pop("end")
            r.properties["former"] = True
        per_person.setdefault(r.source, []).append(r)
    was_former = {id(r): bool(r.properties.get("former")) for r in holds}   # as the extraction rules read it
    # "from 1994 to 2012" / "since February 2007": the title nearest the phrase owns it
    for r in holds:
        title = (r.properties.get("title") or "").lower()
        for e in list(r.evidence):
            s = e.sentence
            # "has headed the Electoral Commission since 2015": where no title is written, the body named
            spots = _where(s, [title, r.properties["post"]]) or _where(s, [n for n in _names(doc, r.target)
                                                                          if len(n) > 3])
            rng, since = find_range(s, published), find_since(s, published)
            for found, dates in ((rng, rng and {"start": rng[0], "end": rng[1]}),
                                 (since, since and {"start": since[0]})):
                if not found:
                    continue
                at = s.find(found[-1])
                rivals = [t for o in holds if o is not r and any(x.key() == e.key() for x in o.evidence)
                          for t in _where(s, [(o.properties.get("title") or "").lower()])]
                mine = min((abs(at - p) for p in spots), default=10 ** 6)
                if mine <= NEAR and all(mine <= abs(at - p) for p in rivals):
                    _add_dates(r, e, dates, "tenure-dates-in-sentence")
                    if dates.get("end"):
                        r.properties["former"] = True
    # a sentence that names the post an appointment or dismissal is about, and a date: that date
    for r in holds:
        for e in list(r.evidence):
            m = re.match(r"event-post:(\w+)", e.rule or "")
            kind = m and m.group(1).upper()
            if (e.rule or "").startswith("took-post"):   # "became finance minister in 2019", "sworn in as ... on"
                kind = "APPOINTMENT"
            if kind not in STARTS + ENDS:
                continue
            span = _nearest(_plain_dates(e.sentence, published),
                            _where(e.sentence, [(r.properties.get("title") or "").lower()]))
            if span is not None:
                side = "start" if kind in STARTS else "end"
                _add_dates(r, e, {side: span.iso}, "tenure-dates-in-sentence")
    said = {(id(r), side) for r in holds for e in r.evidence if e.dates for side in ("start", "end")
            if e.dates.get(side) and side not in e.dates.get("approx", ())}
    # appointments, dismissals, resignations and successions of this article
    appointed = {s for ev in doc.events if ev.type in STARTS for s in ev.role("subject")}
    for ev in doc.events:
        if not ev.evidence or ev.type not in STARTS + ENDS:
            continue
        for subj in ev.role("subject"):
            mine = per_person.get(subj, [])
            for r in mine:
                side = "start" if ev.type in STARTS else "end"
                # an event that names no post does not date a post the article calls former,
                # nor end the one post known of someone the article also appoints ("promoted")
                only = side == "end" and len(mine) == 1 and not r.properties.get("former") \
                    and subj not in appointed
                if (id(r), side) in said:
                    continue   # a sentence about this very post already dates it
                if _same_post(ev.position, r.properties["post"], only):
                    _add_dates(r, ev.evidence[0], {side: ev.date}, f"tenure-from-{ev.type.lower()}",
                               ev.id in approx)
                    if side == "end":
                        r.properties["former"] = True   # left the post, even when the text gives no date
    for rep in doc.relations:
        d = rep.properties.get("date")
        if rep.type != "REPLACED" or not rep.evidence:
            continue
        left = per_person.get(rep.target, [])
        position = rep.properties.get("position")
        if not position:
            theirs = {(o.target, o.properties["post"]) for o in per_person.get(rep.source, [])}   # (a set: one pass)
            both = [r for r in left if (r.target, r.properties["post"]) in theirs]
            position = next((x[0].properties.get("title") for x in (both, left) if len(x) == 1), None)
        if position:
            rep.properties["post"] = _post_key(position)   # the post handed on, in the form HOLDS_POSITION has
        for who, side in ((rep.source, "start"), (rep.target, "end")):
            mine = per_person.get(who, [])
            for r in mine:
                # a successor's only other post is not the one taken: the post must be known
                if _same_post(position, r.properties["post"], side == "end" and len(mine) == 1):
                    _add_dates(r, rep.evidence[0], {side: d}, "tenure-from-succession",   # d may be None
                               "|".join(rep.key()) in approx)
                    if side == "end":
                        r.properties["former"] = True
    # a post the article says was taken and left on the same day (or left before it was taken)
    # is an event read with the wrong post ("promoted to minister ... his dismissal as governor")
    for r in holds:
        starts = [e.dates["start"] for e in r.evidence if e.dates and e.dates.get("start")]
        ends = [e for e in r.evidence if e.dates and e.dates.get("end")]
        if starts and ends and all(not before(s, e.dates["end"]) for s in starts for e in ends) \
                and not was_former.get(id(r)):
            for e in ends:
                kept = {k: v for k, v in e.dates.items() if k not in ("end", "approx")}
                approx = [k for k in e.dates.get("approx", ()) if k != "end"]
                e.dates = {**kept, **({"approx": approx} if approx else {})} or None
            r.properties.pop("former", None)
    # a post the text only says someone holds: held as of the article's date
    for r in holds:
        if published is not None and not r.properties.get("former") and r.evidence:
            _add_dates(r, r.evidence[0], {"as_of": published.isoformat()}, "tenure-as-of-article")
        settle_dates(r)
    # a succession the text does not date happened when the predecessor left that post
    for rep in doc.relations:
        if rep.type != "REPLACED" or rep.properties.get("date"):
            continue
        left = per_person.get(rep.target, [])
        ends = {r.properties["end"] for r in left if r.properties.get("end")
                and _same_post(rep.properties.get("post"), r.properties["post"], len(left) == 1)}
        if len(ends) == 1:
            rep.properties["date"] = ends.pop()


_RELEASED = re.compile(r"\breleas\w*\b.{0,80}?\bfrom\s+(?:his|her|their)\s+(?:duties|post|office|position)", re.I)


def released_from_post(doc: GraphDocument) -> None:
    """"release X from his duties as Defence Minister" is a dismissal, not a release from custody."""
    for ev in doc.events:
        if ev.type == "RELEASE" and ev.evidence and _RELEASED.search(ev.evidence[0].sentence):
            ev.type = "DISMISSAL"
            ev.id = event_id(ev.type, (ev.role("subject") or [None])[0], ev.date, ev.evidence[0].article)


def one_sentence_successions(doc: GraphDocument) -> None:
    """One sentence that ends P's post and appoints Q (who holds no post in the article) to
    "the post" says Q succeeded P: Q holds P's post from then, and Q REPLACED P."""
    holds = {r.source: r for r in doc.relations if r.type == "HOLDS_POSITION" and not r.properties.get("former")}
    have = {r.source for r in doc.relations if r.type == "HOLDS_POSITION"}
    replaced = {(r.source, r.target) for r in doc.relations if r.type == "REPLACED"}
    for out in [e for e in doc.events if e.type in ENDS and e.evidence]:
        sent = out.evidence[0].sentence
        ins = [e for e in doc.events if e.type in STARTS and e.evidence and e.evidence[0].sentence == sent]
        olds = [s for s in out.role("subject") if s in holds]
        if len(ins) != 1 or len(olds) != 1 or len(ins[0].role("subject")) != 1:
            continue
        new, old = ins[0].role("subject")[0], olds[0]
        if new == old or new in have or (new, old) in replaced or ins[0].position and \
                _post_key(ins[0].position) != holds[old].properties.get("post", _post_key(holds[old].properties.get("title"))):
            continue
        post = holds[old]
        ev = Evidence(out.evidence[0].article, sent, "one-sentence-succession", 0.7)
        doc.relations.append(Relation(new, "HOLDS_POSITION", post.target,
                                      {"title": post.properties.get("title")}, [ev]))
        doc.relations.append(Relation(new, "REPLACED", old, {"position": post.properties.get("title")},
                                      [Evidence(ev.article, sent, "one-sentence-succession", 0.7)]))
        have.add(new)


def _phrases() -> dict[str, re.Pattern]:
    data = load("tenure")
    return {side: re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(data[side], key=len, reverse=True))
                             + r")\b(?:\s+[\w'’-]+){0,5}?\s+(?:in\s+|on\s+|since\s+)?(?P<d>" + _DATE_AT + ")",
                             re.I) for side in ("start", "end")}


@lru_cache(maxsize=1)
def _phrase_words() -> tuple[str, ...]:
    """The tenure phrases of both sides, lower-cased (what _phrases' patterns open with)."""
    data = load("tenure")
    return tuple(p.lower() for side in ("start", "end") for p in data[side])


from .dates import DATE_RE as _DATE_RX  # noqa: E402
_DATE_AT = _DATE_RX.pattern
_PHRASES: dict | None = None
PHRASE_REACH = 120   # characters from a holder's name to the phrase that dates their post


def _post_meant(rels: list[Relation], between: str, orgs: dict[str, str]) -> Relation | None:
    """The one post a phrase is about: the holder's only post, else the one whose title or
    body ("the ministry's") is named last between the holder's name and the phrase."""
    if len(rels) == 1:
        return rels[0]
    words = lambda r: {w for w in re.findall(r"[a-z]+", ((r.properties.get("title") or "") + " " +  # noqa: E731
                                                          orgs.get(r.target, "")).lower()) if len(w) > 4}
    last = {id(r): max((m.start() for w in words(r) for m in re.finditer(rf"\b{w}", between)), default=-1)
            for r in rels}
    ranked = sorted(rels, key=lambda r: -last[id(r)])
    if last[id(ranked[0])] < 0 or last[id(ranked[0])] == last[id(ranked[1])]:
        return None
    return ranked[0]   # the post named nearest before the phrase


def holder_phrases(doc: GraphDocument, sentences: list[str], published: date | None) -> None:
    """"Bazoum, who was elected in 2021": a sentence that names a person who holds one post in
    the article, followed closely by a tenure phrase and a date, dates that post."""
    global _PHRASES
    _PHRASES = _PHRASES or _phrases()
    holds: dict[str, list[Relation]] = {}
    for r in doc.relations:
        if r.type == "HOLDS_POSITION":
            holds.setdefault(r.source, []).append(r)
    people = {e.id: e for e in doc.entities if e.label == "Person"}
    orgs = {e.id: e.name.lower() for e in doc.entities if e.label != "Person"}
    phrases: dict[int, list] = {}   # sentence index -> its tenure phrases (side, match), found once
    lows = [_lowered(sent) for sent in sentences]
    joined = "\n".join(lows)
    starts = [0] * len(lows)
    for k in range(1, len(lows)):
        starts[k] = starts[k - 1] + len(lows[k - 1]) + 1
    for pid, rels in holds.items():
        if pid not in people:
            continue
        mine = _names(doc, pid)
        others = [n for o in people if o != pid for n in _names(doc, o) if len(n) > 3]
        for k in _sentences_naming(lows, joined, starts, mine):   # (the others: _where finds nothing)
            sent = sentences[k]
            at = _where(sent, mine)
            if not at:
                continue
            hits = phrases.get(k)
            if hits is None and sent.isascii() and not any(p in lows[k] for p in _phrase_words()):
                hits = phrases[k] = []   # (IGNORECASE on ASCII text: a match holds a phrase as lower-cased)
            if hits is None:
                hits = phrases[k] = [(side, m) for side, rx in _PHRASES.items() for m in rx.finditer(sent)]
            for side, m in hits:
                near = [a for a in at if 0 <= m.start() - a <= PHRASE_REACH]
                if not near or any(max(near) < o < m.start() for o in _where(sent, others)):
                    continue
                if re.search(r"\b(?:will|would|could|might|may|if|shall)\b", sent[max(near):m.start()], re.I):
                    continue   # "I will be governor until 2020" is a plan, not a tenure
                iso = resolve(m.group("d"), published)
                r = _post_meant(rels, sent[max(near):m.start()].lower(), orgs)
                if iso and r is not None:
                    _add_dates(r, Evidence(r.evidence[0].article, sent, "tenure-phrase", 0.6),
                               {side: iso}, "tenure-phrase")
                    if side == "end":
                        r.properties["former"] = True


def date_document(doc: GraphDocument, published: date | None,
                  sentences: list[str] | None = None) -> GraphDocument:
    """All steps on one article's document (in place; returned for chaining); sentences are
    the article's, for the phrases that date a post in a sentence of their own."""
    released_from_post(doc)
    approx = date_events(doc, published)
    one_sentence_successions(doc)
    approx |= date_events(doc, published)   # the new successions take their events' dates
    if sentences:
        holder_phrases(doc, sentences, published)
    date_tenures(doc, published, approx)
    return doc


__all__ = ["date_document", "date_events", "date_tenures", "Event"]
