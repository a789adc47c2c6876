"""Round 19 (fresh): the signer of a department's statement.

A department's press statement is signed by its spokesperson with a title that names no body
but "the Department" ("X, Department Spokesperson", or the name on one line and the title on
the next); the post is at the department the statement names, or, in a statement from
Washington that names none, at the State Department, whose title it is (rules/signature_posts.py).
The name line is the signer's, not a byline or a stray name of the page (page_edges.signed,
furniture_names._signs), and a person even where the model tags nothing on it
(signature_posts.tag_signers). Another person the statement names gets no such post.
"""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read


def _other_at_department(typ, source, target):
    return typ == "HOLDS_POSITION" and source == "person:paul-verhoef" and target.endswith("department-of-state")


SIGNATURE_CASES = [
    fact_case("05/02/2021 09:12 AM EDT\nMara Quillen, Department Spokesperson\n"
              "The U.S. Department of State today designated Paul Verhoef, former Director of the Department for "
              "State Security of Valdonia, for his involvement in corruption.",
              [("HOLDS_POSITION", "person:mara-quillen", "department-of-state")], _other_at_department,
              id="name-comma-title"),
    fact_case("Press Statement\n\nJennifer Walsh\n\nDepartment Spokesperson\n\nWashington, DC\n\nMarch 3, 2019\n\n"
              "The Department of State has called back its ambassador to Valdonia, Paul Verhoef, for consultations.",
              [("HOLDS_POSITION", "person:jennifer-walsh", "department-of-state")], _other_at_department,
              id="name-line-title-line"),
    fact_case("Press Statement\n\nJennifer Walsh\n\nDeputy Department Spokesperson\n\nWashington, DC\n\n"
              "The State Department welcomed the release of the detained journalists.",
              [("HOLDS_POSITION", "person:jennifer-walsh", "state-department")],
              id="deputy-title-state-department"),
    # a name the model leaves untagged alone on its line, and no department named: the
    # statement is from Washington, the title is the State Department's
    fact_case("Press Statement\n\nOtis Brandvold\n\nDepartment Spokesperson\n\nWashington, DC\n\nMarch 3, 2019\n\n"
              "We congratulate the newly appointed Prime Minister of Valdonia, Paul Verhoef.",
              [("HOLDS_POSITION", "person:otis-brandvold", "department-of-state")], _other_at_department,
              id="untagged-name-washington-default"),
]


@pytest.mark.parametrize("text,present,wrong", SIGNATURE_CASES)
def test_a_statement_signer_holds_the_departments_post(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
