"""Posts and memberships stated in the ways news writes them (loaders/rules/post_verbs.py,
leaders.led_by, members.party_possessive / of_party, possessive owners of titles), read by
the real spaCy pipeline. The sentences are made up; each states one general construction."""
from graph.merge import merge
from loaders.sources import RawArticle


def read(extractor, text: str, title: str = "Officials news"):
    return merge(extractor.extract(RawArticle(source="test", title=title, text=f"{title}\n\n{text}")))


def posts(doc, typ: str = "HOLDS_POSITION") -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in doc.relations if r.type == typ}


def test_a_verb_of_taking_office_states_the_post(extractor):
    got = posts(read(extractor, "Aleksandar Vucic was sworn in as president of Serbia on Thursday. "
                                "Abiy Ahmed was elected chairman of the Ethiopian People's Revolutionary Democratic "
                                "Front.")) | posts(read(extractor, "In Kenya, General Ahmed Musa took over as army "
                                                                   "chief on Monday, Kenyan officials said."))
    assert ("person:aleksandar-vucic", "organisation:serbia") in got
    assert ("person:ahmed-musa", "organisation:kenya-army") in got
    assert ("person:abiy-ahmed", "organisation:ethiopian-people-s-revolutionary-democratic-front") in got


def test_a_hedged_or_unplaced_office_verb_states_no_post(extractor):
    doc = read(extractor, "Relations with Russia have improved since John Carter became president. "
                          "Mary Jones is expected to become finance minister of Ghana.")
    assert not {p for p in posts(doc) if p[0] in ("person:john-carter", "person:mary-jones")}


def test_the_agent_of_a_passive_lead_verb_leads_the_body(extractor):
    doc = read(extractor, "The New Patriotic Party, led by former president John Kufuor, rejected the results. "
                          "Police arrested members of the Revolutionary Front, a group led by Omar Haddad.")
    got = posts(doc)
    assert ("person:john-kufuor", "organisation:new-patriotic-party") in got
    assert ("person:omar-haddad", "organisation:revolutionary-front") in got


def test_a_party_owned_or_named_after_a_person_is_a_membership(extractor):
    doc = read(extractor, "Former president Alejandro Toledo said his Peru Possible party opposes the plan. "
                          "Senator Maria Lopez of the National Party said the law was unfair. "
                          "Mupfumira Banda, a longtime Zanu-PF party member, was arrested.")
    got = posts(doc, "MEMBER_OF")
    assert {("person:alejandro-toledo", "organisation:peru-possible"),
            ("person:maria-lopez", "organisation:national-party"),
            ("person:mupfumira-banda", "organisation:zanu-pf")} <= got


def test_a_possessive_names_the_body_of_a_title(extractor):
    doc = read(extractor, "Ken Ofori-Atta, the country's finance minister, presented the budget in Ghana. "
                          "The agency's director, Paul Smith, resigned on Friday. The Federal Aviation Agency said so.")
    got = posts(doc)
    assert ("person:ken-ofori-atta", "organisation:ghana-ministry-of-finance") in got
    assert ("person:paul-smith", "organisation:federal-aviation-agency") in got


def test_hyphens_inside_titles_and_adjectives(extractor):
    doc = read(extractor, "United Nations Secretary-General Ban Ki-moon has issued a statement. "
                          "Ukraine's parliament voted to oust the government of pro-Moscow Prime Minister Viktor Yanukovych.")
    got = posts(doc)
    assert ("person:ban-ki-moon", "organisation:united-nations") in got
    assert not any(t.endswith("moscow") for _, t in got)


def test_a_pronoun_or_a_possessive_after_the_name_states_a_post(extractor):
    doc = read(extractor, "Kabine Komara lives in Cairo, where he is a top official at the African Export-Import Bank. "
                          "Dmitry Peskov, Vladimir Putin's spokesman, said the Kremlin would not comment.")
    assert ("person:kabine-komara", "organisation:african-export-import-bank") in posts(doc)
    assert ("person:dmitry-peskov", "person:vladimir-putin") in posts(doc, "SUBORDINATE_OF")


def test_a_deputy_of_a_holder_holds_the_deputy_post(extractor):
    doc = read(extractor, "Interior Minister John Mbeki fired his deputy, Paul Kagwe, in Kenya on Monday.")
    assert ("person:paul-kagwe", "organisation:kenya-ministry-of-interior") in posts(doc)


