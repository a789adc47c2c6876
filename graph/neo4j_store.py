"""The Neo4j store: the same graph, written with batched UNWIND ... MERGE in managed transactions.

Labels and relationship types come only from `graph.schema` (a closed set, checked
before they are formatted into a query); every value is a parameter. Evidence is kept
as JSON strings and accumulates without duplicates on re-load, so loading the same
articles twice leaves the same graph. Credentials come from NEO4J_URI, NEO4J_USER and
NEO4J_PASSWORD (or options) and never appear in errors.
"""
from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass

from .evidence_json import evidence_strings
from .gc_pause import no_cyclic_gc
from .schema import (ARTICLE, ENTITY_LABELS, EVENT, NODE_LABELS, REL_TYPES, Article, Entity, Event,
                     Evidence, GraphDocument, Participant, Relation, confidence, label_of_id)

BATCH = 10000       # rows per transaction (MERGE); measured on the bench: 1,000 -> 10,000 doubles the rate
BULK_BATCH = 50000  # rows per transaction when creating into an empty database


def quiet_driver_logging() -> None:
    """The driver logs each retry and server notice to stderr; our errors say it in one line."""
    import logging
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    logging.getLogger("neo4j").propagate = False


class Neo4jError(RuntimeError):
    """A one-line, password-free reason the server could not be used."""


@dataclass
class Neo4jConfig:
    uri: str
    user: str = "neo4j"
    password: str | None = None
    database: str | None = None

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None,
                 password: str | None = None, database: str | None = None) -> "Neo4jConfig":
        uri = uri or os.environ.get("NEO4J_URI")
        if not uri:
            raise Neo4jError("no Neo4j server given: pass --neo4j URI or set NEO4J_URI")
        return cls(uri, user or os.environ.get("NEO4J_USER", "neo4j"),
                   password if password is not None else os.environ.get("NEO4J_PASSWORD"),
                   database or os.environ.get("NEO4J_DATABASE"))


def _check(label_or_type: str, allowed) -> str:
    if label_or_type not in allowed:
        raise ValueError(f"{label_or_type!r} is not in the schema")
    return label_or_type


def _fresh(props: dict, evidence: list[str], articles: list[str], conf: float) -> dict:
    """Every property of a new event or fact, in one map (one SET on creation)."""
    return {**{k: v for k, v in props.items() if v is not None}, "evidence": evidence, "articles": articles,
            "article_count": len(articles), "confidence": conf}


def _scrub(msg: str, cfg: Neo4jConfig) -> str:
    if cfg.password:
        msg = msg.replace(cfg.password, "***")
    return msg.splitlines()[0] if msg else msg


