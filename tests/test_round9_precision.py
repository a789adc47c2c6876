"""Round 9, precision: what we output that is no one's name, post or event.

- cut_names: a page cut off mid-word ends in a name's fragment, no name ("General Hurl");
  a person's whole words before the fragment stay his name ("Teodoro Obiang Ng" -> "Teodoro Obiang").
- body_positions: a "person" the story writes only where bodies are written is a body
  ("a former Kenda MP", "rogue Jaysh Al-Nur infiltration").
"""
import pytest

from tests.conftest import check_entity_case, entity_case as case, read_text as read

P, O = "Person", "Organisation"

CASES = [
    # cut_names
    case("The inquiry was led by General Peter Hurley for two years. The minister thanked the "
         "staff who served for so long under General Hurl",
         {(P, "Peter Hurley")}, {(O, "General Hurl"), (P, "General Hurl"), (P, "Hurl")}, id="cut-surname"),
    case("The team was led by Attorney Mary K. Olsen, who was appointed in May. The minister thanked "
         "the team on Monday for its work with the court, said Attorney Mary K.",
         {(P, "Mary K. Olsen")}, {(P, "Mary K")}, id="cut-after-initial"),
    case("Governor James Whitfield was sworn in on Tuesday. He will lead the region until the "
         "elections, said a spokesman for Governor James Whitfield",
         {(P, "James Whitfield")}, id="whole-name-at-the-end-kept"),
    case("The court said the assets were bought with bribes paid to Nguema officials in the country. "
         "According to court documents, the buyer is the son of the country's President Teodoro Obiang Ng",
         {(P, "Teodoro Obiang")}, {(P, "Teodoro Obiang Ng")}, id="cut-name-keeps-its-whole-words"),
    # body_positions
    case("Police arrested Deputy Minister Ali Hassan on Friday. He was accused of links to rogue "
         "Jaysh Al-Nur infiltration in the ministry.",
         {(P, "Ali Hassan")}, {(P, "Jaysh Al-Nur")}, id="modifier-of-a-noun"),
    case("Judge Mary Atieno was appointed on Monday. She is a former Kenda MP and a lawyer.",
         {(P, "Mary Atieno"), (O, "Kenda")}, {(P, "Kenda")}, id="after-an-article"),
    case("The new chief was welcomed by the Mogho Naba, the traditional king of the Mossi, on Monday.",
         {(P, "Mogho Naba")}, id="apposed-to-a-post-kept"),
    case("Minister Paul Odhiambo resigned on Friday. He was appointed by the late Sani Abacha in 1995.",
         {(P, "Sani Abacha")}, {(O, "Sani Abacha")}, id="the-late-kept"),
    case("Ambassador Ruth Kamau was recalled on Monday. Barack Obama named her in 2010. She served "
         "under the Obama administration until 2016.",
         {(P, "Barack Obama")}, {(O, "Obama")}, id="named-elsewhere-kept"),
]


@pytest.mark.parametrize("text,has,lacks", CASES)
def test_names(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)
