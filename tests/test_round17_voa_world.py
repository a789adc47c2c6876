"""Round 17 (voa_world): Voice of America stories about Asia, Europe and the Americas.

A reporter's byline sentence ("VOA correspondent X reports from Y", "For VOA News, X reports
from Y") names the reporter: a lede's unnamed "the top judge" is not that person
(rules/bridging.py, rules/title_then_name.py; data/triggers.json byline_verbs).

Korea's "Unification" portfolio is a ministry ("Unification Minister X", "the Unification
Ministry": data/gazetteer.json ministry_domains)."""
import pytest

from tests.conftest import (check_event_case, check_fact_case, event_case, fact_case, post_at, read_text as read)


def _to(name: str):
    """A "wrong" test: any fact whose source or target id ends in name."""
    return lambda typ, source, target: typ != "MENTIONS" and (source.endswith(name) or target.endswith(name))


BYLINE_CASES = [
    fact_case("The country's highest court reopened the case on Monday. President Arturo Mendel dismissed the top judge "
              "in April, sparking protests. VOA correspondent Laura Pinski reports from the capital.",
              [], _to("laura-pinski"),
              id="byline-not-the-dismissed-judge"),
    fact_case("Lawmakers voted on the budget on Tuesday. Prime Minister Oskar Vell fired the national police "
              "commissioner last week. For VOA News, Daniel Orth reports from the capital.",
              [], _to("daniel-orth"),
              id="byline-not-the-fired-commissioner"),
]


@pytest.mark.parametrize("text,present,wrong", BYLINE_CASES)
def test_byline_is_not_the_described(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


BYLINE_EVENT_CASES = [
    event_case("The country's highest court reopened the case on Monday. President Arturo Mendel dismissed the top "
               "judge in April, sparking protests. VOA correspondent Laura Pinski reports from the capital.",
               absent=[("DISMISSAL", "person:laura-pinski")],
               id="byline-no-dismissal-event"),
]


@pytest.mark.parametrize("text,present,absent", BYLINE_EVENT_CASES)
def test_byline_takes_no_event(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


UNIFICATION_CASES = [
    fact_case("Seoul's Unification Minister Park Min-ho resigned on Thursday over the failed talks.",
              [("HOLDS_POSITION", "person:park-min-ho", "ministry-of-unification")],
              id="unification-minister-title"),
    fact_case("President Lee Jun-seo named Han Soo-jin as the new Unification Minister, replacing Choi Dong-il.",
              [("HOLDS_POSITION", "person:han-soo-jin", "ministry-of-unification")],
              id="unification-minister-appointed"),
]


@pytest.mark.parametrize("text,present,wrong", UNIFICATION_CASES)
def test_unification_ministry(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# An envoy's title with the country he serves in, then the name, no comma ("US Ambassador to
# Mexico X"): the post is the sending country's (rules/envoy_to_place.py; place_then_name splits
# "Iraq X Y" read as one span).
ENVOY_CASES = [
    fact_case("The arrests drew praise from US Ambassador to Peru Martin Kessler, who spoke in Lima.",
              [("HOLDS_POSITION", "person:martin-kessler", "united-states")],
              post_at("peru"),
              id="us-ambassador-to-country"),
    fact_case("Former U.S. Ambassador to Iraq Dennis Halloran criticized the decision on Monday.",
              [("HOLDS_POSITION", "person:dennis-halloran", "united-states")],
              post_at("iraq"),
              id="former-ambassador-name-read-with-place"),
    fact_case("British Ambassador to Chile Fiona Harlow met the interior minister.",
              [("HOLDS_POSITION", "person:fiona-harlow", "united-kingdom")],
              post_at("chile"),
              id="british-ambassador-to-country"),
]


@pytest.mark.parametrize("text,present,wrong", ENVOY_CASES)
def test_envoy_to_place(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "considered a potential successor to President X" is a prospect, not a replacement
# (rules/successor_nouns.py, triggers.json unstated_modifiers).
PROSPECT_CASES = [
    fact_case("The new labour minister is Yoon Ha-jin, a veteran lawmaker. The 60-year-old lawmaker is also "
              "considered a potential successor to President Kang Min-jun.",
              [("HOLDS_POSITION", "person:yoon-ha-jin", "ministry-of-labour")],
              lambda typ, source, target: typ == "REPLACED",
              id="potential-successor-no-replacement"),
]


@pytest.mark.parametrize("text,present,wrong", PROSPECT_CASES)
def test_prospective_successor(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A state company's one-word name the small model reads as a person ("Petrobras chief executive
# X"): a gazetteer body (data/gazetteer.json organisations), so the post is read.
COMPANY_CASES = [
    fact_case("Petrobras chief executive Carla Mendes was fired on Tuesday after fuel prices rose.",
              [("HOLDS_POSITION", "person:carla-mendes", "petrobras")],
              id="state-company-title-before-name"),
]


@pytest.mark.parametrize("text,present,wrong", COMPANY_CASES)
def test_state_company_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
