"""`okg build --cluster ADDRESS`: extraction on a Dask cluster, merged and written as one graph.

The job has four steps, each a set of Dask tasks:

1. `parts`   — inputs are planned into partitions on the client (files, folder contents,
   globs, slices of large JSONL files); each worker reads its partition and extracts it
   with the spaCy pipeline it loaded once (`cluster.ExtractorPlugin`).
2. `shuffle`: one task joins every article's keys (person ids and surnames, event ids
   with their persons, the persons a relationship links) into components whose records
   never meet in the fold, and deals them into bins; organisations, person-free
   relationships and articles go by a hash of their id.
3. each bin folds its share of every article in input order with
   `graph.merge.GraphIndex` on a worker; the bins are disjoint, and together they are
   the graph `merge` builds in one process, fact for fact (`--merge-on client` merges
   in one process on the client instead).
4. `write`   — the pieces go to the embedded store on the client, or to Neo4j from the
   workers: nodes first, then events and relationships, several writers at once.
"""
from .job import BuildResult, run_build

__all__ = ["BuildResult", "run_build"]
