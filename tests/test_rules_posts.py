"""Posts and memberships stated in the ways news writes them (loaders/rules/post_verbs.py,
leaders.led_by, members.party_possessive / of_party, possessive owners of titles), read by
the real spaCy pipeline. The sentences are made up; each states one general construction."""
import pytest

from graph.merge import merge
from loaders.sources import RawArticle
from tests.conftest import read_text as read

HP, MEMBER, SUB, PART = "HOLDS_POSITION", "MEMBER_OF", "SUBORDINATE_OF", "PART_OF"


def posts(doc, typ: str = HP) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in doc.relations if r.type == typ}


def facts(doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in doc.relations}


def nothing(typ: str, source: str, target: str) -> bool:
    return False


def case(text: str, present=(), wrong=nothing, *, id: str):
    """One made-up text, the facts (type, source, target) it must give, and a test of facts it
    must not give."""
    return pytest.param(text, set(present), wrong, id=id)


CASES = [
    case("Aleksandar Vucic was sworn in as president of Serbia on Thursday. Abiy Ahmed was elected chairman of "
         "the Ethiopian People's Revolutionary Democratic Front.",
         {(HP, "person:aleksandar-vucic", "organisation:serbia"),
          (HP, "person:abiy-ahmed", "organisation:ethiopian-people-s-revolutionary-democratic-front")},
         id="verb-of-taking-office"),
    case("In Kenya, General Ahmed Musa took over as army chief on Monday, Kenyan officials said.",
         {(HP, "person:ahmed-musa", "organisation:kenya-army")}, id="verb-of-taking-office-took-over-as"),
    case("Relations with Russia have improved since John Carter became president. "
         "Mary Jones is expected to become finance minister of Ghana.",
         wrong=lambda typ, s, t: typ == HP and s in ("person:john-carter", "person:mary-jones"),
         id="hedged-or-unplaced-office-verb-no-post"),
    case("The New Patriotic Party, led by former president John Kufuor, rejected the results. "
         "Police arrested members of the Revolutionary Front, a group led by Omar Haddad.",
         {(HP, "person:john-kufuor", "organisation:new-patriotic-party"),
          (HP, "person:omar-haddad", "organisation:revolutionary-front")}, id="agent-of-passive-lead-verb"),
    case("Former president Alejandro Toledo said his Peru Possible party opposes the plan. "
         "Senator Maria Lopez of the National Party said the law was unfair. "
         "Mupfumira Banda, a longtime Zanu-PF party member, was arrested.",
         {(MEMBER, "person:alejandro-toledo", "organisation:peru-possible"),
          (MEMBER, "person:maria-lopez", "organisation:national-party"),
          (MEMBER, "person:mupfumira-banda", "organisation:zanu-pf")}, id="membership-party-owned-or-named"),
    case("Ken Ofori-Atta, the country's finance minister, presented the budget in Ghana. "
         "The agency's director, Paul Smith, resigned on Friday. The Federal Aviation Agency said so.",
         {(HP, "person:ken-ofori-atta", "organisation:ghana-ministry-of-finance"),
          (HP, "person:paul-smith", "organisation:federal-aviation-agency")}, id="possessive-names-body-of-title"),
    case("United Nations Secretary-General Ban Ki-moon has issued a statement. "
         "Ukraine's parliament voted to oust the government of pro-Moscow Prime Minister Viktor Yanukovych.",
         {(HP, "person:ban-ki-moon", "organisation:united-nations")},
         wrong=lambda typ, s, t: typ == HP and t.endswith("moscow"), id="hyphens-in-titles-and-adjectives"),
    case("Kabine Komara lives in Cairo, where he is a top official at the African Export-Import Bank. "
         "Dmitry Peskov, Vladimir Putin's spokesman, said the Kremlin would not comment.",
         {(HP, "person:kabine-komara", "organisation:african-export-import-bank"),
          (SUB, "person:dmitry-peskov", "person:vladimir-putin")}, id="pronoun-or-possessive-after-name"),
    case("Interior Minister John Mbeki fired his deputy, Paul Kagwe, in Kenya on Monday.",
         {(HP, "person:paul-kagwe", "organisation:kenya-ministry-of-interior")}, id="deputy-of-holder"),
    case("President Donald Trump said he would nominate Mike Waltz to be ambassador to the United Nations.",
         wrong=lambda typ, s, t: (typ, s, t) == (HP, "person:mike-waltz", "organisation:united-nations"),
         id="proposed-with-to-be-not-held"),
    case("The former chief, Hok Lundy, a powerful Cambodian People's Party general, died on Sunday. "
         "Ikran Tahlil Farah, who worked in NISA's cybersecurity department, was killed. "
         "Bremer said an independent member of the Governing Council, Mowaffaq al-Rubaie, was named. "
         "The accused policeman, Sergeant Theodore Sery, told investigators in Cambodia he was innocent.",
         {(MEMBER, "person:hok-lundy", "organisation:cambodian-people-s-party"),
          (MEMBER, "person:ikran-tahlil-farah", "organisation:nisa"),
          (MEMBER, "person:mowaffaq-al-rubaie", "organisation:governing-council"),
          (MEMBER, "person:theodore-sery", "organisation:cambodia-police")}, id="membership-party-work-body-nouns"),
    case("Elsy Duenas, Oscar Alberto Lopez Jerez, and Luis Javier Suarez Magana, current Magistrates "
         "of the Constitutional Chamber of the Supreme Court, undermined democratic processes. "
         "The Governor of the Central Bank of Nigeria Godwin Emefiele was suspended on Friday.",
         {(HP, "person:elsy-duenas", "organisation:constitutional-chamber-of-the-supreme-court"),
          (HP, "person:oscar-alberto-lopez-jerez", "organisation:constitutional-chamber-of-the-supreme-court"),
          (HP, "person:luis-javier-suarez-magana", "organisation:constitutional-chamber-of-the-supreme-court"),
          (HP, "person:godwin-emefiele", "organisation:central-bank-of-nigeria")},
         id="plural-title-after-list-and-title-of-named-body"),
    case("In Ghana, the head of the central bank, Kofi Mensah, resigned. "
         "The minister of finance, Ama Owusu, presented the budget in Ghana.",
         {(HP, "person:kofi-mensah", "organisation:ghana-central-bank"),
          (HP, "person:ama-owusu", "organisation:ghana-ministry-of-finance")}, id="title-phrase-before-name"),
    case("Jane Doe, Standard Bank's chief executive, said profits fell. "
         "Chairman Nuhu Ribadu of the Economic and Financial Crimes Commission was removed.",
         {(HP, "person:jane-doe", "organisation:standard-bank"),
          (HP, "person:nuhu-ribadu", "organisation:economic-and-financial-crimes-commission")},
         id="body-before-possessive-title-or-after-name"),
    case("Kofi Mensah, an adviser to President John Mahama, was arrested. "
         "Samuel Owusu, Ghana's ambassador to the United States, was recalled. "
         "Kwame Boateng joined the New Patriotic Party in 2005. "
         "Yaw Asante, a lawmaker from the ruling New Patriotic Party, was arrested.",
         {(SUB, "person:kofi-mensah", "person:john-mahama"), (HP, "person:samuel-owusu", "organisation:ghana"),
          (MEMBER, "person:kwame-boateng", "organisation:new-patriotic-party"),
          (MEMBER, "person:yaw-asante", "organisation:new-patriotic-party")},
         wrong=lambda typ, s, t: (typ, s, t) == (HP, "person:yaw-asante", "organisation:new-patriotic-party"),
         id="advisers-ambassadors-joining"),
    case("In Ghana, President John Mahama appointed Kofi Mensah head of the Electoral Commission. "
         "Parliament elected Kwame Boateng speaker of the National Assembly.",
         {(HP, "person:kofi-mensah", "organisation:electoral-commission"),
          (HP, "person:kwame-boateng", "organisation:ghana-national-assembly")},
         wrong=lambda typ, s, t: (typ, s, t) == (HP, "person:john-mahama", "organisation:electoral-commission"),
         id="appointing-verb-gives-post-to-object"),
    case("In Ghana, Kofi Mensah assumed the post of chief justice on Monday. "
         "Kwame Boateng kept his post as interior minister. "
         "Samuel Owusu retained the defence portfolio in the new cabinet.",
         {(HP, "person:kofi-mensah", "organisation:judiciary-of-ghana"),   # (round 8: no court named)
          (HP, "person:kwame-boateng", "organisation:ghana-ministry-of-interior"),
          (HP, "person:samuel-owusu", "organisation:ghana-ministry-of-defense")}, id="office-noun-as-object"),
    case("In Ghana, Kofi Mensah, who was sacked as governor of the central bank, was arrested. "
         "Former finance ministers Kwame Boateng and Yaw Asante were also arrested in Ghana.",
         {(HP, "person:kofi-mensah", "organisation:ghana-central-bank"),
          (HP, "person:kwame-boateng", "organisation:ghana-ministry-of-finance"),
          (HP, "person:yaw-asante", "organisation:ghana-ministry-of-finance")},
         id="event-post-phrase-and-plural-titles-before-list"),
    case("The new cabinet of Ghana includes Kofi Mensah (finance), Kwame Boateng (defence) and "
         "Yaw Asante (interior).\nMinister of Health: Ama Serwaa.\nKofi Annan (left) spoke.",
         {(HP, "person:kofi-mensah", "organisation:ghana-ministry-of-finance"),
          (HP, "person:kwame-boateng", "organisation:ghana-ministry-of-defense"),
          (HP, "person:yaw-asante", "organisation:ghana-ministry-of-interior")},
         wrong=lambda typ, s, t: typ == HP and s == "person:kofi-annan", id="cabinet-list-brackets-and-colon"),
    case("President John Mahama of Ghana spoke on Monday. The president's spokesman, Kwame Boateng, "
         "denied it. Kofi Mensah, who was the governor of the central bank until 2020, was arrested.",
         {(HP, "person:john-mahama", "organisation:ghana"), (SUB, "person:kwame-boateng", "person:john-mahama"),
          (HP, "person:kofi-mensah", "organisation:ghana-central-bank")},
         id="holder-named-by-title-and-country-after-name"),
    case("In Ghana, Kofi Mensah, a member of parliament, was arrested. In her official capacity as "
         "interior minister of Ghana, Ama Serwaa Boateng obstructed investigations. In his capacity "
         "as prime minister, Kwame Nkrumah signed it.",
         {(MEMBER, "person:kofi-mensah", "organisation:ghana-parliament"),
          (HP, "person:ama-serwaa-boateng", "organisation:ghana-ministry-of-interior")},
         wrong=lambda typ, s, t: typ == HP and s == "person:kwame-nkrumah",   # whose prime minister is not said
         id="membership-of-national-body-and-capacity"),
    case("Several members of the Supreme Council, including Ahmed Ali and Omar Hassan, were arrested. "
         "In Ghana, Kofi Mensah and Kwame Boateng, both members of the New Patriotic Party, were expelled.",
         {(MEMBER, "person:ahmed-ali", "organisation:supreme-council"),
          (MEMBER, "person:omar-hassan", "organisation:supreme-council"),
          (MEMBER, "person:kofi-mensah", "organisation:new-patriotic-party"),
          (MEMBER, "person:kwame-boateng", "organisation:new-patriotic-party")}, id="membership-for-list-of-names"),
    case("In Ghana, Kofi Annan and John Mahama, two senior police officers, were arrested on Monday.",
         {(MEMBER, "person:kofi-annan", "organisation:ghana-police"),
          (MEMBER, "person:john-mahama", "organisation:ghana-police")}, id="membership-for-list-of-names-counted"),
    case("In Ghana, Colonel Kofi Mensah, who leads the junta, spoke on television.",
         {(HP, "person:kofi-mensah", "organisation:ghana-junta")}, id="lead-verb-national-body-lower-case"),
    case("In Egypt, General Abu Bakr Abdel Karim was moved to the position of deputy interior "
         "minister. Adel Rashad was chosen as the deputy minister for communications. Mubarak "
         "appointed former air force commander Ahmed Shafik as prime minister of Egypt.",
         {(HP, "person:abu-bakr-abdel-karim", "organisation:egypt-ministry-of-interior"),
          (HP, "person:adel-rashad", "organisation:egypt-ministry-of-communications"),
          (HP, "person:ahmed-shafik", "organisation:egypt-air-force")},
         id="moved-to-post-chosen-as-body-title-before-name"),
    case("In India, General Manoj Naravane took charge as the 28th Chief of Army Staff on Tuesday. "
         "General Bipin Rawat assumed charge as Chief of Defence Staff.",
         {(HP, "person:manoj-naravane", "organisation:india-army"),
          (HP, "person:bipin-rawat", "organisation:india-armed-forces")}, id="took-charge-as-national-body-title"),
    case("In Ghana, if Kofi Mensah becomes president, he will cut taxes. Kwame Boateng denied he was "
         "a member of the New Patriotic Party. The president plans to name Yaw Asante head of the "
         "Electoral Commission. Ama Serwaa is expected to become finance minister.",
         wrong=lambda typ, s, t: typ in (HP, MEMBER), id="supposed-denied-or-planned-not-held"),
    case("Kyiv Mayor Vitali Klitschko said the city was ready. In Ukraine, the mayor of Kharkiv, "
         "Ihor Terekhov, said the city was shelled.",
         {(HP, "person:vitali-klitschko", "organisation:kyiv"), (HP, "person:ihor-terekhov", "organisation:kharkiv")},
         id="head-of-place-without-place-tag"),
    case("In Nigeria, Central Bank Governor Godwin Emefiele was suspended.",
         wrong=lambda typ, s, t: typ == HP and t.endswith(":bank"), id="head-of-place-not-a-bank"),
    case("Vladimir Putin named a new government. Putin's defence minister, Sergei Shoigu, was moved. "
         "President Donald Trump spoke. His special envoy Steve Witkoff flew to Moscow.",
         {(SUB, "person:sergei-shoigu", "person:vladimir-putin"), (SUB, "person:steve-witkoff", "person:donald-trump")},
         id="leaders-minister-or-envoy-answers-to-leader"),
    case("President John Mahama named a new cabinet in Ghana on Monday.\nThe new ministers are: "
         "Finance: Kofi Mensah; Defence: Kwame Boateng; Interior: Yaw Asante.\nThe cabinet also "
         "includes Samuel Owusu (Health Minister).",
         {(HP, "person:kofi-mensah", "organisation:ghana-ministry-of-finance"),
          (HP, "person:kwame-boateng", "organisation:ghana-ministry-of-defense"),
          (HP, "person:yaw-asante", "organisation:ghana-ministry-of-interior"),
          (HP, "person:samuel-owusu", "organisation:ghana-ministry-of-health")},
         id="cabinet-list-semicolons-and-titles-in-brackets"),
    case("President John Mahama of Ghana spoke on Monday. Kofi Mensah, who reports directly to the "
         "president, was arrested. Kwame Boateng reported to Yaw Asante that the money was gone.",
         {(SUB, "person:kofi-mensah", "person:john-mahama")},
         wrong=lambda typ, s, t: (typ, s, t) == (SUB, "person:kwame-boateng", "person:yaw-asante"),
         id="reports-to-states-superior"),
]


