"""Round 21 (courts): court outcomes told by the sentence noun and a verb that gives it.

A sentence given by a verb of imposing or handing, with the person after "on" or "to": "the
court chose to impose a life sentence on X", "a judge imposed a three-year jail term on X"
(triggers.json phrasal: impose / pass / mete with "on"), and the same phrase as a participle
after the sentence noun: "welcomed the sentences imposed on X and Y", "the ten-year
sentence handed down by a court to X" (phrasal "object_participle": the noun the
participle describes is the verb's object; rules/phrasal.py).

A counted group told in a press release's lede ("Two former police officers ... were sentenced")
is not given to the officials the next sentence names as announcing it ("U.S. Attorney A and
Special Agent in Charge B made the announcement", "A and B announced the sentences today"):
rules/groups.counted_subjects skips a sentence whose verb only announces.

An act told by an infinitive on a ranked noun after a copula is the copula's subject's: "X is
the fourth minister to resign since the election", "X became the first provincial chief to face
charges" (rules/ordinal_firsts.py, used by verb_events for resignations and by phrasal for fixed
phrases); not under a modal ("X would be the first minister to resign").

"her client" after a person's lawyer in the same sentence is that person: "X's lawyer told
reporters her client had been released" (rules/reference.client_of; triggers.json lawyer_nouns).
"""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read

SENTENCE_GIVEN_CASES = [
    event_case("On Monday the provincial court chose to impose a life sentence on Mr. Daro Venk for the "
               "bribery scheme.",
               [("SENTENCE", "person:daro-venk")],
               id="impose-sentence-on"),
    event_case("A judge in Tarvo on Monday imposed a three-year jail term on former mayor Lisa Brandt.",
               [("SENTENCE", "person:lisa-brandt")],
               id="impose-jail-term-on"),
    event_case("The prosecutor welcomed the sentences imposed on Ivo Marten and Kasia Leer last week.",
               [("SENTENCE", "person:ivo-marten"), ("SENTENCE", "person:kasia-leer")],
               id="sentences-imposed-on-participle"),
    event_case("Rights groups criticised the ten-year sentence handed down by a Norland court on Monday to "
               "Sheikh Omar Haddi.",
               [("SENTENCE", "person:omar-haddi")],
               id="sentence-handed-down-to-participle"),
]


@pytest.mark.parametrize("text,present,absent", SENTENCE_GIVEN_CASES)
def test_sentence_given_to_a_person(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


SENTENCE_GIVEN_GUARDS = [
    event_case("The government imposed new sanctions on former minister Arvo Pell on Monday.",
               [], [("SENTENCE", "person:arvo-pell")],
               id="sanctions-imposed-guard"),
    event_case("The council imposed a two-term limit on mayor Rita Lomm and her successors.",
               [], [("SENTENCE", "person:rita-lomm")],
               id="term-limit-guard"),
    event_case("The sentence handed to the court by the prosecutor Ines Varga was a draft.",
               [], [("SENTENCE", "person:ines-varga")],
               id="handed-to-the-court-guard"),
]


@pytest.mark.parametrize("text,present,absent", SENTENCE_GIVEN_GUARDS)
def test_sentence_given_guards(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


ANNOUNCERS_CASES = [
    event_case("Two former jail guards from Tarvo County were sentenced to prison terms for taking bribes from "
               "inmates.\n\n"
               "U.S. Attorney Peter Holt and FBI Special Agent in Charge Mara Linn made the announcement.",
               [], [("SENTENCE", "person:mara-linn"), ("SENTENCE", "person:peter-holt"),
                    ("CONVICTION", "person:mara-linn"), ("CONVICTION", "person:peter-holt")],
               id="made-the-announcement"),
    event_case("Two former city councilmen of Norby have been sentenced for their roles in a bribery scheme.\n\n"
               "Assistant Attorney General Ruth Bale and U.S. Attorney Tim Oder announced the sentences today.",
               [], [("SENTENCE", "person:ruth-bale"), ("SENTENCE", "person:tim-oder")],
               id="announced-today"),
]


@pytest.mark.parametrize("text,present,absent", ANNOUNCERS_CASES)
def test_announcers_are_not_the_group(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


COUNTED_GROUP_KEPT = [
    event_case("Two former jail guards from Tarvo County were sentenced to prison terms for taking bribes from "
               "inmates.\n\n"
               "Ansel Brook and Kurt Veil sold phones to the inmates.",
               [("SENTENCE", "person:ansel-brook"), ("SENTENCE", "person:kurt-veil")],
               id="counted-group-still-named"),
]


@pytest.mark.parametrize("text,present,absent", COUNTED_GROUP_KEPT)
def test_counted_group_still_named(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


RANKED_ACT_CASES = [
    event_case("Trade Minister Hiroshi Tanabe was criticised over a land deal.\n\n"
               "Tanabe is the fourth minister to resign since the election in May.",
               [("RESIGNATION", "person:hiroshi-tanabe")],
               id="second-minister-to-resign"),
    event_case("Former provincial party chief Tran Van Minh was arrested in December.\n\n"
               "Minh became the first sitting provincial chief to face charges under the new law.",
               [("CHARGE", "person:tran-van-minh")],
               id="first-member-to-face-charges"),
]


@pytest.mark.parametrize("text,present,absent", RANKED_ACT_CASES)
def test_ranked_noun_act_is_the_subjects(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


RANKED_ACT_GUARDS = [
    event_case("Analysts said Finance Minister Paolo Ferri would be the first minister to resign if the vote failed.",
               [], [("RESIGNATION", "person:paolo-ferri")],
               id="would-be-first-to-resign-guard"),
]


@pytest.mark.parametrize("text,present,absent", RANKED_ACT_GUARDS)
def test_ranked_noun_act_guards(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


CLIENT_CASES = [
    event_case("Former Transport Minister Arvid Holm was questioned by anti-graft officers on Monday.\n\n"
               "Holm's lawyer, Sylvia Marsh, told reporters her client had been released on bail.",
               [("RELEASE", "person:arvid-holm")], [("RELEASE", "person:sylvia-marsh")],
               id="attorney-says-his-client-freed"),
]


@pytest.mark.parametrize("text,present,absent", CLIENT_CASES)
def test_his_client_is_the_lawyers_principal(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


CLIENT_GUARDS = [
    event_case("The lawyer, Sylvia Marsh, said on Monday that her client was released on bail.",
               [], [("RELEASE", "person:sylvia-marsh")],
               id="client-of-no-named-person-guard"),
]


@pytest.mark.parametrize("text,present,absent", CLIENT_GUARDS)
def test_his_client_guards(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
