"""`okg build --cluster`: a real Dask LocalCluster (two worker processes) against one process.

The corpus is a few hundred short articles: the seed folder, and news paragraphs of the
seeds and the development set mixed into new articles (benchmarks/corpus.py), so the same
officials turn up across many articles and the merge has to resolve them ("Shoigu" in one,
"Sergei Shoigu" in another). Most of them sit in one JSONL file that the job cuts into
slices of lines, plus one broken line, which both builds must report alike.
"""
from __future__ import annotations

import json
import os
import random
import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import SEEDS, run_okg

distributed = pytest.importorskip("distributed")

N_ARTICLES = 220
PER_PART = 25


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    from benchmarks.corpus import news_paragraphs
    rng = random.Random(14)
    paras = news_paragraphs()
    folder = tmp_path_factory.mktemp("corpus")
    lines = []
    for i in range(N_ARTICLES):
        text = "\n\n".join(rng.choice(paras) for _ in range(rng.randint(1, 3)))
        lines.append(json.dumps({"title": f"Report {i}", "text": text, "url": f"https://news.example/{i}"}))
    lines.insert(57, '{"title": "cut off", "text": ')          # a broken record mid-file
    (folder / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(SEEDS), str(folder / "*.jsonl")]


@pytest.fixture(scope="module")
def single_graph(corpus, tmp_path_factory) -> tuple[Path, object]:
    """What `okg build` writes in one process."""
    g = tmp_path_factory.mktemp("single") / "graph.json"
    r = run_okg("build", *corpus, "--graph", g, "--no-html", "-q")
    assert r.returncode == 1, r.stderr          # the broken line
    return g, r


@pytest.fixture(scope="module")
def client():
    from okg.distributed.cluster import connect
    cl, cluster = connect("local:2")
    yield cl
    cl.close()
    cluster.close()


def _lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("okg: ")]


def test_cluster_build_equals_one_process(corpus, single_graph, tmp_path):
    from graph.embedded import read_document
    g1, r1 = single_graph
    g2 = tmp_path / "graph.json"
    r2 = run_okg("build", *corpus, "--cluster", "local:2", "--partition-size", PER_PART, "--merge-on", "workers",
                 "--graph", g2, "--no-html")
    assert r2.returncode == 1, r2.stderr
    assert _lines(r2.stderr) == _lines(r1.stderr)
    assert "reports.jsonl:58: invalid JSON" in r2.stderr
    one, many = read_document(g1).to_dict(), read_document(g2).to_dict()
    assert len(one["articles"]) >= 200 and len(one["relations"]) > 500
    for part in ("articles", "entities", "events", "relations"):
        assert many[part] == one[part], part
    assert many == one
    # the job really spread: several partitions (JSONL slices), two workers
    summary = [ln for ln in r2.stdout.splitlines() if ln.startswith("cluster:")]
    assert summary and int(summary[0].split()[1]) >= N_ARTICLES // PER_PART


def _kill_a_busy_worker(client) -> int:
    """SIGKILL the process of a worker that is running a task now; returns its pid."""
    for _ in range(200):
        busy = [w for w, keys in client.processing().items() if keys]
        if busy:
            pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            return pid
        time.sleep(0.05)
    raise AssertionError("no worker was busy")


