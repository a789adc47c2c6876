"""The embedded store: a graph document in one file, appended to as articles arrive, under a lock.

The file holds the whole document on its first line (officials-kg/1 JSON), then one line
per later save with only what that save changed (records in their new state, ids of
records that are gone). A save therefore writes what the new articles touched, not the
whole graph; when the appended lines outgrow a quarter of the document, the save writes
the whole document again instead (compaction), so the file stays close to one document.

Crash safety: an appended line is written and fsynced in one piece; a crash mid-append
leaves a partial last line, which readers ignore and the next writer cuts off. A whole
document is written to a temporary file, fsynced and renamed over the old one. Either way
readers see the old graph or the new one. Two processes writing the same file are
serialised by a lock file. Files written as one (possibly indented) JSON document, by
hand or by older versions, are read as they are and compacted on their next save.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, field, fields
from pathlib import Path

import msgspec
from filelock import FileLock, Timeout

from .gc_pause import no_cyclic_gc
from .merge import GraphIndex
from .schema import FORMAT, Article, Entity, Event, GraphDocument, Relation, SchemaError

COMPACT_RATIO = 4   # compact when the appended lines exceed 1/COMPACT_RATIO of the document


class StoreError(RuntimeError):
    """The graph file cannot be read, locked or written."""


@dataclass
class _Whole:
    """The first line: a whole document (derived keys such as article_count are ignored)."""
    format: str
    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


@dataclass
class _Change:
    """An appended line: records a save added or changed, and what it removed."""
    change: int
    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    gone_entities: list[str] = field(default_factory=list)
    gone_relations: list[tuple[str, str, str]] = field(default_factory=list)


class _WholeUndecoded(msgspec.Struct):
    """The first line with events and relationships left as raw JSON, for a writer
    (msgspec Structs here: decoding into them is several times faster than into dataclasses)."""
    format: str
    articles: list[Article] = []
    entities: list[Entity] = []
    events: list[msgspec.Raw] = []
    relations: list[msgspec.Raw] = []


class _EventId(msgspec.Struct):
    id: str


class _RelationKey(msgspec.Struct):
    source: str
    type: str
    target: str


class _Keys(msgspec.Struct):
    """Only the keys of the first line's events and relationships."""
    events: list[_EventId] = []
    relations: list[_RelationKey] = []


_WHOLE, _CHANGE = msgspec.json.Decoder(_Whole), msgspec.json.Decoder(_Change)
_UNDECODED, _KEYS = msgspec.json.Decoder(_WholeUndecoded), msgspec.json.Decoder(_Keys)
_EVENT, _RELATION = msgspec.json.Decoder(Event), msgspec.json.Decoder(Relation)
_MISSING = object()


