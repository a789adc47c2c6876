"""Names and entities (round 5): kinds of miss found on whole news articles from many outlets
(loaders/portfolio_lists.py, ner_repair.py, name_bounds.py, mentions.py, furniture_names.py).
Real spaCy; the sentences are made up, one or two per kind, with names of no real person."""
import pytest

from tests.conftest import check_entity_case, entity_case as case, read_text as read

PER, ORG = "Person", "Organisation"


CASES = [
    # a portfolio list after a body's head is the rest of the body's name, not bodies of its own
    case("Kofi Mensah-Boateng was moved to the Ministry of Zongos and Inner Cities on Friday.",
         has={(PER, "Kofi Mensah-Boateng"), (ORG, "Ministry of Zongos and Inner Cities")},
         lacks={(ORG, "Ministry of Zongos"), (ORG, "Inner Cities")}, id="ministry-of-a-and-b"),
    case("Esi Darkwa heads the Ministry of Women, Children and Social Protection.",
         has={(ORG, "Ministry of Women, Children and Social Protection")},
         lacks={(ORG, "Children"), (ORG, "Social Protection"), (PER, "Children")}, id="ministry-of-a-b-and-c"),
    case("Mr Juma Kaduma, who was transferred to the Ministry of Defence and National Service, thanked the president.",
         has={(ORG, "Ministry of Defence and National Service")}, lacks={(ORG, "National Service")},
         id="ministry-list-item-with-an-institution-word"),
    case("Deng Majok served as Director-General of the Directorate of Civil Registry, Nationality, Passports, and Immigration.",
         has={(ORG, "Directorate of Civil Registry, Nationality, Passports, and Immigration")},
         lacks={(ORG, "Nationality"), (ORG, "Passports")}, id="directorate-of-a-b-c-and-d"),
    # ... before a body's head, the start of its name
    case("Francis Owusu-Asante, the works minister, now heads the Roads and Highways Ministry.",
         has={(ORG, "Roads and Highways Ministry")}, lacks={(ORG, "Highways Ministry")}, id="a-and-b-ministry"),
    # ... after a title's head, one portfolio (whose body the title rules find), no fragments
    case("- Abena Owusu-Sarpong - Minister-designate for Environment, Science, Technology and Innovation\n",
         has={(PER, "Abena Owusu-Sarpong")},
         lacks={(ORG, "Technology and Innovation"), (ORG, "Science")}, id="title-designate-for-a-list"),
    case("The Executive Director of Governance, Elections, Advocacy, Research Services spoke on Monday.",
         lacks={(ORG, "Elections"), (ORG, "Advocacy"), (ORG, "Research Services")}, id="director-of-a-list"),
    # the list ends where a name, an outlet or lower-case words come
    case("Officials of the Ministry of Finance and Reuters reported the loss on Monday.",
         has={(ORG, "Ministry of Finance")}, lacks={(ORG, "Ministry of Finance and Reuters")},
         id="list-stops-at-an-outlet"),
    case("As an official in Palau’s Department of Transportation, Ngiraked administered the airports.",
         lacks={(ORG, "Palau’s Department of Transportation, Ngiraked"), (ORG, "Department of Transportation, Ngiraked")},
         id="two-items-without-and-are-no-list"),
    case("The Minister for Finance and Economic Planning, Kwame Adjei-Mensah, resigned.",
         has={(PER, "Kwame Adjei-Mensah")}, lacks={(ORG, "Economic Planning, Kwame Adjei-Mensah")},
         id="list-stops-at-a-person"),
    # a name's bounds: a given name read as a body, a spaced dash, an honorific after a body's name
    case("Valentyn Hrynko was dismissed from the post of head of Lviv Regional State Administration, Oleksandr Kolukh "
         "from the post of head of Rivne Regional State Administration, and Dmytro Kovalchuk from the post of head of "
         "Volyn Regional State Administration.",
         has={(PER, "Oleksandr Kolukh")}, lacks={(ORG, "Oleksandr")}, id="given-name-read-as-a-body-then-surname"),
    case("Zarqa News - ZARQANEWS - Emanating from his responsibility, the Minister of Water, Salim Haddadin, resigned.",
         has={(PER, "Salim Haddadin")}, lacks={(PER, "Zarqa News - ZARQANEWS - Emanating"),
                                                (ORG, "Zarqa News - ZARQANEWS - Emanating")},
         id="spaced-dash-ends-a-name"),
    case("She will be replaced with the Member of Parliament (MP) for Asante East, Akosua Boadiwaa.",
         has={(ORG, "Parliament")}, lacks={(ORG, "Member of Parliament")}, id="member-of-parliament-is-a-post"),
    case("The violations were committed by the Standing Committee of the department's Party unit.",
         has={(ORG, "Standing Committee")}, lacks={(ORG, "Standing Committee of the department")},
         id="a-lower-case-of-the-tail-leaves-a-name"),
    # a body written in lower case after a title's or a person's "of the"
    case("Marta Quiroga, head of the anti-corruption office, said the trial was fair.",
         has={(PER, "Marta Quiroga"), (ORG, "anti-corruption office")}, id="lower-case-office-after-a-title"),
    case("He was arraigned before Justice Okon Ebiye of the federal high court in Abuja on Monday.",
         has={(ORG, "federal high court")}, lacks={(ORG, "Abuja")}, id="lower-case-court-after-a-judge"),
    case("She is a member of the newly appointed commission.", lacks={(ORG, "newly appointed commission"),
                                                                      (ORG, "appointed commission")},
         id="no-body-for-a-vague-lower-case-phrase"),
    case("Kwesi Arthur, Communications Director at the Presidency, signed the statement.",
         has={(ORG, "Presidency")}, id="the-presidency-is-a-body"),
    case("The constitution forbids consecutive terms of the Presidency.", lacks={(ORG, "Presidency")},
         id="a-term-of-the-presidency-is-no-body"),
    # junk read as bodies: a sum of money, a law's bracketed acronym, a dateline before a wire's name
    case("The firm agreed to pay P300,000 to the town, the ombudsman Rosa Dimaculangan said.",
         has={(PER, "Rosa Dimaculangan")}, lacks={(ORG, "P300,000")}, id="a-sum-of-money"),
    case("Mayor Ruben Dalisay was charged with violating Republic Act (RA) 3019 and the Local Government Code (LGC).",
         has={(PER, "Ruben Dalisay")}, lacks={(ORG, "RA"), (ORG, "LGC")}, id="a-laws-acronym"),
    case("by Staff Writers Kharkiv (AFP) April 12, 2012 A former Ukrainian defence minister was jailed.",
         lacks={(ORG, "Writers Kharkiv"), (PER, "Writers Kharkiv")}, id="dateline-before-a-wire"),
    # a numbered list of office holders is story, not a menu
    case("Past chairpersons of the commission were judges.\n\n2. Hon. Justice Mwila Chansa.\n\n3. Hon. Justice Bwalya Mutale.\n",
         has={(PER, "Mwila Chansa"), (PER, "Bwalya Mutale")}, id="title-before-a-lone-name"),
]


@pytest.mark.parametrize("text,has,lacks", CASES)
def test_a_kind_of_name_gives_the_right_entities(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


def test_a_name_the_model_cut_once_joins_the_full_name(extractor):
    doc = read(extractor, "Two former deputy ministers are being probed for alleged involvement in violations "
                          "committed by jailed property tycoon Nguyen Van Anh Vu.\n\nAuthorities said the probes into "
                          "the two former officials are part of an ongoing investigation into jailed real estate "
                          "tycoon Nguyen Van Anh Vu and accomplices for \"abuse of power\".")
    persons = [e for e in doc.entities if e.label == PER]
    assert [e.name for e in persons] == ["Nguyen Van Anh Vu"], [(e.name, e.aliases) for e in persons]
