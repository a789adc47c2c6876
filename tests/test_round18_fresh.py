"""Round 18 (fresh): titles of several words whose last words look like a body or a name.

"Chief of the Defence Staff", "Chief Operating Officer", "Assistant Desk Officer", "Chargé
d'Affaires", "Chief of Cabinet" are one title each (titles.json title_phrases): the model reads
their tail ("Defence Staff", "Operating Officer", "U.S. Charge", "Salvadoran Chief of Cabinet")
as an organisation or a person, and the title rules then give the holder a post at that junk
body. A phrase wrapped over two lines ("Special Agent" / "in Charge of ...") is still the
phrase, and what is left of a cut span loses its leading lower-case words ("of Nigeria").
"""
import pytest

from tests.conftest import check_entity_case, check_fact_case, entity_case, fact_case, read_text as read

TITLE_TAIL_CASES = [
    entity_case("Chief of the Defence Staff Admiral Sir Peter Holloway said the review would report in May.",
                has={("Person", "Peter Holloway")},
                lacks={("Organisation", "Defence Staff")},
                id="chief-of-the-defence-staff"),
    entity_case("The Chief of the Air Staff of Ruritania, Air Marshal Tomas Verhoek, opened the base.",
                has={("Person", "Tomas Verhoek")},
                lacks={("Organisation", "Air Staff"), ("Organisation", "Air Staff of Ruritania"),
                       ("Organisation", "of Ruritania")},
                id="chief-of-the-air-staff-of-place"),
    entity_case("She will be the first Chief Operating Officer for the agency, reviewing its structures.",
                lacks={("Person", "Operating Officer"), ("Organisation", "Operating Officer")},
                id="chief-operating-officer"),
    entity_case("1994 to 1996 Foreign Office, Assistant Desk Officer, Treaty Department",
                lacks={("Person", "Desk Officer"), ("Organisation", "Desk Officer")},
                id="assistant-desk-officer"),
    entity_case("The ministry summoned the U.S. Charge d’Affaires in Valdonia for talks on Friday.",
                lacks={("Organisation", "U.S. Charge"), ("Organisation", "U.S. Charge d’Affaires")},
                id="charge-d-affaires"),
    entity_case("Officials said Salvadoran Chief of Cabinet Rosa Elena Quintanilla was involved in the purchases.",
                has={("Person", "Rosa Elena Quintanilla")},
                lacks={("Organisation", "Salvadoran Chief of Cabinet"), ("Organisation", "Salvadoran Cabinet")},
                id="chief-of-cabinet"),
]


@pytest.mark.parametrize("text,has,lacks", TITLE_TAIL_CASES)
def test_title_tails_are_no_body(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


def _junk_staff(typ, source, target):
    return typ == "HOLDS_POSITION" and target.endswith("defence-staff")


POST_CASES = [
    fact_case("Chief of the Defence Staff Admiral Sir Peter Holloway said: I welcome the appointment.",
              [], _junk_staff, id="no-post-at-defence-staff"),
]


@pytest.mark.parametrize("text,present,wrong", POST_CASES)
def test_no_post_at_a_title_tail(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_wrapped_title_phrase_is_no_body(extractor):
    """A release wrapped at a fixed width: "Special Agent" ends one line and "in Charge of the X
    Administration's ..." opens the next. The wrapped phrase is one title, not a body "Charge of
    the X Administration" that the field division would then be part of."""
    text = ("Two former officials of a state power company were charged in an indictment\n"
            "unsealed today for their alleged roles in laundering the proceeds of bribes\n"
            "paid to win contracts for companies based in the United States. The charges\n"
            "follow the guilty pleas of two businessmen earlier this month for conspiring\n"
            "to pay the officials.\n"
            "Nadia Verhoef, U.S. Attorney for the Northern\n"
            "District of Illinois, Owen R. Bellamy, Assistant Attorney General of the\n"
            "Justice Department’s Criminal Division, and Peter J. Lindqvist, Special Agent\n"
            "in Charge of the Drug Enforcement Administration’s Chicago Field Division (DEA\n"
            "Chicago), made the announcement.\n")
    orgs = {e.name for e in read(extractor, text).entities if e.label == "Organisation"}
    assert not any(n.startswith("Charge") for n in orgs), orgs


# A body's name that the model cut just before its last word(s), leaving them untagged or as a
# body of their own: an office word that names a body too ("... Ombudsman"), one capitalised word
# after "<Head> of X" ("Department of Parliamentary" + "Advisers"), "and Cabinet" after "of
# <head of government>" ("Department of Premier" + "and Cabinet").
BODY_TAIL_CASES = [
    entity_case("The review was chaired by Joan Whitcombe, chief executive of the Local Government and "
                "Social Care Ombudsman.",
                has={("Organisation", "Local Government and Social Care Ombudsman")},
                lacks={("Organisation", "Local Government and Social Care")},
                id="ombudsman-ends-the-body"),
    entity_case("Martin Olsen was named acting Health Service Ombudsman on Monday.",
                has={("Organisation", "Health Service Ombudsman")},
                lacks={("Organisation", "Health Service")},
                id="ombudsman-as-the-post"),
    entity_case("Before that she headed the South Australian Department of Premier and Cabinet as its chief "
                "executive until 2019.",
                has={("Organisation", "South Australian Department of Premier and Cabinet")},
                lacks={("Organisation", "South Australian Department of Premier"), ("Organisation", "Cabinet")},
                id="premier-and-cabinet"),
    entity_case("In 2012 the Joint Department of Parliamentary Advisers (Jdpa) listed her among the most "
                "effective senators.",
                has={("Organisation", "Joint Department of Parliamentary Advisers")},
                lacks={("Organisation", "Joint Department of Parliamentary")},
                id="one-word-after-head-of-x"),
]


@pytest.mark.parametrize("text,has,lacks", BODY_TAIL_CASES)
def test_last_words_of_a_body_name(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


POST_AT_FULL_BODY_CASES = [
    fact_case("The review was chaired by Joan Whitcombe, chief executive of the Local Government and "
              "Social Care Ombudsman.",
              [("HOLDS_POSITION", "person:joan-whitcombe", "local-government-and-social-care-ombudsman")],
              id="post-at-the-ombudsman"),
]


@pytest.mark.parametrize("text,present,wrong", POST_AT_FULL_BODY_CASES)
def test_post_at_the_whole_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
