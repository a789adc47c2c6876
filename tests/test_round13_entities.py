"""Round 13 (entities): names that are no one's, or that carry a word of their line.

- loaders/descriptor_words.py: a capitalised word saying how a holder stands ("Embattled",
  "Ousted", "Former") is no part of the name after it.
- loaders/data/furniture.json: MediaWiki's "Jump to navigation Jump to search" and a "Share to"
  button line are page furniture.
- loaders/places.py: one word, a comma and a region ("Gary, Indiana") is a town, no person, and
  so is that word alone elsewhere in the article ("SHERMAN, Texas (AP)" ... "in Sherman").
- loaders/mentions.py: a surname written once without its accent ("Cossio") is the person
  named with it ("Mario Cossío").
- loaders/joined_persons.py: two persons' surnames joined by "and" ("Humala and Heredia") are
  two persons, not one body.
- loaders/post_nominals.py: honours and degrees after a name ("CBE", "KCB CBE DSO ADC Gen",
  "LLB", "AC" and "SC" after a person) are no part of it and no body.
- loaders/data/names.json honorifics: "her Honour" before a judge's name, or alone, is no name.
- loaders/ner_repair._names_after_titles: a title or honorific and a name the model read as a
  work or a building that begins before the title ("former Tbilisi Mayor Gigi Ugulava", "the Rt
  Hon Dame Sian Elias") give the person."""
import pytest

from tests.conftest import check_entity_case, entity_case, read_text as read

