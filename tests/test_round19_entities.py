"""Round 19 (entities): names the extractor gave as persons or bodies that the text does not
name as such.

- portfolio_orgs: a title's portfolio read as a body when words stand between the title and
  its portfolio ("Secretary of State for A, B and C" -> "B and C"; "Minister of State
  (Independent Charge) for X"; "Director General, X & Y"; "Adviser on X and Y"). Right after
  "Minister of" the portfolio is kept: the title rules read the ministry from it.
"""
import pytest

from tests.conftest import check_entity_case, entity_case, read_text as read

PORTFOLIO_AS_BODY = [
    entity_case("Mara Ellison was named Secretary of State for Housing, Transport and Rural Affairs on Monday.",
                has=[("Person", "Mara Ellison")],
                lacks=[("Organisation", "Transport and Rural Affairs")],
                id="secretary-of-state-for-list"),
    entity_case("Vikram Sood, who was Minister of State (Independent Charge) for Labour and Employment, "
                "resigned on Monday.",
                lacks=[("Organisation", "Labour and Employment")],
                id="bracketed-charge-then-portfolio"),
    entity_case("Owen Pryce is currently Director General, Strategy & External Affairs in the Welsh Government.",
                has=[("Organisation", "Welsh Government")],
                lacks=[("Organisation", "Strategy & External Affairs")],
                id="director-general-comma-portfolio"),
    entity_case("She was the Premier's Senior Adviser on Transformation and Social Care until May.",
                lacks=[("Organisation", "Transformation and Social Care")],
                id="adviser-on-portfolio"),
    entity_case("Minister of Tonga Financial Services, Trade and Industry, Paul Vake has resigned.",
                has=[("Person", "Paul Vake")],
                lacks=[("Organisation", "Trade and Industry")],
                id="minister-of-country-portfolio-list"),
]


@pytest.mark.parametrize("text,has,lacks", PORTFOLIO_AS_BODY)
def test_portfolio_read_as_body(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)
