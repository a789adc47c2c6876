"""`make eval`: extraction quality on the development set (tests/dev) and the real-news set
(tests/real/<split>), per article and per split.

Each tests/dev/NAME.gold.json names its article and its split ("dev": rules may be tuned
on it; "held-out": kept aside, only measured). Scores come from the shared scorer
(../shared/eval/score.py when present, else its copy tests/data/score.py): precision,
recall and F1 for entities, relations and events. Two summaries per split: "micro" sums
the counts of every article scored alone (the measure of tests/real and of
../shared/eval/eval_set.py); "combined" scores the graph of all articles of the split
built together against all their gold files, as one collection.

The real-news set (tests/real/dev, tests/real/heldout: news written by outlets) is
scored article by article, micro-averaged. Only tests/real/dev gets per-article rows and,
with -v, the list of misses; the held-out split prints its summary line alone, so rules
are never fitted to it.
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


def micro(results: list[dict]) -> dict:
    """Counts of articles scored alone, summed, as precision / recall / F1."""
    out = {}
    for part in PARTS:
        t = {k: sum(r[part][k] for r in results) for k in ("found", "gold", "predicted", "correct")}
        p = t["correct"] / t["predicted"] if t["predicted"] else 0.0
        r = t["found"] / t["gold"] if t["gold"] else 1.0
        out[part] = dict(t, precision=round(p, 3), recall=round(r, 3),
                         f1=round(2 * p * r / (p + r), 3) if p + r else 0.0, missed=[], wrong=[])
    return out


def read_article(path: Path):
    from loaders.sources import RawArticle, read_inputs
    [raw] = [i for i in read_inputs([str(path)]) if isinstance(i, RawArticle)]
    return raw


def real_split(ex, scorer, folder: Path, detailed: bool, verbose: bool, min_conf: float) -> dict | None:
    """Articles of one real-news split, each built alone; per-article rows only when detailed."""
    from graph.filters import min_confidence
    from graph.merge import merge

    golds = sorted(folder.glob("*.gold.json"))
    results = {}
    for g in golds:
        source = folder / json.loads(g.read_text())["article"]
        if not source.exists():
            continue
        res = scored(scorer, min_confidence(merge(ex.extract(read_article(source))), min_conf).to_dict(), [g])
        results[g.name.replace(".gold.json", "")] = res
        if detailed:
            print(f"{g.name.replace('.gold.json', ''):43s} " + " ".join(
                f"{res[p]['precision']:.2f} {res[p]['recall']:.2f} {res[p]['f1']:.2f}  " for p in PARTS))
            if verbose:
                for p in PARTS:
                    for m in res[p]["missed"]:
                        print(f"      {p} missed: {m}")
                    for w in res[p]["wrong"]:
                        print(f"      {p} wrong:  {w}")
    if not results:
        return None
    return {"articles": results if detailed else {}, "micro": micro(list(results.values())), "n": len(results)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev-dir", type=Path, default=ROOT / "tests" / "dev")
    ap.add_argument("--split", choices=("dev", "held-out", "blind", "blind-2", "blind-3", "blind-4", "all"), default="all")
    ap.add_argument("--model", help="spaCy pipeline (default: en_core_web_sm)")
    ap.add_argument("--min-confidence", type=float, default=0.0)
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and wrong items")
    ap.add_argument("--json", type=Path, help="also write all scores here")
    ap.add_argument("--real-dir", type=Path, default=ROOT / "tests" / "real",
                    help="the real-news set: one folder per split (dev, heldout)")
    ap.add_argument("--real-splits", default="dev,heldout",
                    help="which real splits to score (comma-separated; 'none' for tests/dev only)")
    ap.add_argument("--skip-dev-set", action="store_true", help="score only the real-news set")
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
        if a.skip_dev_set or (a.split != "all" and splits[g] != a.split):
            continue
        source = g.parent / json.loads(g.read_text())["article"]
        [raw] = [i for i in read_inputs([str(source)]) if isinstance(i, RawArticle)]
        docs[g] = min_confidence(merge(ex.extract(raw)), a.min_confidence)
        out["articles"][g.name] = res = scored(scorer, docs[g].to_dict(), [g])
        report(f"{g.name.replace('.gold.json', ''):34s} {splits[g]:8s}", res)
    for split in ("dev", "held-out", "blind", "blind-2", "blind-3", "blind-4") if a.split == "all" else (a.split,):
        chosen = [g for g in docs if splits[g] == split]
        if chosen:
            out[f"micro:{split}"] = res = micro([out["articles"][g.name] for g in chosen])
            report(f"micro ({split}, {len(chosen)} articles)", res)
            out[f"overall:{split}"] = res = scored(scorer, merge(*(docs[g] for g in chosen)).to_dict(), chosen)
            report(f"combined ({split}, {len(chosen)} articles)", res)
    if docs:
        out["micro"] = res = micro(list(out["articles"].values()))
        report(f"micro (all {len(docs)} articles)", res)
        out["overall"] = res = scored(scorer, merge(*docs.values()).to_dict(), list(docs))
        report(f"combined (all {len(docs)} articles)", res)

    for split in [x for x in a.real_splits.split(",") if x and x != "none"]:
        folder = a.real_dir / split
        detailed = split not in ("heldout", "held-out")   # the held-out split: its summary only, never its misses
        if detailed:
            print(f"\nreal news, {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}"
                  " (each article built alone)")
        real = real_split(ex, scorer, folder, detailed, a.verbose and detailed, a.min_confidence)
        if real is None:
            print(f"real news, {split}: no articles")
            continue
        out[f"real:{split}"] = real
        res = real["micro"]
        print(f"{'real ' + split + ', micro (' + str(real['n']) + ' articles)':43s} " + " ".join(
            f"{res[p]['precision']:.2f} {res[p]['recall']:.2f} {res[p]['f1']:.2f}  " for p in PARTS))
    if a.json:
        a.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
