"""Round 15 (asia): whole pages from Asian and Middle Eastern outlets.

A Knesset member's "MK" is a title like "MP" ("Likud MK X", "MKs X and Y"), and a party known by
a bare name that the model reads as a place or a person, or leaves untagged, is the party
("<party> MK X", "the chairman of <party>"; loaders/party_names.py)."""
import pytest

from tests.conftest import (check_entity_case, check_event_case, check_fact_case, entity_case, event_case,
                            fact_case, read_text as read)

MK_CASES = [
    entity_case("Shas MK Eliyahu Revivo was named deputy minister on Monday.",
                [("Person", "Eliyahu Revivo")],
                [("Person", "Shas MK Eliyahu Revivo"), ("Organisation", "Shas MK Eliyahu Revivo")],
                id="party-mk-name-is-the-person"),
    entity_case("The coalition was joined on Sunday by Likud MK Orna Peleg, who was promised a seat.",
                [("Person", "Orna Peleg"), ("Organisation", "Likud")],
                [("Organisation", "Likud MK Orna Peleg")],
                id="party-mk-name-after-by"),
]


@pytest.mark.parametrize("text,has,lacks", MK_CASES)
def test_mk_is_a_title(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


PARTY_CASES = [
    fact_case("Likud MK Avner Golan stepped down as tourism minister on Tuesday.",
              [("MEMBER_OF", "person:avner-golan", "likud")],
              id="untagged-party-before-mk"),
    fact_case("The new housing minister is Shas MK Rafael Ohana, the party said.",
              [("MEMBER_OF", "person:rafael-ohana", "shas")],
              id="party-read-as-place-before-mk"),
    fact_case("The speaker said the agriculture minister, Meretz lawmaker Dana Kaplan, would resign.",
              [("MEMBER_OF", "person:dana-kaplan", "meretz")],
              id="party-before-lawmaker"),
]


@pytest.mark.parametrize("text,present,wrong", PARTY_CASES)
def test_bare_party_name_is_the_party(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)



# "Union" before a portfolio title is India's national government, as "federal" is elsewhere:
# "Union Home Minister X" holds the ministry, not a body named "Union Home" (titles.json modifiers).
UNION_CASES = [
    fact_case("Labour minister Raj Verma has resigned from the Union Cabinet along with Union Education "
              "Minister Kavita Menon, the latter citing health reasons.",
              [("HOLDS_POSITION", "person:kavita-menon", "ministry-of-education")],
              lambda t, s, o: o.endswith("union-education"),
              id="union-education-minister-after-along-with"),
    fact_case("Union Home Minister Ajay Mishra chaired the meeting on Monday.",
              [("HOLDS_POSITION", "person:ajay-mishra", "ministry-of-interior")],
              lambda t, s, o: o.endswith("union-home"),
              id="union-home-minister"),
]


@pytest.mark.parametrize("text,present,wrong", UNION_CASES)
def test_union_minister_holds_the_ministry(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# Portfolios some Asian governments have that ministry_domains lacked (gazetteer.json):
# "Shipping Minister X", "secretary to the shipping ministry", Malaysia's "Rural and Regional Development".
PORTFOLIO_CASES = [
    fact_case("Shipping Minister Khalid Hossain inspected the port on Sunday.",
              [("HOLDS_POSITION", "person:khalid-hossain", "ministry-of-shipping")],
              id="shipping-minister"),
    fact_case("Rina Das, secretary to the shipping ministry, was transferred on Monday.",
              [("HOLDS_POSITION", "person:rina-das", "ministry-of-shipping")],
              id="secretary-to-the-shipping-ministry"),
    fact_case("Rural and Regional Development Minister Idris Jusoh opened the road.",
              [("HOLDS_POSITION", "person:idris-jusoh", "ministry-of-rural-and-regional-development")],
              id="rural-and-regional-development-minister"),
]


@pytest.mark.parametrize("text,present,wrong", PORTFOLIO_CASES)
def test_asian_portfolios_are_ministries(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A Malay style ("Datuk Seri", "Tan Sri", "Datuk") between a title and the name stands where
# "Mr" or "Dr" would: the title before it is still the person's (titles.json style_honorifics).
STYLE_CASES = [
    fact_case("Former Finance Minister Datuk Seri Hamzah Karim was detained by the anti-graft agency today.",
              [("HOLDS_POSITION", "person:hamzah-karim", "ministry-of-finance")],
              id="minister-datuk-seri-name"),
    fact_case("MACC chief commissioner Tan Sri Rosli Hamid confirmed the arrest on Friday.",
              [("HOLDS_POSITION", "person:rosli-hamid", "macc")],
              id="commissioner-tan-sri-name"),
    fact_case("Transport Minister Datuk Lim Wei Ming announced the plan.",
              [("HOLDS_POSITION", "person:lim-wei-ming", "ministry-of-transport")],
              id="minister-datuk-name"),
]


@pytest.mark.parametrize("text,present,wrong", STYLE_CASES)
def test_title_holds_across_a_malay_style(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# An Indonesian regent heads a regency as a governor heads a state: "Blora Regent X" and
# "X, the regent of Lamongan" hold the post at the place (titles.PLACE_HEADS, gazetteer title_heads).
REGENT_CASES = [
    fact_case("Investigators from the anti-graft agency arrested Blora Regent Arif Santoso on Tuesday.",
              [("HOLDS_POSITION", "person:arif-santoso", "blora")],
              id="place-regent-name"),
    fact_case("The commission detained Sri Wahyuni, the regent of Lamongan in East Java, on Friday.",
              [("HOLDS_POSITION", "person:sri-wahyuni", "lamongan")],
              id="name-the-regent-of-place"),
]


@pytest.mark.parametrize("text,present,wrong", REGENT_CASES)
def test_regent_holds_the_regency(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# An appointment made through a decree: the decree's appointee replaces the one named after
# "to replace", not the one who issued the decree (loaders/rules/decrees.py).
DECREE_CASES = [
    fact_case("President Nabil Haddad issued a decree appointing Karim Aziz, who was deputy minister of "
              "finance, to replace Samir Qassem.",
              [("REPLACED", "person:karim-aziz", "person:samir-qassem"),
               ("APPOINTED", "person:nabil-haddad", "person:karim-aziz")],
              lambda t, s, o: t == "REPLACED" and s == "person:nabil-haddad",
              id="issued-a-decree-appointing-to-replace"),
    fact_case("The emir issued a decree appointing Jassim Fahd to replace Hamad Saud.",
              [("REPLACED", "person:jassim-fahd", "person:hamad-saud")],
              id="unnamed-issuer-decree-appointing"),
    fact_case("A royal decree named Faisal Nasser to replace Adel Khouri as head of the royal court.",
              [("REPLACED", "person:faisal-nasser", "person:adel-khouri")],
              id="a-decree-named-to-replace"),
]


@pytest.mark.parametrize("text,present,wrong", DECREE_CASES)
def test_decree_appointee_replaces(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# An unnamed aide or secretary "of President X" / an "X aide" is one who serves X: an event of
# the aide is not X's (rules/phrases._heads, _person_of_title).
SERVANT_CASES = [
    event_case("Prosecutors on Monday indicted a former chief secretary of President Moon Sung-ho and a "
               "former deputy trade minister.",
               absent=[("CHARGE", "person:moon-sung-ho")],
               id="a-secretary-of-president-x"),
    event_case("Police arrested a senior Lee Dong-wook aide at his home on Friday.",
               absent=[("ARREST", "person:lee-dong-wook")],
               id="an-x-aide"),
]


@pytest.mark.parametrize("text,present,absent", SERVANT_CASES)
def test_event_of_one_who_serves_is_not_the_bosss(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# A lower-case qualifier in brackets after a post ("deputy chief commissioner (operations) X",
# "deputy commissioner (central) X") is part of the post, not an end of it (titles.before_bracket).
QUALIFIER_CASES = [
    fact_case("MACC deputy chief commissioner (operations) Datuk Seri Rahim Osman confirmed the arrest.",
              [("HOLDS_POSITION", "person:rahim-osman", "macc")],
              id="commissioner-operations-style-name"),
    fact_case("The arrests were approved by Kolkata Police deputy commissioner (central) Imran Hasan on Monday.",
              [("HOLDS_POSITION", "person:imran-hasan", "kolkata-police")],
              id="commissioner-central-name"),
]


@pytest.mark.parametrize("text,present,wrong", QUALIFIER_CASES)
def test_bracketed_qualifier_keeps_the_post(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "Administrator" heads an agency as "Chairman" does: "<Agency> Administrator X" is X at the
# agency, not one organisation named "... Administrator X" (gazetteer title_heads).
ADMINISTRATOR_CASES = [
    fact_case("The senator criticised Maritime Industry Authority Administrator Rodel Santos on Tuesday.",
              [("HOLDS_POSITION", "person:rodel-santos", "maritime-industry-authority")],
              id="agency-administrator-name"),
    fact_case("He overruled Grains Authority Administrator Jaime Cruz’s order to halt imports.",
              [("HOLDS_POSITION", "person:jaime-cruz", "grains-authority")],
              id="agency-administrator-possessive"),
]


@pytest.mark.parametrize("text,present,wrong", ADMINISTRATOR_CASES)
def test_agency_administrator_holds_the_agency(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "MoS" (Minister of State) before its portfolio and the name, as Indian outlets write: the
# portfolio is the post's, not part of the name nor a body (loaders/portfolio_after_title.py).
MOS_CASES = [
    fact_case("MoS Health Arvind Menon resigned on Wednesday.",
              [("HOLDS_POSITION", "person:arvind-menon", "ministry-of-health")],
              id="mos-portfolio-name"),
    fact_case("The reshuffle also saw MoS Environment Kiran Patil step down from the council of ministers.",
              [("HOLDS_POSITION", "person:kiran-patil", "ministry-of-environment")],
              id="mos-portfolio-name-mid-sentence"),
    fact_case("He resigned early this morning along with MoS Education Rakesh Joshi.",
              [("HOLDS_POSITION", "person:rakesh-joshi", "ministry-of-education")],
              lambda t, s, o: "education-rakesh" in s,
              id="mos-portfolio-name-after-along-with"),
]


@pytest.mark.parametrize("text,present,wrong", MOS_CASES)
def test_mos_portfolio_is_the_post(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