class _DecodedOnUse(dict):
    """Records keyed by id whose JSON is decoded when the merge first reads them, so
    opening a large store for one article does not build every record of it."""

    def __init__(self, decoder, items):
        super().__init__(items)
        self._decoder = decoder

    def _real(self, key, value):
        if isinstance(value, msgspec.Raw):
            value = self._decoder.decode(value)
            dict.__setitem__(self, key, value)
        return value

    def __getitem__(self, key):
        return self._real(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        value = dict.get(self, key, _MISSING)
        return default if value is _MISSING else self._real(key, value)

    def pop(self, key, *default):
        value = dict.pop(self, key, *default)
        return self._decoder.decode(value) if isinstance(value, msgspec.Raw) else value

    def values(self):
        return [self._real(k, v) for k, v in list(dict.items(self))]

    def items(self):
        return [(k, self._real(k, v)) for k, v in list(dict.items(self))]


def _index_of(data: bytes, path: Path) -> GraphIndex | None:
    with no_cyclic_gc():
        return _index_of_lines(data, path)


def _index_of_lines(data: bytes, path: Path) -> GraphIndex | None:
    """The store's GraphIndex, events and relationships decoded only when used; None if
    the file is not in the line format (then it is read whole)."""
    first, newline, rest = data.partition(b"\n")
    try:
        whole, keys = _UNDECODED.decode(first), _KEYS.decode(first)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    if whole.format != FORMAT:
        return None
    events = _DecodedOnUse(_EVENT, zip((e.id for e in keys.events), whole.events))
    relations = _DecodedOnUse(_RELATION, zip(((k.source, k.type, k.target) for k in keys.relations),
                                             whole.relations))
    articles = {a.id: a for a in whole.articles}
    entities = {e.id: e for e in whole.entities}
    changes = _changes(rest, path) if newline else []
    new_keys = False
    for c in changes:
        for i in c.gone_entities:
            entities.pop(i, None)
        for k in c.gone_relations:
            dict.pop(relations, tuple(k), None)
        articles.update((a.id, a) for a in c.articles)
        entities.update((e.id, e) for e in c.entities)
        events.update((e.id, e) for e in c.events)
        new_keys = new_keys or any(r.key() not in relations for r in c.relations)
        relations.update((r.key(), r) for r in c.relations)
    if new_keys:  # the order a whole read gives (by key), which renames follow
        relations = _DecodedOnUse(_RELATION, sorted(dict.items(relations), key=lambda kv: kv[0]))
    return GraphIndex.of_records(dict(sorted(articles.items())), [entities[k] for k in sorted(entities)],
                                 events, relations)


def _changes(rest: bytes, path: Path) -> list[_Change]:
    complete = rest.split(b"\n")[:-1]   # the last piece is empty, or a killed writer's partial line
    try:
        return [_CHANGE.decode(ln) for ln in complete if ln.strip()]
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise StoreError(f"{path}: not a readable graph file (appended change: {exc})") from None
_ENCODER = msgspec.json.Encoder()


def _with_articles(record) -> dict:
    """A fact as the export format has it: its fields plus the articles that support it."""
    d = {f.name: getattr(record, f.name) for f in fields(record)}
    d["articles"] = arts = record.articles
    d["article_count"] = len(arts)
    return d


def _records(doc: GraphDocument) -> dict:
    return {"articles": doc.articles, "entities": doc.entities,
            "events": [_with_articles(e) for e in doc.events],
            "relations": [_with_articles(r) for r in doc.relations]}


def document_line(doc: GraphDocument) -> bytes:
    """A whole document as one line of officials-kg/1 JSON."""
    return _ENCODER.encode({"format": FORMAT, **_records(doc)}) + b"\n"


def change_line(delta: GraphDocument, gone_entities: list[str], gone_relations: list) -> bytes:
    return _ENCODER.encode({"change": 1, **_records(delta), "gone_entities": gone_entities,
                            "gone_relations": gone_relations}) + b"\n"


def _apply(doc: GraphDocument, changes: list[_Change]) -> GraphDocument:
    if not changes:
        return doc
    arts = {a.id: a for a in doc.articles}
    ents = {e.id: e for e in doc.entities}
    evs = {e.id: e for e in doc.events}
    rels = {r.key(): r for r in doc.relations}
    for c in changes:
        for i in c.gone_entities:
            ents.pop(i, None)
        for k in c.gone_relations:
            rels.pop(tuple(k), None)
        arts.update((a.id, a) for a in c.articles)
        ents.update((e.id, e) for e in c.entities)
        evs.update((e.id, e) for e in c.events)
        rels.update((r.key(), r) for r in c.relations)
    return GraphDocument(articles=[arts[k] for k in sorted(arts)], entities=[ents[k] for k in sorted(ents)],
                         events=[evs[k] for k in sorted(evs)], relations=[rels[k] for k in sorted(rels)])


@dataclass
class _Parsed:
    doc: GraphDocument
    whole_bytes: int      # length of the first line (0: not in the line format, rewrite on save)
    valid_bytes: int      # up to the end of the last complete line


def _parse(data: bytes, path: Path) -> _Parsed:
    first, newline, rest = data.partition(b"\n")
    try:
        whole = _WHOLE.decode(first)
    except (msgspec.DecodeError, msgspec.ValidationError):
        whole = None
    if whole is None:  # one JSON document over many lines (older okg, or written by hand)
        try:
            return _Parsed(GraphDocument.from_dict(json.loads(data.decode("utf-8"))), 0, len(data))
        except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, AttributeError,
                SchemaError) as exc:
            raise StoreError(f"{path}: not a readable graph file ({exc})") from None
    if whole.format != FORMAT:
        raise StoreError(f"{path}: not a readable graph file (not an {FORMAT} document "
                         f"(format={whole.format!r}))")
    doc = GraphDocument(whole.articles, whole.entities, whole.events, whole.relations)
    if not newline:
        return _Parsed(doc, len(data), len(data))
    return _Parsed(_apply(doc, _changes(rest, path)), len(first) + 1, _complete_bytes(data))


def _complete_bytes(data: bytes) -> int:
    """Length up to the end of the last complete line (all of it if it is one line)."""
    return data.rfind(b"\n") + 1 if b"\n" in data else len(data)


