"""Round 8, names (nm8): a title read as a person, portfolio lists hung on lower-case heads and
a parliament written in lower case (loaders/name_precision.title_ended, loaders/list_heads.py,
loaders/legislatures.py). Sentences of our own; real spaCy.
CASES fail without the round's change; GUARDS are the exceptions the change must keep."""
import pytest

from tests.conftest import check_entity_case, entity_case as case, read_text as read

P, O = "Person", "Organisation"

CASES = [
    # a "person" that ends in a title's word or an honorific is the title, not a name
    case("The new Chairman and Chief Electoral Commissioner for the National Electoral Commission, "
         "Mohamed Kenewui Konneh, took the oath on Tuesday.",
         {(P, "Mohamed Kenewui Konneh")}, {(P, "Electoral Commissioner")}, id="title-adjective-and-title"),
    case("The sergeant major stepped down on Friday, handing the reins to Command Sgt. Maj. Michael Grinston.",
         {(P, "Michael Grinston")}, {(P, "Command Sgt")}, id="rank-and-short-honorific"),
    # portfolio lists on lower-case heads are one name, or none
    case("Finance Minister Patrick Chinamasa has been moved to a new ministry titled the Cyber Security, "
         "Threat Detection and Mitigation portfolio.",
         {(O, "Cyber Security, Threat Detection and Mitigation")},
         {(O, "Cyber Security"), (O, "Threat Detection and Mitigation")}, id="list-before-portfolio"),
    case("The president moved the Minister of State in President's office, Regional Administration and "
         "Local Government, Innocent Bashungwa, to defence.",
         {(O, "Regional Administration and Local Government")},
         {(O, "Regional Administration"), (O, "Local Government")}, id="list-after-body-word"),
    case("Former cabinet Minister Angelah Kairuki has been recalled to serve as the Minister in President's "
         "Office, Regional Administration and Local Government.",
         {(O, "Regional Administration and Local Government")},
         {(O, "Regional Administration"), (O, "Local Government")}, id="list-after-capitalised-body-word"),
    case("Adolfo Rubinstein, up to now the head of Health Promotion, Prevention and Risk Control, was "
         "named health minister.",
         set(), {(O, "Health Promotion"), (O, "Prevention and Risk Control")}, id="list-after-lower-title"),
    case("Aiyaz Sayed-Khaiyum keeps four other portfolios including economy, Civil Service, "
         "Communications and Public Enterprise.",
         set(), {(O, "Communications and Public Enterprise")}, id="list-of-several-portfolios"),
    # a country's parliament written in lower case is that country's parliament
    case("Masked officers entered the Moldovan parliament on Thursday to arrest former Prime Minister Vlad Filat.",
         {(O, "Parliament of Moldova")}, id="parliament-after-adjective"),
    case("The vote that ousted Prime Minister Edward Natapei of Vanuatu failed to notify parliament.",
         {(O, "Parliament")}, id="parliament-alone"),
    # a ministry carries the name its country gives it ("Department of the Treasury": the US's Finance)
    case("US Finance Minister Henry Paulson said on Monday that the United States would act.",
         {(O, "Department of the Treasury"), (O, "U.S. Department of the Treasury")}, id="country-own-department-name"),
]

GUARDS = [
    # a surname that is a title's word or a short honorific stays a name
    case("Former Bank of England governor Mervyn King said Prime Minister John Major was right.",
         {(P, "Mervyn King"), (P, "John Major")}, id="surname-king-stays"),
    case("The changes were announced this week by Prime Minister Hun Sen, who leads the government.",
         {(P, "Hun Sen")}, id="surname-sen-stays"),
]

GUARDS += [
    # "members of parliament", "a bloc in parliament", "the European parliament": no country's parliament
    case("Kenyans choose a new president and members of parliament on Tuesday, the largest bloc in parliament said.",
         set(), {(O, "Parliament"), (O, "Parliament of Kenya")}, id="parliament-kind-of-post-or-place"),
    case("Aden Duale was named defence minister.\n\n[2]http://www.example.org/content/kenya-parliament-backs-new-pm/41 11111.html",
         set(), {(O, "Parliament"), (O, "Parliament of Kenya")}, id="parliament-in-a-link"),
]


@pytest.mark.parametrize("text,has,lacks", CASES + GUARDS)
def test_names(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


def test_headline_place_and_title(extractor):
    """"Solomon Islands PM sacks ministers" (a headline): the place and the title, no person."""
    doc = read(extractor, "Solomon Islands prime minister Dr Derek Sikua has sacked five government ministers.",
               title="Solomon Islands PM sacks ministers")
    check_entity_case(doc, {(P, "Derek Sikua")}, {(P, "Solomon Islands PM")})
