"""Start and stop the test Neo4j server (start.sh beside this file): for the tests and `make bench`."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
from pathlib import Path

START = Path(__file__).resolve().parent / "start.sh"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(workdir: Path, *flags: str, timeout: float = 900) -> tuple[subprocess.Popen, str]:
    """Start a server on a free loopback port; (process, bolt URI) once it accepts connections.

    The process is the JVM itself (start.sh execs java), so killing it stops the server, and
    it exits when its standard input closes. Raises RuntimeError if it does not start."""
    port = free_port()
    ready, log_path = workdir / f"ready-{port}", workdir / f"server-{port}.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(["bash", str(START), str(port), str(ready), "--stdin", *flags],
                                stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + timeout
    while not ready.exists():
        if proc.poll() is not None:
            raise RuntimeError(f"the Neo4j test server did not start: see {log_path}")
        if time.time() > deadline:
            proc.kill()
            raise RuntimeError("the Neo4j test server did not start in time")
        time.sleep(0.5)
    return proc, f"bolt://127.0.0.1:{port}"


def stop(proc: subprocess.Popen) -> None:
    proc.stdin.close()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()


@contextlib.contextmanager
def running(workdir: Path):
    """For the benchmarks: the server in NEO4J_URI if set, else a test server started here and
    stopped on exit; yields its bolt URI. A server that does not start ends the run (one line)."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        yield uri
        return
    try:
        proc, uri = start(workdir)
    except RuntimeError as exc:
        raise SystemExit(str(exc)) from None
    try:
        yield uri
    finally:
        stop(proc)
