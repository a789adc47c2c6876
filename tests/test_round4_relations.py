"""Relations other than posts, round 4 (whole-article probes): successions stated across
sentences or by a dismissal and an appointment, agents stated once for a passage, the agency a
description names, memberships. Made-up sentences, one shape each, read by the real spaCy
pipeline; each case also says what must not be read."""
import pytest

from loaders.rules.same_posts import same_post
from tests.conftest import check_relation_case, read_text as read


CASES = [
    # (kind, text, facts it must give, facts it must not give); a fact is (type, source, target)
    ("appointed-head-after-dismissing-commander",
     "Ukrainian President Volodymyr Zelenskyy has appointed Oleksandr Syrsky, who has led Ukraine's ground "
     "forces since 2019, as the new head of Ukraine's armed forces, after he dismissed General Valerii Zaluzhny.",
     [("REPLACED", "Oleksandr Syrsky", "Valerii Zaluzhny"), ("APPOINTED", "Volodymyr Zelenskyy", "Oleksandr Syrsky")],
     [("REPLACED", "Valerii Zaluzhny", "Oleksandr Syrsky")]),
    ("dismissed-minister-then-caretaker-of-the-ministry",
     "Iranian President Mahmoud Ahmadinejad has fired Foreign Minister Manouchehr Mottaki. Mr. Ahmadinejad "
     "dismissed Mottaki Monday and appointed Iranian nuclear chief Ali Akbar Salehi as caretaker of the ministry.",
     [("REPLACED", "Ali Akbar Salehi", "Manouchehr Mottaki")], []),
    ("resigned-as-governor-and-another-sworn-in",
     "On Friday, Ricardo Rossello resigned as the governor of Puerto Rico and Pedro Pierluisi was sworn in at 5 p.m.",
     [("REPLACED", "Pedro Pierluisi", "Ricardo Rossello")], []),
    ("resigned-one-post-other-appointed-to-another",
     "Finance Minister John Smith resigned on Monday and Jane Doe was appointed head of the central bank.",
     [], [("REPLACED", "Jane Doe", "John Smith")]),
    ("sacked-as-director-general-then-new-dg-of-the-agency",
     "On Wednesday, President Muhammadu Buhari sacked Basheer Mohammed as the director general of the National "
     "Agency for the Prohibition of Trafficking in Persons (NAPTIP). The president swiftly appointed Fatima "
     "Waziri-Azi as the new DG of the agency.",
     [("REPLACED", "Fatima Waziri-Azi", "Basheer Mohammed"), ("APPOINTED", "Muhammadu Buhari", "Fatima Waziri-Azi")],
     [("REPLACED", "Muhammadu Buhari", "Basheer Mohammed")]),
    ("named-then-she-replaces",
     "Peter Otieno resigned on Friday. President William Ruto appointed Mary Kamau to the post. She replaces "
     "Otieno, who served for six years.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], [("REPLACED", "William Ruto", "Peter Otieno")]),
    ("named-as-then-he-succeeds",
     "President John Mahama named Kwame Mensah as finance minister on Monday. He succeeds Kofi Boateng, who "
     "resigned last week.",
     [("REPLACED", "Kwame Mensah", "Kofi Boateng")], [("REPLACED", "John Mahama", "Kofi Boateng")]),
    ("appointed-new-unnamed-posts-then-replacements",
     "ISLAMABAD: Prime Minister Imran Khan has appointed new inspector general of police (IGP) Punjab and the "
     "chief secretary. According to sources, former federal finance secretary Kamran Ali Afzal will replace chief "
     "secretary Jawad Rafique Malik.",
     [("APPOINTED", "Imran Khan", "Kamran Ali Afzal"), ("REPLACED", "Kamran Ali Afzal", "Jawad Rafique Malik")], []),
    ("group-announced-then-passive-appointments",
     "Egyptian Prime Minister Ibrahim Mahlab appointed six ministers of his new government on Monday, the first "
     "such moves since President Abdel-Fattah al-Sisi was sworn in earlier this month. Mahlab appointed Sameh "
     "Shukri as foreign minister. Professor Naglaa el-Ahwany was appointed as minister of international cooperation.",
     [("APPOINTED", "Ibrahim Mahlab", "Naglaa el-Ahwany"), ("APPOINTED", "Ibrahim Mahlab", "Sameh Shukri")],
     [("APPOINTED", "Ibrahim Mahlab", "Abdel-Fattah al-Sisi")]),
    ("executive-order-signed-then-the-president-appointed",
     "Vladimir Putin signed the Executive Order On Acting Governor of the Chukotka Autonomous Area. The President "
     "appointed Vladislav Kuznetsov Acting Governor of the Chukotka Autonomous Area.",
     [("APPOINTED", "Vladimir Putin", "Vladislav Kuznetsov")], []),
    ("a-court-order-is-no-announcement",
     "The High Court issued an order on Monday. Mayor Peter Otieno was dismissed the next day.",
     [], [("DISMISSED", "High Court", "Peter Otieno")]),
    ("countrys-anti-graft-agency-arrested",
     "Pakistan's anti-graft agency has arrested former president Asif Ali Zardari after a court rejected his bail "
     "application. Zardari was arrested at his home, according to Mohamed Bilal Khan, a spokesman for National "
     "Accountability Bureau (NAB).",
     [("ARRESTED", "National Accountability Bureau", "Asif Ali Zardari")], []),
    ("comma-from-the-party",
     "James Bala Ngilari has been sentenced to five years in jail for corruption. Ngilari, from the opposition "
     "party People's Democratic Party (PDP), was governor of Adamawa from October 2014 to May 2015.",
     [("MEMBER_OF", "James Bala Ngilari", "People's Democratic Party")], []),
    ("takes-the-helm-from",
     "Mary Kamau takes the helm from Peter Otieno.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], []),
    ("assumed-the-post-previously-held-by",
     "Mary Kamau assumed the post previously held by Peter Otieno.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], []),
    ("the-post-held-by-is-no-succession",
     "The post held by Peter Otieno was abolished. Mary Kamau was named to the committee.",
     [], [("REPLACED", "Mary Kamau", "Peter Otieno")]),
    ("ousted-and-replaced-with",
     "Peter Otieno was ousted and replaced with Mary Kamau.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], [("REPLACED", "Peter Otieno", "Mary Kamau")]),
    ("his-replacement-in-apposition",
     "Peter Otieno's replacement, Mary Kamau, was sworn in on Monday.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], []),
    ("body-official-before-name",
     "Johnny was arrested as a minister, AGO official Kuntadi said. The Attorney General's Office (AGO) named him "
     "a suspect.",
     [("MEMBER_OF", "Kuntadi", "Attorney General's Office")], []),
    ("body-agents-list",
     "FBI agents Mark Lee and Tom Ward arrested him on Monday.",
     [("MEMBER_OF", "Mark Lee", "Federal Bureau of Investigation"),
      ("MEMBER_OF", "Tom Ward", "Federal Bureau of Investigation")], []),
    ("a-country-official-is-no-member",
     "US official John Smith said the talks had failed.",
     [], [("MEMBER_OF", "John Smith", "United States"), ("MEMBER_OF", "John Smith", "US")]),
    ("of-the-ruling-body",
     "Senator John Okoro of the ruling All Progressives Congress was arrested.",
     [("MEMBER_OF", "John Okoro", "All Progressives Congress")], []),
    ("party-acronym-in-brackets",
     "Lawmaker John Okoro (PDP) was arrested on Monday. The Peoples Democratic Party (PDP) condemned it.",
     [("MEMBER_OF", "John Okoro", "Peoples Democratic Party")], []),
    ("agency-acronym-in-brackets-is-no-party",
     "Officer John Okoro (NBI) was arrested. The National Bureau of Investigation (NBI) said so.",
     [], [("MEMBER_OF", "John Okoro", "National Bureau of Investigation")]),
    ("who-belongs-to-the-party",
     "John Okoro, who belongs to the ruling Jubilee Party, was arrested.",
     [("MEMBER_OF", "John Okoro", "Jubilee Party")], []),
    ("who-served-as-his-assistant",
     "Tanimu Turaki was arraigned. Sampson Okpetu, who served as his special assistant, was also charged.",
     [("SUBORDINATE_OF", "Sampson Okpetu", "Tanimu Turaki")], []),
    ("who-after-of-a-name",
     "Lawrence Mushwana is the new chairperson of the commission. \"He is the chairman,\" said Vincent Moaga of "
     "Mushwana, who succeeds Jody Kollapen who left at the end of September.",
     [("REPLACED", "Lawrence Mushwana", "Jody Kollapen")], [("REPLACED", "Vincent Moaga", "Jody Kollapen")]),
    ("arrested-by-operatives-of-a-body",
     "John Okoro was arrested by operatives of the Department of State Services (DSS) on Monday.",
     [("ARRESTED", "Department of State Services", "John Okoro")], []),
    ("taken-into-custody-by",
     "John Okoro was taken into custody by the National Crime Agency.",
     [("ARRESTED", "National Crime Agency", "John Okoro")], []),
    ("picked-up-by-body-operatives",
     "John Okoro was picked up by DSS operatives. The Department of State Services (DSS) declined to comment.",
     [("ARRESTED", "Department of State Services", "John Okoro")], []),
    ("arresting-body-confirmed-the-arrest",
     "The National Police confirmed the arrest of former mayor John Okoro on Monday.",
     [("ARRESTED", "National Police", "John Okoro")], []),
    ("an-embassy-confirming-an-arrest-made-none",
     "The embassy confirmed the arrest of John Okoro.",
     [], [("ARRESTED", "embassy", "John Okoro")]),
    ("the-head-of-state-appointing-them",
     "Kenyan President William Ruto signed the list on Friday. The Head of State gazetted the appointment of the "
     "Cabinet Secretaries, thus formally appointing them. Kithure Kindiki was appointed as Interior minister.",
     [("APPOINTED", "William Ruto", "Kithure Kindiki")], []),
    ("replaced-them-is-no-announcement",
     "Burma's military government, in a weekend move, reshuffled its cabinet, with the foreign minister stepping "
     "down. Diplomats were caught off guard by the retirement of long-time foreign minister Win Aung and his deputy "
     "Khin Maung Win. Military appointees, Major General Nyan Win and Colonel Maung Myint, replaced them.",
     [("APPOINTED", "military government", "Nyan Win"), ("REPLACED", "Nyan Win", "Win Aung")], []),
    ("police-arresting-them-is-no-passage-agent",
     "Police arrested them on Monday. Later, John Okoro was arrested in Nairobi by the Anti-Corruption Commission.",
     [], [("ARRESTED", "Police", "John Okoro")]),
    ("became-after-resigned",
     "Mary Kamau became prime minister after Peter Otieno resigned in March.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], []),
    ("became-no-post-after-died",
     "Mary Kamau became a lawyer after Peter Otieno died.",
     [], [("REPLACED", "Mary Kamau", "Peter Otieno")]),
    ("became-leader-after-resigned-from-party",
     "Mary Kamau became party leader after Peter Otieno resigned from the party.",
     [], [("REPLACED", "Mary Kamau", "Peter Otieno")]),
    ("elected-following-the-resignation-of",
     "Mary Kamau was elected speaker following the resignation of Peter Otieno.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], []),
    ("the-successor-of",
     "Mary Kamau, the successor of Peter Otieno, said the reforms would continue.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], []),
    ("handed-over-power-to",
     "Peter Otieno handed over power to Mary Kamau on Monday.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], []),
    ("handed-over-documents-is-no-succession",
     "Peter Otieno handed over the documents to Mary Kamau.",
     [], [("REPLACED", "Mary Kamau", "Peter Otieno")]),
    ("comma-of-the-party",
     "John Okoro, of the Peoples Democratic Party, was arrested.",
     [("MEMBER_OF", "John Okoro", "Peoples Democratic Party")], []),
    ("comma-of-a-university-is-no-party",
     "John Okoro, of Lagos State University, was arrested.",
     [], [("MEMBER_OF", "John Okoro", "Lagos State University")]),
    ("belongs-to-the-party",
     "John Okoro, an opposition lawmaker, belongs to the Democratic Alliance.",
     [("MEMBER_OF", "John Okoro", "Democratic Alliance")], []),
    ("elected-on-the-party-ticket",
     "John Okoro, who was elected on the ANC ticket, was arrested.",
     [("MEMBER_OF", "John Okoro", "ANC")], []),
    ("unit-of-the-body",
     "The Criminal Investigation Department of the Nigeria Police Force arrested John Okoro.",
     [("PART_OF", "Criminal Investigation Department", "Nigeria Police Force")], []),
    ("bodys-unit-in-apposition",
     "The Ministry of Interior's investigative unit, the Criminal Investigation Department, arrested John Okoro.",
     [("PART_OF", "Criminal Investigation Department", "Ministry of Interior")], []),
    ("a-board-of-a-bank-named-whole-is-no-part",
     "The Board of the Central Bank of Kenya met on Monday.",
     [], [("PART_OF", "Board", "Central Bank of Kenya")]),
    ("special-adviser-to-the-president-on-a-portfolio",
     "Nigerian President Bola Tinubu approved the list on Monday. Special Adviser to the President on Media and "
     "Publicity, Ajuri Ngelale, said so in a statement.",
     [("SUBORDINATE_OF", "Ajuri Ngelale", "Bola Tinubu")], []),
    ("the-presidents-special-adviser-on-a-portfolio",
     "Nigerian President Bola Tinubu approved the list on Monday. A statement signed by the President's Special "
     "Adviser on Media and Publicity, Ajuri Ngelale, said so.",
     [("SUBORDINATE_OF", "Ajuri Ngelale", "Bola Tinubu")], []),
    ("a-minister-for-a-portfolio-is-no-subordinate",
     "Nigerian President Bola Tinubu approved the list on Monday. The minister for Media and Publicity, Ajuri "
     "Ngelale, said so.",
     [], [("SUBORDINATE_OF", "Ajuri Ngelale", "Bola Tinubu")]),
    ("resigned-as-governor-and-another-sworn-in-as-new-governor",
     "On Friday, Ricardo Rossello resigned as the governor of Puerto Rico and Pedro Pierluisi was sworn in as "
     "Puerto Rico's new governor.",
     [("REPLACED", "Pedro Pierluisi", "Ricardo Rossello")], []),
    ("resigned-one-ministry-another-sworn-in-to-another",
     "Finance Minister John Smith resigned on Monday and Jane Doe was sworn in as the new defence minister.",
     [], [("REPLACED", "Jane Doe", "John Smith")]),
    ("accepted-resignation-then-appointed-name-acting-governor",
     "Nairobi Governor Peter Otieno resigned on Monday. The President appointed Mary Kamau Acting Governor of "
     "Nairobi County until the governor-elect takes office.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], []),
    ("resigned-health-minister-then-acting-finance-minister",
     "Health Minister John Smith resigned on Monday. The president appointed Jane Doe acting finance minister.",
     [], [("REPLACED", "Jane Doe", "John Smith")]),
    ("the-ruling-party-party's-name",
     "The ruling ZANU-PF party's John Okoro was arrested. The Zimbabwe African National Union – Patriotic Front "
     "(ZANU-PF) said nothing.",
     [("MEMBER_OF", "John Okoro", "ZANU-PF")], []),
    ("made-way-for",
     "Peter Otieno made way for Mary Kamau.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], []),
    ("a-crowd-making-way-is-no-succession",
     "The crowd made way for Mary Kamau as Peter Otieno watched.",
     [], [("REPLACED", "Mary Kamau", "Peter Otieno")]),
    ("was-named-his-successor",
     "Mary Kamau, who was named Peter Otieno's successor in March, took office on Monday.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], []),
    ("unnamed-appointee-to-replace-is-not-the-appointer",
     "Police Minister Mark Mitchell today announced the appointment of an interim Police Commissioner to replace "
     "Police Commissioner Andrew Coster who steps down from the role on 10 November.",
     [], [("REPLACED", "Mark Mitchell", "Andrew Coster")]),
    ("named-a-new-chief-to-replace",
     "Kenyan President William Ruto named a new police chief to replace Peter Otieno.",
     [], [("REPLACED", "William Ruto", "Peter Otieno")]),
    ("announced-the-appointment-of-x-to-replace",
     "The president announced the appointment of Mary Kamau to replace Peter Otieno.",
     [("REPLACED", "Mary Kamau", "Peter Otieno")], []),
    ("a-countrys-party-is-no-persons",
     "Leader of Japan's LDP, Yoshihide Suga, was elected on Monday. Suga replaces Shinzo Abe.",
     [("REPLACED", "Yoshihide Suga", "Shinzo Abe")], [("MEMBER_OF", "Japan", "LDP")]),
]


@pytest.mark.parametrize("kind,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_relation_kind(extractor, kind, text, must, must_not):
    check_relation_case(read(extractor, text), kind, must, must_not)


@pytest.mark.parametrize("given,held,same", [
    ("new DG of the agency", "director general of the National Agency for the Prohibition of Trafficking", True),
    ("DG", "director-general of the National Broadcasting Commission (NBC)", True),
    ("caretaker of the ministry", "Foreign Minister", True),
    ("minister", "finance minister", False),
    ("head of the central bank", "head of the army", False),
    ("head", "head of the army", False),
    ("minister of finance", "Minister of Finance", True),
])
def test_same_post(given, held, same):
    assert same_post(given, held) is same
