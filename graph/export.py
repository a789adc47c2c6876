"""Exporters: the JSON graph document, GraphML, GEXF, CSV (nodes.csv + edges.csv) and FollowTheMoney."""
from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import networkx as nx

from .nx_graph import to_networkx
from .schema import GraphDocument

FORMATS = ("json", "graphml", "gexf", "csv", "ftm")


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML and GEXF want scalar attributes: lists become ' | '-joined strings."""
    h = nx.MultiDiGraph()
    def flat(d):
        out = {}
        for k, v in d.items():
            if k == "__labels__":
                continue
            if isinstance(v, (list, set, tuple)):
                v = " | ".join(str(x) for x in v)
            if v is None:
                continue
            out[k] = v
        return out
    for n, d in g.nodes(data=True):
        h.add_node(n, **flat(d))
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **flat(d))
    return h


def export_text(doc: GraphDocument, fmt: str) -> str | bytes:
    """The document in one of FORMATS; csv comes as a zip of nodes.csv and edges.csv."""
    if fmt == "json":
        return json.dumps(doc.to_dict(), ensure_ascii=False, indent=1)
    if fmt == "ftm":
        from .ftm import ftm_lines
        return ftm_lines(doc)   # FollowTheMoney entities, one JSON object a line
    g = _flat(to_networkx(doc))
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(g))
    if fmt == "gexf":
        return "\n".join(nx.generate_gexf(g))
    if fmt == "csv":
        return _csv_zip(g)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _table(rows: list[dict], first: list[str]) -> str:
    keys = list(first) + sorted({k for r in rows for k in r} - set(first))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=keys)
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def _csv_zip(g: nx.MultiDiGraph) -> bytes:
    nodes = [{"id": n, **d} for n, d in g.nodes(data=True)]
    edges = [{"source": u, "target": v, **d} for u, v, d in g.edges(data=True)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("nodes.csv", _table(nodes, ["id", "label", "name"]))
        z.writestr("edges.csv", _table(edges, ["source", "type", "target"]))
    return buf.getvalue()


def write_export(doc: GraphDocument, fmt: str, out: str | Path | None) -> str | bytes:
    data = export_text(doc, fmt)
    if out is not None:
        p = Path(out)
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            p.write_bytes(data)
        else:
            p.write_text(data, encoding="utf-8")
    return data