class Neo4jStore:
    def __init__(self, cfg: Neo4jConfig):
        from neo4j import GraphDatabase

        self.cfg = cfg
        auth = (cfg.user, cfg.password) if cfg.password else None
        try:
            self.driver = GraphDatabase.driver(cfg.uri, auth=auth, connection_timeout=10,
                                               max_transaction_retry_time=30)
            self.driver.verify_connectivity()
        except Exception as exc:  # driver raises several families; all become one line
            raise self._error("cannot connect", exc) from None

    def _error(self, what: str, exc: Exception) -> Neo4jError:
        from neo4j.exceptions import AuthError, ServiceUnavailable

        if isinstance(exc, AuthError):
            reason = "authentication failed (check NEO4J_USER / NEO4J_PASSWORD)"
        elif isinstance(exc, ServiceUnavailable):
            reason = "server unavailable"
        else:
            reason = _scrub(f"{type(exc).__name__}: {exc}", self.cfg)
        return Neo4jError(f"Neo4j at {self.cfg.uri}: {what}: {reason}")

    def close(self) -> None:
        self.driver.close()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def _session(self, write: bool = True):
        from neo4j import READ_ACCESS, WRITE_ACCESS

        kw = {"default_access_mode": WRITE_ACCESS if write else READ_ACCESS}
        if self.cfg.database:
            kw["database"] = self.cfg.database
        return self.driver.session(**kw)

    # -- writing -------------------------------------------------------------------
    def ensure_schema(self) -> None:
        with self._session() as s:
            for label in NODE_LABELS:
                lb = _check(label, NODE_LABELS)
                s.run(f"CREATE CONSTRAINT okg_{lb.lower()}_id IF NOT EXISTS "
                      f"FOR (n:{lb}) REQUIRE n.id IS UNIQUE").consume()

    def is_empty(self) -> bool:
        _, rows = self.query("MATCH (n) RETURN count(n) > 0 AS any LIMIT 1")
        return not rows[0][0]

    def write(self, doc: GraphDocument, batch: int | None = None, bulk: bool = False) -> dict:
        """Merge a document into the database; returns counts of rows sent.

        bulk: when the database is empty, CREATE instead of MERGE, in larger transactions
        (the same graph as merging would give, and later writes merge into it as usual); a
        database that holds anything is merged into. Asked for, never the default: two
        writers that both find the database empty would both CREATE, and the uniqueness
        constraints would fail one of them, where MERGE lets several writers share it."""
        try:
            self.ensure_schema()
            bulk = bulk and self.is_empty()
            batch = batch or (BULK_BATCH if bulk else BATCH)
            counts = {}
            with self._session() as s, _Sender(s) as send:
                for (kind, key), items in self._row_groups(doc):
                    query = _create_query(kind, key) if bulk else self._query(kind, key)
                    if bulk and kind == "node" and key != ARTICLE:
                        items = [_created_entity(r) for r in items]
                    for i in range(0, len(items), batch):
                        send(query, items[i:i + batch])
                    counts[f"{kind}:{key if isinstance(key, str) else '|'.join(key[:3])}"] = len(items)
            self.last_write_bulk = bulk
            return counts
        except Neo4jError:
            raise
        except Exception as exc:
            raise self._error("write failed", exc) from None

    def _row_groups(self, doc: GraphDocument):
        """(kind, key), rows in write order: nodes, events, then the edges that need them.
        Nodes are handed out before the facts' rows are built, so the server writes them
        while this thread builds the rest."""
        with no_cyclic_gc():
            nodes = self._rows(GraphDocument(articles=doc.articles, entities=doc.entities))
        yield from nodes.items()
        with no_cyclic_gc():
            facts = self._rows(GraphDocument(events=doc.events, relations=doc.relations))
        yield from facts.items()

    def _rows(self, doc: GraphDocument) -> dict:
        rows: dict[tuple[str, str], list] = {}
        for a in doc.articles:
            rows.setdefault(("node", ARTICLE), []).append(
                {"id": a.id, "props": dict(zip(_ARTICLE_PROPS, (a.title, a.title, a.url, a.published, a.source)))})
        for e in doc.entities:
            rows.setdefault(("node", e.label), []).append(
                {"id": e.id, "name": e.name, "aliases": e.aliases, "titles": e.titles,
                 "new_aliases": _new_aliases(e.name, e.aliases), "props": {"country": e.country}})
        for ev in doc.events:
            props = dict(zip(_EVENT_PROPS, (ev.type.title(), ev.type, ev.date, ev.date_text, ev.position,
                                            ev.charge)))
            rows.setdefault(("event", EVENT), []).append(
                {"id": ev.id, "props": props,
                 "fresh": _fresh(props, evidence_strings(ev.evidence), ev.articles, ev.confidence)})
            for p in ev.participants:
                rows.setdefault(("involves", label_of_id(p.entity)), []).append(
                    {"event": ev.id, "entity": p.entity, "role": p.role})
            for art in ev.articles:
                rows.setdefault(("reported", "REPORTED_IN"), []).append({"event": ev.id, "article": art})
        for r in doc.relations:
            # grouped by endpoint labels, so each MATCH is a seek on a uniqueness index
            # and by property names, which the query names one by one (a map SET makes
            # Neo4j read all rows before writing any: an Eager step, half the rate)
            props = {k: v for k, v in r.properties.items()
                     if isinstance(v, (str, int, float, bool)) and k not in _FRESH_NAMES}
            key = (r.type, label_of_id(r.source), label_of_id(r.target), tuple(sorted(props)))
            rows.setdefault(("rel", key), []).append(
                {"source": r.source, "target": r.target, "props": props,
                 "fresh": _fresh({}, evidence_strings(r.evidence), r.articles, r.confidence)})
        # nodes first, then edges that need them
        order = {"node": 0, "event": 1, "involves": 2, "reported": 2, "rel": 3}
        return dict(sorted(rows.items(), key=lambda kv: order[kv[0][0]]))

    def _query(self, kind: str, key: str) -> str:
        if kind == "node" and key == ARTICLE:
            # each property by name: `SET n += row.props` makes Neo4j read every row first (Eager)
            return ("UNWIND $rows AS row MERGE (n:Article {id: row.id}) SET "
                    + ", ".join(f"n.{_q(k)} = row.props.{_q(k)}" for k in _ARTICLE_PROPS))
        if kind == "node":
            lb = _check(key, ENTITY_LABELS)
            # one SET per branch, each property by name: a second SET clause reading what the
            # first wrote (or `n += map`) makes Neo4j read every row before writing any (Eager).
            # The aliases come first, so they are filtered with the name as it will be.
            name = ("CASE WHEN n.name IS NULL OR size(split(row.name, ' ')) > size(split(n.name, ' ')) "
                    "OR (size(split(row.name, ' ')) = size(split(n.name, ' ')) AND size(row.name) > size(n.name)) "
                    "THEN row.name ELSE n.name END")
            own = "".join(f"n.{_q(k)} = row.props.{_q(k)}, " for k in _ENTITY_OWN)
            return (f"UNWIND $rows AS row MERGE (n:{lb} {{id: row.id}}) "
                    f"ON CREATE SET {own}n.name = row.name, n.titles = row.titles, n.aliases = row.new_aliases "
                    f"ON MATCH SET {own}"
                    "n.aliases = reduce(acc = [], a IN coalesce(n.aliases, []) + row.aliases + [row.name] | "
                    f"  CASE WHEN a IS NULL OR a IN acc OR a = {name} THEN acc ELSE acc + a END), "
                    f"n.name = {name}, "
                    "n.titles = coalesce(n.titles, []) + [t IN row.titles WHERE NOT t IN coalesce(n.titles, [])]")
        if kind == "event":
            return ("UNWIND $rows AS row MERGE (n:Event {id: row.id}) "
                    "ON CREATE SET n += row.fresh ON MATCH SET n += row.props, " + _ACCUMULATE)
        if kind == "involves":
            lb = _check(key, ENTITY_LABELS)
            return ("UNWIND $rows AS row MATCH (e:Event {id: row.event}) "
                    f"MATCH (x:{lb} {{id: row.entity}}) "
                    "MERGE (e)-[r:INVOLVES {role: row.role}]->(x)")
        if kind == "reported":
            return ("UNWIND $rows AS row MATCH (e:Event {id: row.event}) MATCH (a:Article {id: row.article}) "
                    "MERGE (e)-[:REPORTED_IN]->(a)")
        typ, src, dst, names = _rel_key(key)
        own = "".join(f"n.{_q(k)} = row.props.{_q(k)}, " for k in names)
        return (f"UNWIND $rows AS row MATCH (s:{src} {{id: row.source}}) "
                f"MATCH (t:{dst} {{id: row.target}}) "
                f"MERGE (s)-[n:{typ}]->(t) "
                f"ON CREATE SET {own}" + _FRESH_SET + f" ON MATCH SET {own}" + _ACCUMULATE)

    # -- reading -------------------------------------------------------------------
    def query(self, cypher: str, params: dict | None = None, write: bool = False):
        """Run Cypher; a read transaction unless write=True. Returns (columns, rows)."""
        def work(tx):
            res = tx.run(cypher, **(params or {}))
            keys = list(res.keys())
            return keys, [[_plain(rec[k]) for k in keys] for rec in res]
        try:
            with self._session(write) as s:
                return s.execute_write(work) if write else s.execute_read(work)
        except Exception as exc:
            raise self._error("query failed", exc) from None

    def read_document(self) -> GraphDocument:
        """The whole graph back as a document (for `okg pull`)."""
        _, arts = self.query("MATCH (a:Article) RETURN a {.*} AS a")
        _, ents = self.query("MATCH (n) WHERE n:Person OR n:Organisation "
                             "RETURN n {.*} AS n, labels(n) AS labels")
        _, evs = self.query("MATCH (e:Event) OPTIONAL MATCH (e)-[r:INVOLVES]->(x) "
                            "RETURN e {.*} AS e, collect([r.role, x.id]) AS parts")
        _, rels = self.query("MATCH (s)-[r]->(t) WHERE type(r) IN $types "
                             "RETURN s.id AS s, type(r) AS type, t.id AS t, r {.*} AS props",
                             {"types": [t for t in REL_TYPES if t not in ("INVOLVES", "REPORTED_IN")]})
        doc = GraphDocument()
        for (a,) in arts:
            doc.articles.append(Article(a["id"], a.get("title") or "", a.get("url"), a.get("published"),
                                        a.get("source")))
        for n, labels in ents:
            label = next(lb for lb in labels if lb in ENTITY_LABELS)
            doc.entities.append(Entity(n["id"], label, n.get("name", ""), list(n.get("aliases") or []),
                                       list(n.get("titles") or []), n.get("country")))
        for e, parts in evs:
            evidence = _evidence(e.get("evidence"))
            doc.events.append(Event(e["id"], e["type"], [Participant(r, x) for r, x in parts if r and x],
                                    e.get("date"), e.get("date_text"), e.get("position"), e.get("charge"),
                                    evidence, confidence(evidence)))
        for s, typ, t, props in rels:
            evidence = _evidence(props.pop("evidence", None))
            for k in ("articles", "article_count", "confidence"):
                props.pop(k, None)
            doc.relations.append(Relation(s, typ, t, props, evidence, confidence(evidence)))
        return doc

    def counts(self) -> dict[str, int]:
        out = {}
        for label in NODE_LABELS:
            _, rows = self.query(f"MATCH (n:{_check(label, NODE_LABELS)}) RETURN count(n)")
            out[label] = rows[0][0]
        _, rows = self.query("MATCH ()-[r]->() RETURN type(r), count(r)")
        out.update({t: c for t, c in rows})
        return out


