"""The merged pieces into Neo4j from the workers, several writers at once.

Pieces are disjoint (no node or relationship is in two), and each is sent with the
batched writer of `graph.neo4j_store` (UNWIND … MERGE in managed transactions, retried
on transient errors such as deadlocks; never its bulk CREATE, which is for one writer).
Two phases keep every MATCH of a relationship write on a committed node: first all
articles and entities, then — when every writer of the first phase is done — events and
relationships. The uniqueness constraints on
`id` are created once, from the client, before any writer starts; a node that two
writers MERGE at once is then created once, and the loser's transaction is retried.
"""
from __future__ import annotations

from graph.schema import GraphDocument

_STORES: dict = {}


def _store(cfg):
    """This worker process's connection to the server (a driver is a pool: keep it)."""
    from graph.neo4j_store import Neo4jStore, quiet_driver_logging
    key = (cfg.uri, cfg.user, cfg.password, cfg.database)
    if key not in _STORES:
        quiet_driver_logging()   # deadlocks between writers are retried; no log line for each
        _STORES[key] = Neo4jStore(cfg)
    return _STORES[key]


def merge_write(store, doc: GraphDocument) -> None:
    """store.write as MERGE, never as a bulk CREATE: a bulk load assumes it is the only
    writer of an empty database, and here several writers start on one at once."""
    store.write(doc, bulk=False)


def write_nodes(piece: GraphDocument, cfg) -> int:
    """Phase 1, on a worker: the piece's articles and entities."""
    merge_write(_store(cfg), GraphDocument(articles=piece.articles, entities=piece.entities))
    return len(piece.articles) + len(piece.entities)


def write_facts(piece: GraphDocument, cfg) -> int:
    """Phase 2, on a worker: the piece's events (with INVOLVES, REPORTED_IN) and relationships."""
    merge_write(_store(cfg), GraphDocument(events=piece.events, relations=piece.relations))
    return len(piece.events) + len(piece.relations)


def disjoint_pieces(doc: GraphDocument, n: int) -> list[GraphDocument]:
    """Any merged document cut into n disjoint pieces by id (for writing one from many writers)."""
    import zlib
    pieces = [GraphDocument() for _ in range(n)]
    at = lambda key: pieces[zlib.crc32(key.encode("utf-8")) % n]  # noqa: E731
    for a in doc.articles:
        at(a.id).articles.append(a)
    for e in doc.entities:
        at(e.id).entities.append(e)
    for e in doc.events:
        at(e.id).events.append(e)
    for r in doc.relations:
        at("|".join(r.key())).relations.append(r)
    return pieces


def prepare(cfg) -> None:
    """On the client, before the writers: the server is reachable and the constraints exist."""
    from graph.neo4j_store import Neo4jStore
    with Neo4jStore(cfg) as store:
        store.ensure_schema()


def write_pieces(client, pieces: list, cfg, on_done=None) -> dict:
    """Write piece futures (or documents) to Neo4j from the workers, nodes then facts."""
    from distributed import as_completed
    prepare(cfg)
    counts = {"nodes": 0, "facts": 0}
    for phase, fn in (("nodes", write_nodes), ("facts", write_facts)):
        futs = [client.submit(fn, p, cfg, pure=False) for p in pieces]
        for fut in as_completed(futs):
            counts[phase] += fut.result()
            if on_done:
                on_done(phase)
    return counts
