"""Round 10 (agents): who changed whose post.

A removal in the passive names its agent through the vote that removed: "ousted in a
no-confidence vote in parliament" is the country's parliament (loaders/rules/voting_bodies.py).
"The President announced that he ... appointed X": "he" is that unnamed title holder, never the
nearest name (loaders/rules/phrases.py, _titled_reporter)."""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read


def _agent_is(source_end: str):
    """wrong(type, source, target): a DISMISSED / APPOINTED whose agent's id ends so."""
    return lambda t, s, o: t in ("DISMISSED", "APPOINTED") and s.endswith(source_end)


VOTE_CASES = [
    fact_case("Ukrainian Prime Minister Oleh Marchenko was ousted in a no-confidence vote in parliament on Monday.",
              [("DISMISSED", "organisation:ukraine-parliament", "person:oleh-marchenko")],
              id="ousted-in-vote-in-parliament"),
    fact_case("Prime Minister Oleh Marchenko of Ukraine was removed through a parliamentary vote of no confidence.",
              [("DISMISSED", "organisation:ukraine-parliament", "person:oleh-marchenko")],
              id="removed-through-parliamentary-vote"),
    fact_case("The prime minister of Vanuatu lost a motion of no confidence. Tomas Kalsakau was ousted after the vote, "
              "passed at 30 votes to 15, took place in parliament.",
              [("DISMISSED", "organisation:vanuatu-parliament", "person:tomas-kalsakau")],
              id="vote-took-place-in-parliament-country-of-lede"),
    fact_case("Ukrainian Mayor Oleh Marchenko was ousted in a no-confidence vote on Monday.",
              [], _agent_is("parliament"), id="vote-without-a-house-guard"),
    fact_case("Ukrainian Prime Minister Oleh Marchenko was ousted in parliament on Monday after a scandal.",
              [], _agent_is("parliament"), id="no-vote-guard"),
]


@pytest.mark.parametrize("text,present,wrong", VOTE_CASES)
def test_voting_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
