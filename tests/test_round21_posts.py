"""Round 21 (posts): posts the extractor missed or gave to the wrong body.

- succession_posts: the post a stated replacement is about, when the replacing words do not name
  it. "X stepped down as T in a ceremony handing power to his successor, Y": Y takes the post X
  left in that sentence; "Y will be the new chief minister of P, replacing X" (Y's other post
  taken the sentence before is not the one: the replacing sentence's own post is), "Y will
  replace X as chairman" (Y's chairmanship read sentences before) and "Y would replace X" (the
  one post Y is said to take, sentences later): X held Y's post before.
- lede_removals: a lede that removes an unnamed holder of a post its agent owns ("President X has
  replaced his defense minister", "has replaced the country's police chief") and the one person
  the next sentences say left ("Y resigned", "Y was sacked"): Y held that post.
"""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read


SUCCESSION_POSTS = [
    fact_case("Velmoran President Ivo Rask has stepped down as chief of the army in a ceremony transferring "
              "power to his hand-picked successor, General Dag Orrin.",
              [("HOLDS_POSITION", "person:dag-orrin", "army")],
              lambda typ, s, t: s == "person:dag-orrin" and post_at("velmora")(typ, s, t),
              id="successor-noun-takes-the-post-left-in-its-sentence"),
    fact_case("The BJP chose Ramesh Varta as its legislature party leader on Tuesday. "
              "Ramesh Varta will be the new chief minister of Haryana, replacing Mohan Singh Dehra.",
              [("HOLDS_POSITION", "person:mohan-singh-dehra", "haryana")],
              lambda typ, s, t: s == "person:mohan-singh-dehra" and post_at("bjp")(typ, s, t),
              id="replacing-predecessor-holds-the-post-of-the-replacing-sentence"),
    fact_case("The Prime Minister has appointed Lord Malik as Chairman of the Velmora Appointments Commission. "
              "Lord Malik is a surgeon and a professor. He has chaired the Velmora Health Honours Committee since 2019. "
              "He sits on several boards. Lord Malik will replace Lord Hollins as chairman in the autumn.",
              [("HOLDS_POSITION", "person:hollins", "velmora-appointments-commission")],
              lambda typ, s, t: s == "person:hollins" and post_at("health-honours-committee")(typ, s, t),
              id="replace-as-named-title-read-far-before"),
    fact_case("Local reports say Mohan Dehra would replace Ravi Tamsin, who resigned on Monday amid the protests. "
              "Officials said the talks would go on. Critics said the move was rushed. Protests continued on Tuesday. "
              "Mohan Dehra was appointed foreign minister on Friday.",
              [("HOLDS_POSITION", "person:ravi-tamsin", "foreign-affairs")],
              id="replace-with-no-title-the-successor-s-one-post-taken-far-after"),
]


@pytest.mark.parametrize("text,present,wrong", SUCCESSION_POSTS)
def test_a_replacement_s_post_stated_apart_from_the_replacing_words(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


LEDE_REMOVALS = [
    fact_case("Colombian President Dario Velasco has replaced his defense minister amid rising violence. "
              "Tomas Arango resigned on Wednesday, saying he would explore new opportunities.",
              [("HOLDS_POSITION", "person:tomas-arango", "ministry-of-defense")],
              id="lede-replaced-his-minister-then-the-one-who-resigned"),
    fact_case("Nigerian President Musa Danjuma has replaced the country's police chief. "
              "Officials said Inspector-General Bala Sadiq was sacked on Wednesday.",
              [("HOLDS_POSITION", "person:bala-sadiq", "police")],
              id="lede-the-country-s-title-then-the-one-sacked"),
]


@pytest.mark.parametrize("text,present,wrong", LEDE_REMOVALS)
def test_a_lede_s_unnamed_removed_holder_is_the_one_said_to_leave_next(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
