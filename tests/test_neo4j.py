"""The Neo4j path against a real Neo4j 5 server: same facts as the embedded store, idempotent."""
import json

import pytest
from conftest import run_okg

from graph.embedded import read_document
from graph.neo4j_store import Neo4jConfig, Neo4jError, Neo4jStore

pytestmark = pytest.mark.neo4j

README_QUERIES = [
    "MATCH (a)-[:REPLACED]->(b) RETURN a.name, b.name",
    "MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organisation) WHERE o.name = 'Russian General Staff' RETURN p.name, r.title ORDER BY p.name",
    "MATCH (e:Event)-[r:INVOLVES]->(p:Person) WHERE e.type = 'ARREST' AND r.role = 'subject' RETURN p.name ORDER BY p.name",
    "MATCH (a)-[r]->(b) WHERE type(r) = 'DISMISSED' RETURN a.name, type(r), b.name",
]


def _pairs(store, typ):
    _, rows = store.query(f"MATCH (a)-[:{typ}]->(b) RETURN a.id, b.id")
    return sorted(map(tuple, rows))


def test_push_matches_embedded(neo4j_store, neo4j_uri, seed_graph):
    doc = read_document(seed_graph)
    r = run_okg("push", seed_graph, "--neo4j", neo4j_uri)
    assert r.returncode == 0, r.stderr
    counts = neo4j_store.counts()
    from okg.cli import stats_of
    st = stats_of(doc)
    for label, n in st["nodes"].items():
        assert counts[label] == n, label
    for typ, n in st["relationships"].items():
        assert counts.get(typ) == n, typ
    emb = {(r.source, r.target) for r in doc.relations if r.type == "REPLACED"}
    assert set(_pairs(neo4j_store, "REPLACED")) == emb
    # a second load changes nothing
    assert run_okg("push", seed_graph, "--neo4j", neo4j_uri).returncode == 0
    assert neo4j_store.counts() == counts
    # ... nor doubles any evidence: each REPLACED keeps the sentences the embedded graph has
    # (two sentences of one article may state the same succession)
    _, ev = neo4j_store.query("MATCH (a)-[r:REPLACED]->(b) RETURN a.id, b.id, size(r.evidence), r.article_count")
    want = {(r.source, r.target): len(r.evidence) for r in doc.relations if r.type == "REPLACED"}
    assert {(a, b): n for a, b, n, _ in ev} == want and all(c == 1 for *_, c in ev)


def test_build_into_neo4j_and_same_query_rows(neo4j_store, neo4j_uri, seed_graph):
    from conftest import SEEDS
    assert run_okg("build", SEEDS, "--neo4j", neo4j_uri, "-q").returncode == 0
    for q in README_QUERIES:
        a = run_okg("query", q, "--graph", seed_graph)
        b = run_okg("query", q, "--neo4j", neo4j_uri)
        assert a.returncode == b.returncode == 0, (q, a.stderr, b.stderr)
        assert sorted(a.stdout.splitlines()[1:]) == sorted(b.stdout.splitlines()[1:]), q


def test_pull_round_trip(neo4j_store, neo4j_uri, seed_graph, tmp_path):
    assert run_okg("push", seed_graph, "--neo4j", neo4j_uri).returncode == 0
    out = tmp_path / "pulled.json"
    assert run_okg("pull", "--graph", out, "--neo4j", neo4j_uri).returncode == 0
    a, b = read_document(seed_graph), read_document(out)
    assert {r.key() for r in a.relations} == {r.key() for r in b.relations}
    assert {e.id for e in a.events} == {e.id for e in b.events}

    def evidence(doc):   # sentences with what each says of a tenure (start, end, as_of)
        return {r.key(): sorted((e.article, e.sentence, json.dumps(e.dates, sort_keys=True))
                                for e in r.evidence) for r in doc.relations}
    assert evidence(a) == evidence(b)
    assert any(e.dates for r in b.relations for e in r.evidence)


def test_query_is_read_only_by_default(neo4j_store, neo4j_uri):
    r = run_okg("query", "CREATE (n:Person {id: 'x'})", "--neo4j", neo4j_uri)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert neo4j_store.counts()["Person"] == 0


