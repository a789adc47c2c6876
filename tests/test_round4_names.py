"""Names and entities (round 4): kinds of miss found on whole news articles from many outlets
(loaders/list_names.py, ner_repair.py, mentions.py, name_bounds.py, org_names.py, graph/merge.py).
Real spaCy; the sentences are made up, one or two per kind, with names of no real person."""
import pytest

from graph.merge import _surname_key
from graph.schema import Entity
from tests.conftest import check_entity_case, entity_case, read_text as read

PER, ORG = "Person", "Organisation"


case = entity_case


CASES = [
    # a cabinet list, one holder a line: the names are the story's, not a menu's or a headline's
    case("The president announced his cabinet on Friday.\n\nRetained Cabinet Secretaries\n"
         "Treasury – Kamau Otieno Wekesa\nHealth – Achieng Mwikali\nTourism – Barasa Njoroge Kiprop\n",
         has={(PER, "Kamau Otieno Wekesa"), (PER, "Achieng Mwikali"), (PER, "Barasa Njoroge Kiprop")},
         id="portfolio-dash-name-lines"),
    case("The following officials were asked to stay:\n\n  • Rodrigo Tanlap Dimaculangan Jr. – Secretary of Agriculture\n\n"
         "  • Marites Salonga – Secretary of Tourism\n\n  • Efren 'Bong' Catacutan – Department of Justice (DOJ)\n",
         has={(PER, "Rodrigo Tanlap Dimaculangan Jr"), (PER, "Marites Salonga"), (PER, "Efren Catacutan"),
              (ORG, "Department of Justice")},
         lacks={(PER, "Efren 'Bong' Catacutan")}, id="bulleted-name-dash-post-lines"),
    case("The ministers who left:\n\nAgriculture, Livestock and Fisheries – Kiptoo Wanyonyi\n"
         "Water and Irrigation – Nafula Chebet\n",
         has={(PER, "Kiptoo Wanyonyi")}, lacks={(ORG, "Livestock and Fisheries")}, id="list-portfolio-kept-whole"),
    # a name the model runs into a bracket, a title into a name, a rank abbreviation read as a body
    case("Others were Alfred Kamau (Labour), Wycliffe Omondi (Cooperatives) and Justin Mutiso (Public Service).",
         has={(PER, "Justin Mutiso")}, lacks={(ORG, "Justin Mutiso (Public Service"), (PER, "Justin Mutiso (Public Service")},
         id="name-then-bracketed-portfolio"),
    case("The president also nominated former Director of Public Prosecutions Omondi Karanja Wafula to the cabinet.",
         has={(PER, "Omondi Karanja Wafula")}, lacks={(PER, "Prosecutions Omondi Karanja Wafula")},
         id="title-portfolio-run-into-name"),
    case("DIG Harbhajan Sandhu was arrested by DSP Gurnam Dhillon on Tuesday, and Otieno was re-appointed CS Treasury.",
         has={(PER, "Harbhajan Sandhu"), (PER, "Gurnam Dhillon")},
         lacks={(ORG, "DIG"), (ORG, "DSP Gurnam"), (ORG, "CS Treasury")}, id="rank-abbreviations"),
    case("“The war does not remain the same,” Kazakhstan’s Defence Minister Rustem Umerbayev said.",
         has={(PER, "Rustem Umerbayev")}, lacks={(PER, "Umerbayev")}, id="given-name-between-title-and-surname"),
    # bodies: a name cut at its head's title, at "and", at "for the", before "of <country>"
    case("The Attorney General’s Office (AGO) said the minister was arrested, an AGO official said.",
         has={(ORG, "Attorney General’s Office"), (ORG, "AGO")}, lacks={(ORG, "General’s Office")},
         id="office-named-after-its-head"),
    case("The High Court of Cassation and Justice delivered its verdict on Tuesday.",
         has={(ORG, "High Court of Cassation and Justice")}, lacks={(ORG, "High Court of Cassation")},
         id="court-of-x-and-portfolio"),
    case("He was sacked as director general of the National Agency for the Prohibition of Smuggling in Goods (NAPSG).",
         has={(ORG, "National Agency for the Prohibition of Smuggling in Goods")}, lacks={(ORG, "National Agency")},
         id="agency-for-the-complement"),
    case("His co-accused, former National Olympic Committee of Kenya (Nock) official, Kiptum Rotich, was sentenced.",
         has={(ORG, "National Olympic Committee of Kenya"), (ORG, "Nock")}, lacks={(PER, "Nock")},
         id="body-of-country-and-its-acronym"),
    case("Kenya's president met the envoy. The Ministry of Defence of Ukraine said the general was dismissed.",
         has={(ORG, "Ukrainian Ministry of Defense"), (ORG, "Ministry of Defence of Ukraine")},
         lacks={(ORG, "Kenyan Ministry of Defense")}, id="ministry-of-x-of-country"),
    # names the model reads as bodies, or runs a country or a verb into
    case("The statement was signed by the President’s Special Adviser on Media and Publicity, Oluwaseun Adeyemi, on Friday.",
         has={(PER, "Oluwaseun Adeyemi")}, lacks={(ORG, "Oluwaseun Adeyemi"), (ORG, "Media")}, id="name-after-title-and-comma"),
    case("However, the nomination of Chebet Kip’ngeno for the Gender Ministry docket was rejected. "
         "The committee said Kip’ngeno had failed to show knowledge of the portfolio.",
         has={(PER, "Chebet Kip’ngeno")}, lacks={(ORG, "Kip’ngeno")}, id="surname-with-an-apostrophe"),
    case("The diplomat he tried to promote, former ambassador to Belarus Avraham Ben-Tzur, reached a plea bargain.",
         has={(PER, "Avraham Ben-Tzur")}, lacks={(PER, "Belarus Avraham Ben-Tzur")}, id="post-country-before-name"),
    case("Leader of the Ruling Party, Hiroshi Tanabe Set to Succeed Sato as PM\n\n"
         "Hiroshi Tanabe was elected party leader on Monday and is expected to succeed Sato.",
         lacks={(PER, "Succeed Sato")}, id="headline-verb-after-to"),
    case("The 71-year-old is expected to win a vote at an extraordinary Diet session on Wednesday to become prime "
         "minister. IANS Japan’s Chief Cabinet Secretary Hiroshi Tanabe was on Monday elected as the new leader of "
         "the ruling Liberal Democratic Party, to succeed Sato.",
         has={(PER, "Hiroshi Tanabe")}, lacks={(PER, "IANS Japan"), (ORG, "IANS Japan")}, id="agency-and-dateline"),
    case("State House Spokesperson Wanjiru Ndegwa on Saturday clarified that all ministers remain in office.",
         has={(ORG, "State House")}, lacks={(ORG, "State")}, id="state-house"),
    case("Others were Alfred Kamau (Labour), Wycliffe Omondi (Cooperatives) and Justin Mutiso (Public Service).",
         lacks={(ORG, "Public Service"), (ORG, "Justin Mutiso (Public Service")}, id="bracketed-portfolio-is-no-body"),
    case("It is a close race between Chamisa’s MDC-T and the ruling party, the commission said.",
         has={(PER, "Chamisa"), (ORG, "MDC-T")}, lacks={(PER, "Chamisa’s MDC-T")}, id="possessive-inside-a-person"),
    case("Supporters of Bhutto’s Pakistan People’s Party (PPP) gathered outside his residence.",
         has={(ORG, "Pakistan People’s Party")}, lacks={(ORG, "People’s Party")}, id="country-leads-a-bracketed-body"),
    case("It was one of the states affected by the Boko Haram Islamist insurgency, the governor said.",
         has={(ORG, "Boko Haram")}, lacks={(ORG, "Boko Haram Islamist")}, id="adjective-after-a-body"),
    case("The former Mugabe-era minister was convicted on Monday.",
         lacks={(PER, "Mugabe-era")}, id="era-is-no-person"),
    case("The anti-graft court found six former local officials of Tayabas City guilty of graft.",
         has={(ORG, "Tayabas City")}, id="officials-of-a-city"),
    case("He was born in the northern state of Kano and studied in Zaria.",
         lacks={(ORG, "Kano"), (ORG, "Zaria")}, id="a-birthplace-is-no-body"),
    case("Chief of Naval Staff Admiral Rafiqul Karim and Chief of Air Staff Air Marshal Tanvir Hossain adorned the "
         "army chief, and General Mahbub Alam took charge as the new Chief of Army Staff.",
         has={(PER, "Tanvir Hossain")}, lacks={(ORG, "Chief of Naval Staff"), (ORG, "Air Staff Air")},
         id="chief-of-service-staff-titles"),
    case("Congratulating the new army chief, the president said so, President's Press Secretary Jalal Uddin told reporters.",
         lacks={(ORG, "Press")}, id="press-secretary"),
    case("Stay up to date on all the latest World news with The Daily Courier App. Download now",
         lacks={(ORG, "Daily Courier App")}, id="an-outlets-app"),
    case("“These include vacancies created by the passing of Minister [in the Presidency] Sipho Mahlangu and Deputy "
         "Minister [of Mineral Resources and Energy] Lerato Dlamini,” he said.",
         has={(PER, "Lerato Dlamini")}, lacks={(ORG, "Mineral Resources and Energy] Lerato Dlamini")},
         id="editors-brackets-before-a-name"),
    case("South Sudan's President Salva Deng has sacked Inspector-General of Police Majak Akol Garang.",
         has={(PER, "Majak Akol Garang")}, lacks={(PER, "Akol Garang")}, id="given-name-after-title-of-body"),
    case("Major General Brima Kamara has been named new Chief of Defence Staff, replacing Lt. Gen Samuel Conteh, who "
         "has been deployed abroad.",
         has={(PER, "Samuel Conteh")}, lacks={(PER, "Gen Samuel Conteh")}, id="undotted-rank-after-dotted-one"),
    case("An officer of the Ministry of Planning, Development and Reforms has been removed from his post. "
         "Tariq Mehmood had violated discipline, said a statement issued by the ministry on Friday.",
         has={(ORG, "Ministry of Planning, Development and Reforms")}, lacks={(ORG, "ministry")},
         id="the-ministry-is-the-articles-one-ministry"),
    case("He lost in the Senatorial race. Famous cases he dealt with include Fuelgate and the arms deal.",
         lacks={(ORG, "Senatorial"), (ORG, "Fuelgate")}, id="adjective-and-scandal-are-no-bodies"),
    case("The Head of State also picked Hamisi Duale as Defence CS, and the Roads ministry will be headed by "
         "Kiprop Murkomen while Tuya Soipan takes Environment.",
         has={(PER, "Hamisi Duale"), (PER, "Kiprop Murkomen")}, lacks={(ORG, "Hamisi Duale"), (ORG, "Kiprop Murkomen")},
         id="named-to-a-post-or-heading-a-body"),
    case("Tamuno Ebiye was the former governor of Bayelsa State. Many of his assets were ordered to be turned over "
         "to the state government of Bayelsa.",
         has={(ORG, "Bayelsa State"), (ORG, "Bayelsa")}, id="a-state-named-two-ways"),
    case("He is the former CEO of the government owned airline, Lanka Wings, and a coordinating secretary.",
         has={(ORG, "Lanka Wings")}, lacks={(PER, "Lanka Wings")}, id="a-firm-named-after-its-kind"),
    case("The agencies are not controlled by the Cabinet Sub-committee on Anti-Corruption, which only monitors them.",
         has={(ORG, "Cabinet Sub-committee on Anti-Corruption")}, lacks={(ORG, "Anti-Corruption")},
         id="committee-on-its-subject"),
    case("South Sudan's President Salva Deng appointed Majak Akol Garang as Inspector-General of Police in 2018.",
         lacks={(ORG, "Inspector-General of Police")}, id="hyphenated-title-of-body"),
    case("The former minister was arrested on Monday by the Financial Crimes Investigation Division, police said.\n\n"
         "Add new comment\n\nPlain text\n\n  • No HTML tags allowed.\n  • Lines and paragraphs break automatically.\n",
         has={(ORG, "Financial Crimes Investigation Division")}, lacks={(ORG, "Lines"), (ORG, "HTML")},
         id="a-comment-form-ends-the-story"),
    case("Those arrested include former Agriculture Minister Homraj Dahal, Minister of State for Foreign Affairs "
         "Prakash Thapa and spokesman of Nepali Congress (Democratic) Minendra Koirala.",
         has={(PER, "Prakash Thapa"), (PER, "Minendra Koirala"), (ORG, "Nepali Congress (Democratic)")},
         lacks={(ORG, "State for Foreign Affairs"), (ORG, "Nepali Congress (Democratic) Minendra Koirala")},
         id="minister-of-state-for-and-party-in-brackets"),
    case("The sacking follows calls by Zanu PF Secretary for Youths, Tawanda Chirwa, to have him fired.",
         has={(ORG, "Zanu PF"), (PER, "Tawanda Chirwa")}, lacks={(PER, "Zanu PF"), (ORG, "Youths")},
         id="party-acronym-and-secretary-for"),
    case("The court convicted former mayor Faustino Dimalanta, as well as Sangguniang Panlalawigan (SP) members "
         "Venerando Reyes and Rex Abalos.",
         has={(ORG, "Sangguniang Panlalawigan")}, lacks={(PER, "Sangguniang Panlalawigan")}, id="body-spelled-by-its-acronym"),
    case("The Justice Department announced that MAHMOUD KANTE was sentenced today to seven years. The judge said "
         "KANTE received the bribes from a foreign conglomerate.",
         has={(PER, "Mahmoud Kante")}, lacks={(ORG, "MAHMOUD KANTE"), (ORG, "KANTE")}, id="defendant-in-capitals"),
    case("The new Chief of Navy will be John Marsh, who is currently a Commodore, and will be promoted to Rear Admiral. "
         "New chiefs of Army and Navy were announced on Tuesday.",
         lacks={(ORG, "Commodore"), (ORG, "Rear"), (ORG, "Army and Navy")}, id="ranks-and-two-services"),
    case("President Putin appointed Vyacheslav Fedotov Acting Governor of the Samara Region on Monday. An Interpol "
         "Red Notice was issued for the former National Director of Anti-Corruption, Luis Moreno Rivas.",
         has={(PER, "Vyacheslav Fedotov")}, lacks={(PER, "Vyacheslav Fedotov Acting"), (PER, "Interpol Red Notice"),
                                                  (ORG, "National Director of Anti-Corruption")},
         id="acting-notice-national-director"),
    case("Mr. Rasheed became president in 2008, replacing Maumoon Abdul Ghafoor, who held office for 30 years.",
         has={(PER, "Maumoon Abdul Ghafoor")}, id="name-read-as-a-work-before-who"),
    # not bodies at all
    case("The party was held despite the COVID-19 restrictions, the interior minister said.",
         lacks={(ORG, "COVID-19")}, id="disease-code-is-no-body"),
]


