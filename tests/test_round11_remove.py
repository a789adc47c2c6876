"""Round 11 (remove): a departure awaited in an "until / till" clause is not a fact.

"Protests will go on till X resigns" states a condition still to be met; the same clause told
in the past ("served until he was sacked") did happen (loaders/rules/hedging.py, told_past)."""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read

CASES = [
    event_case("The opposition said it would block every bill till Finance Minister Carla Venner and "
               "Trade Minister Paul Osei step down.",
               absent={("RESIGNATION", "person:carla-venner"), ("RESIGNATION", "person:paul-osei")},
               id="till-they-step-down"),
    event_case("Union leader Amos Kirui said the strike would continue until Labour Minister Ruth Wambui resigns.",
               absent={("RESIGNATION", "person:ruth-wambui")},
               id="until-she-resigns"),
    event_case("Students vowed to stay in the square until Education Minister Hamid Sultani is removed.",
               absent={("DISMISSAL", "person:hamid-sultani")},
               id="until-he-is-removed"),
    event_case("Interior Minister Joseph Kamau held the post for two years until he was sacked by President "
               "Alan Odede in March.",
               present={("DISMISSAL", "person:joseph-kamau")},
               id="past-until-clause-happened"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_until_clause(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# "sent to jail / prison to await trial, pending a hearing, until ...": held before any verdict,
# an arrest (loaders/data/triggers.json phrasal, "with_any"); "sent to prison for five years" is
# the sentence, not an arrest.
SENT_CASES = [
    event_case("Former Transport Minister Grace Achola was sent to jail on Monday to await trial on fraud charges.",
               present={("ARREST", "person:grace-achola")}, id="sent-to-jail-to-await-trial"),
    event_case("A magistrate sent former mayor Tomas Rilke to prison pending a bail hearing next week.",
               present={("ARREST", "person:tomas-rilke")}, id="sent-to-prison-pending-hearing"),
    event_case("Former governor Ibrahim Dauda was sent to prison for five years for embezzlement.",
               absent={("ARREST", "person:ibrahim-dauda")}, id="sent-to-prison-for-years-is-no-arrest"),
    event_case("Former minister Luis Ortega was sent to prison in 2015 after a fraud conviction.",
               absent={("ARREST", "person:luis-ortega")}, id="sent-to-prison-with-no-wait-is-no-arrest"),
]


@pytest.mark.parametrize("text,present,absent", SENT_CASES)
def test_sent_to_jail_awaiting(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# "X dismissed / refuted / dispelled reports that he had been fired": a denied report is no event
# (loaders/data/triggers.json false_reports.denials).
DENIAL_CASES = [
    event_case("Health Minister Peter Mwangi has dismissed reports that he has been fired.",
               absent={("DISMISSAL", "person:peter-mwangi")}, id="dismissed-reports-that-he-was-fired"),
    event_case("The police command refuted reports that former governor Aliyu Bello was arrested on Monday.",
               absent={("ARREST", "person:aliyu-bello")}, id="refuted-reports-of-an-arrest"),
    event_case("Former governor Aliyu Bello was arrested on Monday, the police command said.",
               present={("ARREST", "person:aliyu-bello")}, id="plain-arrest-still-read"),
]


@pytest.mark.parametrize("text,present,absent", DENIAL_CASES)
def test_denied_reports(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# "his" in a clause whose subject is "he", under the main verb, is the main verb's subject,
# not the last name before it (loaders/rules/noun_events.py _clause_subject).
CLAUSE_CASES = [
    event_case("Former Power Minister Daniel Okafor, who was sacked by President Musa Garba on Monday, denied "
               "reports that he fainted on hearing the news of his removal.",
               present={("DISMISSAL", "person:daniel-okafor")}, absent={("DISMISSAL", "person:musa-garba")},
               id="he-fainted-on-news-of-his-removal"),
    event_case("Samuel Adeyemi said he quit the cabinet of President Ibrahim Lawal in March, adding that he still "
               "has a copy of his letter of resignation.",
               present={("RESIGNATION", "person:samuel-adeyemi")}, absent={("RESIGNATION", "person:ibrahim-lawal")},
               id="he-still-has-his-letter-of-resignation"),
]


@pytest.mark.parametrize("text,present,absent", CLAUSE_CASES)
def test_his_event_in_a_he_clause(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
