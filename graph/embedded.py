"""The embedded store: a graph document in one JSON file, written atomically under a lock.

A crash or Ctrl-C mid-write leaves the previous file intact (temporary file, fsync,
rename), and two processes writing the same file are serialised by a lock file.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from filelock import FileLock, Timeout

from .merge import GraphIndex
from .schema import GraphDocument, SchemaError


class StoreError(RuntimeError):
    """The graph file cannot be read, locked or written."""


def read_document(path: str | Path) -> GraphDocument:
    path = Path(path)
    if not path.exists():
        return GraphDocument()
    try:
        return GraphDocument.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, SchemaError) as exc:
        raise StoreError(f"{path}: not a readable graph file ({exc})") from None


def write_atomic(path: str | Path, text: str) -> None:
    """Write text to path so that readers see the old file or the new one, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        with contextlib.suppress(OSError):
            dfd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class EmbeddedStore:
    """Open with `with EmbeddedStore(path) as store:`; merge documents; saved on exit."""

    def __init__(self, path: str | Path, lock_timeout: float = 600.0, on_wait=None):
        """on_wait(message) is called once if another process holds the lock."""
        self.path = Path(path)
        self.lock = FileLock(str(self.path) + ".lock", timeout=lock_timeout)
        self.lock_timeout = lock_timeout
        self.on_wait = on_wait
        self.index: GraphIndex | None = None

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
            self.index = GraphIndex(read_document(self.path))
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
        write_atomic(self.path, json.dumps(self.document().to_dict(), ensure_ascii=False, indent=1))

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.save()
        finally:
            self.lock.release()
