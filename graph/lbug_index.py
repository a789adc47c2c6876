"""The embedded Cypher index: a graph document loaded into LadybugDB, kept in step with the file.

The graph JSON file stays the store (format officials-kg/1, merged and saved by
graph/embedded.py). This index is a derived, read-only copy for Cypher, held next to the
file in `<graph>.lbug/<key>.lbug`, where the key is a hash of the file's bytes and of the
table layout. A changed file has a new key, so a stale index is never opened; a new one is
built under a lock into a temporary file and renamed into place, so readers see a whole
index or none (when the file only grew by change lines appended by a save, the new one is
the earlier one with those changes applied: graph/lbug_update.py); an index that cannot be opened or whose node count does not match its
record is deleted and rebuilt.

Tables come from graph.schema: one node table per label, one relationship table per type.
Every table carries every property name (declared, plus any undeclared relationship
property found in the data), so a property that a node lacks reads as null, as on Neo4j.
Values are the ones `okg push` writes to Neo4j (evidence as JSON strings, nulls absent).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

from .evidence_json import evidence_strings
from .schema import (ARTICLE, ENDPOINTS, EVENT, LINK_ENDPOINTS, NODE_LABELS, NODE_PROPERTIES, REL_PROPERTIES,
                     REL_TYPES, GraphDocument)

LAYOUT_VERSION = 2  # bump when the rows or tables below change: every index is rebuilt
LADYBUG_TYPES = {str: "STRING", float: "DOUBLE", int: "INT64", bool: "BOOLEAN", list: "STRING[]"}


class IndexBuildError(RuntimeError):
    """The index could not be built or opened (one line)."""


def _dedupe(items, drop=None) -> list:
    seen, out = set(), []
    for x in items:
        if x is not None and x != drop and x not in seen:
            seen.add(x)
            out.append(x)
    return out


# -- rows: the document as the node and relationship properties Neo4j would hold -------------
def _declared(obj, label: str) -> dict:
    """The record's fields that graph.schema declares for its label (a new one flows in)."""
    return {k: getattr(obj, k, None) for k in NODE_PROPERTIES[label]}


def node_rows(doc: GraphDocument) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {label: [] for label in NODE_LABELS}
    for a in doc.articles:
        rows[ARTICLE].append({**_declared(a, ARTICLE), "name": a.title})
    for e in doc.entities:
        rows[e.label].append({**_declared(e, e.label), "aliases": _dedupe(e.aliases, e.name),
                              "titles": list(e.titles)})
    for ev in doc.events:
        arts = ev.articles
        rows[EVENT].append({**_declared(ev, EVENT), "name": ev.type.title(),
                            "evidence": evidence_strings(ev.evidence), "articles": arts,
                            "article_count": len(arts)})
    for label, items in rows.items():  # one node per id, as MERGE on a unique id leaves
        rows[label] = list({r["id"]: r for r in items}.values())
    return rows


def rel_rows(doc: GraphDocument, node_label: dict[str, str],
             dropped: list | None = None) -> dict[tuple[str, str, str], list[dict]]:
    """Rows keyed by (type, source label, target label); relationships to unknown nodes are
    dropped (and their keys added to `dropped` if given).

    node_label maps each node id to the table it was loaded into."""
    rows: dict[tuple[str, str, str], dict] = {}

    def add(typ, src, dst, key, props):
        a, b = node_label.get(src), node_label.get(dst)
        if a and b:
            group = rows.setdefault((typ, a, b), {})
            group.setdefault(key, {**props, "from": src, "to": dst})  # a property named from/to is dropped
        elif dropped is not None:
            dropped.append(key)

    for ev in doc.events:
        for p in ev.participants:
            add("INVOLVES", ev.id, p.entity, (ev.id, p.entity, p.role), {"role": p.role})
        for art in ev.articles:
            add("REPORTED_IN", ev.id, art, (ev.id, art), {})
    for r in doc.relations:
        props = {k: v for k, v in r.properties.items() if isinstance(v, (str, int, float, bool))}
        arts = r.articles
        add(r.type, r.source, r.target, r.key(),
            {**props, "evidence": evidence_strings(r.evidence), "articles": arts,
             "confidence": r.confidence, "article_count": len(arts)})
    return {k: list(v.values()) for k, v in rows.items()}


