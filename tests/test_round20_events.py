"""Round 20 (events): event phrasings that recur across the read pools and the fresh pages.

A move into a post told by a purpose infinitive under a verb of leaving or moving: "X left his
post to assume the role of T" (the post the verb governs does not take the new one: the mover
does; rules/phrasal._grammatical_subjects), "X was shuffled from A to become T" (a reshuffle
moves a minister like "moved" and "transferred"; triggers.json become_leaving_verbs).
"""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read

LEAVING_TO_TAKE_CASES = [
    event_case("The cabinet changed again on Thursday, as Foreign Minister Tomas Brell left his post to assume "
               "the role of minister of Energy.",
               [("APPOINTMENT", "person:tomas-brell")],
               id="left-post-to-assume-role"),
    event_case("Interior Minister Hanna Obst quit her job to take up the post of minister of Defence.",
               [("APPOINTMENT", "person:hanna-obst")],
               id="quit-job-to-take-up-post"),
    event_case("In the cabinet restructuring, Anna Pirk was shuffled from Health to become Minister of Labour.",
               [("APPOINTMENT", "person:anna-pirk")],
               id="shuffled-to-become"),
]


@pytest.mark.parametrize("text,present,absent", LEAVING_TO_TAKE_CASES)
def test_leaving_to_take_a_post(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


LEAVING_GUARD_CASES = [
    event_case("Governor Ulla Vent appointed a veteran lawyer, Kai Morn, to take over the agency.",
               [("APPOINTMENT", "person:kai-morn")], [("APPOINTMENT", "person:ulla-vent")],
               id="object-person-takes-over-guard"),
    event_case("Senator Piet Lorck left his post to campaign for the presidency.",
               [], [("APPOINTMENT", "person:piet-lorck")],
               id="left-post-to-campaign-guard"),
]


@pytest.mark.parametrize("text,present,absent", LEAVING_GUARD_CASES)
def test_leaving_to_take_guards(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
