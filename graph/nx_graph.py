"""A graph document as a networkx MultiDiGraph: the shape views, algorithms and exporters read.

Nodes carry `__labels__` and edges `__labels__` (label sets, as networkx Cypher tools expect), plus
flat properties. Events are nodes joined to their participants by INVOLVES edges and to
their articles by REPORTED_IN; MENTIONS edges come from the document's relations. The same shape
is written to Neo4j, so a query means the same on both stores.
"""
from __future__ import annotations

import networkx as nx

from .schema import ARTICLE, EVENT, GraphDocument


def evidence_text(evidence) -> list[str]:
    return [e.sentence for e in evidence]


def to_networkx(doc: GraphDocument) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for a in doc.articles:
        g.add_node(a.id, __labels__={ARTICLE}, label=ARTICLE, id=a.id, name=a.title,
                   title=a.title, url=a.url, published=a.published, source=a.source)
    for e in doc.entities:
        g.add_node(e.id, __labels__={e.label}, label=e.label, id=e.id, name=e.name,
                   aliases=list(e.aliases), titles=list(e.titles), country=e.country)
    for ev in doc.events:
        g.add_node(ev.id, __labels__={EVENT}, label=EVENT, id=ev.id, name=ev.type.title(),
                   type=ev.type, date=ev.date, date_text=ev.date_text, position=ev.position,
                   charge=ev.charge, confidence=ev.confidence,
                   evidence=evidence_text(ev.evidence), articles=ev.articles,
                   article_count=len(ev.articles))
        for p in ev.participants:
            if p.entity in g:
                g.add_edge(ev.id, p.entity, key=f"INVOLVES:{p.role}", __labels__={"INVOLVES"},
                           type="INVOLVES", role=p.role)
        for art in ev.articles:
            if art in g:
                g.add_edge(ev.id, art, key="REPORTED_IN", __labels__={"REPORTED_IN"},
                           type="REPORTED_IN")
    for r in doc.relations:
        if r.source in g and r.target in g:
            g.add_edge(r.source, r.target, key=r.type, __labels__={r.type}, type=r.type,
                       confidence=r.confidence, evidence=evidence_text(r.evidence),
                       articles=r.articles, article_count=len(r.articles),
                       **{k: v for k, v in r.properties.items() if k not in ("type",)})
    return g
