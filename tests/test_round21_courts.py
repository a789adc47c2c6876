"""Round 21 (courts): court outcomes told by the sentence noun and a verb that gives it.

A sentence given by a verb of imposing or handing, with the person after "on" or "to": "the
court decided to impose the life sentence on X", "a judge imposed a three-year jail term on X"
(triggers.json phrasal: impose / pass / mete with "on"), and the same phrase as a participle
after the sentence noun: "the sentences imposed on X and Y reflect ...", "the life sentence
handed down by the Appeals Court today to X" (phrasal "object_participle": the noun the
participle describes is the verb's object; rules/phrasal.py).
"""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read

SENTENCE_GIVEN_CASES = [
    event_case("A spokesman says the court decided to impose the life sentence on Mr. Daro Venk because as "
               "governor he severely damaged the province.",
               [("SENTENCE", "person:daro-venk")],
               id="impose-sentence-on"),
    event_case("A judge in Tarvo on Monday imposed a three-year jail term on former mayor Lisa Brandt.",
               [("SENTENCE", "person:lisa-brandt")],
               id="impose-jail-term-on"),
    event_case("\u201cThe sentences imposed on Ivo Marten and Kasia Leer reflect the priority we give to "
               "corruption cases,\u201d the prosecutor said.",
               [("SENTENCE", "person:ivo-marten"), ("SENTENCE", "person:kasia-leer")],
               id="sentences-imposed-on-participle"),
    event_case("The minister said she was very concerned by the life sentence handed down by the Appeals "
               "Court of Norland today to Sheikh Omar Haddi.",
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
