"""The seed article read by the real spaCy pipeline gives the facts a reader takes from it."""
import json
from pathlib import Path

from graph.schema import GraphDocument

GOLD = json.loads((Path(__file__).parent / "data/putin_purge.gold.json").read_text())


def names(doc: GraphDocument) -> dict[str, str]:
    """Gold name -> predicted entity id, by name or alias (as the scorer matches)."""
    out = {}
    for g in GOLD["entities"]["required"] + GOLD["entities"]["optional"]:
        gn = {g["name"].lower()} | {a.lower() for a in g["aliases"]}
        for e in doc.entities:
            if e.label == g["label"] and gn & ({e.name.lower()} | {a.lower() for a in e.aliases}):
                out.setdefault(g["name"], e.id)
    return out


def test_required_entities_found(seed_doc):
    found = names(seed_doc)
    missing = [g["name"] for g in GOLD["entities"]["required"] if g["name"] not in found]
    assert missing == []


def test_no_boilerplate_entities(seed_doc):
    ignored = {n.lower() for n in GOLD["entities"]["ignore"]}
    assert not [e.name for e in seed_doc.entities if e.name.lower() in ignored]


def test_required_relations_found(seed_doc):
    ids = names(seed_doc)
    have = {(r.source, r.type, r.target) for r in seed_doc.relations}
    for r in GOLD["relations"]["required"]:
        assert (ids[r["source"]], r["type"], ids[r["target"]]) in have, r


def test_no_relation_outside_gold(seed_doc):
    ids = names(seed_doc)
    allowed = {(ids.get(r["source"]), r["type"], ids.get(r["target"]))
               for r in GOLD["relations"]["required"] + GOLD["relations"]["optional"]}
    wrong = [r.key() for r in seed_doc.relations if r.type != "MENTIONS" and r.key() not in allowed]
    assert wrong == []


def test_required_events_with_roles(seed_doc):
    ids = names(seed_doc)
    got = {(e.type, s): e for e in seed_doc.events for s in e.role("subject")}
    for g in GOLD["events"]["required"]:
        ev = got[(g["type"], ids[g["subject"]])]
        if "agent" in g:
            assert ev.role("agent") == [ids[g["agent"]]]
        if "charge" in g:
            assert ev.charge == g["charge"]
    assert got[("DISMISSAL", ids["Sergei Shoigu"])].date_text == "April"
    assert got[("ARREST", ids["Vadim Shamarin"])].charge is None  # the bribery charge is Ivanov's


def test_every_fact_has_its_sentence_and_rule(seed_doc):
    text = Path(__file__).parent.parent.joinpath("seeds/01_putin_purge.txt").read_text()
    for fact in list(seed_doc.relations) + list(seed_doc.events):
        assert fact.evidence, fact
        for ev in fact.evidence:
            assert ev.sentence in text and ev.rule


def test_hedged_statement_is_not_a_fact(seed_doc):
    # "the probability that Gerasimov will be removed has increased" is not a dismissal
    assert not [e for e in seed_doc.events if e.type == "DISMISSAL" and "gerasimov" in e.id]


def test_positions_carry_titles(seed_doc):
    titles = {(r.source, r.properties.get("title")) for r in seed_doc.relations if r.type == "HOLDS_POSITION"}
    assert ("person:timur-ivanov", "Deputy Defense Minister") in titles
    assert ("person:valery-gerasimov", "Chief of the General Staff") in titles


def test_scorer_on_export(tmp_path, seed_doc):
    """The development scorer's own numbers on the seed: the first bar of the quality work."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("score", Path(__file__).parent / "data/score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    res = score.score(seed_doc.to_dict(), score.Gold([str(Path(__file__).parent / "data/putin_purge.gold.json")]))
    for part in ("entities", "relations", "events"):
        assert res[part]["recall"] >= 0.7 and res[part]["precision"] >= 0.8, (part, res[part])