def _bytes(path: Path) -> bytes | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    return data if data.strip() else None


def _read(path: Path) -> _Parsed | None:
    data = _bytes(path)
    if not data:
        return None
    with no_cyclic_gc():
        return _parse(data, path)


def parse_bytes(data: bytes, path: Path) -> tuple[GraphDocument, bool]:
    """The graph in these bytes of the file at path, and whether they are in the line format
    (a whole-document first line that later saves append to)."""
    if not data.strip():
        return GraphDocument(), False
    with no_cyclic_gc():
        parsed = _parse(data, path)
    return parsed.doc, parsed.whole_bytes > 0


def appended_changes(rest: bytes, path: Path) -> list[_Change]:
    """The complete change lines in bytes that follow a line end of the file (a partial
    last line, a killed writer's, is left out as readers leave it out)."""
    return _changes(rest, path)


def read_document(path: str | Path) -> GraphDocument:
    """The whole graph in the file (an empty one if there is no file)."""
    parsed = _read(Path(path))
    return parsed.doc if parsed else GraphDocument()


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def write_atomic(path: str | Path, text: str | bytes) -> None:
    """Write text to path so that readers see the old file or the new one, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8") if isinstance(text, str) else text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def append_line(path: Path, valid_bytes: int, line: bytes) -> None:
    """Cut the file to its complete lines (a killed writer's partial line goes), append one."""
    with open(path, "r+b") as fh:
        fh.truncate(valid_bytes)
        fh.seek(valid_bytes)
        fh.write(line)
        fh.flush()
        os.fsync(fh.fileno())


class EmbeddedStore:
    """Open with `with EmbeddedStore(path) as store:`; merge documents; saved on exit."""

    def __init__(self, path: str | Path, lock_timeout: float = 600.0, on_wait=None,
                 compact_ratio: int = COMPACT_RATIO):
        """on_wait(message) is called once if another process holds the lock."""
        self.path = Path(path)
        self.lock = FileLock(str(self.path) + ".lock", timeout=lock_timeout)
        self.lock_timeout = lock_timeout
        self.on_wait = on_wait
        self.compact_ratio = compact_ratio
        self.index: GraphIndex | None = None
        self._parsed: _Parsed | None = None

    def __enter__(self) -> "EmbeddedStore":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            try:
                self.lock.acquire(timeout=0)
            except Timeout:
                if self.on_wait:
                    self.on_wait(f"{self.path}: waiting for another okg process to finish writing")
                self.lock.acquire(timeout=self.lock_timeout)
        except Timeout:
            raise StoreError(f"{self.path}: locked by another okg process") from None
        try:
            data = _bytes(self.path)
            self.index = _index_of(data, self.path) if data else GraphIndex()
            self._parsed = None
            if data and self.index is not None:
                # no line end after the document: nothing may be appended to it, rewrite on save
                self._parsed = _Parsed(GraphDocument(), data.find(b"\n") + 1, _complete_bytes(data))
            elif data:  # one JSON document (older okg, or by hand): read whole, rewritten on save
                self._parsed = _read(self.path)
                self.index = GraphIndex.of_merged(self._parsed.doc)
        except BaseException:
            self.lock.release()
            raise
        return self

    def add(self, doc: GraphDocument) -> None:
        assert self.index is not None, "use the store as a context manager"
        self.index.add(doc)

    def document(self) -> GraphDocument:
        assert self.index is not None
        return self.index.document()

    def save(self) -> None:
        # Under the lock no other writer is active, so any temporary file left beside the
        # graph belongs to a writer that was killed mid-write: remove it.
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()
        assert self.index is not None
        delta, gone_entities, gone_relations = self.index.take_changes()
        p = self._parsed
        if p is not None and p.whole_bytes and not (delta.articles or delta.entities or delta.events
                                                    or delta.relations or gone_entities or gone_relations):
            return
        line = change_line(delta, gone_entities, gone_relations) if p is not None and p.whole_bytes else b""
        appended = (p.valid_bytes - p.whole_bytes + len(line)) if line else 0
        if line and appended * self.compact_ratio <= p.whole_bytes:
            append_line(self.path, p.valid_bytes, line)
            self._parsed = _Parsed(p.doc, p.whole_bytes, p.valid_bytes + len(line))
        else:
            whole = document_line(self.index.document())
            write_atomic(self.path, whole)
            self._parsed = _Parsed(GraphDocument(), len(whole), len(whole))

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.save()
        finally:
            self.lock.release()