_FRESH_NAMES = ("evidence", "articles", "article_count", "confidence")
_FRESH_SET = ("n.evidence = row.fresh.evidence, n.articles = row.fresh.articles, "
              "n.article_count = row.fresh.article_count, n.confidence = row.fresh.confidence")

# On an existing event or fact, evidence and supporting articles accumulate, so re-sending
# the same rows changes nothing (a new one takes row.fresh as it is).
_ACCUMULATE = (
    "n.evidence = coalesce(n.evidence, []) + [x IN row.fresh.evidence WHERE NOT x IN coalesce(n.evidence, [])], "
    "n.articles = coalesce(n.articles, []) + [a IN row.fresh.articles WHERE NOT a IN coalesce(n.articles, [])], "
    "n.confidence = CASE WHEN n.confidence IS NULL OR row.fresh.confidence > n.confidence "
    "THEN row.fresh.confidence ELSE n.confidence END, "
    # the same count whether this SET sees n.articles before or after the line above
    "n.article_count = size(coalesce(n.articles, []) + "
    "[a IN row.fresh.articles WHERE NOT a IN coalesce(n.articles, [])])")


class _Rows(list):
    """A batch of rows with a short repr: the driver formats its debug line for every RUN
    (repr of all parameters) even when debug logging is off, a tenth of a batched write."""
    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


