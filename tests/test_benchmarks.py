"""The benchmark scripts stay runnable (figures themselves come from `make bench`)."""
import json
import subprocess
import sys

from conftest import ROOT

from benchmarks.corpus import build_corpus, news_paragraphs, words


def test_corpus_is_real_text_and_not_the_dev_set_repeated():
    corpus, info = build_corpus(2000)
    assert len(corpus) == 2000 and words(corpus) > 300_000
    assert build_corpus(2000)[0][7].text == corpus[7].text          # the same every time
    news = set(news_paragraphs())
    paras = [p for a in corpus for p in a.text.split("\n\n")]
    share = sum(p in news for p in paras) / len(paras)
    assert 0.2 < share < 0.5 and info["stdlib_paragraphs"] > 1000


def test_bench_script_runs_small(tmp_path):
    out = tmp_path / "bench.json"
    r = subprocess.run([sys.executable, "benchmarks/bench.py", "--articles", "30", "--no-neo4j", "--growth", "2000", "--json", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    for heading in ("1. extraction throughput", "3. embedded store", "4. peak memory", "our own cost", "5. growth"):
        assert heading in r.stdout
    figures = json.loads(out.read_text())
    assert figures["extraction"]["1"]["okg_wps"] > 0 and figures["memory"]["peak_mib"] > 0
    [row] = figures["growth"]["rows"]
    assert row["relationships"] == 2000 and row["add_article_s"] > 0 and row["load_peak_mib"] > 0
