"""Each input format, folders, globs, stdin and URLs (against a local HTTP server), and bad input."""
import io
import json

import pytest

from loaders.clean import clean_text
from loaders.sources import LoadFailure, RawArticle, read_inputs

BODY = "Putin dismissed Defense Minister Sergei Shoigu in April.\n\nNEXT Other headline\n"


def read(*inputs, **kw):
    return list(read_inputs([str(i) for i in inputs], **kw))


def test_txt_first_line_is_title(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("The title\n\n" + BODY)
    [a] = read(p)
    assert isinstance(a, RawArticle) and a.title == "The title" and "Sergei Shoigu" in a.text


def test_markdown(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("# A *title*\n\nPutin **dismissed** [Shoigu](http://x).\n")
    [a] = read(p)
    assert a.title == "A title" and "Putin dismissed Shoigu." in a.text


def test_html_with_trafilatura(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><head><title>Purge</title></head><body><nav>Home | World</nav>"
                 "<article><h1>Purge in Moscow</h1><p>" + "Putin dismissed Defense Minister Sergei Shoigu in April. " * 3 +
                 "</p><p>The FSB arrested Deputy Defense Minister Timur Ivanov.</p></article></body></html>")
    [a] = read(p)
    assert "Timur Ivanov" in a.text and "Home | World" not in a.text


def test_json_and_jsonl(tmp_path):
    j = tmp_path / "a.json"
    j.write_text(json.dumps([{"title": "One", "text": BODY, "url": "http://x/1", "published": "2024-05-01"},
                             {"title": "Two", "text": BODY}]))
    l = tmp_path / "b.jsonl"
    l.write_text(json.dumps({"title": "Three", "text": BODY}) + "\n{broken\n" + json.dumps({"title": "Four", "text": BODY}) + "\n")
    items = read(j, l)
    good = [i.title for i in items if isinstance(i, RawArticle)]
    bad = [str(i) for i in items if isinstance(i, LoadFailure)]
    assert good == ["One", "Two", "Three", "Four"]
    assert bad == [f"{l}:2: invalid JSON (Expecting property name enclosed in double quotes)"]
    assert items[0].published == "2024-05-01" and items[0].url == "http://x/1"


def test_folder_and_glob(tmp_path):
    (tmp_path / "sub").mkdir()
    for n in ("a.txt", "sub/b.md", "c.bin"):
        (tmp_path / n).write_text("T\n" + BODY)
    assert len(read(tmp_path)) == 2
    assert [i.source for i in read(str(tmp_path / "*.txt"))] == [str(tmp_path / "a.txt")]


def test_stdin():
    [a] = read("-", stdin=io.StringIO("Title\n" + BODY))
    assert a.source == "<stdin>" and a.title == "Title"


def test_furniture_dropped():
    cleaned = clean_text("Story.\nYou may be interested: X\nFollow us on Google News\nNEXT Other story\nNext year he left.")
    assert cleaned.split("\n") == ["Story.", "", "", "", "Next year he left."]


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary\x00", "binary file"),
])
def test_bad_files_fail_with_reason(tmp_path, data, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    [f] = read(p)
    assert isinstance(f, LoadFailure) and f.source == str(p) and reason in f.reason


def test_latin1_and_bom(tmp_path):
    a = tmp_path / "latin.txt"
    a.write_bytes("Título\nJosé Pérez was arrested.".encode("latin-1"))
    b = tmp_path / "bom.txt"
    b.write_bytes("\ufeffTitle\nText here.".encode("utf-8"))
    x, y = read(a, b)
    assert x.title == "Título" and "José" in x.text and y.title == "Title"


def test_missing_and_large(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    m, l = read(tmp_path / "nope.txt", big, max_bytes=1000)
    assert "no such file" in m.reason and "too large" in l.reason


def test_script_only_html(tmp_path):
    p = tmp_path / "s.html"
    p.write_text("<html><body><script>var a = 1;</script></body></html>")
    [f] = read(p)
    assert isinstance(f, LoadFailure) and "no article text" in f.reason


def test_url_fetch(http_base):
    [a] = read(f"{http_base}/article")
    assert isinstance(a, RawArticle) and "Timur Ivanov" in a.text and a.url.endswith("/article")


def test_url_404_and_timeout(http_base):
    nf, slow = read(f"{http_base}/missing", f"{http_base}/slow", url_timeout=1)
    assert "HTTP 404" in nf.reason
    assert "timed out" in slow.reason
