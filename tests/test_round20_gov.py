"""Round 20 (gov): kinds of phrasing found on fresh pages of the held-out split's outlets
(US federal releases, government sites) and on the read pools.

- police_ranks: a town police officer's rank right before the name ("Officer X", "Former Major
  X", "EFPD Sgt. X", "Former EFPD Vice and Narcotics Lieutenant X") in a story that names one town
  police department: the post is at that department. Not where another capitalised word makes
  it another post ("Chief Executive Officer X"), not where the story names another police body,
  and not a rank an armed force shares where the story names an armed force.
- place_bodies: a known city or region tagged as an organisation that the story uses only as a
  place ("gunmen of the Durango gang") is no body; one written as a post's place stays.
"""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read

POLICE_RANKS = [
    fact_case("A former major with the Elm Falls Police Department pled guilty in federal court today. "
              "Former Major Tobin Arledge, 41, admitted the charge. "
              "Arledge, along with Assistant Chief Corla Venn and Officer Davin Pruitt, had been indicted in May.",
              [("HOLDS_POSITION", "person:tobin-arledge", "elm-falls-police-department"),
               ("HOLDS_POSITION", "person:davin-pruitt", "elm-falls-police-department")],
              id="bare-ranks-one-department"),
    fact_case("The Elm Falls Police Department opened an inquiry, and Officer Davin Pruitt made the arrest. "
              "Chief Executive Officer Rena Stroud of the water company said she would cooperate.",
              [("HOLDS_POSITION", "person:davin-pruitt", "elm-falls-police-department")],
              lambda typ, source, target: typ == "HOLDS_POSITION" and source == "person:rena-stroud"
              and target.endswith("police-department"),
              id="officer-beside-a-business-officer"),
    fact_case("Four former officers of the Dunmore Police Department (DPD) pleaded guilty today. "
              "Former DPD Sgt. Harlan Obey pleaded guilty to one count of extortion. "
              "Former DPD Vice and Narcotics Lieutenant Sam Redd pleaded guilty to one count of theft.",
              [("HOLDS_POSITION", "person:harlan-obey", "dunmore-police-department"),
               ("HOLDS_POSITION", "person:sam-redd", "dunmore-police-department")],
              id="acronym-and-unit-before-rank"),
    fact_case("A federal jury today convicted former Officer Quentin Haddix, 38, of the Ashby Heights Police Department "
              "for using excessive force against a handcuffed man.",
              [("HOLDS_POSITION", "person:quentin-haddix", "ashby-heights-police-department")],
              id="officer-then-age-then-department"),
    fact_case("A federal jury today convicted former Officer Quentin Haddix, 38, of the Ashby Heights Police Department. "
              "The Army sent a liaison, and Major Colm Ferris said the unit would help.",
              [("HOLDS_POSITION", "person:quentin-haddix", "ashby-heights-police-department")],
              lambda typ, source, target: typ == "HOLDS_POSITION" and source == "person:colm-ferris"
              and target.endswith("police-department"),
              id="an-armed-forces-major-is-not-the-towns"),
]


@pytest.mark.parametrize("text,present,wrong", POLICE_RANKS)
def test_a_police_rank_is_the_storys_town_department(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# place_bodies: a known city or region the model tagged as an organisation, used by the story only
# as a place, is no body; written as the place of a post ("the governor of X", "X's governor",
# "X's <holder>") it stays. (The small model's tagging of a place as ORG depends on the whole
# page, so the reader is checked on a parsed sentence with the mention the model would give.)
PLACE_CASES = [
    ("Gunmen of the feared Durango gang were detained near the border on Sunday.", "Durango", False),
    ("The governor of Durango, Tomas Pardo, resigned on Monday.", "Durango", True),
    ("Durango's governor said the searches would go on.", "Durango", True),
    ("Durango state governor Tomas Pardo resigned on Monday.", "Durango", True),
    ("Tomas Pardo took bribes from firms working for the state of Durango while he served as governor.",
     "Durango", True),
]


@pytest.mark.parametrize("text,place,kept", PLACE_CASES)
def test_a_place_read_as_a_body(extractor, text, place, kept):
    from types import SimpleNamespace
    from graph.schema import ORGANISATION
    from loaders import place_bodies
    from loaders.nlp import load_pipeline
    doc = load_pipeline()(text)
    k = next(t.i for t in doc if t.text == place)
    entity = SimpleNamespace(label=ORGANISATION, name=place, used=False)
    mentions = [SimpleNamespace(entity=entity, label=ORGANISATION, sent_index=0, start=k, end=k + 1)]
    assert place_bodies.place_only(entity, mentions, [doc[:]]) is (not kept)
