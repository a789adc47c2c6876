"""How many dated facts of the development set get the gold's date.

usage: .venv/bin/python benchmarks/dated_facts.py [-v]

The gold files of tests/dev give `date` on events and `start` / `end` / `date` on relations
where the text gives one (read against the article's publication date). Each article is
extracted alone; a gold dated fact counts as found when the graph has that fact (events by
type and subject, relations by type and endpoints, names matched as the shared scorer
matches them), and as matching when the graph's date is the same ISO string.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

DATED = ("start", "end", "date")


def dated_gold(gold: dict) -> list[tuple]:
    """(kind, key, field, date) for every dated fact of one gold file."""
    out = []
    for k in ("required", "optional"):
        for e in gold.get("events", {}).get(k, []):
            if e.get("date"):
                out.append(("event", (e["type"], e.get("subject")), "date", e["date"]))
        for r in gold.get("relations", {}).get(k, []):
            for f in DATED:
                v = (r.get("properties") or {}).get(f)
                if v and v[:1].isdigit():
                    out.append(("relation", (r["source"], r["type"], r["target"]), f, v))
    return out


def measure(ex=None, verbose: bool = False) -> tuple[int, int, int]:
    """(dated facts in gold, of them found, of those with the gold's date)."""
    import json

    from evaluate import load_scorer, read_article
    from loaders.extract import Extractor

    scorer, _ = load_scorer()
    ex = ex or Extractor()
    total = found = same = 0
    for gp in sorted((ROOT / "tests" / "dev").glob("*.gold.json")):
        gold = json.loads(gp.read_text())
        facts = dated_gold(gold)
        if not facts:
            continue
        graph = ex.extract(read_article(gp.parent / gold["article"])).to_dict()
        g = scorer.Gold([str(gp)])
        name = {e["id"]: g.entity_of(e) for e in graph["entities"]}
        rows = []
        for kind, key, field, want in facts:
            got, have = None, False
            if kind == "event":
                for ev in graph["events"]:
                    subj = [name.get(p["entity"]) for p in ev["participants"] if p["role"] == "subject"]
                    if ev["type"] == key[0] and key[1] in subj:
                        have, got = True, ev.get("date")
                        break
            else:
                for r in graph["relations"]:
                    if r["type"] == key[1] and name.get(r["source"]) == key[0] and name.get(r["target"]) == key[2]:
                        have, got = True, r["properties"].get(field)
                        break
            total += 1
            found += have
            same += have and got == want
            rows.append((kind, key, field, want, got if have else "(fact not found)"))
        if verbose:
            for kind, key, field, want, got in rows:
                mark = "ok " if got == want else "-- "
                print(f"{mark}{gp.name[:-10]:28} {kind:8} {' / '.join(str(k) for k in key):60} "
                      f"{field:5} gold {want:10} got {got}")
    return total, found, same


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list every dated fact")
    args = ap.parse_args(argv)
    total, found, same = measure(verbose=args.v)
    print(f"dated facts in gold: {total}; fact found: {found}; same date: {same} "
          f"({same / found:.0%} of those found, {same / total:.0%} of all)" if total else "no dated facts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
