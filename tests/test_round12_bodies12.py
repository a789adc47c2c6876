"""Round 12 (bodies12): a post whose body was cut or lost.

  portfolio comma    "X, Minister of Trade, Industry and Tourism, said": the comma inside a
                     portfolio of several parts does not end the title (rules/titles.title_tokens)
  steel portfolio    "Minister of Mines and Steel Development": Steel is a portfolio word
                     (gazetteer.json ministry_domains)
  honorifics         "Hon." and "Cllr." between a title and the name (gazetteer.json
                     person_prefixes, names.json honorifics)
"""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read

CASES = [
    fact_case("Peter Moyo, Minister of Agriculture, Lands and Water, opened the new market in Gweru on Monday.",
              [("HOLDS_POSITION", "person:peter-moyo", "ministry-of-agriculture-lands-and-water")],
              post_at("ministry-of-agriculture"), id="portfolio-of-three-after-name"),
    fact_case("Grace Banda, Minister of Trade, Industry and Tourism, said the border would reopen.",
              [("HOLDS_POSITION", "person:grace-banda", "ministry-of-trade-industry-and-tourism")],
              post_at("ministry-of-trade"), id="portfolio-of-three-trade"),
    fact_case("Grace Banda, Minister of Trade, said on Friday that the border would reopen.",
              [("HOLDS_POSITION", "person:grace-banda", "ministry-of-trade")],
              id="comma-after-one-portfolio-guard"),
    fact_case("Musa Bello, Minister of Mines and Steel Development, toured the quarry in Jos.",
              [("HOLDS_POSITION", "person:musa-bello", "ministry-of-mines-and-steel-development")],
              post_at("ministry-of-mines"), id="mines-and-steel"),
    fact_case("Minister of Water and Sanitation Hon. Amina Yusuf Ali has banned drilling near the river.",
              [("HOLDS_POSITION", "person:amina-yusuf-ali", "ministry-of-water-and-sanitation")],
              id="hon-between-title-and-name"),
    fact_case("The chairman of the National Elections Commission (NEC), Cllr. Joseph Kollie Sumo, urged "
              "voters to stay calm.",
              [("HOLDS_POSITION", "person:joseph-kollie-sumo", "national-elections-commission")],
              id="cllr-between-title-and-name"),
]


@pytest.mark.parametrize("text,present,wrong", CASES)
def test_bodies12(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
