"""Round 23 (former posts): a former local official's force named before the post, as US federal
releases write it (loaders/town_police.py, ner_repair._town_polices, rules/leaders.copula_post).

"former Millbrook, Alabama, Assistant Police Chief, X" (a rank between the state and "Police"),
"Former Millbrook Police Chief X" (no state written), "a former Dunmore County Sheriff's
Deputy" (a county's sheriff): the post is at the town's police ("Millbrook Police") or the
county sheriff's office, not at a body named "Police" or none. "X was a former Dunmore County
Sheriff's Deputy who ...": the relative clause is the holder's, not part of the title. Not a
state's, a country's or a kind of force's police ("Alabama Police", "Kenya Police", "Capitol
Police"): those stay as they were.
"""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read


def _holds_at(*ends: str):
    return lambda typ, s, t: typ == "HOLDS_POSITION" and t.endswith(ends)


LOCAL_FORCE_CASES = [
    fact_case("The Justice Department announced that former Millbrook, Alabama, Assistant Police Chief, "
              "Dale Orvis, 41, was sentenced to 30 months in prison.",
              present=[("HOLDS_POSITION", "person:dale-orvis", "millbrook-police")],
              id="town-state-rank-police-chief"),
    fact_case("Former Millbrook Police Chief Dale Orvis was sentenced to 30 months in prison on Tuesday.",
              present=[("HOLDS_POSITION", "person:dale-orvis", "millbrook-police")],
              wrong=lambda typ, s, t: typ == "HOLDS_POSITION" and t == "organisation:police",
              id="town-police-chief-no-state"),
    fact_case("The indictment alleges that defendant Rudy Fenner was a former Dunmore County Sheriff\u2019s Deputy "
              "who told others he was still employed.",
              present=[("HOLDS_POSITION", "person:rudy-fenner", "dunmore-county-sheriff-s-office")],
              id="was-a-former-county-sheriffs-deputy-who"),
    fact_case("Dunmore County Sheriff's Deputy Rudy Fenner was indicted on Monday.",
              present=[("HOLDS_POSITION", "person:rudy-fenner", "dunmore-county-sheriff-s-office")],
              id="county-sheriffs-deputy-before-the-name"),
]

LOCAL_FORCE_GUARDS = [
    fact_case("Former Kenya Police Commissioner Dale Orvis was sentenced on Tuesday.",
              present=[("HOLDS_POSITION", "person:dale-orvis", "police")],
              wrong=_holds_at("kenya-police-commissioner", "dale-orvis"),
              id="a-countrys-police-is-not-a-town"),
    fact_case("Former Capitol Police Officer Dale Orvis was sentenced on Tuesday.",
              present=[("HOLDS_POSITION", "person:dale-orvis", "capitol-police")],
              id="a-kind-of-force-is-not-a-town"),
    fact_case("Valdes is a former army officer who was the president's instructor in the military.",
              wrong=_holds_at("army"),
              id="a-lower-case-officer-who-stays-unread"),
]


@pytest.mark.parametrize("text,present,wrong", LOCAL_FORCE_CASES + LOCAL_FORCE_GUARDS)
def test_a_local_force_before_a_post_is_the_posts_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_former_before_a_bodys_name_marks_the_post_former(extractor):
    """"Former Millbrook Police Chief X": the "former" before the body's name opening the title
    makes the post a former one (rules/title_before.py)."""
    doc = read(extractor, "Former Millbrook Police Chief Dale Orvis was sentenced to 30 months in prison on Tuesday.")
    posts = [r for r in doc.relations if r.type == "HOLDS_POSITION" and r.source == "person:dale-orvis"]
    assert posts and all(r.properties.get("former") for r in posts), [(r.target, r.properties) for r in posts]
