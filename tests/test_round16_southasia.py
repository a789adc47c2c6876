"""Round 16 (southasia): pages of South Asian, South-East Asian, Pacific and Gulf outlets.

A woman's name with the patronymic "bint" / "binti" ("X bint Y Z") is one person, not the
father "Y Z" (loaders/patronymic_names.py).

"<Person>-led <body>" ("the Rakesh Varma-led JDP") keeps "-led" out of the name and
makes the person the body's leader (loaders/led_names.py, rules/led_bodies.py).

Staff of rights groups: "coordinator" and "investigator" are titles ("X, Battambang
coordinator for rights group Licadho") (data/gazetteer.json title_heads).

Papua New Guinea's "the Prime Minister decommissioned minister X" is a dismissal
(data/triggers.json event_verbs)."""
import pytest

from tests.conftest import (check_entity_case, check_event_case, check_fact_case, entity_case, event_case,
                            fact_case, read_text as read)

NAME_CASES = [
    entity_case("The emir appointed Noura bint Saeed Al Marri as minister of education on Tuesday.",
                [("Person", "Noura bint Saeed Al Marri")], [("Person", "Saeed Al Marri")], id="bint-tagged-apart"),
    entity_case("Hessa bint Ahmed Al Suwaidi was named minister of state for youth affairs.",
                [("Person", "Hessa bint Ahmed Al Suwaidi")], [("Person", "Ahmed Al Suwaidi")], id="bint-given-name-untagged"),
    entity_case("The king replaced Khalid Al Harbi with Maha bint Faisal Al Otaibi as labour minister.",
                [("Person", "Maha bint Faisal Al Otaibi")], [("Person", "Faisal Al Otaibi")], id="bint-after-with"),
    entity_case("Ministers of the Deputy Chief Minister Rakesh Varma-led JDP resigned on Monday.",
                [("Person", "Rakesh Varma")], [("Person", "Rakesh Varma-led")], id="person-led-party"),
    entity_case("The envoys were recalled by the erstwhile Ram Prasad Oli-led government.",
                [("Person", "Ram Prasad Oli")], [("Person", "Ram Prasad Oli-led"), ("Organisation", "Ram Prasad Oli-led")],
                id="person-led-government"),
]


