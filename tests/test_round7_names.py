"""Names and precision (round 7): kinds of wrong entity and wrong country link found on whole
news articles from several outlets (loaders/name_precision.py, data/names.json, furniture.json).
Real spaCy; the sentences are made up, one or two per kind, with names of no real person."""
import pytest

from tests.conftest import check_entity_case, entity_case as case, has_relation, read_text as read

PER, ORG = "Person", "Organisation"


CASES = [
    # a word of general vocabulary is no body (time zones, taxes, messages, web techniques, coined words)
    case("Minister Tomas Verhaal resigned by means of an SMS text message to the prime minister.",
         has={(PER, "Tomas Verhaal")}, lacks={(ORG, "SMS")}, id="sms-is-no-body"),
    case("Karin Oduya was sworn in at 3 p.m. local time (2100 UTC) as the new governor.",
         has={(PER, "Karin Oduya")}, lacks={(ORG, "UTC")}, id="a-time-zone-is-no-body"),
    case("The prosecutor Ilie Dranescu investigates cross-border VAT fraud in the bloc.",
         has={(PER, "Ilie Dranescu")}, lacks={(ORG, "VAT")}, id="a-tax-is-no-body"),
    # an outlet named by a newspaper's or a station's last word is the page's source, not a party
    case("Governor Makur Deng was dismissed on Monday. He spoke to Kiir Radio this morning.",
         has={(PER, "Makur Deng")}, lacks={(PER, "Kiir Radio"), (ORG, "Kiir Radio")}, id="a-radio-station"),
    case("The council will vote next week, according to The Denton Observer.",
         lacks={(PER, "Denton Observer"), (ORG, "Denton Observer")}, id="a-newspaper"),
    # a "person" of title, portfolio and body words only is a title
    case("Newly appointed Presidential Plenipotentiary Envoy Oleg Vashkin met the governors of the district.",
         has={(PER, "Oleg Vashkin")}, lacks={(PER, "Presidential Plenipotentiary")}, id="title-words-only"),
    case("The governor revoked the appointment of Tom Arua as Acting Deputy Commissioner (DCP Operations), "
         "replacing him with Ben Kopi.", has={(PER, "Tom Arua"), (PER, "Ben Kopi")},
         lacks={(PER, "Operations"), (PER, "DCP Operations")}, id="a-bracketed-portfolio"),
    case("The Minister of Transport and Urban Agenda is also out of the government.",
         lacks={(PER, "Urban Agenda")}, id="a-portfolio-after-and"),
    case("He sent the resignation to the Prime Minister House. The PM House is not aware of the resignation.",
         lacks={(PER, "House"), (PER, "PM House")}, id="the-house-of-a-post"),
    # ... but a surname the article writes in a full name stays a person
    case("The Firing of King. Planning Minister Mary Kingsley-Oba was fired; King said nothing.",
         has={(PER, "Mary Kingsley-Oba")}, id="full-names-unharmed"),
    # a title's last words or a legislature run into a person's name leave it
    case("Mayor Pro Tem Dana Kellum, the council's highest-ranking member, has not expressed interest.",
         has={(PER, "Dana Kellum")}, lacks={(PER, "Pro Tem Dana Kellum"), (PER, "Tem Dana Kellum")},
         id="pro-tem-before-a-name"),
    case("“Prior to entering Parliament Barb was a senior policy adviser,” the minister said of Barbara Tenby.",
         lacks={(PER, "Parliament Barb")}, id="a-legislature-before-a-name"),
    # a name read as a body that the sentence gives a post is a person's
    case("Mereseini Tora with women and children, Semi Vatu with fisheries and Osea Naivalu with the forestry "
         "portfolio.", has={(PER, "Osea Naivalu")}, lacks={(ORG, "Osea Naivalu")}, id="with-the-portfolio"),
    case("House Speaker Pius Mbeya announced later that Niula would remain an MP until the charges had been proved.",
         has={(PER, "Niula")}, lacks={(ORG, "Niula")}, id="would-remain-an-mp"),
    # a body's word at the end of a name the model read as a person's makes it a body
    case("The Kasanga Cartel paid him. He worked with the Norte Kasanga Cartel for years, said Pedro Alvaredo.",
         has={(ORG, "Kasanga Cartel")}, lacks={(PER, "Kasanga Cartel"), (PER, "Norte Kasanga Cartel")},
         id="a-cartel"),
    # a post, or the front of one, is no body
    case("Major General Tamba Kargbo has been named new Chief of Defence Staff, replacing Lt. Gen Sam Kallon.",
         has={(PER, "Tamba Kargbo")}, lacks={(ORG, "Defence Staff")}, id="chief-of-defence-staff"),
    case("Deng Wol Deng is the Presidential Press Secretary. He spoke to the radio this morning.",
         lacks={(ORG, "Presidential Press")}, id="the-front-of-a-press-secretary"),
    case("Her new position is seen as a demotion of the former Women’s Organiser of the governing Unity Party.",
         lacks={(ORG, "Women’s Organiser"), (ORG, "Women's Organiser")}, id="a-party-post"),
    # words of a law's name are no body
    case("The Department designated two officials under Section 7031(c) of the Department of Works, Foreign "
         "Operations, and Related Programs Appropriations Act 2019.",
         lacks={(ORG, "Department of Works, Foreign Operations")}, id="a-list-in-an-acts-name"),
    case("He was appointed pursuant to Article 27 of Federal Law No. 512-FZ On the General Principles of Public "
         "Administration in the Regions.", lacks={(ORG, "General Principles of Public Administration")},
         id="a-numbered-laws-title"),
    case("The council should have hired a legal officer, based on the Local Government Code (LGC). He was barred "
         "by the LGC to represent the city, the court said.", lacks={(ORG, "LGC")}, id="a-codes-acronym"),
    # a region is no body
    case("The plan calls for dismantling four small settlements in the West Bank, Minister Avi Dorel said.",
         has={(PER, "Avi Dorel")}, lacks={(ORG, "West Bank")}, id="a-disputed-territory"),
    case("The partnership is based on shared values and a commitment to a free and open Indo-Pacific, the embassy said.",
         lacks={(ORG, "Indo-Pacific")}, id="a-region"),
    # a full name after a title in a headline line the story never repeats is still a person's
    case("Statement of Assistant Attorney General Alice R. Tenbrook of the Criminal Division Regarding the "
         "Conviction of Former Energy Chief\n\nThe court convicted the former minister on Tuesday.",
         has={(PER, "Alice R. Tenbrook")}, id="a-titled-name-in-a-headline"),
    case("Junta Leader Consolidates Power In Capital\n\nThe general took more posts on Tuesday.",
         lacks={(PER, "Consolidates Power")}, id="no-headline-verb-as-a-name"),
    # two bodies joined by "and" are two bodies
    case("The Homeland League has led an alliance with the Liberal Movement and Freedom Party since 2020.",
         has={(ORG, "Liberal Movement"), (ORG, "Freedom Party")},
         lacks={(ORG, "Liberal Movement and Freedom Party")}, id="two-parties-joined"),
    case("The case was handled by the Criminal Division’s Office of International Affairs and Organized Crime "
         "and Racketeering Section.", has={(ORG, "Criminal Division"), (ORG, "Office of International Affairs"),
                                          (ORG, "Organized Crime and Racketeering Section")}, id="units-joined"),
    # ... but a ministry's list of portfolios, or a prosecutor's office, stays one body
    case("Pita Ravu moved to the Ministry of Defence and National Service on Monday.",
         lacks={(ORG, "National Service")}, id="portfolio-list-stays-one-body"),
    case("The Special Anti-Impunity Prosecutor’s Bureau charged the former minister Luis Ordaz.",
         lacks={(ORG, "Bureau")}, id="a-prosecutors-bureau-stays-one-body"),
]


