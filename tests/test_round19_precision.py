"""Round 19 (precision): wrong items of rules that were right in kind but wrong in place.

- title_orgs.article_city: a bare "Mayor X" goes to the town the story writes with its mayor
  ("Tulsa Mayor X", "the mayor of Tulsa") when the "X City" / "city of X" it also names
  is another town (a trip "to Kansas City" names no mayor's town); "the capital city of <state>"
  names no town at all (appositions._place_of: no post at the state for "mayor of the capital city of Ohio").
- region_posts.sentence_region: a bare "Governor X" in a sentence that writes another state
  ("the Kogi State Assembly ... against Governor X") is that state's, not the story's one governed
  state.
- phrases._heads / verb_events.apposed_name / groups._included_after: an event's subject is the
  subject noun's own referent, not a name inside its modifiers: the name after a relative clause
  that ends in a title ("a former minister who served under the country's leader, X, has been
  arraigned": the leader's name), a name in an "of" phrase of a listed person's title ("Those
  arrested included A, the acting president of the party of former premier X"), a name between a
  determiner and a title ("the X prime minister who is removed": X's minister).
- moves.custody_move: in a story that has told an arrest or a court's act, a person "transferred"
  or "shifted" to a custody place (triggers.json custody_places: headquarters, jail, hospital,
  ...) or to the office of a body that arrested someone is moved in custody: no APPOINTMENT.
- taken_tasks.taken_task: "take charge / leadership / command of" a task or a thing ("road
  projects", "the water system") is a duty, not a post: no APPOINTMENT (a body, place, post or
  portfolio after "of" still is one).
- title_orgs.org_for_title / title_before: a qualified police force ("federal police commissioner",
  "provincial police chief", "the Special Riot Police"; gazetteer.json force_qualifiers) is that
  force, not the country's plain police.
"""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case, fact_case, post_at, read_text as read


LOCAL_HEADS = [
    fact_case("Former Tulsa Mayor Aaron Belk was sentenced on Tuesday to eight years in prison for "
              "bribery. Prosecutors said contractors paid for a trip to Kansas City for the mayor. "
              "Republican Mayor Aaron Belk had denied the charges.",
              [("HOLDS_POSITION", "person:aaron-belk", "tulsa")], post_at("kansas-city"),
              id="mayor-town-written-over-another-city"),
    fact_case("Dover Mayor Carl Wendt was convicted on Friday. \"Carl Wendt swore to serve the people when "
              "he assumed the office of mayor of the capital city of Delaware,\" the prosecutor said. "
              "Mayor Wendt will be sentenced in May.",
              [("HOLDS_POSITION", "person:carl-wendt", "dover")], post_at("delaware"),
              id="capital-city-of-a-state-is-no-town"),
    fact_case("On Monday, lawmakers impeached Benue State Governor Samuel Orji over missing funds. "
              "On Thursday, the Kogi State Assembly said it would begin impeachment proceedings against "
              "Governor Musa Danladi.",
              [("HOLDS_POSITION", "person:musa-danladi", "kogi"), ("HOLDS_POSITION", "person:samuel-orji", "benue-state")],
              lambda typ, s, t: s == "person:musa-danladi" and post_at("benue", "benue-state")(typ, s, t),
              id="governor-of-the-sentence-s-other-state"),
]


@pytest.mark.parametrize("text,present,wrong", LOCAL_HEADS)
def test_local_heads_go_to_their_own_place(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


NESTED_NAMES = [
    event_case("A former Ruritanian minister who served under the country's ousted leader of 30 years, "
               "Paul Dorn, has been arraigned in court on charges of abusing his office.",
               [], [("CHARGE", "person:paul-dorn")], id="name-of-the-title-ending-a-relative-clause"),
    event_case("Police detained dozens of opposition figures on Sunday. Those arrested included Omar Raza, "
               "the acting president of the party of former Prime Minister Farid Khan.",
               [("ARREST", "person:omar-raza")], [("ARREST", "person:farid-khan")],
               id="name-in-an-of-phrase-of-a-listed-person-s-title"),
    event_case("President Ana Duarte fired her prime minister, Luis Lopez, on Monday. Lopez thus became the "
               "Duarte prime minister who is removed from the government just 40 days after taking office.",
               [("DISMISSAL", "person:luis-lopez")], [("DISMISSAL", "person:ana-duarte")],
               id="the-name-before-a-title-after-a-determiner"),
]


@pytest.mark.parametrize("text,present,absent", NESTED_NAMES)
def test_no_event_for_a_name_inside_the_subject_s_modifiers(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


CUSTODY_MOVES = [
    event_case("Police arrested former mayor Paulo Reis on Friday over kickbacks. He was transferred to a police "
               "headquarters in the capital.",
               [("ARREST", "person:paulo-reis")], [("APPOINTMENT", "person:paulo-reis")],
               id="transferred-to-a-police-headquarters-after-an-arrest"),
    event_case("The National Graft Bureau (NGB) arrested former minister Karim Shah on Tuesday. Shah was later "
               "shifted to the NGB office in Sialkot for questioning.",
               [("ARREST", "person:karim-shah")], [("APPOINTMENT", "person:karim-shah")],
               id="shifted-to-the-arresting-body-s-office"),
]


@pytest.mark.parametrize("text,present,absent", CUSTODY_MOVES)
def test_a_detainee_moved_in_custody_is_not_appointed(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


TAKEN_TASKS = [
    event_case("Deputy minister Vo Minh Tan was detained on Friday. Tan was assigned to take charge of projects "
               "such as the widening of coastal roads.",
               [("ARREST", "person:vo-minh-tan")], [("APPOINTMENT", "person:vo-minh-tan")],
               id="take-charge-of-projects"),
    event_case("Premier Ruth Adler said the outgoing minister had done good work, but she believed Omar Diaz was "
               "better placed to take leadership of the water system.",
               [], [("APPOINTMENT", "person:ruth-adler"), ("APPOINTMENT", "person:omar-diaz")],
               id="take-leadership-of-a-system"),
]


@pytest.mark.parametrize("text,present,absent", TAKEN_TASKS)
def test_charge_of_a_task_is_no_post(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


QUALIFIED_FORCES = [
    fact_case("Brazil's federal police raided three ranches in Para on Monday. Federal police commissioner Joao "
              "Ortega gave details of the raids.",
              [("HOLDS_POSITION", "person:joao-ortega", "federal-police")], post_at("brazil-police"),
              id="federal-police-commissioner"),
    fact_case("In Cambodia, the governor of Kampot province was replaced on Friday by a former Cambodian army "
              "officer, said provincial police chief Sok Dara.",
              [("HOLDS_POSITION", "person:sok-dara", "provincial-police")], post_at("cambodia-police"),
              id="provincial-police-chief"),
]


@pytest.mark.parametrize("text,present,wrong", QUALIFIED_FORCES)
def test_a_qualified_police_force_is_not_the_country_s_police(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
