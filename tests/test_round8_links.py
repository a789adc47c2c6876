"""Round 8 (links between a person and a body both in the graph): a lead verb in the clause
shapes the parser reads wrong (rules/lead_clauses.py) and a pronoun carried through a run of
sentences that name no one (lead_clauses.chained_antecedent); fellow members of a party named
before a name (rules/party_fellows.py); a legislator's title before a name in a story naming its house
(rules/legislature_seats.py)."""
import pytest

from tests.conftest import check_fact_case, fact_case as case, read_text as read


def _holds(person: str, body_end: str):
    return ("HOLDS_POSITION", f"person:{person}", body_end)


def _no_post_for(person: str, body_end: str = ""):
    return lambda typ, src, tgt: typ == "HOLDS_POSITION" and src == f"person:{person}" and tgt.endswith(body_end)


RELATIVE_LEADS = [
    case("Police questioned Peter Mwangi on Monday. The Green Unity Party, which Mwangi heads, "
         "called the questioning a political vendetta.",
         [_holds("peter-mwangi", "green-unity-party")], id="which-surname-heads"),
    case("Anna Kiprop was arrested on Friday. The National Intelligence Service, which Kiprop used to head, "
         "said she faces fraud charges.",
         [_holds("anna-kiprop", "national-intelligence-service")], id="which-used-to-head"),
    case("The reform plan, which Peter Mwangi led to a vote, failed on Monday.",
         [], _no_post_for("peter-mwangi"), id="which-led-to-is-no-body"),
]

PRONOUN_RUNS = [
    case("John Okello was a former commander of the Northern Brigade. He led rebel units in the north.\n\n"
         "In 2004 he became a senator. He heads the Democratic Reform Party, the third largest party.",
         [_holds("john-okello", "democratic-reform-party")], id="he-after-two-pronoun-sentences"),
    case("Mary Tembo joined the Bank of Zambia in 1990. She rose through the ranks quickly.\n\n"
         "In 2004 she moved to London. She served as deputy governor of the Bank of Zambia from 2010 to 2015.",
         [_holds("mary-tembo", "bank-of-zambia")], id="she-served-as-after-a-run"),
    case("Mary Tembo joined the Bank of Zambia in 1990. She rose through the ranks quickly.\n\n"
         "In 2004 she moved to London. She was sworn in as governor of the Bank of Zambia in 2010.",
         [_holds("mary-tembo", "bank-of-zambia")], id="she-sworn-in-as-after-a-run"),
    case("John Okello was a former commander of the Northern Brigade. The war ended in 2003.\n\n"
         "Elections followed in 2004. He heads the Democratic Reform Party, the third largest party.",
         [], _no_post_for("john-okello", "democratic-reform-party"), id="run-broken-by-sentences-without-him"),
]


@pytest.mark.parametrize("text,present,wrong", RELATIVE_LEADS + PRONOUN_RUNS)
def test_lead_clauses(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def _member(person: str, party_end: str):
    return ("MEMBER_OF", f"person:{person}", party_end)


PARTY_FELLOWS = [
    case("Former minister Harold Banda and two of his former Freedom Alliance Party (FAP) colleagues, "
         "Dr Mary Tembo and Joseph Phiri, appeared in court on Monday.",
         [_member("mary-tembo", "freedom-alliance-party"), _member("joseph-phiri", "freedom-alliance-party")],
         id="party-acronym-colleagues-list"),
    case("Green Unity Party deputy leader Anna Kiprop was sworn in as foreign minister. Her defence post "
         "will be held by her fellow party member Peter Mwangi.",
         [_member("peter-mwangi", "green-unity-party")], id="fellow-party-member-bare-party"),
    case("The minister met World Bank colleagues, Dr Mary Tembo and Joseph Phiri, on Monday.",
         [], lambda typ, src, tgt: typ == "MEMBER_OF", id="colleagues-of-no-party"),
]


@pytest.mark.parametrize("text,present,wrong", PARTY_FELLOWS)
def test_party_fellows(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def _any_post_at(word: str):
    return lambda typ, src, tgt: typ == "HOLDS_POSITION" and word in tgt


LEGISLATOR_SEATS = [
    case("The Senate confirmed the nominee on Monday. Republican Senator Mary Tembo voted against him.",
         [_holds("mary-tembo", "senate")], id="party-senator-in-a-story-naming-the-senate"),
    case("Guatemala's new Congress was sworn in on Tuesday. Former congresswoman Aracely Mendez was arrested "
         "on Wednesday.",
         [_holds("aracely-mendez", "congress")], id="former-congresswoman-named-congress"),
    case("Senator Mary Tembo said the plan would fail.",
         [], _any_post_at("senate"), id="no-senate-named"),
    case("The North Carolina Senate and the United States Senate both met. Senator Mary Tembo said the plan "
         "would fail.",
         [], _any_post_at("senate"), id="two-senates-named"),
]


@pytest.mark.parametrize("text,present,wrong", LEGISLATOR_SEATS)
def test_legislator_seats(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