class _Sender:
    """Runs write transactions in order on one background thread: the server writes one
    batch while the caller builds the next rows (the driver waits on the socket without
    holding the GIL). After a failed transaction the rest are skipped; the first error is
    raised on exit. Called with one row per transaction it is the same path, one by one."""

    def __init__(self, session):
        from concurrent.futures import ThreadPoolExecutor
        self._session = session
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="okg-neo4j-write")
        self._futures = []
        self._failed = threading.Event()

    def __call__(self, query: str, rows: list) -> None:
        if self._failed.is_set():
            return
        self._futures.append(self._pool.submit(self._run, query, _Rows(rows)))

    def _run(self, query: str, rows: list) -> None:
        if self._failed.is_set():
            return
        try:
            self._session.execute_write(lambda tx: tx.run(query, rows=rows).consume())
        except BaseException:
            self._failed.set()
            raise

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *a):
        if exc_type is not None:
            self._failed.set()          # stop sending; the transaction under way ends first
        self._pool.shutdown(wait=True, cancel_futures=exc_type is not None)
        if exc_type is None:
            for f in self._futures:
                f.result()              # the first error, if any
        return False


_ARTICLE_PROPS = ("name", "title", "url", "published", "source")
_ENTITY_OWN = ("country",)                                  # an entity row's "props"
_ENTITY_PROPS = _ENTITY_OWN + ("name", "aliases", "titles")  # as _created_entity gives them
_EVENT_PROPS = ("name", "type", "date", "date_text", "position", "charge")


