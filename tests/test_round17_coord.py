"""Round 17 (coordinator): the officials a US agency's release names as announcing it.

- portfolio_lists: "BODY, PLACE Field Office" no longer takes the last word of the body's name
  as the first item of a portfolio list ("Federal Bureau of Investigation, New York Field
  Office" was read as one body "Investigation, New York Field Office"), so "X, Special Agent in
  Charge, BODY, PLACE Field Office, announced" places X at the body.
- gazetteer.json organisations: the federal investigative bodies such releases name (HSI, DEA,
  ATF, IRS Criminal Investigation, the Postal Inspection Service, the Marshals, ICE, DHS), which
  the small model often leaves untagged after a title and a comma.
- titles.json title_phrases: "Inspector in Charge" (the Postal Inspection Service's post).
"""
import pytest

from tests.conftest import check_entity_case, check_fact_case, entity_case, fact_case, read_text as read

ANNOUNCING_OFFICIALS = [
    fact_case("The plea was announced by Laura Jensen, Special Agent in Charge, Federal Bureau of "
              "Investigation, Denver Field Office.",
              [("HOLDS_POSITION", "person:laura-jensen", "federal-bureau-of-investigation")], [],
              id="field-office-after-the-body"),
    fact_case("Ruth Lindqvist, Special Agent in Charge, Homeland Security Investigations, and the state "
              "police chief announced the arrests.",
              [("HOLDS_POSITION", "person:ruth-lindqvist", "homeland-security-investigations")], [],
              id="hsi-after-a-title"),
    fact_case("Carlos Mbeki, Inspector in Charge, U.S. Postal Inspection Service, said the scheme ran "
              "for years.",
              [("HOLDS_POSITION", "person:carlos-mbeki", "united-states-postal-inspection-service")], [],
              id="inspector-in-charge"),
    fact_case("Dana Whitfield, Special Agent in Charge, IRS Criminal Investigation, Phoenix Field Office, "
              "joined the announcement.",
              [("HOLDS_POSITION", "person:dana-whitfield", "irs-criminal-investigation")], [],
              id="irs-ci-and-its-field-office"),
]


@pytest.mark.parametrize("text,present,wrong", ANNOUNCING_OFFICIALS)
def test_officials_announcing_a_release(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


NAMES = [
    entity_case("Laura Jensen, Special Agent in Charge, Federal Bureau of Investigation, Denver Field Office, "
                "announced the plea.",
                has=[("Organisation", "Federal Bureau of Investigation")],
                lacks=[("Organisation", "Investigation, Denver Field Office")],
                id="body-name-not-cut-by-a-field-office"),
    entity_case("The Ministry of Roads, Works and Transport said the tender was void.",
                has=[("Organisation", "Ministry of Roads, Works and Transport")],
                id="portfolio-list-still-joins"),
]


@pytest.mark.parametrize("text,has,lacks", NAMES)
def test_body_names_beside_a_field_office(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)
