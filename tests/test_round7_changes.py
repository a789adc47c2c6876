"""Relations of change (issue 11, round 7). A replacement stated by two sentences close together
(one person leaves a post, the next sentence appoints another to it or to no post named:
rules/adjacent_changes.py); a succession to a country's top post told across the story
(rules/successions.py); an arrest written "taken into custody by X"; an anti-graft body a story
describes ("the anti-corruption agency arrested X") when its name says corruption rather than
an arresting word. The sentences are made up; each states one kind. Read by the real spaCy
pipeline; a case lists (relation, source, target) facts it must give, by the end of their ids, and
a test for facts it must not give."""
import pytest

from tests.conftest import no_fact, read_text as read, relation_facts, subject_events

REP, ARR = "REPLACED", "ARRESTED"


def case(text: str, present=(), wrong=no_fact, *, id: str):
    return pytest.param(text, list(present), wrong, id=id)


def replaced(typ, s, t) -> bool:
    return typ == REP


CASES = [
    # a dismissal from a post, then in the next sentence an appointment that names no post
    case("On Wednesday President Amadu Bello sacked Musa Kalu as the director general of the Roads Agency.\n"
         "The president swiftly appointed Grace Obi.",
         [(REP, "grace-obi", "musa-kalu")], id="dismissal-then-appointment-to-no-post"),
    # a resignation of one whose post the story gave, then the body appoints another
    case("Tom Reed, chairman of the Unity Party, stepped down late on Tuesday over a tax probe.\n"
         "The party hastily appointed veteran lawmaker Ann Cole.",
         [(REP, "ann-cole", "tom-reed")], id="resignation-then-appointment"),
    # two sentences apart, the same post joins them
    case("The government fired central bank governor Ali Demir on Saturday.\n"
         "Demir had only been in the role since July.\n"
         "Omer Kaya was named as the new governor.",
         [(REP, "omer-kaya", "ali-demir")], id="two-sentences-apart-same-post"),
    # two sentences apart with no post named: nothing joins them
    case("Interior minister Bacho Kobal resigned on Thursday amid protests.\n"
         "They had been demanding he step down.\n"
         "President Ivan Sarka has appointed Lena Ivers.",
         [], replaced, id="two-apart-without-a-post"),
    # the appointment states a role by a verb, not a post
    case("Interior minister Bacho Kobal resigned on Thursday amid protests.\n"
         "President Ivan Sarka has appointed Lena Ivers to oversee the prison system.",
         [], replaced, id="a-role-stated-by-a-verb"),
    # another change of office between the two: which one is meant is not said
    case("President Amadu Bello sacked Musa Kalu as the director general of the Roads Agency.\n"
         "The president appointed Ken Uba as ambassador to Ghana and then appointed Grace Obi.",
         [], lambda typ, s, t: typ == REP and t.endswith("musa-kalu") and s.endswith("grace-obi"),
         id="another-change-between"),
    # a succession told across the story: the former head ousted, the new one sworn in, "President X"
    case("The army ousted former President Joseph Kalu of Zambia last week.\n"
         "Crowds gathered in the capital on Sunday. Shops reopened and traffic returned to normal.\n"
         "Ruth Ama took the oath of office on Monday. President Ama promised elections.",
         [(REP, "ruth-ama", "joseph-kalu")], id="succession-across-the-story"),
    # one who is made to leave the post in the story is not its new holder
    case("Prime Minister Samak Dube of Thailand must resign, the court ruled.\n"
         "His critics call him a puppet of former Prime Minister Tom Reed, who was deposed in 2006.\n"
         "Protesters cheered the ruling. They vowed to stay.\n"
         "Before assuming office, Mr. Dube hosted a cooking show. After becoming prime minister he left that role.",
         [], replaced, id="a-leaver-is-no-new-holder"),
    # "taken into custody by X" is an arrest by X
    case("Former mayor Patrick Cannon resigned hours after being taken into custody by the FBI.",
         [(ARR, "federal-bureau-of-investigation", "patrick-cannon")], id="taken-into-custody-by"),
    # an anti-graft body described, whose name says "corruption"
    case("Indonesia's anti-corruption agency arrested former sports minister Andi Malik on Thursday.\n"
         "Malik was questioned at the headquarters of the Corruption Eradication Commission (KPK).",
         [(ARR, "corruption-eradication-commission", "andi-malik")], id="anti-corruption-agency-described"),
]


@pytest.mark.parametrize("text, present, wrong", CASES)
def test_a_change_of_office_has_its_relation(extractor, text, present, wrong):
    facts = relation_facts(read(extractor, text))
    for typ, src, tgt in present:
        assert any(t == typ and s.endswith(src) and o.endswith(tgt) for t, s, o in facts), (typ, src, tgt, facts)
    assert not [f for f in facts if wrong(*f)], facts


def test_not_taken_into_custody_is_no_arrest(extractor):
    doc = read(extractor, "The bureau did not take Faryal Talpur into custody on Monday.")
    assert not [e for e in subject_events(doc) if e[0] == "ARREST"]
