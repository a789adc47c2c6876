"""`okg`: the command-line app on top of `loaders` (text side) and `graph` (graph side)."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news about officials into a knowledge graph: build, query, view, export.")

GRAPH = typer.Option(Path("out/graph.json"), "--graph", "-g", help="The embedded graph file.")
NEO4J = typer.Option(None, "--neo4j", help="Neo4j bolt URI (else NEO4J_URI); credentials from "
                                           "NEO4J_USER / NEO4J_PASSWORD.")


def _err(msg: str) -> None:
    typer.echo(f"okg: {msg}", err=True)


def _neo4j(uri: Optional[str]):
    from graph.neo4j_store import Neo4jConfig, Neo4jError, Neo4jStore

    try:
        return Neo4jStore(Neo4jConfig.from_env(uri))
    except Neo4jError as exc:
        _err(str(exc))
        raise typer.Exit(2)


def _write_neo4j(doc, uri: Optional[str], bulk: bool = False) -> str:
    """Merge doc into Neo4j; one clean line and exit 2 on failure. Returns the server URI."""
    from graph.neo4j_store import Neo4jError

    store = _neo4j(uri)
    try:
        with store:
            store.write(doc, bulk=bulk)
    except Neo4jError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    return store.cfg.uri


def save_embedded(doc, graph: Path, html: Optional[Path], no_html: bool, quiet: bool, failed: int) -> None:
    """Merge doc into the embedded store, write the page and print the summary (`okg build`,
    also on a cluster). Raises StoreError. The whole graph is built only for the page and the
    summary: with both off, adding articles costs what they hold, not what the graph holds."""
    from graph.embedded import EmbeddedStore

    with EmbeddedStore(graph, on_wait=_err) as store:
        store.add(doc)
        full = None if no_html and quiet else store.document()
    if not no_html:
        from graph.view import render
        render(full, html or graph.with_suffix(".html"))
    if not quiet:
        typer.echo(f"{len(doc.articles)} article(s) read, {failed} failed; graph: {graph}"
                   + ("" if no_html else f", view: {html or graph.with_suffix('.html')}"))
        _print_stats(stats_of(full))


def _load_graph(path: Path):
    from graph.embedded import StoreError, read_document

    if not path.exists():
        _err(f"{path}: no graph file (run `okg build` first)")
        raise typer.Exit(2)
    try:
        return read_document(path)
    except StoreError as exc:
        _err(str(exc))
        raise typer.Exit(2)


def stats_of(doc) -> dict:
    from graph.nx_graph import to_networkx

    g = to_networkx(doc)
    labels = Counter(d.get("label") for _, d in g.nodes(data=True))
    types = Counter(d.get("type") for _, _, d in g.edges(data=True))
    return {"nodes": dict(sorted(labels.items())), "relationships": dict(sorted(types.items()))}


def _print_stats(st: dict) -> None:
    typer.echo("nodes:         " + ", ".join(f"{k} {v}" for k, v in st["nodes"].items()))
    typer.echo("relationships: " + ", ".join(f"{k} {v}" for k, v in st["relationships"].items()))


def _published_option(value: Optional[str]) -> Optional[str]:
    """--published as an ISO date, or one line and exit 2."""
    if value is None:
        return None
    from loaders.dates import parse_published
    day = parse_published(value)
    if day is None:
        _err(f"--published: {value!r} is not a date (give e.g. 2024-05-14)")
        raise typer.Exit(2)
    return day.isoformat()


@app.command()
def build(
    inputs: List[str] = typer.Argument(..., help="Files, folders, globs, '-' (stdin) or http(s) URLs."),
    graph: Path = GRAPH,
    neo4j: Optional[str] = NEO4J,
    html: Optional[Path] = typer.Option(None, "--html", help="Also write the HTML view here "
                                        "(default: next to the graph file)."),
    no_html: bool = typer.Option(False, "--no-html", help="Do not write the HTML view."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to use (e.g. en_core_web_md)."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                                         help="Keep only facts at least this confident."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first input that fails."),
    max_bytes: int = typer.Option(10_000_000, "--max-bytes", help="Skip input files larger than this."),
    batch: int = typer.Option(64, "--batch", help="Text blocks per spaCy batch."),
    processes: int = typer.Option(1, "--processes", "-j", min=1, help="Worker processes, each reading whole articles (spaCy and rules)."),
    timeout: float = typer.Option(20.0, "--timeout", help="Seconds to wait for each URL."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
    country: Optional[str] = typer.Option(None, "--country", help="The country of articles whose text names "
                                          "none (e.g. a government release: 'New Zealand'); posts go to its bodies."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (e.g. 2024-05-14) "
                                            "for articles whose metadata, dateline or URL give none."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Run on a Dask cluster: a scheduler "
                                          "address (tcp://host:8786) or local:N for N local worker processes."),
    partition: int = typer.Option(100, "--partition-size", min=1, help="With --cluster: articles per task."),
    merge_on: str = typer.Option("client", "--merge-on", help="With --cluster: merge on the 'client' in "
                                 "one process, or in bins on the 'workers'."),
):
    """Read articles, extract officials, posts and events, and merge them into the graph.

    Bad inputs are reported one line each (source: reason) and skipped; the exit code
    is 1 when any input failed. The graph file is updated at the end, all or nothing
    (what changed appended as one line, or the whole file replaced).
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from graph.embedded import StoreError
    from graph.filters import min_confidence as keep_confident
    from loaders.extract import Extractor, given_country
    from loaders.nlp import ModelError
    from loaders.sources import LoadFailure, expand, read_inputs

    published = _published_option(published)
    if country is not None and given_country(country) is None:
        _err(f"--country: {country!r} is not a country the gazetteer knows (give e.g. 'Ghana')")
        raise typer.Exit(2)
    if cluster is not None:   # the same build as a Dask job (okg/distributed)
        from .distributed.command import build_on_cluster
        return build_on_cluster(cluster, inputs, graph=graph, neo4j=neo4j, html=html, no_html=no_html,
                                model=model, min_confidence=min_confidence, strict=strict,
                                max_bytes=max_bytes, batch=batch, per_part=partition, timeout=timeout,
                                quiet=quiet, published=published, country=country, merge_on=merge_on)
    try:
        extractor = Extractor(model)
    except ModelError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    failures = 0
    total = sum(1 for _ in expand(inputs)) if "-" not in inputs else None
    progress = Progress(TextColumn("[bold]build[/]"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("{task.description}"),
                        disable=quiet or not sys.stderr.isatty(), transient=True, console=None)
    stopped = False

    def good_articles(task):
        nonlocal failures, stopped
        for item in read_inputs(inputs, max_bytes=max_bytes, url_timeout=timeout):
            if isinstance(item, LoadFailure):
                failures += 1
                _err(str(item))
                if strict:
                    stopped = True
                    return
                continue
            progress.update(task, advance=1, description=item.source[-40:])
            item.published = item.published or published
            item.country = country
            yield item

    with progress:
        task = progress.add_task("", total=total)
        docs = list(extractor.extract_stream(good_articles(task), batch_size=batch, n_process=processes))
    if stopped:
        raise typer.Exit(1)
    from graph.merge import merge
    merged = keep_confident(merge(*docs), min_confidence)
    try:
        if neo4j is not None:
            uri = _write_neo4j(merged, neo4j)
            if not quiet:
                typer.echo(f"wrote {len(merged.articles)} article(s) to Neo4j at {uri}")
        else:
            save_embedded(merged, graph, html, no_html, quiet, failures)
    except StoreError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    if failures:
        raise typer.Exit(1)


@app.command()
def extract(
    source: str = typer.Argument(..., help="One article: a file, '-' for stdin, or a URL."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to use."),
):
    """Extract one article and print its graph records as JSON (nothing is stored)."""
    from loaders.extract import Extractor
    from loaders.sources import LoadFailure, read_inputs

    items = list(read_inputs([source]))
    bad = [i for i in items if isinstance(i, LoadFailure)]
    for b in bad:
        _err(str(b))
    good = [i for i in items if not isinstance(i, LoadFailure)]
    if not good:
        raise typer.Exit(1)
    from graph.merge import merge
    doc = merge(*Extractor(model).extract_many(good))
    typer.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=1))


