"""Round 16 (coordinator): a title phrase with a small word inside it.

- loaders/rules/titles.py (in_phrase) and near_posts._word: "X, Special Agent in Charge, BODY,"
  as US agencies' releases name their officials; the "in" of the data's title phrase kept the
  title from being read as title words, so the person had no post.
- near_posts (_plural_head, _conjoined_persons) and phrases.title_list: a plural title
  before a list of names ("two commissioners of the Electoral Commission, X and Y, were sworn
  in") gives the post, and the event, to each name, not to the first alone.
- rules/replacements.take_over (links.json helm_nouns): "took the post / the job / power from Y"
  and a participle on the successor's name ("X, who was named on Friday, taking the post from
  Y") make X replace Y.
- gazetteer.json ranks: police ranks ("Assistant Commissioner", "Chief Inspector") between a
  title and a name are the person's rank, not part of the post ("police spokesperson Assistant
  Commissioner X": the post is "spokesperson").
- titles.json post_verbs_as: a reshuffle's "X survived as immigration minister" and "X was
  retained as finance minister" state the post X keeps.
"""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case, fact_case, post_at, read_text as read

PHRASE_TITLES = [
    fact_case("The arrests were announced by Lena Brandt, Special Agent in Charge, Drug Enforcement "
              "Administration, and by the county sheriff.",
              [("HOLDS_POSITION", "person:lena-brandt", "drug-enforcement-administration")], [],
              id="special-agent-in-charge-comma-body"),
    fact_case("Omar Reyes, Special Agent-in-Charge, Federal Bureau of Investigation, said the probe goes on.",
              [("HOLDS_POSITION", "person:omar-reyes", "federal-bureau-of-investigation")], [],
              id="hyphened-special-agent-in-charge"),
    fact_case("Omar Reyes, in charge of the file, Federal Bureau of Investigation, said the probe goes on.",
              [], post_at("federal-bureau-of-investigation"),
              id="in-charge-without-a-title-is-no-post"),
]


@pytest.mark.parametrize("text,present,wrong", PHRASE_TITLES)
def test_title_phrase_with_a_small_word(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


KEPT_POSTS = [
    fact_case("In the reshuffle, Jonas Whitfield survived as immigration minister despite the row.",
              [("HOLDS_POSITION", "person:jonas-whitfield", "ministry-of-immigration")], id="survived-as"),
    fact_case("Jonas Whitfield was retained as finance minister when the cabinet was reshuffled.",
              [("HOLDS_POSITION", "person:jonas-whitfield", "ministry-of-finance")], id="retained-as"),
    fact_case("Jonas Whitfield survived as the only critic in the room.", [], post_at("ministry-of-finance"),
              id="survived-as-no-post"),
]


@pytest.mark.parametrize("text,present,wrong", KEPT_POSTS)
def test_post_kept_in_a_reshuffle(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


PLURAL_TITLES = [
    fact_case("Two commissioners of the Electoral Commission, Grace Otieno and Samuel Kiprop, were sworn in.",
              [("HOLDS_POSITION", "person:grace-otieno", "electoral-commission"),
               ("HOLDS_POSITION", "person:samuel-kiprop", "electoral-commission")], id="plural-title-two-names"),
    fact_case("The commissioner of the Electoral Commission, Grace Otieno, and Samuel Kiprop met the press.",
              [("HOLDS_POSITION", "person:grace-otieno", "electoral-commission")],
              lambda t, s, o: t == "HOLDS_POSITION" and s == "person:samuel-kiprop", id="singular-title-one-name"),
]


@pytest.mark.parametrize("text,present,wrong", PLURAL_TITLES)
def test_plural_title_over_a_list(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


PLURAL_TITLE_EVENTS = [
    event_case("The two deputy governors of the Central Bank, Grace Otieno and Samuel Kiprop, were arrested on Monday.",
               {("ARREST", "person:grace-otieno"), ("ARREST", "person:samuel-kiprop")}, id="plural-title-subjects"),
    event_case("The directors of Harbor Holdings, Grace Otieno and Samuel Kiprop, resigned on Friday.",
               {("RESIGNATION", "person:grace-otieno"), ("RESIGNATION", "person:samuel-kiprop")}, id="plural-title-resign"),
    event_case("Police arrested the managers of Harbor, Zenith and Apex Holdings.", set(),
               {("ARREST", "person:zenith")}, id="a-list-of-bodies-is-no-list-of-persons"),
]


@pytest.mark.parametrize("text,present,absent", PLURAL_TITLE_EVENTS)
def test_plural_title_subjects(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


def test_singular_title_list_item(extractor):
    doc = read(extractor, "The commissioner of the Electoral Commission, Ahmed Bala, and John Eze were sworn in.")
    check_event_case(doc, {("APPOINTMENT", "person:ahmed-bala"), ("APPOINTMENT", "person:john-eze")}, set())


TAKEN_FROM = [
    fact_case("The new transport minister is Dana Whitlock, who was named on Friday, taking the post from Sarah Booth.",
              [("REPLACED", "person:dana-whitlock", "person:sarah-booth")], id="participle-taking-the-position-from"),
    fact_case("Dana Whitlock took the job from Sarah Booth last year.",
              [("REPLACED", "person:dana-whitlock", "person:sarah-booth")], id="took-the-job-from"),
    fact_case("Dana Whitlock took the documents from Sarah Booth last year.", [],
              lambda t, s, o: t == "REPLACED", id="took-documents-from-is-no-replacement"),
]


@pytest.mark.parametrize("text,present,wrong", TAKEN_FROM)
def test_post_taken_from(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


@pytest.mark.parametrize("rank", ["Assistant Commissioner", "Chief Inspector", "Senior Superintendent"])
def test_police_rank_is_not_part_of_the_post(extractor, rank):
    doc = read(extractor, f"Zimbabwe Republic Police spokesperson {rank} Grace Moyo said the men were arrested.")
    titles = [r.properties.get("title") for r in doc.relations if r.type == "HOLDS_POSITION"]
    assert titles == ["spokesperson"], titles
