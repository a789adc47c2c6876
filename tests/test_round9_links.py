"""Round 9 (lk9): links between a person and a body that both are in the graph.

The words of a title phrase ("Special Agent in Charge") are no part of a name around them
(loaders/title_phrase_names.py), so the body before the title and the person after it are
read apart and linked."""
import pytest

from tests.conftest import check_entity_case, check_fact_case, entity_case, fact_case, read_text as read

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
