"""The distributed merge: persons resolved once, then the facts folded in parallel bins.

`graph.merge` folds articles one by one, and the fold is order-dependent where persons
are resolved: "Shoigu" joins "Sergei Shoigu" only if that is the one full name with the
surname so far, and a later full name absorbs surname-only persons (a rename that folds
their events and relationships into the full name's). Two things make that splittable:

- persons are resolved from person records alone (`blocking_keys`: surname, id), so
  one pass over the person records of every article, in input order, gives every
  person exactly as the whole fold does (`resolve_persons`, one task; about a tenth
  of the merge's work), and where each article's person ended up (its final id);
- a relationship can only ever be folded together with relationships that end with
  the same final key (a rename merges keys, never splits them), and an event keeps the
  id it got when its article was added (its subject as resolved then), so
  relationships are dealt into bins by their ends' final ids, events by their subject
  at the time, organisations and articles by id.

Each bin then replays the fold in input order: every article's person records (so
every rename happens as it did in the whole fold) plus the bin's own facts, with
`GraphIndex` itself. The bins' facts are disjoint and their union, with the persons
of the first pass, is the graph `merge()` builds in one process.
"""
from __future__ import annotations

import zlib

from graph.merge import GraphIndex
from graph.schema import PERSON, GraphDocument, Relation, entity_id

_MARK = "article:okg-person-mark-"      # a relationship per person record tells its final id
_PERSON_ID = entity_id(PERSON, "x")[:-1]     # "person:"


def persons_of(docs: list[GraphDocument]) -> list[list]:
    """Each article's person records, in order."""
    return [[e for e in d.entities if e.label == PERSON] for d in docs]


def resolve_persons(*per_part: list[list]) -> tuple[list, list[list[tuple[dict, dict]]]]:
    """One task: fold every article's person records in input order (as `merge` does).

    Returns the persons as the whole fold leaves them and, per partition and article,
    two maps of its incoming person ids: to the id the fold gave them when the article
    was added (what its events were keyed by), and to the id they end up as (after
    later renames). A marker relationship per record, moved by the fold's own renames,
    tells both.
    """
    index = GraphIndex()
    index.take_changes()
    at_add: list[dict] = []
    n = 0
    for part in per_part:
        for persons in part:
            marks = [Relation(f"{_MARK}{n}-{k}", "MENTIONS", p.id) for k, p in enumerate(persons)]
            index.add(GraphDocument(entities=persons, relations=marks))
            changed = {r.source: r.target for r in index.take_changes()[0].relations}
            at_add.append({p.id: changed.get(f"{_MARK}{n}-{k}", p.id) for k, p in enumerate(persons)})
            n += 1
    doc = index.document()
    where: dict[str, str] = {r.source: r.target for r in doc.relations if r.source.startswith(_MARK)}
    maps, n = [], 0
    for part in per_part:
        part_maps = []
        for persons in part:
            final = {p.id: where.get(f"{_MARK}{n}-{k}", p.id) for k, p in enumerate(persons)}
            part_maps.append((at_add[n], final))
            n += 1
        maps.append(part_maps)
    return doc.entities, maps


def key_bin(key: str, n_bins: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % n_bins


def split(docs: list[GraphDocument], maps: list[tuple[dict, dict]], n_bins: int) -> list[list[GraphDocument]]:
    """On a worker: each article's facts, organisations and article record dealt into the
    bins; every bin gets one (maybe empty) piece per article, order kept.

    Relationships go by the final ids of their ends (renames only ever merge keys);
    events by the subject they were keyed by when their article was added (an event
    keeps its id when its subject is renamed later); the rest by id.
    """
    out: list[list[GraphDocument]] = [[] for _ in range(n_bins)]
    for doc, (at_add, final) in zip(docs, maps):
        pieces = [GraphDocument() for _ in range(n_bins)]
        for a in doc.articles:
            pieces[key_bin(a.id, n_bins)].articles.append(a)
        for e in doc.entities:
            if e.label != PERSON:
                pieces[key_bin(e.id, n_bins)].entities.append(e)
        for ev in doc.events:
            subj = next((p.entity for p in ev.participants if p.role == "subject"), None)
            key = "s:" + at_add.get(subj, subj) if subj else "e:" + ev.id
            pieces[key_bin(key, n_bins)].events.append(ev)
        for r in doc.relations:
            key = "|".join((final.get(r.source, r.source), r.type, final.get(r.target, r.target)))
            pieces[key_bin(key, n_bins)].relations.append(r)
        for b in range(n_bins):
            out[b].append(pieces[b])
    return out


def replay(persons: list[list[list]], pieces: list[list[GraphDocument]]) -> GraphDocument:
    """On a worker: one bin's fold — per partition and article, all person records plus
    the bin's piece, in input order. Returns the bin's records without the persons."""
    index = GraphIndex()
    for part_persons, part_pieces in zip(persons, pieces):
        for people, piece in zip(part_persons, part_pieces):
            index.add(GraphDocument(articles=piece.articles, entities=people + piece.entities,
                                    events=piece.events, relations=piece.relations))
    doc = index.document()
    doc.entities = [e for e in doc.entities if e.label != PERSON]
    return doc


def assemble(persons: list, pieces: list[GraphDocument]) -> GraphDocument | None:
    """The persons and the bins' disjoint pieces as one document in `merge`'s order;
    None if two pieces overlap (then the caller folds everything in one place)."""
    doc = GraphDocument(entities=list(persons))
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
