"""Round 20 (voa): fresh Voice of America pages.

- body_name_tails.join_halves: a body's name the model cut into two at "and" or "for", one half
  with the institution word and the other a remit only ("Union Harmony" + "and" + "Development
  Association of X"; "the State Calm" untagged + "and" + "Renewal Council of X"; "National
  Committee for Unity" + "and" + "Order", the last read as a person). One body again, and the post
  stated at it is read at the whole name.
- mentions._junk_org: "Order" closing a remit after "and" in an institution's name ("Council for
  Calm and Order") is not a document's name ("Executive Order").
"""
import pytest

from tests.conftest import check_entity_case, check_fact_case, entity_case, fact_case, read_text as read

CUT_BODIES = [
    entity_case("The sanctions name the Union Harmony and Development Association of Burma and its leaders.",
                has=[("Organisation", "Union Harmony and Development Association of Burma")],
                lacks=[("Organisation", "Union Harmony")],
                id="remit-half-and-institution-half"),
    entity_case("The curfew was set by the Supreme Council for Calm and Order, which took power on Friday.",
                has=[("Organisation", "Supreme Council for Calm and Order")],
                id="order-closing-a-remit"),
]


@pytest.mark.parametrize("text,has,lacks", CUT_BODIES)
def test_body_cut_at_and(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


CUT_BODY_POSTS = [
    fact_case("Major Lek Thanakorn, a spokesman for the National Committee for Unity and Order, said on Monday "
              "that the curfew stays.",
              present=[("HOLDS_POSITION", "person:lek-thanakorn", "national-committee-for-unity-and-order")],
              id="post-at-remit-cut-by-order"),
]


@pytest.mark.parametrize("text,present,wrong", CUT_BODY_POSTS)
def test_post_at_body_cut_at_and(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
