"""Round 19 (events): event phrasings that recur across the read pools.

An event said of a story's case group ("Both defendants were detained and charged", "The
accused were charged", "a judge removed the accused from their offices") with no list of names
right after it is each member's: the persons a sentence lists for the group ("The accused
include A, B and C"), or else the persons with their own court events in the story
(rules/case_groups.py). Not "some of the accused", not one accused person, not a count the
persons do not match.

The one who acts in a gerund clause without a subject of its own is the main clause's subject,
also through a preposition the model tags as a subordinator ("X still trusts Y despite
firing her") or a phrase built on a noun ("In addition to removing minister Y, the premier
..."); a gerund with its own subject ("Despite the Unity Party ousting Y") is that subject's
act (rules/gerund_agents.py, phrases.clause_agent).
"""
import pytest

from tests.conftest import check_event_case, event_case, named_rels, read_text as read

CASE_GROUP_CASES = [
    event_case("Three former county clerks pleaded guilty today to fraud charges in federal court. "
               "All three defendants were detained and charged last spring under a sealed indictment. "
               "Former deputy clerk Walter Brenning pleaded guilty to one count of wire fraud. "
               "Former records clerk Amos Teller pleaded guilty to one count of bribery. "
               "Former chief clerk Lydia Varno pleaded guilty to one count of extortion.",
               [("ARREST", "person:walter-brenning"), ("CHARGE", "person:amos-teller"),
                ("ARREST", "person:lydia-varno"), ("CHARGE", "person:walter-brenning")],
               id="defendants-then-each-pleads"),
    event_case("Seven officials were arrested on Monday in a housing tender case. "
               "The accused include the town manager, Petra Olund, a council speaker, Jonas Ferrell, "
               "and a former housing director, Mikael Strand. "
               "The weather was cold in the capital on Tuesday. "
               "Local traders complained about the roads. "
               "The accused were charged before the bail hearing began.",
               [("CHARGE", "person:petra-olund"), ("CHARGE", "person:jonas-ferrell"),
                ("CHARGE", "person:mikael-strand")],
               id="accused-include-list-then-charged"),
    event_case("Police arrested the harbour master, Ivo Kranz, and two customs officers, Lena Baum and Otto Reiss, "
               "on Friday. A week later a regional judge removed the accused from their offices.",
               [("DISMISSAL", "person:ivo-kranz"), ("DISMISSAL", "person:lena-baum"),
                ("DISMISSAL", "person:otto-reiss")],
               id="judge-removed-the-accused-from-their-offices"),
    event_case("Former deputy clerk Walter Brenning was charged in March with wire fraud. "
               "Former records clerk Amos Teller was charged in April with bribery. "
               "The county said the two men had left their posts last year. "
               "On Tuesday, the defendants pleaded guilty in federal court.",
               [("CONVICTION", "person:walter-brenning"), ("CONVICTION", "person:amos-teller")],
               id="defendants-pleaded-guilty-phrase"),
]


@pytest.mark.parametrize("text,present,absent", CASE_GROUP_CASES)
def test_case_group_events_go_to_its_members(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


GUARD_CASES = [
    event_case("Police arrested the harbour master, Ivo Kranz, and a customs officer, Lena Baum, on Friday. "
               "Later, some of the accused were charged with smuggling.",
               [], [("CHARGE", "person:ivo-kranz"), ("CHARGE", "person:lena-baum")],
               id="some-of-the-accused-guard"),
    event_case("Police arrested the harbour master, Ivo Kranz, and a customs officer, Lena Baum, on Friday. "
               "The five defendants were charged with smuggling on Monday.",
               [], [("CHARGE", "person:ivo-kranz"), ("CHARGE", "person:lena-baum")],
               id="count-not-matched-guard"),
    event_case("Police arrested the harbour master, Ivo Kranz, and a customs officer, Lena Baum, on Friday. "
               "The accused was charged with smuggling on Monday.",
               [], [("CHARGE", "person:lena-baum")],
               id="one-accused-guard"),
]


@pytest.mark.parametrize("text,present,absent", GUARD_CASES)
def test_case_group_guards(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


GERUND_AGENT_CASES = [
    ("Premier David Lund still trusts Susan Miller despite firing her from the transport portfolio.",
     ("David Lund", "Susan Miller")),
    ("President David Lund reshuffled his cabinet on Friday.\nIn addition to replacing trade minister Susan Miller "
     "on Friday, the president named a new army chief.", ("David Lund", "Susan Miller")),
    ("Despite the Unity Party ousting former Premier Susan Miller last week, the markets stayed calm.",
     ("Unity Party", "Susan Miller")),
]


@pytest.mark.parametrize("text,pair", GERUND_AGENT_CASES, ids=["despite-gerund", "in-addition-to-gerund",
                                                               "gerund-with-own-subject"])
def test_gerund_clause_agent(extractor, text, pair):
    assert pair in named_rels(read(extractor, text), "DISMISSED")
