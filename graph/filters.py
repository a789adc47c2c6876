"""Filtering a document by confidence, keeping it consistent (no edge to a dropped event)."""
from __future__ import annotations

from .schema import GraphDocument


def min_confidence(doc: GraphDocument, threshold: float) -> GraphDocument:
    if threshold <= 0:
        return doc
    rels = [r for r in doc.relations if r.type == "MENTIONS" or r.confidence >= threshold]
    events = [e for e in doc.events if e.confidence >= threshold]
    return GraphDocument(doc.articles, doc.entities, events, rels)
