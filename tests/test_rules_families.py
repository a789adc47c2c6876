"""Each rule family of loaders/rules/ on the shapes of news prose it exists for, read by the
real spaCy pipeline. The sentences are made up; each states one general pattern."""
import json

import pytest

from tests.conftest import read_text as read, subject_events as events


def agents(doc, etype: str) -> dict[str, list[str]]:
    return {s: e.role("agent") for e in doc.events if e.type == etype for s in e.role("subject")}


def rels(doc, typ: str) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in doc.relations if r.type == typ}


def test_a_list_of_names_gives_one_event_each(extractor):
    doc = read(extractor, "The police arrested Mario Vargas, Juan Avila Meza, Carlos Zavala and Victor Lopez Flores on Friday.")
    assert {s for t, s in events(doc) if t == "ARREST"} == {
        "person:mario-vargas", "person:juan-avila-meza", "person:carlos-zavala", "person:victor-lopez-flores"}


def test_companions_share_the_event(extractor):
    doc = read(extractor, "The Democratic governor of the state, Rod Blagojevich, 51, along with his chief of staff "
                          "John Harris, 46, were arrested Tuesday morning by the FBI.")
    assert {("ARREST", "person:rod-blagojevich"), ("ARREST", "person:john-harris")} <= events(doc)


def test_a_joined_participle_shares_the_passive_subject(extractor):
    doc = read(extractor, "John Smith was arrested and charged with fraud. Mary Jones was jailed after being convicted.")
    assert {("ARREST", "person:john-smith"), ("CHARGE", "person:john-smith"),
            ("CONVICTION", "person:mary-jones")} <= events(doc)


def test_phrasal_triggers_from_data(extractor):
    doc = read(extractor, "Security Minister Martin Bleou, who took office last month, rejected the calls. "
                          "The police chief John Bell was placed on leave. Mary Jones stepped down on Monday.")
    assert {("APPOINTMENT", "person:martin-bleou"), ("SUSPENSION", "person:john-bell"),
            ("RESIGNATION", "person:mary-jones")} <= events(doc)


def test_the_portfolio_named_by_takes_over(extractor):
    doc = read(extractor, "Retired General Thammarak Isarangura takes over the defense portfolio.")
    [e] = [e for e in doc.events if e.type == "APPOINTMENT"]
    assert e.position == "defense minister"


def test_an_announced_agent_covers_the_listed_changes(extractor):
    doc = read(extractor, "Prime Minister Thaksin Shinawatra has replaced his defense, interior and finance ministers. "
                          "Former army chief Chettha Thanajaro has been named defense minister.")
    assert agents(doc, "APPOINTMENT")["person:chettha-thanajaro"] == ["person:thaksin-shinawatra"]


def test_charges_stated_with_an_arrest_are_a_charge_but_suspicion_is_not(extractor):
    doc = read(extractor, "Peter Brown was arrested on federal corruption charges. "
                          "Paul Green was detained on suspicion of bribery.")
    assert ("CHARGE", "person:peter-brown") in events(doc)
    assert ("CHARGE", "person:paul-green") not in events(doc)


def test_a_designation_without_a_post_is_not_an_appointment(extractor):
    doc = read(extractor, "The State Department designated Sasho Mijalkov for his involvement in corruption.")
    assert not [e for e in doc.events if e.type == "APPOINTMENT"]


def test_portfolio_words_name_a_ministry_in_any_country(extractor):
    doc = read(extractor, "Zimbabwe's Tourism Minister Prisca Mupfumira was arrested in Harare, Zimbabwe.")
    names = {e.id: e for e in doc.entities}
    [(_, org)] = rels(doc, "HOLDS_POSITION")
    assert names[org].name == "Zimbabwean Ministry of Tourism"
    assert "Ministry of Tourism" in names[org].aliases and "Tourism Ministry" in names[org].aliases


def test_titles_that_name_a_national_body(extractor):
    doc = read(extractor, "Nigerian President Umaru Yaradua approved the appointment of Rear Admiral Iko Ibrahim "
                          "as chief of naval staff in Nigeria.")
    assert ("person:iko-ibrahim", "organisation:nigeria-navy") in rels(doc, "HOLDS_POSITION")
    assert ("person:umaru-yaradua", "person:iko-ibrahim") in rels(doc, "APPOINTED")


