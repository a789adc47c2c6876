"""Round 24, the country of a national post in stories that name officials of several countries
(loaders/rules/counterparts.py; loaders/mentions.article_countries). The sentences are made up,
names invented; each states one general construction."""
import pytest

from tests.conftest import read_text as read

HP = "HOLDS_POSITION"


def posts(doc) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in doc.relations if r.type == HP}


@pytest.mark.parametrize("text, present, absent", [
    # a head of state's counterpart: the other country's head of state
    ("Ghana's President Kofi Mensah and his Togolese counterpart, Jean Agbo, opened the border post on Friday.",
     {("person:jean-agbo", "organisation:togo"), ("person:kofi-mensah", "organisation:ghana")}, set()),
    # a minister's counterpart, the name right after the noun
    ("Kenyan Foreign Minister John Kamau met his Ugandan counterpart Sam Okello in Nairobi on Monday.",
     {("person:sam-okello", "organisation:uganda-ministry-of-foreign-affairs"),
      ("person:john-kamau", "organisation:kenya-ministry-of-foreign-affairs")}, set()),
    # no possessive, "with Turkish counterpart Y"
    ("Foreign Minister Ivan Petrov held talks with Turkish counterpart Mehmet Yilmaz on Monday in Sofia, Bulgaria. "
     "Bulgaria wants a deal.",
     {("person:mehmet-yilmaz", "organisation:turkey-ministry-of-foreign-affairs"),
      ("person:ivan-petrov", "organisation:bulgaria-ministry-of-foreign-affairs")}, set()),
    # a post whose counterparts elsewhere have another title
    ("Secretary of State Anna Miller met her Russian counterpart, Pavel Orlov, in Geneva.",
     {("person:pavel-orlov", "organisation:russia-ministry-of-foreign-affairs")}, set()),
    # the name before the noun, the official after it
    ("Peter Mwale, his Zambian counterpart, welcomed Malawi's President John Banda at the airport.",
     {("person:peter-mwale", "organisation:zambia"), ("person:john-banda", "organisation:malawi")}, set()),
    # the official named in the sentence before ("He met his ... counterpart")
    ("Malawi's President John Banda arrived in Lusaka on Monday. He met his Zambian counterpart, Peter Mwale, "
     "at the airport.",
     {("person:peter-mwale", "organisation:zambia")}, set()),
])
def test_counterpart_holds_the_same_post_in_the_named_country(extractor, text, present, absent):
    got = posts(read(extractor, text))
    assert present <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize("text, present, absent", [
    # the counterpart's country is not the story's: the bare title keeps the other country named
    ("Foreign Minister John Kamau met his Ugandan counterpart Sam Okello in Nairobi, Kenya.",
     {("person:john-kamau", "organisation:kenya-ministry-of-foreign-affairs")},
     {("person:john-kamau", "organisation:uganda-ministry-of-foreign-affairs")}),
    # "Lavrov's U.S. counterpart" says Lavrov is no U.S. official
    ("Lavrov's U.S. counterpart, Anna Miller, arrived in Moscow on Monday. Foreign Minister Sergei Lavrov met her.",
     set(), {("person:sergei-lavrov", "organisation:united-states-ministry-of-foreign-affairs")}),
    # no country word: the counterpart's country is unknown, no post is read
    ("Foreign Minister Ivan Petrov met his counterpart, Mehmet Yilmaz, in Sofia, Bulgaria. Bulgaria wants a deal.",
     set(), {("person:mehmet-yilmaz", "organisation:bulgaria-ministry-of-foreign-affairs")}),
])
def test_counterpart_country_is_not_the_officials(extractor, text, present, absent):
    got = posts(read(extractor, text))
    assert present <= got, got
    assert not (absent & got), got
    if "his counterpart," in text:
        assert not any(s == "person:mehmet-yilmaz" for s, _ in got), got


def test_country_named_only_where_things_happen_weighs_less(extractor):
    """"President X" in a story naming another country mostly as the place of events ("the troops in
    Somalia") is the country whose officials the story names."""
    doc = read(extractor, "President Tom Harris named a new defense secretary on Thursday, U.S. officials said. "
                          "The U.S. leader said the troops in Somalia would start to come home in July. Fighting in "
                          "Somalia has slowed, and aid groups in Somalia and clinics across Somalia welcomed the news.")
    got = posts(doc)
    assert ("person:tom-harris", "organisation:united-states") in got, got
    assert ("person:tom-harris", "organisation:somalia") not in got, got


@pytest.mark.parametrize("text, present", [
    # the model reads "U.S." before a title as a body: it says whose post the title is
    ("Guatemala's Congress named a new comptroller. A Guatemalan official was accused of fraud. \u201cCorrupt acts "
     "take resources from citizens,\u201d U.S. Treasury Secretary Laura Benton said in a statement. Guatemala "
     "rejected the claim.",
     ("person:laura-benton", "organisation:treasury-department")),
    # a bare US title in a story on another country that names the office twice, under two of its names
    ("One of the tools used by the U.S. Department of State is visa restrictions. To date, the State Department "
     "has designated over 80 individuals.\nOn June 8, Secretary of State Mark Dalton announced the designation of "
     "Luis Ortega, a former official of the Government of Honduras, as a corrupt individual. Honduras's president "
     "said nothing. Honduras is calm.",
     ("person:mark-dalton", "organisation:u-s-department-of-state")),
])
def test_us_officials_post_in_a_story_on_another_country(extractor, text, present):
    got = posts(read(extractor, text))
    assert present in got, got


def test_country_named_once_is_no_head_of_states_country(extractor):
    """One "Kenyan Prime Minister X" (counted twice to choose the story's country) is one mention:
    a bare "President Y" named in passing is not given Kenya's presidency; the ministers keep
    Kenya's ministries."""
    got = posts(read(extractor, "Kenyan Prime Minister John Kamau fired two of his cabinet ministers on Friday. "
                                "Transport Minister Peter Otieno was one of them. The plan won international "
                                "approval, including an endorsement from President Tom Harris."))
    assert ("person:peter-otieno", "organisation:kenya-ministry-of-transport") in got, got
    assert ("person:tom-harris", "organisation:kenya") not in got, got
