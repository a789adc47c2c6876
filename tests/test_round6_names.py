"""Names and entities (round 6): kinds of wrong or missed entity found on whole news articles
from many outlets (loaders/mentions.py, places.py, portfolio_lists.py, data/names.json).
Real spaCy; the sentences are made up, one or two per kind, with names of no real person."""
import pytest

from tests.conftest import check_entity_case, entity_case as case, read_text as read

PER, ORG = "Person", "Organisation"


CASES = [
    # a possessive inside the span does not make a person's name a body
    case("The prosecutor Ion Vorunescu may be dismissed. The conditions of the Ion Vorunescu's naming were not met.",
         has={(PER, "Ion Vorunescu")}, lacks={(ORG, "Ion Vorunescu")}, id="possessive-name-is-a-person"),
    # a country's adjective or its people read alone is no party to a fact
    case("Two Guatemalan officials resigned on Saturday. Guatemalan prosecutors arrested Ana Lucia Ordonez.",
         has={(PER, "Ana Lucia Ordonez")}, lacks={(ORG, "Guatemalan"), (PER, "Guatemalan")}, id="a-demonym-alone"),
    case("Former minister Ramesh Khadgi ran a racket targeting Nepalis travelling abroad.",
         has={(PER, "Ramesh Khadgi")}, lacks={(PER, "Nepalis"), (ORG, "Nepalis")}, id="a-people-alone"),
    # a name read as a body right after "in", with no institution word, is a place
    case("Botswana's fourth president, Kgosi Motsumi, took the oath of office in Gabarone before Chief Justice "
         "Julian Nkanono.", has={(PER, "Kgosi Motsumi")}, lacks={(ORG, "Gabarone")}, id="a-place-after-in"),
    case("A vigilance spokesperson has confirmed that the chargesheets against DSP Gurnam Sandhu have been "
         "submitted in Tarn Taran court.", lacks={(ORG, "Tarn Taran")}, id="a-place-after-in-before-a-noun"),
    # ... but not a body one serves or sits in
    case("Avigdor Landau served in the Knesset for ten years and rose in Hamas quickly.",
         has={(ORG, "Knesset"), (ORG, "Hamas")}, id="a-body-one-serves-in"),
    # a portfolio list after a plural head names no one body; a "person" in "-ies" inside a list is an item
    case("The Ministries of Information and Women, Children and Gender are part of the portfolios of the cabinet.",
         lacks={(ORG, "Ministries of Information and Women"), (ORG, "Ministry of Information and Women")},
         id="plural-head-list-is-no-body"),
    case("However, his reassigned portfolio, the Ministry of Zongos and Inner Cities isn't a cabinet one.",
         has={(ORG, "Ministry of Zongos and Inner Cities")}, lacks={(PER, "Inner Cities"), (ORG, "Ministry of Zongos")},
         id="list-item-read-as-a-person"),
    # a prison read as a person is a place; a firm read as a person is a body; a report is a document
    case("The minister Tom Okello-Ajwang was remanded to Luzira Maximum Prison in Kampala until April 20.",
         has={(PER, "Tom Okello-Ajwang")}, lacks={(PER, "Luzira Maximum Prison"), (ORG, "Luzira Maximum Prison")},
         id="a-prison-read-as-a-person"),
    case("Makar Thapaliya, whose relative runs Finer Engineering Consultancy—the firm implicated in the complaint, "
         "denied it.", has={(ORG, "Finer Engineering Consultancy")}, lacks={(PER, "Finer Engineering Consultancy")},
         id="a-firm-read-as-a-person"),
    case("Ahmed Textiles was fined after Finance Minister Ishaq Darwesh intervened.",
         has={(ORG, "Ahmed Textiles")}, lacks={(PER, "Ahmed Textiles")}, id="a-firm-with-a-given-name"),
    case("Sher Bahadur Limbu embezzled millions through Detailed Project Reports (DPRs) prepared for projects.",
         lacks={(ORG, "Detailed Project Reports")}, id="reports-are-documents"),
    # an honorific before a name the model read as a body makes it a person
    case("Korovessi tampered with the process to favour Archimandrite Iakovos Yiossakis, a jailed priest.",
         has={(PER, "Iakovos Yiossakis")}, lacks={(ORG, "Archimandrite Iakovos Yiossakis")},
         id="honorific-before-a-body-name"),
    # the place a story was filed from, in square brackets, is the page's
    case("The detainee is Carlos Ruiz Pardo, the former interior minister.\n[LA PAZ] Bolivia on Tuesday arrested "
         "a powerful ex-minister on suspicion of corruption, prosecutors said.",
         has={(PER, "Carlos Ruiz Pardo")}, lacks={(ORG, "LA PAZ]"), (ORG, "LA PAZ")}, id="dateline-in-square-brackets"),
    # a name the model left out: the subject of "is the new ... Minister"; one word after a title and before ", who"
    case("Mr Samuel Kawinga was appointed Lands minister. Vera Chimwaza is the new Labour Minister.",
         has={(PER, "Vera Chimwaza")}, id="subject-of-is-the-new-post"),
    case("Governor Somchai Rattanakul took office after then-Governor Chamroen, who had served one year, was "
         "suddenly transferred.", has={(PER, "Chamroen")}, id="one-word-name-after-a-title-before-who"),
    # a surname with an apostrophe written first, then the given name (Cameroon's papers)
    case("Paul Mbarga has signed a decree appointing Ngo’o Cyrus as Managing Director of the port.",
         has={(PER, "Ngo’o Cyrus")}, lacks={(PER, "Ngo’o")}, id="apostrophe-surname-first"),
    # a given name, then a surname the model read as a place, then ", who"
    case("He joins three former leaders in prison, including Alejandro Toledo, who received a second sentence.",
         has={(PER, "Alejandro Toledo")}, id="given-name-and-place-who"),
    # a body's name in another language read as a person's; its short name in brackets is the body's too
    case("“The work should be acknowledged,” Accion Ciudadana President Edie Cux, a lawyer, told reporters.",
         has={(ORG, "Accion Ciudadana"), (PER, "Edie Cux")}, lacks={(PER, "Accion Ciudadana")},
         id="a-foreign-body-word"),
    case("Meanwhile, Parti Amanah Negara (Amanah) politician Dzulkefly Ahmad will assume the post of health minister.",
         has={(ORG, "Parti Amanah Negara"), (ORG, "Amanah")}, lacks={(PER, "Amanah"), (PER, "Parti Amanah Negara")},
         id="a-short-name-in-brackets"),
    # a person's possessive before a body inside one span: the body alone
    case("Rafael Correa named new ministers. Galo Mora left the government to lead Correa’s Alianza Pais movement.",
         has={(ORG, "Alianza Pais")}, lacks={(ORG, "Correa’s Alianza Pais")}, id="persons-possessive-before-a-body"),
    # a title in lower case on / to a place, then the name of its holder
    case("The order came a day after the UN special envoy on Myanmar Noeleen Heyzer’s first visit since the coup.",
         has={(PER, "Noeleen Heyzer")}, lacks={(ORG, "Myanmar Noeleen Heyzer")}, id="title-on-a-place-then-a-name"),
    # pieces that are no party: a country cut at its apostrophe, a legal form alone, a common word in a title,
    # an abbreviated title alone on a line
    case("Major General Brima Kamara was named chief of staff on Wednesday, just hours after the president flew "
         "out of the country to attend a summit in Cote d’Ivoire.", has={(PER, "Brima Kamara")},
         lacks={(PER, "Cote"), (ORG, "Cote")}, id="a-country-cut-at-its-apostrophe"),
    case("Frank James Lyman, president of Lyman Associates, Inc., pleaded guilty in U.S. District Court.",
         has={(PER, "Frank James Lyman")}, lacks={(ORG, "Inc"), (ORG, "Inc.")}, id="a-legal-form-alone"),
    case("Hawaiian Man Pleads Guilty to Conspiracy, and His Accomplice Is Charged. Jon Kealoha was charged with "
         "conspiracy to commit money laundering.", has={(PER, "Jon Kealoha")}, lacks={(PER, "Conspiracy")},
         id="a-common-word-in-a-title"),
    case("Rajiv Menon was appointed on Sunday.\n\nMoS (youth affairs and sports)\n", lacks={(ORG, "MoS")},
         id="an-abbreviated-title-alone"),
    # a name the model left out: after a title with an apostrophe inside its surname; before ", who"
    case("Presidential spokesman Segun Adebayo says the two health ministers were compelled to quit over alleged "
         "embezzlement of public funds. The ministers had failed to return about $3 million of the health ministry's "
         "budget to the treasury, contravening a directive from President Umaru Yar'Adua. The former ministers denied "
         "wrongdoing, blaming junior officials for the scam.", has={(PER, "Umaru Yar'Adua")},
         id="title-then-a-surname-with-an-apostrophe"),
    case("Deputy governor-2 Than Than Swe, who was shot and injured by unidentified gunmen in April, was promoted.",
         has={(PER, "Than Than Swe")}, id="a-name-before-who"),
    # a place, a capitalised territorial post and a name of one to three words: the place, then the person
    case("The commission caught Pemalang Regent Mukti Agung Wibowo red-handed for allegedly accepting a bribe.",
         has={(PER, "Mukti Agung Wibowo")}, lacks={(ORG, "Pemalang Regent Mukti"), (PER, "Agung Wibowo")},
         id="place-territorial-title-name-read-as-a-body"),
    case("A team of the commission has nabbed Purbalingga Regent Tasdi on charge of corruption.",
         has={(PER, "Tasdi")}, lacks={(PER, "Purbalingga Regent Tasdi")}, id="place-territorial-title-one-name"),
    # the portfolio right after "Minister of" names the ministry; an outlet named as the one that reported
    case("President Emmerson Chivayo has fired War Veterans Minister Chris Mutanga. His wife, Monica, is Minister "
         "of Women’s Affairs.", has={(ORG, "Ministry of Women’s Affairs")}, lacks={(ORG, "Women’s Affairs")},
         id="portfolio-after-minister-of"),
    case("The notice was signed by the Secretary to the State Government (SSG), Kenneth Ugbata, The Nation reports.",
         has={(PER, "Kenneth Ugbata")}, lacks={(ORG, "Nation"), (ORG, "The Nation")}, id="the-outlet-that-reports"),
    # a title's portfolio run into the holder's name (the ministry takes it back); a "person" that is only a portfolio
    case("Ukrainian Deputy Minister for Temporarily Occupied Territories and Internally Displaced Persons Yuriy "
         "Hrymchenko and his assistant were detained on Wednesday.", has={(PER, "Yuriy Hrymchenko")},
         lacks={(PER, "Displaced Persons Yuriy Hrymchenko")}, id="portfolio-run-into-a-name"),
    case("Ukrainian Deputy Minister for Temporarily Occupied Territories and Internally Displaced Persons Yuriy "
         "Hrymchenko and his assistant were detained on Wednesday.",
         has={(ORG, "Ministry of Temporarily Occupied Territories and Internally Displaced Persons")},
         lacks={(ORG, "Temporarily Occupied Territories and Internally")}, id="portfolio-run-into-a-name-body"),
    # a title before the body's name it was read into; the words of a law's title
    case("Holding a responsible position – Minister of Electronic Government and contracting authority for a public "
         "procurement, Bozhidar Bozhilov violated the Law on the Protection of Classified Information.",
         has={(ORG, "Ministry of Electronic Government")},
         lacks={(ORG, "Minister of Electronic Government"), (ORG, "Protection of Classified Information")},
         id="title-read-into-a-body-and-a-laws-title"),
    case("Special Assistant to the Governor on Electronic Media Simeon Okafor announced this in a statement.",
         has={(PER, "Simeon Okafor")}, lacks={(PER, "Electronic Media Simeon Okafor")}, id="title-on-a-portfolio-then-a-name"),
    case("The government transferred Alhamra Arts Council, Lahore, Executive Director Saman Qureshi and posted her "
         "as Director General Public Relations, Punjab, in her own pay and scale.", has={(PER, "Saman Qureshi")},
         lacks={(PER, "Public Relations")}, id="a-portfolio-read-as-a-person"),
    # an honorific alone, a currency before an amount, an outlet named with its kind after it
    case("Hon. Bernard Mutanda (former MCA, Motosiet Ward) was arrested on Monday over vandalism of vehicles valued "
         "at Kshs. 12.1 million.", has={(PER, "Bernard Mutanda")}, lacks={(ORG, "Hon"), (ORG, "Kshs"), (ORG, "MCA")},
         id="honorific-currency-and-title-abbreviation"),
    case("The National Anti-Corruption Bureau detained Deputy Minister of Infrastructure Vasyl Lozynchuk on Jan 21. "
         "According to the Ukrainska Pravda news outlet, the bureau has been looking into Lozynchuk since September.",
         has={(PER, "Vasyl Lozynchuk")}, lacks={(ORG, "Ukrainska Pravda")}, id="outlet-before-news-outlet"),
    # a district before a post written in capitals ("Deputy Commissioner") is the post's place
    case("LAHORE: The Punjab government on Wednesday transferred Jhang Deputy Commissioner Muhammad Tahir Butt and "
         "made him OSD.", has={(PER, "Muhammad Tahir Butt")}, lacks={(PER, "Jhang"), (ORG, "OSD")},
         id="place-before-a-capitalised-deputy-post"),
    # a name in apposition to a capitalised title is a person's; a title before its portfolio is no body
    case("She is jointly charged with her brother. Agnes Nankunda, the State Minister for Karamoja Affairs, was "
         "charged and remanded yesterday.", has={(PER, "Agnes Nankunda"), (ORG, "Ministry of Karamoja Affairs")},
         lacks={(ORG, "State Minister for Karamoja Affairs")}, id="apposition-to-a-capitalised-title"),
    # a paragraph after a dateline and a source set off by bars is story, not a menu
    case("Kampala, Uganda | URN | The State Minister for Finance Amos Lugembe has been remanded to Luzira prison "
         "until April 20 over the alleged theft of iron sheets.\n", has={(PER, "Amos Lugembe")},
         id="paragraph-after-bars"),
    # a district after "of", or ending in a word no name ends in, is a place; "X Prosecutor’s Office" is one body
    case("They include Prince Dormaa Amoako of Ahafo Ano North, Samson Gbolo of Sene East and Felix Owusu Gyimah of "
         "Nkwanta South.", has={(PER, "Dormaa Amoako")}, lacks={(PER, "Ahafo Ano North")}, id="person-of-a-compass-district"),
    case("The President sacked the chief executives of Akuapim North Metropolis and nominated a former Takoradi "
         "Constituency chairman, Mr Abdul Mumin Issaka, to serve as the mayor.", has={(PER, "Abdul Mumin Issaka")},
         lacks={(PER, "Akuapim North Metropolis"), (PER, "Takoradi Constituency")}, id="place-tail-words"),
    case("Acting Prosecutor General Borislav Sarafski acted on proposals from the Sofia City Prosecutor’s Office.",
         has={(ORG, "Sofia City Prosecutor’s Office")}, lacks={(ORG, "Sofia City Prosecutor"), (ORG, "Office")},
         id="an-office-named-after-a-post"),
    # a given name common in the story's region makes a name the model read as a body a person's
    case("They include Prince Dormaa Amoako of Ahafo Ano North, Samson Gbolo of Sene East and Felix Owusu Gyimah of "
         "Nkwanta South.", has={(PER, "Felix Owusu Gyimah")}, lacks={(ORG, "Felix Owusu Gyimah")},
         id="a-regional-given-name"),
    # a body's or a territorial post's word at the front of a name leaves it; a place's possessive before a name
    case("Graft busters arrested 13 people in the regency, including Fikri, Deputy Regent Hendri and three civil "
         "servants.", has={(PER, "Hendri")}, lacks={(PER, "Regent Hendri")}, id="a-territorial-title-before-a-name"),
    case("Waititu is likely to be the second casualty of the radical decision after Samburu’s Moses Lenkolia.",
         has={(PER, "Moses Lenkolia")}, lacks={(ORG, "Samburu’s Moses Lenkolia")}, id="a-places-possessive-then-a-name"),
    # the place after "the regent of" is the regency, not a person; a numbered provision is no body
    case("The commission arrested Muhammad Fikri Thobani, the regent of Rejang Lebong in Bengkulu, on Monday.",
         has={(PER, "Muhammad Fikri Thobani")}, lacks={(PER, "Rejang Lebong")}, id="the-regent-of-a-regency"),
    case("The Chief Secretary, Misheck Sibindi, announced the new ministers appointed in terms of Section 104 (1) "
         "of the Constitution of Zimbabwe.", lacks={(ORG, "Section 104")}, id="a-numbered-provision"),
    # an office named after its head's post, read by the repair
    case("“The work that the Special Anti-Impunity Prosecutor’s Bureau has been doing should be acknowledged,” "
         "Edwin Cuxil told reporters.", has={(ORG, "Special Anti-Impunity Prosecutor’s Bureau")},
         lacks={(ORG, "Special Anti-Impunity Prosecutor")}, id="an-office-named-after-its-head"),
    # a sum of money with its currency is no body
    case("The ACC arrested Syed Sohanur Rahman, son of a former PSC driver, over Tk 3.25cr illegal wealth.",
         has={(PER, "Syed Sohanur Rahman")}, lacks={(ORG, "Tk 3.25cr")}, id="a-sum-with-its-currency"),
    # a court's number and the start of a judge's title are no part of the judge's name
    case("On 23 February, Dhaka Special Judge Court-4 Sheikh Nazrul Amin sentenced Mizanur Rahim and suspended ACC "
         "director Khandaker Enamul Bashir to three and eight years in jail.", has={(PER, "Nazrul Amin")},
         lacks={(PER, "Court-4 Sheikh Nazrul Amin"), (PER, "Dhaka Special")}, id="a-courts-number-and-a-judges-title"),
    # a document read as a one-word person
    case("A Gazette dated May 28 confirmed the dismissal of Finance Minister Rainbo Paiti from office.",
         has={(PER, "Rainbo Paiti")}, lacks={(PER, "Gazette")}, id="a-document-read-as-a-person"),
    # a numbered line naming a post's holder is a list, not a headline; an honorific the title's cut leaves alone is none
    case("Previous ECZ Chairpersons have been Supreme Court Justices.\n\n1. ECZ Chairperson Hon. Justice Esau Chilembo\n\n"
         "2. Hon. Justice Irene Mambwe.\n", has={(PER, "Esau Chilembo")}, lacks={(PER, "Hon")},
         id="a-numbered-line-of-holders"),
    # a party named after its people, cut at the possessive; a country cut before the span; a territory by its kind
    case("A top official in the ruling All People's Congress party, Alimamy Kargbo, says the government wants more.",
         has={(ORG, "All People's Congress")}, lacks={(ORG, "Congress")}, id="a-peoples-party"),
    case("The President appointed Konstantin Ilkovich Acting Governor of Trans-Baikal Territory.\n\nThe term of the "
         "Territory's Governor Ravil Genatullin expires on March 1.", has={(PER, "Ravil Genatullin")},
         lacks={(PER, "Territory"), (PER, "Trans-Baikal Territory")}, id="a-territory-named-by-its-kind"),
    # a person's full name read as a body beside the short name the article uses; an account on a platform
    case("Who is Eva Copa, the little-known figure who helped pave the way for new elections?\n\n"
         "A key figure was the president of the Senate, Mónica Eva Copa Murga, or Eva Copa as she is better known.\n\n"
         "Photo of Eva Copa from the Bolivian Senate's Instagram account.",
         has={(PER, "Eva Copa")}, lacks={(ORG, "Mónica Eva Copa Murga"), (ORG, "Bolivian Senate's Instagram")},
         id="a-full-name-beside-the-short-one-and-an-account"),
    # an abbreviated title written without its dot is not part of the name
    case("Governor Somsak Wongprasert was transferred. Gov Somsak had served six months.",
         has={(PER, "Somsak Wongprasert")}, lacks={(PER, "Gov Somsak")}, id="undotted-title-abbreviation"),
]


