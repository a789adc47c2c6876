"""Event rules for court and custody prose and for persons named after they are described,
read by the real spaCy pipeline. The sentences are made up; each states one general kind."""
import pytest

from tests.conftest import read_text, subject_events


def events(extractor, text: str) -> set[tuple[str, str]]:
    return subject_events(read_text(extractor, text, title="Court news"))


def case(text: str, present=(), absent=(), *, none: bool = False, id: str):
    """One made-up text, the (event type, subject) pairs it must give and must not give; none:
    it gives no event at all."""
    return pytest.param(text, set(present), set(absent), none, id=id)


CASES = [
    case("Former mayor Daniel Okafor pleaded guilty on Monday to wire fraud.",
         {("CONVICTION", "person:daniel-okafor")}, id="pleaded-guilty-is-conviction"),
    case("Carla Mendes was found guilty of bribery by a federal jury. A jury found Peter Lund guilty on all counts.",
         {("CONVICTION", "person:carla-mendes"), ("CONVICTION", "person:peter-lund")},
         id="found-guilty-active-and-passive"),
    case("Former governor James Miller pleaded not guilty to the charges.",
         {("CHARGE", "person:james-miller")}, {("CONVICTION", "person:james-miller")},
         id="pleaded-not-guilty-is-charge-not-conviction"),
    case("Mayor Patrick Dunne faces federal theft and bribery charges. "
         "Prosecutor Helen Ward announced three officers have surrendered to face charges.",
         {("CHARGE", "person:patrick-dunne")}, {("CHARGE", "person:helen-ward")}, id="faces-charges-not-announcer"),
    case("Minister Omar Haddad could face charges.", none=True, id="could-face-charges-no-event"),
    case("A court has granted bail to a former minister charged with corruption. "
         "The anti-graft bureau arrested John Banda, a former finance minister, last week.",
         {("RELEASE", "person:john-banda"), ("CHARGE", "person:john-banda")},
         id="described-in-lede-named-next-sentence"),
    case("The government issued an arrest warrant for the vice president, Karim Saleh. "
         "A spokesman said Saleh is accused of terrorism.",
         {("CHARGE", "person:karim-saleh")}, id="accused-once-wanted-is-charged"),
    case("The education minister, George Otieno, is accused of taking part in the scandal. He resigned on Monday.",
         absent={("CHARGE", "person:george-otieno")}, id="accused-without-custody-not-charged"),
    case("Police arrested Michael Brown on Monday. The police did not say what he was accused of.",
         {("ARREST", "person:michael-brown")}, {("CHARGE", "person:michael-brown")},
         id="unsaid-accusation-not-charge"),
    case("Former governor Hugo Tamez Villarreal appeared in court on Monday. "
         "Judge Anna Ruiz sentenced Tamez to nine years in prison.",
         {("SENTENCE", "person:hugo-tamez-villarreal")}, id="lone-surname-after-full-name"),
    case("A former county commissioner was sentenced today to 48 months in prison for accepting "
         "bribes. John Smith, 54, of Sumter, pleaded guilty in May to one count of bribery.",
         {("SENTENCE", "person:john-smith"), ("CONVICTION", "person:john-smith")},
         id="press-release-lede-then-named-subject"),
    case("Judge Ann Lee sentenced a former commissioner on Monday. Peter Brown, the prosecutor, welcomed the ruling.",
         absent={("SENTENCE", "person:peter-brown")}, id="lede-with-named-person-not-bridged"),
]


@pytest.mark.parametrize("text, present, absent, none", CASES)
def test_kind(extractor, text, present, absent, none):
    got = events(extractor, text)
    assert present - got == set()
    assert absent & got == set()
    if none:
        assert got == set()
