"""The interactive page: one self-contained pyvis HTML file that opens with no network.

pyvis inlines vis-network with cdn_resources="in_line" but still links bootstrap from a
CDN; those links are removed (the page does not need bootstrap), and a legend and
filters (label, relationship type, name) are added. Every text that came from an
article is HTML-escaped before it reaches the page, because vis tooltips are HTML.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx

from .nx_graph import to_networkx
from .schema import ARTICLE, EVENT, ORGANISATION, PERSON, GraphDocument

STYLE = {
    PERSON: {"color": "#4e79a7", "shape": "dot"},
    ORGANISATION: {"color": "#f28e2b", "shape": "box"},
    EVENT: {"color": "#e15759", "shape": "diamond"},
    ARTICLE: {"color": "#9c9c9c", "shape": "square"},
}
EXTERNAL = re.compile(r"""<(?:link|script)\b[^>]*\b(?:href|src)\s*=\s*["']https?://[^>]*>(?:\s*</script>)?""", re.I)


def esc(value) -> str:
    return html.escape(str(value), quote=True)


def neighbourhood(g: nx.MultiDiGraph, focus: str, depth: int) -> nx.MultiDiGraph:
    """The part of g within depth hops of the entity named focus (name or alias)."""
    f = focus.strip().lower()
    start = [n for n, d in g.nodes(data=True)
             if d.get("label") in (PERSON, ORGANISATION) and
             (str(d.get("name", "")).lower() == f or f in [a.lower() for a in d.get("aliases") or []])]
    if not start:
        start = [n for n, d in g.nodes(data=True) if f in str(d.get("name", "")).lower()]
    if not start:
        raise KeyError(f"no entity named {focus!r} in the graph")
    und = g.to_undirected(as_view=True)
    keep = set()
    for s in start:
        keep |= set(nx.single_source_shortest_path_length(und, s, cutoff=depth))
    return g.subgraph(keep).copy()


def _tooltip(d: dict, titles_by_article: dict[str, str]) -> str:
    rows = [f"<b>{esc(d.get('name', ''))}</b> <i>({esc(d.get('label', ''))})</i>"]
    for k in ("type", "date", "date_text", "position", "charge", "country"):
        if d.get(k):
            rows.append(f"{esc(k)}: {esc(d[k])}")
    if d.get("aliases"):
        rows.append("also: " + esc(", ".join(d["aliases"])))
    if d.get("titles"):
        rows.append("titles: " + esc("; ".join(d["titles"])))
    for s in (d.get("evidence") or [])[:4]:
        rows.append(f"&ldquo;{esc(s)}&rdquo;")
    return "<br>".join(rows)


def _edge_tooltip(d: dict, titles_by_article: dict[str, str]) -> str:
    rows = [f"<b>{esc(d.get('type', ''))}</b>"]
    for k in ("title", "position", "date", "charge", "role", "start", "end"):
        if d.get(k):
            rows.append(f"{esc(k)}: {esc(d[k])}")
    if d.get("confidence") is not None:
        rows.append(f"confidence: {esc(d['confidence'])}")
    arts = d.get("articles") or []
    for s, a in zip(d.get("evidence") or [], arts + [None] * 10):
        src = titles_by_article.get(a, a) if a else ""
        rows.append(f"&ldquo;{esc(s)}&rdquo; <i>{esc(src)}</i>")
    return "<br>".join(rows[:12])


def render(doc: GraphDocument, out: str | Path, focus: str | None = None, depth: int = 2,
           include_articles: bool = False, height: str = "800px") -> Path:
    from pyvis.network import Network

    g = to_networkx(doc)
    if not include_articles:
        g.remove_nodes_from([n for n, d in g.nodes(data=True) if d.get("label") == ARTICLE])
    if focus:
        g = neighbourhood(g, focus, depth)
    titles = {a.id: a.title for a in doc.articles}
    net = Network(height=height, width="100%", directed=True, cdn_resources="in_line",
                  notebook=False, select_menu=False, filter_menu=False)
    deg = dict(g.degree())
    for n, d in g.nodes(data=True):
        st = STYLE.get(d.get("label"), STYLE[ARTICLE])
        net.add_node(n, label=str(d.get("name", n))[:60], title=_tooltip(d, titles),
                     color=st["color"], shape=st["shape"], size=10 + 4 * min(deg.get(n, 0), 10),
                     okg_label=d.get("label"))
    for u, v, d in g.edges(data=True):
        label = d.get("type", "")
        if d.get("type") == "INVOLVES":
            label = d.get("role", "")
        net.add_edge(u, v, label=label, title=_edge_tooltip(d, titles), arrows="to",
                     okg_type=d.get("type"), font={"size": 10, "align": "middle"})
    net.set_options(json.dumps({
        "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 200}},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "edges": {"smooth": {"type": "dynamic"}},
    }))
    page = net.generate_html(notebook=False)
    page = EXTERNAL.sub("", page)
    page = page.replace("<body>", "<body>\n" + _controls(g), 1)
    page = page.replace("</body>", _filter_script() + "\n</body>", 1)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def _controls(g: nx.MultiDiGraph) -> str:
    labels = sorted({d.get("label") for _, d in g.nodes(data=True) if d.get("label")})
    types = sorted({d.get("type") for _, _, d in g.edges(data=True) if d.get("type")})
    legend = "".join(
        f'<label style="margin-right:12px"><input type="checkbox" class="okg-label" value="{esc(lb)}" checked> '
        f'<span style="display:inline-block;width:12px;height:12px;background:{STYLE.get(lb, STYLE[ARTICLE])["color"]}"></span> '
        f'{esc(lb)}</label>' for lb in labels)
    rels = "".join(f'<label style="margin-right:8px"><input type="checkbox" class="okg-type" value="{esc(t)}" checked> {esc(t)}</label>'
                   for t in types)
    return (
        '<div id="okg-controls" style="font-family:sans-serif;font-size:13px;padding:6px;border-bottom:1px solid #ddd">'
        f'<div id="okg-legend"><b>Nodes:</b> {legend}</div>'
        f'<div id="okg-types"><b>Relationships:</b> {rels}</div>'
        '<div><b>Name:</b> <input id="okg-name" type="search" placeholder="filter by name" style="width:220px"></div>'
        '</div>')


def _filter_script() -> str:
    return """<script>
(function () {
  function apply() {
    if (typeof network === 'undefined' || typeof nodes === 'undefined') return;
    var labels = Array.from(document.querySelectorAll('.okg-label:checked')).map(function (e) { return e.value; });
    var types = Array.from(document.querySelectorAll('.okg-type:checked')).map(function (e) { return e.value; });
    var q = (document.getElementById('okg-name').value || '').toLowerCase();
    nodes.update(nodes.get().map(function (n) {
      var ok = labels.indexOf(n.okg_label) >= 0 && (!q || String(n.label).toLowerCase().indexOf(q) >= 0);
      return {id: n.id, hidden: !ok};
    }));
    edges.update(edges.get().map(function (e) {
      return {id: e.id, hidden: types.indexOf(e.okg_type) < 0};
    }));
  }
  document.querySelectorAll('.okg-label, .okg-type').forEach(function (el) { el.addEventListener('change', apply); });
  document.getElementById('okg-name').addEventListener('input', apply);
  window.okgApplyFilters = apply;
})();
</script>"""
