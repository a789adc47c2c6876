"""Round 11 (appoint): appointments and nominations as outlets write them.

The one appointed is a person even where the small model read the name as a facility, a
body or nothing: the object (or passive subject) of a verb of appointing with a post after it
(loaders/appointee_names.py)."""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read

APPOINTEE_CASES = [
    event_case("President Amadi on Tuesday nominated Olayinka Bardoso to serve as the new governor of the central bank.",
               {("NOMINATION", "person:olayinka-bardoso")}, id="nominated-name-to-serve-as"),
    event_case("Ahmet Yildirimsek, who held the post until 2018, was appointed as the new Minister of Trade.",
               {("APPOINTMENT", "person:ahmet-yildirimsek")}, id="name-who-clause-was-appointed-as"),
]


@pytest.mark.parametrize("text,present,absent", APPOINTEE_CASES)
def test_appointee_is_a_person(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


OATH_CASES = [
    event_case("Chief Justice Maria Okonjo administered the oath of office and secrecy to Daniel Mwangura on Saturday.",
               {("APPOINTMENT", "person:daniel-mwangura")}, {("APPOINTMENT", "person:maria-okonjo")},
               id="administered-the-oath-to"),
    event_case("The oath of office was administered to Governor Peter Kambala by the chief judge.",
               {("APPOINTMENT", "person:peter-kambala")}, id="oath-was-administered-to"),
]


@pytest.mark.parametrize("text,present,absent", OATH_CASES)
def test_oath_administered_to(extractor, text, present, absent):
    """Administering the oath swears the other in (loaders/data/triggers.json phrasal, "administer")."""
    check_event_case(read(extractor, text), present, absent)


def test_oath_giver_is_no_appointer(extractor):
    """The one who administers the oath (often a judge) is not the one who appointed."""
    doc = read(extractor, "Chief Justice Maria Okonjo administered the oath of office to the new president, "
                          "Daniel Mwangura, on Saturday.")
    assert not any(e.role("agent") for e in doc.events if e.type == "APPOINTMENT")


POSSESSOR_CASES = [
    event_case("Senators criticised President Harlan's nomination of Judge Mary Tolland to the appeals court.",
               {("NOMINATION", "person:mary-tolland")}, {("NOMINATION", "person:harlan")},
               id="possessor-nominates"),
    event_case("Governor Ruth Emeka's appointment of Daniel Okafor as finance commissioner drew protests.",
               {("APPOINTMENT", "person:daniel-okafor")}, {("APPOINTMENT", "person:ruth-emeka")},
               id="possessor-appoints"),
    event_case("Tolland's appointment was welcomed by the bar association.",
               {("APPOINTMENT", "person:tolland")}, id="possessor-without-of-is-appointee"),
]


@pytest.mark.parametrize("text,present,absent", POSSESSOR_CASES)
def test_possessor_of_nomination_is_its_agent(extractor, text, present, absent):
    """'X's nomination of Y': Y is nominated, X is not (loaders/rules/possessor_appoints.py)."""
    check_event_case(read(extractor, text), present, absent)


HOUSE_CASES = [
    event_case("Dr. Helen Marsh was finally confirmed for the job by the Senate on Wednesday.",
               {("APPOINTMENT", "person:helen-marsh")}, id="confirmed-by-the-senate"),
    event_case("The National Assembly confirmed Tomas Ruiz on Tuesday after a long debate.",
               {("APPOINTMENT", "person:tomas-ruiz")}, id="assembly-confirmed-person"),
    event_case("The ministry confirmed Tomas Ruiz had left the country.",
               absent={("APPOINTMENT", "person:tomas-ruiz")}, id="ministry-confirmed-report"),
]


@pytest.mark.parametrize("text,present,absent", HOUSE_CASES)
def test_house_confirmation_is_appointment(extractor, text, present, absent):
    """A legislature's confirmation appoints with no post written (loaders/rules/house_confirmations.py)."""
    check_event_case(read(extractor, text), present, absent)


NUMBERED_CASES = [
    event_case("Daniel Mensah, a veteran appeals judge, became the 12th Chief Justice of the republic on Monday.",
               {("APPOINTMENT", "person:daniel-mensah")}, id="became-the-nth-title"),
    event_case("Last year Tomas Berg became Norland's 31st prime minister.",
               {("APPOINTMENT", "person:tomas-berg")}, id="became-countrys-nth-title"),
    event_case("Ana Ferreira became the first woman to lead the ministry.",
               absent={("APPOINTMENT", "person:ana-ferreira")}, id="first-woman-to-lead-is-no-post"),
]


@pytest.mark.parametrize("text,present,absent", NUMBERED_CASES)
def test_numbered_office_is_a_post(extractor, text, present, absent):
    """An ordinal in figures numbers the holders of a post (loaders/rules/becoming._numbered_office)."""
    check_event_case(read(extractor, text), present, absent)
