"""The distributed merge: which articles' records must be merged together, and in what order.

`graph.merge` folds documents one by one, and the fold is order-dependent where persons
are resolved: "Shoigu" joins "Sergei Shoigu" only if that is the one full name with
the surname seen so far, and a later full name absorbs surname-only persons. What one
article's records can touch in the fold is bounded, though:

- persons: other persons with the same id or a surname (last word) of any of their
  names or aliases — the only names resolution compares;
- events and relationships with a person end: ids built from those persons (and the
  article), so they stay with the persons;
- organisations are never renamed: their records fold by id alone, and relationships
  with no person end (PART_OF between bodies, MENTIONS of a body) by their key.

So articles that share an article id, an event id, a person id or a surname key form
one component (union-find on the client over small key sets), and folding each
component's articles in input order, and each organisation record and person-free
relationship grouped by key in input order, gives disjoint pieces whose union is the
single-process graph. Bins of components and keys are folded on the workers.
A news archive joins many articles through well-known people (one large component),
so the merge parallelises only as far as the corpus splits; the benchmark measures it.
"""
from __future__ import annotations

import zlib

from graph.merge import GraphIndex
from graph.schema import PERSON, GraphDocument, entity_id

_PERSON_ID = entity_id(PERSON, "x")[:-1]     # "person:"

try:  # a blocking-key function, if graph.merge offers one, adds its keys to ours
    from graph.merge import blocking_keys as _merge_blocking_keys
except ImportError:  # pragma: no cover - depends on the merge module's version
    _merge_blocking_keys = None


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else ""


def person_keys(ent) -> set[str]:
    keys = {"p:" + ent.id} | {"s:" + _surname(n) for n in [ent.name, *ent.aliases] if n.split()}
    if _merge_blocking_keys is not None:
        keys |= {f"b:{k}" for k in _merge_blocking_keys(ent)}
    return keys


def doc_keys(doc: GraphDocument) -> set[str]:
    """The keys through which this article's records can meet another article's in the fold."""
    keys = {"a:" + a.id for a in doc.articles} | {"e:" + e.id for e in doc.events}
    for ent in doc.entities:
        if ent.label == PERSON:
            keys |= person_keys(ent)
    return keys


def components(keysets: list[set[str]]) -> list[int]:
    """Component number of each article (union-find over shared keys), numbered by first article."""
    parent = list(range(len(keysets)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, keys in enumerate(keysets):
        for k in keys:
            j = owner.setdefault(k, i)
            if j != i:
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    roots = [find(i) for i in range(len(keysets))]
    number: dict[int, int] = {}
    return [number.setdefault(r, len(number)) for r in roots]


def bins_of(comps: list[int], n_bins: int) -> list[int]:
    """Bin of each article: whole components, largest first onto the lightest bin."""
    sizes: dict[int, int] = {}
    for c in comps:
        sizes[c] = sizes.get(c, 0) + 1
    load, where = [0] * n_bins, {}
    for c in sorted(sizes, key=lambda c: (-sizes[c], c)):
        b = min(range(n_bins), key=lambda b: (load[b], b))
        where[c] = b
        load[b] += sizes[c]
    return [where[c] for c in comps]


def key_bin(key: str, n_bins: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % n_bins


def _has_person(rel) -> bool:
    return rel.source.startswith(_PERSON_ID) or rel.target.startswith(_PERSON_ID)


def split(docs: list[GraphDocument], doc_bins: list[int], n_bins: int) -> list[list[GraphDocument]]:
    """Runs on a worker: each document cut into the pieces each bin folds, order kept.

    Bin doc_bins[i] gets article i's articles, persons, events and person relationships;
    its organisations and person-free relationships go to the bins of their keys.
    """
    out: list[list[GraphDocument]] = [[] for _ in range(n_bins)]
    for doc, home in zip(docs, doc_bins):
        pieces = [GraphDocument() for _ in range(n_bins)]
        pieces[home].articles = list(doc.articles)
        pieces[home].events = list(doc.events)
        for ent in doc.entities:
            b = home if ent.label == PERSON else key_bin(ent.id, n_bins)
            pieces[b].entities.append(ent)
        for rel in doc.relations:
            b = home if _has_person(rel) else key_bin("|".join(rel.key()), n_bins)
            pieces[b].relations.append(rel)
        for b, piece in enumerate(pieces):
            if piece.articles or piece.entities or piece.events or piece.relations:
                out[b].append(piece)
    return out


def fold(*piece_lists: list[GraphDocument]) -> GraphDocument:
    """Runs on a worker: one bin's pieces, from every partition in order, folded as `merge` does."""
    index = GraphIndex()
    for pieces in piece_lists:
        for piece in pieces:
            index.add(piece)
    return index.document()


def assemble(pieces: list[GraphDocument]) -> GraphDocument | None:
    """The bins' disjoint pieces as one document in `merge`'s order; None if two overlap
    (then the caller folds everything in one place, which is always right)."""
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
