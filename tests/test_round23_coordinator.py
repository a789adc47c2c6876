"""Round 23 (coordinator): a minister's title written around a portfolio the lexicon lacks, and
guilty pleas told by their noun (below).

"Minister for Refugee Affairs X", "Minister of Information and National Orientation X", "Refugee
Affairs Minister X", "Minister of National Solidarity X": the title's shape says where the
portfolio is (rules/written_titles.py), a capitalised abstract noun ("Reconciliation",
"Solidarity": titles.json portfolio_suffixes) ends the portfolio before the name the model ran it
into (minister_of_names.py), and the ministry is "Ministry of <portfolio>" of the story's country.
Capitals before "Minister" that are no portfolio ("Likud Minister X") and "Minister of
Parliament" make no ministry.
"""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case, fact_case, read_text as read


def ministry_of(*words: str):
    """A HOLDS_POSITION at a body whose id holds "ministry" and every one of words."""
    return lambda typ, s, t: typ == "HOLDS_POSITION" and "ministry" in t and all(w in t for w in words)


WRITTEN_TITLES = [
    fact_case("Minister for Displaced Persons Affairs Rami Kassar resigned on Monday in protest.",
              [("HOLDS_POSITION", "person:rami-kassar", "ministry-of-displaced-persons-affairs")],
              id="minister-for-unknown-affairs-before-the-name"),
    fact_case("Opposition members called on Minister of Culture and Civic Orientation Ama Owusu to resign.",
              [("HOLDS_POSITION", "person:ama-owusu", "ministry-of-culture-and-civic-orientation")],
              id="known-and-unknown-portfolio-run-into-the-name"),
    fact_case("Lebanese Displaced Persons Affairs Minister Rami Kassar resigned on Monday.",
              [("HOLDS_POSITION", "person:rami-kassar", "ministry-of-displaced-persons-affairs")],
              id="unknown-affairs-portfolio-before-minister"),
    fact_case("Former Minister of Social Cohesion Tomas Vell was arrested in Tarvo on Friday.",
              [("HOLDS_POSITION", "person:tomas-vell", "ministry-of-social-cohesion")],
              id="abstract-noun-portfolio-cut-from-the-name"),
    fact_case("Minister for Reconciliation Dara Moyo resigned after the vote.",
              [("HOLDS_POSITION", "person:dara-moyo", "ministry-of-reconciliation")],
              id="one-word-abstract-portfolio"),
]


@pytest.mark.parametrize("text,present,wrong", WRITTEN_TITLES)
def test_a_portfolio_the_lexicon_lacks_gives_its_ministry(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


NO_MINISTRY = [
    fact_case("Likud Minister Avi Doron resigned on Monday.", [],
              ministry_of("likud"), id="party-before-minister-is-no-portfolio"),
    fact_case("Tomas Vell, Minister of Parliament for Tarvo, resigned on Monday.", [],
              ministry_of("parliament"), id="minister-of-parliament-is-no-ministry"),
    fact_case("Minister of Finance Kofi Addo resigned on Monday.",
              [("HOLDS_POSITION", "person:kofi-addo", "ministry-of-finance")],
              ministry_of("kofi"), id="known-portfolio-unchanged"),
]


@pytest.mark.parametrize("text,present,wrong", NO_MINISTRY)
def test_capitals_that_are_no_portfolio_make_no_ministry(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A guilty plea told by its noun (rules/noun_events.guilty_finding, round 23): the pleas "of" the
# persons, and "his" plea in a phrase that opens the sentence, before the name it stands for.
GUILTY_PLEAS = [
    event_case("The prosecutor said the verdict, combined with the earlier guilty pleas of Tomas Vell and "
               "Lisa Brandt, ends the case.",
               [("CONVICTION", "person:tomas-vell"), ("CONVICTION", "person:lisa-brandt")],
               id="guilty-pleas-of-two-persons"),
    event_case("The council met on Monday. As part of his guilty plea, Daro Venk admitted that he took "
               "bribes from a contractor.",
               [("CONVICTION", "person:daro-venk")],
               id="his-plea-in-a-fronted-phrase-is-the-subject-s"),
    event_case("Tomas Vell spoke to reporters. Before his guilty plea hearing next week, Daro Venk met his lawyer.",
               [], [("CONVICTION", "person:tomas-vell")],
               id="a-plea-hearing-ahead-is-no-conviction-of-the-last-name"),
]


@pytest.mark.parametrize("text,present,absent", GUILTY_PLEAS)
def test_a_guilty_plea_told_by_its_noun(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
