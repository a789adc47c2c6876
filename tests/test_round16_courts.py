"""Round 16 (courts): posts and events as crime and court pages write them.

A minister whose title opens with a state's or province's name is that region's minister
("Kerala health minister X", "the Punjab Deputy Chief Minister X", "Sindh Home Minister X"): the
post is in the region's government, not the nation's ministry (rules/region_ministers.py)."""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read

REGION_MINISTER_CASES = [
    fact_case("Kerala health minister Rajan Pillai was questioned by investigators on Tuesday.",
              [("HOLDS_POSITION", "person:rajan-pillai", "kerala")],
              post_at("ministry-of-health"),
              id="region-portfolio-minister"),
    fact_case("The Punjab Deputy Chief Minister Gurpreet Sandhu denied the allegations.",
              [("HOLDS_POSITION", "person:gurpreet-sandhu", "punjab")],
              id="region-deputy-chief-minister"),
    fact_case("Karnataka minister Suresh Gowda was arrested by the Lokayukta police on Friday.",
              [("HOLDS_POSITION", "person:suresh-gowda", "karnataka")],
              id="region-bare-minister"),
    fact_case("Manitoba Justice Minister Claire Dubois announced the inquiry.",
              [("HOLDS_POSITION", "person:claire-dubois", "manitoba")],
              post_at("ministry-of-justice"),
              id="province-portfolio-minister"),
    fact_case("Ghanaian Finance Minister Kofi Boateng presented the budget.",
              [("HOLDS_POSITION", "person:kofi-boateng", "ministry-of-finance")],
              post_at("ghana"),
              id="country-adjective-guard"),
    fact_case("Protesters demanded the resignation of pro-Beijing Prime Minister Lee Wai-man.",
              [], post_at("beijing"),
              id="hyphenated-city-adjective-guard"),
]


@pytest.mark.parametrize("text,present,wrong", REGION_MINISTER_CASES)
def test_region_ministers(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
