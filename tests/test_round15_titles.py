"""Round 15 (coordinator): a title only one country gives, and a line that introduces a quotation.

- loaders/rules/title_orgs.py (_sole_user; gazetteer.json title_orgs also_used_in): "Foreign
  Secretary X" in a story on Bulgaria is Britain's Foreign Office (aliases FCO, FCDO), not
  Bulgaria's foreign ministry; in a story on India, whose civil service has a Foreign Secretary
  too, it is not Britain's.
- loaders/mentions.py (introduces_quote): "Foreign Secretary X said:" on a line of its own, the
  quotation below it, is no headline: the name on it is a person of the story.
"""
import pytest

from tests.conftest import check_entity_case, check_fact_case, entity_case, fact_case, post_at, read_text as read

BULGARIA = ("The United Kingdom has imposed sanctions on three Bulgarian politicians over corruption.\n\n"
            "Foreign Secretary Tom Ashworth said the three had enriched themselves at the expense of Bulgaria's people.")
INDIA = ("India and Nepal held talks in New Delhi on Monday about their border.\n\n"
         "Foreign Secretary Vinay Rao said the talks in India had been useful.")

SOLE_TITLES = [
    fact_case(BULGARIA, [("HOLDS_POSITION", "person:tom-ashworth", "foreign-office")],
              post_at("bulgaria-ministry-of-foreign-affairs"), id="foreign-secretary-in-a-story-on-bulgaria"),
    fact_case("Home Secretary Tom Ashworth said the arrest of the Kenyan minister in Nairobi was a matter for Kenya.",
              [("HOLDS_POSITION", "person:tom-ashworth", "home-office")],
              post_at("kenya-ministry-of-interior"), id="home-secretary-in-a-story-on-kenya"),
    fact_case(INDIA, [], post_at("foreign-office"), id="foreign-secretary-in-a-story-on-india-is-not-britains"),
]


@pytest.mark.parametrize("text,present,wrong", SOLE_TITLES)
def test_title_of_one_country(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_foreign_office_keeps_its_other_names(extractor):
    doc = read(extractor, BULGARIA)
    office = next(e for e in doc.entities if e.name == "Foreign Office")
    assert {"FCO", "FCDO"} <= set(office.aliases)


QUOTE_LINES = [
    entity_case("Russia: UK condemns the detention of an opposition leader\n\nForeign Secretary Dominic Ashworth said:\n\n"
                "It is appalling that the opposition leader has been detained.",
                has={("Person", "Dominic Ashworth")}, id="title-name-said-colon-line"),
    entity_case("Defence Secretary Gavin Pemberton said:\n\nWe call for the immediate release of the journalists.",
                has={("Person", "Gavin Pemberton")}, id="defence-secretary-name-said-colon-line"),
    entity_case("Tom Ashworth Named New Head Of Mission\n\nThe ambassador arrived on Monday.",
                lacks={("Person", "Tom Ashworth")}, id="title-case-headline-still-a-headline"),
]


@pytest.mark.parametrize("text,has,lacks", QUOTE_LINES)
def test_line_introducing_a_quote(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


# loaders/org_names.py (national_body_forms; names.json national_body_words): a body every country
# has is named by the country's name or adjective and by news's other word for it.
@pytest.mark.parametrize("display,forms", [
    ("Fijian Armed Forces", {"Fiji Military", "Fijian Military", "Fiji's Armed Forces", "Armed Forces of Fiji"}),
    ("Kenyan Police", {"Kenya Police Force", "Kenyan Police Service", "Police of Kenya"}),
    ("Zambian Army", {"Zambia Army", "Army of Zambia"}),
    ("Ukrainian Prosecutor's Office", {"Prosecutor General's Office of Ukraine", "Ukraine General Prosecutor's Office"}),
])
def test_national_body_forms(display, forms):
    from loaders.org_names import ministry_aliases
    assert forms <= ministry_aliases(display)


def test_no_body_forms_for_other_names():
    from loaders.org_names import national_body_forms
    assert national_body_forms("Anti-Corruption Commission".split()) == set()
    assert national_body_forms(["Police"]) == set()   # no country: nothing to name it by


def test_the_military_reads_as_the_armed_forces(extractor):
    doc = read(extractor, "Fiji military commander Josefa Waqa ousted Prime Minister Tevita Rabuka on Tuesday.")
    names = {n for e in doc.entities if e.label == "Organisation" for n in [e.name, *e.aliases]}
    assert "Fiji Military" in names, names


# loaders/org_names.py (country_names): a country acting as a body keeps the gazetteer's other
# names for it, not its adjectives.
@pytest.mark.parametrize("country,names,not_names", [
    ("United States", {"U.S.", "US", "USA", "United States of America"}, {"American"}),
    ("United Kingdom", {"UK", "Britain"}, {"British"}),
    ("Democratic Republic of the Congo", {"DRC", "DR Congo"}, set()),
])
def test_country_names(country, names, not_names):
    from loaders.org_names import country_names
    got = country_names(country)
    assert names <= got and not (not_names & got), got


def test_a_head_of_state_post_names_the_country_as_written(extractor):
    doc = read(extractor, "U.S. President Donald Trump said the arrest of the Peruvian leader was a matter for Peru.")
    us = next(e for e in doc.entities if e.name == "United States")
    assert {"U.S.", "US"} <= set(us.aliases)


# loaders/ner_repair.py (_given_name_and_place_who): "Andry Rajoelina, who ousted ...", the model
# reading the surname as a place and leaving the given name out, at the start of a sentence too.
WHO_NAMES = [
    entity_case("Andry Rajoelina, who ousted President Marc Ravalomanana earlier this week, was sworn in on Saturday.",
                has={("Person", "Andry Rajoelina")}, id="given-name-at-sentence-start-then-place-who"),
    entity_case("Meanwhile Paris, which hosted the talks, said nothing.",
                lacks={("Person", "Meanwhile Paris")}, id="opener-then-place-which-is-no-person"),
]


@pytest.mark.parametrize("text,has,lacks", WHO_NAMES)
def test_name_before_who(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)
