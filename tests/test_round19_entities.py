"""Round 19 (entities): names the extractor gave as persons or bodies that the text does not
name as such.

- portfolio_orgs: a title's portfolio read as a body when words stand between the title and
  its portfolio ("Secretary of State for A, B and C" -> "B and C"; "Minister of State
  (Independent Charge) for X"; "Director General, X & Y"; "Adviser on X and Y"). Right after
  "Minister of" the portfolio is kept: the title rules read the ministry from it.
- post_spans: a post read as a body: a plural title head ("Ministers of State"), a title head
  with "for" ("Minister for A and B", "CS for X"), a person-role noun before a body ("Founder of
  X Party", "the Clerk of Parliament": the body alone), a seat with its constituency ("the
  Kuantan Member of Parliament"); the words of a title before its head ("Solicitor" of "Solicitor
  General X", "Operations" of "Operations Director X", "Additional Police" of "Additional Police
  Commissioner X"; "Police Public Relations" + "Officer" is the police, "Chief High Court" + "Judge"
  the High Court).
- names.json: words of general vocabulary the model reads as a body when written with a capital
  ("Annex", "Royal" assent, "Specially" Designated Nationals, a headline's "Transition"), and
  "Caretaker" as a modifier of a post ("Caretaker President X").
- a place read as a person: a "person" whose last word is a place's kind ("X Region", "Y Township",
  names.json place_tails) or a base ("Z Space Force Base", facility_heads), and a one-word
  "person" the article also writes with a place's kind after it ("Tula" beside "Tula Region",
  places.named_with_tail).
- initials: a person's initials read as a body ("Regent Suharjo (SHJ)", "businessman T Wira
  Dharma (TWD)", "Mr HRT" for a person the article names): no organisation.
- furniture_names.reader_line: a name in a sentence the page writes to its reader ("turn off
  Adblock on X.com", "Dear reader, please upgrade ...", "... by email ... Sign Up", "the Terms of
  Service") or one ending in a web address is the page's, not the story's.
- name_precision.post_subject: a name read as a body that the sentence gives a post or an
  occupation is a person's: "X has ceased to be Cabinet Chief", "X has been appointed State
  Minister", "X is an expert at ...".
- acronym_posts: a body's acronym before a post's title head, untagged by the model ("SPRP
  Secretary X") or dropped as a portfolio ("UKFO Minister X"), is the body the post is of (not a
  portfolio's acronym such as "HRD", gazetteer ministry_domains, nor before a rank).
"""
import pytest

from tests.conftest import check_entity_case, check_fact_case, entity_case, fact_case, read_text as read

PORTFOLIO_AS_BODY = [
    entity_case("Mara Ellison was named Secretary of State for Housing, Transport and Rural Affairs on Monday.",
                has=[("Person", "Mara Ellison")],
                lacks=[("Organisation", "Transport and Rural Affairs")],
                id="secretary-of-state-for-list"),
    entity_case("Vikram Sood, who was Minister of State (Independent Charge) for Labour and Employment, "
                "resigned on Monday.",
                lacks=[("Organisation", "Labour and Employment")],
                id="bracketed-charge-then-portfolio"),
    entity_case("Owen Pryce is currently Director General, Strategy & External Affairs in the Welsh Government.",
                has=[("Organisation", "Welsh Government")],
                lacks=[("Organisation", "Strategy & External Affairs")],
                id="director-general-comma-portfolio"),
    entity_case("She was the Premier's Senior Adviser on Transformation and Social Care until May.",
                lacks=[("Organisation", "Transformation and Social Care")],
                id="adviser-on-portfolio"),
    entity_case("Minister of Tonga Financial Services, Trade and Industry, Paul Vake has resigned.",
                has=[("Person", "Paul Vake")],
                lacks=[("Organisation", "Trade and Industry")],
                id="minister-of-country-portfolio-list"),
]


