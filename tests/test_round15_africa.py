"""Round 15 (africa): posts as pages of African outlets write them.

A portfolio list with a comma before its "and" ("Minister of Water, Sanitation, and Environment") or
before the title's head ("Youth, Sports and Culture Minister") is one portfolio
(loaders/portfolio_lists.py, rules/title_before.py)."""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read

PORTFOLIO_CASES = [
    fact_case("John Mensah, the Minister of Water, Sanitation, and Environment, was arrested on Monday.",
              [("HOLDS_POSITION", "person:john-mensah", "ministry-of-water-sanitation-and-environment")],
              post_at("ministry-of-water-sanitation"),
              id="oxford-comma-before-and"),
    fact_case("Police said the Youth, Sports and Culture Minister Sipho Dlamini was charged with fraud.",
              [("HOLDS_POSITION", "person:sipho-dlamini", "ministry-of-youth-sports-and-culture")],
              post_at("ministry-of-sports-and-culture"),
              id="list-with-comma-before-head"),
    fact_case("The Finance and Planning Minister Grace Achieng resigned on Friday.",
              [("HOLDS_POSITION", "person:grace-achieng", "ministry-of-finance-and-planning")],
              id="two-items-before-head-guard"),
]


@pytest.mark.parametrize("text,present,wrong", PORTFOLIO_CASES)
def test_portfolio_lists_with_commas(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
