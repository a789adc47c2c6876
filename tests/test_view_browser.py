"""The page in real headless Chromium: offline, nodes drawn, article text escaped."""
import shutil
import subprocess

import pytest

from graph.schema import Entity, Evidence, GraphDocument, Relation
from graph.view import render

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _dom(page, tmp_path):
    probe = page.with_name("probe.html")
    html = page.read_text()
    html = html.replace("</body>", "<script>setTimeout(function(){document.body.setAttribute('data-nodes',"
                        " String(network.body.data.nodes.length)); document.body.setAttribute('data-pwned',"
                        " String(window.pwned === true));}, 500);</script></body>")
    probe.write_text(html)
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--virtual-time-budget=5000"]
    dom = subprocess.run(args + ["--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=120).stdout
    return dom, args


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (make test installs it)")
def test_page_draws_offline_and_escapes(tmp_path, seed_graph):
    from graph.embedded import read_document
    doc = read_document(seed_graph)
    evil = "<script>window.pwned=true</script><img src=x onerror=window.pwned=true>"
    doc.entities.append(Entity("person:evil", "Person", evil))
    doc.relations.append(Relation("person:evil", "REPLACED", "person:sergei-shoigu",
                                  evidence=[Evidence("article:x", evil)]))
    page = render(doc, tmp_path / "graph.html")
    text = page.read_text()
    assert "https://" not in "".join(l for l in text.splitlines() if "<script src" in l or "<link" in l)
    dom, args = _dom(page, tmp_path)
    import re
    n = re.search(r'data-nodes="(\d+)"', dom)
    assert n and int(n.group(1)) == len(doc.entities) + len(doc.events)
    assert 'data-pwned="false"' in dom
    from pathlib import Path
    shot = Path("out/view.png").resolve()
    shot.parent.mkdir(exist_ok=True)
    subprocess.run(args + [f"--screenshot={shot}", "--window-size=1280,900", page.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000
