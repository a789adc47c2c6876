"""Round 25 (staff): posts in a leader's own office written with no body beside the title.

- "accused chief of staff X", "the resignation of press secretary X", "the departure of Deputy
  Chief of Staff X", "chief strategist X" in a story that names the White House (or the
  Kremlin's Presidential Executive Office, a Prime Minister's Office): a post at that office
  (rules/staff_offices.py, read from title_before).
  Also in apposition: "X, the press secretary, said", "The deputy chief of staff, X, said"
  (appositions.title_phrase).
- Not when something before the title owns it ("his chief of staff", "the senator's chief of
  staff", "Army chief of staff"), when the story names two such offices or none, nor for
  "administration official".
- Two staff posts of one office are not one post: the new chief of staff does not replace the
  communications director who leaves (extract._sole_head).

Names and sentences are made up, in the shape of the VOA / VOA Learning English sentences that
showed the kind."""
import pytest

from tests.conftest import has_relation, named_rels, read_text as read

BARE_CASES = [
    pytest.param("President Mark Dalton spoke at the White House on Monday. Later, Tom Rivers accused chief of staff "
                 "Paul Hendry of leaking the memo.", ("Paul Hendry", "White House"), id="chief-of-staff"),
    pytest.param("The White House confirmed the change. The move led to the resignation of press secretary "
                 "Anna Lowell on the same day.", ("Anna Lowell", "White House"), id="press-secretary"),
    pytest.param("The White House said the shakeup has seen the departure of Deputy Chief of Staff Greg Alton.",
                 ("Greg Alton", "White House"), id="deputy-chief-of-staff"),
    pytest.param("Officials at the White House declined to comment. He spoke about Mary Fenn and chief "
                 "strategist Victor Osgood.", ("Victor Osgood", "White House"), id="chief-strategist-in-a-list"),
    pytest.param("The Presidential Executive Office issued a statement. It was signed by chief of staff "
                 "Oleg Varin.", ("Oleg Varin", "Presidential Executive Office"), id="kremlin-office"),
    pytest.param("The White House defended the pick. Anna Lowell, the press secretary, said the choice was sound.",
                 ("Anna Lowell", "White House"), id="apposition-after"),
    pytest.param("The White House defended the pick. The deputy chief of staff, Greg Alton, said the choice was "
                 "sound.", ("Greg Alton", "White House"), id="apposition-before"),
]


@pytest.mark.parametrize("text,post", BARE_CASES)
def test_bare_staff_title_is_a_post_at_the_story_s_office(extractor, text, post):
    assert has_relation(read(extractor, text), "HOLDS_POSITION", *post)


NOT_THE_OFFICE = [
    pytest.param("The White House named a new envoy. Senator Ray Cole said his chief of staff Dana Pruitt "
                 "would attend.", "Dana Pruitt", id="his-chief-of-staff"),
    pytest.param("The White House named a new envoy. The senator's chief of staff Dana Pruitt would attend.",
                 "Dana Pruitt", id="possessive-owner"),
    pytest.param("The White House named a new envoy. Dana Pruitt, the senator's chief of staff, would attend.",
                 "Dana Pruitt", id="apposition-possessive-owner"),
    pytest.param("The White House named a new envoy. The campaign chief of staff Dana Pruitt would attend.",
                 "Dana Pruitt", id="lower-case-noun-before"),
    pytest.param("The White House named a new envoy. Army chief of staff Dana Pruitt would attend.",
                 "Dana Pruitt", id="other-body-before"),
    pytest.param("The White House and the Kremlin traded accusations. Chief of staff Dana Pruitt declined to "
                 "comment.", "Dana Pruitt", id="two-offices"),
    pytest.param("The company denied the report. Chief of staff Dana Pruitt declined to comment.",
                 "Dana Pruitt", id="no-office-named"),
    pytest.param("The White House denied the report. Administration official Dana Pruitt declined to comment.",
                 "Dana Pruitt", id="administration-official"),
]


@pytest.mark.parametrize("text,who", NOT_THE_OFFICE)
def test_staff_title_owned_elsewhere_is_no_post_at_the_office(extractor, text, who):
    doc = read(extractor, text)
    assert not any(src == who and tgt in ("White House", "Kremlin") for src, tgt in named_rels(doc, "HOLDS_POSITION"))


def test_a_new_chief_of_staff_does_not_replace_the_communications_director(extractor):
    doc = read(extractor, "Later that day, the communications director resigned after only a week in the job. Aides "
                          "said in a statement that \u201cLeo Marsh will be leaving his role as White House "
                          "Communications Director.\u201d Marsh thought it best to give Chief of Staff Owen Price a free "
                          "hand. Hale announced that he would appoint Owen Price as his new chief of staff replacing "
                          "Nolan on Friday.")
    assert has_relation(doc, "HOLDS_POSITION", "Owen Price", "White House")
    assert ("Owen Price", "Leo Marsh") not in named_rels(doc, "REPLACED")
