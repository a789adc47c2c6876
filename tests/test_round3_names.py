"""Names' bounds and kinds (round 3): the words the small model runs into a name or cuts off it,
and spans it reads as the wrong kind (loaders/name_bounds.py, loaders/mentions.py). Real spaCy;
the sentences are made up, one per kind, with names of no real person."""
import pytest

from tests.conftest import check_entity_case, entity_case, read_text as read


PER, ORG = "Person", "Organisation"


case = entity_case


CASES = [
    # honorifics and abbreviated ranks before a name are not part of it
    case("Its chief commissioner Tan Sri Halim Rosdi told reporters the suspect was remanded.",
         has={(PER, "Halim Rosdi")}, lacks={(PER, "Tan Sri Halim Rosdi")}, id="honorific-two-words"),
    case("Provincial police chief Brig. Gen. Rudi Santoso said the regent would be questioned.",
         has={(PER, "Rudi Santoso")}, lacks={(PER, "Brig")}, id="abbreviated-rank"),
    case("The projects were not linked to the state's Menteri Besar Datuk Seri Kamal Ariffin, he said.",
         has={(PER, "Kamal Ariffin")}, id="honorific-inside-a-span"),
    # a place and a title run into the holder's name
    case("Police questioned Korowai Regent Benny Marlon Tabuni and Wamena Regent Yosef Kogoya on Monday.",
         has={(PER, "Benny Marlon Tabuni"), (PER, "Yosef Kogoya")},
         lacks={(PER, "Korowai Regent Benny Marlon Tabuni"), (PER, "Wamena")}, id="place-title-name"),
    case("Detectives arrested Kerugoya Governor Daniel Mwangi Kariuki over the tender.",
         has={(PER, "Daniel Mwangi Kariuki")}, id="place-governor-name"),
    case("The commission forced Zafta chairperson Tendai Moyo Chirwa to resign.",
         has={(PER, "Tendai Moyo Chirwa")}, lacks={(PER, "Zafta")}, id="body-lower-case-title-name"),
    case("Ndhiwa Governor, Onyango Otieno Ogutu has been arrested after he presented himself to detectives.",
         has={(PER, "Onyango Otieno Ogutu")}, lacks={(PER, "Ndhiwa Governor"), (PER, "Ndhiwa")},
         id="place-title-comma-name"),
    case("Kwelera Bay acting municipal manager Sipho Mavuso was arrested at his home on Friday.",
         has={(PER, "Sipho Mavuso")}, lacks={(PER, "Kwelera Bay")}, id="place-before-lower-case-post"),
    case("The raid was led by officers in North Kalimara, where the regent was detained.",
         lacks={(PER, "North Kalimara")}, id="compass-word-starts-a-place"),
    # a name the model did not read, or read as something else, in apposition to a title or kin
    case("Adewale Okonjo, the president of the federation, has sacked his environment minister.",
         has={(PER, "Adewale Okonjo")}, id="untagged-name-before-title-apposition"),
    case("The warrants name Karim al-Dulaimi, a former defence minister, and two aides.",
         has={(PER, "Karim al-Dulaimi")}, id="name-read-as-place-before-title-apposition"),
    case("The judge ordered the detention of the former president and his wife, Marisol Quispe Huaman, on Friday.",
         has={(PER, "Marisol Quispe Huaman")}, lacks={(ORG, "Marisol Quispe Huaman")}, id="kin-apposition"),
    case("Herrera de Lucio, former governor of the state, is accused of tax fraud.",
         has={(PER, "Herrera de Lucio")}, lacks={(ORG, "Herrera de Lucio")}, id="particle-name-read-as-body"),
    # particles
    case("President Kamuzu wa Chiumia fired the education minister on Tuesday.",
         has={(PER, "Kamuzu wa Chiumia")}, lacks={(PER, "Kamuzu")}, id="particle-wa"),
    case("Justice Minister Pieter van der Hoeven told parliament he would step down.",
         has={(PER, "Pieter van der Hoeven")}, id="two-particles"),
    # organisations: acronyms and cut names
    case("President Tinashe Mazvita disbanded the Zambezi Anti-Corruption Commission (Zacc) on Monday. "
         "Zacc had arrested two ministers.",
         has={(ORG, "Zambezi Anti-Corruption Commission")}, lacks={(PER, "Zacc")}, id="mixed-case-acronym-in-brackets"),
    case("The Ethics and Anti-Corruption Commission is investigating the governor for alleged corruption.",
         has={(ORG, "Ethics and Anti-Corruption Commission")}, lacks={(ORG, "Anti-Corruption Commission")},
         id="name-cut-before-joining-word"),
    case("Indonesia's second-biggest political party, Golkar, said it respected the process.",
         has={(ORG, "Golkar")}, lacks={(PER, "Golkar")}, id="name-after-party-comma"),
    # not entities at all, or not the kind the model read
    case("Mr. Kofi Mensah, Director of Public Affairs at the commission, gave the details.",
         has={(PER, "Kofi Mensah")}, lacks={(ORG, "Director of Public Affairs")}, id="title-of-portfolio-is-no-body"),
    case("Former Energy and Power Development Minister Tafadzwa Gumbo was arrested on Friday.",
         has={(PER, "Tafadzwa Gumbo")}, lacks={(ORG, "Energy and Power Development")}, id="portfolio-before-minister"),
    case("The president appointed Assistant Police Commissioner Ibrahim Danjuma Yakubu as acting chairman.",
         has={(PER, "Ibrahim Danjuma Yakubu")}, lacks={(ORG, "Assistant Police")}, id="modifier-and-body-word-before-title"),
    case("A royal order appointed Faisal al-Harbi as Minister of Hajj and Umrah.",
         has={(PER, "Faisal al-Harbi")}, lacks={(PER, "Hajj"), (PER, "Umrah")}, id="portfolio-after-title-of"),
    case("The former governor was arrested at the Ngozi Okafor International Airport in Lagos.",
         lacks={(ORG, "Ngozi Okafor International Airport")}, id="facility-is-no-body"),
    case("The operation by the bureau's Karachi and Lahore circles led to the arrest.",
         lacks={(ORG, "Karachi and Lahore")}, id="list-of-places-is-no-body"),
    case("Mayor Tomas Okafor and his brother were convicted. The Okafors were sentenced on Monday.",
         has={(PER, "Tomas Okafor")}, lacks={(ORG, "Okafors")}, id="family-plural-surname"),
    case("Director of Public Affairs Bello Ade said Olukoyede's administration had been inspiring.",
         lacks={(ORG, "Olukoyede")}, id="possessive-administration-is-a-person"),
    case("The president dismissed deputy governors Kemal Ozturk and Hakan Yilmaz Demir on Friday.",
         has={(PER, "Kemal Ozturk"), (PER, "Hakan Yilmaz Demir")}, id="two-names-after-a-plural-title"),
    case("Pol Gen Somchai Wongsawat was moved to an inactive post on Monday.",
         has={(PER, "Somchai Wongsawat")}, lacks={(PER, "Pol Gen Somchai Wongsawat")}, id="honorific-without-dots"),
    case("Long serving Secretary to the Treasury, Okello Mbabazi, was sent to the Office of the Prime Minister "
         "as permanent secretary.",
         has={(ORG, "Office of the Prime Minister")}, lacks={(ORG, "Office of the Prime")}, id="office-named-after-a-post"),
    case("The matter was raised by the Leader of the Opposition Ruwan Perera in Parliament.",
         has={(PER, "Ruwan Perera")}, lacks={(ORG, "Opposition Ruwan Perera"), (ORG, "Opposition")},
         id="body-run-into-a-name"),
    case("The Office of the Special Prosecutor (OSP) charged the former minister on Monday.",
         has={(ORG, "Office of the Special Prosecutor"), (ORG, "OSP")},
         lacks={(ORG, "Office of the Special Prosecutor (OSP")}, id="name-and-acronym-in-one-span"),
    case("ACC Public Relations Officer Rafiqul Hasan Chowdhury confirmed the arrest.",
         has={(PER, "Rafiqul Hasan Chowdhury")}, lacks={(ORG, "ACC Public Relations")}, id="acronym-then-title-words"),
    case("The central bank governor was sacked and had been replaced by Kemal Aydin, the decree said.",
         has={(PER, "Kemal Aydin")}, lacks={(ORG, "Kemal Aydin")}, id="replaced-by-a-person"),
    case("Hours after being sworn in, the president appointed his son-in-law Mehmet Aksoy to the post.",
         has={(PER, "Mehmet Aksoy")}, id="kin-noun-before-a-name"),
    case("His former Assistant Private Secretary (APS), Rafiq Uddin, is implicated as well.",
         has={(PER, "Rafiq Uddin")}, lacks={(ORG, "APS")}, id="acronym-of-a-title"),
    case("The reshuffle of Permanent Secretaries is the latest sign of his way of appointing officials.",
         lacks={(ORG, "Permanent Secretaries")}, id="plural-title-ies"),
    case("The arrests were announced by the UN-backed International Commission Against Impunity in Zelandia.",
         has={(ORG, "International Commission Against Impunity in Zelandia")},
         lacks={(ORG, "UN-backed International Commission")}, id="capitalised-joiner-and-backed-prefix"),
    case("The president ended the appointments of the minister of information, communication and technology, "
         "Baraka Mwinyi Nnauye, on Sunday.",
         has={(PER, "Baraka Mwinyi Nnauye")}, id="name-in-apposition-after-a-long-title"),
    case("Officials of the Alliance for the Renewal of Zelandia party were detained.",
         has={(ORG, "Alliance for the Renewal of Zelandia")}, id="party-name-with-joining-words"),
    case("He heads the country's third largest party, the Movement for Democratic Renewal, since 2004.",
         has={(ORG, "Movement for Democratic Renewal")}, id="name-after-kind-comma-the"),
    case("The Republic of Fiji Military Forces said the commander had been removed.",
         has={(ORG, "Republic of Fiji Military Forces")}, id="place-span-ending-in-institution-word"),
    case("Preet Bharara, the U.S. Attorney for the Southern District of New York, announced the charges.",
         lacks={(ORG, "Southern District")}, id="area-is-no-body"),
    case("Hawks spokesperson Col Sipho Ndlovu said so. Hawks head Lt-Gen Thabo Mokoena said the directorate "
         "would act.", has={(PER, "Sipho Ndlovu"), (PER, "Thabo Mokoena")},
         lacks={(PER, "Col Sipho Ndlovu"), (PER, "Lt-Gen Thabo Mokoena")}, id="ranks-without-dots"),
    case("Must read\nKofi Asante is an experienced and award winning journalist from Ghana.\n"
         "A former security minister, Sizwe Dlamini, has been arrested and charged with corruption.",
         has={(PER, "Sizwe Dlamini")}, lacks={(PER, "Kofi Asante")}, id="author-bio-is-furniture"),
    case("A jury convicted former MedNova Chief Executive Officer Richard Scully of fraud on Monday.",
         has={(PER, "Richard Scully")}, lacks={(PER, "MedNova")}, id="company-before-officer-title"),
    case("Assistant Attorney General Alice Finch of the Criminal Division and Acting U.S. Attorney Louis Frank "
         "announced the sentences.", has={(ORG, "Criminal Division")},
         lacks={(ORG, "Criminal Division and Acting U.S.")}, id="body-ends-before-and-title"),
    case("The decree was submitted to the Emir, Sheikh Nawaf Al-Ahmad Al-Jaber, the cabinet said.",
         has={(PER, "Nawaf Al-Ahmad Al-Jaber"), (PER, "Sheikh Nawaf Al-Ahmad Al-Jaber")}, id="sheikh-before-a-long-name"),
    case("Prime Minister Sheikh Hasina appointed a new cabinet on Monday.",
         has={(PER, "Sheikh Hasina")}, id="sheikh-as-a-given-name"),
    case("Chief Cabinet Secretary Hiroshi Tanaka resigned. Internal Affairs and Communications Minister "
         "Kenji Mori also resigned.", has={(PER, "Hiroshi Tanaka"), (PER, "Kenji Mori")},
         lacks={(ORG, "Chief Cabinet"), (ORG, "Internal Affairs")}, id="title-words-before-a-title"),
    case("Former Health Cabinet Secretary Mutahi Wanjiku was nominated to the Agriculture docket. "
         "The Ministry of Finance and Reuters reported it.",
         has={(PER, "Mutahi Wanjiku")}, lacks={(ORG, "Former Health Cabinet"), (ORG, "Ministry of Finance and Reuters")},
         id="cabinet-of-a-title-and-no-portfolio-after-and"),
    case("In a notification, the Department of Personnel and Training said Ms Preeti Sudan would stay. "
         "Trade CS Moses Kamau and Mbeere North MP Geoffrey Ruku met on Monday.",
         has={(ORG, "Department of Personnel and Training"), (PER, "Preeti Sudan"), (PER, "Moses Kamau"),
              (PER, "Geoffrey Ruku")}, lacks={(ORG, "Mbeere North"), (ORG, "Ms Preeti Sudan")},
         id="portfolio-after-and-prefix-person-abbreviated-title-constituency"),
    case("Following a resignation notice from Governor of the Kolyma Autonomous Area Pavel Sorokin, the President "
         "appointed Ilya Vetrov Acting Governor of the Kolyma Autonomous Area.",
         has={(PER, "Pavel Sorokin"), (PER, "Ilya Vetrov")},
         lacks={(PER, "Ilya Vetrov Acting"), (ORG, "Kolyma Autonomous Area Pavel Sorokin")}, id="territory-then-name-and-trailing-acting"),
    case("The President signed the Executive Order On Acting Governor of the Kolyma Autonomous Area.",
         lacks={(ORG, "Executive Order On Acting"), (ORG, "Executive Order")}, id="document-is-no-body"),
    case("He played a big part in getting Musa Yar'Adua elected as president.",
         has={(PER, "Musa Yar'Adua")}, id="untagged-name-before-elected-as"),
    case("He commanded the 41st Combined Arms Army until 2019, the ministry said. The war pitted the army against "
         "the Liberation Front of Upper Kordava, the LFUK.",
         has={(ORG, "41st Combined Arms Army"), (ORG, "Liberation Front of Upper Kordava")},
         lacks={(ORG, "Combined Arms Army")}, id="unit-number-and-name-before-acronym-apposition"),
    case("KUWAIT, Nov 18 (KUNA) — An order was issued on Monday to relieve the defence minister, the agency said.",
         lacks={(ORG, "KUWAIT"), (ORG, "Kuwait")}, id="dateline-with-a-date"),
]


