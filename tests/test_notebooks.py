"""Every notebook under notebooks/ runs top to bottom on the seed graph (nbclient, a real kernel).

With the test Neo4j server up, the notebook's Cypher part runs too and must find the same
rows on Neo4j as on the embedded store.
"""
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _execute(path: Path, tmp_path: Path) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    nbformat.write(nb, tmp_path / path.name)  # kept for a look when a test fails
    return nb


def _text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.extend(str(v) for k, v in out.get("data", {}).items() if k.startswith("text/"))
    return "\n".join(parts)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path, seed_graph, tmp_path, monkeypatch):
    monkeypatch.setenv("OKG_GRAPH", str(seed_graph))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    text = _text(_execute(path, tmp_path))
    assert "Traceback" not in text


def test_explore_answers_the_questions(seed_graph, tmp_path, monkeypatch, neo4j_store, neo4j_uri):
    monkeypatch.setenv("OKG_GRAPH", str(seed_graph))
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    nb = _execute(ROOT / "notebooks" / "explore.ipynb", tmp_path)
    text = _text(nb)
    assert "Andrei Belousov" in text and "Sergei Shoigu" in text          # who replaced whom
    assert "Vadim Shamarin" in text and "Valery Gerasimov" in text        # arrests, chain of command
    assert any("image/png" in out.get("data", {}) for c in nb.cells for out in c.get("outputs", []))
    assert "<iframe srcdoc=" in text                                      # the page inline
    for q in ("who replaced whom", "arrested", "posts"):
        assert f"{q}: " in text and "same as embedded: True" in text.split(f"{q}: ", 1)[1].splitlines()[0]
    assert neo4j_store.counts()["Person"] > 0
