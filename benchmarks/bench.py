"""`make bench`: what the pipeline costs, in one run on the same texts.

  1. spaCy alone (the model's own pipeline) against our whole extraction (the same parse plus
     our pipeline components, our rules, merging and the graph file), words per second, with 1
     and 2 processes;
  2. Neo4j writes: batched MERGE and the bulk CREATE path (first load into an empty
     database) on a synthetic graph of >= 50,000 relationships, against one transaction
     per fact;
  3. the embedded store: loading the graph file, and the README's example queries;
  4. peak memory of `okg build` on the corpus (a child process, its max RSS);
  5. growth: adding the seed article to stores of 10k, 100k, 1M synthetic relationships
     against adding it to an empty store, the store's load time and memory.

Figures are printed; benchmarks/README.md holds the last run's and the machine's.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import build_corpus, words  # noqa: E402

README_QUERIES = [
    "MATCH (a)-[:REPLACED]->(b) RETURN a.name, b.name",
    "MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organisation) WHERE o.name = 'Russian General Staff' RETURN p.name, r.title",
    "MATCH (e:Event)-[r:INVOLVES]->(p:Person) WHERE e.type = 'ARREST' AND r.role = 'subject' RETURN p.name",
]


def machine() -> str:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())
    mem = next((int(ln.split()[1]) // 1024 // 1024 for ln in Path("/proc/meminfo").read_text().splitlines()
                if ln.startswith("MemTotal")), 0)
    return f"{cpu}, {os.cpu_count()} cores, {mem} GiB, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def bench_extraction(corpus, n_words: int, graph: Path, chunk: int = 25) -> dict:
    """spaCy's own pipeline (the model as shipped: our entity-ruler patterns, sentence-bound
    and name-mending components disabled) against our whole extraction (the same parse with
    our components, then the rules, the merge and the graph file). In one process the two are
    timed in alternating chunks of `chunk` articles, so a machine that speeds up or slows down
    during the run moves both alike; with two processes each runs over the whole corpus."""
    from graph.embedded import EmbeddedStore
    from graph.merge import merge
    from loaders import wrapped_lines
    from loaders.clean import clean_text
    from loaders.extract import Extractor, blocks
    from loaders.language import identifier
    from loaders.nlp import OUR_COMPONENTS

    ex = Extractor()
    ours = [p for p in OUR_COMPONENTS if p in ex.nlp.pipe_names]
    texts = [[wrapped_lines.for_parse(b.text) for b in blocks(clean_text(a.text))] for a in corpus]
    list(ex.extract_stream(corpus[:50]))          # warm-up: first calls pay for lazy loading
    identifier()   # the language identifier's model, loaded on first use (~1 s), as spaCy's is before timing

    def spacy_alone(parts, n):
        with ex.nlp.select_pipes(disable=ours):
            return sum(1 for _ in ex.nlp.pipe(parts, batch_size=64, n_process=n))

    def write(docs):
        doc = merge(*docs)
        if graph.exists():
            graph.unlink()
        with EmbeddedStore(graph) as store:
            store.add(doc)
        return doc

    res = {}
    for n in (1, 2):
        if n == 1:
            t_spacy = t_okg = cpu_spacy = cpu_okg = 0.0
            docs = []
            for k in range(0, len(corpus), chunk):
                c0, w0 = time.process_time(), time.perf_counter()
                spacy_alone([t for ts in texts[k:k + chunk] for t in ts], 1)
                c1, w1 = time.process_time(), time.perf_counter()
                docs += ex.extract_stream(corpus[k:k + chunk], batch_size=64)
                c2, w2 = time.process_time(), time.perf_counter()
                t_spacy, t_okg = t_spacy + w1 - w0, t_okg + w2 - w1
                cpu_spacy, cpu_okg = cpu_spacy + c1 - c0, cpu_okg + c2 - c1
            c0, w0 = time.process_time(), time.perf_counter()
            doc = write(docs)
            t_okg, cpu_okg = t_okg + time.perf_counter() - w0, cpu_okg + time.process_time() - c0
        else:
            t_spacy, _ = timed(lambda: spacy_alone([t for ts in texts for t in ts], n))
            t_okg, doc = timed(lambda: write(ex.extract_stream(corpus, batch_size=64, n_process=n)))
        res[n] = {"spacy_s": t_spacy, "okg_s": t_okg, "spacy_wps": n_words / t_spacy,
                  "okg_wps": n_words / t_okg, "overhead": (t_okg - t_spacy) / t_spacy,
                  "facts": len(doc.relations) + len(doc.events)}
        print(f"  {n} process(es): spaCy {n_words / t_spacy:,.0f} words/s ({t_spacy:.1f} s), "
              f"okg {n_words / t_okg:,.0f} words/s ({t_okg:.1f} s), okg/spaCy time {t_okg / t_spacy:.2f}, "
              f"our own cost {100 * (t_okg - t_spacy) / t_spacy:.1f}% of spaCy's time; "
              f"{res[n]['facts']:,} facts", flush=True)
        if n == 1:   # the same in CPU seconds, which other jobs on a shared machine barely move
            res[n].update(spacy_cpu_s=cpu_spacy, okg_cpu_s=cpu_okg, cpu_overhead=(cpu_okg - cpu_spacy) / cpu_spacy)
            print(f"    in CPU time: spaCy {cpu_spacy:.1f} s, okg {cpu_okg:.1f} s, "
                  f"our own cost {100 * (cpu_okg - cpu_spacy) / cpu_spacy:.1f}% of spaCy's", flush=True)
    return res


def bench_cli_memory(corpus, tmp: Path) -> dict:
    src = tmp / "corpus.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for a in corpus:
            fh.write(json.dumps({"title": a.title, "text": a.text}) + "\n")
    graph = tmp / "cli-graph.json"
    t, r = timed(lambda: subprocess.run([sys.executable, "-m", "okg", "build", str(src), "--graph", str(graph),
                                         "--no-html", "-q"], cwd=ROOT, capture_output=True, text=True))
    if r.returncode != 0:
        raise SystemExit(f"okg build failed: {r.stderr.strip()}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"  `okg build corpus.jsonl` end to end (model load included): {t:.1f} s, peak memory {peak:,.0f} MiB",
          flush=True)
    return {"cli_s": t, "peak_mib": peak}


def bench_embedded(graph: Path) -> dict:
    from graph.cypher import open_cypher
    from graph.embedded import read_document
    from graph.nx_graph import to_networkx

    t_load, doc = timed(lambda: read_document(graph))
    t_nx, g = timed(lambda: to_networkx(doc))
    size = graph.stat().st_size / 1e6
    print(f"  graph file {size:.1f} MB ({g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges): "
          f"load {t_load:.2f} s, to networkx {t_nx:.2f} s", flush=True)
    out = {"load_s": t_load, "nx_s": t_nx, "mb": size, "queries": {}}
    t_index, cypher = timed(lambda: open_cypher(doc))
    print(f"  Cypher index (LadybugDB, in memory) loaded in {t_index:.2f} s", flush=True)
    for q in README_QUERIES:
        t, (_, rows) = timed(lambda: cypher.query(q))
        out["queries"][q] = t
        print(f"  {t * 1000:8.1f} ms  {len(rows):5d} rows  {q}", flush=True)
    return out


def _items(doc) -> int:
    return len(doc.entities) + len(doc.articles) + len(doc.events) + len(doc.relations) + \
        sum(len(e.participants) + len(e.articles) for e in doc.events)


def bench_neo4j(n_rel: int, tmp: Path, per_fact_rel: int = 5000, repeats: int = 3) -> dict:
    """Batched MERGE and the bulk CREATE path on a graph of n_rel relationships, each into an
    emptied database, against one transaction per fact (on a smaller graph of the same
    shape: it is bound by round trips, so its rate does not depend on the size).

    On a server warmed up as a running one is: a fresh JVM takes several full-size writes
    to compile its hot paths (the first batched write used 7x the server CPU of the fifth),
    so each batched path is run twice untimed, then `repeats` times (median, and the range)."""
    from statistics import median

    from benchmarks.synthetic import synthetic_document
    from graph.neo4j_store import BATCH, BULK_BATCH, Neo4jConfig, Neo4jStore

    from tests.neo4j import server

    with server.running(tmp) as uri:
        doc, small = synthetic_document(n_rel), synthetic_document(per_fact_rel, seed=11)
        with Neo4jStore(Neo4jConfig.from_env(uri)) as store:
            for bulk in (False, True, False, True):          # warm-up: query plans and JIT
                store.query("MATCH (n) DETACH DELETE n", write=True)
                store.write(doc, bulk=bulk)
            runs = (("batched MERGE", f"UNWIND, {BATCH:,} rows per transaction", doc, dict(bulk=False), repeats),
                    ("bulk CREATE", f"empty database, {BULK_BATCH:,} rows per transaction", doc, dict(bulk=True),
                     repeats),
                    ("one transaction per fact", f"MERGE, on {per_fact_rel:,} relationships", small,
                     dict(bulk=False, batch=1), 1))
            res = {}
            for name, how, d, kw, n in runs:
                rates = []
                for _ in range(n):
                    store.query("MATCH (n) DETACH DELETE n", write=True)
                    t, _ = timed(lambda: store.write(d, **kw))
                    rates.append(_items(d) / t)
                res[name] = {"items": _items(d), "s": _items(d) / median(rates), "per_s": median(rates),
                             "runs_per_s": rates}
                spread = f" (median of {n}: {min(rates):,.0f} to {max(rates):,.0f})" if n > 1 else ""
                print(f"  {name} ({how}): {_items(d):,} nodes+relationships, "
                      f"{median(rates):,.0f} per second{spread}", flush=True)
            base = res["one transaction per fact"]["per_s"]
            for name in ("batched MERGE", "bulk CREATE"):
                res[name]["vs_per_fact"] = res[name]["per_s"] / base
            print(f"  batched MERGE is {res['batched MERGE']['vs_per_fact']:.1f}x one transaction per fact, "
                  f"bulk CREATE {res['bulk CREATE']['vs_per_fact']:.1f}x "
                  f"({res['bulk CREATE']['per_s'] / res['batched MERGE']['per_s']:.2f}x batched MERGE)", flush=True)
            return res


SEED_ARTICLE = ROOT / "seeds" / "01_putin_purge.txt"
_CHILD = ("import resource, sys, time; sys.path.insert(0, {root!r}); t = time.perf_counter(); "
          "from graph.embedded import read_document; d = read_document({path!r}); "
          "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "
          "len(d.relations))")


def _add_seed(store: Path | None, tmp: Path) -> float:
    """`okg build SEED` into a copy of store (or an empty one), end to end; best of two."""
    import shutil
    best = float("inf")
    for _ in range(2):
        g = tmp / "growth-target.json"
        if g.exists():
            g.unlink()
        if store is not None:
            shutil.copyfile(store, g)
        t, r = timed(lambda: subprocess.run([sys.executable, "-m", "okg", "build", str(SEED_ARTICLE), "--graph", str(g),
                                             "--no-html", "-q"], cwd=ROOT, capture_output=True, text=True))
        if r.returncode != 0:
            raise SystemExit(f"okg build failed: {r.stderr.strip()}")
        best = min(best, t)
    return best


def _store_split(store: Path, doc) -> tuple[float, float, float]:
    """In process, on a copy: opening the store for writing, merging the article, saving."""
    import shutil

    from graph.embedded import EmbeddedStore
    g = store.with_name("split-" + store.name)
    shutil.copyfile(store, g)
    s = EmbeddedStore(g)
    t_open, _ = timed(s.__enter__)
    t_add, _ = timed(lambda: s.add(doc))
    t_save, _ = timed(lambda: s.__exit__(None, None, None))
    g.unlink()
    return t_open, t_add, t_save


def bench_growth(sizes: list[int], tmp: Path) -> dict:
    from benchmarks.synthetic import write_store
    from graph.merge import merge
    from loaders.extract import Extractor
    from loaders.sources import read_inputs

    seed_doc = merge(*Extractor().extract_many(list(read_inputs([str(SEED_ARTICLE)]))))
    empty = _add_seed(None, tmp)
    print(f"  adding {SEED_ARTICLE.name} to an empty store (`okg build --no-html -q`, model load included): "
          f"{empty:.2f} s", flush=True)
    print(f"  {'relationships':>13} {'file MB':>8} {'load s':>7} {'memory MiB':>10} {'open s':>7} {'merge s':>8} "
          f"{'save s':>7} {'add article s':>13} {'vs empty':>8}", flush=True)
    rows = []
    for n in sizes:
        store = tmp / f"growth-{n}.json"
        write_store(store, n)
        child = subprocess.run([sys.executable, "-c", _CHILD.format(root=str(ROOT), path=str(store))],
                               capture_output=True, text=True)
        if child.returncode != 0:
            raise SystemExit(f"loading the store failed: {child.stderr.strip()}")
        t_load, rss, n_rel = child.stdout.split()
        t_open, t_merge, t_save = _store_split(store, seed_doc)
        t_add = _add_seed(store, tmp)
        row = {"relationships": int(n_rel), "mb": store.stat().st_size / 1e6, "load_s": float(t_load),
               "load_peak_mib": float(rss), "open_s": t_open, "merge_s": t_merge, "save_s": t_save,
               "add_article_s": t_add, "vs_empty": t_add / empty}
        rows.append(row)
        print(f"  {row['relationships']:>13,} {row['mb']:>8.1f} {row['load_s']:>7.2f} {row['load_peak_mib']:>10,.0f} "
              f"{t_open:>7.2f} {t_merge:>8.3f} {t_save:>7.3f} {t_add:>13.2f} {row['vs_empty']:>7.2f}x", flush=True)
        store.unlink()
    return {"empty_s": empty, "rows": rows}


def main() -> None:
    from graph.neo4j_store import quiet_driver_logging
    quiet_driver_logging()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--relations", type=int, default=50000, help="size of the Neo4j write benchmark")
    ap.add_argument("--no-neo4j", action="store_true")
    ap.add_argument("--growth", default="10000,100000,200000,1000000",
                    help="store sizes (relationships) of the growth table, comma-separated; '' skips it")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--extraction-only", action="store_true",
                    help="part 1 only: spaCy alone against our whole extraction, 1 and 2 processes")
    a = ap.parse_args()
    print("machine:", machine())
    corpus, info = build_corpus(a.articles)
    n_words = words(corpus)
    print(f"corpus: {len(corpus):,} articles, {n_words:,} words "
          f"({info['stdlib_paragraphs']:,} stdlib prose paragraphs, {info['news_paragraphs']} news paragraphs)")
    out = {"machine": machine(), "articles": len(corpus), "words": n_words}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        print("1. extraction throughput")
        out["extraction"] = bench_extraction(corpus, n_words, tmp / "graph.json")
        if a.extraction_only:
            if a.json:
                a.json.write_text(json.dumps(out, indent=1, default=str))
            return
        print("3. embedded store, graph of the whole corpus")
        out["embedded"] = bench_embedded(tmp / "graph.json")
        print("4. peak memory")
        out["memory"] = bench_cli_memory(corpus, tmp)
        if a.growth:
            print("5. growth: one article added to stores of growing size")
            out["growth"] = bench_growth([int(x) for x in a.growth.split(",")], tmp)
        if not a.no_neo4j:
            print(f"2. Neo4j writes ({a.relations:,} relationships)")
            out["neo4j"] = bench_neo4j(a.relations, tmp)
    if a.json:
        a.json.write_text(json.dumps(out, indent=1, default=str))


if __name__ == "__main__":
    main()
