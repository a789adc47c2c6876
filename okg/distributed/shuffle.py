"""The distributed merge: records dealt into bins that never meet, each folded in input order.

`graph.merge` folds articles one by one, and the fold is order-dependent where persons
are resolved: "Shoigu" joins "Sergei Shoigu" only if that is the one full name with the
surname so far, and a later full name absorbs surname-only persons (a rename that moves
their events and relationships); an event keeps the id it got when its article was
added. What a record can meet in the fold is bounded:

- a person record meets only persons that share a blocking key with it
  (`graph.merge.blocking_keys`: its id, the surnames of its names);
- a relationship or an event meets only records that touch the same persons (renames
  move it with them) or share its key (an event's id names its subject);
- organisations are never renamed: their records meet by id alone, and relationships
  with no person end by their key; articles by id.

So one union-find over those keys (`groups` of each article, `plan`) cuts the persons,
with every fact that touches them, into components that never meet; components are
dealt into bins (largest first), organisations, person-free relationships and articles
by a hash of their key. Each bin replays the fold with `GraphIndex` itself, over its
share of every article in input order, so everything inside a component happens as in
one process; the bins are disjoint, and together they are the graph `merge()` builds.
News ties many people together through successions and arrests (one large component),
so the merge parallelises only as far as the corpus splits; the benchmark measures it.
"""
from __future__ import annotations

import zlib

from graph.merge import GraphIndex, blocking_keys
from graph.schema import PERSON, GraphDocument, entity_id

_PERSON_ID = entity_id(PERSON, "x")[:-1]     # "person:"


def _is_person(node_id: str) -> bool:
    return node_id.startswith(_PERSON_ID)


def groups(doc: GraphDocument) -> list[list[str]]:
    """Keys of one article that must end in one component (each list is joined)."""
    out = [sorted(blocking_keys(e) | {e.id}) for e in doc.entities if e.label == PERSON]
    for ev in doc.events:
        out.append([ev.id] + [p.entity for p in ev.participants if _is_person(p.entity)])
    for r in doc.relations:
        ends = [x for x in (r.source, r.target) if _is_person(x)]
        if ends:
            out.append(ends)
    return out


def plan(per_part: list[list[list[list[str]]]], n_bins: int) -> tuple[list[dict[str, int]], dict]:
    """One task: union-find over every article's groups; each component to a bin
    (largest first onto the lightest bin, sized in groups). Returns, per partition, the
    bin of each key it holds, and how the components came out."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = parent.setdefault(x, x)
        while root != parent[root]:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for part in per_part:
        for doc_groups in part:
            for g in doc_groups:
                first = find(g[0])
                for k in g[1:]:
                    other = find(k)
                    if other != first:
                        parent[other] = first
    size: dict[str, int] = {}
    for part in per_part:
        for doc_groups in part:
            for g in doc_groups:
                root = find(g[0])
                size[root] = size.get(root, 0) + 1
    load, where = [0] * n_bins, {}
    for root in sorted(size, key=lambda r: (-size[r], r)):
        b = min(range(n_bins), key=lambda b: (load[b], b))
        where[root] = b
        load[b] += size[root]
    stats = {"components": len(size), "groups": sum(size.values()), "largest": max(size.values(), default=0),
             "bin_loads": load}
    return [{k: where[find(k)] for doc_groups in part for g in doc_groups for k in g} for part in per_part], stats


def key_bin(key: str, n_bins: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % n_bins


def split(docs: list[GraphDocument], bins: dict[str, int], n_bins: int) -> list[list[GraphDocument]]:
    """On a worker: each article cut into the bins' pieces; every bin gets one (maybe
    empty) piece per article, in order. Persons and the facts touching them go to their
    component's bin; organisations, person-free relationships and articles by hash."""
    out: list[list[GraphDocument]] = [[] for _ in range(n_bins)]
    for doc in docs:
        pieces = [GraphDocument() for _ in range(n_bins)]
        for a in doc.articles:
            pieces[key_bin(a.id, n_bins)].articles.append(a)
        for e in doc.entities:
            pieces[bins[e.id] if e.label == PERSON else key_bin(e.id, n_bins)].entities.append(e)
        for ev in doc.events:
            pieces[bins[ev.id]].events.append(ev)
        for r in doc.relations:
            end = next((x for x in (r.source, r.target) if _is_person(x)), None)
            b = bins[end] if end is not None else key_bin("|".join(r.key()), n_bins)
            pieces[b].relations.append(r)
        for b in range(n_bins):
            out[b].append(pieces[b])
    return out


def replay(*columns: list[GraphDocument]) -> GraphDocument:
    """On a worker: one bin's pieces from every partition, folded in input order."""
    index = GraphIndex()
    for pieces in columns:
        for piece in pieces:
            index.add(piece)
    return index.document()


def assemble(pieces: list[GraphDocument]) -> GraphDocument | None:
    """The bins' disjoint pieces as one document in `merge`'s order; None if two overlap
    (then the caller folds everything in one place)."""
    doc = GraphDocument()
    for p in pieces:
        doc.articles += p.articles
        doc.entities += p.entities
        doc.events += p.events
        doc.relations += p.relations
    if (len({a.id for a in doc.articles}) < len(doc.articles)
            or len({e.id for e in doc.entities}) < len(doc.entities)
            or len({e.id for e in doc.events}) < len(doc.events)
            or len({r.key() for r in doc.relations}) < len(doc.relations)):
        return None
    doc.articles.sort(key=lambda a: a.id)
    doc.entities.sort(key=lambda e: e.id)
    doc.events.sort(key=lambda e: e.id)
    doc.relations.sort(key=lambda r: r.key())
    return doc