def _value_type(values) -> type:
    """The type for an undeclared property: the narrowest that holds every value."""
    kinds = {type(v) for v in values if v is not None}
    if kinds == {bool}:
        return bool
    if kinds == {int}:
        return int
    if kinds and kinds <= {int, float}:
        return float
    return str


def property_types(nodes: dict, rels: dict) -> dict[str, type]:
    """Every property name with its type: the declaration first, then undeclared ones from the data."""
    types: dict[str, type] = {}
    for decl in list(NODE_PROPERTIES.values()) + list(REL_PROPERTIES.values()):
        for name, typ in decl.items():
            types.setdefault(name, typ)
    extra: dict[str, list] = {}
    for items in list(nodes.values()) + list(rels.values()):
        keys = set().union(*items) - types.keys() - {"from", "to"} if items else set()
        for k in keys:  # only open relation properties are undeclared
            extra.setdefault(k, []).extend(row[k] for row in items if k in row)
    for name, values in sorted(extra.items()):
        types[name] = _value_type(values)
    return types


def _coerce(v, typ):
    if v is None:
        return None
    if typ is list:
        return [str(x) for x in v] if isinstance(v, (list, tuple)) else [str(v)]
    if typ is str:
        return v if isinstance(v, str) else str(v)
    if typ is bool:
        return bool(v)
    try:
        return typ(v)
    except (TypeError, ValueError):
        return None


def _sampled_first(items: list[dict], names) -> list[dict]:
    """The rows, with one row holding a value of each column moved to the front.

    Ladybug 0.22 types a pandas object column from its first rows (about 2,000): a column
    null there and set further down was read as the string 'nan' in every row, or crashed
    the process (one article's `source` among 4,600 synthetic ones did)."""
    first: dict[int, None] = {}
    missing = set(names)
    for i, r in enumerate(items):
        found = [n for n in missing if r.get(n) is not None]
        if found:
            first[i] = None
            missing.difference_update(found)
            if not missing:
                break
    if all(i < 1000 for i in first):
        return items
    return [items[i] for i in first] + [r for i, r in enumerate(items) if i not in first]


def _frame(items: list[dict], columns: list[str], types: dict[str, type]):
    """The rows as a DataFrame with every table column; columns no row has are all null."""
    import pandas as pd

    present: set[str] = set()
    for r in items:
        present.update(r)
    items = _sampled_first(items, present)
    data = {}
    for c in columns:
        if c not in present:
            data[c] = [None] * len(items)
            continue
        values = [r.get(c) for r in items]
        typ = types.get(c)
        if typ is not None and any(v is not None and type(v) is not typ for v in values):
            values = [_coerce(v, typ) for v in values]
        data[c] = values
    return pd.DataFrame(data, columns=columns)


