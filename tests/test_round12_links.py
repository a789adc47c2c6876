"""Round 12 (links): a person and a body both in the graph, linked by the words beside them.

- loaders/rules/comma_posts.py: a comma stands for "of" between a title and its body
  ("the Director General, National Ports Authority (NPA), Dr. X"; "X, the Registrar, Federal
  Housing Commission, said").
- loaders/sentence_bounds.py: no sentence ends at a bracketed acronym a name follows on the same
  line ("Head of the Financial Intelligence Unit (FIU) Mr. Peter Obi spoke"), so the title, body and name
  stay in one sentence for near_posts."""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read

FACT_CASES = [
    fact_case("The Director General, Nigerian Ports Authority (NPA), Dr. Emeka Okafor, said the ports would reopen.",
              [("HOLDS_POSITION", "person:emeka-okafor", "nigerian-ports-authority")],
              id="title-comma-body-acronym-comma-name"),
    fact_case("The new Executive Secretary, National Health Insurance Authority, Prof. Ngozi Balogun, said claims rose.",
              [("HOLDS_POSITION", "person:ngozi-balogun", "national-health-insurance-authority")],
              id="title-comma-body-comma-name"),
    fact_case("Mr Tunde Adebayo, the Executive Secretary, Federal Housing Authority, said the records were complete.",
              [("HOLDS_POSITION", "person:tunde-adebayo", "federal-housing-authority")],
              id="name-title-comma-body"),
    fact_case("Dr. Amaka Eze, the Director-General (DG), Standards Organisation of Nigeria (SON), says the tests passed.",
              [("HOLDS_POSITION", "person:amaka-eze", "standards-organisation-of-nigeria")],
              id="name-title-acronym-comma-body-acronym"),
    fact_case("Head of the Financial Intelligence Unit (FIU) Mr. Peter Obi spoke on Monday.",
              [("HOLDS_POSITION", "person:peter-obi", "financial-intelligence-unit")],
              id="title-of-body-acronym-name-one-sentence"),
    fact_case("Director General (DG), National Oil Spill Agency (NOSA) Prof. Idris Musa has said the spill is contained.",
              [("HOLDS_POSITION", "person:idris-musa", "national-oil-spill-agency")],
              id="title-acronym-comma-body-acronym-honorific-name"),
]


@pytest.mark.parametrize("text,present,wrong", FACT_CASES)
def test_comma_posts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


GUARDS = [
    fact_case("The spokesman of the ministry, the BBC, Mr John Smith, said nothing.",
              [], post_at("bbc"), id="article-before-body-is-no-comma-post"),
    fact_case("Mr John Smith, the minister, Ghana Broadcasting Corporation reported on Monday.",
              [], post_at("ghana-broadcasting-corporation"), id="body-not-closed-is-no-comma-post"),
]


@pytest.mark.parametrize("text,present,wrong", GUARDS)
def test_comma_post_guards(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_no_sentence_ends_at_acronym_before_name():
    from loaders.nlp import load_pipeline
    doc = load_pipeline()("Head of the Financial Intelligence Unit (FIU) Mr. Peter Obi spoke on Monday.")
    assert len(list(doc.sents)) == 1


# appositions._capital_head: "the Chair of the Commission, X" where the article named one commission
BACK_CASES = [
    fact_case("The National Electoral Commission announced the results on Friday. Chair of the Commission, "
              "Mrs Ama Boateng at a briefing said turnout was high.",
              [("HOLDS_POSITION", "person:ama-boateng", "national-electoral-commission")],
              id="title-of-capital-head-noun-name"),
    fact_case("The National Electoral Commission announced the results on Friday. Kofi Asante, chairperson "
              "of the Commission, said turnout was high.",
              [("HOLDS_POSITION", "person:kofi-asante", "national-electoral-commission")],
              id="name-title-of-capital-head-noun"),
]


@pytest.mark.parametrize("text,present,wrong", BACK_CASES)
def test_capital_head_noun_names_the_article_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_capital_head_noun_with_two_bodies_is_no_post(extractor):
    doc = read(extractor, "The Electoral Commission and the Human Rights Commission met on Friday. Chair of the "
                          "Commission, Mrs Ama Boateng, said turnout was high.")
    check_fact_case(doc, [], post_at("commission"))


# near_posts: "Secretary to the Ministry of X, NAME" (titles.json to_body_titles)
TO_CASES = [
    fact_case("The meeting was attended by Secretary to the Ministry of Fisheries, Prof. Nimal Perera, and others.",
              [("HOLDS_POSITION", "person:nimal-perera", "ministry-of-fisheries")],
              id="secretary-to-the-ministry-comma-name"),
    fact_case("Also present was the Secretary to the Ministry of Ports, Sunil Fernando, with port officials.",
              [("HOLDS_POSITION", "person:sunil-fernando", "ministry-of-ports")],
              id="the-secretary-to-the-ministry-comma-name"),
]


@pytest.mark.parametrize("text,present,wrong", TO_CASES)
def test_secretary_to_the_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_envoy_to_a_body_is_no_post_there(extractor):
    doc = read(extractor, "The talks were attended by Ambassador to the European Union, Sunil Fernando, and others.")
    check_fact_case(doc, [], post_at("european-union"))
