"""Round 21 (gov): kinds of phrasing seen on fresh pages of public bodies' sites (President of
Russia decrees, Meduza, Voice of America) that the rules read wrongly.

- post_verbs._removed_holder: a removal's office phrase, "relieved X of his post as T",
  "dismissed X from his position as T", "relieving X of his duties as T": the post is the
  removed X's (a former post), not the subject's, the one who removes; with a pronoun object
  ("fired him from his post as T") whom the pronoun names. No post when the object is no
  person the article names.
- given_name_runs (new, called by ner_repair): two or three capitalised proper nouns the model
  tagged nothing on, opening with a known given name and standing alone ("relieving Yury X of
  his duties", "the candidacy of Alexei Y for the post of", "Ministers Ivan Z and ..."), are a
  person's name.
- appositions._place_of: "deputy governor of the Chilean city": a country's adjective and a
  lower-case place noun describe a place; no body "Chilean city".
"""
import pytest

from tests.conftest import check_entity_case, check_fact_case, entity_case, fact_case, post_at, read_text as read


def _holds(person_id: str):
    return lambda typ, source, target: typ == "HOLDS_POSITION" and source == person_id


REMOVED_FROM_POST = [
    fact_case("President Arvo Linnet removed Pell Dorrance from his post as interior minister on Monday.",
              present=[("HOLDS_POSITION", "person:pell-dorrance", "interior")],
              wrong=_holds("person:arvo-linnet"),
              id="removed-from-his-post-as"),
    fact_case("Kasimir Vold relieved Teodor Brannick of his post as chairman of the Audit Board and named "
              "Ulla Marsk in his place.",
              present=[("HOLDS_POSITION", "person:teodor-brannick", "audit-board")],
              wrong=_holds("person:kasimir-vold"),
              id="relieved-of-his-post-as"),
    fact_case("Kasimir Vold issued a decree relieving Teodor Brannick of his duties as Ostrava Mayor, "
              "effective at once.",
              present=[("HOLDS_POSITION", "person:teodor-brannick", "ostrava")],
              wrong=_holds("person:kasimir-vold"),
              id="relieving-of-his-duties-as"),
    fact_case("Kasimir Vold dismissed Teodor Brannick from his position as Ostrava mayor on Monday after a row "
              "over the budget.",
              present=[("HOLDS_POSITION", "person:teodor-brannick", "ostrava")],
              wrong=_holds("person:kasimir-vold"),
              id="dismissed-from-his-position-as"),
]


@pytest.mark.parametrize("text,present,wrong", REMOVED_FROM_POST)
def test_a_removed_office_is_the_removed_ones(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


UNTAGGED_GIVEN_NAMES = [
    entity_case("On Friday the head of state put forward the candidacy of Alexei Lukeryan for the governorship, "
                "to be weighed by the regional assembly.",
                has=[("Person", "Alexei Lukeryan")], id="candidacy-of-given-name"),
]


@pytest.mark.parametrize("text,has,lacks", UNTAGGED_GIVEN_NAMES)
def test_an_untagged_given_name_run_is_a_person(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


DESCRIBED_PLACES = [
    fact_case("Before the war, Teodor Brannick, 58, served as deputy governor of the Chilean city for a decade.",
              wrong=post_at("chilean-city"), id="nationality-adjective-and-city"),
]


@pytest.mark.parametrize("text,present,wrong", DESCRIBED_PLACES)
def test_a_described_place_is_no_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