def test_multiword_titles_and_titles_that_need_their_country(extractor):
    doc = read(extractor, "U.S. Attorney Paul Fishman announced the charges. FBI Special Agent in Charge Aaron Ford "
                          "spoke after him. His attorney John Doe said nothing.")
    held = rels(doc, "HOLDS_POSITION")
    assert ("person:paul-fishman", "organisation:u-s-attorney-s-office") in held
    assert ("person:aaron-ford", "organisation:federal-bureau-of-investigation") in held
    assert not [t for s, t in held if s == "person:john-doe"]


def test_membership_is_not_a_post(extractor):
    doc = read(extractor, "General Nyan Win is also a member of the National Convention Commission.")
    assert ("person:nyan-win", "organisation:national-convention-commission") in rels(doc, "MEMBER_OF")
    assert not rels(doc, "HOLDS_POSITION")


def test_headline_words_are_not_names(extractor):
    doc = read(extractor, "President Mahmoud Ahmadinejad dismissed Foreign Minister Manouchehr Mottaki on Monday.",
               title="Iran's Ahmadinejad Fires Foreign Minister Mottaki")
    assert not [e for e in doc.entities if "fires" in e.id]


def test_triggers_are_data():
    from loaders import lexicon
    data = json.loads((lexicon.resources.files("loaders") / "data/triggers.json").read_text())
    assert set(data["event_verbs"]["SUSPENSION"]) <= set(lexicon.EVENT_VERBS)
    assert lexicon.EVENT_VERBS["sack"] == "DISMISSAL"
    assert any(e["type"] == "SUSPENSION" for e in data["phrasal"])


@pytest.mark.parametrize("text", [
    "The minister could be sacked next week, John Smith said.",
    "Protesters called for the dismissal of John Smith.",
])
def test_hedged_statements_stay_out(extractor, text):
    assert not read(extractor, text).events


def test_a_group_event_goes_to_the_members_named_later(extractor):
    doc = read(extractor, "Five of the six police officers charged with drug trafficking are now in custody. "
                          "The five defendants, who arrived yesterday, are: Mario Vargas, Juan Avila Meza, "
                          "Carlos Zavala, Victor Lopez Flores, and Jorge Cruz Chavez.")
    arrested = {s for t, s in events(doc) if t == "ARREST"}
    assert {"person:mario-vargas", "person:jorge-cruz-chavez"} <= arrested and len(arrested) == 5


def test_posts_of_places_and_posts_stated_by_to_be(extractor):
    doc = read(extractor, "Ismail Khan, the governor of the western Herat province, was promoted. "
                          "Kabine Komara is a top official at the African Export-Import Bank.")
    held = rels(doc, "HOLDS_POSITION")
    assert ("person:ismail-khan", "organisation:herat-province") in held
    assert ("person:kabine-komara", "organisation:african-export-import-bank") in held


def test_a_possessive_before_a_subordinate_title(extractor):
    doc = read(extractor, "Defense Minister Pham Van Tra is retiring, to be replaced by his deputy, Nguyen Huy Hieu.")
    assert ("person:nguyen-huy-hieu", "person:pham-van-tra") in rels(doc, "SUBORDINATE_OF")


def test_an_organisation_span_used_as_a_person(extractor):
    doc = read(extractor, "In her capacity as chief prosecutor, Gordana Tadić used her influence to interfere "
                          "with judicial processes. Tadić denied it.")
    assert any(e.label == "Person" and e.name == "Gordana Tadić" for e in doc.entities)


def test_a_newly_appointed_title_is_an_appointment_by_its_owner(extractor):
    doc = read(extractor, "Peru's President Ollanta Humala, right, speaks with his newly appointed Prime Minister "
                          "Oscar Valdes during the ceremony in Lima, Peru.")
    assert agents(doc, "APPOINTMENT")["person:oscar-valdes"] == ["person:ollanta-humala"]