def test_a_post_proposed_with_to_be_is_not_held(extractor):
    doc = read(extractor, "President Donald Trump said he would nominate Mike Waltz to be ambassador to the United Nations.")
    assert ("person:mike-waltz", "organisation:united-nations") not in posts(doc)


def test_memberships_by_party_nouns_work_and_body_nouns(extractor):
    doc = read(extractor, "The former chief, Hok Lundy, a powerful Cambodian People's Party general, died on Sunday. "
                          "Ikran Tahlil Farah, who worked in NISA's cybersecurity department, was killed. "
                          "Bremer said an independent member of the Governing Council, Mowaffaq al-Rubaie, was named. "
                          "The accused policeman, Sergeant Theodore Sery, told investigators in Cambodia he was innocent.")
    got = posts(doc, "MEMBER_OF")
    assert ("person:hok-lundy", "organisation:cambodian-people-s-party") in got
    assert ("person:ikran-tahlil-farah", "organisation:nisa") in got
    assert ("person:mowaffaq-al-rubaie", "organisation:governing-council") in got
    assert ("person:theodore-sery", "organisation:cambodia-police") in got


def test_a_plural_title_after_a_list_and_a_title_of_a_named_body(extractor):
    doc = read(extractor, "Elsy Duenas, Oscar Alberto Lopez Jerez, and Luis Javier Suarez Magana, current Magistrates "
                          "of the Constitutional Chamber of the Supreme Court, undermined democratic processes. "
                          "The Governor of the Central Bank of Nigeria Godwin Emefiele was suspended on Friday.")
    got = posts(doc)
    court = "organisation:constitutional-chamber-of-the-supreme-court"
    assert {("person:elsy-duenas", court), ("person:oscar-alberto-lopez-jerez", court),
            ("person:luis-javier-suarez-magana", court)} <= got
    assert ("person:godwin-emefiele", "organisation:central-bank-of-nigeria") in got


def test_a_title_phrase_before_the_name_read_as_a_whole(extractor):
    doc = read(extractor, "In Ghana, the head of the central bank, Kofi Mensah, resigned. "
                          "The minister of finance, Ama Owusu, presented the budget in Ghana.")
    got = posts(doc)
    assert ("person:kofi-mensah", "organisation:ghana-central-bank") in got
    assert ("person:ama-owusu", "organisation:ghana-ministry-of-finance") in got


def test_a_body_named_before_its_possessive_title_or_after_the_name(extractor):
    doc = read(extractor, "Jane Doe, Standard Bank's chief executive, said profits fell. "
                          "Chairman Nuhu Ribadu of the Economic and Financial Crimes Commission was removed.")
    got = posts(doc)
    assert ("person:jane-doe", "organisation:standard-bank") in got
    assert ("person:nuhu-ribadu", "organisation:economic-and-financial-crimes-commission") in got


def test_advisers_ambassadors_and_joining(extractor):
    doc = read(extractor, "Kofi Mensah, an adviser to President John Mahama, was arrested. "
                          "Samuel Owusu, Ghana's ambassador to the United States, was recalled. "
                          "Kwame Boateng joined the New Patriotic Party in 2005. "
                          "Yaw Asante, a lawmaker from the ruling New Patriotic Party, was arrested.")
    assert ("person:kofi-mensah", "person:john-mahama") in posts(doc, "SUBORDINATE_OF")
    assert ("person:samuel-owusu", "organisation:ghana") in posts(doc)
    members = posts(doc, "MEMBER_OF")
    assert {("person:kwame-boateng", "organisation:new-patriotic-party"),
            ("person:yaw-asante", "organisation:new-patriotic-party")} <= members
    assert ("person:yaw-asante", "organisation:new-patriotic-party") not in posts(doc)


def test_appointing_verbs_give_the_post_to_their_object(extractor):
    doc = read(extractor, "In Ghana, President John Mahama appointed Kofi Mensah head of the Electoral Commission. "
                          "Parliament elected Kwame Boateng speaker of the National Assembly.")
    got = posts(doc)
    assert ("person:kofi-mensah", "organisation:electoral-commission") in got
    assert ("person:kwame-boateng", "organisation:ghana-national-assembly") in got
    assert not any(s == "person:john-mahama" and t == "organisation:electoral-commission" for s, t in got)


