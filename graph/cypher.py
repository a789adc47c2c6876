"""Cypher on the embedded store (grand-cypher over networkx), with Neo4j's quoting.

Users write 'single-quoted' strings as they do for Neo4j; grand-cypher wants
"double-quoted" ones, so literals are rewritten before the query runs.
"""
from __future__ import annotations

import re

import networkx as nx

WRITE_CLAUSE = re.compile(r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|LOAD\s+CSV|CALL)\b", re.I)


class QueryError(ValueError):
    """A query the embedded store cannot run."""


def to_double_quotes(query: str) -> str:
    """Rewrite 'single-quoted' literals as "double-quoted" ones, leaving the rest alone."""
    out, i, n = [], 0, len(query)
    while i < n:
        ch = query[i]
        if ch in "'\"`":
            j, buf = i + 1, []
            while j < n and query[j] != ch:
                if query[j] == "\\" and j + 1 < n:
                    buf.append(query[j:j + 2])
                    j += 2
                    continue
                buf.append(query[j])
                j += 1
            if j >= n:
                raise QueryError("unterminated string literal in query")
            body = "".join(buf)
            if ch == "'":
                body = body.replace("\\'", "'").replace('"', '\\"')
                out.append(f'"{body}"')
            else:
                out.append(f"{ch}{body}{ch}")
            i = j + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _mask_strings(query: str) -> str:
    return re.sub(r'"(?:\\.|[^"\\])*"', '""', query)


def run_query(g: nx.MultiDiGraph, query: str) -> tuple[list[str], list[list]]:
    """Run a read query; returns (columns, rows)."""
    from grandcypher import GrandCypher

    q = to_double_quotes(query.strip().rstrip(";"))
    if WRITE_CLAUSE.search(_mask_strings(q)):
        raise QueryError("the embedded store is read-only to Cypher; use --neo4j for writes")
    try:
        result = GrandCypher(g).run(q)
    except Exception as exc:  # grand-cypher raises lark and plain errors alike
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(f"cannot run query: {first}") from None
    columns = _return_order([str(c) for c in result.keys()], q)
    cols = [list(result[c]) for c in columns]
    rows = [list(r) for r in zip(*cols)] if cols else []
    return columns, [[_plain(v) for v in r] for r in rows]


def _return_order(keys: list[str], query: str) -> list[str]:
    """grand-cypher may list functions first; give the columns in the RETURN clause's order."""
    m = re.search(r"\bRETURN\s+(?:DISTINCT\s+)?(.*?)(?:\s+ORDER\s+BY\b|\s+SKIP\b|\s+LIMIT\b|$)",
                  _mask_strings(query), re.I | re.S)
    if not m:
        return keys
    items = [re.split(r"\s+AS\s+", i.strip(), flags=re.I)[-1].strip() for i in m.group(1).split(",")]
    ordered = [k for i in items for k in keys if k.replace(" ", "").lower() == i.replace(" ", "").lower()]
    return ordered if sorted(ordered) == sorted(keys) else keys


def _plain(v):
    if isinstance(v, set):
        return sorted(v)
    if isinstance(v, dict):  # an edge seen as {(u, v, key): attrs} in multigraphs
        vals = list(v.values())
        return _plain(vals[0]) if len(vals) == 1 else [_plain(x) for x in vals]
    return v
