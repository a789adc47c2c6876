"""Event rules for events told in subordinate clauses, by nouns and for groups, read by the
real spaCy pipeline. The sentences are made up; each states one general kind."""
import pytest

from tests.conftest import read_text as read, subject_events as events


def rels(doc, typ: str) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in doc.relations if r.type == typ}


def facts(doc) -> set[tuple]:
    """(event type, subject) for each event's subject, (relation type, source, target) for each relation."""
    return events(doc) | {(r.type, r.source, r.target) for r in doc.relations}


def case(text: str, present=(), absent=(), *, none: bool = False, id: str):
    """One made-up text, the facts it must give and must not give; none: it gives no event at all."""
    return pytest.param(text, set(present), set(absent), none, id=id)


CASES = [
    case("Viktor Petrenko, who was arrested last week, denied wrongdoing.",
         {("ARREST", "person:viktor-petrenko")}, id="relative-clause-event-under-denying-main-verb"),
    case("Mark Evans, sacked in May, said he would appeal.",
         {("DISMISSAL", "person:mark-evans")}, id="participle-between-commas-misparsed-as-main-verb"),
    case("Mark Evans, who denied that he was sacked, said he would appeal.",
         none=True, id="denied-event-in-relative-clause-no-event"),
    case("President Park Min was impeached by parliament on Friday.",
         {("DISMISSAL", "person:park-min")}, id="impeached-is-removal"),
    case("Analysts were surprised by the retirement of foreign minister Win Aung and his deputy Khin Maung Win.",
         {("RESIGNATION", "person:win-aung"), ("RESIGNATION", "person:khin-maung-win")},
         id="retirement-of-coordinated-officials"),
    case("Retired General Thammarak Isarangura, a party strongman, spoke on Monday.",
         none=True, id="retired-as-title-no-event"),
    case("Kim Lee was placed under house arrest on Friday. "
         "Peter Okoye received a 10-year prison sentence on Monday. "
         "Paul Kagwe was stripped of his post as deputy minister. "
         "Tom Otieno lost his job as police chief on Monday. "
         "Mary Ochieng took over as police chief on Monday.",
         {("ARREST", "person:kim-lee"), ("SENTENCE", "person:peter-okoye"), ("DISMISSAL", "person:paul-kagwe"),
          ("DISMISSAL", "person:tom-otieno"), ("APPOINTMENT", "person:mary-ochieng")},
         id="phrasal-custody-sentence-and-loss-of-post"),
    case("Detective Mary Ochieng took over the investigation on Monday.",
         none=True, id="took-over-a-task-no-appointment"),
    case("Paul Kagwe was forced to resign on Monday. Tom Otieno has been in detention since March.",
         {("RESIGNATION", "person:paul-kagwe"), ("ARREST", "person:tom-otieno")},
         id="forced-to-resign-and-held-in-detention"),
    case("The committee decided to expel two of its members. "
         "Deputy Minister John Kamau and the former director of the radio, Paul Otieno, "
         "have been linked to a bribery scandal.",
         {("DISMISSAL", "person:john-kamau"), ("DISMISSAL", "person:paul-otieno")},
         id="counted-group-named-in-next-sentence"),
    case("The Vice-Minister of Youth Karina Bolanos was removed from her post by President Laura Chinchilla.",
         {("DISMISSAL", "person:karina-bolanos")}, id="name-after-title-of-body"),
    case("General John Okello leads the army. "
         "Officials refused to release opposition leader Mary Atieno from prison. "
         "She has been detained since May.",
         {("ARREST", "person:mary-atieno")}, {("ARREST", "person:john-okello")},
         id="pronoun-takes-nearest-sentence-with-person"),
    case("Critics raised questions about Attorney General Anand Persad. "
         "The claims were made public by David Wong, who heads the complaints authority. "
         "On Monday the attorney general tendered his resignation.",
         {("RESIGNATION", "person:anand-persad")}, {("RESIGNATION", "person:david-wong")},
         id="definite-title-phrase-names-earlier-holder"),
    case("Protesters staged a rally calling for Park Min to step down in Seoul.",
         absent={("RESIGNATION", "person:park-min")}, id="wanted-to-step-down-no-event"),
    case("On Friday President Josefa Iloilo abolished the constitution and appointed himself head of state.",
         {("APPOINTMENT", "person:josefa-iloilo")}, id="appointed-himself"),
    case("Parliament approved President Petro Poroshenko's nominee for prime minister, "
         "Volodymyr Groysman, on Thursday.",
         {("NOMINATION", "person:volodymyr-groysman")}, {("NOMINATION", "person:petro-poroshenko")},
         id="nominee-in-apposition"),
    case("On Friday, Ricardo Nevares resigned as governor of the island and Pedro Pierluisi "
         "was sworn in as the new governor.",
         {("APPOINTMENT", "person:pedro-pierluisi")}, {("APPOINTMENT", "person:ricardo-nevares")},
         id="second-clause-passive-keeps-own-subject"),
    case("Former prime minister Sheikh Hasina was arrested at her home on Monday. "
         "The interim government accuses her of extorting money from a businessman.",
         {("CHARGE", "person:sheikh-hasina")}, id="accuses-her-of-once-arrested"),
    case("Parliament has voted to oust the government of Prime Minister Viktor Yanukovych.",
         {("DISMISSAL", "person:viktor-yanukovych")}, id="ousting-government-removes-its-head"),
    case("Andi Mallarangeng stepped down in December after being named a suspect by the commission.",
         {("RESIGNATION", "person:andi-mallarangeng")}, {("APPOINTMENT", "person:andi-mallarangeng")},
         id="named-a-suspect-no-appointment"),
    case("Others in detention are former prime minister Ibrahima Fofana; former defence minister "
         "Mohamed Diane; and former environment minister Oye Guilavogui.",
         {("ARREST", "person:ibrahima-fofana"), ("ARREST", "person:mohamed-diane"),
          ("ARREST", "person:oye-guilavogui")}, id="names-listed-after-copula-in-detention"),
    case("Albert Camara and Ibrahima Kourouma were ordered on Thursday to be held in custody by a special court.",
         {("ARREST", "person:albert-camara"), ("ARREST", "person:ibrahima-kourouma")}, id="ordered-held-in-custody"),
    case("Ann Kim was confirmed by the Senate as ambassador to Japan on Tuesday. "
         "Peter Lang was voted out of office by parliament on Friday. "
         "The ministry confirmed the arrest on Monday.",
         {("APPOINTMENT", "person:ann-kim"), ("DISMISSAL", "person:peter-lang")},
         id="confirmed-as-post-and-voted-out"),
    case("Before taking his most recent position, Bacho Akhalaia oversaw the prisons.",
         absent={("APPOINTMENT", "person:bacho-akhalaia")}, id="before-taking-post-is-background"),
    case("Dan Walker served 18 months of a seven-year sentence after pleading guilty in 1987 to bank fraud.",
         {("CONVICTION", "person:dan-walker")}, id="conviction-after-pleading-guilty"),
    case("Grace Mutai was appointed head of the central bank by President William Ruto on Monday.",
         {("APPOINTED", "person:william-ruto", "person:grace-mutai")}, id="agent-by-phrase-hung-on-post"),
    case("Tom Otieno resigned as finance minister on Monday. His deputy, Grace Mutai, will take over.",
         {("REPLACED", "person:grace-mutai", "person:tom-otieno")}, id="deputy-takes-over-from-one-who-left"),
    case("Other changes approved by President Umaru Yar'Adua include Rear Admiral Iko Ibrahim as chief of naval staff.",
         {("APPOINTMENT", "person:iko-ibrahim")}, id="changes-include-person-as-post"),
    case("Interim President Michel Kafando returned on Wednesday. "
         "The President and Prime Minister Yacouba Zida were detained by the guards last week.",
         {("ARREST", "person:michel-kafando"), ("ARREST", "person:yacouba-zida")},
         id="the-president-is-the-one-named-president"),
    case("Armed troops stormed the palace and seized President Mamadou Tandja on Thursday. The junta seized power.",
         {("ARREST", "person:mamadou-tandja")}, id="seized-a-person"),
    case("Those arrested include Ali Musa and Sani Bala, both former ministers. "
         "The detained officials are Bello Umar and Musa Dogo.",
         {("ARREST", "person:ali-musa"), ("ARREST", "person:sani-bala"), ("ARREST", "person:bello-umar"),
          ("ARREST", "person:musa-dogo")}, id="those-arrested-include-and-arrested-officials-are"),
    case("The court ordered the release of Ali Musa on Monday. "
         "Police took Sani Bala into custody on Tuesday. "
         "Prosecutors have filed charges against Bello Umar. "
         "Musa Dogo was convicted of fraud and jailed for five years. "
         "The party suspended Ahmed Tijani's membership on Monday.",
         {("RELEASE", "person:ali-musa"), ("ARREST", "person:sani-bala"), ("CHARGE", "person:bello-umar"),
          ("SENTENCE", "person:musa-dogo"), ("SUSPENSION", "person:ahmed-tijani")},
         id="release-custody-charges-jailed-after-conviction"),
    case("Protesters demanded the release of Ali Musa on Monday. "
         "According to Patrick Fitzgerald's press release, the case is closed.",
         none=True, id="press-release-and-demanded-release-no-events"),
    case("Police chief Hok Lundy died on Sunday. "
         "\"I'm not thinking about who is appointed,\" an investigator said.",
         absent={("APPOINTMENT", "person:hok-lundy")}, id="question-who-is-appointed-names-no-one"),
    case("Prime Minister Ramush Haradinaj met NATO officials on Monday. "
         "Kosovo's prime minister resigned Tuesday after being indicted. "
         "President Umaru YarAdua came to power in May with a pledge to fight corruption.",
         {("RESIGNATION", "person:ramush-haradinaj"), ("APPOINTMENT", "person:umaru-yaradua")},
         id="country-possessive-title-and-came-to-power"),
    case("The president named Grace Mutai to fill the seat vacated by Tom Otieno. "
         "Peter Lang will be Anna Berg's successor at the central bank.",
         {("REPLACED", "person:grace-mutai", "person:tom-otieno"), ("REPLACED", "person:peter-lang", "person:anna-berg")},
         id="post-vacated-by-and-attr-successor"),
    case("Calls grew on Monday for Ali Musa's resignation. A warrant for Sani Bala's arrest was issued.",
         none=True, id="calls-for-and-warrants-for-no-events"),
    case("Police Director Pedro Carvalho was named in the inquiry. "
         "Carvalho faced temporary arrest, along with agents Everton Taborda and Geraldo Cezar. "
         "Deputy Prime Minister Somkid Jatusripitak has recovered the portfolio of finance minister.",
         {("ARREST", "person:pedro-carvalho"), ("ARREST", "person:everton-taborda"),
          ("APPOINTMENT", "person:somkid-jatusripitak")}, id="name-faced-arrest-misparsed-and-regained-portfolio"),
    case("The president appointed two new ministers: Ali Musa for finance and Sani Bala for defence. "
         "Police arrested two officials on Monday, Bello Umar and Musa Dogo. "
         "Two governors resigned on Monday: Ahmed Tijani and Yusuf Garba.",
         {("APPOINTMENT", "person:ali-musa"), ("APPOINTMENT", "person:sani-bala"), ("ARREST", "person:bello-umar"),
          ("ARREST", "person:musa-dogo"), ("RESIGNATION", "person:ahmed-tijani"),
          ("RESIGNATION", "person:yusuf-garba")}, id="group-then-its-list-after-colon-or-comma"),
    case("President Mwai Kibaki has announced the resignation of two senior cabinet members. "
         "The energy minister, Kiraitu Murungi, is accused of taking part in a scandal. "
         "The education minister, George Saitoti, is accused of being part of another affair.",
         {("RESIGNATION", "person:kiraitu-murungi"), ("RESIGNATION", "person:george-saitoti")},
         id="counted-officials-named-one-a-sentence"),
    case("Police arrested two men. The police chief, John Bell, said they were questioned. "
         "The mayor, Ann Lee, praised the police.",
         none=True, id="counted-non-officials-not-matched-to-titled-people"),
]


