"""Posts and successions on the seeds graph: `okg posts`, `okg who`, and the README's Cypher on Neo4j."""
from pathlib import Path

import pytest

from conftest import ROOT, run_okg
from graph.posts import Tenure, before, post_key, posts, who

README = (ROOT / "README.md").read_text()

# The README's examples ("Officials over time"), plain Neo4j Cypher; $day is a parameter.
HOLDERS = """MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organisation)
WHERE r.post = 'defence minister' AND o.name CONTAINS 'Russia'
RETURN p.name AS holder, r.start AS took_office, r.end AS left_office, r.as_of AS as_of, r.articles AS sources
ORDER BY coalesce(r.start, r.end, r.as_of, '9999'), r.start IS NOT NULL, holder"""

WHO_ON = """MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organisation)
WHERE r.post = 'defence minister' AND o.name CONTAINS 'Russia'
  AND ( (r.start IS NOT NULL AND left($day, size(r.start)) >= left(r.start, size($day))
         AND (left(r.end, size($day)) >= left($day, size(r.end))
              OR (r.end IS NULL AND (NOT coalesce(r.former, false)
                                     OR left(r.as_of, size($day)) >= left($day, size(r.as_of))))))
     OR (r.start IS NULL AND r.end IS NULL AND NOT coalesce(r.former, false)
         AND left(r.as_of, size($day)) = left($day, size(r.as_of))) )
RETURN p.name AS holder, r.start AS took_office, r.end AS left_office"""

CHAIN = """MATCH path = (last:Person)-[:REPLACED*1..]->(first:Person)
WHERE all(s IN relationships(path) WHERE s.post = 'defence minister')
  AND NOT (first)-[:REPLACED {post: 'defence minister'}]->()
  AND NOT ()-[:REPLACED {post: 'defence minister'}]->(last)
RETURN [n IN reverse(nodes(path)) | n.name] AS holders,
       [s IN reverse(relationships(path)) | s.date] AS handed_over
ORDER BY length(path) DESC LIMIT 1"""


def test_post_key_and_partial_dates():
    assert {post_key(t) for t in ("Defense Minister", "the defence minister", "Minister of Defence",
                                  "’s defense minister", "former Defence Minister")} == {"defence minister"}
    assert before("2012", "2013-01") and not before("2012", "2012-11-06") and not before("2012-11-06", "2012")
    t = Tenure("p", "P", "Minister", start="2012-11-06", former=True, as_of="2024-05-12")
    assert t.holds_on("2015") and t.holds_on("2024-05") and not t.holds_on("2012-10") and not t.holds_on("2025")


def test_russian_defence_ministers_in_order(seed_graph):
    from graph.embedded import read_document
    doc = read_document(seed_graph)
    [post] = posts(doc, title="defence minister", body="Russia")
    assert [t.name for t in post.holders] == ["Sergei Ivanov", "Anatoly Serdyukov", "Sergei Shoigu",
                                              "Andrei Belousov"]
    ivanov, serdyukov, shoigu, _ = post.holders
    assert ivanov.as_of == "2001-04-12"
    assert serdyukov.end == "2012-11-06" and shoigu.start == "2012-11-06"
    assert [t.name for _, t in who(doc, "defence minister", "2012-11", body="Russia")] == ["Sergei Shoigu"]


def test_okg_posts_and_who(seed_graph):
    r = run_okg("posts", "--graph", seed_graph, "--title", "defence minister", "--body", "Russia")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert out.index("Sergei Ivanov (as of 2001-04-12)") < out.index("-> Anatoly Serdyukov (? – 2012-11-06)") \
        < out.index("-> Sergei Shoigu (2012-11-06 –") < out.index("-> Andrei Belousov")
    assert "sources: Sergei Shoigu appointed Defence Minister" in out
    r = run_okg("who", "defence minister", "--on", "2012-11-06", "--body", "Russia", "--graph", seed_graph)
    assert r.returncode == 0 and r.stdout.startswith("Sergei Shoigu\t")
    r = run_okg("who", "defence minister", "--on", "1999", "--body", "Russia", "--graph", seed_graph)
    assert r.returncode == 1 and "no holder" in r.stdout
    r = run_okg("who", "defence minister", "--on", "June 2015", "--graph", seed_graph)
    assert r.returncode == 2 and r.stderr.startswith("okg: --on:")


def test_readme_shows_these_queries():
    for q in (HOLDERS, WHO_ON, CHAIN):
        assert q in README


def test_cypher_on_the_embedded_store(seed_graph):
    from graph.cypher import open_cypher
    from graph.embedded import read_document
    doc = read_document(seed_graph)
    [post] = posts(doc, title="defence minister", body="Russia")
    index = open_cypher(seed_graph)
    _, rows = index.query(HOLDERS)
    assert [row[0] for row in rows] == [t.name for t in post.holders]
    for day in ("2010", "2015-06-01", "2024-05-12"):
        _, rows = index.query(WHO_ON, {"day": day})
        assert sorted(row[0] for row in rows) == sorted(t.name for _, t in who(doc, "defence minister", day,
                                                                              body="Russia")), day


@pytest.mark.neo4j
def test_cypher_on_neo4j_gives_the_same_answers(neo4j_store, neo4j_uri, seed_graph):
    from graph.embedded import read_document
    r = run_okg("push", seed_graph, "--neo4j", neo4j_uri)
    assert r.returncode == 0, r.stderr
    doc = read_document(seed_graph)
    [post] = posts(doc, title="defence minister", body="Russia")
    cols, rows = neo4j_store.query(HOLDERS)
    assert [row[0] for row in rows] == [t.name for t in post.holders]
    assert [(row[1], row[2]) for row in rows] == [(t.start, t.end) for t in post.holders]
    for day in ("2010", "2012-11", "2015-06-01", "2024-05-12", "2030"):
        _, rows = neo4j_store.query(WHO_ON, {"day": day})
        assert sorted(row[0] for row in rows) == sorted(t.name for _, t in who(doc, "defence minister", day,
                                                                              body="Russia")), day
    _, rows = neo4j_store.query(CHAIN)
    assert rows[0][0] == ["Anatoly Serdyukov", "Sergei Shoigu", "Andrei Belousov"]
    assert rows[0][1][0] == "2012-11-06"
