"""Round 18 (posts_linked): posts stated next to a named person and a named body, but not linked.

Two posts joined by "and" after "to be" or "served as", the first naming its own body ("X was a
former chairman of A and a former member of B", "X is a former president of A and former
minister of state in B"), are two posts (the second a membership when its head is "member"), not
one title at B with a made-up body "A and member of B"; one title at two bodies joined by "and
the" ("was Secretary of the Department of A and the Department of B") is a post at each
(rules/joined_posts.py). A title with no body before "and" ("president and chief executive of
Y") stays one post at Y.
"""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read


def _joined_body(typ, source, target):
    return "-and-member" in target or "-and-former" in target or "association-and" in target


JOINED_POST_CASES = [
    fact_case("Police questioned Kofi Arhin on Monday. Arhin is a former president of the Coastal Medical "
              "Association and former minister of state in the Ministry of Fisheries.",
              [("HOLDS_POSITION", "person:kofi-arhin", "coastal-medical-association"),
               ("HOLDS_POSITION", "person:kofi-arhin", "ministry-of-fisheries")],
              _joined_body, id="copula-two-posts-own-bodies"),
    fact_case("Prosecutors charged Rania Haddad on Friday. Haddad was a former chairman of the Northern Water "
              "Board and a former member of the Central Committee.",
              [("HOLDS_POSITION", "person:rania-haddad", "northern-water-board"),
               ("MEMBER_OF", "person:rania-haddad", "central-committee")],
              lambda typ, s, t: _joined_body(typ, s, t) or (typ == "HOLDS_POSITION" and t.endswith("central-committee")),
              id="copula-post-then-membership"),
    fact_case("Police questioned Martin Selby. Selby was chairman of the Harbour Development Corporation and head "
              "of the Regional Transport Board.",
              [("HOLDS_POSITION", "person:martin-selby", "harbour-development-corporation"),
               ("HOLDS_POSITION", "person:martin-selby", "regional-transport-board")],
              lambda typ, s, t: "-and-head" in t, id="copula-two-heads"),
    fact_case("Between 2009 and 2012, Ms Tessa Lindqvist was Secretary of the Department of Mines, Energy and "
              "Tourism and the Department of Regional Development and Local Government.",
              [("HOLDS_POSITION", "person:tessa-lindqvist", "of-mines-energy-and-tourism"),
               # (a known portfolio since round 18's ministry_domains: the department reads as its ministry)
               ("HOLDS_POSITION", "person:tessa-lindqvist", "of-regional-development-and-local-government")],
              id="one-title-two-bodies-and-the"),
]


@pytest.mark.parametrize("text,present,wrong", JOINED_POST_CASES)
def test_joined_posts_after_copula(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


JOINED_GUARD_CASES = [
    fact_case("Joan Pike is president and chief executive of the Harbour Development Corporation. Rania Haddad, a "
              "former chairman of the Northern Water Board and a former member of the Central Committee, was arrested.",
              [("HOLDS_POSITION", "person:joan-pike", "harbour-development-corporation"),
               ("HOLDS_POSITION", "person:rania-haddad", "northern-water-board")],
              lambda typ, s, t: typ == "MEMBER_OF" and t.endswith("northern-water-board"),
              id="one-body-two-titles-and-apposition-membership"),
]


@pytest.mark.parametrize("text,present,wrong", JOINED_GUARD_CASES)
def test_joined_posts_guards(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A lower-case word for a body the article names, before a title and a name: "tribunal Judge
# X", "the municipal manager, X" (the one body whose name holds it), "the council's secretary
# general X" (with no council named, the article's one town read as a body) (rules/body_word_owners.py)
BODY_WORD_CASES = [
    fact_case("The Special Tribunal will hear the matter in May. At a hearing on Monday, tribunal Judge Helen "
              "Marsh directed that the challenge be heard first.",
              [("HOLDS_POSITION", "person:helen-marsh", "special-tribunal")], id="tribunal-judge"),
    fact_case("Six officials of the Lakeside Metropolitan Municipality were charged with fraud. The accused "
              "include the municipal manager, Sipho Dlamini, and two business people.",
              [("HOLDS_POSITION", "person:sipho-dlamini", "lakeside-metropolitan-municipality")],
              id="municipal-manager-apposition"),
    fact_case("Turin's deputy mayor Paolo Renzi resigned on Tuesday. He quit days after the council's secretary "
              "general Marco Salvi stood down.",
              [("HOLDS_POSITION", "person:marco-salvi", "turin")], id="council-possessive-town"),
]


@pytest.mark.parametrize("text,present,wrong", BODY_WORD_CASES)
def test_body_word_before_title(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A one-word body name the model tagged as a body elsewhere in the article, written again after
# "<title> of", is that body, not a title's last word as in "Secretary of State"
# (repeated_bodies: one-word names)
ONE_WORD_BODY_CASES = [
    fact_case("Prosecutors said the Demokrata party had received the funds. Senator Juma Wekesa is the chairman "
              "of Demokrata.",
              [("HOLDS_POSITION", "person:juma-wekesa", "demokrata")], id="chairman-of-one-word-party"),
    fact_case("Most of the executives on trial are former officials of the state-owned NordaGaz energy company. "
              "Lars Holm was a former chairman of NordaGaz. Erik Berg is another former chairman of NordaGaz.",
              [("HOLDS_POSITION", "person:lars-holm", "nordagaz"), ("HOLDS_POSITION", "person:erik-berg", "nordagaz")],
              id="former-chairmen-of-one-word-company"),
]


@pytest.mark.parametrize("text,present,wrong", ONE_WORD_BODY_CASES)
def test_one_word_body_after_title_of(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