def _inline(names: tuple[str, ...], field: str) -> str:
    return ", ".join(f"{_q(k)}: row.{field}.{_q(k)}" for k in names)


def _new_aliases(name: str, aliases: list) -> list:
    """A new entity's aliases: without the name, nulls or repeats."""
    out = []
    for a in aliases:
        if a is not None and a != name and a not in out:
            out.append(a)
    return out


def _created_entity(row: dict) -> dict:
    """An entity's properties as the MERGE gives a new node."""
    return {"id": row["id"], "props": {**row["props"], "name": row["name"], "aliases": row["new_aliases"],
                                       "titles": row["titles"]}}


def _create_query(kind: str, key: str) -> str:
    """The bulk path: CREATE, for a database known to hold none of these records."""
    if kind == "node":
        lb = _check(key, NODE_LABELS)
        names = _ARTICLE_PROPS if lb == ARTICLE else _ENTITY_PROPS
        # properties inline, by name (a null one is not set): `SET n += map` would be Eager
        return f"UNWIND $rows AS row CREATE (n:{lb} {{id: row.id, {_inline(names, 'props')}}})"
    if kind == "event":
        return f"UNWIND $rows AS row CREATE (n:Event {{id: row.id, {_inline(_EVENT_PROPS + _FRESH_NAMES, 'fresh')}}})"
    if kind == "involves":
        lb = _check(key, ENTITY_LABELS)
        return ("UNWIND $rows AS row MATCH (e:Event {id: row.event}) "
                f"MATCH (x:{lb} {{id: row.entity}}) CREATE (e)-[:INVOLVES {{role: row.role}}]->(x)")
    if kind == "reported":
        return ("UNWIND $rows AS row MATCH (e:Event {id: row.event}) MATCH (a:Article {id: row.article}) "
                "CREATE (e)-[:REPORTED_IN]->(a)")
    typ, src, dst, names = _rel_key(key)
    own = "".join(f"{_q(k)}: row.props.{_q(k)}, " for k in names)
    return (f"UNWIND $rows AS row MATCH (s:{src} {{id: row.source}}) MATCH (t:{dst} {{id: row.target}}) "
            f"CREATE (s)-[n:{typ} {{{own}evidence: row.fresh.evidence, articles: row.fresh.articles, "
            "article_count: row.fresh.article_count, confidence: row.fresh.confidence}]->(t)")


def _q(name: str) -> str:
    """A property name as a quoted Cypher identifier (backticks doubled inside)."""
    return "`" + name.replace("`", "``") + "`"


def _rel_key(key: tuple) -> tuple[str, str, str, tuple[str, ...]]:
    """Type, endpoint labels and property names of a group of relationship rows; the
    type and labels are checked against the schema, the names are quoted where used."""
    typ, src, dst, names = key
    return _check(typ, REL_TYPES), _check(src, NODE_LABELS), _check(dst, NODE_LABELS), names


def _evidence(items) -> list[Evidence]:
    out = []
    for s in items or []:
        try:
            d = json.loads(s)
            out.append(Evidence(d["article"], d["sentence"], d.get("rule", ""), d.get("strength", 1.0),
                                d.get("dates")))
        except (ValueError, KeyError, TypeError):
            continue
    return out


def _plain(v):
    try:
        from neo4j.graph import Node, Relationship
    except ImportError:  # pragma: no cover
        return v
    if isinstance(v, Node):
        return dict(v)
    if isinstance(v, Relationship):
        return {"type": v.type, **dict(v)}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v

