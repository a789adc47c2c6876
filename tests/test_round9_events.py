"""Events of appointments and their agents (issue 11, round 9).

The duties of a post stand for the post (rules/post_duties.py): whoever is given, or carries
out, the duties of a named post is appointed to it, by the one who gives them or orders them
carried out; terminating them dismisses the holder. "He handed most of his duties to X" names
no post, and "the early termination of his powers" a governor asks for is his resignation.
The sentences are made up; each states one shape. Read by the real spaCy pipeline."""
import pytest

from tests.conftest import (check_event_case, check_fact_case, event_case as case, fact_case,
                            read_text as read)

AP, DI = "APPOINTMENT", "DISMISSAL"

CASES = [
    case("President Adil Tokayev has temporarily entrusted the duties of the Prime Minister to Roman Sklyar.",
         {(AP, "person:roman-sklyar")}, id="entrusted-duties-to"),
    case("The President Ivan Petrov ordered that the duties of Prime Minister Mikhail Rostov shall be "
         "carried out by First Deputy Prime Minister Andrei Belov.",
         {(AP, "person:andrei-belov")}, {(AP, "person:mikhail-rostov")}, id="duties-carried-out-by"),
    case("Peter Otieno will perform the duties of governor until the election in March.",
         {(AP, "person:peter-otieno")}, id="will-perform-duties-of"),
    case("Peter Otieno was entrusted with the duties of the interior minister by President John Mwangi.",
         {(AP, "person:peter-otieno")}, id="entrusted-with-duties"),
    case("President Ivan Petrov has decided to terminate the powers of Khabarovsk Territory Governor "
         "Sergei Farkov due to the loss of the President's confidence.",
         {(DI, "person:sergei-farkov")}, id="terminated-powers-of"),
    # guards: no post named; the holder's own request
    case("Mayor Jason Correa says he will hand most of his day-to-day duties to Council President Cliff Pontes.",
         set(), {(AP, "person:cliff-pontes")}, id="guard-duties-without-post"),
    case("Following a resignation notice from Governor Dmitry Azarin on the early termination of his powers, "
         "the President accepted his resignation.",
         set(), {(DI, "person:dmitry-azarin")}, id="guard-asked-termination"),
    # guards: "police" and "attorney" alone name no post (triggers.json post_duties not_posts)
    case("The court terminated the powers of attorney of John Kamau.",
         set(), {(DI, "person:john-kamau")}, id="guard-powers-of-attorney"),
    case("The minister transferred the powers of the police to Commander John Kamau.",
         set(), {(AP, "person:john-kamau")}, id="guard-powers-of-police"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_post_duties(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


AGENTS = [
    fact_case("President Adil Tokayev has temporarily entrusted the duties of the Prime Minister to Roman Sklyar.",
              [("APPOINTED", "person:adil-tokayev", "person:roman-sklyar")], id="entrusting-agent"),
    fact_case("The President Ivan Petrov ordered that the duties of Prime Minister Mikhail Rostov shall be "
              "carried out by First Deputy Prime Minister Andrei Belov.",
              [("APPOINTED", "person:ivan-petrov", "person:andrei-belov")], id="ordering-agent"),
]


@pytest.mark.parametrize("text,present,wrong", AGENTS)
def test_post_duties_agents(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
