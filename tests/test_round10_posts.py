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


# "Administrator" is a post only beside the body's name: "DEA Administrator X",
# "Drug Enforcement Administration (DEA) Administrator X" (titles.json body_heads, near_posts)
ADMINISTRATOR_CASES = [
    fact_case("The three were arrested, Assistant Attorney General Alice S. Fisher of the Criminal Division and "
              "Drug Enforcement Administration (DEA) Administrator Karen Tandy announced today.",
              [("HOLDS_POSITION", "person:karen-tandy", "drug-enforcement-administration"),
               ("HOLDS_POSITION", "person:alice-s-fisher", "criminal-division")],
              id="body-acronym-administrator-name"),
    fact_case("The arrests did not include the cartel's leaders, according to DEA Administrator Michele M. Leonhart.",
              [("HOLDS_POSITION", "person:michele-m-leonhart", "")],
              id="acronym-administrator-name"),
    fact_case("The American administrator in Iraq, Paul Bremer, has appointed a new Iraqi Interior Minister.",
              [], lambda t, s, o: t == "HOLDS_POSITION" and s == "person:paul-bremer",
              id="administrator-without-body-guard"),
]


@pytest.mark.parametrize("text,present,wrong", ADMINISTRATOR_CASES)
def test_administrator_beside_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "Treasury Secretary X" in a story on another country that names the U.S. Treasury is the US one
# (gazetteer title_orgs named_as), not that country's finance ministry
TREASURY_TEXT = ("The U.S. Department of the Treasury today blocked the assets of three Sudanese officials for "
                 "their roles in the violence in Darfur. \"These individuals have continued to play direct roles "
                 "in the atrocities,\" said Treasury Secretary Henry M. Paulson, Jr. Sudan's government rejected "
                 "the sanctions. Sudan's foreign ministry called them unjust.")


def test_treasury_secretary_of_the_named_treasury(extractor):
    doc = read(extractor, TREASURY_TEXT, title="Treasury designates Sudanese officials")
    names = {e.id: e.name for e in doc.entities}
    posts = {names.get(r.target) for r in doc.relations
             if r.type == "HOLDS_POSITION" and r.source == "person:henry-m-paulson"}
    treasury = {e.name for e in doc.entities if "Department of the Treasury" in [e.name, *e.aliases]}
    assert posts and posts <= treasury, (posts, treasury)


# A unit named "Office of ...", "Bureau of ..." after a body's "'s" is part of that body (rules/parts.py)
PART_CASES = [
    fact_case("Assistance with the Russian prosecution was provided by the Criminal Division’s Office of "
              "International Affairs, as well as the U.S. Attorney's Office.",
              [("PART_OF", "organisation:office-of-international-affairs", "criminal-division")],
              id="body-s-office-of"),
    fact_case("The sanctions were imposed by the Treasury Department's Office of Foreign Assets Control on Monday.",
              [("PART_OF", "organisation:office-of-foreign-assets-control", "treasury-department")],
              id="department-s-office-of"),
]


