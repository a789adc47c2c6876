"""Round 24 (bodies): a post whose body is named elsewhere than beside the title.

- "the X Front, which ... and whose leader, Y, ...": "whose" stands for the body its relative
  clause hangs on (appositions.whose_body); not for a person, and not across a dashed aside.
- "electoral commission chief Y" in a story naming "the Independent National Electoral
  Commission": lower-case body words that one named body holds all of are that body written
  again (common_bodies._named_owner), also when the first word is capitalised only as the
  sentence's first word.
- "ruling party secretary-general Y": a hyphenated title after "party" is a party post, as
  "party secretary general Y" was (title_before._head_word, title_orgs.org_for_title).

Names and sentences are made up, in the shape of the VOA / VOA Khmer / Agência Brasil sentences
that showed the kinds."""
import pytest

from tests.conftest import has_relation, named_rels, read_text as read

WHOSE_CASES = [
    pytest.param("Officials said the Eastern Freedom Army, which attacked the capital in 2001 and whose leader, "
                 "Chhun Varith, is now in a US prison, was disbanded.",
                 ("Chhun Varith", "Eastern Freedom Army"), id="which-and-whose-leader"),
    pytest.param("The Harbour Guard, whose director, Paulo Mendes Ribeiro, was identified on the video, denied "
                 "the report.", ("Paulo Mendes Ribeiro", "Harbour Guard"), id="whose-director"),
]


@pytest.mark.parametrize("text,post", WHOSE_CASES)
def test_whose_title_is_a_post_at_the_body_the_clause_is_about(extractor, text, post):
    assert has_relation(read(extractor, text), "HOLDS_POSITION", *post)


def test_whose_about_a_person_gives_no_post(extractor):
    doc = read(extractor, "The minister met Joao Silva, whose deputy, Paulo Mendes Ribeiro, was arrested.")
    assert not named_rels(doc, "HOLDS_POSITION")


LOWER_BODY_CASES = [
    pytest.param("The Independent National Electoral Commission delayed the vote. On Monday, electoral "
                 "commission chief Louis Kamara made the announcement.",
                 ("Louis Kamara", "Independent National Electoral Commission"), id="electoral-commission-chief"),
    pytest.param("The Independent National Electoral Commission delayed the vote. Electoral commission chief "
                 "Louis Kamara made the announcement on state radio.",
                 ("Louis Kamara", "Independent National Electoral Commission"), id="sentence-initial-capital"),
]


@pytest.mark.parametrize("text,post", LOWER_BODY_CASES)
def test_lower_case_body_words_are_the_body_named_before(extractor, text, post):
    doc = read(extractor, text)
    assert has_relation(doc, "HOLDS_POSITION", *post)
    assert ("Louis Kamara", "Electoral Commission") not in named_rels(doc, "HOLDS_POSITION")


def test_lower_case_body_words_with_no_named_body_stay_their_own_body(extractor):
    doc = read(extractor, "The vote was delayed. On Monday, electoral commission chief Louis Kamara made the "
                          "announcement.")
    assert has_relation(doc, "HOLDS_POSITION", "Louis Kamara", "Electoral Commission")


@pytest.mark.parametrize("title", ["secretary-general", "secretary general"])
def test_party_hyphenated_title_is_a_post_at_the_party(extractor, title):
    doc = read(extractor, "The Popular Liberation Movement met on Tuesday. The minister denied that he threatened "
                          f"ruling party {title} Abel Ndoro for signing the deal.")
    assert has_relation(doc, "HOLDS_POSITION", "Abel Ndoro", "Popular Liberation Movement")
