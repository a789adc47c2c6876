"""Round 16 (coordinator): a title phrase with a small word inside it.

- loaders/rules/titles.py (in_phrase) and near_posts._word: "X, Special Agent in Charge, BODY,"
  as US agencies' releases name their officials; the "in" of the data's title phrase kept the
  title from being read as title words, so the person had no post.
- titles.json post_verbs_as: a reshuffle's "X survived as immigration minister" and "X was
  retained as finance minister" state the post X keeps.
"""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read

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
