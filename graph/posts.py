"""Posts and their holders over time: what `okg posts` and `okg who` answer.

A post is a title at a body ("defence minister" at Russia's Ministry of Defence). It is no
node of its own: HOLDS_POSITION carries `post` (the title in one normal form), `start`,
`end` (partial ISO dates), `former` and `as_of` (the article date when the text only says
someone holds the post), and REPLACED carries `position` and `date`. So every store answers
the same questions with short Cypher (see README, "Officials over time"), and this module
answers them from the graph document: holders in order (a successor after the one they
replaced, else by date), with dates and the articles that state them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .schema import GraphDocument

_LEAD = re.compile(r"^(?:the|a|an|new|former|acting|interim|incoming|outgoing|then|veteran|ex|"
                   r"longtime|long-time|current|russian|ukrainian|chinese)\s+")
_SPELL = {"defense": "defence", "minster": "minister"}


def post_key(title: str | None) -> str:
    """One normal form per post title: "Defense Minister", "the minister of defence" and
    "Minister of Defence" are all "defence minister"."""
    t = re.sub(r"^\W*s\s+", "", (title or "").lower())   # "’s defense minister" cut from "Russia’s"
    t = re.sub(r"[^\w\s-]", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    while True:
        t2 = _LEAD.sub("", t)
        if t2 == t:
            break
        t = t2
    t = " ".join(_SPELL.get(w, w) for w in t.split() if w != "the")
    m = re.fullmatch(r"(minister|secretary|ministry) of (?:the )?(\w+(?: \w+)?)", t)
    if m:
        t = f"{m[2]} {m[1]}"
    return t


def before(a: str, b: str) -> bool:
    """a is strictly earlier than b at the precision both have ("2012" is not before "2012-11")."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


@dataclass
class Tenure:
    """One person's hold on one post, with the dates the articles give and where they say so."""
    person: str
    name: str
    title: str
    start: str | None = None
    end: str | None = None
    as_of: str | None = None
    former: bool = False
    disputed: bool = False
    articles: list[str] = field(default_factory=list)
    sentences: list[tuple[str, str]] = field(default_factory=list)   # (article id, sentence)

    def span(self) -> str:
        """"2012-11 – 2024-05", "2024-05 –", "as of 2024-11-20"."""
        still = f" (in post as of {self.as_of})" if self.as_of and not self.end else ""
        if self.start or self.end:
            return f"{self.start or '?'} – {self.end or ('?' if self.former else '')}".rstrip() + still
        if self.former:
            return "former"
        return f"as of {self.as_of}" if self.as_of else "dates unknown"

    def holds_on(self, day: str) -> bool:
        """Whether the dates say this person held the post on that day."""
        if self.start:
            if before(day, self.start):
                return False
            if self.end is not None:
                return not before(self.end, day)
            # no end known: still held if not left, or if an article still says so on or after that day
            return not self.former or (self.as_of is not None and not before(self.as_of, day))
        if self.end:
            return False   # an end with no start says when it stopped, not since when it ran
        return self.as_of is not None and not self.former and self.as_of[:len(day)] == day[:len(self.as_of)]


@dataclass
class Post:
    key: str          # the normal form of the title
    org: str          # the body's id
    org_name: str
    holders: list[Tenure] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.holders[0].title if self.holders else self.key


def _date_key(t: Tenure) -> str:
    return t.start or t.end or t.as_of or "9999"


def _order(holders: list[Tenure], follows: set[tuple[str, str]]) -> list[Tenure]:
    """Predecessors before successors (REPLACED), else by the first date known."""
    rest = sorted(holders, key=lambda t: (_date_key(t), t.name))
    out: list[Tenure] = []
    while rest:
        ids = {t.person for t in rest}
        free = [t for t in rest if not any((t.person, p) in follows for p in ids if p != t.person)]
        nxt = (free or rest)[0]
        out.append(nxt)
        rest.remove(nxt)
    return out


def posts(doc: GraphDocument, body: str | None = None, title: str | None = None,
          min_holders: int = 1) -> list[Post]:
    """Every post of the graph (or those at a body / with a title matching the filters)."""
    names = {e.id: e.name for e in doc.entities}
    aliases = {e.id: [e.name.lower()] + [a.lower() for a in e.aliases] for e in doc.entities}
    groups: dict[tuple[str, str], Post] = {}
    for r in doc.relations:
        if r.type != "HOLDS_POSITION":
            continue
        key = r.properties.get("post") or post_key(r.properties.get("title"))
        if not key:
            continue
        if title and post_key(title) not in key:
            continue   # "minister" finds every minister; an exact title keeps only its post (below)
        if body and not any(body.lower() in a for a in aliases.get(r.target, [])):
            continue
        p = groups.setdefault((key, r.target), Post(key, r.target, names.get(r.target, r.target)))
        p.holders.append(Tenure(
            r.source, names.get(r.source, r.source), r.properties.get("title") or key,
            r.properties.get("start"), r.properties.get("end"), r.properties.get("as_of"),
            bool(r.properties.get("former")), bool(r.properties.get("dates_disputed")),
            r.articles, [(e.article, e.sentence) for e in r.evidence]))
    follows: set[tuple[str, str]] = set()
    succession: dict[tuple[str, str], str | None] = {}
    for r in doc.relations:
        if r.type == "REPLACED":
            follows.add((r.source, r.target))
            succession[(r.source, r.target)] = r.properties.get("date")
    if title and any(k == post_key(title) for k, _ in groups):
        groups = {g: p for g, p in groups.items() if g[0] == post_key(title)}
    out = []
    for p in groups.values():
        held = {t.person: t for t in p.holders}
        for (succ, pred), d in succession.items():
            if succ in held and pred in held and d:
                # a succession dated by one article dates both tenures it joins
                held[succ].start = held[succ].start or d
                held[pred].end = held[pred].end or d
        p.holders = _order(p.holders, follows)
        if len(p.holders) >= min_holders:
            out.append(p)
    return sorted(out, key=lambda p: (-len(p.holders), p.org_name, p.key))


def who(doc: GraphDocument, title: str, on: str, body: str | None = None) -> list[tuple[Post, Tenure]]:
    """Who held a post on a day (partial dates compare at the precision both have)."""
    return [(p, t) for p in posts(doc, body=body, title=title) for t in p.holders if t.holds_on(on)]


def posts_rows(doc: GraphDocument, body: str | None = None, title: str | None = None) -> list[dict]:
    """posts() as plain rows (for --json and the record page)."""
    return [{"post": p.key, "title": p.title, "body": p.org_name, "body_id": p.org,
             "holders": [{"person": t.person, "name": t.name, "start": t.start, "end": t.end,
                          "as_of": t.as_of, "former": t.former, "disputed": t.disputed,
                          "articles": t.articles} for t in p.holders]}
            for p in posts(doc, body=body, title=title)]
