"""Event rules for events told in subordinate clauses, by nouns and for groups, read by the
real spaCy pipeline. The sentences are made up; each states one general kind."""
from graph.merge import merge
from loaders.sources import RawArticle


def read(extractor, text: str):
    return merge(extractor.extract(RawArticle(source="test", title="Officials news", text=f"Officials news\n\n{text}")))


def events(doc) -> set[tuple[str, str]]:
    return {(e.type, s) for e in doc.events for s in e.role("subject")}


def test_kind_relative_clause_event_under_a_denying_main_verb(extractor):
    got = events(read(extractor, "Viktor Petrenko, who was arrested last week, denied wrongdoing."))
    assert ("ARREST", "person:viktor-petrenko") in got


def test_kind_participle_between_commas_misparsed_as_main_verb(extractor):
    got = events(read(extractor, "Mark Evans, sacked in May, said he would appeal."))
    assert ("DISMISSAL", "person:mark-evans") in got


def test_kind_denied_event_in_a_relative_clause_is_no_event(extractor):
    assert not events(read(extractor, "Mark Evans, who denied that he was sacked, said he would appeal."))


def test_kind_impeached_is_a_removal(extractor):
    got = events(read(extractor, "President Park Min was impeached by parliament on Friday."))
    assert ("DISMISSAL", "person:park-min") in got


def test_kind_retirement_of_coordinated_officials(extractor):
    got = events(read(extractor, "Analysts were surprised by the retirement of foreign minister Win Aung "
                                 "and his deputy Khin Maung Win."))
    assert {("RESIGNATION", "person:win-aung"), ("RESIGNATION", "person:khin-maung-win")} <= got


def test_kind_retired_as_a_title_is_no_event(extractor):
    assert not events(read(extractor, "Retired General Thammarak Isarangura, a party strongman, spoke on Monday."))


def test_kind_plural_successors_replaced_them(extractor):
    doc = read(extractor, "The two ministers, John Kamau and Paul Otieno, were sacked on Friday. "
                          "Peter Mwangi and Daniel Kiprop replaced them.")
    assert {("APPOINTMENT", "person:peter-mwangi"), ("APPOINTMENT", "person:daniel-kiprop")} <= events(doc)
    replaced = {(r.source, r.target) for r in doc.relations if r.type == "REPLACED"}
    assert replaced == {("person:peter-mwangi", "person:john-kamau"), ("person:daniel-kiprop", "person:paul-otieno")}
