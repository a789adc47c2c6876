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
    fact_case(LEAD + "Marine Corps Maj. Gen. Owen T. Ferris for appointment to the grade of lieutenant general with "
              "assignment as director, Joint Cyber Center.  Ferris is currently serving as deputy chief of operations, "
              "National Reconnaissance Office, Chantilly, Virginia.",
              [("MEMBER_OF", "person:owen-t-ferris", "marine-corps"),
               ("HOLDS_POSITION", "person:owen-t-ferris", "national-reconnaissance-office")],
              id="marine-corps-officer"),
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
    event_case(LEAD + "Marine Corps Lt. Gen. Hugo P. Lind (Ret.) for appointment to the grade of general, with "
               "assignment as assistant commandant of the Marine Corps, Pentagon, Washington, D.C.",
               [("NOMINATION", "person:hugo-p-lind")], id="retired-officer-recalled"),
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


# A judge written with the courtesy style and the court after the name ("the Hon. X, of the U.S.
# District Court for ..."), and a title whose country the model read as a body ("United States
# Magistrate Judge X"): the post is at the court (rules/honorable_judges.py, rules/title_before).
JUDGE_CASES = [
    fact_case("Each defendant was sentenced on Monday by the Hon. Grace P. Levin, of the U.S. District Court for the "
              "Middle District of Georgia.",
              [("HOLDS_POSITION", "person:grace-p-levin", "district-court-for-the-middle-district-of-georgia")],
              id="hon-comma-of-court"),
    fact_case("Sentencing is scheduled before the Honorable Victor A. Munoz of the U.S. District Court for the Eastern "
              "District of Kentucky, on June 4.",
              [("HOLDS_POSITION", "person:victor-a-munoz", "district-court-for-the-eastern-district-of-kentucky")],
              id="honorable-of-court"),
    fact_case("The former sheriff entered a guilty plea before United States Magistrate Judge Irene C. Batts.",
              [("HOLDS_POSITION", "person:irene-c-batts", "district-court")],
              lambda typ, s, o: typ == "HOLDS_POSITION" and o.endswith("united-states"),
              id="united-states-magistrate-judge"),
    fact_case("United States Attorney Noel Briggs announced the plea.",
              [("HOLDS_POSITION", "person:noel-briggs", "attorney-s-office")],
              id="united-states-attorney-guard"),
    fact_case("The Hon. Ruth Adeyemi, of the Lagos State House of Assembly, spoke at the rally.",
              [], lambda typ, s, o: typ == "HOLDS_POSITION" and s == "person:ruth-adeyemi" and "court" in o,
              id="styled-non-judge-guard"),
]


@pytest.mark.parametrize("text,present,wrong", JUDGE_CASES)
def test_judges_posts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A town's police written with its state between ("the Gary, Ind., Police Department", "former Oak
# Ridge, Texas Police Chief X"): one body, the town's police, not "Police Department" or "Texas
# Police" (loaders/town_police.py, used by ner_repair and mentions).
TOWN_POLICE_FACTS = [
    fact_case("Acting Assistant Attorney General Mary Cole announced today that Walter Briggs, former Chief of the "
              "Ashford, Ala., Police Department, was sentenced to 30 months in prison.",
              [("HOLDS_POSITION", "person:walter-briggs", "ashford-police-department")],
              lambda typ, s, o: o.endswith(":police-department"),
              id="town-state-abbreviation-department"),
    fact_case("Former Eastport, Maine, Police Chief Alan Weiss pleaded guilty to fraud.",
              [("HOLDS_POSITION", "person:alan-weiss", "eastport-police")],
              id="town-state-police-chief"),
    fact_case("A federal judge sentenced Tacoma, Wash., Police Officer Neil R. Hardy to 51 months in prison.",
              [("HOLDS_POSITION", "person:neil-r-hardy", "tacoma-police")],
              id="town-state-police-officer"),
]


@pytest.mark.parametrize("text,present,wrong", TOWN_POLICE_FACTS)
def test_town_police_posts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


TOWN_POLICE_BODIES = [
    entity_case("A former Pine Bluff, Arkansas Police Chief admitted taking bribes from tow operators.",
                has={("Organisation", "Pine Bluff Police")}, lacks={("Organisation", "Arkansas Police")},
                id="state-name-not-the-police"),
    entity_case("Troopers of the Arkansas State Police arrested him in Little Rock, Arkansas, on Monday.",
                has={("Organisation", "Arkansas State Police")}, id="state-police-guard"),
]


@pytest.mark.parametrize("text,has,lacks", TOWN_POLICE_BODIES)
def test_town_police_bodies(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)