def test_an_office_noun_as_the_object(extractor):
    doc = read(extractor, "In Ghana, Kofi Mensah assumed the post of chief justice on Monday. "
                          "Kwame Boateng kept his post as interior minister. "
                          "Samuel Owusu retained the defence portfolio in the new cabinet.")
    got = posts(doc)
    assert {("person:kofi-mensah", "organisation:ghana-supreme-court"),
            ("person:kwame-boateng", "organisation:ghana-ministry-of-interior"),
            ("person:samuel-owusu", "organisation:ghana-ministry-of-defense")} <= got


def test_an_event_post_read_as_a_phrase_and_plural_titles_before_a_list(extractor):
    doc = read(extractor, "In Ghana, Kofi Mensah, who was sacked as governor of the central bank, was arrested. "
                          "Former finance ministers Kwame Boateng and Yaw Asante were also arrested in Ghana.")
    got = posts(doc)
    assert ("person:kofi-mensah", "organisation:ghana-central-bank") in got
    assert {("person:kwame-boateng", "organisation:ghana-ministry-of-finance"),
            ("person:yaw-asante", "organisation:ghana-ministry-of-finance")} <= got


def test_cabinet_lists_in_brackets_and_after_a_colon(extractor):
    doc = read(extractor, "The new cabinet of Ghana includes Kofi Mensah (finance), Kwame Boateng (defence) and "
                          "Yaw Asante (interior).\nMinister of Health: Ama Serwaa.\nKofi Annan (left) spoke.")
    got = posts(doc)
    assert {("person:kofi-mensah", "organisation:ghana-ministry-of-finance"),
            ("person:kwame-boateng", "organisation:ghana-ministry-of-defense"),
            ("person:yaw-asante", "organisation:ghana-ministry-of-interior")} <= got
    assert not any(s == "person:kofi-annan" for s, _ in got)


def test_bodies_inside_bodies(extractor):
    doc = read(extractor, "In Kenya, the Interior Ministry's Criminal Investigation Department arrested the suspects. "
                          "Homeland Security Investigations, an arm of the Department of Homeland Security, led the probe.")
    got = posts(doc, "PART_OF")
    assert ("organisation:criminal-investigation-department", "organisation:kenya-ministry-of-interior") in got
    assert any(s == "organisation:homeland-security-investigations" and t.endswith("ministry-of-homeland-security")
               for s, t in got)


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


def test_a_title_holder_named_by_title_and_a_country_after_the_name(extractor):
    doc = read(extractor, "President John Mahama of Ghana spoke on Monday. The president's spokesman, Kwame Boateng, "
                          "denied it. Kofi Mensah, who was the governor of the central bank until 2020, was arrested.")
    assert ("person:john-mahama", "organisation:ghana") in posts(doc)
    assert ("person:kwame-boateng", "person:john-mahama") in posts(doc, "SUBORDINATE_OF")
    assert ("person:kofi-mensah", "organisation:ghana-central-bank") in posts(doc)


def test_memberships_of_national_bodies_and_capacities(extractor):
    doc = read(extractor, "In Ghana, Kofi Mensah, a member of parliament, was arrested. In her official capacity as "
                          "interior minister of Ghana, Ama Serwaa Boateng obstructed investigations. In his capacity "
                          "as prime minister, Kwame Nkrumah signed it.")
    assert ("person:kofi-mensah", "organisation:ghana-parliament") in posts(doc, "MEMBER_OF")
    got = posts(doc)
    assert ("person:ama-serwaa-boateng", "organisation:ghana-ministry-of-interior") in got
    assert not any(s == "person:kwame-nkrumah" for s, _ in got)   # whose prime minister is not said


def test_memberships_stated_for_a_list_of_names(extractor):
    doc = read(extractor, "Several members of the Supreme Council, including Ahmed Ali and Omar Hassan, were arrested. "
                          "In Ghana, Kofi Mensah and Kwame Boateng, both members of the New Patriotic Party, were "
                          "expelled.")
    got = posts(doc, "MEMBER_OF") | posts(read(extractor, "In Ghana, Kofi Annan and John Mahama, two senior police "
                                                          "officers, were arrested on Monday."), "MEMBER_OF")
    assert {("person:ahmed-ali", "organisation:supreme-council"), ("person:omar-hassan", "organisation:supreme-council"),
            ("person:kofi-mensah", "organisation:new-patriotic-party"),
            ("person:kwame-boateng", "organisation:new-patriotic-party"),
            ("person:kofi-annan", "organisation:ghana-police"), ("person:john-mahama", "organisation:ghana-police")} <= got


