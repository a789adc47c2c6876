"""One distributed build: plan, extract, shuffle and fold, then hand over or write.

`run_build(client, inputs)` returns the merged graph (and what failed to load) the way
`okg build` would merge it in one process; with `neo4j=Neo4jConfig(...)` the workers
write it to Neo4j themselves. `on_progress(stage, done, total)` is called on the client
as the scheduler reports tasks finished (`as_completed`), for a progress bar.
"""
from __future__ import annotations

import operator
import time
import uuid
from dataclasses import dataclass, field

from graph.filters import min_confidence as keep_confident
from graph.merge import merge
from graph.schema import GraphDocument
from loaders.sources import MAX_BYTES, URL_TIMEOUT

from . import shuffle
from .cluster import ExtractorPlugin
from .parts import PartResult, extract_part, plan
from .write import write_pieces


@dataclass
class BuildResult:
    document: GraphDocument | None      # None when written to Neo4j without gathering
    failures: list[str] = field(default_factory=list)   # "source: reason", input order
    articles: int = 0
    words: int = 0
    partitions: int = 0
    bins: int = 0
    person_records: int = 0            # folded in one task (the serial part of the merge)
    fallback: bool = False              # pieces overlapped: merged in one task instead
    seconds: dict = field(default_factory=dict)   # start, extract, merge, write
    written: dict = field(default_factory=dict)
    records: list | None = None         # every article's GraphDocument, with collect_records


def _summary(result: PartResult) -> tuple[int, int, list, int]:
    """On a worker: what the client reports (not the records themselves)."""
    fails = [x for x in result.items if isinstance(x, str)]
    return result.index, len(result.items) - len(fails), fails, result.words


def _docs(result: PartResult) -> list[GraphDocument]:
    return [x for x in result.items if not isinstance(x, str)]


def _persons(result: PartResult) -> list[list]:
    return shuffle.persons_of(_docs(result))


def _persons_piece(persons: list) -> GraphDocument:
    return GraphDocument(entities=persons)


def _count(resolved) -> list[int]:
    return [len(m) for part in resolved[1] for m in part]


def _split(result: PartResult, finals: list[dict], n_bins: int):
    return shuffle.split(_docs(result), finals, n_bins)


def _replay(n_parts: int, *args) -> GraphDocument:
    return shuffle.replay(list(args[:n_parts]), list(args[n_parts:]))


def _merge_all(*results: PartResult) -> GraphDocument:
    return merge(*[d for r in results for d in _docs(r)])


def _ids(doc: GraphDocument) -> tuple[list, list, list, list]:
    return ([a.id for a in doc.articles], [e.id for e in doc.entities], [e.id for e in doc.events],
            [r.key() for r in doc.relations])


def _disjoint(id_lists) -> bool:
    for kind in range(4):
        seen: set = set()
        for ids in id_lists:
            if seen.intersection(ids[kind]):
                return False
            seen.update(ids[kind])
    return True


