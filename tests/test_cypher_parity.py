"""The embedded store answers Cypher as Neo4j does: the same rows for the same graph.

Every query of the shared suite (../shared/cypher/queries.cypher, copied to
tests/data/queries.cypher for CI) runs on the embedded index of the seeds graph and on a
real Neo4j server holding the same graph (`okg push`); then a small graph made for the
corners where engines part ways: missing properties in comparisons and in ORDER BY,
a->b->a chains, one relationship used twice, lists, DISTINCT and aggregates.
Row order is compared only where the query orders; lists built by collect() are compared
as sets of items, since neither engine promises an order inside them.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, run_okg

from graph.cypher import open_cypher
from graph.neo4j_store import Neo4jConfig, Neo4jStore
from graph.schema import Entity, Event, Evidence, GraphDocument, Participant, Relation

pytestmark = pytest.mark.neo4j

SHARED = ROOT.parent / "shared" / "cypher" / "queries.cypher"
SUITE = SHARED if SHARED.exists() else ROOT / "tests" / "data" / "queries.cypher"


def suite_queries(path: Path = SUITE) -> list[tuple[str, str]]:
    """(`Qnn: feature`, query) for each entry: a `// Qnn: feature` line, then the query."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(lines[i][3:].strip(), lines[i + 1].strip()) for i in range(len(lines) - 1)
            if re.match(r"//\s*Q\d+", lines[i])]


def comparable(query: str, rows: list[list]) -> list:
    """Rows in a form to compare: sorted unless the query orders, collect() lists as sets."""
    collects = bool(re.search(r"\bcollect\s*\(", query, re.I))

    def cell(v):
        if isinstance(v, list):
            items = [cell(x) for x in v]
            return ("list", tuple(sorted(items, key=repr) if collects else items))
        if isinstance(v, dict):
            return ("map", tuple(sorted((k, cell(x)) for k, x in v.items())))
        if isinstance(v, float) and v == int(v):
            return int(v)
        return v
    out = [tuple(cell(v) for v in r) for r in rows]
    return out if re.search(r"\bORDER\s+BY\b", query, re.I) else sorted(out, key=repr)


@pytest.fixture(scope="module")
def neo4j(neo4j_uri):
    import os
    store = Neo4jStore(Neo4jConfig(neo4j_uri, password=os.environ.get("NEO4J_PASSWORD")))
    yield store
    store.close()


@pytest.fixture(scope="module")
def seeds_on_both(neo4j, neo4j_uri, seed_graph):
    neo4j.query("MATCH (n) DETACH DELETE n", write=True)
    r = run_okg("push", seed_graph, "--neo4j", neo4j_uri)
    assert r.returncode == 0, r.stderr
    return open_cypher(seed_graph), neo4j


def test_suite_is_the_shared_one():
    assert len(suite_queries()) == 24
    if SHARED.exists():
        assert SHARED.read_text() == (ROOT / "tests" / "data" / "queries.cypher").read_text(), \
            "tests/data/queries.cypher is a stale copy of ../shared/cypher/queries.cypher"


@pytest.mark.parametrize("name,query", suite_queries(), ids=[n.split(":")[0] for n, _ in suite_queries()])
def test_shared_query_same_rows_as_neo4j(seeds_on_both, name, query):
    embedded, neo4j = seeds_on_both
    cols_e, rows_e = embedded.query(query)
    cols_n, rows_n = neo4j.query(query)
    assert cols_e == cols_n, name
    assert comparable(query, rows_e) == comparable(query, rows_n), name


def test_suite_finds_rows_on_the_seeds_graph(seeds_on_both):
    """Equal answers prove little if they are empty: most of the suite must find something."""
    _, neo4j = seeds_on_both
    empty = [name for name, q in suite_queries() if not neo4j.query(q)[1]]
    assert len(empty) <= 4, empty


def test_stored_values_same_as_neo4j(seeds_on_both):
    """Not only names: evidence, counts, confidences and whole nodes come back the same."""
    embedded, neo4j = seeds_on_both
    for q in ["MATCH (a)-[r:REPLACED]->(b) RETURN a.id, r.evidence, r.articles, r.article_count, r.confidence",
              "MATCH (e:Event) RETURN e",
              "MATCH (p:Person) RETURN p ORDER BY p.id",
              "MATCH (a:Article) RETURN a",
              "MATCH (p:Person)-[r:HOLDS_POSITION]->(o) RETURN r, o.id"]:
        assert comparable(q, embedded.query(q)[1]) == comparable(q, neo4j.query(q)[1]), q


def corner_graph() -> GraphDocument:
    """Three people replacing each other in a ring, a post without a title, an undated event."""
    ev = [Evidence("article:a", "s", "test", 0.9)]
    people = [Entity(f"person:{n}", "Person", n.title(), titles=t)
              for n, t in (("ann", ["minister", "envoy"]), ("bob", []), ("cy", ["minister"]))]
    orgs = [Entity("organisation:navy", "Organisation", "Navy", country="X")]
    rels = [Relation("person:ann", "REPLACED", "person:bob", {}, ev),
            Relation("person:bob", "REPLACED", "person:ann", {"position": "admiral"}, ev),
            Relation("person:bob", "REPLACED", "person:cy", {"position": "X"}, ev),
            Relation("person:ann", "HOLDS_POSITION", "organisation:navy", {"title": "admiral"}, ev),
            Relation("person:cy", "HOLDS_POSITION", "organisation:navy", {}, ev)]
    events = [Event("event:arrest:bob", "ARREST", [Participant("subject", "person:bob")], date="2024-05-01",
                    evidence=ev),
              Event("event:dismissal:cy", "DISMISSAL", [Participant("subject", "person:cy")], evidence=ev)]
    return GraphDocument(entities=people + orgs, relations=rels, events=events)


