"""The body of a post (issue 11, round 9) that the model does not tag.

The office of a head of state or government is the body of its staff's and ministers' posts:
"the Director of Communications of the Presidency", "Cheong Wa Dae spokesperson X",
"Presidential spokesman X" (rules/head_offices.py; gazetteer.json head_offices, body_titles).
It carries the names readers use ("Office of the President", "President's Office"); "his
presidency" (a term) and "the office of president" (the post) are no such body.
The sentences are made up; each states one kind. Read by the real spaCy pipeline."""
import pytest

from graph.schema import ORGANISATION
from tests.conftest import (check_entity_case, check_fact_case, entity_case, fact_case as case,
                            read_text as read)

HP = "HOLDS_POSITION"


def to_unit(typ, s, t):
    """No post at a "Communications" unit: it is the director's function, not a body."""
    return typ == HP and "communications" in t


CASES = [
    # the office after "of the", in an apposition after the name
    case("Ghana's police chief was replaced, a statement signed by Kofi Mensah, the Director of "
         "Communications of the Presidency, said.",
         [(HP, "person:kofi-mensah", "presidency")], to_unit, id="director-of-presidency"),
    # the seat's name before a staff title
    case("South Korea's Cheong Wa Dae spokesperson Kim Min-ji said the office cooperated with prosecutors.",
         [(HP, "person:kim-min-ji", "presidency")], id="seat-name-before-title"),
    # the adjective "presidential" in the title
    case("Nigeria's army chief was replaced. Presidential spokesman Segun Adeyemi gave no reasons.",
         [(HP, "person:segun-adeyemi", "presidency")], id="presidential-spokesman"),
    # a prime minister's office in lower case, next to the post
    case("Thailand's new governor was named. Somchai Wong, an adviser at the prime minister's office, "
         "welcomed him.",
         [(HP, "person:somchai-wong", "office-of-the-prime-minister")], id="pm-office-lower-case"),
]


@pytest.mark.parametrize("text,present,wrong", CASES)
def test_post_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


NAMES = [
    # the names readers use for the office
    entity_case("Ghana's police chief was replaced, a statement signed by Kofi Mensah, the Director of "
                "Communications of the Presidency, said.",
                {(ORGANISATION, "Office of the President"), (ORGANISATION, "President's Office"),
                 (ORGANISATION, "Presidency of Ghana")}, id="office-names"),
    # a term, and the post itself: no body
    entity_case("Kenya's opposition leader Raila Odinga said during his presidency the Presidency grew, "
                "and that he will seek the office of the president in 2027.",
                (), {(ORGANISATION, "Presidency"), (ORGANISATION, "Office of the President")}, id="term-and-post"),
]


@pytest.mark.parametrize("text,has,lacks", NAMES)
def test_office_names(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)
