"""Round 3 event kinds, read by the real spaCy pipeline: trigger words and phrases found in wire
copy from many countries, names the name finder reads as bodies, subjects given through a
title, a companion, a conjoined noun or a letter, and conditions that keep a future act out.
The sentences are made up; each states one general kind."""
import pytest

from tests.conftest import read_text as read, subject_events as events


def case(text: str, present=(), absent=(), *, none: bool = False, id: str):
    """One made-up text, the events it must give and must not give; none: it gives no event at all."""
    return pytest.param(text, set(present), set(absent), none, id=id)


CASES = [
    # trigger words and fixed phrases (loaders/data/triggers.json)
    case("Police picked up former minister Kofi Mensah at his home on Tuesday.",
         {("ARREST", "person:kofi-mensah")}, id="phrasal-picked-up-is-arrest"),
    case("A court remanded former governor Daniel Okafor in prison until Friday.",
         {("ARREST", "person:daniel-okafor")}, id="remanded-is-arrest"),
    case("The judge ordered the remand of former minister Peter Obeng.",
         {("ARREST", "person:peter-obeng")}, id="noun-remand-of-is-arrest"),
    case("Anti-graft officials arraigned former minister Musa Bello on six counts of fraud.",
         {("CHARGE", "person:musa-bello")}, id="arraigned-is-charge"),
    case("A military tribunal granted parole to retired general Pedro Ramos on Wednesday.",
         {("RELEASE", "person:pedro-ramos")}, id="granted-parole-is-release"),
    case("John Kamau and Paul Otieno, both ministers of state, have put in their papers.",
         {("RESIGNATION", "person:john-kamau"), ("RESIGNATION", "person:paul-otieno")},
         id="put-in-their-papers-is-resignation"),
    case("John Kamau and Paul Otieno submitted their resignations on Monday.",
         {("RESIGNATION", "person:john-kamau"), ("RESIGNATION", "person:paul-otieno")},
         id="their-resignations-belong-to-the-verbs-subjects"),
    case("Governor Jane Brewer took office when Mary Napier submitted her letter of resignation.",
         {("RESIGNATION", "person:mary-napier")}, id="letter-of-resignation-carries-the-event"),
    case("Former governor Rod Blake was slapped with a 14-year jail sentence on Wednesday.",
         {("SENTENCE", "person:rod-blake")}, id="slapped-with-a-sentence"),
    case("Imran Malik, who was kicked out of the job after a no-confidence vote, spoke on Monday.",
         {("DISMISSAL", "person:imran-malik")}, id="kicked-out-of-the-job-is-dismissal"),
    case("Deputy minister Peter Mwangi was held as part of an investigation into a fuel trader.",
         {("ARREST", "person:peter-mwangi")}, id="passive-held-is-arrest"),
    case("Deputy minister Peter Mwangi was held responsible for the losses.",
         none=True, id="held-responsible-no-event"),
    case("The president ordered army chief Hussein Tawfik into retirement on Sunday.",
         {("DISMISSAL", "person:hussein-tawfik")}, id="ordered-into-retirement-is-dismissal"),
    case("The president dropped Paul Mwila as head of the army on Monday.",
         {("DISMISSAL", "person:paul-mwila")}, id="dropped-as-head-is-dismissal"),
    case("Former minister Ahmed Musa was booked under the Prevention of Corruption Act.",
         {("CHARGE", "person:ahmed-musa")}, id="booked-under-an-act-is-charge"),
    case("The government interdicted Ahmed Musa, the district police commander, pending investigations.",
         {("SUSPENSION", "person:ahmed-musa")}, id="interdicted-is-suspension"),
    case("The president terminated the appointment of Ahmed Musa as director of the agency.",
         {("DISMISSAL", "person:ahmed-musa")}, {("APPOINTMENT", "person:ahmed-musa")},
         id="terminated-appointment-is-dismissal"),
    case("Ahmed Musa was picked as the new head of the electoral commission.",
         {("APPOINTMENT", "person:ahmed-musa")}, id="picked-as-a-post-is-appointment"),
    case("The party picked Ahmed Musa because he was popular.",
         absent={("APPOINTMENT", "person:ahmed-musa")}, id="picked-without-a-post-no-appointment"),
    case("Ahmed Musa bowed out as party leader after the defeat.",
         {("RESIGNATION", "person:ahmed-musa")}, id="bowed-out-is-resignation"),
    # subjects given through a title, an apposition or a companion
    case("The EFCC has reportedly arrested a former governor of Jigawa State, Saminu Turaki.",
         {("ARREST", "person:saminu-turaki")}, id="name-on-the-place-of-a-title-object"),
    case("Recall that the commission had arrested Obiano after the handover ceremony.",
         {("ARREST", "person:obiano")}, id="lone-surname-object-of-arrest-is-a-person"),
    case("Police in Hanoi arrested Deputy Minister of Foreign Affairs To Anh Dung on Thursday.",
         {("ARREST", "person:to-anh-dung")}, id="name-right-after-a-title-object"),
    case("A former minister of the Federal Capital Territory, FCT, Bala Mohammed, standing trial "
         "for fraud, was on Wednesday remanded in Kuje prison.",
         {("ARREST", "person:bala-mohammed")}, id="title-subject-with-name-set-off-by-commas"),
    case("Robert Dunn, a former state governor, was convicted in September along with his wife, Maureen Dunn.",
         {("CONVICTION", "person:robert-dunn"), ("CONVICTION", "person:maureen-dunn")},
         id="companion-of-a-passive-verb"),
    case("Carlos Ruiz was detained together with his wife, Nadine Heredia, in 2017.",
         {("ARREST", "person:carlos-ruiz"), ("ARREST", "person:nadine-heredia")},
         id="together-with-on-the-verb"),
    case("Freeman Mbowe was arrested in November with another lawmaker, Grace Matiko.",
         {("ARREST", "person:freeman-mbowe"), ("ARREST", "person:grace-matiko")},
         id="arrested-with-another-person"),
    case("Yero was arraigned alongside a former minister, Nuhu Wya, a former party chairman in the state, "
         "Abubakar Haruna and a former secretary to the state government, Hamza Ishaq.",
         {("CHARGE", "person:nuhu-wya"), ("CHARGE", "person:abubakar-haruna"), ("CHARGE", "person:hamza-ishaq")}, id="alongside-a-list"),
    case("Dismissed from service were City Mayor Oscar Moreno and Provincial Mayor Vicente Fernandez.",
         {("DISMISSAL", "person:oscar-moreno"), ("DISMISSAL", "person:vicente-fernandez")},
         id="inverted-passive-subject-after-the-verb"),
    case("Liz Truss was the big winner of the day after being appointed foreign secretary.",
         {("APPOINTMENT", "person:liz-truss")}, id="after-being-appointed-under-a-copula"),
    case("Their replacement was named as Cumali Atilla, a district governor.",
         {("APPOINTMENT", "person:cumali-atilla")}, id="replacement-named-as-a-person"),
    case("Gultan Kisanak, Diyarbakir's first female mayor, was arrested on Sunday.",
         {("ARREST", "person:gultan-kisanak")}, {("ARREST", "person:diyarbakir")},
         id="a-possessor-after-a-comma-is-no-list-member"),
    case("Former governor Rod Blake was sentenced to 14 years in prison on Wednesday, after being found guilty "
         "on 18 counts of corruption.",
         {("SENTENCE", "person:rod-blake"), ("CONVICTION", "person:rod-blake")}, id="after-being-found-guilty"),
    case("Those relieved of their duties are the Minister of Agriculture, John Kamau, and the Minister of Power, "
         "Saleh Mamman.",
         {("DISMISSAL", "person:john-kamau"), ("DISMISSAL", "person:saleh-mamman")},
         id="those-relieved-are-x-and-y"),
    # event nouns and participles
    case("Opposition leader Peter Mensah was released on bail. Mensah's conviction and sentencing came a day later.",
         {("RELEASE", "person:peter-mensah"), ("CONVICTION", "person:peter-mensah"),
          ("SENTENCE", "person:peter-mensah")}, id="conjoined-event-nouns-share-the-possessor"),
    case("Virginia Etiaba was sworn in following the impeachment of governor Peter Obi.",
         {("APPOINTMENT", "person:virginia-etiaba"), ("DISMISSAL", "person:peter-obi")},
         id="noun-impeachment-is-removal"),
    case("The trial of sacked police chief Tom Hayes opened on Monday.",
         {("DISMISSAL", "person:tom-hayes")}, id="sacked-before-a-title-and-name"),
    case("A portrait of ousted President Hosni Mubarak was removed from the wall.",
         absent={("DISMISSAL", "person:hosni-mubarak")}, id="ousted-before-a-title-describes-no-event"),
    case("The president tapped Maria Lopez to lead the central bank.",
         {("APPOINTMENT", "person:maria-lopez")}, id="tapped-to-lead-names-the-post"),
    case("Ahmed Musa, the newly appointed police chief, vowed to fight crime.",
         {("APPOINTMENT", "person:ahmed-musa")}, id="newly-appointed-title-in-apposition"),
    case("John Kamau and Paul Otieno took office on Monday.",
         {("APPOINTMENT", "person:john-kamau"), ("APPOINTMENT", "person:paul-otieno")},
         id="phrasal-event-for-every-conjunct"),
    # not facts
    case("If approved by parliament, Geoffrey Ruku will replace Justin Muturi.",
         absent={("APPOINTMENT", "person:geoffrey-ruku")}, id="conditional-future-replacement-no-event"),
    case("John Kamau bowed out of the presidential race on Monday. Peter Obi stepped down from the race for governor.",
         none=True, id="leaving-a-race-is-no-resignation"),
    case("The prime minister contemplates dismissing the governor, Ahmed Khafaji, in the coming days.",
         none=True, id="contemplated-dismissal-no-event"),
    case("John Kamau was neither arrested nor charged.", none=True, id="neither-nor-no-event"),
    case("Reports that John Kamau had been arrested were false, police said.", none=True,
         id="false-reports-no-event"),
    case("The United States has designated Peter Mensah, Governor of North Western Province, for his role in abuses.",
         none=True, id="designated-with-own-title-is-no-appointment"),
    case("A court found in 2009 that there was no evidence to convict John Kamau.", none=True,
         id="no-evidence-to-convict-no-event"),
    case("Lawmakers, including Mary Wanjiku, have been named by the press as some of the beneficiaries of the money.",
         none=True, id="named-as-beneficiaries-is-no-post"),
    case("The president has ordered that the permanent secretary, Simon Ogandi, should proceed on immediate suspension.",
         {("SUSPENSION", "person:simon-ogandi")}, id="ordered-that-x-should-proceed-on-suspension"),
    case("Kofi Mensah said he would not resign despite calls for his resignation.",
         none=True, id="refusal-and-calls-no-event"),
]


@pytest.mark.parametrize("text, present, absent, none", CASES)
def test_kind(extractor, text, present, absent, none):
    doc = read(extractor, text)
    got = events(doc)
    assert present - got == set()
    assert absent & got == set()
    if none:
        assert got == set()
