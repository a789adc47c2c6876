"""benchmarks/learned_baseline.py: its candidates, features and counts, on the real spaCy pipeline."""
from __future__ import annotations

import pytest

from benchmarks.learned_baseline import additions, dep_path, event_candidates, fit, post_candidates
from loaders.clean import clean_text
from loaders.extract import blocks
from loaders.lexicon import HEDGES
from loaders.sources import RawArticle

TEXT = ("Police arrested former finance minister John Mensah on Monday.\n"
        "Mensah, a member of the Progress Party, could be dismissed soon.")


@pytest.fixture(scope="module")
def reading(extractor):
    raw = RawArticle(source="t.txt", title="", text=TEXT)
    docs = list(extractor.nlp.pipe([b.text for b in blocks(clean_text(TEXT))]))
    return extractor.read(raw, docs)


def test_read_gives_what_extract_builds(extractor, reading):
    doc = extractor.extract(RawArticle(source="t.txt", title="", text=TEXT))
    persons = {e.id for e in doc.entities if e.label == "Person"}
    assert {m.entity.id for m in reading.state.mentions if m.label == "Person" and m.entity} == persons
    assert {f.type for f in reading.facts} >= {"ARREST"}


def test_dep_path_up_and_down(reading):
    sent = reading.state.sents[0]
    arrested = next(t for t in sent if t.lower_ == "arrested")
    mensah = next(t for t in sent if t.text == "Mensah")
    assert dep_path(mensah, arrested) == "^dobj_"            # the object, one step up to the verb
    assert dep_path(arrested, mensah) == "^_dobj"            # and down again
    assert dep_path(mensah, arrested, most=0) is None         # too long for a path of no steps


def test_event_candidates_carry_words_and_the_rules_types(reading):
    cands = event_candidates(reading, HEDGES)
    pid = next(m.entity.id for m in reading.state.mentions if m.label == "Person" and m.entity)
    arrest = cands[(pid, "ARREST")]
    assert "ARREST|L:arrest" in arrest and "T:ARREST" in arrest
    assert "ARREST|R:ARREST" in arrest                        # the rules gave him an arrest
    assert "DISMISSAL|H:dismiss" in cands[(pid, "DISMISSAL")]   # "could be dismissed": hedged


def test_post_candidates_pair_person_and_body_in_one_sentence(reading):
    cands = post_candidates(reading)
    pairs = {(T, o) for (p, T, o) in cands}
    party = next(m.entity.id for m in reading.state.mentions if m.label == "Organisation" and m.entity
                 and "Progress" in m.entity.name)
    assert ("MEMBER_OF", party) in pairs and ("HOLDS_POSITION", party) in pairs
    assert any(f.startswith("MEMBER_OF|btw:") for f in cands[next(k for k in cands if k[1] == "MEMBER_OF")])


def test_additions_count_only_what_the_rules_lack():
    rows = [dict(article="a", key=("ARREST", "X"), ok=True, req=True, ruled=False),
            dict(article="a", key=("CHARGE", "X"), ok=False, req=False, ruled=False),
            dict(article="a", key=("DISMISSAL", "X"), ok=True, req=True, ruled=True),
            dict(article="b", key=("ARREST", "Y"), ok=True, req=False, ruled=False)]
    assert additions(rows, [0.9, 0.9, 0.9, 0.9], 0.5) == (1, 2, 1)
    assert additions(rows, [0.9, 0.1, 0.9, 0.2], 0.5) == (1, 1, 0)


def test_fit_learns_a_separable_feature():
    rows = [dict(features={"good"}, ok=True)] * 20 + [dict(features={"bad"}, ok=False)] * 20
    p_good, p_bad = fit(rows)([dict(features={"good"}), dict(features={"bad"})])
    assert p_good > 0.8 and p_bad < 0.2
