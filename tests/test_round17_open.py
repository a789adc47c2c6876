"""Round 17 (open): posts and replacements as government pages under open licences write them.

A department's long name whose last item is two words, written after a title ("Secretary of the
Department of Employment and Workplace Relations"), keeps its last words: only a holder's name
(two words or more, or a given name) after the item's first word is cut off (portfolio_lists).
Australian and other Commonwealth honours after a name ("DSC", "PSM", "(Retd)") are no part of
it and name no one (names.json post_nominals). "X substitutes (for) Y" and "Y will be
substituted by X" are replacements, as Agência Brasil's English writes them (replace_verbs,
rules/replacements.substituted); "substituted A for B" names someone else's swap and gives none.
"""
import pytest

from tests.conftest import (check_entity_case, check_event_case, check_fact_case, entity_case, event_case, fact_case,
                            read_text as read)

LAST_ITEM_CASES = [
    fact_case("The Prime Minister appointed Margaret Oduya as Secretary of the Department of Employment and "
              "Workplace Relations on Monday.",
              [("HOLDS_POSITION", "person:margaret-oduya", "department-of-employment-and-workplace-relations")],
              id="two-word-last-item-after-title"),
    fact_case("Daniel Whitcombe was named Secretary of the Department of Veterans and Aged Care last week.",
              [("HOLDS_POSITION", "person:daniel-whitcombe", "department-of-veterans-and-aged-care")],
              id="aged-care-last-item"),
]


@pytest.mark.parametrize("text,present,wrong", LAST_ITEM_CASES)
def test_last_item_of_a_body_after_a_title(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


NAME_AFTER_ITEM_CASES = [
    entity_case("The Director of the Department for Security and Counterintelligence Petar Ristov said the report was false.",
                has={("Organisation", "Department for Security and Counterintelligence")},
                lacks={("Organisation", "Department for Security and Counterintelligence Petar Ristov")},
                id="holder-name-after-last-item-guard"),
    entity_case("Major General Helen Ashcroft AO DSC (Retd) has been appointed chair of the board.",
                has={("Person", "Helen Ashcroft")},
                lacks={("Person", "Retd"), ("Person", "Helen Ashcroft AO DSC")},
                id="commonwealth-honours-after-name"),
    entity_case("Ms Joanne Pettit PSM will lead the review of the agency.",
                has={("Person", "Joanne Pettit")},
                lacks={("Person", "Joanne Pettit PSM")},
                id="public-service-medal-after-name"),
]


@pytest.mark.parametrize("text,has,lacks", NAME_AFTER_ITEM_CASES)
def test_names_around_bodies_and_honours(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


SUBSTITUTE_CASES = [
    fact_case("Senator Paulo Teixeira is substituting for Marcos Andrade as Minister of Mines and Energy.",
              [("REPLACED", "person:paulo-teixeira", "person:marcos-andrade")],
              id="substituting-for"),
    fact_case("At the ceremony, Carlos Menezes substitutes Joaquim Ferraz at the Ministry of Tourism.",
              [("REPLACED", "person:carlos-menezes", "person:joaquim-ferraz")],
              id="substitutes-object"),
    fact_case("General Otavio Lemos will be substituted by Federal Deputy Clara Moura.",
              [("REPLACED", "person:clara-moura", "person:otavio-lemos")],
              id="substituted-by"),
    fact_case("The coach substituted Pedro Alves for Tiago Nunes in the second half.",
              [], lambda typ, s, t: typ == "REPLACED",
              id="substituted-a-for-b-guard"),
]


@pytest.mark.parametrize("text,present,wrong", SUBSTITUTE_CASES)
def test_substitute_is_a_replacement(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


@pytest.mark.parametrize("text,present,absent", [
    event_case("Senator Paulo Teixeira is substituting for Marcos Andrade as Minister of Mines and Energy.",
               {("APPOINTMENT", "person:paulo-teixeira")}, {("APPOINTMENT", "person:marcos-andrade")},
               id="substitute-appointment-event"),
])
def test_substitute_event(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# "State Services Commissioner X", "Public Service Commissioner X": the head of the service's
# commission; "the First Civil Service Commissioner" names no body "First Civil Service"
# (service_commissions.py, title_orgs.service_commission).
SERVICE_COMMISSION_CASES = [
    fact_case("State Services Commissioner Aroha Tamihana has announced three chief executive appointments.",
              [("HOLDS_POSITION", "person:aroha-tamihana", "state-services-commission")],
              id="state-services-commissioner"),
    fact_case("The minister said that Public Service Commissioner Graham Whitley has been reappointed for three years.",
              [("HOLDS_POSITION", "person:graham-whitley", "public-service-commission")],
              id="public-service-commissioner"),
]


@pytest.mark.parametrize("text,present,wrong", SERVICE_COMMISSION_CASES)
def test_service_commissioners(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


@pytest.mark.parametrize("text,has,lacks", [
    entity_case("Fiona Grey was chosen after an open competition chaired by the First Civil Service Commissioner.",
                lacks={("Organisation", "First Civil Service")}, id="first-civil-service-commissioner"),
])
def test_service_commissioner_title_is_no_body(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


# A head of government's recommendation of an appointee ("will recommend to the Governor-General
# that X be appointed", "I will be recommending the Governor-General appoint X as ..."): X's
# NOMINATION (rules/recommendations.py); a recommendation of a dismissal or of no named
# appointee is none.
@pytest.mark.parametrize("text,present,absent", [
    event_case("My Government will recommend to the Governor-General that Ms Leanne Corbett be appointed the next "
               "Commissioner of Taxation.",
               {("NOMINATION", "person:leanne-corbett")}, set(), id="recommend-that-be-appointed"),
    event_case("I am pleased to announce that I will be recommending the Governor-General appoint Mr Neil Harcourt as "
               "Secretary of the Department of Finance.",
               {("NOMINATION", "person:neil-harcourt")}, set(), id="recommending-bare-appoint"),
    event_case("The inquiry recommended that Inspector Tom Rivers be dismissed from the force.",
               set(), {("NOMINATION", "person:tom-rivers")}, id="recommended-dismissal-guard"),
])
def test_recommended_appointee_is_nominated(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
