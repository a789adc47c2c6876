"""Round 15 (west): what whole pages of European, American and Oceanian outlets state in ways
the rules did not read.

A replacement stated in the passive or by the post taken ("X will be replaced in the role by Y",
"X, to be replaced as treasurer by Y", "his post will be taken over by Y", "Y will take X's
spot") names both persons (loaders/rules/replacements.py)."""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case, fact_case, read_text as read


def _replaced_wrongly(typ, source, target):
    return typ == "REPLACED" and target in ("person:ines-calloway", "person:ruth-adebayo")


REPLACED_CASES = [
    fact_case("Prime Minister Ruth Adebayo removed Martin Oakes as Energy Minister on Sunday.\n\n"
              "Oakes will be replaced in the role by Clara Voss.",
              [("REPLACED", "person:clara-voss", "person:martin-oakes")],
              _replaced_wrongly, id="replaced-in-the-role-by"),
    fact_case("Fisheries Minister Tomas Reyes keeps his job. So too does Ines Calloway. "
              "Not so Peter Landry, to be replaced as treasurer by Omar Haddad.",
              [("REPLACED", "person:omar-haddad", "person:peter-landry")],
              _replaced_wrongly, id="name-to-be-replaced-as-by"),
    fact_case("The trade minister, Hugo Brandt, resigned on Friday. His post will be taken over by "
              "Lena Marsh, who keeps her other portfolio.",
              [("REPLACED", "person:lena-marsh", "person:hugo-brandt")],
              id="his-post-taken-over-by"),
    fact_case("Sam Keller has been dropped from the cabinet.\n\n"
              "Housing Minister Nora Pike will take Keller's spot in the cabinet.",
              [("REPLACED", "person:nora-pike", "person:sam-keller")],
              id="take-someones-spot"),
]


@pytest.mark.parametrize("text,present,wrong", REPLACED_CASES)
def test_replacement_by_the_post_taken(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


@pytest.mark.parametrize("text", [
    "Ines Calloway spoke on Monday. His post will be taken over by Omar Haddad next year.",
    "The office was busy. Its role will be taken over by Omar Haddad's team.",
])
def test_post_taken_over_needs_one_who_left(extractor, text):
    doc = read(extractor, text)
    assert not any(r.type == "REPLACED" for r in doc.relations), [(r.type, r.source, r.target) for r in doc.relations]


# A minister sent to (or heading for) the backbench in a reshuffle leaves the ministry: a
# dismissal (data/triggers.json "phrasal"); a finite verb joined after a modal clause does not
# share its modal ("would not keep ... and now heads to the backbench", rules/hedging.py).
BACKBENCH_CASES = [
    event_case("After the reshuffle, former fisheries minister Dora Lindqvist was relegated to the backbenches.",
               [("DISMISSAL", "person:dora-lindqvist")], id="relegated-to-the-backbenches"),
    event_case("The premier dumped Alan Pryce to the backbench on Friday.",
               [("DISMISSAL", "person:alan-pryce")], id="dumped-object-to-the-backbench"),
    event_case("The new line-up meant Hamish Orr would not be keeping his portfolio and now heads to the backbench.",
               [("DISMISSAL", "person:hamish-orr")], id="finite-conjunct-after-modal-heads-to-backbench"),
    event_case("Treasurer Vince Aldo went to the backbench committee meeting on Friday.",
               [], [("DISMISSAL", "person:vince-aldo")], id="backbench-as-a-modifier-guard"),
    event_case("Ruth Kemp said she would resign and head to the backbenches.",
               [], [("DISMISSAL", "person:ruth-kemp")], id="base-verb-shares-the-modal-guard"),
]


@pytest.mark.parametrize("text,present,absent", BACKBENCH_CASES)
def test_sent_to_the_backbench(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# "President X appointed Y as deputy head of his office": "his office" next to a post, when the
# one person named before it is titled president or prime minister, is that head's office
# (loaders/rules/head_offices.owned_offices; forms in data/gazetteer.json head_offices).
OWNED_OFFICE_CASES = [
    fact_case("President Amara Lind appointed regional governor Tobias Rehn as deputy head of his office on Monday.",
              [("HOLDS_POSITION", "person:tobias-rehn", "presidency")],
              id="president-then-deputy-head-of-his-office"),
    fact_case("Prime Minister Sofia Marr appointed Daniel Becker as chief of staff of her office on Friday.",
              [("HOLDS_POSITION", "person:daniel-becker", "office-of-the-prime-minister")],
              id="prime-minister-then-chief-of-staff-of-her-office"),
]


@pytest.mark.parametrize("text,present,wrong", OWNED_OFFICE_CASES)
def test_office_of_the_head_named_by_his(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


@pytest.mark.parametrize("text", [
    "Governor Lena Fors appointed Tobias Rehn as deputy head of her office on Monday.",
    "President Amara Lind met President Karl Voss, who named Tobias Rehn deputy head of his office.",
    "President Amara Lind said Tobias Rehn would stay in his office until May.",
])
def test_his_office_needs_one_head_and_a_post(extractor, text):
    doc = read(extractor, text)
    assert not any(e.id.endswith(("presidency", "office-of-the-prime-minister")) for e in doc.entities), \
        [e.id for e in doc.entities]


# "Social Policy" is the social ministry's portfolio in several countries (data/gazetteer.json
# ministry_domains): "Deputy Social Policy Minister X", "Minister of Social Policy X".
SOCIAL_POLICY_CASES = [
    fact_case("The government dismissed Deputy Social Policy Minister Petro Hnatiuk on Tuesday.",
              [("HOLDS_POSITION", "person:petro-hnatiuk", "social-welfare")], id="deputy-social-policy-minister"),
    fact_case("Minister of Social Policy Halyna Dovbenko said on Friday that payments would rise.",
              [("HOLDS_POSITION", "person:halyna-dovbenko", "social-welfare")], id="minister-of-social-policy"),
]


@pytest.mark.parametrize("text,present,wrong", SOCIAL_POLICY_CASES)
def test_social_policy_ministry(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
