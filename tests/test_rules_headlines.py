"""The headline reader (loaders/rules/headlines.py) on made-up headlines and ledes, with the
real spaCy pipeline: each test states one kind of headline."""
from graph.merge import merge
from loaders.sources import RawArticle


def events(extractor, title: str, body: str) -> set[tuple[str, str]]:
    doc = merge(extractor.extract(RawArticle(source="test", title=title, text=body)))
    return {(e.type, s) for e in doc.events for s in e.role("subject")}


def test_kind_headline_title_only_subject_named_in_the_lede(extractor):
    got = events(extractor, "Kenya's President Sacks Finance Minister",
                 "Finance Minister John Kamau had been under pressure for weeks over the budget.")
    assert ("DISMISSAL", "person:john-kamau") in got


def test_kind_headline_passive_and_intransitive(extractor):
    assert ("ARREST", "person:john-kamau") in events(
        extractor, "Former Kenyan Minister Arrested",
        "John Kamau, a former finance minister, was taken to a police station in Nairobi on Monday.")
    assert ("RESIGNATION", "person:peter-mwangi") in events(
        extractor, "Kenya Energy Minister Peter Mwangi Steps Down Over Scandal",
        "Peter Mwangi said the scandal had made his work impossible.")


def test_kind_headline_names_new_leader(extractor):
    got = events(extractor, "Niger Junta Names New Leader",
                 "Niger's military junta said Friday its leader is squadron chief Salou Djibo.")
    assert ("APPOINTMENT", "person:salou-djibo") in got


def test_kind_hedged_or_questioning_headline_gives_nothing(extractor):
    body = "Finance Minister John Kamau had been under pressure for weeks over the budget."
    assert not events(extractor, "Protesters Call for Finance Minister to Resign", body)
    assert not events(extractor, "Will the President Sack the Finance Minister?", body)


def test_kind_headline_about_a_relative_is_not_about_the_named_man(extractor):
    got = events(extractor, "Hun Sen Relative Tapped as Police Chief",
                 "Prime Minister Hun Sen said on Monday the new chief would serve the nation.")
    assert ("APPOINTMENT", "person:hun-sen") not in got


def test_kind_transitive_retires_is_not_the_subject_resigning(extractor):
    got = events(extractor, "Morsi Retires Defence Minister Tantawi",
                 "President Mohamed Morsi on Sunday surprised the army. Hussein Tantawi had led it for years.")
    assert ("RESIGNATION", "person:mohamed-morsi") not in got


def test_kind_headline_past_tense_with_object_is_not_a_passive(extractor):
    got = events(extractor, "Presidency Explains Why Buhari Sacked Two Ministers",
                 "President Muhammadu Buhari reviewed the performance of the cabinet in Abuja.")
    assert ("DISMISSAL", "person:muhammadu-buhari") not in got


def test_kind_headline_gets_years_in_jail_is_a_sentence(extractor):
    got = events(extractor, "Kamau Gets 14 Years in Jail", "Former governor Ruth Kamau heard the ruling on Monday.")
    assert ("SENTENCE", "person:ruth-kamau") in got


def test_kind_headline_two_names_resign(extractor):
    got = events(extractor, "Ruth Kamau and Peter Obi Resign From Cabinet",
                 "Ruth Kamau and Peter Obi wrote to the president on Monday.")
    assert {("RESIGNATION", "person:ruth-kamau"), ("RESIGNATION", "person:peter-obi")} <= got


def test_kind_headline_counted_group_named_in_the_lede(extractor):
    body = ("Prime Minister Ariel Sharon dismissed two ministers on Friday. Sharon summoned Transport Minister "
            "Avi Lerner and Tourism Minister Benny Elon to his office.")
    got = events(extractor, "Sharon Fires 2 Cabinet Ministers", body)
    assert {("DISMISSAL", "person:avi-lerner"), ("DISMISSAL", "person:benny-elon")} <= got
    assert ("DISMISSAL", "person:ariel-sharon") not in got
    assert not {("DISMISSAL", "person:avi-lerner")} <= events(extractor, "Sharon Fires 3 Cabinet Ministers", body) - \
        events(extractor, "Sharon Meets Cabinet Ministers", body)


def test_kind_headline_designates_without_a_post_is_no_appointment(extractor):
    got = events(extractor, "The United States Designates Sri Lankan Governor",
                 "The United States has designated Peter Mensah, Governor of North Western Province, for abuses.")
    assert not {e for e in got if e[0] == "APPOINTMENT"}