@pytest.mark.parametrize("text,has,lacks", NAME_CASES)
def test_names_with_particles_and_led(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


POST_CASES = [
    fact_case("Two ministers of the Chief Minister Anil Sharma-led Lok Janshakti Party quit the cabinet.",
              [("HOLDS_POSITION", "person:anil-sharma", "lok-janshakti-party")], id="led-body-leader"),
    fact_case("The BJP-led alliance won the vote, said Sunil Rao.",
              [], lambda t, s, o: t == "HOLDS_POSITION" and s == "person:sunil-rao", id="body-led-no-leader"),
    fact_case("Sok Vanna, Battambang coordinator for rights group Licadho, said the transfer was unexplained.",
              [("HOLDS_POSITION", "person:sok-vanna", "licadho")], id="coordinator-for-rights-group"),
    fact_case("Chea Dara, an investigator for the rights group Licadho, said the governor had been moved.",
              [("HOLDS_POSITION", "person:chea-dara", "licadho")], id="investigator-for-the-rights-group"),
]


@pytest.mark.parametrize("text,present,wrong", POST_CASES)
def test_posts_led_and_rights_staff(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


EVENT_CASES = [
    event_case("Prime Minister Michael Kauba has decommissioned Fisheries Minister Joseph Tapi after he crossed "
               "to the Opposition.",
               [("DISMISSAL", "person:joseph-tapi")], id="decommissioned-minister"),
    event_case("A gazette confirmed that the Governor-General decommissioned two ministers, Paul Kera and Lucy "
               "Wamp, on Friday.",
               [("DISMISSAL", "person:paul-kera"), ("DISMISSAL", "person:lucy-wamp")], id="decommissioned-list"),
]


@pytest.mark.parametrize("text,present,absent", EVENT_CASES)
def test_decommissioned_is_dismissal(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# A body's long name cut by the model at a linking word: the name is taken whole
# (loaders/body_name_tails.py); a name written after a body is never taken into it.
BODY_NAME_CASES = [
    entity_case("The minister was questioned by the Samoa Independent Commission Against Corruption on Friday.",
                [("Organisation", "Samoa Independent Commission Against Corruption")],
                [("Person", "Against Corruption"), ("Organisation", "Samoa Independent Commission")], id="against"),
    entity_case("Thida Win sits on the exiled Committee Representing the Coastal Assembly.",
                [("Organisation", "Committee Representing the Coastal Assembly")],
                [("Organisation", "Committee Representing")], id="representing-the"),
    entity_case("Under the old rules, Fahad Al Otaibi led the Commission for the Promotion of Piety and the Prevention of Vice.",
                [("Organisation", "Commission for the Promotion of Piety and the Prevention of Vice")],
                [("Organisation", "Promotion of Piety")], id="for-the-and-the"),
    entity_case("The Regional Drug Task Force Special Agent Mark Dunn said the mayor was arrested.",
                [("Person", "Mark Dunn")], [("Organisation", "Regional Drug Task Force Special Agent Mark Dunn")],
                id="no-name-after-body"),
]


@pytest.mark.parametrize("text,has,lacks", BODY_NAME_CASES)
def test_long_body_names_kept_whole(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


# Portfolio words the ministry list lacked: "law", "community development", "Islamic affairs"
# (data/gazetteer.json ministry_domains).
PORTFOLIO_CASES = [
    fact_case("Police detained former law minister Kamal Hossain Mridha at his home in Dhaka.",
              [("HOLDS_POSITION", "person:kamal-hossain-mridha", "ministry-of-law")], id="law-minister"),
    fact_case("Community Development Minister Agnes Kiap said the funds had been released.",
              [("HOLDS_POSITION", "person:agnes-kiap", "ministry-of-community-development")],
              id="community-development-minister"),
    fact_case("The king appointed Saad Al Mutlaq as minister of Islamic affairs on Saturday.",
              [("HOLDS_POSITION", "person:saad-al-mutlaq", "ministry-of-islamic-affairs")], id="islamic-affairs"),
    fact_case("Law enforcement officer Rahim Uddin said the suspect fled.",
              [], lambda t, s, o: t == "HOLDS_POSITION" and o.endswith("ministry-of-law"), id="law-enforcement-guard"),
]


@pytest.mark.parametrize("text,present,wrong", PORTFOLIO_CASES)
def test_added_portfolio_words(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "appointed A as T1 and B as T2": T1 is A's post only, and A's post phrase stops before B
# (rules/event_posts.py).
PAIR_CASES = [
    fact_case("The president appointed Karim Nasser as interior minister and Walid Haddad as deputy finance minister.",
              [("HOLDS_POSITION", "person:karim-nasser", "ministry-of-interior"),
               ("HOLDS_POSITION", "person:walid-haddad", "ministry-of-finance")],
              lambda t, s, o: t == "HOLDS_POSITION" and s == "person:walid-haddad" and o.endswith("ministry-of-interior"),
              id="and-pair"),
    fact_case("The emir also appointed Fahad Al Sabah as deputy interior minister, and Nawaf Al Ajmi as National "
              "Assembly deputy speaker.",
              [("HOLDS_POSITION", "person:fahad-al-sabah", "ministry-of-interior")],
              lambda t, s, o: t == "HOLDS_POSITION" and s == "person:nawaf-al-ajmi" and o.endswith("ministry-of-interior"),
              id="comma-and-pair"),
    fact_case("The ruler appointed Salem Al Dhaheri as Minister of State for Space Affairs and Mouza Al Ketbi Minister "
              "of State for Food Security.",
              [], lambda t, s, o: t == "HOLDS_POSITION" and s == "person:salem-al-dhaheri" and o.endswith("food-security"),
              id="post-runs-over-next-pair"),
]


@pytest.mark.parametrize("text,present,wrong", PAIR_CASES)
def test_paired_appointments(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# Vietnamese "To" (Tô) is a surname, not the preposition (loaders/function_word_surnames.py).
TO_CASES = [
    entity_case("The National Assembly elected General To Minh, a Politburo member, as state president.",
                [("Person", "To Minh")], id="rank-then-to"),
    entity_case("To Huy, 58, was sworn in as minister of public security on Thursday.",
                [("Person", "To Huy")], id="sentence-start-to"),
    entity_case("The ministry's spokesperson, Colonel To An Phuc, announced the arrests.",
                [("Person", "To An Phuc")], id="to-then-two-syllables"),
    entity_case("The decision was sent To Parliament Speaker Vuong Dinh Hue for approval.",
                [], [("Person", "To Parliament")], id="capital-to-before-title-guard"),
]


@pytest.mark.parametrize("text,has,lacks", TO_CASES)
def test_vietnamese_to_surname(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)
