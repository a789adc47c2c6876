"""Round 17 (voa_africa): posts as Voice of America's Africa and Middle East stories write them.

An age written before a title in apposition ("X, the 59-year-old former finance minister, said";
"X, a 45-year-old deputy governor") is the person's, not the title's: the post is read past it
(loaders/age_words.py, used by rules/titles.title_tokens)."""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case, fact_case, read_text as read

AGE_CASES = [
    fact_case("Halima Osei, the 61-year-old former finance minister, said the budget was sound.",
              [("HOLDS_POSITION", "person:halima-osei", "ministry-of-finance")],
              id="the-age-former-portfolio-minister"),
    fact_case("Police detained Bakari Ndege, a 47-year-old former health minister, in Dodoma on Monday.",
              [("HOLDS_POSITION", "person:bakari-ndege", "ministry-of-health")],
              id="an-age-after-a-verb"),
    fact_case("Mr. Tambo, the 52 year old interior minister, resigned on Friday.",
              [("HOLDS_POSITION", "person:tambo", "ministry-of-interior")],
              id="the-age-unhyphenated"),
]


@pytest.mark.parametrize("text,present,wrong", AGE_CASES)
def test_age_before_title(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_age_is_not_in_the_title(extractor):
    doc = read(extractor, "Omar Saleh, the 66-year-old leader of the Unity Front, rejected the results.")
    titles = [r.properties.get("title", "") for r in doc.relations if r.type == "HOLDS_POSITION"]
    assert titles and not any("year" in t for t in titles), titles


# A list of the persons an event befell, told with its source after it ("Those arrested included
# A; B; and C, the source said"): the parse's root is the reporting verb; the list is still the
# "include" clause's, and every listed person gets the event, with or without a group told
# before it (rules/groups.list_root, own_list).
LIST_CASES = [
    event_case("Security forces detained several leaders of the former ruling party on Sunday. "
               "Those detained included the acting chairman of the Renewal Party, Tomas Berhe; "
               "the former vice president, Hamid Osei; and former senate speaker Lucia Banda, a party official said.",
               [("ARREST", "person:tomas-berhe"), ("ARREST", "person:hamid-osei"), ("ARREST", "person:lucia-banda")],
               id="group-then-semicolon-list-with-source"),
    event_case("Those sacked included the mines minister, Kojo Addai; the deputy energy minister, Efua Mensah; "
               "and the head of the port authority, Yaw Boateng, the presidency said.",
               [("DISMISSAL", "person:kojo-addai"), ("DISMISSAL", "person:efua-mensah"),
                ("DISMISSAL", "person:yaw-boateng")],
               id="own-list-with-source"),
    event_case("The minister toured the new terminal on Monday. Those arrested on Friday included the customs chief, "
               "Ama Owusu; his deputy, Kwame Asante; and a clerk, Esi Quaye, police said. The guests who attended included the port director, "
               "Nana Agyei; and the deputy mayor, Kofi Darko, an aide said.",
               [("ARREST", "person:ama-owusu"), ("ARREST", "person:kwame-asante")],
               [("ARREST", "person:nana-agyei"), ("ARREST", "person:kofi-darko")],
               id="own-list-guard-no-event-word"),
]


@pytest.mark.parametrize("text,present,absent", LIST_CASES)
def test_lists_told_with_their_source(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# The agriculture portfolio written as an adjective or short form ("former agricultural minister
# X", "Agric Minister X", Nigerian usage): the agriculture ministry (gazetteer ministry_domains).
PORTFOLIO_CASES = [
    fact_case("The president named former agricultural minister Paul Mboumba as prime minister on Monday.",
              [("HOLDS_POSITION", "person:paul-mboumba", "ministry-of-agriculture")],
              id="agricultural-minister"),
    fact_case("Agric Minister Sani Lawal inspected the new silos in Kano on Tuesday.",
              [("HOLDS_POSITION", "person:sani-lawal", "ministry-of-agriculture")],
              id="agric-minister"),
]


@pytest.mark.parametrize("text,present,wrong", PORTFOLIO_CASES)
def test_agriculture_forms(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# An apposition whose body carries a participle clause naming its leader ("X, a spokesman of the
# main opposition Freedom Alliance led by Y, says"): Y is the body's, not a second person of the
# apposition, and X keeps the post (rules/appositions._before_participle).
LED_BODY_CASES = [
    fact_case("Tendai Moyo, a spokesman of the main opposition Freedom Alliance led by John Banda, says the law is applied selectively.",
              [("HOLDS_POSITION", "person:tendai-moyo", "freedom-alliance")],
              id="spokesman-of-party-led-by"),
    fact_case("Tariro Sibanda, the secretary-general of the ruling Unity Front led by Simon Moyo, denied the claims.",
              [("HOLDS_POSITION", "person:tariro-sibanda", "unity-front")],
              id="secretary-general-of-ruling-party-led-by"),
]


@pytest.mark.parametrize("text,present,wrong", LED_BODY_CASES)
def test_apposition_body_led_by(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
