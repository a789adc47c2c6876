"""Bring a query index up to date with the change lines appended to its graph file.

graph/embedded.py saves a graph by appending one line per save with only what changed
(records in their new state, ids of records that are gone). An index built from the file
as it was is brought up to date by applying those lines, in order, to a copy of it; the
cost is that of the change, not of the graph. Rows come from the same functions as a full
build (graph/lbug_index.py node_rows, rel_rows, _frame), so a record holds the same
properties either way, and derived values (articles, article_count, confidence, the
INVOLVES and REPORTED_IN links of an event) are recomputed from the record in its new state.

Anything this cannot reproduce exactly raises Unsupported, and the caller builds the index
in full instead: a relationship or event link to a node the index does not hold (a full
build drops it, and would keep it once the node arrives), a node that changes table, a
gone entity that something still links to, an undeclared property whose values need
another column type, a relationship between tables its type was not created for.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from .lbug_index import LADYBUG_TYPES, _coerce, _frame, _q, _value_type, node_rows, rel_rows
from .schema import NODE_LABELS, NODE_PROPERTIES, REL_PROPERTIES, REL_TYPES, GraphDocument

_PYTHON_TYPES = {v: k for k, v in LADYBUG_TYPES.items()}
_PYTHON_TYPES["BOOL"] = bool
_DECLARED = {name for decl in list(NODE_PROPERTIES.values()) + list(REL_PROPERTIES.values()) for name in decl}
_SAMPLE = {bool: True, int: 1, float: 1.5, str: "x"}
_EVENT_LINKS = ("INVOLVES", "REPORTED_IN")
ROW_BY_ROW = 100  # up to this many relationships of one table: one statement each, else in bulk


class Unsupported(Exception):
    """This change cannot be applied exactly: build the index in full."""


def column_types(conn) -> dict[str, type]:
    """Every table's columns (all tables carry the same ones) with their Python types."""
    rows = conn.execute(f"CALL table_info('{NODE_LABELS[0]}') RETURN name, type").get_all()
    return {name: _PYTHON_TYPES[typ] for name, typ in rows}


def _labels_of(conn, ids) -> dict[str, str]:
    ids = sorted(set(ids))
    if not ids:
        return {}
    rows = conn.execute("MATCH (n) WHERE n.id IN $ids RETURN n.id, label(n)", {"ids": ids}).get_all()
    return {i: lb for i, lb in rows}


def _rel_pairs(conn) -> dict[str, set[tuple[str, str]]]:
    """The (from table, to table) pairs each relationship table was created with."""
    pairs: dict[str, set] = {}
    for typ in REL_TYPES:
        rows = conn.execute(f"CALL show_connection('{typ}') RETURN *").get_all()
        pairs[typ] = {(r[0], r[1]) for r in rows}
    return pairs


def _add_columns(conn, types: dict[str, type], items: list[dict]) -> None:
    """Columns for undeclared properties this change brings; a known undeclared one must
    hold the new values in its type (else a full build would choose another type)."""
    values: dict[str, list] = {}
    for row in items:
        for k, v in row.items():
            if k not in ("from", "to") and k not in _DECLARED and v is not None:
                values.setdefault(k, []).append(v)
    for name in sorted(values):
        if name in types:
            have = types[name]
            if have is list or _value_type([_SAMPLE[have]] + values[name]) is not have:
                raise Unsupported(f"property {name} needs another type")
            continue
        types[name] = wanted = _value_type(values[name])
        for table in NODE_LABELS + REL_TYPES:
            conn.execute(f"ALTER TABLE {_q(table)} ADD {_q(name)} {LADYBUG_TYPES[wanted]}")


def _cast(name: str, var: str, types: dict[str, type]) -> str:
    return f"CAST({var} AS {LADYBUG_TYPES[types[name]]})"


def _load(conn, statement: str, items: list[dict], columns: list[str], types: dict[str, type]) -> None:
    """Run statement (LOAD FROM frame ...) over the rows; their columns are c0, c1, ... in order."""
    frame = _frame(items, columns, types)
    frame = frame.astype(object).where(frame.notna(), None)  # nulls stay nulls, ints stay ints
    frame.columns = [f"c{i}" for i in range(len(columns))]
    conn.execute(statement)


