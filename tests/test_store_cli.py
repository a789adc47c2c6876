"""The embedded store (idempotent, atomic, merging across articles) and every CLI command."""
import json
import zipfile

from conftest import SEED, SEEDS, run_okg

from graph.embedded import EmbeddedStore, read_document
from graph.merge import merge
from graph.schema import Entity, Evidence, GraphDocument, Relation


def test_reload_changes_nothing(tmp_path):
    g = tmp_path / "g.json"
    assert run_okg("build", SEED, "--graph", g, "--no-html", "-q").returncode == 0
    first = read_document(g).to_dict()
    assert run_okg("build", SEED, "--graph", g, "--no-html", "-q").returncode == 0
    assert read_document(g).to_dict() == first


def test_surname_joins_full_name_across_articles():
    a = GraphDocument(entities=[Entity("person:sergei-shoigu", "Person", "Sergei Shoigu")])
    b = GraphDocument(entities=[Entity("person:shoigu", "Person", "Shoigu"),
                                Entity("organisation:x", "Organisation", "X")],
                      relations=[Relation("person:shoigu", "HOLDS_POSITION", "organisation:x",
                                          evidence=[Evidence("article:b", "Shoigu heads X.")])])
    doc = merge(a, b)
    assert [e.id for e in doc.entities if e.label == "Person"] == ["person:sergei-shoigu"]
    assert doc.relations[0].source == "person:sergei-shoigu"


def test_same_fact_three_articles_is_one_edge():
    docs = [GraphDocument(relations=[Relation("person:a", "REPLACED", "person:b",
                                              evidence=[Evidence(f"article:{i}", "A replaced B.", "r", 0.8)])])
            for i in range(3)]
    [r] = merge(*docs).relations
    assert len(r.evidence) == 3 and r.articles == ["article:0", "article:1", "article:2"]
    assert r.confidence > 0.99


