"""`make bench-distributed`: `okg build --cluster` on a LocalCluster of 1 and then 2 workers.

  1. extraction on the cluster: articles and words per second with 1 and 2 worker
     processes (after a warm-up job, so each worker has loaded spaCy);
  2. the merge: the distributed merge (components of persons and their facts, folded in
     bins on the workers, gathered) against `merge()` in one process on the same
     records, and on those records eight times over (a bigger archive of the same people);
  3. the Neo4j write: one batched writer against the same graph cut into disjoint pieces
     written from the workers (nodes, then relationships), on the synthetic graph.

The corpus is benchmarks/corpus.py's (real prose and this repository's news paragraphs),
written to one JSONL file that the job cuts into slices. Timings on a shared machine are
noisy; benchmarks/README.md keeps the last run's figures.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench import machine, timed  # noqa: E402
from benchmarks.corpus import build_corpus, words  # noqa: E402


def write_jsonl(corpus, path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for a in corpus:
            fh.write(json.dumps({"title": a.title, "text": a.text, "url": f"https://bench.example/{a.source}"}) + "\n")
    return path


def bench_extraction(inputs: Path, warm: Path, n_words: int, per_part: int, workers: int) -> dict:
    from okg.distributed import run_build
    from okg.distributed.cluster import connect

    t_start, (client, cluster) = timed(lambda: connect(f"local:{workers}"))
    try:
        t_warm, _ = timed(lambda: run_build(client, [str(warm)], per_part=10))
        res = run_build(client, [str(inputs)], per_part=per_part, collect_records=True, merge_on="workers")
    finally:
        client.close()
        cluster.close()
    ex = res.seconds["extract"]
    out = {"workers": workers, "cluster_start_s": t_start, "warm_up_s": t_warm, "extract_s": ex,
           "articles": res.articles, "articles_per_s": res.articles / ex, "words_per_s": n_words / ex,
           "merge_s": res.seconds["merge"], "partitions": res.partitions, "bins": res.bins,
           "plan": res.plan}
    print(f"  {workers} worker(s): {res.articles / ex:,.1f} articles/s, {n_words / ex:,.0f} words/s "
          f"(extraction {ex:.1f} s over {res.partitions} partitions); distributed merge {res.seconds['merge']:.2f} s "
          f"({res.bins} bins); cluster start {t_start:.1f} s, warm-up job {t_warm:.1f} s", flush=True)
    return out, res


def bench_merge(res) -> dict:
    from graph.merge import merge
    half = len(res.records) // 2
    t_half, _ = timed(lambda: merge(*res.records[:half]))
    t, doc = timed(lambda: merge(*res.records))
    plan = res.plan
    out = {"single_process_merge_s": t, "single_process_merge_half_s": t_half,
           "distributed_merge_s": res.seconds["merge"], "plan": plan,
           "articles": res.articles, "facts": len(doc.events) + len(doc.relations)}
    print(f"  merge() in one process: {t_half:.2f} s for the first {half:,} articles, {t:.2f} s for all "
          f"{res.articles:,} ({out['facts']:,} facts); distributed merge {res.seconds['merge']:.2f} s", flush=True)
    print(f"  {plan['components']:,} components; the largest holds {plan['largest']:,} of {plan['groups']:,} "
          f"person and fact records ({100 * plan['largest'] / max(plan['groups'], 1):.0f}%): its bin is one task; "
          f"bin loads {plan['bin_loads']}", flush=True)
    return out


def copies(records, times: int):
    """The records `times` over, each copy with its own article ids (a bigger archive that
    names the same people: the merge has as much resolving and folding to do as news has)."""
    from graph.schema import GraphDocument
    out = []
    for k in range(times):
        for d in records:
            text = json.dumps(d.to_dict()).replace('"article:', f'"article:c{k}-')
            out.append(GraphDocument.from_dict(json.loads(text)))
    return out


def bench_merge_scaling(records, times: int, per_part: int) -> dict:
    """The merge alone on the records `times` over: one process against 1 and 2 workers."""
    from graph.merge import merge
    from okg.distributed.cluster import connect
    from okg.distributed.job import BuildResult, merge_parts
    from okg.distributed.parts import PartResult

    docs, fresh = copies(records, times), copies(records, times)   # merge() may change its input
    t_one, _ = timed(lambda: merge(*fresh))
    out = {"articles": len(docs), "one_process_s": t_one}
    print(f"  {len(docs):,} articles ({times} copies): merge() in one process {t_one:.2f} s", flush=True)
    for workers in (1, 2):
        client, cluster = connect(f"local:{workers}")
        try:
            parts = [PartResult(i, docs[j:j + per_part]) for i, j in enumerate(range(0, len(docs), per_part))]
            futures = client.scatter(parts)
            res = BuildResult(None)
            t, _ = timed(lambda: merge_parts(client, futures, res))
        finally:
            client.close()
            cluster.close()
        out[workers] = {"merge_s": t, "plan_s": res.seconds["plan"], "bins": res.bins,
                        "fallback": res.fallback, "plan": res.plan}
        print(f"  {workers} worker(s): distributed merge {t:.2f} s ({res.bins} bins, bin loads "
              f"{res.plan['bin_loads']}; planned after {res.seconds['plan']:.2f} s)", flush=True)
    return out


def bench_neo4j(n_rel: int, tmp: Path, writers: int) -> dict:
    from graph.neo4j_store import Neo4jConfig
    from tests.neo4j import server

    with server.running(tmp) as uri:
        return _bench_neo4j(Neo4jConfig.from_env(uri), n_rel, writers)


def _bench_neo4j(cfg, n_rel: int, writers: int) -> dict:
    from benchmarks.synthetic import synthetic_document
    from graph.neo4j_store import Neo4jStore
    from okg.distributed.cluster import connect
    from okg.distributed.write import disjoint_pieces, write_pieces

    client, cluster = connect(f"local:{writers}")
    try:
        doc = synthetic_document(n_rel)
        n_items = len(doc.entities) + len(doc.articles) + len(doc.events) + len(doc.relations) + \
            sum(len(e.participants) + len(e.articles) for e in doc.events)
        out = {"items": n_items}
        with Neo4jStore(cfg) as store:
            store.write(synthetic_document(2000, seed=3))     # warm-up: query plans and JIT
            store.query("MATCH (n) DETACH DELETE n", write=True)
            out["one_writer_s"], _ = timed(lambda: store.write(doc))
            print(f"  one writer (client): {n_items:,} nodes+relationships in {out['one_writer_s']:.1f} s "
                  f"= {n_items / out['one_writer_s']:,.0f}/s", flush=True)
            for n_pieces in (writers, 2 * writers):
                store.query("MATCH (n) DETACH DELETE n", write=True)
                pieces = client.scatter(disjoint_pieces(doc, n_pieces))
                t, _ = timed(lambda: write_pieces(client, pieces, cfg))
                out[f"{n_pieces}_pieces_s"] = t
                print(f"  {n_pieces} pieces from {writers} worker(s): {t:.1f} s = {n_items / t:,.0f}/s", flush=True)
        return out
    finally:
        client.close()
        cluster.close()


def main() -> None:
    from graph.neo4j_store import quiet_driver_logging
    quiet_driver_logging()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--partition-size", type=int, default=25)
    ap.add_argument("--copies", type=int, default=8, help="the corpus's records this many times over, "
                    "for the merge on its own")
    ap.add_argument("--relations", type=int, default=50000, help="size of the Neo4j write benchmark")
    ap.add_argument("--no-neo4j", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args()
    print("machine:", machine())
    corpus, _ = build_corpus(a.articles)
    n_words = words(corpus)
    print(f"corpus: {len(corpus):,} articles, {n_words:,} words")
    out = {"machine": machine(), "articles": len(corpus), "words": n_words, "extraction": {}}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        inputs = write_jsonl(corpus, tmp / "corpus.jsonl")
        warm = write_jsonl(build_corpus(40, seed=2)[0], tmp / "warm.jsonl")
        print("1. extraction on a LocalCluster")
        last = None
        for n in (1, 2):
            out["extraction"][n], last = bench_extraction(inputs, warm, n_words, a.partition_size, n)
        print("2. the merge")
        out["merge"] = bench_merge(last)
        out["merge_scaling"] = bench_merge_scaling(last.records, a.copies, 200)
        if not a.no_neo4j:
            print(f"3. Neo4j write ({a.relations:,} relationships)")
            out["neo4j"] = bench_neo4j(a.relations, tmp, 2)
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(out, indent=1, default=str))


if __name__ == "__main__":
    main()
