"""Round 9 (lk9): links between a person and a body that both are in the graph.

The words of a title phrase ("Special Agent in Charge") are no part of a name around them
(loaders/title_phrase_names.py), so the body before the title and the person after it are
read apart and linked."""
import pytest

from tests.conftest import check_entity_case, check_fact_case, entity_case, fact_case, post_at, read_text as read

NAME_CASES = [
    entity_case("The indictment was announced by Drug Enforcement Administration Special Agent in Charge "
                "Joseph M. Arabit, Houston Division.",
                has={("Organisation", "Drug Enforcement Administration"), ("Person", "Joseph M. Arabit")},
                lacks={("Organisation", "Drug Enforcement Administration Special")},
                id="body-then-title-phrase"),
    entity_case("Internal Revenue Service Special Agent in Charge Mark Dawson said the case was strong.",
                has={("Organisation", "Internal Revenue Service"), ("Person", "Mark Dawson")},
                lacks={("Organisation", "Internal Revenue Service Special")},
                id="sentence-opening-body-then-title-phrase"),
]


@pytest.mark.parametrize("text,has,lacks", NAME_CASES)
def test_title_phrase_is_no_name(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


FACT_CASES = [
    fact_case("The indictment was announced by Drug Enforcement Administration Special Agent in Charge "
              "Joseph M. Arabit, Houston Division and U.S. Attorney Kenneth Magidson.",
              [("HOLDS_POSITION", "person:joseph-m-arabit", "drug-enforcement-administration")],
              lambda t, s, o: o.endswith("administration-special"),
              id="body-title-phrase-name"),
    fact_case("Acting Special Agent in Charge Craig Larrabee of the Drug Enforcement Administration said so.",
              [("HOLDS_POSITION", "person:craig-larrabee", "drug-enforcement-administration")],
              id="title-phrase-name-of-body-guard"),
]


@pytest.mark.parametrize("text,present,wrong", FACT_CASES)
def test_title_phrase_links(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A person no rule placed, written right beside a title and a body (loaders/rules/near_posts.py).
NEAR_CASES = [
    fact_case("The National Lotteries Commission (NLC) met on Monday. Letwaba's resignation comes days after "
              "the sudden resignation of NLC Commissioner Charlotte Thabang Mampane.",
              [("HOLDS_POSITION", "person:charlotte-thabang-mampane", "national-lotteries-commission")],
              id="body-title-name"),
    fact_case("Awad Ibn Auf was designated today, along with Khalil Ibrahim, leader of the Justice and "
              "Equality Movement (JEM), a rebel group.",
              [("HOLDS_POSITION", "person:khalil-ibrahim", "justice-and-equality-movement")],
              id="name-title-of-body"),
    fact_case("Ebert Asiimwe, the presiding magistrate of the anti-corruption court in Kampala, ruled that "
              "Lugoloobi is charged.",
              [("HOLDS_POSITION", "person:ebert-asiimwe", "anti-corruption-court")],
              id="name-the-title-of-body"),
    fact_case("The new Chairman and Chief Electoral Commissioner for the National Electoral Commission, NEC, "
              "Mohamed Kenewui Konneh, on Tuesday took the oath of office.",
              [("HOLDS_POSITION", "person:mohamed-kenewui-konneh", "national-electoral-commission")],
              id="title-for-body-acronym-name"),
    fact_case("He was fired from service together with officer-in-charge of the Treasurer's Office, Glenn Banez.",
              [("HOLDS_POSITION", "person:glenn-banez", "treasurer-s-office")],
              id="hyphened-title-of-body-name"),
    fact_case("National Lotteries Commission chief operations officer Phillemon Letwaba resigned under a cloud.",
              [("HOLDS_POSITION", "person:phillemon-letwaba", "national-lotteries-commission")],
              id="body-title-with-a-noun-name"),
    fact_case("Philippine police arrested former President Rodrigo Duterte at the airport on Tuesday.",
              [], post_at("police"), id="verb-between-body-and-title-guard"),
    fact_case("Soldiers from Niger's presidential guard detained President Mohamed Bazoum inside his palace.",
              [], post_at("presidential-guard"), id="detained-is-no-title-word-guard"),
]


@pytest.mark.parametrize("text,present,wrong", NEAR_CASES)
def test_near_posts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
