"""Round 21 (doj): kinds of phrasing found on fresh US Justice Department / US Attorney / FBI
releases about officials charged, convicted and sentenced.

- district_titles (+ place_then_name): a federal title with its judicial district written before
  the name, no comma between ("said U.S. Attorney for the Middle District of Idaho X Y", "U.S.
  Attorney for the District of Columbia X Y announced"): the post is at that district's office, and
  the district is not read into the name ("Columbia X Y").
- title_before.title_of_org_before: "TITLE for the BODY NAME" ("said Assistant Attorney General
  for the Civil Rights Division X Y") as "TITLE of the BODY NAME".
- wrapped_lines: in a hard-wrapped release, a line that already goes on a joined sentence runs on
  into the next even with few lower-case words ("... announced Acting" / "Assistant Attorney
  General X of the Justice Department’s Criminal" / "Division, ..."): the body is not cut.
"""
import pytest

from tests.conftest import check_entity_case, check_fact_case, entity_case, fact_case, read_text as read


DISTRICT_TITLES = [
    fact_case("\u201cThe defendant betrayed the badge,\u201d said U.S. Attorney for the Middle District of Idaho "
              "Corwin T. Halvey. Sentencing is set for June.",
              [("HOLDS_POSITION", "person:corwin-t-halvey", "middle-district-of-idaho")],
              id="district-title-before-name"),
    fact_case("The guilty plea was announced by U.S. Attorney for the District of Columbia Gerald B. Tanner "
              "and Inspector General Milo Brandt.",
              [("HOLDS_POSITION", "person:gerald-b-tanner", "district-of-columbia")],
              id="district-of-columbia-before-name"),
    fact_case("\u201cNo officer is above the law,\u201d said Assistant Attorney General for the Civil Rights Division "
              "Dorian K. Pratt.",
              [("HOLDS_POSITION", "person:dorian-k-pratt", "civil-rights-division")],
              id="title-for-the-body-before-name"),
]


@pytest.mark.parametrize("text,present,wrong", DISTRICT_TITLES)
def test_district_titles_before_the_name(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


DISTRICT_NAMES = [
    entity_case("U.S. Attorney for the District of Columbia Nora K. Whitfield said the case was closed.",
                has={("Person", "Nora K. Whitfield")}, lacks={("Person", "Columbia Nora K. Whitfield")},
                id="district-not-read-into-the-name"),
]


@pytest.mark.parametrize("text,has,lacks", DISTRICT_NAMES)
def test_district_names_stay_out_of_the_person(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


# wrapped_lines: a joined line of few lower-case words that ends on a capitalised word
WRAPPED = ("A county road supervisor in Marlow was arrested this morning on\n"
           "charges that he took kickbacks from a paving contractor, announced Acting\n"
           "Assistant Attorney General Jon P. Crane of the Justice Department\u2019s Criminal\n"
           "Division, U.S. Attorney Ryan K. Pell of the Western District of Arkansas and\n"
           "Special Agent in Charge Chris Combe of the FBI Little Rock Field Office.\n"
           "The supervisor is accused of steering the county's paving work to that company\n"
           "in return for cash payments and he will appear before a federal magistrate in\n"
           "Fort Smith on Thursday, when prosecutors will ask that he be held until\n"
           "his trial.")


def test_wrapped_line_of_few_lower_case_words_runs_on(extractor):
    check_fact_case(read(extractor, WRAPPED), [("HOLDS_POSITION", "person:jon-p-crane", "criminal-division")],
                    lambda typ, source, target: typ == "HOLDS_POSITION" and source == "person:jon-p-crane"
                    and target.endswith("department-of-justice"))
