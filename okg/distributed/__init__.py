"""`okg build --cluster ADDRESS`: extraction on a Dask cluster, merged and written as one graph.

The job has four steps, each a set of Dask tasks:

1. `parts`   — inputs are planned into partitions on the client (files, folder contents,
   globs, slices of large JSONL files); each worker reads its partition and extracts it
   with the spaCy pipeline it loaded once (`cluster.ExtractorPlugin`).
2. `shuffle` — every article's graph records are keyed (article, person and event ids,
   the surnames person resolution compares); articles that share a person key form one
   component, and components and organisation records are dealt into bins.
3. each bin is folded with `graph.merge.GraphIndex` in input order on a worker; bins
   are disjoint, so their union is the graph one process builds (`merge`), fact for fact.
4. `write`   — the pieces go to the embedded store on the client, or to Neo4j from the
   workers: nodes first, then events and relationships, several writers at once.
"""
from .job import BuildResult, run_build

__all__ = ["BuildResult", "run_build"]
