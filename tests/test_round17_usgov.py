"""Round 17 (usgov): US federal releases as the Defense Department and the services write them.

A flag-officer announcement lists the president's nominations one person an item: "Navy Rear
Adm. X for appointment to the grade of vice admiral, and assignment as ..." (NOMINATION of X; the
service before the rank makes X its officer, MEMBER_OF), then "X is currently serving as TITLE,
BODY, Place" (X's present post, title and body written with a comma between them). The service
and the rank are no body of their own ("Navy Rear Adm") (rules/flag_officers.py)."""
import pytest

from tests.conftest import (check_entity_case, check_event_case, check_fact_case, entity_case, event_case, fact_case,
                            read_text as read)

LEAD = "Secretary of Defense Carla Benson announced today that the president has made the following nominations:\n\n"

FLAG_OFFICER_FACTS = [
    fact_case(LEAD + "Navy Rear Adm. Walter J. Price for appointment to the grade of vice admiral, and assignment as "
              "commander, Third Fleet, San Diego, California.  Price is currently serving as commander, Naval "
              "Special Warfare Command, Coronado, California.",
              [("MEMBER_OF", "person:walter-j-price", "navy"),
               ("HOLDS_POSITION", "person:walter-j-price", "naval-special-warfare-command")],
              id="navy-rank-and-present-post"),
    fact_case(LEAD + "Army Maj. Gen. Leona F. Marsh for appointment as inspector general, U.S. Army, Pentagon, "
              "Washington, D.C. Marsh currently serves as deputy commander, U.S. Southern Command, Doral, Florida.",
              [("MEMBER_OF", "person:leona-f-marsh", "army"),
               ("HOLDS_POSITION", "person:leona-f-marsh", "southern-command")],
              id="army-rank-serves-as"),
    fact_case(LEAD + "Navy Vice Adm. Peter K. Olsen for reappointment to the grade of vice admiral, and assignment as "
              "director, Navy Staff, Washington, D.C. Olsen is currently serving as commander, Sixth Fleet; and "
              "commander, Naval Striking and Support Forces NATO, Naples, Italy.",
              [("HOLDS_POSITION", "person:peter-k-olsen", "sixth-fleet")],
              id="two-present-posts-after-semicolon"),
]


@pytest.mark.parametrize("text,present,wrong", FLAG_OFFICER_FACTS)
def test_flag_officer_posts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


FLAG_OFFICER_EVENTS = [
    event_case(LEAD + "Navy Rear Adm. Walter J. Price for appointment to the grade of vice admiral, and assignment as "
               "commander, Third Fleet, San Diego, California.",
               [("NOMINATION", "person:walter-j-price")], id="nomination-item"),
    event_case(LEAD + "Air Force Lt. Gen. Dana R. Cole for appointment to the grade of general, and assignment as "
               "commander, Air Mobility Command, Scott Air Force Base, Illinois.",
               [("NOMINATION", "person:dana-r-cole")], id="air-force-nomination-item"),
    event_case("Navy Rear Adm. Walter J. Price visited the shipyard, for appointment reasons unknown to reporters.",
               absent=[("NOMINATION", "person:walter-j-price")], id="no-nomination-without-a-nomination-list"),
]


@pytest.mark.parametrize("text,present,absent", FLAG_OFFICER_EVENTS)
def test_flag_officer_nominations(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


RANK_BODY_CASES = [
    entity_case(LEAD + "Navy Rear Adm. Walter J. Price for appointment to the grade of vice admiral.",
                has={("Person", "Walter J. Price")}, lacks={("Organisation", "Navy Rear Adm")},
                id="service-and-rank-no-body"),
]


@pytest.mark.parametrize("text,has,lacks", RANK_BODY_CASES)
def test_service_and_rank_are_no_body(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)
