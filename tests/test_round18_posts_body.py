"""Round 18 (posts_body): posts whose body was never read, and posts given to another body.

- post_verbs._office_object: an office noun names the post after an appointing verb's "for" or
  "with" ("was tapped for the position of tourism minister", "has been rewarded with the
  position of minister of health"; titles.json office_prep_verbs), or as the object of a verb
  of regaining ("recovered the portfolio of commerce minister"); "named A as T1 and B to the X
  portfolio" gives B the X ministry (the person right before "to"), and the appointment's post
  T1 stays A's (event_posts._cut_at_next_name drops the subjects named inside the post phrase).
"""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read


def _holds(source: str, target: str):
    return lambda typ, s, t: typ == "HOLDS_POSITION" and s == source and t.endswith(target)


OFFICE_NOUNS = [
    fact_case("Also promoted on Monday was Dana Levi, who was tapped for the position of tourism minister.",
              [("HOLDS_POSITION", "person:dana-levi", "ministry-of-tourism")], [],
              id="tapped-for-the-position-of"),
    fact_case("Another ally, John Kamara, has been rewarded with the position of minister of health.",
              [("HOLDS_POSITION", "person:john-kamara", "ministry-of-health")], [],
              id="rewarded-with-the-position-of"),
    fact_case("Deputy Prime Minister Arun Chai has recovered the portfolio of commerce minister, which he "
              "held before.",
              [("HOLDS_POSITION", "person:arun-chai", "ministry-of-trade")], [],
              id="recovered-the-portfolio-of"),
    fact_case("The new finance minister is a banker, while the president named allies Pablo Ortega as "
              "interior minister and Luis Vega to the agriculture portfolio.",
              [("HOLDS_POSITION", "person:luis-vega", "ministry-of-agriculture"),
               ("HOLDS_POSITION", "person:pablo-ortega", "ministry-of-interior")],
              _holds("person:luis-vega", "ministry-of-interior"),
              id="named-b-to-the-portfolio-after-a-as-t1"),
]


@pytest.mark.parametrize("text,present,wrong", OFFICE_NOUNS)
def test_posts_named_through_an_office_noun(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
