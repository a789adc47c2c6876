"""The body of a post (issue 11, round 9) that the model does not tag.

The office of a head of state or government is the body of its staff's and ministers' posts:
"the Director of Communications of the Presidency", "Cheong Wa Dae spokesperson X",
"Presidential spokesman X" (rules/head_offices.py; gazetteer.json head_offices, body_titles).
It carries the names readers use ("Office of the President", "President's Office"); "his
presidency" (a term) and "the office of president" (the post) are no such body.
A body written in lower case is the body of a post the sentence holds at it: "court of first
instance judge X", "a party inspection committee headed by X", "chairman of the commission"
(rules/common_bodies.py; names.json common_body_heads); "the court adjourned" is none.
A body's capitalised name the title took in, after its last "of" / "for", is the post's body when
it is plainly a body's name ("Head of the Public Associations Department", "Minister of State for
Manicaland East Province", "spokeswoman for rights group The X Network on Y"; rules/complement_bodies.py);
"Director of Public Prosecutions" names none.
The sentences are made up; each states one kind. Read by the real spaCy pipeline."""
import pytest

from graph.schema import ORGANISATION
from tests.conftest import (check_entity_case, check_fact_case, entity_case, fact_case as case, post_at,
                            read_text as read)

HP = "HOLDS_POSITION"


def to_unit(typ, s, t):
    """No post at a "Communications" unit: it is the director's function, not a body."""
    return typ == HP and "communications" in t


CASES = [
    # the office after "of the", in an apposition after the name
    case("Ghana's police chief was replaced, a statement signed by Kofi Mensah, the Director of "
         "Communications of the Presidency, said.",
         [(HP, "person:kofi-mensah", "presidency")], to_unit, id="director-of-presidency"),
    # the seat's name before a staff title
    case("South Korea's Cheong Wa Dae spokesperson Kim Min-ji said the office cooperated with prosecutors.",
         [(HP, "person:kim-min-ji", "presidency")], id="seat-name-before-title"),
    # the adjective "presidential" in the title
    case("Nigeria's army chief was replaced. Presidential spokesman Segun Adeyemi gave no reasons.",
         [(HP, "person:segun-adeyemi", "presidency")], id="presidential-spokesman"),
    # a prime minister's office in lower case, next to the post
    case("Thailand's new governor was named. Somchai Wong, an adviser at the prime minister's office, "
         "welcomed him.",
         [(HP, "person:somchai-wong", "office-of-the-prime-minister")], id="pm-office-lower-case"),
]


@pytest.mark.parametrize("text,present,wrong", CASES)
def test_post_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


NAMES = [
    # the names readers use for the office
    entity_case("Ghana's police chief was replaced, a statement signed by Kofi Mensah, the Director of "
                "Communications of the Presidency, said.",
                {(ORGANISATION, "Office of the President"), (ORGANISATION, "President's Office"),
                 (ORGANISATION, "Presidency of Ghana")}, id="office-names"),
    # a term, and the post itself: no body
    entity_case("Kenya's opposition leader Raila Odinga said during his presidency the Presidency grew, "
                "and that he will seek the office of the president in 2027.",
                (), {(ORGANISATION, "Presidency"), (ORGANISATION, "Office of the President")}, id="term-and-post"),
]


@pytest.mark.parametrize("text,has,lacks", NAMES)
def test_office_names(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


LOWER_CASE = [
    # a post word and the name after the body
    case("Greece's judicial council met on Monday. One of them is court of first instance judge Maria Pappas.",
         [(HP, "person:maria-pappas", "court-of-first-instance")], id="body-then-post-word"),
    # a name adjective inside the body's name, the post word after it
    case("South Africa's opposition met. Deputy federal council chairperson Thomas Nkosi lost the vote.",
         [(HP, "person:thomas-nkosi", "federal-council")], id="adjective-in-body-name"),
    # a lead verb's "by X" after the body, its complement kept
    case("The report goes to the commission of inquiry into state capture headed up by judge Peter Mokoena.",
         [(HP, "person:peter-mokoena", "commission-of-inquiry-into-state-capture")], id="headed-up-by"),
    # "-member" is no word of the body's name
    case("The congress in Laos elected a 7-member party inspection committee headed by Bounmy Keo.",
         [(HP, "person:bounmy-keo", "party-inspection-committee")], id="counted-members-before-body"),
    # a bare body noun after "chairman of the", where the story names no commission
    case("President Bush on Monday named former governor Thomas Keane as chairman of the commission.",
         [(HP, "person:thomas-keane", "commission")], id="bare-noun-after-title-of"),
    # where the story names the commission, the bare noun makes no second body
    case("Sierra Leone's National Electoral Commission has a new head. The president named John Koroma "
         "as chairman of the commission.",
         [], post_at("organisation:commission"), id="bare-noun-story-names-body"),
    # no post held at it: no body
    case("The court adjourned the case of former minister Paul Mensah in Ghana until Monday.",
         [], post_at("organisation:court"), id="court-without-post"),
]


@pytest.mark.parametrize("text,present,wrong", LOWER_CASE)
def test_lower_case_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


COMPLEMENTS = [
    # a body word ends the name
    case("The Treasury designated officials of Belarus.\n\n  • Pavel Ivanovich Sokol, Head of the Public Associations Department",
         [(HP, "person:pavel-ivanovich-sokol", "public-associations-department")], id="body-word-ends-name"),
    # a region's word ends the name
    case("Zimbabwe's new cabinet: Tendai Moyo, Minister of State for Manicaland East Province.",
         [(HP, "person:tendai-moyo", "manicaland-east-province")], id="region-word-ends-name"),
    # a title's field, no body word: no body
    case("Director of Public Prosecutions Noor Haji said the case would go on, and vice mayor of Economic Affairs "
         "Kim Jae-won agreed.",
         [], post_at(":public-prosecutions", ":economic-affairs"), id="field-no-body"),
]


@pytest.mark.parametrize("text,present,wrong", COMPLEMENTS)
def test_complement_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# the title as the title reader hands it on, where the model left the body's name untagged
# (a name the model tags is read by the other rules first)
TITLES = [
    ("spokeswoman for political rights group Alternative Mekong Network on Laos", "Alternative Mekong Network on Laos"),
    ("head of Campo Unido agrarian employers ’ association", "Campo Unido"),
    ("Head of Public Associations Department", "Public Associations Department"),
    ("Minister of State for Manicaland East Province", "Manicaland East Province"),
    ("Director of Public Prosecutions", None),   # a field, no body word
    ("vice mayor of Economic Affairs", None),
    ("Minister of Foreign Affairs", None),   # a portfolio: the ministry is read before
]


@pytest.mark.parametrize("title,body", TITLES, ids=[t for t, _ in TITLES])
def test_complement_body_name(title, body):
    from loaders.rules.complement_bodies import complement_body_name
    assert complement_body_name(title) == body
