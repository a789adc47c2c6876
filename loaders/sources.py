"""Reading articles from wherever a user points: files, folders, globs, stdin and URLs.

Each input yields either a `RawArticle` or a `LoadFailure` naming the source and the
reason, so one bad file never stops the batch. Formats: .txt (first line is the
title), .md, .html/.htm (trafilatura), .json (one record or a list) and .jsonl
(`title`, `text`, `url`, `published`).
"""
from __future__ import annotations

import glob
import json
import re
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .language import not_english

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
MAX_BYTES = 10 * 1024 * 1024
URL_TIMEOUT = 20.0


@dataclass
class RawArticle:
    """An article's text and metadata as read, before any NLP."""
    source: str
    title: str
    text: str
    url: str | None = None
    published: str | None = None
    country: str | None = None   # `okg build --country`: the article's when its text names none


@dataclass
class LoadFailure:
    """One input that could not be read: `source: reason` is the line the user sees."""
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class InputError(ValueError):
    pass


# -- decoding ------------------------------------------------------------------

def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with a BOM, else Windows-1252/Latin-1."""
    if not data.strip():
        raise InputError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    sample = data[:8192]
    if b"\x00" in sample:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.05 * max(1, len(text[:8192])):
        raise InputError("binary file (control bytes), not text")
    return text


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB limit; "
                         "raise it with --max-bytes)")
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory") from None


def os_reason(exc: OSError) -> str:
    """The one-line reason an operating-system error gives for a source."""
    return "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))


# -- formats -------------------------------------------------------------------

def _article(source: str, title: str, text: str, url=None, published=None) -> RawArticle:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = (title or "").strip()
    if not text.strip() and not title:
        raise InputError("no article text found")
    if not text.strip():
        raise InputError("article has a title but no text")
    lang = not_english(text)
    if lang:
        raise InputError(f"not English ({lang})")
    from .dates import article_date, normalise_published
    published = normalise_published(published) or article_date(text, url)   # metadata, dateline, URL
    return RawArticle(source, title or text.strip().split("\n", 1)[0][:120], text, url, published)


def from_txt(source: str, text: str) -> RawArticle:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n")
    first, _, rest = text.partition("\n")
    return _article(source, first, rest if rest.strip() else first)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def from_markdown(source: str, text: str) -> RawArticle:
    """Markdown to plain text: headings, emphasis, links and code fences lose their markup."""
    lines, title = [], None
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip().startswith("```"):
            continue
        line = _MD_LINK.sub(r"\1", line)
        line = re.sub(r"(\*\*|__|\*|_|`)(\S.*?\S|\S)\1", r"\2", line)
        m = re.match(r"^\s{0,3}#{1,6}\s+(.*)$", line)
        if m:
            line = m.group(1).strip().rstrip("#").strip()
            if title is None:
                title = line
                continue
        line = re.sub(r"^\s*(?:[-*+]|>)\s+", "", line)
        lines.append(line)
    body = "\n".join(lines).strip("\n")
    if title is None:
        return from_txt(source, body)
    return _article(source, title, body)


def from_html(source: str, html: str, url: str | None = None) -> RawArticle:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None:
        raise InputError("no article text found in HTML")
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = d.get("text") or ""
    if not text.strip():
        raise InputError("no article text found in HTML")
    return _article(source, d.get("title") or "", text, d.get("url") or url, d.get("date"))


def from_record(source: str, rec) -> RawArticle:
    if not isinstance(rec, dict):
        raise InputError("record is not a JSON object")
    text = rec.get("text") or rec.get("body") or rec.get("content")
    if not isinstance(text, str) or not text.strip():
        raise InputError("record has no 'text'")
    title = rec.get("title") if isinstance(rec.get("title"), str) else ""
    url = rec.get("url") if isinstance(rec.get("url"), str) else None
    pub = rec.get("published") or rec.get("date")
    return _article(source, title, text, url, str(pub) if pub else None)


def _records_json(source: str, text: str) -> Iterator[RawArticle | LoadFailure]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield LoadFailure(source, f"invalid JSON ({exc.msg} at line {exc.lineno})")
        return
    recs = data if isinstance(data, list) else [data]
    for i, rec in enumerate(recs):
        name = source if len(recs) == 1 else f"{source}[{i}]"
        try:
            yield from_record(name, rec)
        except InputError as exc:
            yield LoadFailure(name, str(exc))


def records_jsonl(source: str, text: str, first_line: int = 1) -> Iterator[RawArticle | LoadFailure]:
    """The records of JSON Lines text, each named `source:LINE` (counting from first_line)."""
    for n, line in enumerate(text.splitlines(), first_line):
        if not line.strip():
            continue
        name = f"{source}:{n}"
        try:
            yield from_record(name, json.loads(line))
        except json.JSONDecodeError as exc:
            yield LoadFailure(name, f"invalid JSON ({exc.msg})")
        except InputError as exc:
            yield LoadFailure(name, str(exc))


def parse_text(source: str, text: str, suffix: str, url: str | None = None) -> Iterator[RawArticle | LoadFailure]:
    """Decoded text of one input, by its kind (suffix), into articles."""
    suffix = suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from records_jsonl(source, text)
        elif suffix == ".json":
            yield from _records_json(source, text)
        elif suffix in (".html", ".htm"):
            yield from_html(source, text, url)
        elif suffix in (".md", ".markdown"):
            yield from_markdown(source, text)
        else:
            yield from_txt(source, text)
    except InputError as exc:
        yield LoadFailure(source, str(exc))


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[RawArticle | LoadFailure]:
    source = str(path)
    try:
        if not path.exists():
            raise InputError("no such file or directory")
        text = decode(_read_bytes(path, max_bytes))
    except InputError as exc:
        yield LoadFailure(source, str(exc))
        return
    except OSError as exc:
        yield LoadFailure(source, os_reason(exc))
        return
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES and _looks_like_html(text):
        suffix = ".html"
    yield from parse_text(source, text, suffix)


def read_url(url: str, timeout: float = URL_TIMEOUT, max_bytes: int = MAX_BYTES) -> Iterator[RawArticle | LoadFailure]:
    req = urllib.request.Request(url, headers={"User-Agent": "officials-kg/0.1 (+news reader)"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            data = resp.read(max_bytes + 1)
            final_url = resp.geturl()
            ctype = resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        yield LoadFailure(url, f"HTTP {exc.code} {exc.reason}")
        return
    except (socket.timeout, TimeoutError):
        yield LoadFailure(url, f"timed out after {timeout:g}s")
        return
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            yield LoadFailure(url, f"timed out after {timeout:g}s")
        else:
            yield LoadFailure(url, f"cannot fetch ({reason})")
        return
    except (OSError, ValueError) as exc:
        yield LoadFailure(url, f"cannot fetch ({exc})")
        return
    if len(data) > max_bytes:
        yield LoadFailure(url, f"response too large (> {max_bytes / 1e6:.1f} MB)")
        return
    try:
        text = decode(data)
    except InputError as exc:
        yield LoadFailure(url, str(exc))
        return
    if "json" in ctype:
        suffix = ".json"
    elif "html" in ctype or _looks_like_html(text):
        suffix = ".html"
    else:
        suffix = Path(urllib.parse.urlparse(final_url).path).suffix or ".txt"
    yield from parse_text(url, text, suffix, url=final_url)


def expand(inputs: list[str]) -> Iterator[str | Path | LoadFailure]:
    """Inputs as given (paths, folders, globs, '-', URLs) into single sources, in order."""
    for item in inputs:
        if item == "-" or re.match(r"^https?://", item, re.I):
            yield item
            continue
        try:
            yield from _expand_path(item)
        except OSError as exc:
            yield LoadFailure(item, os_reason(exc))


def _expand_path(item: str) -> Iterator[Path | LoadFailure]:
    p = Path(item)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                       and not any(part.startswith(".") for part in f.relative_to(p).parts))
        if not files:
            yield LoadFailure(item, "folder holds no .txt, .md, .html, .json or .jsonl files")
        yield from files
    elif any(c in item for c in "*?[") and not p.exists():
        hits = sorted(glob.glob(item, recursive=True))
        if not hits:
            yield LoadFailure(item, "no file matches this pattern")
        for h in hits:
            yield from _expand_path(h)
    else:
        yield p


def read_inputs(inputs: list[str], max_bytes: int = MAX_BYTES, stdin=None,
                url_timeout: float = URL_TIMEOUT) -> Iterator[RawArticle | LoadFailure]:
    """Every article (or failure) behind the given inputs."""
    for src in expand(inputs):
        if isinstance(src, LoadFailure):
            yield src
        elif src == "-":
            stream = stdin if stdin is not None else sys.stdin
            text = stream.read()
            if not text.strip():
                yield LoadFailure("<stdin>", "empty input")
                continue
            kind = ".html" if _looks_like_html(text) else (
                ".json" if text.lstrip().startswith(("{", "[")) else ".txt")
            yield from parse_text("<stdin>", text, kind)
        elif isinstance(src, str):
            yield from read_url(src, timeout=url_timeout, max_bytes=max_bytes)
        else:
            yield from read_file(src, max_bytes=max_bytes)


__all__ = ["RawArticle", "LoadFailure", "read_inputs", "expand", "decode", "SUFFIXES"]
