"""Partitions of the input, planned on the client and read and extracted on the workers.

A partition is a run of consecutive inputs in the order `okg build` reads them (files
in folder order, globs sorted, records in file order), so concatenating the partitions'
articles gives exactly the single-process order. JSONL files with more records than a
partition holds are cut into slices of lines at byte offsets found by one pass over the
file, so one large file spreads over many workers; records keep their `file:LINE` names.
Workers read paths and URLs themselves: inputs must be on storage every worker sees.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from loaders.sources import (MAX_BYTES, URL_TIMEOUT, InputError, LoadFailure, RawArticle, decode,
                             expand, read_file, read_inputs, read_url, records_jsonl)

CHUNK = 1 << 20


@dataclass(frozen=True)
class JsonlSlice:
    """Lines first_line .. first_line + lines - 1 of a JSONL file, starting at byte offset."""
    path: str
    offset: int
    first_line: int
    lines: int


@dataclass
class Part:
    index: int
    units: list = field(default_factory=list)   # Path | str (URL) | JsonlSlice | RawArticle | LoadFailure
    size: int = 0                                # articles expected (one per file, lines per slice)


@dataclass
class PartResult:
    """What a worker gives back for one partition, in input order."""
    index: int
    items: list          # GraphDocument or "source: reason" (a failed input)
    words: int = 0


def _jsonl_slices(path: Path, per_slice: int) -> list[JsonlSlice]:
    """Byte offsets of every per_slice-th line, from one buffered pass over the file."""
    out, offset, line, start, start_line = [], 0, 1, 0, 1
    with open(path, "rb") as fh:
        head = fh.read(2)
        if head in (b"\xff\xfe", b"\xfe\xff"):      # UTF-16: not cut at byte newlines
            return []
        fh.seek(0)
        while chunk := fh.read(CHUNK):
            pos = 0
            while (nl := chunk.find(b"\n", pos)) >= 0:
                line += 1
                pos = nl + 1
                if line - start_line == per_slice:
                    out.append(JsonlSlice(str(path), start, start_line, per_slice))
                    start, start_line = offset + pos, line
            offset += len(chunk)
    if offset > start:
        out.append(JsonlSlice(str(path), start, start_line, line - start_line + 1))
    return out


def plan(inputs: list[str], per_part: int, max_bytes: int = MAX_BYTES, stdin=None) -> list[Part]:
    """Inputs into partitions of about per_part articles, in reading order."""
    import sys
    parts: list[Part] = [Part(0)]

    def add(unit, size: int = 1):
        if parts[-1].size and parts[-1].size + size > per_part:
            parts.append(Part(len(parts)))
        parts[-1].units.append(unit)
        parts[-1].size += size

    for src in expand(inputs):
        if src == "-":
            for item in read_inputs(["-"], max_bytes=max_bytes, stdin=stdin or sys.stdin):
                add(item)
        elif isinstance(src, Path) and src.suffix.lower() == ".jsonl" and src.is_file() \
                and src.stat().st_size <= max_bytes:
            slices = _jsonl_slices(src, per_part)
            if len(slices) <= 1:        # read whole, exactly as one process reads it
                add(src, slices[0].lines if slices else 1)
            for s in slices if len(slices) > 1 else []:
                add(s, s.lines)
        else:
            add(src)
    return [p for p in parts if p.units]


def _read_slice(s: JsonlSlice):
    with open(s.path, "rb") as fh:
        fh.seek(s.offset)
        data = b"".join(fh.readline() for _ in range(s.lines))
    try:
        text = decode(data)
    except InputError as exc:
        yield LoadFailure(f"{s.path}:{s.first_line}-{s.first_line + s.lines - 1}", str(exc))
        return
    yield from records_jsonl(str(s.path), text, s.first_line)


def read_part(part: Part, max_bytes: int = MAX_BYTES, url_timeout: float = URL_TIMEOUT):
    """Every article (or failure) of a partition, in order."""
    for unit in part.units:
        if isinstance(unit, (RawArticle, LoadFailure)):
            yield unit
        elif isinstance(unit, JsonlSlice):
            yield from _read_slice(unit)
        elif isinstance(unit, str):
            yield from read_url(unit, timeout=url_timeout, max_bytes=max_bytes)
        else:
            yield from read_file(unit, max_bytes=max_bytes)


def extract_part(part: Part, model: str | None, batch: int = 64, max_bytes: int = MAX_BYTES,
                 url_timeout: float = URL_TIMEOUT, published: str | None = None,
                 country: str | None = None) -> PartResult:
    """Runs on a worker: read the partition and extract it with this process's pipeline
    (published: the date for articles that give none, as `okg build --published`;
    country: as `okg build --country`)."""
    from .cluster import extractor

    order: list = []      # RawArticle or failure line, as read
    for item in read_part(part, max_bytes, url_timeout):
        order.append(str(item) if isinstance(item, LoadFailure) else item)
    raws = [x for x in order if isinstance(x, RawArticle)]
    for raw in raws:
        raw.published = raw.published or published
        raw.country = country
    docs = iter(extractor(model).extract_stream(raws, batch_size=batch))
    items = [next(docs) if isinstance(x, RawArticle) else x for x in order]
    return PartResult(part.index, items, sum(len(r.text.split()) for r in raws))