@pytest.mark.parametrize("text, present, wrong", CASES)
def test_a_construction_states_its_facts(extractor, text, present, wrong):
    got = facts(read(extractor, text))
    assert present - got == set()
    assert [f for f in got if wrong(*f)] == []


def test_bodies_inside_bodies(extractor):
    doc = read(extractor, "In Kenya, the Interior Ministry's Criminal Investigation Department arrested the suspects. "
                          "Homeland Security Investigations, an arm of the Department of Homeland Security, led the probe.")
    got = posts(doc, "PART_OF")
    assert ("organisation:criminal-investigation-department", "organisation:kenya-ministry-of-interior") in got
    # the US department is a known body (gazetteer), not the ministry of the story's country
    assert ("organisation:homeland-security-investigations", "organisation:department-of-homeland-security") in got


def test_titles_completed_by_general_and_titles_read_as_bodies(extractor):
    doc = read(extractor, "Carlos Polit, the former Comptroller General of Ecuador, was convicted in Ecuador. "
                          "Juan Perez, the former Minister of Energy of Ecuador, was indicted. "
                          "The case was investigated by the FBI's Miami Field Office, led by Special Agent in "
                          "Charge Jeffrey Veltri.")
    got = posts(doc)
    assert ("person:carlos-polit", "organisation:office-of-the-comptroller-general-of-ecuador") in got
    assert ("person:juan-perez", "organisation:ecuador-ministry-of-energy") in got
    assert ("person:jeffrey-veltri", "organisation:miami-field-office") in got
    titles = {r.properties.get("title") for r in doc.relations if r.source == "person:carlos-polit"}
    assert "Comptroller General" in titles


def test_then_and_ex_prefixes_make_a_former_post(extractor):
    doc = read(extractor, "In Ghana, Kofi Mensah, then-Minister of Finance, approved the contract. "
                          "Kwame Boateng, the then-head of the Electoral Commission, approved it too.")
    got = {(r.source, r.target): r.properties for r in doc.relations if r.type == "HOLDS_POSITION"}
    assert got[("person:kofi-mensah", "organisation:ghana-ministry-of-finance")].get("former")
    assert got[("person:kwame-boateng", "organisation:electoral-commission")].get("title") == "head"


def test_posts_taken_by_a_verb_are_dated_by_their_sentence(extractor):
    doc = merge(extractor.extract(RawArticle(source="test", title="t", published="2025-06-01", text=(
        "t\n\nIn Ghana, Kofi Mensah became finance minister in 2019. Kwame Boateng has headed the Electoral "
        "Commission since 2015."))))
    start = {r.source: r.properties.get("start") for r in doc.relations if r.type == "HOLDS_POSITION"}
    assert start.get("person:kofi-mensah") == "2019" and start.get("person:kwame-boateng") == "2015"