@pytest.mark.parametrize("text,present,wrong", PART_CASES)
def test_office_of_is_a_unit(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# The name before a bracketed acronym it spells is a body, where the model tagged only the acronym
# (loaders/spelled_acronyms.py), so the post "of" it finds its body
SPELLED_FACTS = [
    fact_case("\"We will act,\" said Craig Larrabee, Acting Special Agent in Charge of Homeland Security "
              "Investigations (HSI) in San Antonio.",
              [("HOLDS_POSITION", "person:craig-larrabee", "homeland-security-investigations")],
              id="name-title-of-spelled-body-acronym"),
]


@pytest.mark.parametrize("text,present,wrong", SPELLED_FACTS)
def test_spelled_acronym_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A hard-wrapped release (loaders/wrapped_lines.py): a line of few words runs on into a line that
# opens in lower case, and a line that opens in lower case (inside a sentence) runs on into the next
WRAPPED = ("JOHN P. GILBRIDE, Special Agent in Charge\n"
           "of the Drug Enforcement Administration and MICHAEL J. GARCIA, the United States\n"
           "Attorney for the Southern District of New York, announced the extradition of\n"
           "two corrupt police officers charged with smuggling more than $50\n"
           "million worth of cocaine for importation into the United States. The Indictment\n"
           "charges the two officers and others with conspiracy to facilitate cocaine\n"
           "shipments through the airport.")

WRAPPED_FACTS = [
    fact_case(WRAPPED,
              [("HOLDS_POSITION", "person:john-p-gilbride", "drug-enforcement-administration"),
               ("HOLDS_POSITION", "person:michael-j-garcia", "southern-district-of-new-york")],
              lambda t, s, o: o == "organisation:new-york",   # the district's state is no body here
              id="wrapped-name-title-line-then-body-line"),
]


@pytest.mark.parametrize("text,present,wrong", WRAPPED_FACTS)
def test_wrapped_title_lines(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_wrapped_title_keeps_no_line_break(extractor):
    doc = read(extractor, WRAPPED)
    titles = [r.properties.get("title", "") for r in doc.relations if r.type == "HOLDS_POSITION"]
    assert titles and not any("\n" in t for t in titles), titles


# A place after "of" in an apposition is a body only when the title is a place's head ("mayor of
# X"); "Attorney for the Southern District of New York" leaves no stray body "New York" (appositions._place_of)
STRAY_CASES = [
    entity_case("The charges were announced by Michael J. Garcia, the United States Attorney for the Southern "
                "District of New York.",
                has={("Person", "Michael J. Garcia")},
                lacks={("Organisation", "New York")},
                id="no-stray-place-body"),
]


@pytest.mark.parametrize("text,has,lacks", STRAY_CASES)
def test_no_stray_place_body(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


# A tagged body's name goes on over "and ... Enforcement" (names.json tail_heads): the model tags
# "U.S. Immigration" alone
ICE_NAMES = [
    entity_case("The case was investigated by U.S. Immigration and Customs Enforcement and the FBI.",
                has={("Organisation", "U.S. Immigration and Customs Enforcement")},
                lacks={("Organisation", "U.S. Immigration")},
                id="body-name-goes-on-to-tail-head"),
]


@pytest.mark.parametrize("text,has,lacks", ICE_NAMES)
def test_body_name_tail(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


ICE_FACTS = [
    fact_case("Assistant Attorney General Leslie R. Caldwell of the Justice Department’s Criminal Division and "
              "Acting Director Thomas S. Winkowski of U.S. Immigration and Customs Enforcement made the announcement.",
              [("HOLDS_POSITION", "person:thomas-s-winkowski", "immigration-and-customs-enforcement")],
              post_at("u-s-immigration"),
              id="title-name-of-tailed-body"),
]


@pytest.mark.parametrize("text,present,wrong", ICE_FACTS)
def test_post_at_tailed_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "TITLE PHRASE of the BODY NAME": the title phrase is read whole before "of" (title_of_org_before;
# "Charge" is no title word, so the backward reading stopped at it)
PHRASE_OF_BODY = [
    fact_case("The mayor met Drug Enforcement Administration Assistant Special Agent in Charge of the Dallas "
              "Field Division Guy Baker in Texas today.",
              [("HOLDS_POSITION", "person:guy-baker", "dallas-field-division")],
              id="title-phrase-of-body-name"),
]


@pytest.mark.parametrize("text,present,wrong", PHRASE_OF_BODY)
def test_title_phrase_of_body_name(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "TITLE NAME[,] of the Republic of COUNTRY[,]": the country's body, in its long form too, and set
# off by commas (title_before.body_after_name), not the US Department of Justice of "Attorney General"
COUNTRY_AFTER = [
    fact_case("PLANO, Texas – Attorney General Maria Consuelo Porras Argueta, of the Republic of Guatemala, "
              "met United States Attorney Joseph D. Brown today.",
              [("HOLDS_POSITION", "person:maria-consuelo-porras-argueta", "attorney-general-of-guatemala")],
              post_at("department-of-justice"),
              id="title-name-comma-of-long-form-country"),
    fact_case("Attorney General Maria Consuelo Porras Argueta of the Republic of Guatemala met officials.",
              [("HOLDS_POSITION", "person:maria-consuelo-porras-argueta", "attorney-general-of-guatemala")],
              post_at("department-of-justice"),
              id="title-name-of-long-form-country"),
]


@pytest.mark.parametrize("text,present,wrong", COUNTRY_AFTER)
def test_country_after_name(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
