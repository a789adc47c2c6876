"""Round 10 (bodies): a post read but linked to no body, or to one the story does not have,
because the story names the body in another form elsewhere.

  combined ministries   "labor Minister X" in a story naming the "Ministry of Public Service,
                        Labour and Social Welfare" (loaders/rules/combined_ministries.py)
  bare title after of   "in the hands of current labor Minister, X" (appositions._bare_after_of)
"""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read

COMBINED_CASES = [
    fact_case("Kenya's labour minister, Jane Wanjiru, said the strike was illegal. The Ministry of Labour and "
              "Social Protection said talks would resume.",
              [("HOLDS_POSITION", "person:jane-wanjiru", "ministry-of-labour-and-social-protection")],
              post_at("kenya-ministry-of-labour"), id="labour-minister-combined-ministry"),
    fact_case("The Ministry of Health and Family Welfare is not to blame, said Health Minister Zahid Maleque "
              "in Dhaka on Monday.",
              [("HOLDS_POSITION", "person:zahid-maleque", "ministry-of-health-and-family-welfare")],
              id="health-minister-combined-ministry"),
    fact_case("Kenya's labour minister, Jane Wanjiru, said the strike was illegal. The Labour Ministry said talks "
              "would resume. The Ministry of Labour and Social Protection agreed.",
              [("HOLDS_POSITION", "person:jane-wanjiru", "kenya-ministry-of-labour")],
              post_at("social-protection"), id="plain-ministry-named-too-guard"),
    fact_case("Kenya's labour minister, Jane Wanjiru, said the strike was illegal. The Ministry of Labour and "
              "Social Protection and the Ministry of Labour and Industry disagreed.",
              [], post_at("social-protection", "and-industry"), id="two-combined-ministries-guard"),
]


@pytest.mark.parametrize("text,present,wrong", COMBINED_CASES)
def test_combined_ministries(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


BARE_TITLE_CASES = [
    fact_case("The audit report is currently in the hands of current labor Minister, Sekai Nzenza.",
              [("HOLDS_POSITION", "person:sekai-nzenza", "ministry-of-labour")],
              id="of-current-title-comma-name"),
    fact_case("The house is the property of former defence minister, Kwame Boateng, in Accra.",
              [("HOLDS_POSITION", "person:kwame-boateng", "ministry-of-defense")],
              id="of-former-title-comma-name"),
]


@pytest.mark.parametrize("text,present,wrong", BARE_TITLE_CASES)
def test_bare_title_after_of(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