@pytest.mark.parametrize("text,has,lacks", PORTFOLIO_AS_BODY)
def test_portfolio_read_as_body(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


POST_AS_BODY = [
    entity_case("Two others, Ada Obi and Musa Bako, are Ministers of State (Labour) and (Works).",
                lacks=[("Organisation", "Ministers of State")],
                id="plural-title-of-state"),
    entity_case("Rai has been appointed as the Minister for Water and Energy and Thapa as the Minister for "
                "Economic Affairs and Planning.",
                lacks=[("Organisation", "Minister for Economic Affairs and Planning")],
                id="minister-for-portfolio"),
    entity_case("The order spares the Attorney-General and the CS for Foreign Affairs, the statement said.",
                lacks=[("Organisation", "CS for Foreign Affairs")],
                id="cs-for-portfolio"),
    entity_case("Founder of Unity Labour Party and Oro Governor Sir Paul Tamba has been asked to step aside.",
                has=[("Organisation", "Unity Labour Party")],
                lacks=[("Organisation", "Founder of Unity Labour Party")],
                id="founder-of-party"),
    entity_case("The petition was handed to the Clerk of Parliament on Friday.",
                lacks=[("Organisation", "Clerk of Parliament")],
                id="clerk-of-parliament"),
    entity_case("The Kuantan Member of Parliament arrived at the commission office at 3pm.",
                lacks=[("Organisation", "Kuantan Member of Parliament")],
                id="constituency-member-of-parliament"),
]


@pytest.mark.parametrize("text,has,lacks", POST_AS_BODY)
def test_post_read_as_body(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


TITLE_WORDS_AS_BODY = [
    entity_case("The bench heard submissions of Solicitor General Anil Kapoor, appearing for the agency.",
                lacks=[("Organisation", "Solicitor")],
                id="solicitor-of-solicitor-general"),
    entity_case("Operations Director Ramon Cruz has been designated as the officer-in-charge.",
                has=[("Person", "Ramon Cruz")],
                lacks=[("Organisation", "Operations")],
                id="portfolio-word-before-director"),
    entity_case("DB chief Additional Police Commissioner Kamal Uddin Sarker confirmed the arrest.",
                lacks=[("Organisation", "Additional Police")],
                id="additional-before-police-commissioner"),
    entity_case("The state Police Public Relations Officer, Garba Idris, said the constable was detained.",
                has=[("Organisation", "Police")],
                lacks=[("Organisation", "Police Public Relations")],
                id="police-public-relations-officer"),
    entity_case("She was appointed a High Court Judge in 2004 and Chief High Court Judge in 2009.",
                has=[("Organisation", "High Court")],
                lacks=[("Organisation", "Chief High Court")],
                id="chief-before-court-judge"),
]


@pytest.mark.parametrize("text,has,lacks", TITLE_WORDS_AS_BODY)
def test_title_words_read_as_body(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


COMMON_WORDS_AS_BODY = [
    entity_case("Caretaker President Lucio Ferrante is presiding over the country until the vote.",
                has=[("Person", "Lucio Ferrante")],
                lacks=[("Organisation", "Caretaker")],
                id="caretaker-before-president"),
    entity_case("The bureau placed the general on its Specially Designated Nationals (SDN) List.",
                lacks=[("Organisation", "Specially")],
                id="specially-designated"),
    entity_case("It was my duty to give the Royal assent to the Policing Act.",
                lacks=[("Organisation", "Royal")],
                id="royal-assent"),
    entity_case("The order blocks the property of the four entities listed on its Annex, the council and two banks.",
                lacks=[("Organisation", "Annex")],
                id="annex-of-an-order"),
]


@pytest.mark.parametrize("text,has,lacks", COMMON_WORDS_AS_BODY)
def test_common_word_read_as_body(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


PLACE_AS_PERSON = [
    entity_case("Smith currently serves as deputy commander, U.S. Space Command, Buckley Space Force Base, Colorado.",
                has=[("Organisation", "U.S. Space Command")],
                lacks=[("Person", "Buckley Space Force Base")],
                id="air-base-after-a-command"),
]


@pytest.mark.parametrize("text,has,lacks", PLACE_AS_PERSON)
def test_place_read_as_person(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


def test_one_word_place_written_with_its_kind():
    from loaders.places import named_with_tail
    assert named_with_tail("Penza", "that Penza and Penza Region is the armoury")
    assert not named_with_tail("Penza", "Governor Ivan Penza resigned")


def _doc_with_org(words, org_at):
    import spacy
    from spacy.tokens import Doc, Span
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, org_at, org_at + 1, label="ORG")]
    return doc, doc.ents[0]


def test_initials_in_brackets_after_a_name():
    from loaders.initials import person_initials
    doc, span = _doc_with_org("suspects including Regent of Tanjung Suharjo ( SHJ ) and others".split(), 7)
    assert person_initials(span, set())
    doc, span = _doc_with_org("another businessman T Wira Dharma ( TWD ) was named".split(), 6)
    assert person_initials(span, set())


def test_initials_after_an_honorific_of_a_named_person():
    from loaders.initials import person_initials
    doc, span = _doc_with_org("one of the parties secured is Mr HRT , he said".split(), 7)
    assert person_initials(span, {"Hartono"})
    doc, span = _doc_with_org("members of the MAS party met".split(), 3)
    assert not person_initials(span, {"Morales"})


def test_body_acronym_after_its_name_stays():
    from loaders.initials import person_initials
    doc, span = _doc_with_org("the National Electoral Commission ( NEC ) said".split(), 5)
    assert not person_initials(span, set())


def _span(extractor, text, words):
    doc = extractor.nlp(text)
    start = next(t.i for t in doc if doc[t.i:t.i + len(words.split())].text == words)
    return doc[start:start + len(words.split())]


def test_names_in_lines_to_the_reader(extractor):
    from loaders.furniture_names import reader_line
    assert reader_line(_span(extractor, "By signing up, you agree to the Terms of Service.", "Terms of Service"))
    assert reader_line(_span(extractor, "Please take a moment to turn off Adblock on Nation.com.", "Adblock on Nation.com"))
    assert not reader_line(_span(extractor, "The Daily Nation reported the arrest on Monday.", "Daily Nation"))


PERSON_AS_BODY = [
    entity_case("Le Quang Tuan is an expert at the Lotus Policy Institute in Hanoi.",
                has=[("Person", "Le Quang Tuan")],
                lacks=[("Organisation", "Le Quang Tuan")],
                id="is-an-expert-at"),
]


@pytest.mark.parametrize("text,has,lacks", PERSON_AS_BODY)
def test_person_read_as_body(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


def test_post_subject_in_perfect_tenses(extractor):
    from loaders.name_precision import post_subject
    doc = extractor.nlp("Ricardo Fenwick has ceased to be Cabinet Chief within the government.")
    assert post_subject(doc[0:2])
    doc = extractor.nlp("Ricardo Fenwick has been appointed State Minister in the Ministry of Finance.")
    assert post_subject(doc[0:2])
    doc = extractor.nlp("Ricardo Fenwick has been sold to a rival group.")
    assert not post_subject(doc[0:2])


ACRONYM_POSTS = [
    fact_case("The parliament on Friday approved Batbold Ganzorig of the Motherland Coalition. SPRP Secretary "
              "Yondon Bat said the party would not block him.",
              [("HOLDS_POSITION", "person:yondon-bat", "sprp")], [],
              id="untagged-acronym-before-secretary"),
    fact_case("UKFO Minister Alan Burtwell said he was very concerned by the verdict.",
              [("HOLDS_POSITION", "person:alan-burtwell", "ukfo")], [],
              id="acronym-before-minister"),
]


@pytest.mark.parametrize("text,present,wrong", ACRONYM_POSTS)
def test_acronym_before_a_post(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
