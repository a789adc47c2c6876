"""Round 16 merge: two guards where the europe branch's party and name mends met other outlets'
pages (round 15's probe of Indian outlets).

- party_names.party_before_post and party_posts.post_after_party: a party named by a portfolio's
  word ("Labour minister X") is the portfolio, as before round 16: the post goes to the Ministry
  of Labour, and no organisation "Labour" is made.
- minister_of_names: "Minister of State for <portfolio> Ministry X": the body word after the
  portfolio is not the start of the name.
"""
from tests.conftest import check_fact_case, read_text as read

INDIA = ("India's cabinet was reshuffled on Wednesday.\n\n"
         "NEW DELHI: Labour minister Ravi Kumar quit on Tuesday, hours before the swearing-in.\n\n"
         "Minister of State for Rural Development Ministry Meera Joshi also quit.")


def test_labour_minister_is_the_portfolio(extractor):
    doc = read(extractor, INDIA)
    check_fact_case(doc, [("HOLDS_POSITION", "person:ravi-kumar", "ministry-of-labour")],
                    lambda t, s, o: s == "person:ravi-kumar" and o.endswith(":labour"))
    assert "Labour" not in {e.name for e in doc.entities}


def test_ministry_word_before_a_name(extractor):
    doc = read(extractor, INDIA)
    names = {e.name for e in doc.entities if e.label == "Person"}
    assert "Meera Joshi" in names and not any(n.startswith("Ministry") for n in names), names
    assert any(e.name.endswith("Ministry of Rural Development") for e in doc.entities), \
        sorted(e.name for e in doc.entities)
