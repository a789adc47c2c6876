"""Round 8, court reporting: a lede that names the accused only by a description ("A former
interior minister ... appeared in court on corruption charges", "The former army commander who
lost the election has been arrested") gives its event to the person the story then names
(rules/lede_subjects.py, and rules/bridging.described_later for court phrases); a person in the
complement of a conjunct of that description ("minister and mentor of X") is not the accused.
The body that arrests is the article's body that a generic agent ("South Korean investigators",
"the country's military") or a unit named after the body ("NBI-National Capital Region
operatives") stands for (rules/phrases.agent_phrase, rules/arresting_bodies.py). A pronoun that
stands for a person the story does not name (initials, "the detained prosecutor", "the deposed
strongman") gives its event to no named person (rules/unnamed_antecedents.py). An act a charging
paper or the prosecution states ("according to the indictment, X solicited bribes", "prosecutors
say X took a commission") is a CHARGE (rules/charge_sources.py)."""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case as case, fact_case, read_text as read

CASES = [
    case("A former minister appeared in court on charges of fraud. Peter Otieno, 63, is the sixth minister "
         "to be judged by the court.",
         {("CHARGE", "person:peter-otieno")}, id="court-phrase-description-named-next-with-title"),
    case("A former interior minister and mentor of John Kamau appeared in court yesterday on three corruption "
         "charges. Peter Otieno, 83, is only the sixth minister to be tried by the court. Mr Otieno denies "
         "any wrongdoing.",
         {("CHARGE", "person:peter-otieno")}, {("CHARGE", "person:john-kamau")},
         id="mentor-of-is-not-the-accused"),
    case("A former minister and close ally of John Kamau was charged with fraud on Monday. Peter Otieno was "
         "minister of finance from 2001 to 2005. Otieno denies the charges.",
         {("CHARGE", "person:peter-otieno")}, {("CHARGE", "person:john-kamau")},
         id="ally-of-is-not-the-accused"),
    case("The former army commander who lost the presidential election has been arrested by the military. "
         "Supporters of Peter Otieno say he was taken away by troops. Otieno, a former army commander, "
         "denies any wrongdoing.",
         {("ARREST", "person:peter-otieno")}, id="definite-description-story-person"),
    case("The former army commander who lost the presidential election has been arrested by the military. "
         "Supporters of former General Peter Otieno say he was taken away by troops. Otieno's lawyer called "
         "the arrest illegal.",
         {("ARREST", "person:peter-otieno")}, id="rank-family-commander-is-the-general"),
    case("Police have arrested the former regime's interior minister. John Kamau, a spokesman for former "
         "President Peter Otieno, said police arrested Mary Wanjiru on Wednesday. Otieno denied any theft. "
         "Otieno left office in April.",
         set(), {("ARREST", "person:peter-otieno")}, id="most-named-without-the-title-is-not-the-person"),
    case("Prosecutors are set to indict a former mayor of the city. Prosecutors plan to indict Peter Otieno, "
         "who resigned as mayor. Otieno denies the charges.",
         set(), {("CHARGE", "person:peter-otieno")}, id="planned-act-on-a-description"),
    # guards of the mechanism (they hold without it too): the story's person is not the description's
    case("President John Kamau opened a school on Monday. A former minister was arrested on Tuesday. "
         "Police gave no details. Kamau later visited the school again.",
         set(), {("ARREST", "person:john-kamau")}, id="someone-named-before-the-description"),
    case("A former minister was arrested on Tuesday, President John Kamau said. Police gave no details. "
         "Kamau later visited the school again.",
         set(), {("ARREST", "person:john-kamau")}, id="story-person-beside-the-description"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_lede_description(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


AGENTS = [
    fact_case("South Korean investigators arrested former minister John Kamau on Wednesday. The Corruption "
              "Investigation Office said he was being questioned on charges of bribery.",
              [("ARRESTED", "organisation:corruption-investigation-office", "person:john-kamau")],
              id="investigators-are-the-investigating-body"),
    fact_case("Former Kenyan army chief John Kamau has been arrested by the country's military. Supporters say "
              "he was taken away by troops on Monday.",
              [("ARRESTED", "organisation:kenya-military", "person:john-kamau")], id="the-countrys-military"),
    fact_case("Former mayor John Kamau was placed under arrest by NBI-National Capital Region operatives on "
              "Monday. The National Bureau of Investigation (NBI) said he had been hiding abroad.",
              [("ARRESTED", "organisation:national-bureau-of-investigation", "person:john-kamau")],
              lambda typ, source, target: typ == "ARRESTED" and "capital-region" in source,
              id="unit-after-the-bodys-acronym"),
]


@pytest.mark.parametrize("text,present,wrong", AGENTS)
def test_arresting_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


PRONOUNS = [
    case("V.A., who was visiting a friend, was handcuffed and assaulted by former police chief John Kamau. "
         "He was then jailed for four days before being released.",
         set(), {("RELEASE", "person:john-kamau"), ("SENTENCE", "person:john-kamau")},
         id="initials-victim-then-he"),
    case("President Peter Otieno directed Prosecutor General John Kamau to dismiss the district prosecutor. "
         "The detained prosecutor, identified as B.G., has served since 2022. He was apprehended by the "
         "security service on Monday.",
         set(), {("ARREST", "person:john-kamau")}, id="described-suspect-then-he"),
    case("Former president Peter Otieno was convicted of graft, judge John Kamau said. During his trial, the "
         "deposed strongman appeared several times in a cage.",
         {("CONVICTION", "person:peter-otieno")}, {("CHARGE", "person:john-kamau")},
         id="his-before-an-unnamed-subject"),
    # guard: a pronoun after a named subject still stands for that person
    case("Former minister Peter Otieno was convicted of fraud on Monday. He was jailed for five years.",
         {("SENTENCE", "person:peter-otieno")}, id="he-after-a-named-subject"),
]


@pytest.mark.parametrize("text,present,absent", PRONOUNS)
def test_unnamed_antecedent(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


SOURCES = [
    case("According to the March 24 indictment unsealed today, between 2010 and 2016, former comptroller "
         "John Kamau allegedly solicited over $10 million in bribe payments.",
         {("CHARGE", "person:john-kamau")}, id="according-to-the-indictment"),
    case("Former governor John Kamau and his wife are alleged to have accepted gifts, according to the grand "
         "jury indictment.",
         {("CHARGE", "person:john-kamau")}, id="alleged-according-to"),
    case("The Department of Justice alleged that former governor John Kamau attempted to sell the Senate seat.",
         {("CHARGE", "person:john-kamau")}, id="prosecuting-body-alleged-that"),
    case("Prosecutors say former minister John Kamau took a commission from each contract.",
         {("CHARGE", "person:john-kamau")}, id="prosecutors-say"),
    # guards: a plan the prosecution announces, an act another source states
    case("Prosecutors said former minister John Kamau would appear in court on Monday.",
         set(), {("CHARGE", "person:john-kamau")}, id="planned-not-charged"),
    case("According to the police, former minister John Kamau fled the country in May.",
         set(), {("CHARGE", "person:john-kamau")}, id="not-a-charging-source"),
]


@pytest.mark.parametrize("text,present,absent", SOURCES)
def test_charge_source(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
