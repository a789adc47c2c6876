"""Round 23 (appoint): a post left at the end of its term, and the one appointed to it.

Releases on public-service heads say "the end of X's term as T" or "X finished in the position
of T" rather than "X resigned": X held T and is leaving it; the one appointed to T, or "to that
position", replaces X (loaders/rules/term_ends.py). The end of a term is no resignation event."""
import pytest

from tests.conftest import has_relation, read_text as read, subject_events

SUCCESSION_CASES = [
    pytest.param("Ms Karen Doolan recently finished in the position of Secretary of the Department of Fisheries "
                 "in order to take up a university post. I am pleased to announce the appointment of Mr Owen "
                 "Tallis as the Secretary of the Department of Fisheries.",
                 ("Owen Tallis", "Karen Doolan"), ("Karen Doolan", "Fisheries"), id="finished-in-the-position-of"),
    pytest.param("Following the end of Greta Halvorsen's term as Secretary of Transport and Chief Executive, "
                 "Ministry of Transport. Mr Piet Ansell, currently Secretary for Labour, has been appointed "
                 "Secretary of Transport and Chief Executive, Ministry of Transport, for five years.",
                 ("Piet Ansell", "Greta Halvorsen"), ("Greta Halvorsen", "Transport"), id="end-of-her-term-as"),
    pytest.param("I learnt with regret of Mr Colm Ferriter's decision not to seek re-appointment when his term "
                 "as Secretary of the Department of Water ends in March. He has served the department for "
                 "twelve years. I have today appointed Ms Ruth Okafor to that position.",
                 ("Ruth Okafor", "Colm Ferriter"), ("Ruth Okafor", "Water"), id="term-ends-then-that-position"),
]


@pytest.mark.parametrize("text,replaced,post", SUCCESSION_CASES)
def test_appointee_replaces_the_one_whose_term_ended(extractor, text, replaced, post):
    doc = read(extractor, text)
    assert has_relation(doc, "REPLACED", *replaced)
    assert has_relation(doc, "HOLDS_POSITION", *post)


def test_a_term_end_is_no_resignation_event(extractor):
    doc = read(extractor, "Following the end of Greta Halvorsen's term as Secretary of Transport, Mr Piet Ansell "
                          "has been appointed Secretary of Transport.")
    assert not any(t == "RESIGNATION" for t, _ in subject_events(doc))


NOT_SUCCESSION_CASES = [
    pytest.param("Greta Halvorsen's term as Secretary of Transport was extended by two years. Mr Piet Ansell "
                 "has been appointed Secretary of Transport.", ("Piet Ansell", "Greta Halvorsen"),
                 id="extended-term-is-no-end"),
    pytest.param("Mr Colm Ferriter's term as Secretary of Water ends in March and Ms Dana Pryce resigned as "
                 "Secretary of Health last week. I have today appointed Ms Ruth Okafor to that position.",
                 ("Ruth Okafor", "Colm Ferriter"), id="two-posts-left-that-position-unsaid"),
]


@pytest.mark.parametrize("text,pair", NOT_SUCCESSION_CASES)
def test_no_replacement_without_one_post_left(extractor, text, pair):
    assert not has_relation(read(extractor, text), "REPLACED", *pair)


HOLDER_CASES = [
    pytest.param("Following the end of Helene Quistorp’s term, which has been extended to 30 June, as Secretary of "
                 "Energy and Chief Executive, Ministry of Energy.", "Helene Quistorp", id="possessor-of-term-as-title"),
]


@pytest.mark.parametrize("text,name", HOLDER_CASES)
def test_term_holder_is_a_person(extractor, text, name):
    """The possessor of a term with an "as" title after it is a person's name (loaders/term_holder_names.py)."""
    from graph.schema import PERSON
    from tests.conftest import every_name
    assert name in every_name(read(extractor, text), PERSON)


def test_whose_term_ends_is_the_one_replaced(extractor):
    """"X, whose term as T expires in March, ...": the relative's antecedent is the term's holder."""
    doc = read(extractor, "Mr Colm Ferris, whose term as Secretary of the Department of Water expires in March, has "
                          "served for ten years. I have today appointed Ms Ruth Okafor to that position.")
    assert has_relation(doc, "REPLACED", "Ruth Okafor", "Colm Ferris")


def test_garbled_possessive_ends_the_name(extractor):
    """"Mr Peter Halloran';s decision": a possessive whose apostrophe an HTML entity garbled is split off
    as "'s" is (loaders/nlp.py), so the name is the whole "Peter Halloran" and the term is his."""
    from graph.schema import PERSON
    from tests.conftest import every_name
    doc = read(extractor, "I learnt of Mr Peter Halloran';s decision not to seek re-appointment when his term as "
                          "Secretary of the Department of Water ends in March. I have today appointed Ms Ruth Okafor "
                          "to that position.")
    assert "Peter Halloran" in every_name(doc, PERSON)
    assert has_relation(doc, "REPLACED", "Ruth Okafor", "Peter Halloran")


def test_department_of_the_portfolio_keeps_its_written_name(extractor):
    """A department named "Department of the Environment and Heritage" is found under that name too,
    beside the "Ministry of ..." forms (loaders/org_names.py)."""
    from graph.schema import ORGANISATION
    from tests.conftest import every_name
    doc = read(extractor, "Australian Prime Minister Tom Harlow said Mr Dan Borrow was appointed Secretary of the "
                          "Department of the Environment and Heritage.")
    assert "Department of the Environment and Heritage" in every_name(doc, ORGANISATION)
