"""Cypher on the embedded store at scale, and how many shared queries answer as Neo4j does.

  1. a synthetic graph file (benchmarks/synthetic.py, ~92,000 relationships by default);
  2. building its LadybugDB query index (first `okg query`), the index's size on disk;
  3. `okg query` end to end once the index exists (a fresh process: start-up, content hash,
     open, query, print), and its peak memory;
  4. in one process with the index open: a two-hop REPLACED chain, anchored and in full;
  5. one article added (`okg build seeds/01_putin_purge.txt`, appended to the file as a change
     line): the first `okg query` after it, which updates the index by that change, against
     the same query on a copy of the grown file with no index (a full build), and whether
     both answer alike;
  6. with --neo4j (NEO4J_URI, else the test server of tests/neo4j): the 24 queries of
     ../shared/cypher/queries.cypher on the seeds graph, embedded against Neo4j, as a table.

Run: .venv/bin/python benchmarks/bench_query.py [--relations 92000] [--update-relations 92000 1000000]
     [--neo4j] [--json out/bench_query.json]
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ONE_HOP = "MATCH (a:Person)-[:REPLACED]->(b:Person) WHERE a.name = 'Person 17' RETURN b.name"
TWO_HOP_ANCHORED = ("MATCH (a:Person)-[:REPLACED]->(b:Person)-[:REPLACED]->(c:Person) "
                    "WHERE a.name = 'Person 17' RETURN b.name, c.name")
TWO_HOP_ALL = "MATCH (a:Person)-[:REPLACED]->(b:Person)-[:REPLACED]->(c:Person) RETURN a.name, b.name, c.name"


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def okg_query(graph: Path, query: str) -> tuple[float, float, subprocess.CompletedProcess]:
    """(seconds, peak MiB, result) of one `okg query` in a fresh process."""
    # peak memory as the kernel counts it for this process (VmHWM; ru_maxrss would include ours)
    cmd = [sys.executable, "-c", "import sys; from okg.cli import main; sys.argv[0] = 'okg';"
           " code = 0\ntry: main()\nexcept SystemExit as e: code = e.code or 0\n"
           "hwm = [ln.split()[1] for ln in open('/proc/self/status') if ln.startswith('VmHWM')][0]\n"
           "print(hwm, file=sys.stderr); sys.exit(code)",
           "query", query, "--graph", str(graph)]
    t, r = timed(lambda: subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True))
    if r.returncode != 0:
        raise SystemExit(f"okg query failed: {r.stderr.strip()}")
    peak = int(r.stderr.strip().splitlines()[-1]) / 1024
    return t, peak, r


def bench_index(n_rel: int, tmp: Path) -> dict:
    from benchmarks.synthetic import synthetic_document
    from graph.cypher import open_cypher
    from graph.embedded import write_atomic
    from graph.lbug_index import index_dir

    doc = synthetic_document(n_rel)
    graph = tmp / "graph.json"
    write_atomic(graph, json.dumps(doc.to_dict(), ensure_ascii=False, indent=1))
    mb = graph.stat().st_size / 1e6
    print(f"  synthetic graph: {len(doc.entities):,} entities, {len(doc.events):,} events, "
          f"{len(doc.relations):,} relations; file {mb:.1f} MB", flush=True)

    t_build, peak_build, _ = okg_query(graph, ONE_HOP)
    disk = sum(p.stat().st_size for p in index_dir(graph).iterdir()) / 1e6
    print(f"  first `okg query` (builds the index): {t_build:.2f} s, peak memory {peak_build:,.0f} MiB, "
          f"index {disk:.1f} MB on disk", flush=True)

    runs = [okg_query(graph, ONE_HOP) for _ in range(5)]
    e2e = [t for t, _, _ in runs]
    peak = max(p for _, p, _ in runs)
    rows = len(runs[0][2].stdout.splitlines()) - 1
    print(f"  `okg query` end to end, index built: median {statistics.median(e2e):.2f} s, best {min(e2e):.2f} s "
          f"(5 runs, {rows} rows), peak memory {peak:,.0f} MiB", flush=True)

    t_open, cypher = timed(lambda: open_cypher(graph))
    out = {"relations": len(doc.relations), "file_mb": mb, "index_build_s": t_build,
           "index_build_peak_mib": peak_build, "index_mb": disk, "okg_query_median_s": statistics.median(e2e),
           "okg_query_best_s": min(e2e), "okg_query_peak_mib": peak, "open_s": t_open}
    for name, q in (("two_hop_anchored", TWO_HOP_ANCHORED), ("two_hop_all", TWO_HOP_ALL)):
        cypher.query(q)  # warm
        times = []
        for _ in range(5):
            t, (_, rows_) = timed(lambda: cypher.query(q))
            times.append(t)
        out[f"{name}_ms"] = statistics.median(times) * 1000
        print(f"  {name.replace('_', ' ')}: median {out[f'{name}_ms']:.1f} ms, {len(rows_):,} rows  ({q})",
              flush=True)
    return out


def bench_update(n_rel: int, tmp: Path) -> dict:
    """The first `okg query` after adding one article: the index updated by the appended
    change, against a full build of the same grown file."""
    import shutil

    from benchmarks.synthetic import synthetic_document
    from graph.embedded import document_line
    from graph.lbug_index import index_dir

    tmp.mkdir(parents=True, exist_ok=True)
    graph = tmp / "grow.json"
    graph.write_bytes(document_line(synthetic_document(n_rel)))
    t_first, _, _ = okg_query(graph, ONE_HOP)
    t_add, r = timed(lambda: subprocess.run(
        [sys.executable, "-m", "okg", "build", str(ROOT / "seeds" / "01_putin_purge.txt"), "--graph", str(graph),
         "--no-html", "-q"], cwd=ROOT, capture_output=True, text=True))
    if r.returncode != 0:
        raise SystemExit(f"okg build failed: {r.stderr.strip()}")
    lines = graph.read_bytes().count(b"\n")
    query = "MATCH (p:Person)-[r]->(q) WHERE p.name = 'Vladimir Putin' RETURN type(r), q.name ORDER BY type(r), q.name"
    t_update, _, upd = okg_query(graph, query)
    told = [ln for ln in upd.stderr.splitlines() if "query index" in ln]
    full = tmp / "grow_full.json"
    shutil.copyfile(graph, full)
    shutil.rmtree(index_dir(full), ignore_errors=True)
    t_full, _, fresh = okg_query(full, query)
    same = upd.stdout == fresh.stdout
    print(f"  {n_rel:,} relationships: first `okg query` {t_first:.2f} s (full build); `okg build` of one "
          f"article {t_add:.2f} s ({'appended' if lines > 1 else 'rewrote'} the file); first `okg query` after it: "
          f"{t_update:.2f} s updating the index ({'; '.join(told) or 'no message'}), {t_full:.2f} s building it "
          f"in full; same answer: {same}", flush=True)
    return {"relations": n_rel, "first_query_full_s": t_first, "add_article_s": t_add, "appended": lines > 1,
            "query_after_add_updated_s": t_update, "query_after_add_full_s": t_full, "same_answer": same}


def bench_parity(tmp: Path) -> dict:
    """The shared suite on the seeds graph: the embedded rows against Neo4j's."""
    from graph.cypher import QueryError, open_cypher
    from graph.neo4j_store import Neo4jConfig, Neo4jStore, quiet_driver_logging

    from tests.neo4j import server
    sys.path.insert(0, str(ROOT / "tests"))  # the parity test imports its conftest
    from tests.test_cypher_parity import SUITE, comparable, suite_queries

    quiet_driver_logging()
    graph = tmp / "seeds.json"
    r = subprocess.run([sys.executable, "-m", "okg", "build", str(ROOT / "seeds"), "--graph", str(graph),
                        "--no-html", "-q"], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"okg build seeds failed: {r.stderr.strip()}")
    with server.running(tmp) as uri:
        store = Neo4jStore(Neo4jConfig.from_env(uri))
        store.query("MATCH (n) DETACH DELETE n", write=True)
        from graph.embedded import read_document
        store.write(read_document(graph))
        embedded = open_cypher(graph)
        same, table = 0, []
        print(f"  {SUITE}", flush=True)
        for name, q in suite_queries():
            _, want = store.query(q)
            try:
                _, got = embedded.query(q)
                ok = comparable(q, got) == comparable(q, want)
                note = "same rows" if ok else "DIFFERENT rows"
            except QueryError as exc:
                ok, note = False, f"error: {exc}"
            same += ok
            table.append({"query": name, "same": ok, "neo4j_rows": len(want)})
            print(f"  {'yes' if ok else 'NO ':3s}  {len(want):3d} rows  {name}  {'' if ok else note}", flush=True)
        store.close()
        print(f"  {same} of {len(table)} shared queries return Neo4j's rows", flush=True)
        return {"same": same, "total": len(table), "queries": table}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--relations", type=int, default=92000)
    ap.add_argument("--update-relations", type=int, nargs="*", default=None,
                    help="graph sizes for the add-one-article measurement (default: --relations)")
    ap.add_argument("--neo4j", action="store_true", help="also run the shared suite against Neo4j")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("Embedded Cypher (LadybugDB index):", flush=True)
        out = {"index": bench_index(args.relations, Path(tmp))}
        print("One article added, then `okg query`: the index updated against built in full:", flush=True)
        out["update"] = [bench_update(n, Path(tmp) / f"u{n}") for n in (args.update_relations or [args.relations])]
        if args.neo4j:
            print("Shared Cypher suite, embedded against Neo4j:", flush=True)
            out["parity"] = bench_parity(Path(tmp))
    out["max_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
