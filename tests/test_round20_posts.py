"""Round 20 (posts): posts the extractor missed or gave to the wrong body.

- place_possessives: a post written after a region's or a city's possessive ("X Region's chief
  minister, Y", "Y, X Region's minister of social welfare", "Y, X's former chief secretary",
  "X's security spokesman Y", "X Region's finance minister, Y") is at that place's government, not
  at the nation's ministry nor at no body; a portfolio minister after a bare place's name
  ("Beijing's foreign minister": a capital standing for its country) is left to the title rules.
- joined_posts: two titles joined by "and" whose first names its body before its head ("X has
  been Cabinet Secretary and Head of the Civil Service", "X served as Transport Minister and
  chairman of Y", "the new State Department Spokesman and Acting Assistant Secretary of Public
  Affairs X") are two posts, the first at its own body; a copula title whose joined second title
  carries the "of BODY" ("X was the Chief Legal Officer and then Chief Executive of Y") is read.
"""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read


PLACE_POSSESSIVES = [
    fact_case("Sagaing Region's chief minister, Tano Brekk, was released on Thursday after two years in custody.",
              [("HOLDS_POSITION", "person:tano-brekk", "sagaing-region")],
              id="region-possessive-title-comma-name"),
    fact_case("Hla Tunmo, Sagaing Region's minister of social welfare, remains in custody.",
              [("HOLDS_POSITION", "person:hla-tunmo", "sagaing-region")], post_at("social-welfare"),
              id="name-comma-region-possessive-minister-of"),
    fact_case("Dora Vell, Tessaly Region's minister of finance, remains in custody.",
              [("HOLDS_POSITION", "person:dora-vell", "tessaly-region")], post_at("ministry-of-finance"),
              id="unlisted-region-with-its-kind-word"),
    fact_case("Police arrested Ramon Tevez, Macau's former chief secretary, on Thursday. "
              "Macau's health bureau spokesman Lino Vaz declined to comment.",
              [("HOLDS_POSITION", "person:ramon-tevez", "macau")],
              lambda typ, s, t: s == "person:lino-vaz" and post_at("macau")(typ, s, t),
              id="name-comma-city-possessive-former-title"),
    fact_case("The charges were announced on Monday, Jalisco's security spokesman Adro Vasquel said in a radio interview.",
              [("HOLDS_POSITION", "person:adro-vasquel", "jalisco")], post_at("security"),
              id="state-possessive-title-then-name"),
    fact_case("Mandalay Region's finance minister, Dara Pellman, resigned on Monday. "
              "Beijing's foreign minister Lu Tanmo met the envoy on Friday. "
              "Tehran's spokesman Ali Vaezan said the talks failed.",
              [("HOLDS_POSITION", "person:dara-pellman", "mandalay-region"),
               ("HOLDS_POSITION", "person:lu-tanmo", "foreign-affairs")],
              lambda typ, s, t: post_at("beijing", "tehran")(typ, s, t) or (
                  s == "person:dara-pellman" and post_at("ministry-of-finance")(typ, s, t)),
              id="state-possessive-portfolio-minister-not-a-capital-s"),
]


@pytest.mark.parametrize("text,present,wrong", PLACE_POSSESSIVES)
def test_a_post_after_a_place_s_possessive_is_in_that_place_s_government(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


JOINED_TITLES = [
    fact_case("Tom Pellam has been Cabinet Secretary and Head of the Civil Service since 2020.",
              [("HOLDS_POSITION", "person:tom-pellam", "civil-service")], post_at("public-service"),
              id="copula-body-headed-title-and-title-of-body"),
    fact_case("Dana Reel was the Chief Legal Officer and then Chief Executive of the Riverton Rights Commission.",
              [("HOLDS_POSITION", "person:dana-reel", "riverton-rights-commission")],
              id="copula-title-whose-joined-title-has-the-body"),
    fact_case("Tom Pellam served as Transport Minister and chairman of the Riverton Water Board.",
              [("HOLDS_POSITION", "person:tom-pellam", "ministry-of-transport"),
               ("HOLDS_POSITION", "person:tom-pellam", "riverton-water-board")],
              id="served-as-portfolio-minister-and-chairman-of-body"),
    fact_case("I came to introduce the new State Department Spokesman and Acting Assistant Secretary of "
              "Public Affairs Tom Pellam.",
              [("HOLDS_POSITION", "person:tom-pellam", "state-department")],
              id="body-title-and-title-before-the-name"),
]


@pytest.mark.parametrize("text,present,wrong", JOINED_TITLES)
def test_two_joined_titles_are_two_posts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
