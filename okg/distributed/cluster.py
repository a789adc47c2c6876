"""Reaching a Dask cluster, and one spaCy pipeline per worker process.

`connect("tcp://host:8786")` joins a running scheduler; `connect("local:N")` starts a
LocalCluster of N worker processes on this machine (one thread each: spaCy holds the
GIL, so processes, not threads, give parallelism).
"""
from __future__ import annotations

import logging
import re

from distributed import Client, LocalCluster, WorkerPlugin

_EXTRACTORS: dict = {}


class ClusterError(RuntimeError):
    """The cluster cannot be reached or started; the message is the one line a user sees."""


def extractor(model: str | None):
    """This process's Extractor for model, loaded on first use and kept."""
    if model not in _EXTRACTORS:
        from loaders.extract import Extractor
        _EXTRACTORS[model] = Extractor(model)
    return _EXTRACTORS[model]


class ExtractorPlugin(WorkerPlugin):
    """Loads the pipeline when a worker starts (and when a restarted worker rejoins),
    so the first partition does not pay for it and a missing model fails early."""

    def __init__(self, model: str | None):
        self.model = model
        self.name = f"okg-extractor-{model or 'default'}"

    def setup(self, worker):
        extractor(self.model)


def connect(address: str, timeout: float = 10.0) -> tuple[Client, LocalCluster | None]:
    """A client on the scheduler at address, or on a new LocalCluster for `local:N`."""
    m = re.fullmatch(r"local(?::(\d+))?", address.strip())
    try:
        if m:
            n = int(m.group(1) or 2)
            if n < 1:
                raise ClusterError(f"cluster {address}: needs at least one worker")
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.CRITICAL)
            return Client(cluster, timeout=timeout), cluster
        return Client(address, timeout=timeout), None
    except ClusterError:
        raise
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ClusterError(f"cluster {address}: cannot connect ({reason})") from None