@app.command()
def query(
    cypher: str = typer.Argument(..., help="A Cypher query; 'single' or \"double\" quoted strings."),
    graph: Path = GRAPH,
    neo4j: Optional[str] = NEO4J,
    write: bool = typer.Option(False, "--write", help="Neo4j only: run in a write transaction."),
    as_json: bool = typer.Option(False, "--json", help="Rows as JSON objects."),
):
    """Run Cypher on the embedded graph (its LadybugDB index) or on Neo4j (read-only unless --write)."""
    if neo4j is not None:
        from graph.neo4j_store import Neo4jError
        store = _neo4j(neo4j)
        try:
            with store:
                cols, rows = store.query(cypher, write=write)
        except Neo4jError as exc:
            _err(str(exc))
            raise typer.Exit(2)
    else:
        from graph.cypher import QueryError, open_cypher
        from graph.embedded import StoreError
        if write:
            _err("--write needs --neo4j: the embedded store is read-only to Cypher")
            raise typer.Exit(2)
        if not graph.exists():
            _err(f"{graph}: no graph file (run `okg build` first)")
            raise typer.Exit(2)
        try:
            index = open_cypher(graph, on_build=lambda note: typer.echo(note + " (once per change of the file)",
                                                                        err=True))
            cols, rows = index.query(cypher)
        except (QueryError, StoreError) as exc:
            _err(str(exc))
            raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=1, default=str))
        return
    typer.echo("\t".join(cols))
    for r in rows:
        typer.echo("\t".join("" if v is None else (", ".join(map(str, v)) if isinstance(v, list) else str(v))
                             for v in r))