@pytest.mark.parametrize("text,has,lacks", CASES)
def test_a_kind_of_name_gives_the_right_entities(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


def test_a_patronymic_is_not_a_surname(extractor):
    """"Faisal bin Nasser" and "King Nasser" are two persons: the word after "bin" is the father's name."""
    doc = read(extractor, "King Nasser issued royal decrees on Wednesday, naming his son, Faisal bin Nasser, "
                          "as crown prince. Nasser also named a new interior minister.")
    persons = [e for e in doc.entities if e.label == PER]
    full = next(e for e in persons if e.name == "Faisal bin Nasser")
    assert "Nasser" not in full.aliases
    assert any(e is not full and "Nasser" in {e.name, *e.aliases} for e in persons)


def test_an_acronym_in_the_next_sentence_is_not_the_bodys(extractor):
    """"... party, Golkar. KPK officials ...": an acronym joins the body just before it only in brackets
    in the same sentence, not across a full stop."""
    doc = read(extractor, "The opposition party, Golkar. KPK officials declined to comment.")
    golkar = next(e for e in doc.entities if e.label == ORG and e.name == "Golkar")
    assert "KPK" not in golkar.aliases


def test_a_given_name_stands_for_the_one_person_of_three_names(extractor):
    doc = read(extractor, "President Ndlovu named Dr. Grace Achan Okello as deputy inspector general on Friday. "
                          "Grace's appointment was confirmed by parliament.")
    persons = {e.name: e for e in doc.entities if e.label == PER}
    assert "Grace" not in persons
    assert "Grace" in persons["Grace Achan Okello"].aliases


def test_a_national_body_of_a_country_is_that_countrys(extractor):
    """"the Communist Party of Vietnam" and "the Communist Party" are one party, filed under its country."""
    doc = read(extractor, "He was expelled from the Communist Party of Vietnam on Monday. "
                          "The Communist Party said it would not comment.")
    parties = [e for e in doc.entities if e.label == ORG and "Communist Party" in {e.name, *e.aliases}]
    assert len(parties) == 1 and "Communist Party of Vietnam" in {parties[0].name, *parties[0].aliases}


def test_a_surname_with_its_particle_is_the_full_names(extractor):
    """"De Vido" later in the text is "Julio De Vido", not another person."""
    doc = read(extractor, "Former planning minister Julio De Vido was sentenced to five years on Wednesday. "
                          "De Vido denied the charges.")
    persons = [e for e in doc.entities if e.label == PER]
    assert [e.name for e in persons] == ["Julio De Vido"] and "De Vido" in persons[0].aliases
