"""Round 23 (heads): posts of heads and staff of bodies other than ministries (parties, armed
groups, boards, newspapers), from fresh VOA pages and the dev misses of the kind.

- post_bodies: a name the text gives a body's post in ("the leader of X", "chair of X",
  "Manager of the newspaper X"), writes before a kind of body ("X party chairman") or says is one
  ("X was the party of ..."), is a body's,
  wherever the model read a person; the posts in it are then read. "head of state X" keeps its person.
- gazetteer title_heads: "editor", "editor-in-chief" are posts ("X, the managing editor of the Y").
- name_bounds._quoted_after_kind and appositions._kind_then_name: "editor of the Dhaka newspaper,
  “Daily Sentinel,”": the quoted name after a body's kind names that body, and the post is in it.
- appositions._portfolio_list_after: "director of protocol, communications, and foreign affairs"
  names remits, not a unit of the body.
"""
import pytest

from tests.conftest import check_entity_case, check_fact_case, entity_case, fact_case, read_text as read

NAMED_BY_POSTS = [
    entity_case("Police upended a planned protest and arrested about 40 people, including Mavuno party chairman "
                "Joseph Kilonzo. Mavuno called for a peaceful protest as a memorial to its leaders. Peter Otieno, "
                "Mavuno’s director of communications, said the leaders were in jail.",
                has=[("Organisation", "Mavuno")], lacks=[("Person", "Mavuno")],
                id="name-before-party-is-a-body"),
    entity_case("The leader of Harakat Saliha, Omar Zubeidi, stayed in Dili before his arrest in Jakarta.",
                has=[("Organisation", "Harakat Saliha")], lacks=[("Person", "Harakat Saliha")],
                id="leader-of-a-name"),
    entity_case("Parvana was the party of former President Omar Kelana and dominated politics for decades. "
                "Analysts say Parvana will face an internal power struggle.",
                has=[("Organisation", "Parvana"), ("Person", "Omar Kelana")], lacks=[("Person", "Parvana")],
                id="name-said-to-be-a-party"),
    entity_case("Lawmakers named opposition leader Arman Toktogulov acting head of state Arman Toktogulov on Friday. "
                "Toktogulov thanked them.",
                has=[("Person", "Arman Toktogulov")], lacks=[("Organisation", "Arman Toktogulov")],
                id="head-of-state-name-stays-a-person"),
]


@pytest.mark.parametrize("text,has,lacks", NAMED_BY_POSTS)
def test_names_given_a_post_are_bodies(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


HEAD_POSTS = [
    fact_case("Police upended a planned protest and arrested about 40 people, including Mavuno party chairman "
              "Joseph Kilonzo. Mavuno called for a peaceful protest as a memorial to its leaders. Peter Otieno, "
              "Mavuno’s director of communications, said the leaders were in jail.",
              present=[("HOLDS_POSITION", "person:joseph-kilonzo", "mavuno"),
                       ("HOLDS_POSITION", "person:peter-otieno", "mavuno")],
              id="party-chairman-of-a-name-read-as-person"),
    fact_case("The leader of Harakat Saliha, Omar Zubeidi, stayed in Dili before his arrest in Jakarta.",
              present=[("HOLDS_POSITION", "person:omar-zubeidi", "harakat-saliha")],
              id="leader-of-group-read-as-person"),
    fact_case("Parliament Speaker Rudi Hartono faced up to 20 years in jail on charges that he channeled $4 million "
              "of government funds to the political party he heads - Parvana. Parvana was the party of former "
              "President Omar Kelana. Analysts question whether Parvana will survive Hartono's problems.",
              present=[("HOLDS_POSITION", "person:rudi-hartono", "parvana")],
              id="party-he-heads-named-after-dash"),
    fact_case("Kofi Asante-Bray, the managing editor of the Daily Beacon, an independent newspaper, saw the arrest.",
              present=[("HOLDS_POSITION", "person:kofi-asante-bray", "daily-beacon")],
              id="managing-editor-of-newspaper"),
    fact_case("Rahim Chowdhury, editor of the Dhaka newspaper, “Daily Sentinel,” wrote that the arrest was unjust.",
              present=[("HOLDS_POSITION", "person:rahim-chowdhury", "daily-sentinel")],
              id="editor-of-quoted-newspaper"),
    fact_case("Juma Merlo, the Zorvek Party's director of protocol, communications, and foreign affairs, "
              "said the leaders were still in jail.",
              present=[("HOLDS_POSITION", "person:juma-merlo", "zorvek-party")],
              wrong=lambda t, s, o: "protocol" in o,
              id="remit-list-is-no-unit"),
]


@pytest.mark.parametrize("text,present,wrong", HEAD_POSTS)
def test_posts_of_heads_and_staff(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
