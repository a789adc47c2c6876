"""Extraction quality on real news (tests/real/dev: articles written by outlets, with gold),
each article built alone and micro-averaged, stays above floors a little below what was
measured when the rules were last changed (README, Quality). The held-out split
(tests/real/heldout, never read for rules) is held above floors a little below its first
run after the last round of rules; only its micro figures are compared, nothing of it is
printed but them.
"""
from pathlib import Path

import pytest

from benchmarks.evaluate import load_scorer, real_split

REAL_DEV = Path(__file__).parent / "real" / "dev"
REAL_HELDOUT = Path(__file__).parent / "real" / "heldout"
FLOORS = {"entities": 0.94, "relations": 0.79, "events": 0.89}
# after round 3 (69 articles, each alone, 2026-11-25): F1 0.96 / 0.82 / 0.91, P 0.96 / 0.95 / 1.00
# after round 4 (80 articles, 2026-11-26): F1 0.95 / 0.82 / 0.92, P 0.96 / 0.95 / 0.99
# after round 5 (83 articles after the licence audit, 2026-11-26): F1 0.95 / 0.82 / 0.90, P 0.96 / 0.95 / 0.96
# after round 6 (91 articles, 2026-11-26): F1 0.96 / 0.86 / 0.93, P 0.97 / 0.97 / 0.96
# after round 7 (102 articles, 11 of them new this round, 2026-11-26): F1 0.97 / 0.84 / 0.91,
#   P 0.98 / 0.97 / 0.98
# round 8 data (121 articles, 19 new, the round's code at 890aec6 found nothing new in them): F1 0.95 / 0.80 / 0.91,
#   P 0.96 / 0.95 / 0.98; the relations floor follows the larger set down (0.83 -> 0.78)
# after round 9 (128 articles, 7 new, 2026-11-26): F1 0.95 / 0.82 / 0.91, P 0.961 / 0.940 / 0.962;
#   the relations precision floor follows the larger set down (0.94 -> 0.93: 0.940 left no margin)
# round 10 data (141 articles, 13 new), round-9 code: F1 0.941 / 0.804 / 0.904, P 0.945 / 0.928 / 0.961
# after round 10 (141 articles, 2026-11-26): F1 0.948 / 0.839 / 0.916, P 0.950 / 0.952 / 0.980;
#   relations F1 floor up (0.78 -> 0.82), entities precision floor down with the new articles (0.95 -> 0.94)
# round 13 data (172 articles, 31 new), round-12 code: F1 0.939 / 0.796 / 0.896, P 0.939 / 0.925 / 0.967
# after round 13 (172 articles, 2026-11-26): F1 0.946 / 0.803 / 0.903, P 0.947 / 0.928 / 0.973;
#   the relations floors follow the larger set down (F1 0.82 -> 0.79, P 0.94 -> 0.92)
# round 17 data (197 articles, 25 new), round-16 code: F1 0.940 / 0.792 / 0.897, P 0.938 / 0.928 / 0.969
# after round 17 (197 articles, 2026-11-27): F1 0.946 / 0.809 / 0.909, P 0.943 / 0.936 / 0.972 (floors kept)
# round 18 data (206 articles, 9 new), round-17 code: F1 0.943 / 0.802 / 0.909, P 0.941 / 0.935 / 0.970
# after round 18 (206 articles, 2026-11-27): F1 0.948 / 0.816 / 0.911, P 0.947 / 0.945 / 0.970 (floors kept)
# round 19 data (216 articles, 10 new), round-18 code: F1 0.947 / 0.814 / 0.909, P 0.945 / 0.941 / 0.967
# after round 19 (216 articles, 2026-11-27): F1 0.953 / 0.826 / 0.924, P 0.954 / 0.949 / 0.972 (floors kept)
# round 20 data (248 articles, 32 new), round-19 code: F1 0.950 / 0.811 / 0.907, P 0.949 / 0.938 / 0.955
# after round 20 (248 articles, 2026-11-27): F1 0.953 / 0.817 / 0.909, P 0.953 / 0.938 / 0.955
#   (the events precision floor follows the larger set down, 0.96 -> 0.95: the 32 new pages' events
#   are read at a lower precision, as fresh pages are)
# round 21 data (286 articles, 38 new), round-20 code: F1 0.945 / 0.796 / 0.894, P 0.946 / 0.930 / 0.950
# after round 21 (286 articles, 2026-11-27): F1 0.947 / 0.807 / 0.909, P 0.947 / 0.936 / 0.960 (floors kept)
# round 23 data (303 articles, 17 new), round-22 code: F1 0.941 / 0.796 / 0.904, P 0.940 / 0.937 / 0.959
# after round 23 (303 articles, 2026-11-27): F1 0.947 / 0.810 / 0.906, P 0.943 / 0.939 / 0.960 (floors kept)
# round 24 data (324 articles, 21 new), round-23 code: F1 0.943 / 0.808 / 0.906, P 0.937 / 0.936 / 0.954
# after round 24 (324 articles, 2026-11-28): F1 0.946 / 0.823 / 0.906, P 0.939 / 0.944 / 0.955
#   (the entities precision floor follows the larger set down, 0.94 -> 0.93: the 21 new pages' entities
#   are read at a lower precision, as fresh pages are: 0.937 on the 324 with round 23's code)
# round 25 data (345 articles, 21 new), round-24 code on the 21: F1 0.90 / 0.58 / 0.67, P 0.93 / 0.82 / 0.78
# after round 25 (345 articles, 2026-11-28): F1 0.945 / 0.815 / 0.897, P 0.940 / 0.938 / 0.946; on the 324
#   older ones 0.948 / 0.832 / 0.910, P 0.941 / 0.945 / 0.957 (the events floors follow the larger set down,
#   F1 0.90 -> 0.89 and P 0.95 -> 0.94: the 21 new pages, about nominations, approvals and cabinets named in
#   lists, read events at 0.78 precision and 0.65 recall after the round)
PRECISION_FLOOR = {"entities": 0.93, "relations": 0.92, "events": 0.94}
# first held-out run after round 3 (53 articles, 2026-11-25): F1 0.83 / 0.47 / 0.63, P 0.82 / 0.75 / 0.86
# first held-out run after round 4 (58 articles, 2026-11-26): F1 0.83 / 0.49 / 0.68, P 0.82 / 0.74 / 0.89
# first held-out run after round 5 (64 articles after the licence audit, 2026-11-26): F1 0.85 / 0.54 / 0.68,
#   P 0.83 / 0.79 / 0.87
# first held-out run after round 6 (70 articles, 2026-11-26): F1 0.86 / 0.55 / 0.69, P 0.85 / 0.80 / 0.86
# first held-out run after round 7 (73 articles, 2026-11-26): F1 0.86 / 0.56 / 0.71, P 0.86 / 0.82 / 0.87
# round 8 data (86 articles, 13 new), round-7 code (0942413): F1 0.87 / 0.57 / 0.72, P 0.86 / 0.82 / 0.85
# first held-out run after round 8 (86 articles, 2026-11-26): F1 0.87 / 0.58 / 0.72, P 0.86 / 0.82 / 0.84
# first held-out run after round 9 (86 articles, 2026-11-26): F1 0.87 / 0.58 / 0.72, P 0.86 / 0.81 / 0.85;
#   with round 9's 12 new (98 articles): F1 0.87 / 0.57 / 0.72, P 0.86 / 0.81 / 0.84
# round 10 data (109 articles, 11 new), round-9 code: F1 0.868 / 0.581 / 0.722, P 0.863 / 0.817 / 0.838
# first held-out run after round 10 (109 articles, 2026-11-26): F1 0.877 / 0.608 / 0.722, P 0.874 / 0.833 / 0.838
# round 13 data (130 articles, 21 new), round-12 code: F1 0.873 / 0.597 / 0.760, P 0.872 / 0.824 / 0.864
# first held-out run after round 13 (130 articles, 2026-11-26): F1 0.876 / 0.595 / 0.760, P 0.878 / 0.819 / 0.865;
#   the events floor follows the measured figure up (0.70 -> 0.74)
# first held-out runs after rounds 14, 15 and 16 (130 articles, 2026-11-26/27): F1 0.876 / 0.595 / 0.760,
#   0.878 / 0.597 / 0.761, 0.878 / 0.596 / 0.761; P 0.880 / 0.820 / 0.862 after round 16 (floors kept)
# first held-out run after round 17 (130 articles, 2026-11-27): F1 0.881 / 0.602 / 0.763, P 0.882 / 0.824 / 0.863
#   (floors kept)
# first held-out run after round 18 (130 articles, 2026-11-27): F1 0.880 / 0.599 / 0.763, P 0.882 / 0.820 / 0.863
#   (one required relation fewer, one wrong more; floors kept)
# first held-out run after round 19 (130 articles, 2026-11-27): F1 0.881 / 0.598 / 0.763, P 0.881 / 0.818 / 0.863
#   (one required entity more, one wrong relation more; floors kept)
# first held-out run after round 20 (130 articles, 2026-11-27): F1 0.881 / 0.600 / 0.763, P 0.881 / 0.818 / 0.863
#   (one required entity and one required relation more; floors kept)
# first held-out run after round 20b (the story's country, 2026-11-27): the same, item for item
# first held-out run after round 21 (130 articles, 2026-11-27): F1 0.882 / 0.601 / 0.763, P 0.880 / 0.815 / 0.863
#   (two required entities and one required relation more, two wrong relations more; floors kept)
# first held-out run after round 23 (130 articles, 2026-11-27): the same as after round 21, 0.882 / 0.601 / 0.763,
#   P 0.880 / 0.815 / 0.863 (round 22 changed no output; floors kept)
# first held-out run after round 24 (130 articles, 2026-11-28): F1 0.884 / 0.604 / 0.763, P 0.882 / 0.814 / 0.863
#   (one required entity and two required relations more, one wrong relation more; floors kept)
# first held-out run after round 25 (130 articles, 2026-11-28): the same, count for count (690/779, 223/464, 206/301;
#   predicted 1086 / 408 / 277), though dev relations F1 rose 0.823 -> 0.832 on the same 324 articles; floors kept
HELDOUT_FLOORS = {"entities": 0.86, "relations": 0.59, "events": 0.74}
HELDOUT_PRECISION_FLOOR = {"entities": 0.85, "relations": 0.81, "events": 0.83}


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


@pytest.fixture(scope="module")
def real_heldout(extractor):
    scorer, _ = load_scorer()
    return real_split(extractor, scorer, REAL_HELDOUT, detailed=False, verbose=False, min_conf=0.0)


@pytest.mark.parametrize("part", sorted(HELDOUT_FLOORS))
def test_real_heldout_micro_f1_stays_above_its_floor(real_heldout, part):
    assert real_heldout["n"] >= 15
    res = real_heldout["micro"][part]
    assert res["f1"] >= HELDOUT_FLOORS[part], (part, res["precision"], res["recall"], res["f1"])
    assert res["precision"] >= HELDOUT_PRECISION_FLOOR[part], (part, res["precision"])
