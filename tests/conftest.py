"""Shared fixtures: the real spaCy pipeline, the seed graph, and a real Neo4j 5 server.

The Neo4j server is Neo4j Community 5.26 from Maven Central (tests/neo4j), started once
per session on a free loopback port with authentication on (a random password set at
start and handed to the CLI through NEO4J_USER / NEO4J_PASSWORD), and stopped at the end;
when NEO4J_URI is set the tests use that server (and NEO4J_USER / NEO4J_PASSWORD) instead.
"""
from __future__ import annotations

import os
import secrets
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.neo4j import server

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "01_putin_purge.txt"
OKG = [sys.executable, "-m", "okg"]


@pytest.fixture(scope="session")
def extractor():
    from loaders.extract import Extractor
    return Extractor()


@pytest.fixture(scope="session")
def seed_doc(extractor):
    from loaders.sources import read_inputs
    return extractor.extract(next(read_inputs([str(SEED)])))


def read_text(extractor, text: str, title: str = "Officials news"):
    """One made-up article (a title line, then the text) read and merged, as `okg build` stores it:
    the rule tests state a construction in a sentence or two and look at the graph it gives."""
    from graph.merge import merge
    from loaders.sources import RawArticle
    return merge(extractor.extract(RawArticle(source="test", title=title, text=f"{title}\n\n{text}")))


def subject_events(doc) -> set[tuple[str, str]]:
    """(event type, subject id) for every subject of every event."""
    return {(e.type, s) for e in doc.events for s in e.role("subject")}


def every_name(doc, label: str) -> set[str]:
    """Every name and alias of the entities of one label: what a gold name can match."""
    return {n for e in doc.entities if e.label == label for n in [e.name, *e.aliases]}


def entity_case(text: str, has=(), lacks=(), *, id: str):
    """A names-table row; has / lacks: (label, name) pairs the text must / must not give."""
    return pytest.param(text, set(has), set(lacks), id=id)


def check_entity_case(doc, has: set, lacks: set) -> None:
    """A names-table row's check: the persons' and bodies' names (aliases too) hold every pair
    of has and none of lacks."""
    from graph.schema import ORGANISATION, PERSON
    got = {(label, n) for label in (PERSON, ORGANISATION) for n in every_name(doc, label)}
    assert has <= got, f"missing {has - got}; got {sorted(got)}"
    assert not (lacks & got), f"unwanted {lacks & got}"


def event_case(text: str, present=(), absent=(), *, id: str):
    """An events-table row: (event type, subject id) pairs the text must / must not give."""
    return pytest.param(text, set(present), set(absent), id=id)


def check_event_case(doc, present: set, absent: set) -> None:
    """An events-table row's check: every pair of present is read, none of absent."""
    got = subject_events(doc)
    assert present - got == set(), f"missing {present - got}; got {sorted(got)}"
    assert absent & got == set(), f"unwanted {absent & got}"


def fact_case(text: str, present=(), wrong=None, *, id: str):
    """A posts-table row: (type, source id, end of the target id) triples the text must give, and
    a test wrong(type, source, target) that no fact it gives may pass (default: none is wrong)."""
    return pytest.param(text, list(present), wrong or no_fact, id=id)


def check_fact_case(doc, present: list, wrong) -> None:
    """A posts-table row's check: every triple of present is read (the target by the end of its
    id: a body's id may carry its country first), and no fact passes wrong."""
    got = relation_facts(doc)
    missing = [p for p in present if not any(g[0] == p[0] and g[1] == p[1] and g[2].endswith(p[2]) for g in got)]
    assert missing == [], sorted(got)
    assert [f for f in got if wrong(*f)] == [], sorted(got)


def relation_facts(doc) -> set[tuple[str, str, str]]:
    """(type, source id, target id) of every relation."""
    return {(r.type, r.source, r.target) for r in doc.relations}


