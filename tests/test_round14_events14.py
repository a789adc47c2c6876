"""Round 14 (events14): who does the event an infinitive names.

"The minister refused, prompting the president to sack him": the infinitive hung on a verb with
its own object is done by that object (loaders/rules/controllers.py), not by the governing
clause's subject."""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case, fact_case, read_text as read

CONTROL_CASES = [
    fact_case("Security Minister Kofi Mensah was asked to step down on Friday. But the minister refused, "
              "prompting President Adam Osei to sack him from his government.",
              [("DISMISSED", "person:adam-osei", "person:kofi-mensah")],
              lambda t, s, o: t == "DISMISSED" and s == "person:kofi-mensah",
              id="prompting-named-president-to-sack"),
    fact_case("President Adam Osei met Security Minister Kofi Mensah on Friday. The minister refused to "
              "resign, prompting the president to sack him.",
              [("DISMISSED", "person:adam-osei", "person:kofi-mensah")],
              lambda t, s, o: t == "DISMISSED" and s == "person:kofi-mensah",
              id="prompting-the-president-to-sack"),
    fact_case("Interior Minister Joseph Bako refused to quit, forcing President Maria Lopes to dismiss him.",
              [("DISMISSED", "person:maria-lopes", "person:joseph-bako")],
              lambda t, s, o: t == "DISMISSED" and s == "person:joseph-bako",
              id="forcing-named-president-to-dismiss"),
]


@pytest.mark.parametrize("text,present,wrong", CONTROL_CASES)
def test_object_of_governing_verb_acts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_no_person_object_keeps_the_subject(extractor):
    """"used his powers to sack X": the object is no person, so the one who used them acts."""
    doc = read(extractor, "President Adam Osei used his powers to sack Security Minister Kofi Mensah on Friday.")
    check_fact_case(doc, [("DISMISSED", "person:adam-osei", "person:kofi-mensah")], lambda t, s, o: False)


# The possessor of an event noun with an of-phrase did the act (loaders/rules/possessor_acts.py).
POSSESSOR_FACTS = [
    fact_case("The military action follows President Peter Moyo’s dismissal of his vice president, James Banda.",
              [("DISMISSED", "person:peter-moyo", "person:james-banda")],
              lambda t, s, o: t == "DISMISSED" and o == "person:peter-moyo",
              id="possessor-dismissal-of-appositive-name"),
]


@pytest.mark.parametrize("text,present,wrong", POSSESSOR_FACTS)
def test_possessor_of_event_noun_acts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


POSSESSOR_EVENTS = [
    event_case("The military action follows President Peter Moyo’s dismissal of his vice president, James Banda.",
               present={("DISMISSAL", "person:james-banda")}, absent={("DISMISSAL", "person:peter-moyo")},
               id="possessor-is-no-dismissed"),
    event_case("Protesters objected to interim leader Luis Ortega's dismissal of the cabinet and the dissolution "
               "of the National Assembly.",
               absent={("DISMISSAL", "person:luis-ortega")},
               id="dismissal-of-a-body-dismisses-no-possessor"),
    event_case("Former minister Luis Ortega was convicted of fraud in May. His sentence of five years was upheld.",
               present={("SENTENCE", "person:luis-ortega")},
               id="sentence-of-years-stays-the-possessors"),
    event_case("Former minister Luis Ortega was detained in May. Ortega's arrest followed a long inquiry.",
               present={("ARREST", "person:luis-ortega")},
               id="arrest-without-of-stays-the-possessors"),
]


@pytest.mark.parametrize("text,present,absent", POSSESSOR_EVENTS)
def test_possessor_of_event_noun_is_no_subject(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
