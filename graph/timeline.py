"""Events in date order, with names instead of ids: what `okg timeline` prints."""
from __future__ import annotations

from .schema import GraphDocument


def timeline_rows(doc: GraphDocument, dated_only: bool = True) -> list[dict]:
    names = {e.id: e.name for e in doc.entities}
    rows = []
    for ev in doc.events:
        if dated_only and not ev.date:
            continue
        rows.append({"date": ev.date, "date_text": ev.date_text, "type": ev.type,
                     "subject": ", ".join(names.get(i, i) for i in ev.role("subject")),
                     "agent": ", ".join(names.get(i, i) for i in ev.role("agent")),
                     "position": ev.position, "charge": ev.charge, "id": ev.id})
    return sorted(rows, key=lambda r: (r["date"] or "9999", r["type"], r["subject"]))
