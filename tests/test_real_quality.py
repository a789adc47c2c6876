"""Extraction quality on real news (tests/real/dev: articles written by outlets, with gold),
each article built alone and micro-averaged, stays above floors a little below what was
measured when the rules were last changed (README, Quality). The held-out split is scored
by `make eval` only; no rule and no test here reads it.
"""
from pathlib import Path

import pytest

from benchmarks.evaluate import load_scorer, real_split

REAL_DEV = Path(__file__).parent / "real" / "dev"
FLOORS = {"entities": 0.85, "relations": 0.60, "events": 0.68}
PRECISION_FLOOR = {"entities": 0.82, "relations": 0.86, "events": 0.92}


@pytest.fixture(scope="module")
def real_dev(extractor):
    if not list(REAL_DEV.glob("*.gold.json")):
        pytest.skip("no real-news development set")
    scorer, _ = load_scorer()
    return real_split(extractor, scorer, REAL_DEV, detailed=False, verbose=False, min_conf=0.0)


def test_real_dev_set_is_big_enough(real_dev):
    assert real_dev["n"] >= 20


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_real_dev_micro_f1_stays_above_its_floor(real_dev, part):
    res = real_dev["micro"][part]
    assert res["f1"] >= FLOORS[part], (part, res["precision"], res["recall"], res["f1"])
    assert res["precision"] >= PRECISION_FLOOR[part], (part, res["precision"])
