"""`okg build --cluster ADDRESS`: the command's cluster branch (options as `okg build`)."""
from __future__ import annotations

import sys
from pathlib import Path

import typer


def build_on_cluster(address: str, inputs: list[str], *, graph: Path, neo4j: str | None,
                     html: Path | None, no_html: bool, model: str | None, min_confidence: float,
                     strict: bool, max_bytes: int, batch: int, per_part: int, timeout: float,
                     quiet: bool, published: str | None = None, country: str | None = None,
                     merge_on: str = "client") -> None:
    """Run the job on the cluster and store its graph; exits as `okg build` does (1 if an
    input failed, 2 if the cluster, the model, the store or Neo4j cannot be used)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from loaders.nlp import ModelError
    from okg.cli import _err, save_embedded

    from .cluster import ClusterError, connect
    from .job import run_build

    if merge_on not in ("workers", "client"):
        _err(f"--merge-on: {merge_on!r} is not 'workers' or 'client'")
        raise typer.Exit(2)
    cfg = None
    if neo4j is not None:
        from graph.neo4j_store import Neo4jConfig, Neo4jError
        try:
            cfg = Neo4jConfig.from_env(neo4j)
        except Neo4jError as exc:
            _err(str(exc))
            raise typer.Exit(2)
    try:
        client, cluster = connect(address)
    except ClusterError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    progress = Progress(TextColumn("[bold]{task.fields[stage]}[/]"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), disable=quiet or not sys.stderr.isatty(), transient=True)
    tasks: dict = {}

    def report(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task("", total=total, stage=stage)
        progress.update(tasks[stage], completed=done, total=max(total, done))

    if not quiet and client.dashboard_link and cluster is None:
        typer.echo(f"cluster dashboard: {client.dashboard_link}", err=True)
    try:
        with progress:
            res = run_build(client, inputs, model=model, per_part=per_part, batch=batch,
                            max_bytes=max_bytes, url_timeout=timeout, strict=strict,
                            min_confidence=min_confidence, neo4j=cfg, gather=cfg is None,
                            published=published, country=country, merge_on=merge_on, on_progress=report)
    except ModelError as exc:   # raised by a worker loading the pipeline
        _err(str(exc))
        raise typer.Exit(2)
    except Exception as exc:  # a worker-side error arrives as its own type: one line each
        _err(f"cluster {address}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        raise typer.Exit(2)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for line in res.failures:
        _err(line)
    if strict and res.failures:
        raise typer.Exit(1)
    if cfg is not None:
        if not quiet:
            typer.echo(f"wrote {res.articles} article(s) to Neo4j at {cfg.uri} "
                       f"in {res.written.get('pieces', 0)} piece(s) from the workers")
    else:
        from graph.embedded import StoreError
        try:
            save_embedded(res.document, graph, html, no_html, quiet, len(res.failures))
        except StoreError as exc:
            _err(str(exc))
            raise typer.Exit(2)
    if not quiet:
        secs = ", ".join(f"{k} {v:.1f}s" for k, v in res.seconds.items())
        share = res.plan.get("largest", 0) / max(res.plan.get("groups", 0), 1)
        merged = (f"merged in {res.bins} bin(s) ({res.plan.get('components', 0)} component(s), "
                  f"the largest {share:.0%} of the records)") if res.bins else "merged on the client"
        typer.echo(f"cluster: {res.partitions} partition(s), {merged}; {secs}")
    if res.failures:
        raise typer.Exit(1)
