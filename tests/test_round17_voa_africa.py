"""Round 17 (voa_africa): posts as Voice of America's Africa and Middle East stories write them.

An age written before a title in apposition ("X, the 59-year-old former finance minister, said";
"X, a 45-year-old deputy governor") is the person's, not the title's: the post is read past it
(loaders/age_words.py, used by rules/titles.title_tokens)."""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read

AGE_CASES = [
    fact_case("Halima Osei, the 61-year-old former finance minister, said the budget was sound.",
              [("HOLDS_POSITION", "person:halima-osei", "ministry-of-finance")],
              id="the-age-former-portfolio-minister"),
    fact_case("Police detained Bakari Ndege, a 47-year-old former health minister, in Dodoma on Monday.",
              [("HOLDS_POSITION", "person:bakari-ndege", "ministry-of-health")],
              id="an-age-after-a-verb"),
    fact_case("Mr. Tambo, the 52 year old interior minister, resigned on Friday.",
              [("HOLDS_POSITION", "person:tambo", "ministry-of-interior")],
              id="the-age-unhyphenated"),
]


@pytest.mark.parametrize("text,present,wrong", AGE_CASES)
def test_age_before_title(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_age_is_not_in_the_title(extractor):
    doc = read(extractor, "Omar Saleh, the 66-year-old leader of the Unity Front, rejected the results.")
    titles = [r.properties.get("title", "") for r in doc.relations if r.type == "HOLDS_POSITION"]
    assert titles and not any("year" in t for t in titles), titles
