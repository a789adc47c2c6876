"""Would a learned component beat the rules? A measured answer, not a hope.

Issue 11 invites a learned component "where it beats the rules". This script trains the
two a team would try first on our gold (article-level gold, no span annotation needed)
and prints what each would ADD to the rules' output:

  events  (person, event type): a bag of the words within four dependency steps of each
          named mention of the person, with the path to them, hedges and the types the
          rules already gave that person.
  posts   (person, body) named in one sentence: the dependency path between them, the
          words between them, their order and the body's head word; HOLDS_POSITION and
          MEMBER_OF.

Both are logistic regressions (scikit-learn), labelled by matching the extracted entities
to gold with the shared scorer. Scores come from 5-fold cross-validation by article over
the training folders; with --test, a model trained on all of them is also applied to
other folders (e.g. a private set of articles nobody fitted rules to). Only candidates the
rules did not already produce are counted: "required" facts found, "correct" (required or
optional) and "wrong" ones, per threshold, and the part's micro P / R / F1 if they were
added.

    pip install -e '.[learn]'
    .venv/bin/python benchmarks/learned_baseline.py                       # tests/real/dev + tests/dev
    .venv/bin/python benchmarks/learned_baseline.py --test /path/to/other/set
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.evaluate import load_scorer  # noqa: E402

TYPES = ("ARREST", "DISMISSAL", "APPOINTMENT", "NOMINATION", "RESIGNATION", "CHARGE",
         "CONVICTION", "SENTENCE", "RELEASE", "SUSPENSION")
POST_TYPES = ("HOLDS_POSITION", "MEMBER_OF")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def dep_path(a, b, most: int = 4) -> str | None:
    """The dependency path from token a up to the common head and down to b, or None if longer than `most`."""
    ups = [a]
    while ups[-1].head.i != ups[-1].i and len(ups) <= most + 1:
        ups.append(ups[-1].head)
    at = {t.i: k for k, t in enumerate(ups)}
    down = [b]
    while down[-1].i not in at and down[-1].head.i != down[-1].i and len(down) <= most + 1:
        down.append(down[-1].head)
    if down[-1].i not in at or at[down[-1].i] + len(down) - 1 > most:
        return None
    return "^" + "^".join(t.dep_ for t in ups[:at[down[-1].i]]) + "_" + "_".join(t.dep_ for t in reversed(down[:-1]))


def event_candidates(reading, hedges) -> dict[tuple[str, str], set[str]]:
    """{(person id, event type): features} for every person with a named mention."""
    bags: dict[str, set[str]] = defaultdict(set)
    for m in reading.state.mentions:
        if m.label != "Person" or m.entity is None:
            continue
        sent = reading.state.sents[m.sent_index]
        root = sent.doc[m.start:m.end].root
        for t in sent:
            if t.pos_ not in ("VERB", "NOUN", "ADJ", "AUX") or m.start <= t.i < m.end:
                continue
            p = dep_path(root, t)
            if p is None:
                continue
            lem = t.lemma_.lower()
            bags[m.entity.id] |= {f"L:{lem}", f"P:{p}|{lem}", f"S:{p}"}
            if any(k.dep_ == "neg" or (k.dep_ == "aux" and k.lower_ in hedges) for k in t.children):
                bags[m.entity.id].add(f"H:{lem}")
    ruled = defaultdict(set)
    for f in reading.facts:
        if not f.extra.get("no_event"):
            for s in f.subjects:
                ruled[s.id].add(f.type)
    return {(pid, T): {f"{T}|{f}" for f in bag | {f"R:{r}" for r in ruled[pid]}} | {f"T:{T}"}
            for pid, bag in bags.items() for T in TYPES}


def post_candidates(reading) -> dict[tuple[str, str, str], set[str]]:
    """{(person id, relation type, body id): features} for person and body named in one sentence."""
    out: dict[tuple, set[str]] = defaultdict(set)
    for si, sent in enumerate(reading.state.sents):
        ms = [m for m in reading.state.mentions if m.sent_index == si and m.entity is not None]
        for pm in (m for m in ms if m.label == "Person"):
            for om in (m for m in ms if m.label == "Organisation"):
                doc = sent.doc
                a, b = sorted((pm, om), key=lambda m: m.start)
                gap = b.start - a.end
                fs = {f"path:{dep_path(doc[pm.start:pm.end].root, doc[om.start:om.end].root, 5)}",
                      f"order:{'PO' if pm.start < om.start else 'OP'}", f"gap:{min(gap, 12) // 3}",
                      f"ohead:{doc[om.start:om.end].root.lower_}"}
                if gap <= 12:
                    fs |= {f"btw:{t.lemma_.lower()}" for t in doc[a.end:b.start]}
                for T in POST_TYPES:
                    out[(pm.entity.id, T, om.entity.id)] |= {f"{T}|{f}" for f in fs} | {f"T:{T}"}
    return out


def labelled(folders: list[Path], scorer) -> tuple[list[dict], dict]:
    """Every candidate of every article with its gold label, and the rules' own totals per part."""
    from loaders.extract import Extractor, blocks
    from loaders.clean import clean_text
    from loaders.wrapped_lines import for_parse
    from loaders.lexicon import HEDGES
    from loaders.sources import LoadFailure, read_inputs
    from graph.export import export_text
    from graph.merge import merge
    import json

    ex = Extractor(None)
    rows, totals = [], {p: defaultdict(int) for p in ("relations", "events")}
    for folder in folders:
        for gp in sorted(folder.glob("*.gold.json")):
            gold_doc = json.loads(gp.read_text())
            raw = next((i for i in read_inputs([str(folder / gold_doc["article"])]) if not isinstance(i, LoadFailure)), None)
            if raw is None:
                continue
            reading = ex.read(raw, list(ex.nlp.pipe([for_parse(b.text) for b in blocks(clean_text(raw.text))])))
            graph = json.loads(export_text(merge(ex.records(reading)), "json"))   # as `okg build` exports it
            gold = scorer.Gold([gp])
            res = scorer.score(graph, gold)
            for part in totals:
                for k in ("predicted", "correct", "found", "gold"):
                    totals[part][k] += res[part][k]
            names = {e["id"]: gold.entity_of(e) for e in graph.get("entities", [])}
            have_ev = {(e["type"], names.get(p["entity"])) for e in graph.get("events", [])
                       for p in e.get("participants", []) if p.get("role") == "subject"}
            have_rel = {(r["type"], names.get(r["source"]), names.get(r["target"])) for r in graph.get("relations", [])}
            ev_ok = {(e["type"], e.get("subject")) for e in gold.events["required"] + gold.events["optional"]}
            ev_req = {(e["type"], e.get("subject")) for e in gold.events["required"]}
            rel_ok = {(r["type"], r["source"], r["target"]) for r in gold.rels["required"] + gold.rels["optional"]}
            rel_req = {(r["type"], r["source"], r["target"]) for r in gold.rels["required"]}
            for (pid, T), fs in event_candidates(reading, HEDGES).items():
                key = (T, names.get(pid) or pid)
                rows.append(dict(model="events", article=gp.name, key=key, features=fs, ok=key in ev_ok,
                                 req=key in ev_req, ruled=key in have_ev))
            for (pid, T, oid), fs in post_candidates(reading).items():
                key = (T, names.get(pid) or pid, names.get(oid) or oid)
                rows.append(dict(model="posts", article=gp.name, key=key, features=fs, ok=key in rel_ok,
                                 req=key in rel_req, ruled=key in have_rel))
    return rows, totals