def test_hostile_text_stays_a_value(neo4j_store):
    from graph.schema import Entity, GraphDocument
    evil = "x'}) DETACH DELETE n //"
    neo4j_store.write(GraphDocument(entities=[Entity("person:evil", "Person", evil)]))
    _, rows = neo4j_store.query("MATCH (p:Person {id: 'person:evil'}) RETURN p.name")
    assert rows == [[evil]]


def test_unreachable_server_one_line(tmp_path, seed_graph):
    r = run_okg("push", seed_graph, "--neo4j", "bolt://127.0.0.1:1", env={"NEO4J_PASSWORD": "s3cret-pw"})
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "s3cret-pw" not in r.stderr
    with pytest.raises(Neo4jError):
        Neo4jStore(Neo4jConfig("bolt://127.0.0.1:1", password="s3cret-pw"))


def test_wrong_password_one_line_nothing_written(neo4j_store, neo4j_uri, seed_graph):
    _, rows = neo4j_store.query("CALL dbms.showCurrentUser() YIELD username RETURN username")
    if not rows:
        pytest.skip("this server runs without authentication")
    before = neo4j_store.counts()
    r = run_okg("push", seed_graph, "--neo4j", neo4j_uri, env={"NEO4J_PASSWORD": "wrong-pw-123"})
    assert r.returncode == 2
    line = r.stderr.strip()
    assert len(line.splitlines()) == 1 and "authentication failed" in line and "wrong-pw-123" not in line
    from conftest import SEEDS
    r = run_okg("build", SEEDS, "--neo4j", neo4j_uri, "--no-html", "-q", env={"NEO4J_PASSWORD": "wrong-pw-123"})
    assert r.returncode == 2 and "authentication failed" in r.stderr and "wrong-pw-123" not in r.stderr
    assert neo4j_store.counts() == before


def _props(store):
    """Every node and relationship with all its properties, comparable across loads."""
    _, nodes = store.query("MATCH (n) RETURN labels(n), properties(n) ORDER BY n.id")
    _, rels = store.query("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r) "
                          "ORDER BY a.id, type(r), b.id, r.role")
    return nodes, rels


def test_bulk_first_load_equals_merge_and_merges_afterwards(neo4j_store, seed_graph):
    """An empty database loaded with CREATE (the bulk path, when asked for) holds what MERGE
    would have written, and merging the same graph again changes nothing."""
    from benchmarks.synthetic import synthetic_document
    doc = read_document(seed_graph)
    extra = synthetic_document(300, seed=5)
    neo4j_store.write(doc, bulk=False)
    neo4j_store.write(extra, bulk=False)
    merged = _props(neo4j_store)
    neo4j_store.query("MATCH (n) DETACH DELETE n", write=True)
    neo4j_store.write(doc)                                   # MERGE unless bulk is asked for
    assert not neo4j_store.last_write_bulk
    neo4j_store.query("MATCH (n) DETACH DELETE n", write=True)
    neo4j_store.write(doc, bulk=True)                        # empty database: CREATE
    assert neo4j_store.last_write_bulk
    neo4j_store.write(extra, bulk=True)                      # not empty any more: merged
    assert not neo4j_store.last_write_bulk
    assert _props(neo4j_store) == merged
    neo4j_store.write(doc)
    assert _props(neo4j_store) == merged


def test_failed_batch_stops_the_write(neo4j_store):
    """Batches go out from a background thread: after one fails, none of the later ones is
    sent (no relationship lands without its nodes), and the error is one line."""
    from graph.schema import Entity, Evidence, GraphDocument, Relation, entity_id
    a, b = (Entity(entity_id("Person", n), "Person", n) for n in ("Ann Lee", "Bob Ray"))
    bad = Entity(entity_id("Organisation", "Bad Body"), "Organisation", "Bad Body", titles=["x", None])
    rel = Relation(a.id, "REPLACED", b.id, {}, [Evidence("article:t", "Ann Lee replaced Bob Ray.", "t", 0.9)], 0.9)
    with pytest.raises(Neo4jError) as err:
        neo4j_store.write(GraphDocument(entities=[a, b, bad], relations=[rel]))
    assert len(str(err.value).splitlines()) == 1
    counts = neo4j_store.counts()
    assert counts["Person"] == 2 and counts["Organisation"] == 0     # the batch before the failure
    assert counts.get("REPLACED", 0) == 0                            # nothing after it
