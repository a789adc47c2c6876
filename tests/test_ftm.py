"""`okg export --format ftm`: every entity valid for the followthemoney library, ids stable."""
import json

import pytest

from conftest import SEEDS, run_okg

followthemoney = pytest.importorskip("followthemoney")
from followthemoney import model  # noqa: E402


def _export(graph):
    r = run_okg("export", "--graph", graph, "--format", "ftm")
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines() if line.strip()]


def test_every_entity_validates_with_followthemoney(seed_graph):
    ents = _export(seed_graph)
    ids = {e["id"] for e in ents}
    assert len(ids) == len(ents), "ids are unique"
    problems = []
    for e in ents:
        schema = model.get(e["schema"])
        assert schema is not None and not schema.abstract, e["schema"]
        schema.validate(e)                                   # raises InvalidData on a bad value
        for name in schema.required:
            if not e["properties"].get(name):
                problems.append((e["schema"], "missing", name))
        for name, values in e["properties"].items():
            prop = schema.properties.get(name)
            if prop is None:
                problems.append((e["schema"], "unknown property", name))
                continue
            if prop.validate(values) is not None:
                problems.append((e["schema"], name, values))
            if prop.type.name == "entity":
                problems += [(e["schema"], name, "dangling", v) for v in values if v not in ids]
        proxy = model.get_proxy(e)                           # the library's own reading of it
        assert proxy.id == e["id"] and proxy.schema.name == e["schema"]
    assert problems == []
    kinds = {e["schema"] for e in ents}
    assert {"Person", "PublicBody", "Position", "Occupancy", "Succession", "Event", "Article"} <= kinds


def test_succession_and_occupancy_of_the_seeds(seed_graph):
    ents = _export(seed_graph)
    by_id = {e["id"]: e for e in ents}
    name = lambda i: by_id[i]["properties"]["name"][0]  # noqa: E731
    successions = {(name(e["properties"]["predecessor"][0]), name(e["properties"]["successor"][0]))
                   for e in ents if e["schema"] == "Succession"}
    assert ("Sergei Shoigu", "Andrei Belousov") in successions
    assert ("Anatoly Serdyukov", "Sergei Shoigu") in successions
    occ = [e["properties"] for e in ents if e["schema"] == "Occupancy"
           and name(e["properties"]["holder"][0]) == "Sergei Shoigu"
           and "Defence Minister" in by_id[e["properties"]["post"][0]]["properties"]["name"][0]]
    assert occ and occ[0]["startDate"] == ["2012-11-06"]
    assert occ[0]["proof"] and all(by_id[p]["schema"] == "Article" for p in occ[0]["proof"])
    assert occ[0]["description"]                             # the source sentences


def test_ids_stable_across_runs(seed_graph, tmp_path):
    again = tmp_path / "again.json"
    assert run_okg("build", SEEDS, "--graph", again, "--no-html", "-q").returncode == 0
    assert sorted(e["id"] for e in _export(again)) == sorted(e["id"] for e in _export(seed_graph))
