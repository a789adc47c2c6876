"""Round 11 (court): court phrasings seen in news from many countries.

"is serving a ten-year prison term" and "got 10 years in prison" state a SENTENCE (and so a
CONVICTION) without the verb "sentence" (rules/phrasal.py, 'object_modifiers' and
'object_counted' in data/triggers.json); "entered a plea of not guilty" is the written-out "not
guilty plea" (a CHARGE), and a plea still to be entered is no event (rules/noun_events.guilty_finding); a court that
"accepted the charges against X" (Brazil's way of putting a case to trial) states X's CHARGE
(charge_presupposing_verbs). "X was on Friday charged": the date phrase between "was" and the
participle made the parser read "was" as the main verb (rules/dated_participles.py)."""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read

CASES = [
    event_case("Former customs chief Aldo Mensah is serving a twelve-year prison term for fraud.",
               present={("SENTENCE", "person:aldo-mensah"), ("CONVICTION", "person:aldo-mensah")},
               id="serving-prison-term"),
    event_case("Last March, former governor Celia Varga began a seven-year jail term in the capital.",
               present={("SENTENCE", "person:celia-varga")}, id="began-jail-term"),
    event_case("Governor Celia Varga is serving a second term after winning the vote.",
               absent={("SENTENCE", "person:celia-varga"), ("CONVICTION", "person:celia-varga")},
               id="serving-a-term-in-office-no-event"),
    event_case("The court jailed the former mayor for eight years, while former treasurer Omar Lindqvist got six "
               "years in prison.",
               present={("SENTENCE", "person:omar-lindqvist"), ("CONVICTION", "person:omar-lindqvist")},
               id="got-years-in-prison"),
    event_case("Former trade minister Omar Lindqvist received 15 years in absentia.",
               present={("SENTENCE", "person:omar-lindqvist")}, id="received-years-in-absentia"),
    event_case("Finance minister Omar Lindqvist received five years of funding for the port plan.",
               absent={("SENTENCE", "person:omar-lindqvist")}, id="received-years-of-something-no-event"),
    event_case("Coach minister Omar Lindqvist got two more years on his contract.",
               absent={("SENTENCE", "person:omar-lindqvist")}, id="got-years-on-contract-no-event"),
    event_case("Appearing in court on Monday, former senator Rita Obuya entered a plea of not guilty.",
               present={("CHARGE", "person:rita-obuya")}, absent={("CONVICTION", "person:rita-obuya")},
               id="plea-of-not-guilty"),
    event_case("Former senator Rita Obuya entered a plea of guilty to two counts of fraud.",
               present={("CONVICTION", "person:rita-obuya")}, id="plea-of-guilty"),
    event_case("Former senator Rita Obuya will enter a guilty plea next week, her lawyer said.",
               absent={("CONVICTION", "person:rita-obuya")}, id="future-guilty-plea-no-event"),
    event_case("The top court accepted the charges against former president Omar Lindqvist on Tuesday.",
               present={("CHARGE", "person:omar-lindqvist")}, id="court-accepted-charges-against"),
    event_case("Prosecutors are preparing charges against former president Omar Lindqvist.",
               absent={("CHARGE", "person:omar-lindqvist")}, id="charges-being-prepared-no-event"),
    event_case("Former Kebbi governor Musa Adeyemi was on Friday charged by the anti-graft agency with stealing "
               "state funds.", present={("CHARGE", "person:musa-adeyemi")}, id="was-on-friday-charged"),
    event_case("Former Kebbi governor Musa Adeyemi was last week charged with stealing state funds.",
               present={("CHARGE", "person:musa-adeyemi")}, id="was-last-week-charged"),
    event_case("Former senator Rita Obuya is expected to enter a plea of guilty.",
               absent={("CONVICTION", "person:rita-obuya")}, id="expected-guilty-plea-no-event"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_court_phrasings(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
