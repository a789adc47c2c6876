"""Bad input, kills and concurrent writers: keep going, say what went wrong, lose nothing."""
import codecs
import json
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from conftest import OKG, ROOT, SEED, SEEDS, run_okg
from filelock import FileLock

from graph.embedded import read_document
from loaders.language import language_of
from loaders.sources import LoadFailure, read_inputs

GOOD = "Peru's Congress removed President Pedro Castillo on Wednesday.\n\nPolice arrested Castillo in Lima."


def _bad_batch(d):
    """A scraped folder: every kind of bad file beside good ones."""
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "latin1.txt").write_bytes(("Título en español\n" + GOOD.replace("Lima", "Lima, según José Pérez")).encode("latin-1"))
    (d / "bom.txt").write_bytes(("\ufeffWith a byte-order mark\n" + GOOD).encode("utf-8"))
    (d / "script.html").write_text("<html><body>" + "<script>alert(1)</script>" * 50 + "</body></html>")
    with open(d / "huge.txt", "wb") as fh:  # 50 MB of text
        line = (GOOD + "\n").encode()
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    (d / "feed.jsonl").write_text(json.dumps({"title": "Good one", "text": GOOD}) + "\n{not json\n"
                                  + json.dumps({"title": "Good two", "text": GOOD + " Again."}) + "\n")
    return d


def test_bad_batch_reported_one_line_each_and_good_stored(tmp_path, http_base):
    d = _bad_batch(tmp_path / "scraped")
    g = tmp_path / "graph.json"
    r = run_okg("build", SEED, d, tmp_path / "missing.txt", f"{http_base}/gone", f"{http_base}/slow",
                "--graph", g, "--no-html", "-q", "--timeout", "1")
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    expected = {
        d / "empty.txt": "empty file", d / "binary.txt": "binary file", d / "script.html": "no article text",
        d / "huge.txt": "file too large", f"{d / 'feed.jsonl'}:2": "invalid JSON",
        tmp_path / "missing.txt": "no such file", f"{http_base}/gone": "HTTP 404", f"{http_base}/slow": "timed out",
    }
    for source, reason in expected.items():
        hits = [x for x in lines if x.startswith(f"okg: {source}: ")]
        assert len(hits) == 1 and reason in hits[0], (source, lines)
    assert len(lines) == len(expected), lines
    titles = {a.title for a in read_document(g).articles}
    assert {"Título en español", "With a byte-order mark", "Good one", "Good two"} <= titles
    assert len(titles) == 5


def test_strict_stops_at_first_failure(tmp_path):
    d = _bad_batch(tmp_path / "scraped")
    g = tmp_path / "graph.json"
    assert run_okg("build", SEED, "--graph", g, "--no-html", "-q").returncode == 0
    before = g.read_bytes()
    r = run_okg("build", d, "--graph", g, "--no-html", "-q", "--strict")
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    assert g.read_bytes() == before


def _as_nobody(fn):
    """Run fn as an unprivileged user when we are root (root reads anything), then take root back."""
    if os.geteuid() != 0:
        return fn()
    for enc in ("utf-8-sig", "utf-16", "cp1252", "latin-1"):  # the interpreter's own files sit under /root
        codecs.lookup(enc)
    language_of("Le président a limogé le ministre mardi soir, a annoncé son bureau.")  # loads langid
    os.seteuid(65534)
    try:
        return fn()
    finally:
        os.seteuid(0)


def test_unreadable_file_and_folder():
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        d.chmod(0o755)
        p = d / "secret.txt"
        p.write_text("Title\n" + GOOD)
        p.chmod(0)
        (d / "locked").mkdir()
        (d / "locked" / "a.txt").write_text("Title\n" + GOOD)
        (d / "locked").chmod(0)
        ok = d / "ok.txt"
        ok.write_text("Title\n" + GOOD)
        ok.chmod(0o644)
        items = _as_nobody(lambda: list(read_inputs([str(p), str(d / "locked" / "a.txt"), str(ok)])))
    f1, f2, good = items
    assert isinstance(f1, LoadFailure) and f1.source == str(p) and f1.reason == "permission denied"
    assert isinstance(f2, LoadFailure) and "permission denied" in f2.reason
    assert not isinstance(good, LoadFailure) and good.title == "Title"


N_SEEDS = sum(1 for f in SEEDS.iterdir() if f.suffix in (".txt", ".md", ".json"))   # one article each


def _start_build(graph, *inputs, stderr=subprocess.DEVNULL):
    return subprocess.Popen(OKG + ["build", *map(str, inputs), "--graph", str(graph), "--no-html", "-q"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)


def test_killed_build_leaves_previous_graph(tmp_path):
    g = tmp_path / "graph.json"
    assert run_okg("build", SEED, "--graph", g, "--no-html", "-q").returncode == 0
    old = read_document(g)
    old_titles = {a.title for a in old.articles}
    t0 = time.time()
    assert run_okg("build", SEEDS, "--graph", tmp_path / "timing.json", "--no-html", "-q").returncode == 0
    full = time.time() - t0
    for fraction, sig in ((0.5, signal.SIGKILL), (0.8, signal.SIGKILL), (0.9, signal.SIGINT),
                          (0.95, signal.SIGKILL), (0.99, signal.SIGKILL)):
        proc = _start_build(g, SEEDS)
        time.sleep(full * fraction)
        proc.send_signal(sig)
        proc.wait(60)
        titles = {a.title for a in read_document(g).articles}   # loads, whatever the moment
        assert titles == old_titles or len(titles) == N_SEEDS
        if titles == old_titles:
            assert g.read_bytes() and read_document(g).relations == old.relations
    assert run_okg("build", SEEDS, "--graph", g, "--no-html", "-q").returncode == 0
    assert len(read_document(g).articles) == N_SEEDS
    assert not list(tmp_path.glob(".graph.json.*.tmp")), "stale temporary files were not cleaned"


def test_concurrent_builds_are_serialised(tmp_path):
    g = tmp_path / "graph.json"
    log = tmp_path / "stderr.txt"
    with FileLock(str(g) + ".lock"):
        with open(log, "w") as err:
            proc = _start_build(g, SEEDS / "03_china_defence_minister.md", stderr=err)
        deadline = time.time() + 120
        while "waiting for another okg process" not in log.read_text() and time.time() < deadline:
            assert proc.poll() is None, log.read_text()
            time.sleep(0.2)
        assert "waiting for another okg process" in log.read_text()
        time.sleep(1)
        assert proc.poll() is None and not g.exists()      # blocked, nothing written
    assert proc.wait(120) == 0
    # two builds at once on one file: both articles end up in it
    a, b = _start_build(g, SEED), _start_build(g, SEEDS / "02_ukraine_commander.txt")
    assert a.wait(300) == 0 and b.wait(300) == 0
    assert len(read_document(g).articles) == 3
