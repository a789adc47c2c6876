"""Round 23 (former posts): further earlier posts of one holder joined to a first "served as"
post (rules/joined_as_posts.py, held_posts.verb_body_after, joined_posts.split_posts).

Career lines name several earlier posts in one clause: "served as A of B, and as director of
C", "served as minister of B under Y and speaker of the House", "served as deputy director at
A and B", "including periods as commissioner at A and B", and designation lists "X, former
Minister of A; former Minister of B". Each later post is the same holder's, former as the
first is. Not when what follows "and" is no post ("and spoke at the Assembly"), no body of its
own ("and adviser"), or a person ("and President Y").
"""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read


def _holds(source: str, *ends: str):
    return lambda typ, s, t: typ == "HOLDS_POSITION" and s == source and t.endswith(ends)


JOINED_AS_CASES = [
    fact_case("Tarin Oskel had previously served as Valdoria's ambassador to the United Nations, and as director "
              "of a private research body, the Baltic Centre for Commercial Arbitration.",
              present=[("HOLDS_POSITION", "person:tarin-oskel", "baltic-centre-for-commercial-arbitration")],
              id="and-as-director-of-a-generic-body-then-its-name"),
    fact_case("Brannick Hale served as ambassador to Ostria and as director of the Lenmark Arbitration Centre.",
              present=[("HOLDS_POSITION", "person:brannick-hale", "lenmark-arbitration-centre")],
              id="and-as-a-second-post"),
    fact_case("Jonas Talvik served as minister of finance under Edvard Moll and speaker of the National "
              "Assembly in the 1990s.",
              present=[("HOLDS_POSITION", "person:jonas-talvik", "national-assembly"),
                       ("HOLDS_POSITION", "person:jonas-talvik", "finance")],
              wrong=_holds("person:edvard-moll", "national-assembly"),
              id="second-title-head-after-the-first-posts-dependents"),
    fact_case("Mira Ostby served as deputy director at Wessfold Police and Arnmoor Police.",
              present=[("HOLDS_POSITION", "person:mira-ostby", "wessfold-police"),
                       ("HOLDS_POSITION", "person:mira-ostby", "arnmoor-police")],
              id="one-title-at-two-joined-bodies"),
    fact_case("Mira Ostby has worked in policing for 30 years, including periods as chief superintendent at "
              "Wessfold Police and Arnmoor Police.",
              present=[("HOLDS_POSITION", "person:mira-ostby", "wessfold-police"),
                       ("HOLDS_POSITION", "person:mira-ostby", "arnmoor-police")],
              id="periods-as-a-title-at-two-bodies"),
    fact_case("The Treasury designated four officials:\n\n"
              "  \u2022 Pavel Drozdov Ilyich, former Minister of Energy; former Minister of Sport and Tourism\n",
              present=[("HOLDS_POSITION", "person:pavel-drozdov-ilyich", "energy"),
                       ("HOLDS_POSITION", "person:pavel-drozdov-ilyich", "sport-and-tourism")],
              id="semicolon-then-a-second-former-post"),
]

JOINED_AS_GUARDS = [
    fact_case("Jonas Talvik served as minister of finance under President Edvard Moll and spoke at the "
              "National Assembly on Tuesday.",
              present=[("HOLDS_POSITION", "person:jonas-talvik", "finance")],
              wrong=_holds("person:jonas-talvik", "national-assembly"),
              id="and-a-verb-is-no-second-post"),
    fact_case("Jonas Talvik served as minister of finance and adviser before he retired.",
              present=[("HOLDS_POSITION", "person:jonas-talvik", "finance")],
              wrong=lambda typ, s, t: typ == "HOLDS_POSITION" and s == "person:jonas-talvik" and "finance" not in t,
              id="a-second-title-with-no-body"),
    fact_case("The Treasury designated four officials:\n\n"
              "  \u2022 Pavel Drozdov Ilyich, former Minister of Energy; he later joined the Lorvik Bank\n",
              present=[("HOLDS_POSITION", "person:pavel-drozdov-ilyich", "energy")],
              wrong=_holds("person:pavel-drozdov-ilyich", "lorvik-bank"),
              id="semicolon-then-a-clause-is-no-post"),
]


@pytest.mark.parametrize("text,present,wrong", JOINED_AS_CASES + JOINED_AS_GUARDS)
def test_a_further_post_joined_to_served_as_is_the_holders(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
