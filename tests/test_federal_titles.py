"""Officials named by public-service titles as UK, Australian and New Zealand government releases
write them (round 24): British police ranks ("Chief Constable of X Police"), offices held in the
Crown's name ("HM Inspector of Constabulary", loaders/crown_titles.py), an office taken by an
infinitive that a stated appointment or move carries ("has been appointed to take up the dual
roles of A and B", "left ... in order to take up the position of C"), and a subject the parser
hung on its post-nominal letters ("Mr X AO finished ...", "appointed Mr X PSM as Y", "the
reappointment of Mr X AO PSM as Y"). Read by the real spaCy pipeline; the
sentences are made up, the names invented."""
import pytest

from tests.conftest import read_text as read

HP = "HOLDS_POSITION"
HMIC = "organisation:her-majesty-s-inspectorate-of-constabulary"


def facts(doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in doc.relations}


def case(text: str, present=(), absent=(), *, id: str):
    return pytest.param(text, set(present), set(absent), id=id)


CASES = [
    case("Dame Priya Lenthall has been appointed as Her Majesty's Inspector of Constabulary.",
         {(HP, "person:priya-lenthall", HMIC)}, id="as-her-majestys-inspector"),
    case("HM Chief Inspector of Constabulary Thomas Whitfield said the inspection was complete.",
         {(HP, "person:thomas-whitfield", HMIC)}, id="crown-title-before-name"),
    case("He replaces Anwen Tully, who has been HM Inspector of Constabulary since 2019.",
         {(HP, "person:anwen-tully", HMIC)}, id="crown-title-in-relative-clause"),
    case("Ms Helen Varley, who is currently Chief Constable of Cumbria Constabulary, was selected by the panel.",
         {(HP, "person:helen-varley", "organisation:cumbria-constabulary")}, id="chief-constable-of-force"),
    case("Chief Constable Tomas Rendell said the force would cooperate.",
         absent={"person:constable-tomas-rendell"}, id="rank-is-no-part-of-the-name"),
    case("Sian Marwood has been appointed to take up the dual roles of HM Inspector of Constabulary and "
         "Inspector of Fire & Rescue Authorities in England.",
         {(HP, "person:sian-marwood", HMIC)}, id="appointed-to-take-up-dual-roles"),
    case("Kerry Dunmore has been appointed to take up the role of Director of the National Crime Agency.",
         {(HP, "person:kerry-dunmore", "organisation:national-crime-agency")}, id="appointed-to-take-up-role"),
    case("Mr Owen Pratley AO recently left the post of Secretary of the Department of Finance in order to take up "
         "the position of Director-General of the Department of Transport in Victoria.",
         {(HP, "person:owen-pratley", "organisation:ministry-of-transport")}, id="in-order-to-take-up-after-letters"),
    case("The Governor-General appointed Ms Carys Oldfield PSM as Secretary of the Department of Finance.",
         {(HP, "person:carys-oldfield", "organisation:ministry-of-finance")}, id="appointed-name-letters-as"),
    case("I am pleased to announce the reappointment of Mr Neil Hartley AO PSM as Secretary of the Department of Defence.",
         {(HP, "person:neil-hartley", "organisation:ministry-of-defense")}, id="reappointment-of-name-letters-as"),
    case("I am pleased to announce the reappointment of Ms Jane Doyle as Secretary of the Department of Finance.",
         {(HP, "person:jane-doyle", "organisation:ministry-of-finance")}, id="reappointment-of-name-as"),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_a_public_service_title_states_its_post(extractor, text, present, absent):
    doc = read(extractor, text)
    got = facts(doc)
    assert present - got == set()
    ids = {e.id for e in doc.entities}
    assert absent & ids == set()


def test_a_hoped_for_role_is_no_post(extractor):
    """Only a stated appointment or move carries the infinitive: a hope does not."""
    got = facts(read(extractor, "Kerry Dunmore hopes to take up the role of Director of the National Crime Agency."))
    assert not any(t == HP and s == "person:kerry-dunmore" for t, s, _ in got)


def test_a_post_at_a_field_office_is_a_post_at_the_agency(extractor):
    """rules/field_offices.py: "<place> Office of <agency>" in an officials' list."""
    got = facts(read(extractor, "The charges were announced by Marta L. Quiroga, United States Attorney for the "
                                "District of Colorado; and Devin R. Halloran, Special Agent-in-Charge of the Denver "
                                "Office of the Federal Bureau of Investigation."))
    assert (HP, "person:devin-r-halloran", "organisation:federal-bureau-of-investigation") in got


def test_an_office_named_after_a_title_is_no_field_office(extractor):
    got = facts(read(extractor, "Dana Whitcombe, the head of the Office of the Attorney General, resigned."))
    assert not any(t == HP and tg == "organisation:attorney-general" for t, _, tg in got)
