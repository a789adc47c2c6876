"""The real-news set (tests/real) is what it claims: redistributable, recorded, anchored in its text.

Every article carries its URL, outlet, date and licence; only licences that allow
redistribution are accepted. Every gold file matches its folder's split, names only
schema types, and every required person is named in the article and every fact's endpoint is a gold entity.
"""
import json
import re
import unicodedata
from pathlib import Path

import pytest

from graph.schema import EVENT_TYPES, FACT_TYPES

REAL = Path(__file__).resolve().parent / "real"
SPLITS = {"dev": "dev", "heldout": "held-out"}
LICENCES = re.compile(r"^(public domain|CC BY(?!-NC)[\w .-]*|Open Government Licence v3\.0)", re.I)   # OGL: UK, commercial use and adaptation allowed
GOLDS = sorted(REAL.glob("*/*.gold.json"))


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", " ", s)).strip()


def names(item: dict) -> set[str]:
    return {norm(n) for n in [item["name"], *item.get("aliases", [])] if n}


def test_the_set_is_large_and_varied_enough():
    meta = [json.loads(p.with_name(json.loads(p.read_text())["article"]).read_text()) for p in GOLDS]
    heldout = [p for p in GOLDS if p.parent.name == "heldout"]
    assert len(GOLDS) >= 40 and len(heldout) >= 15
    assert sum(bool(m.get("as_published")) for m in meta) * 3 >= len(meta)
    assert len({m["country"] for m in meta}) >= 15 and len({m["outlet"] for m in meta}) >= 3


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_article_is_recorded_and_gold_is_anchored(gold_path):
    gold = json.loads(gold_path.read_text())
    assert gold["split"] == SPLITS[gold_path.parent.name]
    if gold_path.parent.name == "dev":   # score.py reads furniture names from entities.ignore only
        assert "ignore" not in gold, "furniture names belong in entities.ignore"
    art = json.loads((gold_path.parent / gold["article"]).read_text())
    for key in ("title", "text", "url", "outlet", "licence", "published"):
        assert key in art, f"no {key}"
    assert art["url"].startswith("http") and LICENCES.match(art["licence"]), art["licence"]
    text = norm(art["title"] + " " + art["text"])

    ents = gold["entities"]["required"] + gold["entities"].get("optional", [])
    for e in gold["entities"]["required"]:   # a body may be named only through a title
        if e["label"] == "Person":
            assert any(n in text for n in names(e)), f"required person not in text: {e['name']}"
    known = set().union(*(names(e) for e in ents)) if ents else set()
    for kind in ("required", "optional"):
        for r in gold["relations"].get(kind, []):
            assert r["type"] in FACT_TYPES
            assert norm(r["source"]) in known and norm(r["target"]) in known, \
                f"relation endpoint not an entity: {r['source']} {r['type']} {r['target']}"
        for ev in gold["events"].get(kind, []):
            assert ev["type"] in EVENT_TYPES or kind == "optional"   # optional: not penalised
            for role in ("subject", "agent"):
                if ev.get(role):
                    assert norm(ev[role]) in known, f"event {role} not an entity: {ev[role]}"
