"""Round 15 (africa): posts as pages of African outlets write them.

A portfolio list with a comma before its "and" ("Minister of Water, Sanitation, and Environment") or
before the title's head ("Youth, Sports and Culture Minister") is one portfolio
(loaders/portfolio_lists.py, rules/title_before.py).

A region's post written between the place and the holder ("Kigoma Regional Commissioner X",
"the Volta Regional Minister, X", "X, the Bungoma County Commissioner", "appointed X as Tanga
Regional Administrative Secretary") is held at the place's body ("Kigoma Region")
(loaders/area_titles.py, rules/area_posts.py)."""
import pytest

from tests.conftest import (check_entity_case, check_fact_case, entity_case, fact_case, post_at,
                            read_text as read)

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


AREA_CASES = [
    fact_case("The President has revoked the appointment of Hamisi Mwita as Kigoma Regional Commissioner.",
              [("HOLDS_POSITION", "person:hamisi-mwita", "kigoma-region")],
              id="as-regional-commissioner"),
    fact_case("Dodoma Regional Commissioner Neema Mrema has been transferred to Iringa.",
              [("HOLDS_POSITION", "person:neema-mrema", "dodoma-region")],
              post_at("dodoma-regional"),
              id="title-before-name"),
    fact_case("The Volta Regional Minister, Hon. Kwesi Asante, will assume the role of Oti Regional Minister.",
              [("HOLDS_POSITION", "person:kwesi-asante", "volta-region"),
               ("HOLDS_POSITION", "person:kwesi-asante", "oti-region")],
              id="apposition-before-and-role-of"),
    fact_case("Peter Wanyama, the current Bungoma County Commissioner, was interdicted on Monday.",
              [("HOLDS_POSITION", "person:peter-wanyama", "bungoma-county")],
              id="apposition-after"),
    fact_case("Korogwe District Administrative Secretary Halima Said has been appointed as Tanga Regional "
              "Administrative Secretary.",
              [("HOLDS_POSITION", "person:halima-said", "korogwe-district"),
               ("HOLDS_POSITION", "person:halima-said", "tanga-region")],
              id="district-then-region"),
    fact_case("The President appointed Kilosa District Commissioner Juma Ally to become the new Singida Regional "
              "Commissioner.",
              [("HOLDS_POSITION", "person:juma-ally", "singida-region")],
              lambda t, s, o: s.startswith("person:singida"),
              id="to-become-the-new"),
    fact_case("Mary Chebet took over as the new Nandi County Commissioner on Monday.",
              [("HOLDS_POSITION", "person:mary-chebet", "nandi-county")],
              post_at("organisation:nandi"),
              id="took-over-as-no-second-body-at-the-place"),
    fact_case("Mudavadi Suspends Nandi County Commissioner Peter Kiprop Over Insecurity\n\nThe officer left on Monday.",
              [("HOLDS_POSITION", "person:peter-kiprop", "nandi-county")],
              post_at("suspends-nandi-county"),
              id="headline-verb-is-no-place-word"),
]


@pytest.mark.parametrize("text,present,wrong", AREA_CASES)
def test_region_posts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# guards: a court's or a prosecutor's post after "District" is no region's; these pass without the rule too
AREA_GUARDS = [
    fact_case("Manhattan District Attorney Alvin Brooks charged the mayor on Monday.",
              [], post_at("manhattan-district"),
              id="district-attorney-is-no-region-post"),
    fact_case("United States District Judge Mary Hollis sentenced him on Friday.",
              [], post_at("united-states-district"),
              id="country-district-judge-guard"),
    fact_case("The UNICEF Regional Director, Dr Amina Yusuf, visited the camp on Monday.",
              [], post_at("unicef-region"),
              id="acronym-body-regional-director-guard"),
]


@pytest.mark.parametrize("text,present,wrong", AREA_GUARDS)
def test_region_post_guards(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


@pytest.mark.parametrize("text,has,lacks", [
    entity_case("Lindi Regional Commissioner Joseph Mkirikiti was moved to Mtwara.",
                [("Person", "Joseph Mkirikiti"), ("Organisation", "Lindi Region")],
                [("Organisation", "Lindi Regional"), ("Person", "Lindi Regional Commissioner Joseph Mkirikiti")],
                id="no-body-named-regional"),
    entity_case("The President named Arusha Regional Secretary Anna Lyimo to become the new Songwe Regional "
                "Commissioner.",
                [("Person", "Anna Lyimo"), ("Organisation", "Songwe Region")],
                [("Person", "Songwe Regional Commissioner")],
                id="post-is-no-person"),
])
def test_region_post_names(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


# Kenya writes a ministry's posts as "<Portfolio> Cabinet Secretary X", "<Portfolio> CS X" and
# "<Portfolio> Principal Secretary X": the portfolio's ministry, not the Cabinet (titles.json,
# gazetteer.json, rules/title_before.py). A bare "Cabinet Secretary X" keeps its old reading.
KENYA_CASES = [
    fact_case("Energy Cabinet Secretary Davis Kiprono announced new tariffs on Monday.",
              [("HOLDS_POSITION", "person:davis-kiprono", "ministry-of-energy")],
              post_at("organisation:cabinet"),
              id="portfolio-cabinet-secretary"),
    fact_case("Education CS Ezekiel Onyango ordered the closure of the schools.",
              [("HOLDS_POSITION", "person:ezekiel-onyango", "ministry-of-education")],
              id="portfolio-cs"),
    fact_case("Health Principal Secretary Mary Muthoni suspended the officials on Friday.",
              [("HOLDS_POSITION", "person:mary-muthoni", "ministry-of-health")],
              id="portfolio-principal-secretary"),
]


@pytest.mark.parametrize("text,present,wrong", KENYA_CASES)
def test_kenyan_cabinet_posts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


@pytest.mark.parametrize("text,present,wrong", [
    fact_case("Cabinet Secretary Simon Case said the review would go on.",
              [("HOLDS_POSITION", "person:simon-case", "cabinet")],
              id="bare-cabinet-secretary-guard"),
])
def test_kenyan_cabinet_post_guards(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
