"""Relations other than posts, round 5 (whole-article probes of many outlets): a pronoun is
never taken for a person the article marks as the other sex (loaders/gender.py), a passive
replacement whose subject is an apposition left open ("X, the Minister of Information has been
replaced with ..."), the successor named after a long with/by phrase, successions handed
out pairwise ("A and B ..., respectively, replacing C and D"), "replaced him with a lawmaker" naming
no successor, a possessive opening a sentence ("His appointment follows ...") as the last
sentence's subject, decrees that accept a governor's resignation and appoint an acting governor
(the title written right after the appointee's name), memberships of plural subjects ("Both
leaders belong to ...", "Both men were stripped of their membership on ..."), and the official
named right after "TITLE of PLACE" ("President of Kenya X Y fired ...", loaders/place_then_name.py). Made-up sentences,
one shape each, read by the real spaCy pipeline; each case also says what must not be read."""
import pytest

from loaders.gender import article_genders, pronoun_gender
from tests.conftest import check_relation_case, read_text as read


CASES = [
    # (kind, text, facts it must give, facts it must not give); a fact is (type, source, target)
    ("she-replaces-not-the-man-appointed-before",
     "President Cyril Ramaphosa extended the term of governor Lesetja Kganyago and appointed Mampho Modise as "
     "deputy governor of the bank. Kganyago's term was extended to 2029, which will make him one of the longest "
     "serving governors. He was first appointed in 2014. Modise will start her role on April 1. She replaces "
     "former deputy governor Kuben Naidoo.",
     [("REPLACED", "Mampho Modise", "Kuben Naidoo")], [("REPLACED", "Lesetja Kganyago", "Kuben Naidoo")]),
    ("mrs-marks-a-woman",
     "Mr. John Banda was sacked on Monday. Mrs. Grace Phiri was appointed finance minister. She replaces "
     "Banda, who served for six years.",
     [("REPLACED", "Grace Phiri", "John Banda")], []),
    ("he-still-points-at-a-man",
     "Mr. Kwame Mensah was named finance minister on Monday. He succeeds Kofi Boateng, who resigned.",
     [("REPLACED", "Kwame Mensah", "Kofi Boateng")], []),
    ("open-apposition-passive-replaced-with",
     "Dr. Mustapha Hamid, the Minister of Information has been replaced with his deputy, Kojo Oppong Nkrumah.",
     [("REPLACED", "Kojo Oppong Nkrumah", "Mustapha Hamid")], [("REPLACED", "Mustapha Hamid", "Kojo Oppong Nkrumah")]),
    ("replaced-with-a-long-title-then-the-name",
     "The Minister of Gender, Otiko Afisa Djaba, lost her position in the reshuffle. She will be replaced with the "
     "Member of Parliament (MP) for Agona West in the Central Region, Cynthia Morrison.",
     [("REPLACED", "Cynthia Morrison", "Otiko Afisa Djaba")], []),
    ("replaced-with-a-phrase-and-a-clause-names-no-one",
     "Finance Minister Peter Otieno was replaced with a lawmaker from the ruling party, while Mary Kamau "
     "kept her post.",
     [], [("REPLACED", "Mary Kamau", "Peter Otieno")]),
    ("respectively-replacing-pairs-in-order",
     "In July, Oscar Aguad and Alejandro Finocchiaro took over the defense and education portfolios, "
     "respectively, replacing Julio Martinez and Esteban Bullrich.",
     [("REPLACED", "Oscar Aguad", "Julio Martinez"), ("REPLACED", "Alejandro Finocchiaro", "Esteban Bullrich")],
     [("REPLACED", "Alejandro Finocchiaro", "Julio Martinez"), ("REPLACED", "Oscar Aguad", "Esteban Bullrich")]),
    ("replaced-respectively-pairs-in-order",
     "Mary Kamau and John Banda replaced Peter Otieno and Grace Phiri respectively.",
     [("REPLACED", "Mary Kamau", "Peter Otieno"), ("REPLACED", "John Banda", "Grace Phiri")],
     [("REPLACED", "John Banda", "Peter Otieno")]),
    ("fired-and-replaced-with-an-unnamed-lawmaker",
     "President Edgar Lungu on Tuesday fired his Minister of Works Felix Mutati, and replaced him with a lawmaker "
     "from the ruling party.",
     [("DISMISSED", "Edgar Lungu", "Felix Mutati")], [("REPLACED", "Edgar Lungu", "Felix Mutati")]),
    ("issued-order-appointing-acting-governor-after-resignation",
     "The President resolved to accept the voluntary resignation of Tver Region Governor Ivan Petrov. The "
     "President issued an Executive Order appointing Viktor Lebedev Acting Governor of the Tver Region until an "
     "elected governor takes office.",
     [("REPLACED", "Viktor Lebedev", "Ivan Petrov")], []),
    ("acting-post-of-another-kind-is-no-succession",
     "The President accepted the resignation of Tver Region Governor Ivan Petrov. The President issued an "
     "Executive Order appointing Viktor Lebedev Acting Minister of Health.",
     [], [("REPLACED", "Viktor Lebedev", "Ivan Petrov")]),
    ("both-leaders-belong-after-a-succession",
     "Because he was vice president, Peter Otieno replaced President John Banda, who stepped down a year early. "
     "Mr. Banda had served ten years as head of state. Both leaders belong to the National Unity Party, which has "
     "ruled since independence.",
     [("MEMBER_OF", "Peter Otieno", "National Unity Party"), ("MEMBER_OF", "John Banda", "National Unity Party")], []),
    ("both-men-stripped-of-their-membership",
     "Mr. Otieno was fired from the state radio station last month. Mr. Banda, formerly director of the city "
     "police, is accused of corruption. Both men were stripped of their membership on the 150-member Central "
     "Committee.",
     [("MEMBER_OF", "Otieno", "Central Committee"), ("MEMBER_OF", "Banda", "Central Committee")], []),
    ("both-named-are-leaders-of-a-party",
     "Both John Banda and Peter Otieno are leaders of the National Unity Party.",
     [("MEMBER_OF", "John Banda", "National Unity Party"), ("MEMBER_OF", "Peter Otieno", "National Unity Party")], []),
    ("leaders-of-a-court-are-no-members",
     "Both John Banda and Peter Otieno are leaders of the Supreme Court.",
     [], [("MEMBER_OF", "John Banda", "Supreme Court")]),
    ("three-named-before-both-is-two",
     "John Banda, Peter Otieno and Mary Kamau were arrested on Monday. Both men belong to the National Unity Party.",
     [], [("MEMBER_OF", "Mary Kamau", "National Unity Party"), ("MEMBER_OF", "John Banda", "National Unity Party")]),
    ("president-of-country-then-name-acts",
     "President of Ukraine Petro Kovalenko has dismissed Oleksiy Kuleba.",
     [("DISMISSED", "Petro Kovalenko", "Oleksiy Kuleba")], [("DISMISSED", "Ukraine", "Oleksiy Kuleba")]),
    ("governor-of-state-then-hyphenated-name-acts",
     "Governor of Lagos State Tunde Bakare-Ola sacked Commissioner John Banda.",
     [("HOLDS_POSITION", "Tunde Bakare-Ola", "Lagos State")], [("HOLDS_POSITION", "John Banda", "Lagos State")]),
    ("dismissal-from-service-of-x-ordered-by-a-body",
     "The Office of the Ombudsman ordered the dismissal from service of Mayor Oscar Moreno.",
     [("DISMISSED", "Office of the Ombudsman", "Oscar Moreno")], []),
    ("approved-dismissal-from-service-of-x",
     "On October 5, Ombudsman Conchita Reyes also approved dismissal from service of Vicente Fernandez for grave "
     "misconduct.",
     [("DISMISSED", "Conchita Reyes", "Vicente Fernandez")], []),
    ("decree-list-states-the-verb-once",
     "President Petro Kovalenko has dismissed heads of five regional administrations. John Banda was dismissed "
     "from the post of head of the Kyiv Regional State Administration, Peter Otieno from the post of head of the "
     "Sumy Regional State Administration, and Mary Kamau from the post of head of the Kherson Regional State "
     "Administration.",
     [("DISMISSED", "Petro Kovalenko", "Peter Otieno"), ("DISMISSED", "Petro Kovalenko", "Mary Kamau")], []),
    ("replaced-as-post-by-x",
     "Peter Otieno has been replaced as finance minister by John Banda.",
     [("REPLACED", "John Banda", "Peter Otieno")], [("REPLACED", "Peter Otieno", "John Banda")]),
    ("his-successor-is-x",
     "The president fired Peter Otieno on Monday. His successor is John Banda, a former banker.",
     [("REPLACED", "John Banda", "Peter Otieno")], []),
    ("no-respectively-no-pairs",
     "Mary Kamau and John Banda replaced Peter Otieno and Grace Phiri.",
     [], [("REPLACED", "John Banda", "Grace Phiri")]),
]


