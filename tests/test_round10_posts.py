"""Round 10 (posts): posts of officials as US federal releases and VOA write them.

The person and the body are both read; what was missing is the link, or the link went to the
broader body: "Assistant Attorney General X of the Justice Department's Criminal Division" holds
the post at the Criminal Division (loaders/rules/possessive_units.py)."""
import pytest

from tests.conftest import check_entity_case, check_fact_case, entity_case, fact_case, post_at, read_text as read

UNIT_CASES = [
    fact_case("Acting Assistant Attorney General Kenneth A. Blanco of the Justice Department's Criminal "
              "Division announced the conviction.",
              [("HOLDS_POSITION", "person:kenneth-a-blanco", "criminal-division"),
               ("PART_OF", "organisation:criminal-division", "department-of-justice")],
              post_at("department-of-justice"),
              id="title-name-of-body-s-unit"),
    fact_case("Special Agent in Charge John Smith of the FBI's Miami Field Office spoke on Monday.",
              [("HOLDS_POSITION", "person:john-smith", "miami-field-office")],
              post_at("federal-bureau-of-investigation"),
              id="title-name-of-body-s-office"),
    fact_case("Deputy Director Mary Jones of the State Department's Bureau of Consular Affairs spoke on Monday.",
              [("HOLDS_POSITION", "person:mary-jones", "bureau-of-consular-affairs")],
              post_at("state-department"),
              id="title-name-of-body-s-bureau"),
    fact_case("The mayor joined Director of the Department of Justice's Organized Crime Drug Enforcement "
              "Task Forces Adam Cohen in Texas today.",
              [("HOLDS_POSITION", "person:adam-cohen", "organized-crime-drug-enforcement-task-forces"),
               ("PART_OF", "organisation:organized-crime-drug-enforcement-task-forces", "department-of-justice")],
              post_at("department-of-justice"),
              id="title-of-body-s-unit-name"),
]


@pytest.mark.parametrize("text,present,wrong", UNIT_CASES)
def test_post_at_possessive_unit(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "Assistant Director in Charge" is a title phrase: its words are no name, and the name after it
# is a person even where the model tagged none in a long sentence (loaders/title_phrase_names.py)
PHRASE_CASES = [
    entity_case("Acting U.S. Attorney Sandra R. Brown for the Central District of California and Assistant "
                "Director in Charge Deirdre Fike of the FBI's Los Angeles Field Office, announced the conviction.",
                has={("Person", "Deirdre Fike"), ("Organisation", "Los Angeles Field Office")},
                id="name-after-title-phrase"),
]


@pytest.mark.parametrize("text,has,lacks", PHRASE_CASES)
def test_name_after_title_phrase(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


PHRASE_FACTS = [
    fact_case("Acting U.S. Attorney Sandra R. Brown for the Central District of California and Assistant "
              "Director in Charge Deirdre Fike of the FBI's Los Angeles Field Office, announced the conviction.",
              [("HOLDS_POSITION", "person:deirdre-fike", "los-angeles-field-office")],
              post_at("federal-bureau-of-investigation"),
              id="director-in-charge-of-body-s-unit"),
]


@pytest.mark.parametrize("text,present,wrong", PHRASE_FACTS)
def test_director_in_charge(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
