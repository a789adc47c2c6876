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
