"""Whole articles in worker processes: spaCy and our rules together in each worker.

spaCy's own `nlp.pipe(n_process=N)` parses in N workers but hands every parsed doc back
to the parent, where our rules then run one article at a time, beside the workers, on
the same cores. Here each worker reads whole articles (parse, then rules) and sends back
only the small graph document, so the rules run in parallel too and nothing parsed
crosses a process boundary. Documents come back in input order.
"""
from __future__ import annotations

import multiprocessing as mp
from itertools import islice
from typing import Iterable, Iterator

from graph.schema import GraphDocument

from .sources import RawArticle

CHUNK = 8          # articles per task: big enough to batch spaCy, small enough to share out evenly

_EXTRACTOR = None  # the worker's extractor: the parent's (fork) or a new one (spawn)


def _start(model: str | None) -> None:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from .extract import Extractor
        _EXTRACTOR = Extractor(model)


def _read(chunk: list[RawArticle]) -> list[GraphDocument]:
    return _EXTRACTOR.extract_many(chunk)


def _chunks(raws: Iterable[RawArticle], size: int) -> Iterator[list[RawArticle]]:
    it = iter(raws)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_in_workers(extractor, raws: Iterable[RawArticle], n_process: int) -> Iterator[GraphDocument]:
    """One document per article, in order, read by n_process workers. Where fork exists
    the workers share the parent's loaded pipeline; elsewhere each loads the model."""
    global _EXTRACTOR
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    if ctx.get_start_method() == "fork":
        _EXTRACTOR = extractor
    try:
        with ctx.Pool(n_process, initializer=_start, initargs=(extractor.model,)) as pool:
            for docs in pool.imap(_read, _chunks(raws, CHUNK)):
                yield from docs
    finally:
        _EXTRACTOR = None