def test_a_lead_verb_with_a_national_body_in_lower_case(extractor):
    doc = read(extractor, "In Ghana, Colonel Kofi Mensah, who leads the junta, spoke on television.")
    assert ("person:kofi-mensah", "organisation:ghana-junta") in posts(doc)


def test_moved_to_the_post_of_chosen_as_and_body_titles_before_the_name(extractor):
    doc = read(extractor, "In Egypt, General Abu Bakr Abdel Karim was moved to the position of deputy interior "
                          "minister. Adel Rashad was chosen as the deputy minister for communications. Mubarak "
                          "appointed former air force commander Ahmed Shafik as prime minister of Egypt.")
    got = posts(doc)
    assert ("person:abu-bakr-abdel-karim", "organisation:egypt-ministry-of-interior") in got
    assert ("person:adel-rashad", "organisation:egypt-ministry-of-communications") in got
    assert ("person:ahmed-shafik", "organisation:egypt-air-force") in got


def test_took_charge_as_a_national_bodys_title(extractor):
    doc = read(extractor, "In India, General Manoj Naravane took charge as the 28th Chief of Army Staff on Tuesday. "
                          "General Bipin Rawat assumed charge as Chief of Defence Staff.")
    got = posts(doc)
    assert ("person:manoj-naravane", "organisation:india-army") in got
    assert ("person:bipin-rawat", "organisation:india-armed-forces") in got


def test_posts_that_are_only_supposed_denied_or_planned_are_not_held(extractor):
    doc = read(extractor, "In Ghana, if Kofi Mensah becomes president, he will cut taxes. Kwame Boateng denied he was "
                          "a member of the New Patriotic Party. The president plans to name Yaw Asante head of the "
                          "Electoral Commission. Ama Serwaa is expected to become finance minister.")
    assert not posts(doc) and not posts(doc, "MEMBER_OF")


def test_heads_of_places_named_without_a_place_tag(extractor):
    doc = read(extractor, "Kyiv Mayor Vitali Klitschko said the city was ready. In Ukraine, the mayor of Kharkiv, "
                          "Ihor Terekhov, said the city was shelled.")
    got = posts(doc)
    assert ("person:vitali-klitschko", "organisation:kyiv") in got
    assert ("person:ihor-terekhov", "organisation:kharkiv") in got
    bank = posts(read(extractor, "In Nigeria, Central Bank Governor Godwin Emefiele was suspended."))
    assert not any(t.endswith(":bank") for _, t in bank)


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


def test_a_leaders_minister_or_envoy_answers_to_the_leader(extractor):
    doc = read(extractor, "Vladimir Putin named a new government. Putin's defence minister, Sergei Shoigu, was moved. "
                          "President Donald Trump spoke. His special envoy Steve Witkoff flew to Moscow.")
    got = posts(doc, "SUBORDINATE_OF")
    assert {("person:sergei-shoigu", "person:vladimir-putin"), ("person:steve-witkoff", "person:donald-trump")} <= got


def test_cabinet_lists_cut_by_semicolons_and_titles_in_brackets(extractor):
    doc = read(extractor, "President John Mahama named a new cabinet in Ghana on Monday.\nThe new ministers are: "
                          "Finance: Kofi Mensah; Defence: Kwame Boateng; Interior: Yaw Asante.\nThe cabinet also "
                          "includes Samuel Owusu (Health Minister).")
    got = posts(doc)
    assert {("person:kofi-mensah", "organisation:ghana-ministry-of-finance"),
            ("person:kwame-boateng", "organisation:ghana-ministry-of-defense"),
            ("person:yaw-asante", "organisation:ghana-ministry-of-interior"),
            ("person:samuel-owusu", "organisation:ghana-ministry-of-health")} <= got


def test_reports_to_states_a_superior(extractor):
    doc = read(extractor, "President John Mahama of Ghana spoke on Monday. Kofi Mensah, who reports directly to the "
                          "president, was arrested. Kwame Boateng reported to Yaw Asante that the money was gone.")
    got = posts(doc, "SUBORDINATE_OF")
    assert ("person:kofi-mensah", "person:john-mahama") in got
    assert ("person:kwame-boateng", "person:yaw-asante") not in got
