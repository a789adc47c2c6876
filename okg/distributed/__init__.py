"""`okg build --cluster ADDRESS`: extraction on a Dask cluster, merged and written as one graph.

The job has four steps, each a set of Dask tasks:

1. `parts`   — inputs are planned into partitions on the client (files, folder contents,
   globs, slices of large JSONL files); each worker reads its partition and extracts it
   with the spaCy pipeline it loaded once (`cluster.ExtractorPlugin`).
2. `shuffle`: the person records of every article are folded in input order in one
   task (resolution compares persons only), which tells where each article's persons
   end up; events, relationships, organisations and articles are dealt into bins by
   their final keys.
3. each bin replays the fold on a worker — all person records plus its own facts, in
   input order, with `graph.merge.GraphIndex` — so renames fold facts as they do in one
   process; the bins are disjoint, and with the persons they are the graph `merge`
   builds in one process, fact for fact.
4. `write`   — the pieces go to the embedded store on the client, or to Neo4j from the
   workers: nodes first, then events and relationships, several writers at once.
"""
from .job import BuildResult, run_build

__all__ = ["BuildResult", "run_build"]