@pytest.mark.parametrize("text,has,lacks", CASES)
def test_a_kind_of_name_gives_the_right_entities(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


@pytest.mark.parametrize("text,person,country,linked", [
    # a head of state written without a country, in a sentence naming another country: whose post is not said
    ("BAGHDAD - Iraq's government issued a warrant. Iraq's prime minister spoke. President Tom Walden said the end "
     "of the U.S. occupation means the future of Iraq is in its people's hands.", "Tom Walden", "Iraq", False),
    ("MANILA, Philippines - After hiding in the United States for seven years, former mayor Jed Arcilla, who was "
     "accused by former president Ramon Dutari, returned home. The United States said so.", "Ramon Dutari",
     "United States", False),
    # ... while the article's country is his where no other country is named
    ("PARIS - French ministers met. France's cabinet agreed. President Luc Aubrac appointed a new prime minister on Thursday.",
     "Luc Aubrac", "France", True),
])
def test_a_bare_head_of_state_and_another_country(extractor, text, person, country, linked):
    doc = read(extractor, text)
    assert has_relation(doc, "HOLDS_POSITION", person, country) is linked


@pytest.mark.parametrize("text,start,full_name_words,body", [
    ("The three senior SAPO officials are charged.", 3, set(), True),        # a body's people
    ("Trump officials said it went well.", 0, {"Donald", "Trump"}, False),   # a person the article names in full
    ("Abdul officials said it went well.", 0, set(), False),                 # a given name
    ("The three senior SAPO agreed.", 3, set(), False),                      # no noun for a body's people after it
])
def test_a_name_before_a_body_s_people_is_the_body(extractor, text, start, full_name_words, body):
    from loaders.name_precision import staff_of
    doc = extractor.nlp(text)
    assert staff_of(doc[start:start + 1], full_name_words) is body