def _q(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def load(conn, doc: GraphDocument) -> dict[str, int]:
    """Create the tables in an empty database and bulk-load the document; returns counts."""
    nodes = node_rows(doc)
    dropped: list = []
    rels = rel_rows(doc, {r["id"]: label for label, items in nodes.items() for r in items}, dropped)
    types = property_types(nodes, rels)
    cols = ", ".join(f"{_q(n)} {LADYBUG_TYPES[t]}" for n, t in types.items())
    for label in NODE_LABELS:
        conn.execute(f"CREATE NODE TABLE {_q(label)}({cols}, PRIMARY KEY(id))")
    for typ in REL_TYPES:
        declared = ENDPOINTS.get(typ) or LINK_ENDPOINTS.get(typ) or ((), ())
        pairs = {(s, t) for s in declared[0] for t in declared[1]}
        pairs |= {(s, t) for (ty, s, t) in rels if ty == typ}
        ends = ", ".join(f"FROM {_q(s)} TO {_q(t)}" for s, t in sorted(pairs))
        conn.execute(f"CREATE REL TABLE {_q(typ)}({ends}, {cols})")
    counts = {"nodes": sum(len(v) for v in nodes.values()), "relationships": sum(len(v) for v in rels.values()),
              "dropped": len(dropped)}
    names = list(types)
    for label in list(nodes):  # each table's rows let go once copied: a lower peak of memory
        items = nodes.pop(label)
        if items:
            frame = _frame(items, names, types)  # noqa: F841 (read by name in COPY)
            conn.execute(f"COPY {_q(label)} FROM frame")
    for (typ, src, dst) in list(rels):
        frame = _frame(rels.pop((typ, src, dst)), ["from", "to"] + names, types)  # noqa: F841
        conn.execute(f"COPY {_q(typ)} FROM frame (from='{src}', to='{dst}')")
    return counts


def property_names(conn) -> set[str]:
    """The property names the tables carry (every table carries all of them)."""
    rows = conn.execute(f"CALL table_info('{NODE_LABELS[0]}') RETURN name").get_all()
    return {r[0] for r in rows}


def in_memory(doc: GraphDocument):
    """A fresh in-memory database holding doc (for notebooks, tests, one-off documents)."""
    import ladybug

    db = ladybug.Database(":memory:")
    load(ladybug.Connection(db), doc)
    return db


# -- the persistent index next to a graph file -------------------------------------------------
def index_dir(graph: Path) -> Path:
    return graph.parent / (graph.name + ".lbug")


def _layout() -> str:
    """Everything besides the file that decides what an index holds."""
    import ladybug

    return repr((LAYOUT_VERSION, ladybug.__version__, NODE_PROPERTIES, REL_PROPERTIES, ENDPOINTS,
                 LINK_ENDPOINTS))


def content_key(graph: Path) -> str:
    """Hash of the file's bytes and of the tables' layout."""
    h = hashlib.sha256()  # the fastest of hashlib's here (CPU instructions for it)
    h.update(_layout().encode())
    with open(graph, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()[:32]


def _stamp(graph: Path) -> list[int]:
    st = graph.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def file_key(graph: Path) -> str:
    """content_key, remembered against the file's size, times and inode, so an unchanged
    file is not read again (a large graph takes a second to hash). Any write changes the
    stamp: okg saves by rename (a new inode), and the kernel sets ctime on every change."""
    memo = index_dir(graph) / "stamp.json"
    stamp = _stamp(graph)
    try:
        known = json.loads(memo.read_text())
        if known["stamp"] == stamp and known["layout"] == _layout():
            return known["key"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    key = content_key(graph)
    if _stamp(graph) == stamp:  # not changed while it was read
        with contextlib.suppress(OSError):
            memo.parent.mkdir(parents=True, exist_ok=True)
            tmp = memo.with_name(f".stamp.{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"stamp": stamp, "layout": _layout(), "key": key}))
            os.replace(tmp, memo)
    return key


def _counts(conn) -> dict[str, int]:
    n = conn.execute("MATCH (n) RETURN count(n)").get_all()[0][0]
    r = conn.execute("MATCH ()-[r]->() RETURN count(r)").get_all()[0][0]
    return {"nodes": n, "relationships": r}


def _open_checked(db_path: Path, record: Path):
    """The index opened read-only, or None if it is missing, unreadable or not what was built."""
    import ladybug

    if not (db_path.exists() and record.exists()):
        return None
    try:
        expected = json.loads(record.read_text())
        db = ladybug.Database(str(db_path), read_only=True)
        # Nodes only: counting every relationship reads them all (0.5 s at a million), and a
        # build is renamed into place whole; Ladybug checks each page's checksum on reading.
        nodes = ladybug.Connection(db).execute("MATCH (n) RETURN count(n)").get_all()[0][0]
        if nodes != expected["nodes"]:
            db.close()
            return None
        return db
    except Exception:  # any failure to open or read means: do not trust it
        return None


def _remove(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def open_index(graph: Path, on_build=None):
    """The index of graph, built first if the file changed (on_build(message) is told).

    Where no index can be written beside the file (a read-only folder), the graph is
    loaded into an in-memory one instead, every time."""
    from .embedded import read_document

    graph = Path(graph)
    try:
        key = file_key(graph)
    except OSError as exc:
        raise IndexBuildError(f"{graph}: {exc.strerror or exc}") from None
    folder = index_dir(graph)
    db = _open_checked(folder / f"{key}.lbug", folder / f"{key}.json")
    if db is not None:
        return db
    try:
        return _build_beside(graph, key, folder, on_build)
    except OSError:
        if on_build:
            on_build(f"{graph}: cannot write the query index beside the file; loading it in memory")
        return in_memory(read_document(graph))


def _key_of(data) -> str:
    """content_key of these bytes."""
    h = hashlib.sha256()
    h.update(_layout().encode())
    h.update(data)
    return h.hexdigest()[:32]


def _covered(data: bytes, line_format: bool) -> int:
    """How much of the file an index of it reflects in a way later appends can extend:
    all of it if it is in the line format and ends at a line end, else nothing (0)."""
    return len(data) if line_format and data.endswith(b"\n") else 0


def _read_bytes(graph: Path) -> bytes:
    try:
        return graph.read_bytes()
    except FileNotFoundError:
        return b""


def _build_beside(graph: Path, key: str, folder: Path, on_build):
    from filelock import FileLock

    from .embedded import StoreError, parse_bytes

    folder.mkdir(parents=True, exist_ok=True)
    with FileLock(str(folder / "build.lock"), timeout=600):
        db_path, record = folder / f"{key}.lbug", folder / f"{key}.json"
        db = _open_checked(db_path, record)  # another process may have built it meanwhile
        if db is not None:
            return db
        # the bytes read here are the ones indexed, named by their own hash (the file may
        # have changed since its key was taken)
        data = _read_bytes(graph)
        key = _key_of(data)
        db_path, record = folder / f"{key}.lbug", folder / f"{key}.json"
        if _open_checked(db_path, record) is None:
            from .lbug_update import update_from_earlier

            if not update_from_earlier(graph, data, key, folder, on_build):
                try:
                    doc, line_format = parse_bytes(data, graph)
                except StoreError:
                    raise  # one line: why the file is unreadable
                if on_build:
                    on_build(f"{graph}: building the query index")
                _remove(db_path, record, Path(str(db_path) + ".wal"))
                try:
                    build(doc, db_path, record, _covered(data, line_format))
                except Exception as exc:  # Ladybug raises RuntimeError; the user gets one line
                    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                    raise IndexBuildError(f"{graph}: cannot build the query index: {reason}") from None
        for old in folder.iterdir():  # earlier versions of the file, killed builders' files
            if old.name.split(".", 1)[0] != key and old.name not in ("build.lock", "stamp.json"):
                _remove(old)
    db = _open_checked(db_path, record)
    if db is None:
        raise IndexBuildError(f"{graph}: the query index could not be opened after building it")
    return db


def build(doc: GraphDocument, db_path: Path, record: Path, covered: int = 0) -> dict[str, int]:
    """Build into a temporary file, then rename: a reader sees the whole index or none.

    The record beside it holds the counts (checked on opening), how many links to absent
    nodes were dropped, and how many bytes of the file it reflects (graph/lbug_update.py)."""
    import ladybug

    tmp = db_path.with_name(f".{db_path.stem}.{os.getpid()}.tmp")
    _remove(tmp, Path(str(tmp) + ".wal"))
    try:
        db = ladybug.Database(str(tmp))
        conn = ladybug.Connection(db)
        dropped = load(conn, doc)["dropped"]
        counts = {**_counts(conn), "dropped": dropped, "covered": covered}
        conn.close()
        db.close()
        record.write_text(json.dumps(counts))
        os.replace(tmp, db_path)
        return counts
    finally:
        _remove(tmp, Path(str(tmp) + ".wal"))