def run_build(client, inputs: list[str], *, model: str | None = None, per_part: int = 100,
              batch: int = 64, max_bytes: int = MAX_BYTES, url_timeout: float = URL_TIMEOUT,
              strict: bool = False, n_bins: int | None = None, min_confidence: float = 0.0,
              neo4j=None, gather: bool = True, stdin=None, published: str | None = None,
              collect_records: bool = False, on_progress=None) -> BuildResult:
    progress = on_progress or (lambda stage, done, total: None)
    token = uuid.uuid4().hex[:8]
    res = BuildResult(None)
    t0 = time.perf_counter()
    client.register_plugin(ExtractorPlugin(model))
    parts = plan(inputs, per_part, max_bytes=max_bytes, stdin=stdin)
    res.partitions = len(parts)
    t1 = time.perf_counter()
    res.seconds["start"] = t1 - t0

    # 1. extraction: one task per partition; the records stay on the workers
    from distributed import as_completed
    extracted = [client.submit(extract_part, p, model, batch, max_bytes, url_timeout, published,
                               key=f"okg-extract-{token}-{p.index}") for p in parts]
    summaries = [client.submit(_summary, f, key=f"okg-keys-{token}-{i}") for i, f in enumerate(extracted)]
    expected = sum(p.size for p in parts)
    got: dict[int, tuple] = {}
    first_bad = None            # --strict: the earliest partition with a failed input
    for fut in as_completed(summaries):
        if fut.status == "cancelled":
            continue
        index, n_docs, fails, words = fut.result()
        got[index] = (n_docs, fails, words)
        progress("extract", sum(g[0] + len(g[1]) for g in got.values()), expected)
        if strict and fails and (first_bad is None or index < first_bad):
            first_bad = index
            client.cancel(extracted[index + 1:])   # their summaries go with them
        if first_bad is not None and all(j in got for j in range(first_bad + 1)):
            client.cancel(extracted)
            res.failures = [got[first_bad][1][0]]   # what one process stops at
            return res
    res.failures = [f for i in range(len(parts)) for f in got[i][1]]
    res.articles, res.words = sum(g[0] for g in got.values()), sum(g[2] for g in got.values())
    t2 = time.perf_counter()
    res.seconds["extract"] = t2 - t1
    if collect_records:        # for benchmarks and tests: the per-article records, in order
        res.records = [d for part in client.gather([client.submit(_docs, f) for f in extracted]) for d in part]
        t2 = time.perf_counter()

    # 2. the merge: persons resolved in one task, then the facts folded in bins in parallel
    n_bins = n_bins or max(1, 2 * len(client.scheduler_info().get("workers", {})))
    res.bins = n_bins
    people = [client.submit(_persons, f, key=f"okg-persons-{token}-{i}") for i, f in enumerate(extracted)]
    resolved = client.submit(shuffle.resolve_persons, *people, key=f"okg-resolve-{token}")
    persons = client.submit(operator.itemgetter(0), resolved, key=f"okg-resolved-persons-{token}")
    finals = client.submit(operator.itemgetter(1), resolved, key=f"okg-finals-{token}")
    splits = [client.submit(_split, fut, client.submit(operator.getitem, finals, i, key=f"okg-final-{token}-{i}"),
                            n_bins, key=f"okg-split-{token}-{i}") for i, fut in enumerate(extracted)]
    folded = [client.submit(_persons_piece, persons, key=f"okg-persons-piece-{token}")]
    for b in range(n_bins):
        column = [client.submit(operator.getitem, s, b, key=f"okg-piece-{token}-{i}-{b}")
                  for i, s in enumerate(splits)]
        fut = client.submit(_replay, len(people), *people, *column, key=f"okg-replay-{token}-{b}")
        if min_confidence > 0:
            fut = client.submit(keep_confident, fut, min_confidence, key=f"okg-confident-{token}-{b}")
        folded.append(fut)
    ids = [client.submit(_ids, f, key=f"okg-ids-{token}-{b}") for b, f in enumerate(folded)]
    res.person_records = sum(client.gather(client.submit(_count, resolved, key=f"okg-count-{token}")))
    res.seconds["resolve"] = time.perf_counter() - t2
    done = 0
    for _ in as_completed(ids):
        done += 1
        progress("merge", done, len(ids))
    if not _disjoint(client.gather(ids)):
        res.fallback = True
        whole = client.submit(_merge_all, *extracted, key=f"okg-merge-all-{token}")
        if min_confidence > 0:
            whole = client.submit(keep_confident, whole, min_confidence, key=f"okg-confident-{token}")
        folded = [whole]
    if gather:
        pieces = client.gather(folded)
        res.document = pieces[0] if res.fallback else shuffle.assemble([], pieces)
    t3 = time.perf_counter()
    res.seconds["merge"] = t3 - t2

    # 3. Neo4j from the workers (the embedded store is written by the caller)
    if neo4j is not None:
        counter = {"n": 0}

        def step(phase):
            counter["n"] += 1
            progress("write", counter["n"], 2 * len(folded))
        res.written = write_pieces(client, folded, neo4j, on_done=step)
        res.seconds["write"] = time.perf_counter() - t3
    return res      # the futures are released as they go out of scope