NAME_CASES = [
    entity_case("Embattled National Lotteries Commission chief operations officer Phillemon Letwaba has resigned.",
                has={("Organisation", "National Lotteries Commission"), ("Person", "Phillemon Letwaba")},
                lacks={("Organisation", "Embattled National Lotteries Commission")},
                id="embattled-body"),
    entity_case("Embattled Miami Police Chief Art Acevedo was suspended by the city manager on Monday.",
                has={("Person", "Art Acevedo")},
                lacks={("Organisation", "Embattled Miami Police")},
                id="embattled-police"),
    entity_case("Home Press Releases 2009 Former Gary, Indiana Police Chief Sentenced for Civil Rights Violation\n\n"
                "Thomas Houston, former chief of police, was sentenced to 41 months in prison.",
                has={("Person", "Thomas Houston")},
                lacks={("Person", "Former Gary"), ("Person", "Gary")},
                id="former-town-state"),
    entity_case("SHERMAN, Texas (AP) - A former Dallas-area mayor and the developer she later married have been "
                "convicted. Prosecutors in Sherman say Laura Jordan could be sentenced to 20 years.",
                has={("Person", "Laura Jordan")}, lacks={("Person", "Sherman")},
                id="dateline-town-later-alone"),
    entity_case("HOUSTON, Texas - Police Chief Thomas Houston was sentenced. Houston said he was sorry.",
                has={("Person", "Thomas Houston")}, id="town-that-is-a-surname-guard"),
    entity_case("The Former Yugoslav Republic of Macedonia sent Ambassador Zoran Petrov to the talks.",
                has={("Person", "Zoran Petrov")},
                lacks={("Organisation", "Yugoslav Republic of Macedonia")},
                id="former-stays-in-a-body-guard"),
    entity_case("The mayor met Kamau, Nairobi's governor, on Monday.",
                has={("Organisation", "Nairobi")},
                id="possessive-after-place-guard"),
    entity_case("From Wikinews, the free news source you can write!\nJump to navigation Jump to search\n\n"
                "Bolivian President Carlos Mesa resigned on Thursday.",
                has={("Person", "Carlos Mesa")},
                lacks={("Person", "Jump"), ("Organisation", "Jump")},
                id="mediawiki-jump-line"),
    entity_case("Skip to main content\n  • Share to or\n\nThe president fired General Ivan Popov on Friday.",
                has={("Person", "Ivan Popov")},
                lacks={("Organisation", "Share"), ("Person", "Share")},
                id="share-to-button-line"),
    entity_case("Resistance grew to the appointment of Mario Cossío, president of the Chamber of Deputies. "
                "After Vaca Diez and Cossio declined, Congress named the judge.",
                has={("Person", "Mario Cossío"), ("Person", "Cossío")},
                lacks={("Organisation", "Cossio")},
                id="surname-without-accent"),
    entity_case("Former president Ollanta Humala and his wife Nadine Heredia were ordered detained. "
                "Humala and Heredia are also accused of receiving money from the late Hugo Chavez.",
                has={("Person", "Ollanta Humala"), ("Person", "Nadine Heredia")},
                lacks={("Organisation", "Humala and Heredia"), ("Person", "Humala and Heredia")},
                id="two-surnames-joined"),
    entity_case("Former Guatemalan president Otto Perez Molina and former vice president Roxana Baldetti face "
                "charges. Perez Molina and Baldetti have denied all charges brought against them.",
                has={("Person", "Otto Perez Molina"), ("Person", "Roxana Baldetti")},
                lacks={("Organisation", "Perez Molina and Baldetti"), ("Person", "Perez Molina and Baldetti")},
                id="two-names-joined"),
    entity_case("Prosecutor Ana Trade said the Ministry of Trade and Industry was searched.",
                has={("Organisation", "Ministry of Trade and Industry")},
                id="body-with-and-guard"),
    entity_case("Lieutenant General Mark Carleton-Smith CBE is to be promoted General and will succeed General "
                "Sir Nicholas Patrick Carter KCB CBE DSO ADC Gen in June 2018.",
                has={("Person", "Mark Carleton-Smith"), ("Person", "Nicholas Patrick Carter")},
                lacks={("Person", "ADC Gen"), ("Organisation", "ADC Gen"), ("Person", "Mark Carleton-Smith CBE")},
                id="honours-after-names"),
    entity_case("Commissioner Andrew Coster QPM was appointed by the Governor-General.",
                has={("Person", "Andrew Coster")}, lacks={("Person", "Andrew Coster QPM")},
                id="police-medal-after-name"),
    entity_case("Justice Helen Winkelmann graduated with an LLB and a BA in History from Auckland University.",
                has={("Person", "Helen Winkelmann")},
                lacks={("Organisation", "LLB"), ("Person", "LLB")},
                id="degree-alone"),
    entity_case("The Minister of State for CB Affairs, Ana Lopes, resigned.",
                has={("Person", "Ana Lopes")},
                id="letters-inside-a-title-guard"),
    entity_case("The court welcomed the appointment of his Honour, Justice Stephen Gageler AC as Chief Justice "
                "of the High Court of Australia. Ms Fiona McLeod SC spoke for the Law Council of Australia.",
                has={("Person", "Stephen Gageler"), ("Person", "Fiona McLeod")},
                lacks={("Person", "Stephen Gageler AC"), ("Person", "Fiona McLeod SC")},
                id="australian-letters-after-names"),
    entity_case("South Africa's Advocate Barry Roux SC argued on behalf of the former minister.",
                has={("Person", "Barry Roux")}, lacks={("Organisation", "SC")},
                id="letters-read-alone-after-a-person"),
    entity_case("Barcelona SC sacked its coach Carlos Lopez on Monday.",
                has={("Organisation", "Barcelona SC")},
                id="club-initials-stay-guard"),
    entity_case("The Prime Minister announced the appointment of the new Chief Justice. Her Honour is recognised "
                "by her peers for her intellect.",
                lacks={("Person", "Honour"), ("Organisation", "Honour")},
                id="her-honour-alone"),
    entity_case("These additional charges, against former Tbilisi Mayor Gigi Ugulava in particular, appear to "
                "be an effort.",
                has={("Person", "Gigi Ugulava")}, id="title-name-read-as-work"),
    entity_case("The new Chief Justice will commence her role on the retirement of the Rt Hon Dame Sian Elias as "
                "Chief Justice of New Zealand.",
                has={("Person", "Sian Elias")}, id="honorific-name-read-as-building"),
    entity_case("The judge was appointed under the Senior Courts Act in 2016.",
                lacks={("Person", "Courts Act")}, id="law-name-guard"),
]


@pytest.mark.parametrize("text,has,lacks", NAME_CASES)
def test_names(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)



def test_surname_in_capitals_keeps_title_case_alias(extractor):
    """A defendant's surname in capitals read as a body ("THIAM laundered ...") joins the person as
    "Thiam", as in round 12 (the accent mend of round 13 had moved the title-casing to its own branch)."""
    doc = read(extractor, "The U.S. Attorney announced that MAHMOUD THIAM, the former Minister of Mines of Guinea, "
                          "was convicted. According to the evidence, THIAM laundered the money.")
    person = next(e for e in doc.entities if e.name == "Mahmoud Thiam")
    assert "THIAM" not in person.aliases
