"""Read-only Cypher on the embedded store, answered as Neo4j answers it.

Queries run on the LadybugDB index of the graph (graph/lbug_index.py), after the rewrites
of graph/cypher_dialect.py; results come back in the shapes Neo4j's driver gives (nodes
as their properties, relationships as `{"type": ..., **properties}`). Errors, write
clauses included, are QueryError with one line.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from .cypher_dialect import translate
from .cypher_text import QueryError

__all__ = ["CypherIndex", "QueryError", "open_cypher", "run_query", "translate"]


# -- results as Neo4j's driver gives them (graph/neo4j_store.py `_plain`) ------------------
def _plain(v):
    if isinstance(v, dict):
        if "_LABEL" in v and "_ID" in v:
            props = {k: _plain(x) for k, x in v.items() if not k.startswith("_") and x is not None}
            return {"type": v["_LABEL"], **props} if "_SRC" in v else props
        if "_NODES" in v or "_nodes" in v:
            return [_plain(x) for x in v.get("_NODES", v.get("_nodes", []))]
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return v


_SCALARS = (str, int, float, bool, type(None))


class CypherIndex:
    """Cypher over one LadybugDB database (the index of a graph file, or an in-memory one)."""

    def __init__(self, db):
        import ladybug

        self.db = db
        self.conn = ladybug.Connection(db)
        from .lbug_index import property_names
        self.known = property_names(self.conn)

    def query(self, query: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        text = translate(query, self.known)
        try:
            result = self.conn.execute(text, params or {})
            columns = result.get_column_names()
            rows = [[v if type(v) in _SCALARS else _plain(v) for v in row] for row in result.get_all()]
        except Exception as exc:  # Ladybug raises RuntimeError for parse, bind and run errors
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise QueryError(f"cannot run query: {first}") from None
        return columns, rows


def open_cypher(source, on_build=None) -> CypherIndex:
    """source: a graph file (its persistent index is used, built when the file changed),
    or a GraphDocument (loaded into memory)."""
    from .lbug_index import IndexBuildError, in_memory, open_index
    from .schema import GraphDocument

    try:
        if isinstance(source, GraphDocument):
            return CypherIndex(in_memory(source))
        return CypherIndex(open_index(Path(source), on_build=on_build))
    except IndexBuildError as exc:
        raise QueryError(str(exc)) from None


def run_query(source, query: str) -> tuple[list[str], list[list]]:
    """Run one read query on a graph file or a GraphDocument; returns (columns, rows)."""
    return open_cypher(source).query(query)
