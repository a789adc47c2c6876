"""Round 18 (events): event phrasings that recur across the read pools.

An arrest stated without its agent ("a businessman was also arrested", "investigators
arrested nine people, including the deputy mayor") in a story whose arrests are all credited
to one named arresting body (as the verb's agent, or through the noun: "the arrest was made
by investigators at X", "X confirmed the arrest") was made by that body
(rules/story_arresters); two bodies, a person as agent, or another day leave it without one.
"""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read

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
    fact_case("The Anti-Graft Commission arrested Mayor Tomas Brennick of Westvale on Tuesday. "
              "Separately, the National Police Bureau said a contractor, Lionel Avery, was arrested on Wednesday.",
              [],
              wrong=lambda t, s, o: t == "ARRESTED" and s.endswith("anti-graft-commission") and o == "person:lionel-avery",
              id="other-body-in-sentence-guard"),
]


@pytest.mark.parametrize("text,present,wrong", STORY_ARRESTER_CASES)
def test_one_arresting_body_for_the_story(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_story_arrester_not_for_an_arrest_at_another_time(extractor):
    doc = read(extractor, "The Special Investigations Office arrested the suspended governor, Amos Telford, on Thursday. "
                          "His former chief of staff, Rhona Pickett, was arrested last year over a land deal.")
    got = {(r.type, r.target) for r in doc.relations}
    assert ("ARRESTED", "person:rhona-pickett") not in got