@pytest.mark.parametrize("kind,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_relation_kind(extractor, kind, text, must, must_not):
    check_relation_case(read(extractor, text), kind, must, must_not)


@pytest.mark.parametrize("word,gender", [("she", "f"), ("Her", "f"), ("him", "m"), ("his", "m"), ("they", None),
                                         ("it", None)])
def test_pronoun_gender(word, gender):
    assert pronoun_gender(word) == gender


def test_article_genders_reads_marks_and_pronouns(extractor):
    from loaders.sources import RawArticle
    text = ("Mrs. Grace Phiri was appointed on Monday. John Banda said his term had ended. "
            "Peter Otieno and Mary Kamau met the press.")
    r = extractor.read(RawArticle(source="t", title="News", text=text),
                       list(extractor.nlp.pipe(["News", text])))
    names = {e.id: e.name for e in r.state.ents.values()}
    genders = {names[i]: v for i, v in article_genders(r.state.sents, r.state.mentions).items()}
    assert genders.get("Grace Phiri") == "f"
    assert genders.get("John Banda") == "m"
    assert "Peter Otieno" not in genders and "Mary Kamau" not in genders   # two persons named: no guess


def test_his_opening_a_sentence_is_the_last_subject_not_the_spokesman(extractor):
    """"His appointment follows ..." after "X will act as IGP ..., a statement signed by Y said": X's."""
    doc = read(extractor, "Mr James Oppong-Boanuh, the Deputy Inspector General of Police has been appointed the "
               "Acting Inspector General of Police (IGP) by President Akufo-Addo. Mr Oppong-Boanuh will act as IGP "
               "until a substantive IGP is appointed in accordance with the Constitution, a statement signed by "
               "Eugene Arhin, the Director of Communications of the Presidency said. His appointment follows a "
               "directive by President Akufo-Addo to the IGP, Mr David Asante-Apeatu to proceed on leave, with "
               "immediate effect, pending his retirement on August 14, 2019.")
    names = {e.id: e.name for e in doc.entities}
    appointed = {names.get(p.entity) for e in doc.events if e.type == "APPOINTMENT" for p in e.participants
                 if p.role == "subject"}
    assert "James Oppong-Boanuh" in appointed and "Eugene Arhin" not in appointed, appointed


def test_order_appoints_name_before_title(extractor):
    """"The Executive Order appoints X acting head of the region": the parse hung X on the title."""
    doc = read(extractor, "The President signed an Executive Order. The Executive Order appoints Pavel Orlov "
                          "acting head of the region.")
    names = {e.id: e.name for e in doc.entities}
    appointed = {names.get(p.entity) for e in doc.events if e.type == "APPOINTMENT" for p in e.participants
                 if p.role == "subject"}
    assert "Pavel Orlov" in appointed, appointed


def test_decree_list_accepts_resignation_then_appoints_acting_governor(extractor):
    """A numbered decree: "1. Accepts the resignation of Governor X ... 2. Appoints Y Acting Governor
    of the Region until ...": Y replaces X (the title right after Y's name)."""
    from tests.conftest import has_relation
    doc = read(extractor, "The President signed the Executive Order On the Early Termination of Powers of the Tver "
                          "Region Governor.\nFollowing the request of Tver Region Governor Ivan Petrov for the early "
                          "termination of powers, the President hereby:\n1. Accepts the resignation of Tver Region "
                          "Governor Ivan Petrov at his own request.\n2. Appoints Viktor Lebedev Acting Governor of the "
                          "Tver Region until the next elected governor of the Tver Region takes office.",
               title="Viktor Lebedev appointed Acting Governor of the Tver Region")
    assert has_relation(doc, "REPLACED", "Viktor Lebedev", "Ivan Petrov")
    assert not has_relation(doc, "REPLACED", "Ivan Petrov", "Viktor Lebedev")


def test_a_name_after_the_list_is_no_gapped_subject(extractor):
    """"X was appointed as finance minister, and Y, a former banker, said ...": Y is no appointee."""
    doc = read(extractor, "John Banda was appointed as finance minister, and Peter Otieno, a former banker, said he "
                          "was pleased.")
    names = {e.id: e.name for e in doc.entities}
    appointed = {names.get(p.entity) for e in doc.events if e.type == "APPOINTMENT" for p in e.participants
                 if p.role == "subject"}
    assert appointed == {"John Banda"}, appointed