def no_fact(typ: str, source: str, target: str) -> bool:
    """The default "wrong" test of a posts-table row: no fact is wrong."""
    return False


def post_at(*ends: str):
    """A "wrong" test of a posts-table row: a HOLDS_POSITION at a body whose id ends in one of ends."""
    return lambda typ, source, target: typ == "HOLDS_POSITION" and target.endswith(ends)


def named_rels(doc, typ: str) -> set[tuple[str, str]]:
    """(source name, target name) of every relation of typ."""
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(r.source), names.get(r.target)) for r in doc.relations if r.type == typ}


def has_relation(doc, typ: str, src: str, tgt: str) -> bool:
    """A relation of typ between entities whose names hold the words of src and tgt, in any
    order (a body's display name may put its country first)."""
    def holds(name, want):
        return name is not None and set(want.lower().split()) <= set(name.lower().split())
    return any(holds(a, src) and holds(b, tgt) for a, b in named_rels(doc, typ))


def check_relation_case(doc, kind: str, must, must_not) -> None:
    """A relations-table row's check: every (type, source, target) of must is read, none of must_not."""
    for typ, src, tgt in must:
        assert has_relation(doc, typ, src, tgt), (kind, typ, named_rels(doc, typ))
    for typ, src, tgt in must_not:
        assert not has_relation(doc, typ, src, tgt), (kind, typ)


def run_okg(*args, input=None, env=None, cwd=None):
    return subprocess.run(OKG + [str(a) for a in args], capture_output=True, text=True, input=input,
                          env={**os.environ, **(env or {})}, cwd=cwd or ROOT, timeout=600)


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory):
    """The seeds/ folder built once into an embedded graph file."""
    g = tmp_path_factory.mktemp("seed") / "graph.json"
    r = run_okg("build", SEEDS, "--graph", g, "--no-html", "-q")
    assert r.returncode == 0, r.stderr
    return g


def _set_initial_password(uri: str) -> str:
    """Replace the server's initial password, as an administrator does on first start."""
    from neo4j import GraphDatabase
    password = "okg-" + secrets.token_hex(8)
    with GraphDatabase.driver(uri, auth=("neo4j", "neo4j")) as driver:
        driver.execute_query("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $pw",
                             pw=password, database_="system")
    return password


def start_neo4j(workdir: Path, *flags: str) -> tuple[subprocess.Popen, str]:
    """Start a test server (tests/neo4j) on a free port; (process, bolt URI) once ready."""
    try:
        return server.start(workdir, *flags)
    except RuntimeError as exc:
        pytest.fail(str(exc))


stop_neo4j = server.stop


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory):
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"]
        return
    proc, uri = start_neo4j(tmp_path_factory.mktemp("neo4j"), "--auth")
    saved = {k: os.environ.get(k) for k in ("NEO4J_USER", "NEO4J_PASSWORD")}
    try:
        os.environ["NEO4J_USER"] = "neo4j"
        os.environ["NEO4J_PASSWORD"] = _set_initial_password(uri)
        yield uri
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        stop_neo4j(proc)


@pytest.fixture
def neo4j_store(neo4j_uri):
    from graph.neo4j_store import Neo4jConfig, Neo4jStore
    store = Neo4jStore(Neo4jConfig(neo4j_uri, password=os.environ.get("NEO4J_PASSWORD")))
    store.query("MATCH (n) DETACH DELETE n", write=True)
    yield store
    store.close()


class _Handler(BaseHTTPRequestHandler):
    """A local news site: /article is a story, /slow answers after 3 s, anything else is 404."""
    def do_GET(self):
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/article":
            body = ("<html><head><title>Arrest</title></head><body><article><h1>Arrest in Moscow</h1><p>"
                    + "The FSB arrested Deputy Defense Minister Timur Ivanov on charges of bribery. " * 3
                    + "</p></article></body></html>").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(404)
        self.end_headers()

    def log_message(self, *a):
        pass


@pytest.fixture(scope="session")
def http_base():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
