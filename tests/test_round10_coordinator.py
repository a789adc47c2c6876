"""Round 10 (coordinator): "held" in the idiom of esteem is no arrest: "the esteem X is held in" leaves
its "in" without an object, where an arrest writes "held in custody" (found on a new dev article's first run)."""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read

CASES = [
    event_case("The consultation highlighted the enormous esteem Justice Mary Hallett is held in by the legal community.",
               absent={("ARREST", "person:mary-hallett")}, id="esteem-relative-clause"),
    event_case("Colleagues spoke of the high regard Judge Tom Byrne is held in across the country.",
               absent={("ARREST", "person:tom-byrne")}, id="regard-relative-clause"),
    event_case("Opposition leader Tom Byrne was held by police in the capital on Monday.",
               present={("ARREST", "person:tom-byrne")}, id="held-by-police-still-an-arrest"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_held_in_esteem_is_no_arrest(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