def test_atomic_save_keeps_old_file_on_failure(tmp_path, monkeypatch):
    g = tmp_path / "g.json"
    with EmbeddedStore(g) as s:
        s.add(GraphDocument(entities=[Entity("person:a-b", "Person", "A B")]))
    before = g.read_text()
    import graph.embedded as emb
    monkeypatch.setattr(emb.os, "replace", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        with EmbeddedStore(g) as s:
            s.add(GraphDocument(entities=[Entity("person:c-d", "Person", "C D")]))
    except KeyboardInterrupt:
        pass
    assert g.read_text() == before and len(read_document(g).entities) == 1
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_build_reports_bad_inputs_and_keeps_good(tmp_path):
    g = tmp_path / "g.json"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    r = run_okg("build", SEED, empty, tmp_path / "missing.txt", "--graph", g, "--no-html", "-q")
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert f"okg: {empty}: empty file" in lines and any("missing.txt: no such file" in x for x in lines)
    assert len(read_document(g).articles) == 1
    strict = run_okg("build", empty, SEED, "--graph", tmp_path / "s.json", "--strict", "-q")
    assert strict.returncode == 1 and not (tmp_path / "s.json").exists()


def test_query_single_and_double_quotes(seed_graph):
    r1 = run_okg("query", "MATCH (a)-[:REPLACED]->(b) WHERE b.name = 'Sergei Shoigu' RETURN a.name", "--graph", seed_graph)
    r2 = run_okg("query", 'MATCH (a)-[:REPLACED]->(b) WHERE b.name = "Sergei Shoigu" RETURN a.name', "--graph", seed_graph)
    assert r1.returncode == 0 and r1.stdout == r2.stdout
    assert r1.stdout.splitlines() == ["a.name", "Andrei Belousov"]


def test_query_columns_in_return_order(seed_graph):
    r = run_okg("query", "MATCH (a)-[r]->(b) WHERE type(r) = 'REPLACED' AND b.name = 'Sergei Shoigu' "
                "RETURN b.name AS out, type(r), a.name", "--graph", seed_graph)
    assert r.stdout.splitlines() == ["out\ttype(r)\ta.name", "Sergei Shoigu\tREPLACED\tAndrei Belousov"]


def test_query_rejects_writes_on_embedded(seed_graph):
    r = run_okg("query", "MATCH (n) DETACH DELETE n", "--graph", seed_graph)
    assert r.returncode == 2 and "read-only" in r.stderr
    assert read_document(seed_graph).entities


def test_extract_prints_json():
    r = run_okg("extract", SEED)
    d = json.loads(r.stdout)
    assert d["format"] == "officials-kg/1" and {"articles", "entities", "events", "relations"} <= set(d)


def test_export_formats(seed_graph, tmp_path):
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"g.{fmt}"
        assert run_okg("export", "--graph", seed_graph, "--format", fmt, "--out", out).returncode == 0
        assert "Sergei Shoigu" in out.read_text()
    z = tmp_path / "g.zip"
    assert run_okg("export", "--graph", seed_graph, "--format", "csv", "--out", z).returncode == 0
    with zipfile.ZipFile(z) as f:
        assert set(f.namelist()) == {"nodes.csv", "edges.csv"}
        assert "REPLACED" in f.read("edges.csv").decode()
    assert run_okg("export", "--graph", seed_graph, "--format", "xml").returncode == 2


def test_stats_and_timeline(seed_graph):
    st = json.loads(run_okg("stats", "--graph", seed_graph, "--json").stdout)
    assert st["nodes"]["Person"] >= 7 and st["relationships"]["REPLACED"] >= 1
    tl = run_okg("timeline", "--graph", seed_graph, "--json")
    rows = json.loads(tl.stdout)
    assert rows and rows == sorted(rows, key=lambda r: r["date"])
    assert any(r["type"] == "DISMISSAL" and r["subject"] == "Pedro Castillo" and r["date"] == "2022-12-07" for r in rows)


def test_view_and_focus(seed_graph, tmp_path):
    out = tmp_path / "v.html"
    r = run_okg("view", "--graph", seed_graph, "--out", out, "--focus", "Shoigu", "--depth", "1")
    assert r.returncode == 0
    page = out.read_text()
    assert "Sergei Shoigu" in page and "Dina Boluarte" not in page
    assert run_okg("view", "--graph", seed_graph, "--out", out, "--focus", "Nobody Here").returncode == 2


def test_help_everywhere():
    for cmd in ("build", "extract", "query", "view", "export", "stats", "timeline", "push", "pull"):
        r = run_okg(cmd, "--help")
        assert r.returncode == 0 and "Usage" in r.stdout


def test_seed_folder_builds(seed_graph):
    doc = read_document(seed_graph)
    assert len(doc.articles) == len(list(SEEDS.iterdir()))


def _fact(i):
    a, b = Entity(f"person:a-{i}", "Person", f"A {i}"), Entity(f"person:b-{i}", "Person", f"B {i}")
    return GraphDocument(entities=[a, b], relations=[Relation(a.id, "REPLACED", b.id,
                                                              evidence=[Evidence(f"article:{i}", f"A {i} replaced B {i}.")])])


def test_save_appends_only_what_changed(tmp_path):
    from benchmarks.synthetic import synthetic_document
    g = tmp_path / "g.json"
    big = synthetic_document(2000)
    with EmbeddedStore(g) as s:
        s.add(big)
    whole = g.read_bytes()
    assert whole.count(b"\n") == 1 and json.loads(whole)["format"] == "officials-kg/1"
    with EmbeddedStore(g) as s:
        s.add(_fact(1))
    data = g.read_bytes()
    assert data.startswith(whole) and data.count(b"\n") == 2 and len(data) - len(whole) < 1000
    assert read_document(g).to_dict() == merge(big, _fact(1)).to_dict()
    # a writer killed mid-append leaves half a line: readers ignore it, the next writer cuts it off
    with open(g, "ab") as fh:
        fh.write(b'{"change":1,"entities":[{"id":"person:half')
    assert read_document(g).to_dict() == merge(big, _fact(1)).to_dict()
    with EmbeddedStore(g) as s:
        s.add(_fact(2))
    assert b"person:half" not in g.read_bytes()
    assert read_document(g).to_dict() == merge(big, _fact(1), _fact(2)).to_dict()
    # appended lines that outgrow the document are folded into it: one line again
    with EmbeddedStore(g, compact_ratio=10**9) as s:
        s.add(_fact(3))
    assert g.read_bytes().count(b"\n") == 1
    assert read_document(g).to_dict() == merge(big, _fact(1), _fact(2), _fact(3)).to_dict()


def test_renamed_entity_is_gone_after_reload(tmp_path):
    g = tmp_path / "g.json"
    with EmbeddedStore(g) as s:
        s.add(merge(*(_fact(i) for i in range(40))))
        s.add(GraphDocument(entities=[Entity("person:shoigu", "Person", "Shoigu"), Entity("organisation:x", "Organisation", "X")],
                            relations=[Relation("person:shoigu", "HOLDS_POSITION", "organisation:x",
                                                evidence=[Evidence("article:s", "Shoigu heads X.")])]))
    with EmbeddedStore(g) as s:
        s.add(GraphDocument(entities=[Entity("person:sergei-shoigu", "Person", "Sergei Shoigu")]))
    assert g.read_bytes().count(b"\n") == 2     # appended, not rewritten
    doc = read_document(g)
    ids = {e.id for e in doc.entities}
    assert "person:sergei-shoigu" in ids and "person:shoigu" not in ids
    assert [r.key() for r in doc.relations if r.type == "HOLDS_POSITION"] == [
        ("person:sergei-shoigu", "HOLDS_POSITION", "organisation:x")]


def test_one_json_document_file_is_read_and_rewritten_as_lines(tmp_path):
    g = tmp_path / "g.json"
    g.write_text(json.dumps(_fact(1).to_dict(), indent=1))
    assert read_document(g).to_dict() == _fact(1).to_dict()
    with EmbeddedStore(g) as s:
        s.add(_fact(2))
    assert g.read_bytes().count(b"\n") == 1 and read_document(g).to_dict() == merge(_fact(1), _fact(2)).to_dict()
    g.write_text(json.dumps(_fact(3).to_dict()))               # one line, no line end
    with EmbeddedStore(g) as s:
        s.add(_fact(4))
    assert read_document(g).to_dict() == merge(_fact(3), _fact(4)).to_dict()
    g.write_text('{"format": "other/2"}\n')
    import pytest

    from graph.embedded import StoreError
    with pytest.raises(StoreError, match="not a readable graph file"):
        read_document(g)
