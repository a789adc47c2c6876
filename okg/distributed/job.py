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
from .write import disjoint_pieces, write_pieces


@dataclass
class BuildResult:
    document: GraphDocument | None      # None when written to Neo4j without gathering
    failures: list[str] = field(default_factory=list)   # "source: reason", input order
    articles: int = 0
    words: int = 0
    partitions: int = 0
    bins: int = 0
    plan: dict = field(default_factory=dict)   # components, groups, largest, bin_loads
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


def _groups(result: PartResult) -> list[list[list[str]]]:
    return [shuffle.groups(d) for d in _docs(result)]


def _plan(n_bins: int, *per_part):
    return shuffle.plan(list(per_part), n_bins)


def _bins_of_part(planned, i: int) -> dict:
    return planned[0][i]


def _split(result: PartResult, bins: dict, n_bins: int):
    return shuffle.split(_docs(result), bins, n_bins)


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


def merge_on_client(client, extracted: list, res: BuildResult, min_confidence: float = 0.0) -> list:
    """The records gathered and merged here in one process (`merge()`): no task overhead,
    but the client must hold every article's records. Returns the graph as one piece."""
    t2 = time.perf_counter()
    doc = keep_confident(merge(*[d for r in client.gather(extracted) for d in _docs(r)]), min_confidence)
    res.document, res.bins = doc, 0
    res.seconds["merge"] = time.perf_counter() - t2
    return [doc]


def merge_parts(client, extracted: list, res: BuildResult, *, n_bins: int | None = None,
                min_confidence: float = 0.0, gather: bool = True, progress=None) -> list:
    """The distributed merge of extracted partitions (futures of PartResult, in input
    order): fills res (bins, components, timings, the document if gather) and returns
    the futures of the bins' disjoint pieces, for the writers."""
    from distributed import as_completed
    progress = progress or (lambda stage, done, total: None)
    token = uuid.uuid4().hex[:8]
    t2 = time.perf_counter()
    n_bins = n_bins or max(1, 2 * len(client.scheduler_info().get("workers", {})))
    res.bins = n_bins
    keys = [client.submit(_groups, f, key=f"okg-groups-{token}-{i}") for i, f in enumerate(extracted)]
    planned = client.submit(_plan, n_bins, *keys, key=f"okg-plan-{token}")
    splits = [client.submit(_split, fut, client.submit(_bins_of_part, planned, i, key=f"okg-bins-{token}-{i}"),
                            n_bins, key=f"okg-split-{token}-{i}") for i, fut in enumerate(extracted)]
    folded = []
    for b in range(n_bins):
        column = [client.submit(operator.getitem, s, b, key=f"okg-piece-{token}-{i}-{b}")
                  for i, s in enumerate(splits)]
        fut = client.submit(shuffle.replay, *column, key=f"okg-replay-{token}-{b}")
        if min_confidence > 0:
            fut = client.submit(keep_confident, fut, min_confidence, key=f"okg-confident-{token}-{b}")
        folded.append(fut)
    ids = [client.submit(_ids, f, key=f"okg-ids-{token}-{b}") for b, f in enumerate(folded)]
    res.plan = client.submit(operator.itemgetter(1), planned, key=f"okg-plan-stats-{token}").result()
    res.seconds["plan"] = time.perf_counter() - t2
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
        res.document = pieces[0] if res.fallback else shuffle.assemble(pieces)
    res.seconds["merge"] = time.perf_counter() - t2
    return folded


def run_build(client, inputs: list[str], *, model: str | None = None, per_part: int = 100,
              batch: int = 64, max_bytes: int = MAX_BYTES, url_timeout: float = URL_TIMEOUT,
              strict: bool = False, n_bins: int | None = None, min_confidence: float = 0.0,
              neo4j=None, gather: bool = True, stdin=None, published: str | None = None,
              country: str | None = None, collect_records: bool = False, merge_on: str = "client", on_progress=None) -> BuildResult:
    """The whole job; merge_on="workers" merges in bins on the workers (`merge_parts`)
    instead of in this process."""
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
    extracted = [client.submit(extract_part, p, model, batch, max_bytes, url_timeout, published, country,
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
    res.seconds["extract"] = time.perf_counter() - t1
    if collect_records:        # for benchmarks and tests: the per-article records, in order
        res.records = [d for part in client.gather([client.submit(_docs, f) for f in extracted]) for d in part]

    # 2. the merge: components of persons and their facts, folded in bins in parallel
    if merge_on == "client":
        folded = merge_on_client(client, extracted, res, min_confidence)
        if neo4j is not None:     # the writers still share the write: disjoint pieces by id
            n = max(1, 2 * len(client.scheduler_info().get("workers", {})))
            folded = client.scatter(disjoint_pieces(res.document, n))
    else:
        folded = merge_parts(client, extracted, res, n_bins=n_bins, min_confidence=min_confidence,
                             gather=gather, progress=progress)
    t3 = time.perf_counter()

    # 3. Neo4j from the workers (the embedded store is written by the caller)
    if neo4j is not None:
        counter = {"n": 0}

        def step(phase):
            counter["n"] += 1
            progress("write", counter["n"], 2 * len(folded))
        res.written = {**write_pieces(client, folded, neo4j, on_done=step), "pieces": len(folded)}
        res.seconds["write"] = time.perf_counter() - t3
    return res      # the futures are released as they go out of scope
