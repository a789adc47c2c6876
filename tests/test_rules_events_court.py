"""Event rules for court and custody prose and for persons named after they are described,
read by the real spaCy pipeline. The sentences are made up; each states one general kind."""
from graph.merge import merge
from loaders.sources import RawArticle


def events(extractor, text: str) -> set[tuple[str, str]]:
    doc = merge(extractor.extract(RawArticle(source="test", title="Court news", text=f"Court news\n\n{text}")))
    return {(e.type, s) for e in doc.events for s in e.role("subject")}


def test_kind_pleaded_guilty_is_a_conviction(extractor):
    got = events(extractor, "Former mayor Daniel Okafor pleaded guilty on Monday to wire fraud.")
    assert ("CONVICTION", "person:daniel-okafor") in got


def test_kind_found_guilty_active_and_passive(extractor):
    got = events(extractor, "Carla Mendes was found guilty of bribery by a federal jury. "
                            "A jury found Peter Lund guilty on all counts.")
    assert {("CONVICTION", "person:carla-mendes"), ("CONVICTION", "person:peter-lund")} <= got


def test_kind_pleaded_not_guilty_is_a_charge_not_a_conviction(extractor):
    got = events(extractor, "Former governor James Miller pleaded not guilty to the charges.")
    assert ("CHARGE", "person:james-miller") in got
    assert ("CONVICTION", "person:james-miller") not in got


def test_kind_faces_charges_but_not_the_announcer(extractor):
    got = events(extractor, "Mayor Patrick Dunne faces federal theft and bribery charges. "
                            "Prosecutor Helen Ward announced three officers have surrendered to face charges.")
    assert ("CHARGE", "person:patrick-dunne") in got
    assert ("CHARGE", "person:helen-ward") not in got


def test_kind_could_face_charges_is_no_event(extractor):
    assert not events(extractor, "Minister Omar Haddad could face charges.")


def test_kind_described_in_the_lede_named_in_the_next_sentence(extractor):
    got = events(extractor, "A court has granted bail to a former minister charged with corruption. "
                            "The anti-graft bureau arrested John Banda, a former finance minister, last week.")
    assert {("RELEASE", "person:john-banda"), ("CHARGE", "person:john-banda")} <= got


def test_kind_accused_once_wanted_is_charged(extractor):
    got = events(extractor, "The government issued an arrest warrant for the vice president, Karim Saleh. "
                            "A spokesman said Saleh is accused of terrorism.")
    assert ("CHARGE", "person:karim-saleh") in got


def test_kind_accused_without_custody_is_not_charged(extractor):
    got = events(extractor, "The education minister, George Otieno, is accused of taking part in the scandal. "
                            "He resigned on Monday.")
    assert ("CHARGE", "person:george-otieno") not in got


def test_kind_unsaid_accusation_is_not_a_charge(extractor):
    got = events(extractor, "Police arrested Michael Brown on Monday. The police did not say what he was accused of.")
    assert ("ARREST", "person:michael-brown") in got and ("CHARGE", "person:michael-brown") not in got


def test_kind_lone_surname_after_full_name(extractor):
    got = events(extractor, "Former governor Hugo Tamez Villarreal appeared in court on Monday. "
                            "Judge Anna Ruiz sentenced Tamez to nine years in prison.")
    assert ("SENTENCE", "person:hugo-tamez-villarreal") in got


def test_kind_press_release_lede_then_the_named_subject(extractor):
    got = events(extractor, "A former county commissioner was sentenced today to 48 months in prison for accepting "
                            "bribes. John Smith, 54, of Sumter, pleaded guilty in May to one count of bribery.")
    assert {("SENTENCE", "person:john-smith"), ("CONVICTION", "person:john-smith")} <= got


def test_kind_lede_description_with_a_named_person_in_it_is_not_bridged(extractor):
    got = events(extractor, "Judge Ann Lee sentenced a former commissioner on Monday. "
                            "Peter Brown, the prosecutor, welcomed the ruling.")
    assert ("SENTENCE", "person:peter-brown") not in got
