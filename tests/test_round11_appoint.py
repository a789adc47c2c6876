"""Round 11 (appoint): appointments and nominations as outlets write them.

The one appointed is a person even where the small model read the name as a facility, a
body or nothing: the object (or passive subject) of a verb of appointing with a post after it
(loaders/appointee_names.py)."""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read

APPOINTEE_CASES = [
    event_case("President Amadi on Tuesday nominated Olayinka Bardoso to serve as the new governor of the central bank.",
               {("NOMINATION", "person:olayinka-bardoso")}, id="nominated-name-to-serve-as"),
    event_case("Ahmet Yildirimsek, who held the post until 2018, was appointed as the new Minister of Trade.",
               {("APPOINTMENT", "person:ahmet-yildirimsek")}, id="name-who-clause-was-appointed-as"),
]


@pytest.mark.parametrize("text,present,absent", APPOINTEE_CASES)
def test_appointee_is_a_person(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)