def _create_each(conn, typ: str, src: str, dst: str, items: list[dict], names: list[str],
                 types: dict[str, type]) -> None:
    """Relationships created one by one, their values coerced as a full build's frame does."""
    present = [c for c in names if any(r.get(c) is not None for r in items)]
    props = ", ".join(f"{_q(c)}: CAST($p{i} AS {LADYBUG_TYPES[types[c]]})" for i, c in enumerate(present))
    statement = (f"MATCH (a:{_q(src)} {{id: $src}}), (b:{_q(dst)} {{id: $dst}}) "
                 f"CREATE (a)-[:{_q(typ)} {{{props}}}]->(b)")
    for r in items:
        conn.execute(statement, {"src": r["from"], "dst": r["to"],
                                 **{f"p{i}": _coerce(r.get(c), types[c]) for i, c in enumerate(present)}})


def apply_change(conn, change, types: dict[str, type], pairs: dict) -> None:
    """Apply one appended line (a graph.embedded._Change) to the open, writable index."""
    doc = GraphDocument(articles=list(change.articles), entities=list(change.entities),
                        events=list(change.events), relations=list(change.relations))
    nodes = node_rows(doc)
    kept = set(change.gone_entities) - {r["id"] for items in nodes.values() for r in items}

    # where every node this change names lives, in the index or in this change
    new_label = {r["id"]: label for label, items in nodes.items() for r in items}
    named = set(new_label)
    for ev in doc.events:
        named.update(p.entity for p in ev.participants)
        named.update(ev.articles)
    for r in doc.relations:
        named.update((r.source, r.target))
    for s, _t, d in change.gone_relations:
        named.update((s, d))
    where = _labels_of(conn, named)
    for i, label in new_label.items():
        if where.get(i, label) != label:
            raise Unsupported(f"{i} changes table")
    where.update(new_label)

    # nodes in their new state (every column set: what the record lacks is null)
    _add_columns(conn, types, [r for items in nodes.values() for r in items])
    names = list(types)
    for label, items in nodes.items():
        if items:
            sets = ", ".join(f"n.{_q(c)} = {_cast(c, f'c{i}', types)}" for i, c in enumerate(names) if c != "id")
            _load(conn, f"LOAD FROM frame MERGE (n:{_q(label)} {{id: c{names.index('id')}}}) SET {sets}",
                  items, names, types)

    # relationships: an event's links are made again from it; facts replaced by key
    ev_ids = [ev.id for ev in doc.events]
    if ev_ids:
        for typ in _EVENT_LINKS:
            conn.execute(f"MATCH (e:Event)-[r:{_q(typ)}]->() WHERE e.id IN $ids DELETE r", {"ids": ev_ids})
    dropped: list = []
    rels = rel_rows(doc, where, dropped)
    if dropped:
        raise Unsupported("a link to a node the index does not hold")
    gone: dict[tuple[str, str, str], list[dict]] = {}
    for s, typ, d in [tuple(k) for k in change.gone_relations] + [r.key() for r in doc.relations]:
        if s in where and d in where:
            gone.setdefault((typ, where[s], where[d]), []).append({"s": s, "d": d})
    for (typ, src, dst), keys in gone.items():
        if len(keys) <= ROW_BY_ROW:  # a seek per key (under a millisecond at 1M relationships)
            for k in keys:
                conn.execute(f"MATCH (a:{_q(src)} {{id: $s}})-[r:{_q(typ)}]->(b:{_q(dst)} {{id: $d}}) DELETE r", k)
        else:  # planned as a scan of the table: a quarter of a second at 1M, whatever the count
            conn.execute(f"UNWIND $keys AS k MATCH (a:{_q(src)} {{id: k.s}})-[r:{_q(typ)}]->(b:{_q(dst)} "
                         "{id: k.d}) DELETE r", {"keys": keys})
    all_rows = [r for items in rels.values() for r in items]
    _add_columns(conn, types, all_rows)
    names = list(types)
    for (typ, src, dst), items in rels.items():
        if (src, dst) not in pairs.get(typ, set()):
            raise Unsupported(f"{typ} from {src} to {dst}")
        if len(items) <= ROW_BY_ROW:  # a few milliseconds each, whatever the table holds
            _create_each(conn, typ, src, dst, items, names, types)
            continue
        # many: COPY, as a full build loads them (a tenth to half a second per table at 1M
        # relationships; a MATCH ... CREATE over a frame is planned as a join over every
        # node: minutes and a full buffer pool at 92k)
        frame = _frame(items, ["from", "to"] + names, types)  # noqa: F841 (read by name in COPY)
        conn.execute(f"COPY {_q(typ)} FROM frame (from='{src}', to='{dst}')")

    # entities that are gone: nothing may still link to them (else a full build would differ)
    if kept:
        ids = sorted(kept)
        left = conn.execute("MATCH (n)-[r]-() WHERE n.id IN $ids RETURN count(r)", {"ids": ids}).get_all()[0][0]
        if left:
            raise Unsupported("a gone entity is still linked")
        conn.execute("MATCH (n) WHERE n.id IN $ids DELETE n", {"ids": ids})