def test_worker_killed_mid_job_is_retried(client, corpus, single_graph, tmp_path):
    from graph.embedded import EmbeddedStore, read_document
    from okg.distributed import run_build

    pids_before = set(client.run(os.getpid).values())
    killed, seen = [], []

    def on_progress(stage, done, total):
        seen.append((stage, done, total))
        if stage == "extract" and not killed:
            killed.append(_kill_a_busy_worker(client))

    res = run_build(client, corpus, per_part=PER_PART // 2, on_progress=on_progress, merge_on="client")
    assert killed and killed[0] in pids_before
    # the job went on after the kill: more partitions were reported done, and the
    # nanny brought a new worker process up in place of the dead one
    single = read_document(single_graph[0])
    assert res.articles == len(single.articles)
    assert [s for s in seen if s[0] == "extract"][-1][1] == res.articles + len(res.failures)
    client.wait_for_workers(2, timeout=60)
    assert killed[0] not in set(client.run(os.getpid).values())
    assert [f"okg: {f}" for f in res.failures] == _lines(single_graph[1].stderr)
    out = tmp_path / "graph.json"
    with EmbeddedStore(out) as store:
        store.add(res.document)
    # nothing lost, nothing twice
    assert read_document(out).to_dict() == single.to_dict()


def _facts(doc) -> dict:
    """A Neo4j read-back, order-free: every node and relationship with its properties."""
    return {
        "articles": sorted((a.id, a.title, a.url) for a in doc.articles),
        "entities": sorted((e.id, e.label, e.name, tuple(sorted(e.aliases)), tuple(sorted(e.titles)),
                            e.country) for e in doc.entities),
        "events": sorted((e.id, e.type, tuple(sorted((p.role, p.entity) for p in e.participants)),
                          e.date, e.position, tuple(sorted(x.key() for x in e.evidence)))
                         for e in doc.events),
        "relations": sorted((r.key(), tuple(sorted((k, str(v)) for k, v in r.properties.items())),
                             tuple(sorted(x.key() for x in r.evidence))) for r in doc.relations),
    }


def _duplicates(store) -> dict:
    _, nodes = store.query("MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id")
    _, rels = store.query("MATCH (s)-[r]->(t) WITH s, type(r) AS t, t AS x, r.role AS role, count(*) AS c "
                          "WHERE c > 1 RETURN s.id, t, x.id, role")
    return {"nodes": nodes, "relationships": rels}


@pytest.mark.neo4j
def test_neo4j_from_concurrent_writers(client, corpus, single_graph, neo4j_store):
    """Workers write the pieces at once; and four more writers send the whole graph
    at the same time as the cluster does: no node or relationship twice, nothing lost."""
    from graph.embedded import read_document
    from okg.distributed import run_build

    single = read_document(single_graph[0])
    neo4j_store.write(single)
    expected = _facts(neo4j_store.read_document())
    counts = neo4j_store.counts()
    neo4j_store.query("MATCH (n) DETACH DELETE n", write=True)

    res = run_build(client, corpus, per_part=PER_PART * 2, n_bins=6, neo4j=neo4j_store.cfg, gather=False,
                    merge_on="workers")
    assert _facts(neo4j_store.read_document()) == expected
    assert neo4j_store.counts() == counts
    assert res.written["nodes"] == len(single.articles) + len(single.entities)
    assert res.written["facts"] == len(single.events) + len(single.relations)

    neo4j_store.query("MATCH (n) DETACH DELETE n", write=True)
    from graph.neo4j_store import Neo4jStore
    from okg.distributed.write import disjoint_pieces, merge_write, write_pieces
    errors: list = []

    def writer():
        try:
            with Neo4jStore(neo4j_store.cfg) as store:
                merge_write(store, single)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for t in threads:
        t.start()
    write_pieces(client, client.scatter(disjoint_pieces(single, 6)), neo4j_store.cfg)
    for t in threads:
        t.join()
    assert not errors
    assert _duplicates(neo4j_store) == {"nodes": [], "relationships": []}
    assert neo4j_store.counts() == counts
    assert _facts(neo4j_store.read_document()) == expected


def test_unreachable_scheduler_is_one_line(tmp_path):
    r = run_okg("build", str(SEEDS / "01_putin_purge.txt"), "--cluster", "tcp://127.0.0.1:1",
                "--graph", tmp_path / "g.json")
    assert r.returncode == 2
    assert _lines(r.stderr) == [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert r.stderr.startswith("okg: cluster tcp://127.0.0.1:1: cannot connect")
    assert not (tmp_path / "g.json").exists()


def _article(i: int, *persons: str):
    """Article i naming persons (by name): each dismissed, each holding a post at one body."""
    from graph.schema import (Article, Entity, Event, Evidence, GraphDocument, Participant, Relation,
                              entity_id, event_id)
    aid = f"article:a{i}"
    doc = GraphDocument(articles=[Article(aid, f"A{i}")],
                        entities=[Entity("organisation:ministry", "Organisation", "Ministry")])
    for n, name in enumerate(persons):
        pid = entity_id("Person", name)
        ev = Evidence(aid, f"{name} was dismissed ({i}.{n}).", "test", 0.8)
        doc.entities.append(Entity(pid, "Person", name, titles=[f"post {i}"]))
        doc.events.append(Event(event_id("DISMISSAL", pid, None, aid), "DISMISSAL",
                                [Participant("subject", pid)], evidence=[ev]))
        doc.relations.append(Relation(pid, "HOLDS_POSITION", "organisation:ministry", {"title": f"post {i}"}, [ev]))
        doc.relations.append(Relation(aid, "MENTIONS", pid, {}, [ev]))
    return doc


def test_shuffled_merge_equals_merge_through_renames():
    """The distributed merge on records, without a cluster: surname-only persons that a
    later full name absorbs, a surname that turns ambiguous, events keyed by a subject
    that is renamed later — in every order of the articles, in 1 to 3 partitions and
    1 to 4 bins, the pieces are disjoint and together equal `merge()`."""
    import copy
    import itertools

    from graph.merge import merge
    from okg.distributed import shuffle

    articles = [_article(0, "Popov"), _article(1, "Ivan Popov", "Sergei Shoigu"), _article(2, "Popov"),
                _article(3, "Pavel Popov", "Shoigu"), _article(4, "Popov", "Sergey Shoigu")]
    for k, order in enumerate(itertools.permutations(range(5))):
        docs = [copy.deepcopy(articles[i]) for i in order]
        per, n_bins = 1 + k % 3, 1 + k % 4
        parts = [docs[i:i + per] for i in range(0, len(docs), per)]
        bins, _ = shuffle.plan([[shuffle.groups(d) for d in p] for p in parts], n_bins)
        splits = [shuffle.split(p, m, n_bins) for p, m in zip(parts, bins)]
        pieces = [shuffle.replay(*[s[b] for s in splits]) for b in range(n_bins)]
        got = shuffle.assemble(pieces)
        assert got is not None, order
        assert got.to_dict() == merge(*copy.deepcopy([articles[i] for i in order])).to_dict(), order


@pytest.mark.parametrize("ending", ["\n", "\r\n", ""])
def test_jsonl_slices_read_what_one_process_reads(tmp_path, ending):
    """Partitions cut a JSONL file at line boundaries; together they read the same records,
    with the same `file:LINE` names and failures, as reading the file whole."""
    from loaders.sources import read_inputs
    from okg.distributed.parts import JsonlSlice, plan, read_part

    lines = [json.dumps({"title": f"t{i}", "text": f"Minister number {i} was dismissed on Monday."})
             for i in range(23)]
    lines[5], lines[11] = "", '{"title": "no text"}'
    path = tmp_path / "a.jsonl"
    path.write_bytes(("\r\n" if ending == "\r\n" else "\n").join(lines).encode() + ending.encode())
    parts = plan([str(path)], per_part=4)
    assert len(parts) >= 5 and all(isinstance(u, JsonlSlice) for p in parts for u in p.units)
    whole = [str(x) if not hasattr(x, "text") else (x.source, x.title, x.text) for x in read_inputs([str(path)])]
    sliced = [str(x) if not hasattr(x, "text") else (x.source, x.title, x.text)
              for p in parts for x in read_part(p)]
    assert sliced == whole and len(whole) == 22
