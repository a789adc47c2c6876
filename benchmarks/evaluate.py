"""`make eval`: extraction quality on the development set in tests/dev, per article and overall.

Each tests/dev/NAME.gold.json names its article and its split ("dev": rules may be tuned
on it; "held-out": kept aside, only measured). Scores come from the shared scorer
(../shared/eval/score.py when present, else its copy tests/data/score.py): precision,
recall and F1 for entities, relations and events. "overall" scores the graph of all
articles of the split built together against all their gold files, as one collection.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PARTS = ("entities", "relations", "events")


def load_scorer():
    for path in (ROOT.parent / "shared" / "eval" / "score.py", ROOT / "tests" / "data" / "score.py"):
        if path.exists():
            spec = importlib.util.spec_from_file_location("okg_score", path)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod, path
    raise SystemExit("no score.py found")


def scored(scorer, graph: dict, golds: list[Path]) -> dict:
    res = scorer.score(graph, scorer.Gold([str(g) for g in golds]))
    for part in PARTS:
        p, r = res[part]["precision"], res[part]["recall"]
        res[part]["f1"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev-dir", type=Path, default=ROOT / "tests" / "dev")
    ap.add_argument("--split", choices=("dev", "held-out", "blind", "blind-2", "blind-3", "blind-4", "all"), default="all")
    ap.add_argument("--model", help="spaCy pipeline (default: en_core_web_sm)")
    ap.add_argument("--min-confidence", type=float, default=0.0)
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and wrong items")
    ap.add_argument("--json", type=Path, help="also write all scores here")
    a = ap.parse_args()

    from graph.filters import min_confidence
    from graph.merge import merge
    from loaders.extract import Extractor
    from loaders.sources import RawArticle, read_inputs

    scorer, scorer_path = load_scorer()
    ex = Extractor(a.model)
    golds = sorted(a.dev_dir.glob("*.gold.json"))
    splits = {g: json.loads(g.read_text()).get("split", "dev") for g in golds}
    print(f"scorer: {scorer_path}; model: {ex.nlp.meta.get('lang')}_{ex.nlp.meta.get('name')} "
          f"{ex.nlp.meta.get('version')}; min confidence {a.min_confidence}")
    print(f"{'article':34s} {'split':8s} " + " ".join(f"{p[:4]:>4s} P    R    F1  " for p in PARTS))
    out, docs = {"articles": {}}, {}

    def report(label: str, res: dict) -> None:
        print(f"{label:43s} " + " ".join(
            f"{res[p]['precision']:.2f} {res[p]['recall']:.2f} {res[p]['f1']:.2f}  " for p in PARTS))
        if a.verbose:
            for p in PARTS:
                for m in res[p]["missed"]:
                    print(f"      {p} missed: {m}")
                for w in res[p]["wrong"]:
                    print(f"      {p} wrong:  {w}")

    for g in golds:
        if a.split != "all" and splits[g] != a.split:
            continue
        source = g.parent / json.loads(g.read_text())["article"]
        [raw] = [i for i in read_inputs([str(source)]) if isinstance(i, RawArticle)]
        docs[g] = min_confidence(merge(ex.extract(raw)), a.min_confidence)
        out["articles"][g.name] = res = scored(scorer, docs[g].to_dict(), [g])
        report(f"{g.name.replace('.gold.json', ''):34s} {splits[g]:8s}", res)
    for split in ("dev", "held-out", "blind", "blind-2", "blind-3", "blind-4") if a.split == "all" else (a.split,):
        chosen = [g for g in docs if splits[g] == split]
        if chosen:
            out[f"overall:{split}"] = res = scored(scorer, merge(*(docs[g] for g in chosen)).to_dict(), chosen)
            report(f"overall ({split}, {len(chosen)} articles)", res)
    out["overall"] = res = scored(scorer, merge(*docs.values()).to_dict(), list(docs))
    report(f"overall (all {len(docs)} articles)", res)
    if a.json:
        a.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
