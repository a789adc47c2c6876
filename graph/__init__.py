"""The graph side of officials-kg: schema, merging, stores, queries and views.

Never imports `loaders`: records come in as `graph.schema` objects.
"""
