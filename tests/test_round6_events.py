"""Round 6 event kinds. Whole stories from many outlets (kept outside the repository) state an
appointment with "become" as often as with "appointed": "X became president in 2008", "Y will
become the Minister of Justice", "Z is to become his private secretary", "leaves the post to
become deputy prime minister" (loaders/rules/becoming.py). The sentences are made up; each
states one general kind, read by the real spaCy pipeline."""
import pytest

from tests.conftest import read_text as read, subject_events as events


def case(text: str, present=(), absent=(), *, id: str):
    """One made-up text, the events it must give and the events it must not give."""
    return pytest.param(text, set(present), set(absent), id=id)


CASES = [
    # "become" and a post (loaders/rules/becoming.py)
    case("Prime Minister Chris Walker said Ginny Anders will become the Minister of Justice.",
         {("APPOINTMENT", "person:ginny-anders")}, id="will-become-the-minister"),
    case("Kieran Doyle will become the Minister for Regional Development, which fits his current portfolio.",
         {("APPOINTMENT", "person:kieran-doyle")}, id="will-become-with-a-relative-clause"),
    case("The president said Gustavo Ruiz is to become his private secretary.",
         {("APPOINTMENT", "person:gustavo-ruiz")}, id="is-to-become"),
    case("Foreign Minister Somchai Wongsawat leaves the post he held for four years to become a deputy prime minister.",
         {("APPOINTMENT", "person:somchai-wongsawat")}, id="leaves-the-post-to-become"),
    case("Mohamed Rasheed became president of the Maldives in 2008.",
         {("APPOINTMENT", "person:mohamed-rasheed")}, id="became-president"),
    case("Ali Musa, who became governor in 2010, was arrested on Monday.",
         {("APPOINTMENT", "person:ali-musa"), ("ARREST", "person:ali-musa")}, id="who-became-governor"),
    # not an appointment: each beside one that is, so the case fails without the rule
    case("Ali Musa became governor in 2010. Yoshiro Tanaka is expected to win a vote on Wednesday to become prime minister.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:yoshiro-tanaka")}, id="expected-to-become"),
    case("Ali Musa became governor in 2010. Somchai Wongsawat is a candidate to become United Nations secretary-general.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:somchai-wongsawat")}, id="a-candidate-to-become"),
    case("Ali Musa became governor in 2010. Peter Otieno could become the next finance minister.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:peter-otieno")}, id="could-become"),
    case("Ali Musa became governor in 2010. Peter Otieno wants to become president.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:peter-otieno")}, id="wants-to-become"),
    case("Ali Musa became governor in 2010. John Kamau became a lawyer in 1990.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:john-kamau")}, id="became-a-lawyer"),
    case("Ali Musa became governor in 2010. Defense Minister Walter Ayala announced his resignation, becoming the "
         "second minister to leave the cabinet.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:walter-ayala")}, id="the-second-minister-to-leave"),
    case("Ali Musa became governor in 2010. Kim Dae-sung became the country's first sitting president to be detained.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:kim-dae-sung")}, id="first-president-to-be-detained"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_kind(extractor, text, present, absent):
    got = events(read(extractor, text))
    assert present - got == set()
    assert absent & got == set()
