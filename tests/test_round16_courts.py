"""Round 16 (courts): posts and events as crime and court pages write them.

A minister whose title opens with a state's or province's name is that region's minister
("Kerala health minister X", "the Punjab Deputy Chief Minister X", "Sindh Home Minister X"): the
post is in the region's government, not the nation's ministry (rules/region_ministers.py)."""
import pytest

from tests.conftest import (check_entity_case, check_event_case, check_fact_case, entity_case, event_case, fact_case,
                            post_at, read_text as read)

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


# An arrest credited to a body's unit or its people ("by the Hawks' ... unit", "by members of the
# Hawks", "by the EFCC's operatives"): the body is the one that arrests (rules/acting_units.py).
UNIT_AGENT_CASES = [
    fact_case("Former treasurer Lerato Mokoena was arrested by the Hawks' Serious Corruption Investigation unit on Monday. "
              "The Hawks said she would appear in court.",
              [("ARRESTED", "organisation:directorate-for-priority-crime-investigation", "person:lerato-mokoena")],
              id="possessive-unit"),
    fact_case("The ex-commissioner Musa Danjuma was detained by the EFCC's operatives at his home.",
              [("ARRESTED", "organisation:efcc", "person:musa-danjuma")],
              id="possessive-operatives"),
    fact_case("Former councillor Anele Zulu was arrested by members of the Hawks in Durban.",
              [("ARRESTED", "organisation:directorate-for-priority-crime-investigation", "person:anele-zulu")],
              id="members-of-body"),
    fact_case("Former treasurer Dan Riley was arrested by the FBI's Boston field office on Tuesday.",
              [("ARRESTED", "organisation:federal-bureau-of-investigation", "person:dan-riley")],
              id="possessive-field-office"),
]


@pytest.mark.parametrize("text,present,wrong", UNIT_AGENT_CASES)
def test_unit_agents(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "the accused" is a plural group noun when its verb is plural ("The accused appeared in court"), and an
# "include" list after it may be broken by the parse ("..., suspended roads director, C and two
# contractors"): the group's events go to every person listed (rules/groups.py).
ACCUSED_CASES = [
    event_case("Four municipal officials were arrested by the Hawks in Kimberley on Monday and released on bail. "
               "The accused include the chief financial officer, Ayanda Nkosi, the former mayor, Johan Pretorius, "
               "dismissed roads director, Sipho Ndlovu and two contractors.",
               [("ARREST", "person:ayanda-nkosi"), ("ARREST", "person:johan-pretorius"),
                ("ARREST", "person:sipho-ndlovu")],
               id="include-list-broken-by-participle"),
    event_case("The accused were charged with fraud and money laundering in the Bloemfontein court. "
               "The accused include Lindiwe Dube and Sizwe Mahlangu.",
               [("CHARGE", "person:lindiwe-dube"), ("CHARGE", "person:sizwe-mahlangu")],
               id="the-accused-were-charged"),
    event_case("All of the accused were charged with theft on Friday. "
               "The accused include Naledi Khumalo and Bongani Zwane.",
               [("CHARGE", "person:naledi-khumalo"), ("CHARGE", "person:bongani-zwane")],
               id="all-of-the-accused"),
]


@pytest.mark.parametrize("text,present,absent", ACCUSED_CASES)
def test_the_accused_as_a_group(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# Anti-graft agencies that court copy names by a short name or an acronym ("the Hawks", "DPCI") are
# bodies of the gazetteer: their spokespeople's posts and their arrests are theirs (gazetteer.json).
AGENCY_CASES = [
    fact_case("Cape Town - A former deputy mayor accused of taking kickbacks was detained by the Hawks on Thursday. "
              "Hawks spokesperson Captain Lerato Sithole named the suspect as Pieter Nel.",
              [("HOLDS_POSITION", "person:lerato-sithole", "directorate-for-priority-crime-investigation")],
              id="hawks-spokesperson"),
    fact_case("Former municipal manager Pieter Nel was arrested by the DPCI on Monday. "
              "Hawks spokesperson Captain Lerato Sithole confirmed the arrest.",
              [("ARRESTED", "organisation:directorate-for-priority-crime-investigation", "person:pieter-nel"),
               ("HOLDS_POSITION", "person:lerato-sithole", "directorate-for-priority-crime-investigation")],
              id="dpci-and-hawks-one-body"),
]


@pytest.mark.parametrize("text,present,wrong", AGENCY_CASES)
def test_anti_graft_agencies(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A municipality whose name opens with a lower-case class prefix ("uMsunduzi Municipality",
# "eMalahleni Local Municipality") is a body, and the post written with it is held there (nlp.py).
PREFIXED_MUNICIPALITY_CASES = [
    fact_case("Former eThekwini Municipality treasurer Sipho Cele was charged with fraud.",
              [("HOLDS_POSITION", "person:sipho-cele", "ethekwini-municipality")],
              id="prefixed-municipality-before-title"),
]


@pytest.mark.parametrize("text,present,wrong", PREFIXED_MUNICIPALITY_CASES)
def test_prefixed_municipalities(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "Federal police (said they had) arrested X": a national body written in lower case with no country
# is the story country's (rules/acting_units.national_plain_body).
FEDERAL_POLICE_CASES = [
    fact_case("Federal police say they detained Marcos Vieira, who governed Parana until 2018, in Curitiba. "
              "Vieira is the latest Brazilian politician detained in the graft probe.",
              [("ARRESTED", "organisation:federal-police", "person:marcos-vieira")],
              id="federal-police-said-they-arrested"),
    fact_case("Federal police arrested former senator Jorge Lima in Sao Paulo on Tuesday, Brazilian prosecutors said.",
              [("ARRESTED", "organisation:federal-police", "person:jorge-lima")],
              id="federal-police-arrested"),
    fact_case("Ex-governor Carlos Mendes was held by federal police in Recife on Sunday, Brazilian prosecutors said.",
              [("ARRESTED", "organisation:federal-police", "person:carlos-mendes")],
              id="by-federal-police"),
]


@pytest.mark.parametrize("text,present,wrong", FEDERAL_POLICE_CASES)
def test_federal_police(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
