"""Round 15 (coordinator): leaving nouns and passives the rules did not read.

loaders/rules/noun_events.py (left_as): "accepted the resignation of X as finance minister", "on the
retirement of X as Chief Justice", "announced the dismissal of X as head of the agency": the event
keeps the post, so X held it (a former post) and one appointed to the same post replaces X.
links.json departure_nouns: "sworn in a day after the assassination of President Y": a death is a
departure (rules/departures.after_departure).
rules/verb_events.py: "Also detained were X and Y", the parse hanging the names on "were".
rules/groups.py: "The three defendants named in the indictment are A, a/k/a "A2," B, and C" after "The
three officials were arrested": the list receives the arrest.
"""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case, fact_case, read_text as read

LEFT_AS = [
    fact_case("The president accepted the resignation of John Mbeki as finance minister on Monday.",
              [("HOLDS_POSITION", "person:john-mbeki", "ministry-of-finance")], id="resignation-of-x-as-title"),
    fact_case("The new chief justice will take office on the retirement of Dame Jane Okafor as Chief Justice of Nigeria.",
              [("HOLDS_POSITION", "person:jane-okafor", "judiciary-of-nigeria")], id="retirement-of-x-as-title"),
    fact_case("Peter Lang was appointed Chief Justice of Ghana. He will take office on the retirement of "
              "Jane Okafor as Chief Justice of Ghana.",
              [("REPLACED", "person:peter-lang", "person:jane-okafor")], id="appointed-to-the-post-another-retires-from"),
]


@pytest.mark.parametrize("text,present,wrong", LEFT_AS)
def test_leaving_noun_as_post(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_a_leaving_noun_to_someone_names_no_post(extractor):
    doc = read(extractor, "The president accepted the resignation of John Mbeki on Monday, sent to the cabinet.")
    assert not [e for e in doc.events if e.position], [(e.type, e.position) for e in doc.events]


# data/links.json departure_nouns (rules/departures.after_departure): a death is a departure too.
AFTER_A_DEATH = [
    fact_case("Speaker Raimundo Perreira took the oath of office as president on Tuesday, a day after the "
              "assassination of President Joao Vieira.",
              [("REPLACED", "person:raimundo-perreira", "person:joao-vieira")], id="after-the-assassination-of"),
    fact_case("Vice President Saulos Banda was sworn in as president two days after the death of President Bingu Mwale.",
              [("REPLACED", "person:saulos-banda", "person:bingu-mwale")], id="after-the-death-of"),
    fact_case("Following Thomas Kaba's killing, Vice President Andrew Sesay was sworn in as president.",
              [("REPLACED", "person:andrew-sesay", "person:thomas-kaba")], id="following-x-s-killing"),
]


@pytest.mark.parametrize("text,present,wrong", AFTER_A_DEATH)
def test_taking_office_after_a_death(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# rules/verb_events.py: "Also detained were X and Y", the parse hanging the names on "were".
INVERTED = [
    event_case("Police arrested Tom Kaba on Monday. Also arrested were John Banda and Peter Mwale.",
               {("ARREST", "person:john-banda"), ("ARREST", "person:peter-mwale")}, id="also-arrested-were-x-and-y"),
    event_case("Police detained the former president on Friday. Also detained were the former presidential spokesman, "
               "Abdel Karim Sassi, and head of the Senate, Habib Mansour.",
               {("ARREST", "person:abdel-karim-sassi"), ("ARREST", "person:habib-mansour")},
               id="also-detained-were-title-name-and-title-name"),
    event_case("Police arrested Tom Kaba on Monday. Also present were John Banda and Peter Mwale.",
               set(), {("ARREST", "person:john-banda")}, id="also-present-were-is-no-arrest"),
]


@pytest.mark.parametrize("text,present,absent", INVERTED)
def test_inverted_passive(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# rules/groups.py: "The three defendants named in the indictment are A, a/k/a "A2," B, and C" after
# "The three officials were arrested": "named in" a paper is no appointment of the list's own, and
# the alias that breaks the parse's list still leaves as many names as the subject counts.
GROUP_LISTS = [
    event_case("The three officials were arrested in Miami on Tuesday. The three defendants named in the indictment "
               "are Luis Ortega Ruiz, a/k/a “El Flaco,” Mario Vega Soto, and Pablo Rios Mena.",
               {("ARREST", "person:luis-ortega-ruiz"), ("ARREST", "person:mario-vega-soto"),
                ("ARREST", "person:pablo-rios-mena")}, id="defendants-named-in-indictment-with-alias"),
    event_case("The president named new ministers on Monday. The three ministers named to the cabinet are "
               "John Banda, Peter Mwale and Tom Kaba.",
               {("APPOINTMENT", "person:john-banda"), ("APPOINTMENT", "person:tom-kaba")},
               id="ministers-named-to-the-cabinet-still-appointed"),
    event_case("The two officials were arrested in Miami on Tuesday. The two defendants are Luis Ortega Ruiz, "
               "Mario Vega Soto and Pablo Rios Mena.",
               set(), {("ARREST", "person:pablo-rios-mena")}, id="three-names-for-two-is-no-list"),
]


@pytest.mark.parametrize("text,present,absent", GROUP_LISTS)
def test_group_named_later(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