@pytest.mark.parametrize("text,has,lacks", CASES)
def test_a_kind_of_name_gives_the_right_entities(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


def test_a_suffix_is_not_the_surname(extractor):
    """"Ferdinand Dizon Jr." and a later "Dizon" are one person (the surname is not "Jr")."""
    doc = read(extractor, "President Ramon Dizon Jr. has declined the resignations of his ministers. "
                          "Dizon asked all of them to quit last month.")
    persons = [e for e in doc.entities if e.label == PER]
    assert len(persons) == 1 and "Dizon" in persons[0].aliases
    assert _surname_key("Ramon Dizon Jr.") == _surname_key("Ramon Dizon") == "dizon"


def test_two_transliterations_of_one_surname_are_one_person(extractor):
    """"Bohdan Kovalenkyy" in a caption and "Bohdan Kovalenkiy" in the story are one person;
    a later "Kovalenky" is him too; the spelling written more often leads."""
    doc = read(extractor, "Bohdan Kovalenkiy met the minister on Monday.\n\n"
                          "President Bohdan Kovalenkyy dismissed the army chief on Thursday. "
                          "Kovalenkyy said the time had come for change. Kovalenky thanked the general.")
    persons = [e for e in doc.entities if e.label == PER and "Kovalenk" in e.name]
    assert len(persons) == 1
    assert persons[0].name == "Bohdan Kovalenkyy" and "Bohdan Kovalenkiy" in persons[0].aliases


def test_a_country_ending_a_bodys_name_is_the_articles_country(extractor):
    """"Voice of America" names no country of the story; "Olympic Committee of Kenya" does."""
    doc = read(extractor, "A former National Olympic Committee of Kenya official was jailed. "
                          "The games were held in Rio, Brazil. Delegates travelled to Brazil. "
                          "The Cabinet met on Friday.")
    cabinets = [e for e in doc.entities if e.label == ORG and "Cabinet" in {e.name, *e.aliases}]
    assert cabinets and all("Brazil" not in e.name for e in cabinets)


def test_merge_files_a_suffixed_name_under_its_surname():
    ent = Entity(id="person:x", label=PER, name="Conrado Estrella III", aliases=[])
    assert _surname_key(ent.name) == "estrella"


@pytest.mark.parametrize("text,full,other", [
    ("President Gustavo Ibarra Montes resigned on Thursday. Ibarra Montes said he would face the court.",
     "Gustavo Ibarra Montes", "Ibarra Montes"),                       # two surnames
    ("President Daniel Kiptoo Langat appointed the ministers. Daniel Langat said they would serve.",
     "Daniel Kiptoo Langat", "Daniel Langat"),                         # a middle name left out
    ("Vice President Tariq al-Bazzaz was charged. An arrest warrant for Tareq al-Bazzaz was issued.",
     "Tariq al-Bazzaz", "Tareq al-Bazzaz"),                            # a given name's transliteration
    ("Nigeria's President Umaru Yar' Adua has replaced the chief of defence staff. \"President Umaru YarAdua has "
     "approved the appointment of Air Marshal Paul Dike,\" said the spokesman.",
     "Umaru Yar' Adua", "Umaru YarAdua"),                              # a surname written apart or joined
])
def test_one_person_written_two_ways_is_one_node(extractor, text, full, other):
    doc = read(extractor, text)
    persons = [e for e in doc.entities if e.label == PER and {full, other} & {e.name, *e.aliases}]
    assert len(persons) == 1, [p.name for p in persons]
    assert {full, other} <= {persons[0].name, *persons[0].aliases}


def test_an_honorific_or_a_rank_abbreviation_is_no_part_of_a_surname(extractor):
    doc = read(extractor, "President Viktor Kravets signed the decree on Monday. Mister Kravets said he would not resign. "
                          "The vigilance bureau arrested Deputy Superintendent Rajinder Singh Gill. DSP Gill denied the charges.")
    persons = sorted(e.name for e in doc.entities if e.label == PER)
    assert persons == ["Rajinder Singh Gill", "Viktor Kravets"]


def test_two_persons_whose_given_names_differ_stay_two(extractor):
    doc = read(extractor, "Police arrested Omar Haddad and Amir Haddad on Monday.")
    assert {"Omar Haddad", "Amir Haddad"} <= {e.name for e in doc.entities if e.label == PER}


def test_a_state_named_two_ways_is_one_body(extractor):
    doc = read(extractor, "Tamuno Ebiye was the former governor of Bayelsa State. Many of his assets were ordered "
                          "to be turned over to the state government of Bayelsa.")
    bodies = [e for e in doc.entities if e.label == ORG and "Bayelsa" in e.name]
    assert len(bodies) == 1 and bodies[0].name == "Bayelsa State"


def test_the_graph_files_two_transliterations_of_one_person_as_one():
    """Across articles: "Bohdan Kovalensky" (one outlet) and "Bohdan Kovalenskyy" (another) are one
    person, and a later "Kovalenskiy" alone joins him; "Ali Bashir" and "Ali Bashiri" stay two."""
    from graph.merge import merge
    from graph.schema import GraphDocument, entity_id

    def doc(*names):
        return GraphDocument(entities=[Entity(entity_id(PER, n), PER, n) for n in names])

    got = merge(doc("Bohdan Kovalensky", "Ali Bashir"), doc("Bohdan Kovalenskyy", "Ali Bashiri"), doc("Kovalenskiy"))
    persons = sorted(e.name for e in got.entities if e.label == PER)
    assert persons == ["Ali Bashir", "Ali Bashiri", "Bohdan Kovalenskyy"], persons


def test_the_first_of_two_surnames_is_the_person_wherever_the_model_reads_it(extractor):
    doc = read(extractor, "Former governor Tomas Yarrow Ruvalcaba was sentenced on Monday. Judge Rolando Olvera "
                          "sentenced Yarrow to 108 months. Today's prison sentence for Yarrow concludes a long "
                          "investigation, the prosecutor said.")
    assert not [e for e in doc.entities if e.label == ORG and e.name == "Yarrow"]
    person = next(e for e in doc.entities if e.label == PER and e.name == "Tomas Yarrow Ruvalcaba")
    assert "Yarrow" in person.aliases

