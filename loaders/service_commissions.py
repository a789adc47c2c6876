"""A service's commissioner names the commission, not a body "X Service" (round 17).

Westminster public services are run by commissions whose heads are "Commissioners": "State
Services Commissioner X", "Public Service Commissioner X", "the First Civil Service
Commissioner". The small model reads "State Services" / "Public Service" / "First Civil
Service" as a body (or a place) of its own, so the holder's post goes to that non-body (or to a
minister's "Public Service" portfolio). The span right before "Commissioner" that ends in
"Service(s)" is dropped here; the title "X Service(s) Commissioner" is then read whole and
title_orgs gives its body, the X Service(s) Commission.
"""
from __future__ import annotations

from spacy.tokens import Span

from . import doc_index

SERVICE_WORDS = frozenset({"service", "services"})
HEADS = frozenset({"commissioner", "commissioners"})


def before_commissioner(doc, span: Span) -> bool:
    """The span ends in "Service(s)" and "Commissioner" is written right after it."""
    return span.label_ in ("ORG", "GPE") and span[-1].lower_ in SERVICE_WORDS and span[-1].text[:1].isupper() \
        and span.end < len(doc) and doc[span.end].lower_ in HEADS and doc[span.end].text[:1].isupper()


def mend(doc, ents: list[Span]) -> list[Span]:
    """Spans that are the first words of a service commissioner's title go."""
    if HEADS.isdisjoint(doc_index.lowers(doc)):
        return list(ents)
    return [e for e in ents if not before_commissioner(doc, e)]