def _earlier(folder: Path, key: str):
    """Indexes in the folder that later appends can extend: (key, record), newest first."""
    found = []
    for rec in folder.glob("*.json"):
        k = rec.stem
        if k in (key, "stamp") or not (folder / f"{k}.lbug").exists():
            continue
        try:
            info = json.loads(rec.read_text())
            if info.get("covered", 0) > 0 and info.get("dropped", 1) == 0:
                found.append((rec.stat().st_mtime_ns, k, info))
        except (OSError, ValueError, AttributeError):
            continue
    return [(k, info) for _, k, info in sorted(found, reverse=True)]


def update_from_earlier(graph: Path, data: bytes, key: str, folder: Path, on_build=None) -> bool:
    """Make the index of `data` (named key) from an earlier index whose bytes are a prefix of
    data ending at a line end, by applying the change lines after it; False if there is none
    or the change cannot be applied exactly (then the caller builds in full).

    Why a copy and not a transaction on the earlier index: readers may hold that index open
    (read-only), which a writer of the same file would have to wait for or disturb, and its
    name says which bytes it holds. So the earlier file is copied under a temporary name,
    updated there, closed (checkpointed), its record written, and only then renamed to the
    new key: a reader opens the earlier index or the whole new one, never a half-updated
    one; a killed updater leaves the earlier index as it was and a temporary file that the
    next build under the lock removes."""
    import ladybug

    from .embedded import StoreError, appended_changes
    from .lbug_index import _counts, _key_of, _remove

    for old_key, info in _earlier(folder, key):
        n = info["covered"]
        if not (n < len(data) and data[n - 1:n] == b"\n" and _key_of(memoryview(data)[:n]) == old_key):
            continue
        try:
            changes = appended_changes(data[n:], graph)
        except StoreError:
            return False  # the full path says, in one line, why the file is unreadable
        if on_build:
            on_build(f"{graph}: updating the query index ({len(changes)} appended change(s))")
        db_path, record = folder / f"{key}.lbug", folder / f"{key}.json"
        tmp = folder / f".{key}.{os.getpid()}.tmp"
        _remove(tmp, Path(str(tmp) + ".wal"), record)
        try:
            if Path(str(folder / f"{old_key}.lbug") + ".wal").exists():
                return False  # not closed cleanly: do not carry it on
            shutil.copyfile(folder / f"{old_key}.lbug", tmp)
            db = ladybug.Database(str(tmp))
            conn = ladybug.Connection(db)
            try:
                if _counts(conn)["nodes"] != info["nodes"]:
                    return False
                types, pairs = column_types(conn), _rel_pairs(conn)
                for change in changes:
                    apply_change(conn, change, types, pairs)
                counts = _counts(conn)
            finally:
                conn.close()
                db.close()
            covered = len(data) if data.endswith(b"\n") else 0
            record.write_text(json.dumps({**counts, "dropped": 0, "covered": covered}))
            os.replace(tmp, db_path)
            return True
        except Unsupported as why:
            if on_build:
                on_build(f"{graph}: the change cannot be applied to the query index ({why}); building it in full")
            return False
        except Exception as exc:  # Ladybug raises RuntimeError: build in full instead
            if on_build:
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                on_build(f"{graph}: updating the query index failed ({reason}); building it in full")
            return False
        finally:
            _remove(tmp, Path(str(tmp) + ".wal"))
    return False
