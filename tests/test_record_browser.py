"""`okg record`: the person's page in real headless Chromium, offline, hostile article text escaped."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_okg
from graph.schema import Article, Entity, Event, Evidence, Participant, Relation

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
EVIL = "<script>window.pwned=true</script><img src=x onerror=\"window.pwned=true\">"


def test_record_command(seed_graph, tmp_path):
    page = tmp_path / "shoigu.html"
    r = run_okg("record", "Sergei Shoigu", "--graph", seed_graph, "--out", page)
    assert r.returncode == 0, r.stderr
    text = page.read_text()
    for want in ("Posts over time", "Anatoly Serdyukov", "Andrei Belousov", "2012-11-06",
                 "http://en.kremlin.ru/events/president/news/16755", "Sergei Shoigu appointed Defence Minister"):
        assert want in text
    assert "<script" not in text and "http" not in "".join(re.findall(r"<(?:link|img|script)[^>]*>", text))
    bad = run_okg("record", "Nobody At All", "--graph", seed_graph, "--out", tmp_path / "x.html")
    assert bad.returncode == 2 and bad.stderr.strip() == "okg: no person named 'Nobody At All' in the graph"


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (make test installs it)")
def test_record_page_offline_and_escaped(seed_graph, tmp_path):
    from graph.embedded import read_document
    from graph.record import record_html
    doc = read_document(seed_graph)
    doc.articles.append(Article("article:evil", EVIL, "javascript:window.pwned=true", "2024-05-13", EVIL))
    doc.entities.append(Entity("person:evil", "Person", "Evil " + EVIL, [EVIL]))
    doc.relations.append(Relation("person:evil", "REPLACED", "person:sergei-shoigu", {"position": EVIL},
                                  [Evidence("article:evil", EVIL)]))
    doc.events.append(Event("event:evil", "ARREST", [Participant("subject", "person:sergei-shoigu"),
                                                     Participant("agent", "person:evil")],
                            "2024-05-13", EVIL, EVIL, EVIL, [Evidence("article:evil", EVIL)]))
    page = tmp_path / "record.html"
    page.write_text(record_html(doc, "Sergei Shoigu"))
    html = page.read_text()
    assert 'href="javascript' not in html.lower()
    probe = tmp_path / "probe.html"
    probe.write_text(html.replace("</body>", "<script>setTimeout(function(){var b=document.body;"
                                  "b.setAttribute('data-pwned', String(window.pwned===true));"
                                  "b.setAttribute('data-bars', String(document.querySelectorAll('.bar').length));"
                                  "b.setAttribute('data-quotes', String(document.querySelectorAll('q').length));"
                                  "b.setAttribute('data-evil-text', String(document.body.textContent.indexOf("
                                  "'<script>window.pwned=true<\\/script>') >= 0));}, 300);</script></body>"))
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--virtual-time-budget=3000"]
    dom = subprocess.run(args + ["--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert 'data-pwned="false"' in dom                     # no injected script or handler ran
    assert 'data-evil-text="true"' in dom                  # ... the hostile text is shown as text
    bars = int(re.search(r'data-bars="(\d+)"', dom).group(1))
    assert bars >= 1                                        # the timeline is drawn
    assert int(re.search(r'data-quotes="(\d+)"', dom).group(1)) >= 3   # source sentences
    shot = Path("out/record.png").resolve()
    shot.parent.mkdir(exist_ok=True)
    subprocess.run(args + [f"--screenshot={shot}", "--window-size=1100,1400", page.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000