@pytest.mark.parametrize("text, present, absent, none", CASES)
def test_kind(extractor, text, present, absent, none):
    doc = read(extractor, text)
    got = facts(doc)
    assert present - got == set()
    assert absent & got == set()
    if none:
        assert events(doc) == set()


def test_kind_plural_successors_replaced_them(extractor):
    doc = read(extractor, "The two ministers, John Kamau and Paul Otieno, were sacked on Friday. "
                          "Peter Mwangi and Daniel Kiprop replaced them.")
    assert {("APPOINTMENT", "person:peter-mwangi"), ("APPOINTMENT", "person:daniel-kiprop")} <= events(doc)
    replaced = {(r.source, r.target) for r in doc.relations if r.type == "REPLACED"}
    assert replaced == {("person:peter-mwangi", "person:john-kamau"), ("person:daniel-kiprop", "person:paul-otieno")}


def test_kind_one_verb_several_persons_each_with_a_post(extractor):
    doc = read(extractor, "Prime Minister Nouri Maliki named Jawad Bolani, a Shi'ite Muslim, as his interior minister; "
                          "General Abdel Qader Jassim as the defense minister; and another Shi'ite, Sherwan Waili, "
                          "as the new head of national security.")
    posts = {s: e.position for e in doc.events if e.type == "APPOINTMENT" for s in e.role("subject")}
    assert posts.get("person:jawad-bolani") == "interior minister"
    assert posts.get("person:abdel-qader-jassim") == "defense minister"
    assert posts.get("person:sherwan-waili", "").startswith("head of national security")


