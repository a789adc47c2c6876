"""The body of a post (issue 11, round 8) that the title alone names.

A title's portfolio of several parts joined by "and" or commas is one portfolio, however it is
written: "forest and environment minister", "Co-operatives and Internal Trade Minister" (a
hyphenated first part), "his minister of state for youth and sport, X", "X, the minister for
youth and sport,", "X is the new Finance and Economic Development minister" -- the ministry is
the whole list, not its last or first part. A chief justice in a story that names no court
heads the country's judiciary, not a "Supreme Court" the story never mentions; a court the story
names stays the post's body. The sentences are made up; each states one kind. Read by the real spaCy pipeline; a case lists (relation, person,
body) facts it must give, the body by the end of its id, and a test for facts it must not give."""
import pytest

from tests.conftest import check_fact_case, fact_case as case, read_text as read

HP = "HOLDS_POSITION"


def cut_to(*ends):
    """No post goes to a ministry of one part of the list."""
    return lambda typ, s, t: typ == HP and t.endswith(ends)


CASES = [
    # lower-case list before the head, the name after it
    case("Former forest and environment minister Tariq Hossain was arrested in Bangladesh on Tuesday.",
         [(HP, "person:tariq-hossain", "ministry-of-forest-and-environment")],
         cut_to("ministry-of-environment", "ministry-of-forestry"), id="lower-case-list-before-head"),
    # a hyphenated first part ("Co" "-" "operatives" to the tokenizer)
    case("Former Co-operatives and Internal Trade Minister Johnston Perera was remanded in Sri Lanka.",
         [(HP, "person:johnston-perera", "ministry-of-co-operatives-and-internal-trade")],
         cut_to("ministry-of-trade"), id="hyphenated-first-part"),
    # the list after "minister of state for", in an apposition before the name
    case("Fiji's prime minister has sacked his minister of state for youth and sport, Rajesh Kumar.",
         [(HP, "person:rajesh-kumar", "ministry-of-youth-and-sport")],
         cut_to("ministry-of-youth"), id="minister-of-state-for-list-before-name"),
    # the same list in an apposition after the name
    case("Rajesh Kumar, the minister for youth and sport, was sacked in Fiji on Friday.",
         [(HP, "person:rajesh-kumar", "ministry-of-youth-and-sport")],
         cut_to("ministry-of-youth"), id="minister-for-list-after-name"),
    # the list before the head in a "to be" sentence (the head is the list's sixth word)
    case("Dr Tendai Moyo is the new Finance and Economic Development minister of Zimbabwe.",
         [(HP, "person:tendai-moyo", "ministry-of-finance-and-economic-development")], id="copula-list-before-head"),
]


@pytest.mark.parametrize("text, present, wrong", CASES)
def test_a_title_s_portfolio_list_is_one_portfolio(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


JUDICIARY_CASES = [
    case("Zambia's new president took the oath of office in Lusaka before Chief Justice Mumba Malila.",
         [(HP, "person:mumba-malila", "judiciary-of-zambia")], cut_to("supreme-court"), id="no-court-named"),
    case("The inquiry in South Africa is headed by deputy chief justice Thandi Mokoena.",
         [(HP, "person:thandi-mokoena", "judiciary-of-south-africa")], cut_to("supreme-court"), id="deputy-no-court-named"),
    case("The commission of inquiry is headed by deputy chief justice Thandi Mokoena.",
         [(HP, "person:thandi-mokoena", "organisation:judiciary")], cut_to("supreme-court"), id="no-court-no-country"),
]


@pytest.mark.parametrize("text, present, wrong", JUDICIARY_CASES)
def test_a_chief_justice_heads_the_judiciary(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