def additions(rows: list[dict], probs, threshold: float) -> tuple[int, int, int]:
    """(required found, correct, wrong) among the facts the model adds to the rules' output."""
    best: dict[tuple, dict] = {}
    for r, p in zip(rows, probs):
        k = (r["article"], r["key"])
        if not r["ruled"] and p >= threshold:
            best[k] = r
    return (sum(r["req"] for r in best.values()), sum(r["ok"] for r in best.values()),
            sum(not r["ok"] for r in best.values()))


def fit(rows: list[dict]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r["features"], 1) for r in rows])
    model = LogisticRegression(C=1.0, max_iter=3000).fit(x, [int(r["ok"]) for r in rows])
    return lambda rs: model.predict_proba(vec.transform([dict.fromkeys(r["features"], 1) for r in rs]))[:, 1]


def cross_validated(rows: list[dict], folds: int = 5) -> list[float]:
    arts = sorted({r["article"] for r in rows})
    probs = [0.0] * len(rows)
    for k in range(folds):
        held = set(arts[k::folds])
        predict = fit([r for r in rows if r["article"] not in held])
        idx = [i for i, r in enumerate(rows) if r["article"] in held]
        for i, p in zip(idx, predict([rows[i] for i in idx])):
            probs[i] = p
    return probs


def report(title: str, rows: list[dict], probs, totals: dict) -> None:
    t = totals
    base_p, base_r = t["correct"] / max(1, t["predicted"]), t["found"] / max(1, t["gold"])
    print(f"{title}: rules alone P {base_p:.2f} R {base_r:.2f} F1 {2 * base_p * base_r / max(1e-9, base_p + base_r):.2f}")
    print(f"  {'threshold':>9}  {'required':>8}  {'correct':>7}  {'wrong':>5}   P / R / F1 with them added")
    for th in THRESHOLDS:
        req, ok, bad = additions(rows, probs, th)
        p = (t["correct"] + ok) / max(1, t["predicted"] + ok + bad)
        r = (t["found"] + req) / max(1, t["gold"])
        print(f"  {th:>9.1f}  {req:>8}  {ok:>7}  {bad:>5}   {p:.2f} / {r:.2f} / {2 * p * r / max(1e-9, p + r):.2f}")


def shown(folders: list[Path]) -> str:
    return " + ".join(str(p.resolve().relative_to(ROOT)) if p.resolve().is_relative_to(ROOT) else str(p) for p in folders)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", nargs="+", type=Path, default=[ROOT / "tests/real/dev", ROOT / "tests/dev"])
    ap.add_argument("--test", nargs="*", type=Path, default=[])
    a = ap.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("learned_baseline: needs scikit-learn (pip install -e '.[learn]')")
    scorer, _ = load_scorer()
    train, train_totals = labelled(a.train, scorer)
    test, test_totals = labelled(a.test, scorer) if a.test else ([], None)
    for model, part in (("events", "events"), ("posts", "relations")):
        rows = [r for r in train if r["model"] == model]
        report(f"{model}, 5-fold cross-validation over {shown(a.train)}",
               rows, cross_validated(rows), train_totals[part])
        if test:
            trows = [r for r in test if r["model"] == model]
            report(f"{model}, trained on all of the above, applied to {shown(a.test)}",
                   trows, fit(rows)(trows), test_totals[part])


if __name__ == "__main__":
    main()
