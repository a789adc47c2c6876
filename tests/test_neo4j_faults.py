"""A Neo4j server stopped in the middle of a load: one clear line, nothing duplicated, and a
re-run against the restarted server completes the graph."""
import json
import os
import subprocess
import time

import pytest
from conftest import OKG, ROOT, run_okg, start_neo4j, stop_neo4j

from benchmarks.synthetic import synthetic_document
from graph.embedded import write_atomic
from graph.neo4j_store import Neo4jConfig, Neo4jStore

pytestmark = pytest.mark.neo4j


def _counts(uri):
    with Neo4jStore(Neo4jConfig(uri)) as store:
        return store.counts()


def test_server_lost_mid_load_then_rerun_completes(tmp_path):
    doc = synthetic_document(40000)
    types = {r.type for r in doc.relations}

    def facts(counts):
        return sum(counts.get(t, 0) for t in types)
    g = tmp_path / "big.json"
    write_atomic(g, json.dumps(doc.to_dict()))
    first = tmp_path / "first"
    first.mkdir()
    env = {"NEO4J_USER": "", "NEO4J_PASSWORD": ""}           # this server runs without auth
    proc, uri = start_neo4j(tmp_path, "--workdir", str(first))
    push = subprocess.Popen([*OKG, "push", str(g), "--neo4j", uri, "--bulk"], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **env})
    deadline = time.time() + 120
    while time.time() < deadline:                            # wait until the load is under way
        if facts(_counts(uri)) > 0:                          # the first batch of facts is in
            break
        time.sleep(0.05)
    proc.kill()                                              # the server is gone, mid-load
    proc.wait(30)
    out, err = push.communicate(timeout=300)
    assert push.returncode == 2, (out, err)
    line = err.strip()
    assert len(line.splitlines()) == 1 and line.startswith(f"okg: Neo4j at {uri}: ") and "Traceback" not in line

    [folder] = [p for p in first.iterdir() if p.is_dir()]     # what the killed server left on disk
    proc2, uri2 = start_neo4j(tmp_path, "--workdir", str(tmp_path / "second"), "--copy-from", str(folder))
    try:
        partial = _counts(uri2)
        # the first push asked for the bulk path (CREATE): whole batches or nothing
        assert 0 < facts(partial) < len(doc.relations)
        r = run_okg("push", g, "--neo4j", uri2, env=env)
        assert r.returncode == 0, r.stderr
        from okg.cli import stats_of
        full = _counts(uri2)
        want = stats_of(doc)
        for label, n in want["nodes"].items():
            assert full[label] == n, label
        for typ, n in want["relationships"].items():
            assert full.get(typ) == n, typ
        with Neo4jStore(Neo4jConfig(uri2)) as store:
            _, rows = store.query("MATCH ()-[r]->() WHERE r.evidence IS NOT NULL "
                                  "RETURN max(size(r.evidence)), max(r.article_count)")
        assert rows == [[1, 1]]                              # the re-run duplicated no evidence
    finally:
        stop_neo4j(proc2)