@app.command()
def view(
    graph: Path = GRAPH,
    out: Path = typer.Option(Path("out/graph.html"), "--out", "-o", help="The HTML page to write."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Draw only around this entity (name or alias)."),
    depth: int = typer.Option(2, "--depth", min=0, help="Hops around --focus."),
    articles: bool = typer.Option(False, "--articles", help="Also draw article nodes."),
):
    """Write the interactive graph page: one self-contained HTML file that works offline."""
    from graph.view import render

    doc = _load_graph(graph)
    try:
        path = render(doc, out, focus=focus, depth=depth, include_articles=articles)
    except KeyError as exc:
        _err(str(exc.args[0]))
        raise typer.Exit(2)
    typer.echo(f"wrote {path}")


@app.command()
def export(
    graph: Path = GRAPH,
    fmt: str = typer.Option("json", "--format", "-f", help="json | graphml | gexf | csv (a zip) | "
                                                          "ftm (FollowTheMoney entities as JSON lines)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="File to write (default: stdout)."),
):
    """Export the graph: the JSON document (the evaluation format), GraphML, GEXF, CSV or FollowTheMoney."""
    from graph.export import FORMATS, write_export

    if fmt not in FORMATS:
        _err(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    if fmt == "csv" and out is None:
        _err("csv export is a zip of nodes.csv and edges.csv: give --out FILE.zip")
        raise typer.Exit(2)
    data = write_export(_load_graph(graph), fmt, out)
    if out is None:
        typer.echo(data)
    else:
        typer.echo(f"wrote {out}", err=True)


@app.command()
def stats(graph: Path = GRAPH, as_json: bool = typer.Option(False, "--json")):
    """Counts of nodes by label and relationships by type."""
    st = stats_of(_load_graph(graph))
    if as_json:
        typer.echo(json.dumps(st, indent=1))
    else:
        _print_stats(st)


@app.command()
def timeline(graph: Path = GRAPH, as_json: bool = typer.Option(False, "--json")):
    """The dated events in order: date, type, subject, agent, position."""
    from graph.timeline import timeline_rows

    rows = timeline_rows(_load_graph(graph))
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for r in rows:
        extra = f" by {r['agent']}" if r["agent"] else ""
        pos = f" ({r['position']})" if r["position"] else ""
        typer.echo(f"{r['date'] or '?':10}  {r['type']:12} {r['subject']}{pos}{extra}  [{r['date_text'] or ''}]")


@app.command()
def posts(graph: Path = GRAPH,
          body: Optional[str] = typer.Option(None, "--body", "-b", help="Only posts at this body (name or alias, part of it)."),
          title: Optional[str] = typer.Option(None, "--title", "-t", help="Only posts with this title (e.g. 'defence minister')."),
          as_json: bool = typer.Option(False, "--json")):
    """Each post's holders in order (predecessor before successor), with dates and sources."""
    from graph.posts import posts as find_posts, posts_rows

    doc = _load_graph(graph)
    if as_json:
        typer.echo(json.dumps(posts_rows(doc, body=body, title=title), ensure_ascii=False, indent=1))
        return
    found = find_posts(doc, body=body, title=title)
    if not found:
        typer.echo("no posts match" if body or title else "no posts in the graph")
    arts = {a.id: a for a in doc.articles}
    for p in found:
        typer.echo(f"{p.title} — {p.org_name}")
        for i, t in enumerate(p.holders):
            srcs = "; ".join(f"{arts[a].title[:50] if a in arts else a}"
                             + (f" ({arts[a].published})" if a in arts and arts[a].published else "")
                             for a in t.articles)
            flag = "  [sources disagree on dates]" if t.disputed else ""
            typer.echo(f"  {'->' if i else '  '} {t.name} ({t.span()}){flag}\n       sources: {srcs}")


@app.command()
def who(title: str = typer.Argument(..., help="The post's title, e.g. 'defence minister'."),
        on: str = typer.Option(..., "--on", help="The day (or month, or year) to ask about."),
        body: Optional[str] = typer.Option(None, "--body", "-b", help="Only the post at this body."),
        graph: Path = GRAPH):
    """Who held a post on a date, by the dates the articles give."""
    from graph.posts import who as holders_on

    day = on.strip()
    import re as _re
    if not _re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", day):
        _err(f"--on: {on!r} is not an ISO date (give 2020, 2020-05 or 2020-05-14)")
        raise typer.Exit(2)
    hits = holders_on(_load_graph(graph), title, day, body=body)
    if not hits:
        typer.echo(f"no holder of {title!r} known on {day}")
        raise typer.Exit(1)
    for p, t in hits:
        typer.echo(f"{t.name}\t{p.title} — {p.org_name}\t({t.span()})")


@app.command()
def record(name: str = typer.Argument(..., help="The person (name, alias or id)."),
           out: Path = typer.Option(Path("out/record.html"), "--out", "-o", help="The HTML page to write."),
           graph: Path = GRAPH):
    """One offline page on a person: posts over time, events, successions and every source sentence."""
    from graph.record import write_record

    try:
        path = write_record(_load_graph(graph), name, out)
    except KeyError as exc:
        _err(str(exc.args[0]))
        raise typer.Exit(2)
    typer.echo(f"wrote {path}")


@app.command()
def push(graph: Path = typer.Argument(Path("out/graph.json"), help="Embedded graph file to send."),
         neo4j: Optional[str] = NEO4J,
         bulk: bool = typer.Option(False, "--bulk", help="Into an empty database: CREATE in large "
                                   "batches instead of MERGE (one writer at a time; a database "
                                   "that holds anything is merged into).")):
    """Copy an embedded graph into Neo4j (merged: nothing there is lost)."""
    doc = _load_graph(graph)
    uri = _write_neo4j(doc, neo4j, bulk=bulk)
    typer.echo(f"pushed {len(doc.entities)} entities, {len(doc.events)} events, "
               f"{len(doc.relations)} relationships to {uri}")


@app.command()
def pull(graph: Path = GRAPH, neo4j: Optional[str] = NEO4J):
    """Copy the graph in Neo4j into the embedded graph file (merged)."""
    from graph.embedded import EmbeddedStore
    from graph.neo4j_store import Neo4jError
    store = _neo4j(neo4j)
    try:
        with store:
            doc = store.read_document()
    except Neo4jError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    with EmbeddedStore(graph) as emb:
        emb.add(doc)
    typer.echo(f"pulled {len(doc.entities)} entities, {len(doc.events)} events into {graph}")


def main() -> None:  # console-script entry point
    from graph.neo4j_store import quiet_driver_logging
    quiet_driver_logging()
    app()


if __name__ == "__main__":
    main()