CORNER_QUERIES = [
    # a missing property compares as null: neither equal nor unequal
    "MATCH (a)-[r:REPLACED]->(b) WHERE r.position <> 'X' RETURN a.name, b.name",
    "MATCH (a)-[r:REPLACED]->(b) WHERE r.position = 'X' OR r.position IS NULL RETURN a.name, b.name",
    "MATCH (a)-[r:REPLACED]->(b) WHERE NOT r.position = 'X' RETURN a.name",
    "MATCH (p)-[r:HOLDS_POSITION]->(o) WHERE r.title IN ['admiral', NULL] RETURN p.name",
    "MATCH (e:Event) WHERE e.date > '2024-01-01' RETURN e.id",
    "MATCH (p:Person) RETURN p.name, p.nickname",  # a property no node has
    # ORDER BY over values missing from some rows: nulls last ascending, first descending
    "MATCH (e:Event) RETURN e.id, e.date ORDER BY e.date",
    "MATCH (e:Event) RETURN e.id, e.date ORDER BY e.date DESC",
    "MATCH (a)-[r:REPLACED]->(b) RETURN a.name, b.name, r.position ORDER BY r.position, a.name",
    "MATCH (p:Person) RETURN p.name, p.country ORDER BY p.country DESC, p.name",
    # a->b->a chains are kept; one relationship is never used twice in a pattern
    "MATCH (a:Person)-[:REPLACED]->(b:Person)-[:REPLACED]->(c:Person) RETURN a.name, b.name, c.name",
    "MATCH (a)-[:REPLACED]->(b)<-[:REPLACED]-(c) RETURN a.name, b.name, c.name",
    "MATCH (a)-[:REPLACED]-(b)-[:REPLACED]-(c) RETURN a.name, c.name",
    "MATCH (a)-[:REPLACED*1..4]->(b) RETURN a.name, b.name",
    "MATCH (a)-[:REPLACED*2]->(b) RETURN a.name, b.name",
    "MATCH (a)-->(b)-->(c) RETURN a.name, b.name, c.name",
    # lists
    "MATCH (p:Person) RETURN p.name, p.titles, size(p.titles) AS n",
    "MATCH (p:Person) WHERE 'minister' IN p.titles RETURN p.name",
    "MATCH (p:Person) RETURN p.name, [p.name, p.country] AS pair",
    # positions count from 0; out of range is null; slices leave out their end
    "MATCH (p:Person) RETURN p.name, p.titles[0], p.titles[-1], p.titles[1..], p.titles[..-1], p.titles[0..1], "
    "p.titles[5], head(p.titles), last(p.titles)",
    "UNWIND [0, 1, -1, 7, -4] AS i RETURN i, [10, 20, 30][i] AS v, [10, 20, 30][i..] AS rest",
    "MATCH (p:Person)-[:REPLACED]->(q) RETURN labels(q)[0] AS label, collect(q.name)[5] AS none",
    # DISTINCT and aggregates
    "MATCH (a)-[:REPLACED]->(b) RETURN DISTINCT a.name",
    "MATCH (a)-[r:REPLACED]->(b) RETURN count(r.position) AS with_position, count(*) AS total",
    "MATCH (a)-[r:REPLACED]->() RETURN a.name, count(*) AS n, collect(r.position) AS positions",
    "MATCH (p:Person) RETURN count(DISTINCT p.country) AS c, min(p.name) AS first, max(p.name) AS last",
    "MATCH (p:Person) RETURN sum(size(p.titles)) AS titles, avg(size(p.titles)) AS mean",
    "MATCH (a)-[r:REPLACED]->() WITH a, count(r) AS n WHERE n > 1 RETURN a.name, n",
    "MATCH (p:Person) OPTIONAL MATCH (p)-[r:HOLDS_POSITION]->(o) RETURN p.name, r.title, o.name",
    "MATCH (a)-[r]->(b) RETURN type(r), count(*) ORDER BY type(r)",
    # label tests in expressions, exists() of a pattern
    "MATCH (x) WHERE x:Person OR x:Organisation RETURN x.name",
    "MATCH (x) WHERE NOT x:Person RETURN x.id",
    "MATCH ( p:Person ) RETURN p.name, p:Person AS person, exists((p)-[:REPLACED]->()) AS replaced_someone",
    "MATCH (p:Person {name: 'Ann'})-[r:REPLACED]->(q) RETURN p {.name, .country, n: size(p.titles)} AS p, q.name",
    # functions the thin layer renames or re-counts
    "MATCH (p:Person) RETURN p.name, substring(p.name, 1, 2) AS s, substring(p.name, 1) AS rest, "
    "toString(size(p.titles)) AS n, split('a b c', ' ') AS parts, toInteger('4') AS i, toFloat('2.5') AS f",
    "MATCH p = shortestPath((a:Person {name: 'Ann'})-[*..4]-(c:Person {name: 'Cy'})) RETURN length(p)",
    "MATCH p = (a)-[:REPLACED*2]->(b) RETURN a.name, b.name, length(p), size(relationships(p)) AS n",
]


@pytest.fixture(scope="module")
def corners_on_both(neo4j):
    doc = corner_graph()
    neo4j.query("MATCH (n) DETACH DELETE n", write=True)
    neo4j.write(doc)
    yield open_cypher(doc), neo4j
    neo4j.query("MATCH (n) DETACH DELETE n", write=True)


@pytest.mark.parametrize("query", CORNER_QUERIES)
def test_corner_same_rows_as_neo4j(corners_on_both, query):
    embedded, neo4j = corners_on_both
    cols_e, rows_e = embedded.query(query)
    cols_n, rows_n = neo4j.query(query)
    assert cols_e == cols_n
    assert comparable(query, rows_e) == comparable(query, rows_n)
