"""FollowTheMoney (FtM) entities from the graph: `okg export --format ftm`, one JSON object a line.

FtM is the model behind Aleph and OpenSanctions. The mapping:

- Person -> Person; Organisation -> PublicBody for state bodies (ministries, armed forces,
  courts, police, parliaments, countries), else Organization;
- each post (a title at a body, see graph/posts.py) -> Position (name, organization), and
  each HOLDS_POSITION -> Occupancy (holder, post, startDate, endDate, status);
- REPLACED -> Succession (predecessor, successor, date); MEMBER_OF -> Membership;
- each event -> Event (name, date, involved = subjects, organizer = agents);
- each article -> Article (title, sourceUrl, publishedAt); every Occupancy, Succession,
  Membership and Event names its articles as `proof` and its source sentences as
  `description` (FtM has no per-statement provenance on these schemata).

Plain dictionaries in FtM's JSON form, so exporting needs no extra package; the tests check
every entity with the `followthemoney` library itself. Ids are `okg-` plus a hash of our own
deterministic ids, so they are stable across runs.
"""
from __future__ import annotations

import hashlib
import json
import re

from .posts import post_key
from .schema import ORGANISATION, PERSON, GraphDocument

_PUBLIC = re.compile(r"\b(ministry|ministries|government|armed forces|army|navy|air force|police|court|"
                     r"parliament|congress|senate|assembly|legislature|council|commission|committee|"
                     r"service|agency|bureau|office|department|general staff|presidency|kremlin|cabinet|"
                     r"prosecutor|guard|military|state|federal|national|republic)\b", re.I)


def ftm_id(*parts: str) -> str:
    return "okg-" + hashlib.sha1("|".join(parts).encode()).hexdigest()[:24]


def _clean(props: dict) -> dict:
    out = {}
    for k, v in props.items():
        vals = [v] if isinstance(v, str) else list(v or [])
        vals = [x for x in dict.fromkeys(str(x).strip() for x in vals if x) if x]
        if vals:
            out[k] = vals
    return out


def _entity(eid: str, schema: str, props: dict) -> dict:
    return {"id": eid, "schema": schema, "properties": _clean(props)}


def _sentences(evidence, limit: int = 5) -> list[str]:
    return [e.sentence[:2000] for e in evidence[:limit]]


def ftm_entities(doc: GraphDocument) -> list[dict]:
    """Every FtM entity of the graph, in a stable order."""
    countries = {e.id: e for e in doc.entities if e.label == ORGANISATION}
    ids = {e.id: ftm_id(e.id) for e in doc.entities}
    arts = {a.id: ftm_id(a.id) for a in doc.articles}
    out: list[dict] = []
    for a in doc.articles:
        out.append(_entity(arts[a.id], "Article", {
            "title": a.title, "sourceUrl": a.url if a.url and re.match(r"https?://", a.url) else None,
            "publishedAt": a.published if a.published and re.match(r"\d{4}", a.published) else None}))
    for e in doc.entities:
        if e.label == PERSON:
            out.append(_entity(ids[e.id], "Person", {"name": e.name, "alias": e.aliases,
                                                      "position": e.titles}))
        else:
            schema = "PublicBody" if _PUBLIC.search(e.name) or e.country and e.name == e.country else "Organization"
            out.append(_entity(ids[e.id], schema, {"name": e.name, "alias": e.aliases}))
    proof = lambda ev: [arts[x.article] for x in ev if x.article in arts]  # noqa: E731
    positions: dict[tuple[str, str], str] = {}
    for r in doc.relations:
        if r.source not in ids or r.target not in ids:
            continue
        p = r.properties
        if r.type == "HOLDS_POSITION":
            key = p.get("post") or post_key(p.get("title")) or "post"
            pid = positions.get((key, r.target))
            if pid is None:
                pid = positions[(key, r.target)] = ftm_id("position", key, r.target)
                body = countries.get(r.target)
                out.append(_entity(pid, "Position", {
                    "name": f"{p.get('title') or key}, {body.name if body else r.target}",
                    "organization": ids[r.target] if body else None}))
            status = "ended" if p.get("end") or p.get("former") else ("current" if p.get("as_of") else None)
            out.append(_entity(ftm_id("occupancy", r.source, r.target, key), "Occupancy", {
                "holder": ids[r.source], "post": pid, "startDate": p.get("start"), "endDate": p.get("end"),
                "date": p.get("as_of"), "status": status, "description": _sentences(r.evidence),
                "proof": proof(r.evidence)}))
        elif r.type == "REPLACED":
            out.append(_entity(ftm_id("succession", r.source, r.target), "Succession", {
                "predecessor": ids[r.target], "successor": ids[r.source], "date": p.get("date"),
                "role": p.get("position"), "description": _sentences(r.evidence), "proof": proof(r.evidence)}))
        elif r.type == "MEMBER_OF":
            out.append(_entity(ftm_id("membership", r.source, r.target), "Membership", {
                "member": ids[r.source], "organization": ids[r.target], "role": p.get("title"),
                "description": _sentences(r.evidence), "proof": proof(r.evidence)}))
    names = {e.id: e.name for e in doc.entities}
    for ev in doc.events:
        subjects = [names.get(s, s) for s in ev.role("subject")]
        out.append(_entity(ftm_id(ev.id), "Event", {
            "name": f"{ev.type.title()}: {', '.join(subjects)}" + (f" ({ev.position})" if ev.position else ""),
            "date": ev.date, "summary": ev.charge,
            "involved": [ids[s] for s in ev.role("subject") + ev.role("successor") + ev.role("predecessor")
                         if s in ids],
            "organizer": [ids[a] for a in ev.role("agent") if a in ids],
            "description": _sentences(ev.evidence), "proof": proof(ev.evidence),
            "keywords": [ev.type]}))
    return out


def ftm_lines(doc: GraphDocument) -> str:
    """The entities as JSON lines (what `okg export --format ftm` writes)."""
    return "\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in ftm_entities(doc)) + "\n"
