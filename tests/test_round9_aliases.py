"""Round 9 (al9): a ministry built from a title's portfolio keeps the portfolio as the title
writes it, and a country's ministry keeps the "Department of X" the text writes, as aliases
(rules/written_portfolios.py): readers and the gold name the body as written."""
import pytest

from tests.conftest import read_text as read

# (text, person id, names the body the person holds must have, names it must not have)
CASES = [
    pytest.param("Sok Vanna, the land management minister, resigned on Friday.", "person:sok-vanna",
                 {"Ministry of Land Management", "Land Management Ministry"}, set(), id="lower-case-before-head"),
    pytest.param("Mr Chanda, the rural water supply minister, resigned on Friday.", "person:chanda",
                 {"Ministry of Rural Water Supply"}, set(), id="words-before-the-lexicon-word"),
    pytest.param("Grace Phiri, the Minister of Water Services for Rural Families, opened the meeting in Lusaka.",
                 "person:grace-phiri", {"Ministry of Water Services for Rural Families"}, set(), id="for-inside"),
    pytest.param("Kenyan police arrested Peter Kamau, Chief Officer at the Department of Immigration, on Tuesday.",
                 "person:peter-kamau", {"Department of Immigration"}, set(), id="department-as-written"),
    pytest.param("Second Finance Minister Amir Hamzah met bankers in Kuala Lumpur.", "person:amir-hamzah",
                 set(), {"Ministry of Second Finance", "Second Finance Ministry"}, id="guard-ordinal"),
    pytest.param("Ibrahima Kourouma, Minister of Mines for the Republic of Guinea, was charged.",
                 "person:ibrahima-kourouma", set(), {"Ministry of Mines for Republic", "Ministry of Mines for the Republic"},
                 id="guard-for-a-polity"),
]


def held_body_names(doc, person: str) -> set[str]:
    """Every name and alias of the bodies the person holds a post at."""
    ents = {e.id: e for e in doc.entities}
    bodies = [ents[r.target] for r in doc.relations if r.type == "HOLDS_POSITION" and r.source == person]
    assert bodies, sorted((r.type, r.source, r.target) for r in doc.relations)
    return {n for b in bodies for n in [b.name, *b.aliases]}


@pytest.mark.parametrize("text,person,has,lacks", CASES)
def test_written_names(extractor, text, person, has, lacks):
    names = held_body_names(read(extractor, text), person)
    assert has <= names, f"missing {has - names}; got {sorted(names)}"
    assert not (lacks & names), f"unwanted {lacks & names}"


def test_portfolio_as_written_table():
    from loaders.rules.written_portfolios import portfolio_as_written
    words = "Minister of Macro-economic Planning and Investment Promotion".split()
    assert portfolio_as_written(words, 3, 6) == "Macro-economic Planning and Investment Promotion"
    assert portfolio_as_written("deputy finance minister".split(), 1, 2) is None   # nothing beyond the word
    assert portfolio_as_written("land management minister".split(), 0, 1) == "Land Management"
    assert portfolio_as_written("Minister of Water, Rural Housing".split(), 2, 3) is None   # a comma ends it
