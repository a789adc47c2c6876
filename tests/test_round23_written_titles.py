"""Round 23 (coordinator): a minister's title written around a portfolio the lexicon lacks.

"Minister for Refugee Affairs X", "Minister of Information and National Orientation X", "Refugee
Affairs Minister X", "Minister of National Solidarity X": the title's shape says where the
portfolio is (rules/written_titles.py), a capitalised abstract noun ("Reconciliation",
"Solidarity": titles.json portfolio_suffixes) ends the portfolio before the name the model ran it
into (minister_of_names.py), and the ministry is "Ministry of <portfolio>" of the story's country.
Capitals before "Minister" that are no portfolio ("Likud Minister X") and "Minister of
Parliament" make no ministry.
"""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read


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
