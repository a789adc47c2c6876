"""Round 21 (voa): a retirement after "until"/"till" ends a span and states no departure.

- hedging.span_end: "placed on leave until his retirement in coming months", "had one more year
  until his official retirement" (still awaited) and "served as deputy minister from 2009 until he
  retired in 2019" (the end of a tenure told in passing) give no RESIGNATION; a retirement stated
  for itself still does ("X retired on March 31", "Y, who retires from the Navy at the end of
  June", "the retirement of Z").
"""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read

SPAN_END_CASES = [
    event_case("A palace statement said police chief Aron Mellberg would go on terminal leave "
               "until his retirement next spring.",
               absent=[("RESIGNATION", "person:aron-mellberg")],
               id="leave-until-retirement"),
    event_case("Governor Bo Lindqvist still had one more year until his official retirement, an official said.",
               absent=[("RESIGNATION", "person:bo-lindqvist")],
               id="year-until-retirement"),
    event_case("Deputy transport minister Per Holtmann served from 2009 until he retired in 2019.",
               absent=[("RESIGNATION", "person:per-holtmann")],
               id="served-until-retired"),
]

KEPT_CASES = [
    event_case("General Sam Eklund retired on March 31.",
               [("RESIGNATION", "person:sam-eklund")], id="retired-on-date"),
    event_case("Admiral Kai Lundgren will replace Rear Admiral Bo Sandell, who retires from the Navy at the end of June.",
               [("RESIGNATION", "person:bo-sandell")], id="who-retires"),
    event_case("Analysts were surprised by the retirement of foreign minister Nils Bergvall.",
               [("RESIGNATION", "person:nils-bergvall")], id="retirement-of"),
    event_case("Mayor Ulf Ahlgren served until he was sacked in 2015.",
               [("DISMISSAL", "person:ulf-ahlgren")], id="served-until-sacked"),
]


@pytest.mark.parametrize("text,present,absent", SPAN_END_CASES)
def test_retirement_after_until_is_no_departure(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


@pytest.mark.parametrize("text,present,absent", KEPT_CASES)
def test_retirement_stated_for_itself_is_kept(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
