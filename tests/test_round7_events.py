"""Round 7 event kinds, each seen in several whole stories from several outlets (kept outside
the repository): a leaving stated by a noun ("the departure of Finance Minister X",
rules/leaving_nouns.py); one change verb or copula stated once for several people of a list
("X was sworn in as A, Y as B and Z as C"; "appointed a former governor, X, and former counsel
Y"; "X becomes A while Y is the new B"); a lede's "a former minister was charged" given to the
person the next sentence names even when the parse splits that name (rules/bridging.py); and
what looks like a release but is none ("freeing him up to focus on", a release said of one
person of a list whose other member has a clause of their own). The
sentences are made up; each states one general kind, read by the real spaCy pipeline."""
import pytest

from tests.conftest import check_event_case, event_case as case, read_text as read, relation_facts, subject_events as events


CASES = [
    # a leaving stated by a noun with "of" and the person (triggers.json leaving_nouns)
    case("President Ali Musa carried out a cabinet reshuffle, leading to the departure of Finance Minister John Kamau.",
         {("RESIGNATION", "person:john-kamau")}, id="the-departure-of-x"),
    case("President Ali Musa carried out a cabinet reshuffle, leading to the departure of Finance Minister John Kamau. "
         "Before his departure for Paris, Foreign Minister Peter Otieno met investors.",
         {("RESIGNATION", "person:john-kamau")}, {("RESIGNATION", "person:peter-otieno")},
         id="his-departure-for-paris-is-a-trip"),
    case("The reshuffle led to the departure of Finance Minister John Kamau. The departure of Peter Otieno from the "
         "ruling party weakened the coalition. After the departure of Ali Musa from the country, police searched his "
         "house.", {("RESIGNATION", "person:john-kamau")},
         {("RESIGNATION", "person:peter-otieno"), ("RESIGNATION", "person:ali-musa")},
         id="departure-from-a-party-or-a-country-is-no-resignation"),
    # one verb or copula for several persons of a list (rules/gapped.py, phrases.and_joined_appositions,
    # post_lists.new_holders)
    case("Ali Musa was sworn in as the Foreign Minister, Mary Wanjiru as the Education Minister and Peter Otieno as "
         "the Highways Minister.", {("APPOINTMENT", "person:ali-musa"), ("APPOINTMENT", "person:peter-otieno")},
         id="sworn-in-as-a-then-y-as-b"),
    case("The speaker has appointed a former governor, John Kamau, and former White House counsel Peter Otieno to "
         "the panel.", {("APPOINTMENT", "person:john-kamau"), ("APPOINTMENT", "person:peter-otieno")},
         id="appointed-a-governor-x-and-counsel-y"),
    case("John Kamau becomes Minister for Defence while Mary Wanjiru is the new Minister for Industry, Trade and "
         "Tourism.", {("APPOINTMENT", "person:john-kamau"), ("APPOINTMENT", "person:mary-wanjiru")},
         id="while-y-is-the-new-minister"),
    case("John Kamau becomes Minister for Defence. Peter Otieno said he would resign if Mary Wanjiru is the new "
         "Minister for Industry.", {("APPOINTMENT", "person:john-kamau")}, {("APPOINTMENT", "person:mary-wanjiru")},
         id="if-y-is-the-new-minister-is-no-appointment"),
    # the name that closes the clause after a title object (verb_events.name_closing_clause)
    case("Prime Minister John Kamau has sacked his minister of state for youth and sport, Peter Otieno.",
         {("DISMISSAL", "person:peter-otieno")}, {("DISMISSAL", "person:john-kamau")},
         id="sacked-his-minister-of-state-for-x-y"),
    # no release (triggers.json not_event_particles; verb_events.own_clause_conjuncts)
    case("The court freed John Kamau on Monday. Mr Hipkins has given the Revenue portfolio to Mary Wanjiru, freeing "
         "him up to focus on the economy.", {("RELEASE", "person:john-kamau")}, {("RELEASE", "person:mary-wanjiru")},
         id="freeing-him-up-is-no-release"),
    case("The others are John Kamau, who was released on bail, and Peter Otieno, who has been placed under "
         "electronic monitoring.", {("RELEASE", "person:john-kamau")}, {("RELEASE", "person:peter-otieno")},
         id="a-released-b-with-a-clause-of-his-own"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_kind(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


def test_relative_pronoun_is_the_one_replaced(extractor):
    """"..., Y, who will be replaced by Z": Z replaces Y, not the person who left in an earlier
    sentence (rules/replacements.py)."""
    doc = read(extractor, "Spain confirmed the departure of Deputy Prime Minister Carmen Calvo. Another important "
                          "departure is that of Peter Otieno, the head of the cabinet, who will be replaced by "
                          "Mary Wanjiru.")
    replaced = {(s, t) for typ, s, t in relation_facts(doc) if typ == "REPLACED"}
    assert ("person:mary-wanjiru", "person:carmen-calvo") not in replaced
    assert ("person:mary-wanjiru", "person:peter-otieno") in replaced


def test_split_name_is_still_the_next_subject():
    """"A former minister has been charged ... X Y Z, who served as ..., is accused of ...": when the
    parse hangs the first name on the verb, the name is still the next sentence's subject
    (rules/bridging._subject_token; the lede's event goes to it)."""
    from types import SimpleNamespace

    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from loaders.rules.bridging import _subject_token
    words = ["Ali", "Musa", "Kamau", ",", "is", "accused", "of", "fraud", "."]
    heads = [5, 2, 5, 2, 5, 5, 5, 6, 5]
    deps = ["advcl", "compound", "nsubjpass", "punct", "auxpass", "ROOT", "prep", "pobj", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    mention = SimpleNamespace(start=0, end=3)
    assert doc[0:3].root.text == "Ali"   # what the span's root gives on this parse
    assert _subject_token(doc, mention).text == "Kamau"


def test_headline_minister_is_not_the_prime_minister(extractor):
    """"Kenya's PM sacks minister of state": the story's "prime minister, X" is the one who sacks, not
    the minister sacked (rules/headlines._qualified_title, as recalled.QUALIFIERS)."""
    doc = read(extractor, "Kenya's prime minister, John Kamau, has sacked his minister of state for youth and sport, "
                          "Peter Otieno.", title="Kenya's PM sacks minister of state for youth and sport")
    assert ("DISMISSAL", "person:john-kamau") not in events(doc)
