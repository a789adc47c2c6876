"""Round 18 (events): event phrasings that recur across the read pools.

An arrest stated without its agent ("a businessman was also arrested", "investigators
arrested nine people, including the deputy mayor") in a story whose arrests are all credited
to one named arresting body (as the verb's agent, or through the noun: "the arrest was made
by investigators at X", "X confirmed the arrest", "remanded to X custody") was made by that body
(rules/story_arresters); two bodies, a person as agent, another day, or a speaker's own quote
leave it without one.

A post written as "for / with the position (post, job, role) of T" after an appointing verb is
the post it gives: "was tapped for the position of trade minister", "has been rewarded with the
position of minister of health", "For the job of justice minister, he picked X"
(details.position_of; "reward" is an appointing verb only with a post, triggers.json needs_post).
"""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case, fact_case, read_text as read

STORY_ARRESTER_CASES = [
    fact_case("The Anti-Graft Commission arrested Mayor Tomas Brennick of Westvale on Tuesday. "
              "A contractor, Lionel Avery, was also arrested on Tuesday.",
              [("ARRESTED", "organisation:anti-graft-commission", "person:lionel-avery")],
              id="also-arrested-one-body"),
    fact_case("The State Corruption Bureau detained the governor, Harald Menz, on Monday over road contracts. "
              "Later on Monday officers arrested nine people, including his deputy, Carla Wendt.",
              [("ARRESTED", "organisation:state-corruption-bureau", "person:carla-wendt")],
              id="including-one-body"),
    fact_case("Deputy Minister of Mines Pavel Orlin was arrested on Monday in the capital. "
              "The arrest was made by investigators at the Financial Crimes Bureau, a spokesman said.",
              [("ARRESTED", "organisation:financial-crimes-bureau", "person:pavel-orlin")],
              id="arrest-made-by-investigators-at-body"),
    fact_case("Sports Minister Dora Falk was arrested on Friday after she handed herself over. "
              "The Directorate for Special Investigations confirmed the arrest in a statement.",
              [("ARRESTED", "organisation:directorate-for-special-investigations", "person:dora-falk")],
              id="body-confirmed-the-arrest"),
    fact_case("Transport minister Harold Brennick was arrested on Monday in a bribery case. "
              "He has been remanded to Financial Crimes Bureau custody until Friday.",
              [("ARRESTED", "organisation:financial-crimes-bureau", "person:harold-brennick")],
              id="remanded-to-body-custody"),
    fact_case("The Anti-Graft Commission arrested Mayor Tomas Brennick of Westvale on Tuesday. "
              "Separately, the National Police Bureau said a contractor, Lionel Avery, was arrested on Wednesday.",
              [],
              wrong=lambda t, s, o: t == "ARRESTED" and s.endswith("anti-graft-commission") and o == "person:lionel-avery",
              id="other-body-in-sentence-guard"),
]


@pytest.mark.parametrize("text,present,wrong", STORY_ARRESTER_CASES)
def test_one_arresting_body_for_the_story(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_story_arrester_not_for_a_speakers_quote(extractor):
    doc = read(extractor, "Transport minister Harold Brennick was arrested on Monday. He was remanded to Financial Crimes "
                          "Bureau custody. \"He has been arrested in a false case,\" deputy minister Carla Wendt said.")
    got = {(r.type, r.target) for r in doc.relations}
    assert ("ARRESTED", "person:carla-wendt") not in got


def test_story_arrester_not_for_an_arrest_at_another_time(extractor):
    doc = read(extractor, "The Special Investigations Office arrested the suspended governor, Amos Telford, on Thursday. "
                          "His former chief of staff, Rhona Pickett, was arrested last year over a land deal.")
    got = {(r.type, r.target) for r in doc.relations}
    assert ("ARRESTED", "person:rhona-pickett") not in got


POSITION_OF_CASES = [
    event_case("Veteran lawmaker Simon Oduya was tapped for the position of trade minister on Sunday.",
               {("APPOINTMENT", "person:simon-oduya")}, id="tapped-for-the-position-of"),
    event_case("Another opposition figure, Lena Marsh, has been rewarded with the position of minister of health.",
               {("APPOINTMENT", "person:lena-marsh")}, id="rewarded-with-the-position-of"),
    event_case("For the job of justice minister, the new leader picked Margaret Lindqvist, a former judge.",
               {("APPOINTMENT", "person:margaret-lindqvist")}, id="fronted-for-the-job-of"),
    event_case("The veteran striker Lena Marsh was rewarded with a medal for her long service.",
               set(), {("APPOINTMENT", "person:lena-marsh")}, id="rewarded-with-a-thing-guard"),
]


@pytest.mark.parametrize("text,present,absent", POSITION_OF_CASES)
def test_post_in_a_position_of_phrase(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


def test_position_of_phrase_gives_the_post(extractor):
    doc = read(extractor, "Veteran lawmaker Simon Oduya was tapped for the position of trade minister on Sunday.")
    assert any(r.type == "HOLDS_POSITION" and r.source == "person:simon-oduya" and r.target.endswith("ministry-of-trade")
               for r in doc.relations), sorted((r.type, r.source, r.target) for r in doc.relations)
