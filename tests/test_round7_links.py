"""Links between a person and a body both named in the story (issue 11, round 7).

- A bare head word of a post ("the new governor", "former commissioner X") is the post the story
  already placed at one body (rules/named_bodies.py).
- "the party's treasurer X", "party leader X" is the party named last before, or the story's only
  party; with two parties and nothing to tell them apart, no party (rules/party_reference.py).
- A US party written as an adjective beside names: "X, a Republican, ...", "Democratic at-large
  members X and Y" (MEMBER_OF, rules/party_adjectives.py).
- "X is the Minister for Lands": a capitalised title with its "of"/"for" after "to be" (the
  model tags it a proper noun; leaders.copula_post took only common nouns).
- A spaced dash sets a name's apposition apart as a comma does ("X – state aide at the PSB –"),
  unless it closes a dash parenthesis the name stands in (appositions.opens_apposition).

The sentences are made up; each states one kind. Read by the real spaCy pipeline; a case lists
(relation, person, body) facts it must give, the body by the end of its id, and a test for facts
it must not give."""
import pytest

from tests.conftest import check_fact_case, fact_case as case, read_text as read, relation_facts

HP = "HOLDS_POSITION"


CASES = [
    # a bare "governor" after the story placed "central bank governor" at the central bank
    case("The president fired central bank governor Mark Obi in a decree on Saturday.\n"
         "Peter Ade was named as the new governor and no reason was given.",
         [(HP, "person:peter-ade", "central-bank")], id="the-new-governor-of-the-body-named-before"),
    # "commissioner" alone is a rank; after "the new Commissioner of the X Commission" it is that post
    case("The new Commissioner of the Anti-Corruption Commission John Bio was sworn in on Monday.\n"
         "Analysts say the dismissal of former commissioner Paul Kamara was expected.",
         [(HP, "person:paul-kamara", "anti-corruption-commission")], id="former-commissioner-after-the-body-s-commissioner"),
    # "the party's treasurer X": the party named just before
    case("Andi Rahman of the Democratic Party was arrested on Thursday.\n"
         "The party's former treasurer Budi Santoso was jailed in 2012.",
         [(HP, "person:budi-santoso", "democratic-party")], id="the-party-s-treasurer"),
    # "party leader X" with a party named before that has no "party" in its name
    case("The Homeland Union won the vote on Sunday.\n"
         "Its members met, and party leader Jonas Petrauskas said the result was clear.",
         [(HP, "person:jonas-petrauskas", "homeland-union")], id="party-leader-of-a-party-named-before"),
    # a party adjective in an apposition, and before a plural member noun and its list
    case("House Speaker John Miller, a Republican, has appointed two former governors to the panel.",
         [("MEMBER_OF", "person:john-miller", "republican-party")], id="x-a-republican"),
    case("Other officials who could be picked include Democratic at-large members Paul Howard and Vera Lyles.",
         [("MEMBER_OF", "person:paul-howard", "democratic-party"), ("MEMBER_OF", "person:vera-lyles", "democratic-party")],
         id="democratic-members-x-and-y"),
    # a capitalised title with its portfolio after "to be"
    case("Seini Tupou is the Minister for Lands and Mineral Resources while Jone Vula was sworn in.",
         [(HP, "person:seini-tupou", "ministry-of-lands-and-mineral-resources")], id="x-is-the-minister-for"),
    case("Ivan Petrov was the Minister of Health from 1998 to 2001.",
         [(HP, "person:ivan-petrov", "ministry-of-health")], id="x-was-the-minister-of"),
    # dash appositions, after the name and before it
    case("By an order, Dragan Markovski – state aide at the Public Security Bureau – has been appointed.",
         [(HP, "person:dragan-markovski", "public-security-bureau")], id="dash-apposition-after"),
    case("A spokesman for the Supreme Military Council - Colonel Amadou Sani - said the army had acted.",
         [(HP, "person:amadou-sani", "supreme-military-council")], id="dash-apposition-before"),
]


@pytest.mark.parametrize("text, present, wrong", CASES)
def test_a_title_takes_the_body_the_story_names_elsewhere(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


@pytest.mark.parametrize("text, person, body", [
    # two parties, "the ruling party" named before neither: no party rather than the wrong one
    pytest.param("The ruling party leader, Jonas Petrauskas, said the departure would do little.\n"
                 "He said his Homeland Union would meet on Friday.\n"
                 "The Liberal Movement and Freedom Party said it would wait.",
                 "person:jonas-petrauskas", "", id="two-parties-named-after"),
    # "chairman" in a story that placed chairmen at two bodies: neither
    pytest.param("Electoral Commission chairman Mark Obi met Public Service Commission chairman Ade Bello.\n"
                 "Peter Ade was named as the new chairman.",
                 "person:peter-ade", "", id="two-bodies-with-chairmen"),
    # the dash after the name closes a parenthesis: what follows is no apposition of his
    pytest.param("The army forced two ministers to retire - health minister Aung Min and transport minister "
                 "Tin Oo - as well as the chief minister of Chin State.",
                 "person:tin-oo", "chin-state", id="closing-dash"),
])
def test_no_body_where_the_story_does_not_say_which(extractor, text, person, body):
    got = relation_facts(read(extractor, text))
    assert [f for f in got if f[0] == HP and f[1] == person and f[2].endswith(body)] == [], sorted(got)
