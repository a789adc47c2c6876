"""The embedded Cypher index: built once per graph file content, rebuilt when the file changes
or the index is damaged, safe for readers running at once, read-only, errors in one line."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import OKG, ROOT, run_okg

from graph.cypher import QueryError, open_cypher, translate
from graph.embedded import write_atomic
from graph.lbug_index import index_dir
from graph.schema import Entity, Evidence, GraphDocument, Relation


def small_doc(extra_people: int = 0, properties: dict | None = None) -> GraphDocument:
    ev = [Evidence("article:a", "A replaced B.", "test", 0.9)]
    people = [Entity(f"person:p{i}", "Person", f"P{i}") for i in range(2 + extra_people)]
    rel = Relation("person:p0", "REPLACED", "person:p1", dict(properties or {}), ev)
    return GraphDocument(entities=people, relations=[rel])


def save(path, doc: GraphDocument) -> None:
    write_atomic(path, json.dumps(doc.to_dict()))


def count_people(path) -> int:
    return open_cypher(path).query("MATCH (p:Person) RETURN count(p)")[1][0][0]


def index_files(path) -> list[str]:
    return sorted(p.name for p in index_dir(path).iterdir() if p.suffix == ".lbug")


def test_index_built_once_and_reused(tmp_path):
    g = tmp_path / "g.json"
    save(g, small_doc())
    built = []
    open_cypher(g, on_build=built.append)
    open_cypher(g, on_build=built.append)
    assert len(built) == 1
    assert count_people(g) == 2


def test_changed_file_rebuilds_and_drops_old_index(tmp_path):
    g = tmp_path / "g.json"
    save(g, small_doc())
    assert count_people(g) == 2
    first = index_files(g)
    save(g, small_doc(extra_people=3))
    assert count_people(g) == 5
    assert len(index_files(g)) == 1 and index_files(g) != first


def test_touched_file_keeps_its_index_edited_file_does_not(tmp_path):
    import os
    g = tmp_path / "g.json"
    save(g, small_doc())
    built = []
    open_cypher(g, on_build=built.append)
    os.utime(g)  # same bytes, new time: hashed again, same key, no rebuild
    open_cypher(g, on_build=built.append)
    assert len(built) == 1
    text = g.read_text()
    with open(g, "r+") as fh:  # edited in place, same size and inode: a new ctime says so
        fh.write(text.replace('"P1"', '"Q1"'))
    _, rows = open_cypher(g, on_build=built.append).query("MATCH (p:Person) RETURN p.name ORDER BY p.name")
    assert rows == [["P0"], ["Q1"]] and len(built) == 2


def test_damaged_index_is_rebuilt_not_trusted(tmp_path):
    g = tmp_path / "g.json"
    save(g, small_doc())
    assert count_people(g) == 2
    [name] = index_files(g)
    db = index_dir(g) / name
    db.write_bytes(b"not a database" * 1000)
    assert count_people(g) == 2
    # a record that does not match what the database holds is also a reason to rebuild
    record = db.with_suffix(".json")
    record.write_text(json.dumps({"nodes": 99, "relationships": 0}))
    built = []
    open_cypher(g, on_build=built.append)
    assert built and json.loads(record.read_text())["nodes"] == 2


def test_readers_at_once_share_one_index(tmp_path):
    g = tmp_path / "g.json"
    save(g, small_doc(extra_people=8))
    q = "MATCH (p:Person) RETURN p.name ORDER BY p.name"
    procs = [subprocess.Popen(OKG + ["query", q, "--graph", str(g)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [e for _, e in outs]
    assert len({o for o, _ in outs}) == 1 and len(outs[0][0].splitlines()) == 11
    assert len(index_files(g)) == 1


WRITES = ["CREATE (n:Person {id: 'x'})", "MATCH (n) DETACH DELETE n", "MATCH (n:Person) SET n.name = 'x'",
          "MERGE (n:Person {id: 'x'})", "CALL db.labels()", "COPY Person FROM 'x.csv'"]
ERRORS = ["MATCH (n RETURN n", "MATCH (n) RETURN nosuchfunction(n)", "RETURN 'open"]


def test_writes_refused_and_errors_in_one_line(tmp_path):
    g = tmp_path / "g.json"
    save(g, small_doc())
    index = open_cypher(g)
    for q in WRITES + ERRORS:
        with pytest.raises(QueryError) as err:
            index.query(q)
        assert "\n" not in str(err.value) and str(err.value), q
        if q in WRITES:
            assert "read-only" in str(err.value)
    assert count_people(g) == 2
    for q in (WRITES[1], ERRORS[1]):  # and through the CLI: exit 2, one line on stderr
        r = run_okg("query", q, "--graph", g)
        assert r.returncode == 2 and r.stderr.count("\n") == 1 and r.stderr.startswith("okg: "), q
    assert count_people(g) == 2


def test_words_in_strings_are_not_clauses(tmp_path):
    g = tmp_path / "g.json"
    save(g, small_doc())
    cols, rows = open_cypher(g).query("MATCH (p:Person) WHERE p.name <> 'CREATE (x) // SET' "
                                      "RETURN 'DELETE' AS word, count(*) AS n")
    assert rows == [["DELETE", 2]]


def test_unreadable_graph_file_one_line(tmp_path):
    g = tmp_path / "g.json"
    g.write_text("{not json")
    r = run_okg("query", "MATCH (n) RETURN n", "--graph", g)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and str(g) in r.stderr
    r = run_okg("query", "MATCH (n) RETURN n", "--graph", tmp_path / "missing.json")
    assert r.returncode == 2 and "no graph file" in r.stderr


def test_undeclared_relationship_properties_are_typed_from_values():
    """Relation.properties is open: a property the schema does not declare still loads and reads."""
    doc = small_doc(properties={"start": "2024-05-14", "term": 2, "acting": True, "end": "former"})
    cols, rows = open_cypher(doc).query(
        "MATCH (a)-[r:REPLACED]->(b) RETURN r.start, r.term + 1, r.acting, r.end, r.title, r.nosuch")
    assert cols == ["r.start", "r.term + 1", "r.acting", "r.end", "r.title", "r.nosuch"]
    assert rows == [["2024-05-14", 3, True, "former", None, None]]


def test_translation_keeps_strings_and_names_columns():
    known = {"name", "end"}
    q = translate("MATCH (a)-[r]->(b) WHERE a.name = 'type(x) -[*]- ' RETURN type(r), r.end", known)
    assert "'type(x) -[*]- '" in q and "label(r) AS `type(r)`" in q and "r.`end` AS `r.end`" in q
    with pytest.raises(QueryError):
        translate("   ;  ", known)


def test_nodes_and_relationships_come_back_as_neo4j_gives_them():
    doc = small_doc(properties={"position": "admiral"})
    _, rows = open_cypher(doc).query("MATCH (a)-[r:REPLACED]->(b) RETURN a, r")
    node, rel = rows[0]
    assert node == {"id": "person:p0", "name": "P0", "aliases": [], "titles": []}
    assert rel["type"] == "REPLACED" and rel["position"] == "admiral" and rel["article_count"] == 1
    assert json.loads(rel["evidence"][0])["sentence"] == "A replaced B."


def test_okg_query_cli_uses_the_index(tmp_path):
    g = tmp_path / "g.json"
    save(g, small_doc())
    r = run_okg("query", "MATCH (a:Person)-[:REPLACED]->(b) RETURN a.name, b.name", "--graph", g, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == [{"a.name": "P0", "b.name": "P1"}]
    assert index_files(g)




def test_a_value_set_only_far_down_a_column_loads_as_itself():
    """Ladybug types a pandas column from its first rows: a value set only after them once
    loaded as 'nan' in every row, or crashed the process."""
    from graph.schema import Article
    arts = [Article(f"article:a{i}", f"A{i}", published="2024-05-14") for i in range(2500)]
    arts[-1].source = "Wire"
    _, rows = open_cypher(GraphDocument(articles=arts)).query(
        "MATCH (a:Article) WHERE a.source IS NOT NULL RETURN a.id, a.source")
    assert rows == [["article:a2499", "Wire"]]


# -- incremental updates: appended change lines applied to the index ----------------------------
def everything(index) -> tuple[list, list]:
    """Every node and relationship with every property, in a comparable order."""
    c = index.conn
    nodes = [(lb, {k: v for k, v in n.items() if not k.startswith("_")})
             for lb, n in c.execute("MATCH (n) RETURN label(n), n").get_all()]
    rels = [(t, a, b, {k: v for k, v in r.items() if not k.startswith("_")})
            for t, a, b, r in c.execute("MATCH (a)-[r]->(b) RETURN label(r), a.id, b.id, r").get_all()]
    return sorted(map(repr, nodes)), sorted(map(repr, rels))


def assert_same_as_full_build(g) -> None:
    from test_cypher_parity import comparable, suite_queries

    from graph.embedded import read_document
    updated, full = open_cypher(g), open_cypher(read_document(g))
    assert everything(updated) == everything(full)
    queries = suite_queries(ROOT / "tests" / "data" / "queries.cypher")
    assert len(queries) == 24
    for name, q in queries:
        got, want = updated.query(q), full.query(q)
        assert got[0] == want[0] and comparable(q, got[1]) == comparable(q, want[1]), name


def test_articles_added_by_okg_build_update_the_index_as_a_full_build_would(tmp_path, monkeypatch):
    import graph.lbug_update
    g = tmp_path / "g.json"
    dev = sorted(p for p in (ROOT / "tests" / "dev").iterdir() if ".gold." not in p.name)
    steps = [dev[:24], [ROOT / "seeds" / "01_putin_purge.txt"],
             [ROOT / "seeds" / "02_ukraine_commander.txt", ROOT / "seeds" / "03_china_defence_minister.md"],
             dev[24:26]]
    told = []
    for i, step in enumerate(steps):
        r = run_okg("build", *step, "--graph", g, "--no-html", "-q")
        assert r.returncode == 0, r.stderr
        before = len(told)
        # small changes are written a statement per relationship, large ones in bulk: both ways
        monkeypatch.setattr(graph.lbug_update, "ROW_BY_ROW", 100 if i % 2 else 0)
        open_cypher(g, on_build=told.append)
        assert len(told) == before + 1, told  # one build or update per change of the file
    # the two seed steps were appended and applied (one statement each, then in bulk); the
    # last may have compacted the file (then it was built in full)
    assert "building the query index" in told[0], told
    assert all("updating the query index" in m for m in told[1:3]), told
    assert len(index_files(g)) == 1
    assert_same_as_full_build(g)


def test_gone_entities_and_new_properties_update_or_rebuild(tmp_path):
    from graph.embedded import change_line, document_line
    from graph.schema import Article, Event, Participant

    g = tmp_path / "g.json"
    ev = [Evidence("article:a", "A replaced B.", "test", 0.9, {"start": "2024"})]
    people = [Entity(f"person:p{i}", "Person", f"P{i}") for i in range(4)]
    event = Event("event:e1", "ARREST", [Participant("subject", "person:p2")], evidence=ev)
    base = GraphDocument(articles=[Article("article:a", "A")], entities=people, events=[event],
                         relations=[Relation("person:p0", "REPLACED", "person:p1", {}, ev)])
    g.write_bytes(document_line(base))
    told = []
    assert count_people(g) == 4
    # p3 is gone, p0 now replaced p2 (a new, undeclared property), the event names p1 too
    moved = Relation("person:p0", "REPLACED", "person:p2", {"term": 2}, ev)
    event2 = Event("event:e1", "ARREST", [Participant("subject", "person:p2"),
                                           Participant("subject", "person:p1")], evidence=ev + ev)
    with open(g, "ab") as fh:
        fh.write(change_line(GraphDocument(entities=[Entity("person:p1", "Person", "P1", ["Pee One"])],
                                           events=[event2], relations=[moved]),
                             ["person:p3"], [("person:p0", "REPLACED", "person:p1")]))
    _, rows = open_cypher(g, on_build=told.append).query(
        "MATCH (a)-[r:REPLACED]->(b) RETURN a.id, b.id, r.term + 1, r.evidence")
    assert "updating" in told[-1] and rows[0][:3] == ["person:p0", "person:p2", 3]
    assert '"dates": {"start": "2024"}' in rows[0][3][0]
    assert count_people(g) == 3
    assert_same_as_full_build(g)
    # a value the int column cannot hold: a full build would type the column DOUBLE
    with open(g, "ab") as fh:
        fh.write(change_line(GraphDocument(relations=[Relation("person:p0", "REPLACED", "person:p2",
                                                               {"term": 2.5}, ev)]), [], []))
    _, rows = open_cypher(g, on_build=told.append).query("MATCH ()-[r:REPLACED]->() RETURN r.term")
    assert rows == [[2.5]] and "building the query index" in told[-1], told
    assert_same_as_full_build(g)
    # a link to a node no record holds: a full build drops it (and would keep it later)
    with open(g, "ab") as fh:
        fh.write(change_line(GraphDocument(relations=[Relation("person:p0", "REPLACED", "person:nobody",
                                                               {}, ev)]), [], []))
    open_cypher(g, on_build=told.append)
    assert "building the query index" in told[-1], told
    assert_same_as_full_build(g)


def test_killed_updater_and_partial_line_leave_a_usable_index(tmp_path):
    from graph.embedded import change_line, document_line

    g = tmp_path / "g.json"
    g.write_bytes(document_line(small_doc()))
    assert count_people(g) == 2
    (index_dir(g) / ".deadbeef.999999.tmp").write_bytes(b"half an index")  # a killed updater's copy
    with open(g, "ab") as fh:
        fh.write(change_line(GraphDocument(entities=[Entity("person:p9", "Person", "P9")]), [], []))
        fh.write(b'{"change": 1, "entities": [{"id": "person:')  # a killed writer's partial line
    told = []
    assert open_cypher(g, on_build=told.append).query("MATCH (p:Person) RETURN count(p)")[1] == [[3]]
    assert "updating" in told[-1]
    assert not list(index_dir(g).glob(".*.tmp")) and len(index_files(g)) == 1
    assert_same_as_full_build(g)


def test_query_benchmark_runs_small(tmp_path):
    out = tmp_path / "bench_query.json"
    r = subprocess.run([sys.executable, "benchmarks/bench_query.py", "--relations", "2000", "--json", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    figures = json.loads(out.read_text())["index"]
    assert figures["relations"] == 2000 and figures["okg_query_median_s"] > 0 and figures["index_mb"] > 0
    assert "two hop all" in r.stdout
    update = json.loads(out.read_text())["update"][0]  # one article added: index updated, same answer
    assert update["appended"] and update["same_answer"] and update["query_after_add_updated_s"] > 0