def test_kind_reporting_body_is_the_agent_of_it(extractor):
    doc = read(extractor, "The National Anti-Corruption Bureau said on Sunday it had detained former minister Mykola Solsky.")
    assert any(t == "person:mykola-solsky" and "bureau" in s for s, t in rels(doc, "ARRESTED"))


def test_kind_agent_announced_by_a_change_and_reported_by_an_authority(extractor):
    doc = read(extractor, "President William Ruto announced a cabinet reshuffle on Monday. "
                          "Tom Otieno was dismissed as finance minister.")
    assert ("person:william-ruto", "person:tom-otieno") in rels(doc, "DISMISSED")
    doc = read(extractor, "Peter Lang was arrested on Monday, the Economic and Financial Crimes Commission said.")
    assert any(t == "person:peter-lang" and "commission" in s for s, t in rels(doc, "ARRESTED"))


def test_kind_a_non_authority_reporting_an_arrest_is_no_agent(extractor):
    doc = read(extractor, "Amnesty International said on Monday that Peter Lang had been arrested.")
    assert not rels(doc, "ARRESTED")


def test_kind_someone_is_the_new_title(extractor):
    doc = read(extractor, "Ali Musa is the new finance minister. The new minister is expected to start on Monday.")
    posts = {s: e.position for e in doc.events if e.type == "APPOINTMENT" for s in e.role("subject")}
    assert posts == {"person:ali-musa": "finance minister"}
