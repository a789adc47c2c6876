"""The chain of command above an entity, as the graph states it.

Walks upward along SUBORDINATE_OF (person -> superior), HOLDS_POSITION (person -> the
body they serve in) and PART_OF (unit -> parent body), breadth first, each node once, so
"who does this officer answer to" reads as one table whatever the graph's size.
"""
from __future__ import annotations

from collections import deque

import networkx as nx

UPWARD = ("SUBORDINATE_OF", "HOLDS_POSITION", "PART_OF")


def find_entity(g: nx.MultiDiGraph, name: str) -> str:
    """The id of the person or organisation called name (exact name or alias, then substring)."""
    key = name.strip().lower()
    for n, d in g.nodes(data=True):
        if d.get("label") in ("Person", "Organisation") and (
                str(d.get("name", "")).lower() == key or key in [a.lower() for a in d.get("aliases") or []]):
            return n
    hits = [n for n, d in g.nodes(data=True)
            if d.get("label") in ("Person", "Organisation") and key in str(d.get("name", "")).lower()]
    if len(hits) == 1:
        return hits[0]
    raise KeyError(f"no single entity named {name!r} in the graph")


def chain_above(g: nx.MultiDiGraph, name: str, max_depth: int = 6) -> list[dict]:
    """Rows (depth, from, relation, title, to, evidence) from the entity upwards."""
    start = find_entity(g, name)
    seen, rows = {start}, []
    todo = deque([(start, 1)])
    while todo:
        node, depth = todo.popleft()
        if depth > max_depth:
            continue
        for _, up, d in sorted(g.out_edges(node, data=True), key=lambda e: UPWARD.index(e[2]["type"])
                               if e[2].get("type") in UPWARD else 99):
            if d.get("type") not in UPWARD:
                continue
            rows.append({"depth": depth, "from": g.nodes[node].get("name"), "relation": d["type"],
                         "title": d.get("title"), "to": g.nodes[up].get("name"),
                         "evidence": (d.get("evidence") or [None])[0]})
            if up not in seen:
                seen.add(up)
                todo.append((up, depth + 1))
    return rows
