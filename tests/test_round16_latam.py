"""Round 16 (latam): posts and names as Caribbean and Latin American outlets write them.

A title that ends in its body's word before the name ("Commissioner of Police X", "acting
Inspector General of Police X") is the national body's post, as "Police Commissioner X" is
(rules/title_before._body_title_ending_at)."""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case, fact_case, read_text as read

POLICE_TITLE_CASES = [
    fact_case("Jamaica's opposition welcomed the suspension of Commissioner of Police Devon Marlowe on Tuesday.",
              [("HOLDS_POSITION", "person:devon-marlowe", "police")],
              id="commissioner-of-police-before-name"),
    fact_case("Grenada officials said acting Commissioner of Police Noel Baptiste would brief the cabinet.",
              [("HOLDS_POSITION", "person:noel-baptiste", "police")],
              id="acting-commissioner-of-police"),
    fact_case("Uganda's Inspector General of Police Moses Okello told reporters the suspects were held.",
              [("HOLDS_POSITION", "person:moses-okello", "police")],
              id="inspector-general-of-police-before-name"),
]


@pytest.mark.parametrize("text,present,wrong", POLICE_TITLE_CASES)
def test_of_police_titles_before_names(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)