@pytest.mark.parametrize("text,has,lacks", CASES)
def test_a_kind_of_name_gives_the_right_entities(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


def test_a_shared_surname_goes_to_the_person_named_before_it(extractor):
    """"Rai" alone after "Sherdhan Rai" is Sherdhan Rai, even when another Rai is named later in
    another paragraph: a bare surname refers back, not forward."""
    doc = read(extractor, "The commission is investigating former chief minister Sherdhan Kulung Rai.\n\n"
                          "Records show that millions were spent on the reports of his office, and Rai maintains "
                          "that the issue has been resolved.\n\n"
                          "Bhupendra Rai, then a provincial minister, raised the matter at a press conference.")
    by_name = {e.name: e for e in doc.entities if e.label == PER}
    assert "Rai" in by_name["Sherdhan Kulung Rai"].aliases
    assert "Rai" not in by_name["Bhupendra Rai"].aliases


def test_given_names_stand_for_the_full_name(extractor):
    """"Abdul Gafur" after "Abdul Gafur Mas’ud" is the same person, not a second one."""
    doc = read(extractor, "The commission arrested Abdul Gafur Mas’ud at a mall. Activist Pradarma Rupang said "
                          "Abdul Gafur, who was elected in 2018, was criticized for building a residence.")
    assert sorted(e.name for e in doc.entities if e.label == PER and e.name.startswith("Abdul")) == ["Abdul Gafur Mas’ud"]


@pytest.mark.parametrize("words,name", [
    (["Cabinet", "Misheck", "Sibindi"], ["Misheck", "Sibindi"]),   # "... to the President and Cabinet X Y"
    (["Regent", "Hendri"], ["Hendri"]),                             # "Deputy Regent Hendri"
])
def test_a_body_or_territorial_word_leaves_the_front_of_a_name(words, name):
    from loaders.mentions import strip_person_prefix
    assert strip_person_prefix(words) == name


def test_an_acronym_defined_in_brackets_stands_for_its_body(extractor):
    """"National Anticorruption Directorate (DNA)" then "According to DNA": the model reads "DNA"
    as a common word and tags it nowhere; the article's bracket says it is the directorate."""
    doc = read(extractor, "Prosecutors from Romania’s National Anticorruption Directorate (DNA) announced that Ion "
                          "Georgiadu, the mayor of Mioveni, has been detained.\n\nAccording to DNA, the mayor "
                          "allegedly accepted a bribe.")
    body = next(e for e in doc.entities if e.name == "National Anticorruption Directorate")
    assert "DNA" in body.aliases
