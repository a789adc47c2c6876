"""Round 4 event kinds, found by reading whole court and cabinet stories from many outlets
(kept outside the repository) and read here by the real spaCy pipeline: a sentence is a
conviction too, a lede that states the event for "an officer" or "a former governor" names
the person in the next sentences, a counted group or a title that points back ("The two were
jailed", "The minister was arrested"),
directives and conditions that are no events, "named in a case", "the termination of X's
appointment". The sentences are made up; each states one general kind."""
import pytest

from tests.conftest import check_event_case, event_case as case, read_text as read, subject_events as events


CASES = [
    # a sentence implies a conviction (loaders/rules/verdicts.py)
    case("Former governor James Okoro has been sentenced to five years in jail for corruption.",
         {("SENTENCE", "person:james-okoro"), ("CONVICTION", "person:james-okoro")}, id="sentenced-is-convicted-too"),
    case("A court jailed former minister Paul Mensah for nine years on Tuesday.",
         {("SENTENCE", "person:paul-mensah"), ("CONVICTION", "person:paul-mensah")}, id="jailed-for-years-is-convicted-too"),
    case("Former mayor Ana Lopez was jailed pending trial on bribery charges.",
         absent={("CONVICTION", "person:ana-lopez")}, id="jailed-pending-trial-is-no-conviction"),
    # a lede's unnamed official, named in the next sentences (loaders/rules/bridging.py)
    case("An officer of the Ministry of Planning has been removed from his post. "
         "Shahid Khan, the officer in question, had violated discipline, the ministry said.",
         {("DISMISSAL", "person:shahid-khan")}, id="lede-officer-of-a-ministry-named-next"),
    case("A court has found a former state governor guilty of fraud in the first big case of President "
         "Ali Musa's anti-graft drive. Governor Bala Audu was sentenced to five years.",
         {("CONVICTION", "person:bala-audu")}, absent={("CONVICTION", "person:ali-musa")},
         id="lede-naming-someone-else-still-bridged-by-title"),
    case("Authorities on Wednesday arrested a senior cabinet minister on corruption charges. "
         "Tomas Reyes is the fifth minister in the government to be charged with corruption.",
         {("ARREST", "person:tomas-reyes"), ("CHARGE", "person:tomas-reyes")},
         id="x-is-the-fifth-minister-to-be-charged"),
    case("Kenya's finance minister has resigned over a graft scandal. Henry Kamau, who had held the post since 2015, "
         "said he would clear his name.", {("RESIGNATION", "person:henry-kamau")}, id="place-owned-title-lede-named-next"),
    case("Kenya's finance minister has resigned over a graft scandal. Opposition leader Raila Otieno said the move was overdue.",
         absent={("RESIGNATION", "person:raila-otieno")}, id="next-subject-with-a-title-of-his-own-is-someone-else"),
    case("Judge Ann Lee sentenced a former commissioner on Monday. Peter Brown, the prosecutor, welcomed the ruling.",
         absent={("SENTENCE", "person:peter-brown")}, id="other-title-not-bridged"),
    # a counted group that points back to the persons just named (loaders/rules/recalled.py)
    case("The court convicted former mayor Luis Cruz and councillors Rita Gomez and Ben Torres of graft. "
         "The three former officials were sentenced to six years in prison.",
         {("SENTENCE", "person:luis-cruz"), ("SENTENCE", "person:rita-gomez"), ("SENTENCE", "person:ben-torres")},
         id="the-three-officials-were-sentenced"),
    case("A magistrate convicted former minister Hassan Ali and official Stephen Ruto of abuse of office. "
         "The two were jailed for three years.",
         {("SENTENCE", "person:hassan-ali"), ("SENTENCE", "person:stephen-ruto")}, id="the-two-were-jailed"),
    case("Police arrested former minister Hassan Ali and official Stephen Ruto on Monday. "
         "Three officials were later sentenced in another case.",
         absent={("SENTENCE", "person:hassan-ali"), ("SENTENCE", "person:stephen-ruto")},
         id="uncounted-or-other-count-recalls-no-one"),
    case("Finance Minister John Banda faced questions over a contract. The minister was arrested on Monday.",
         {("ARREST", "person:john-banda")}, id="the-minister-points-back"),
    case("The governor of Lagos, Mark Diaz, spoke to reporters. Hours later, the governor resigned.",
         {("RESIGNATION", "person:mark-diaz")}, id="the-governor-points-back"),
    case("Finance Minister John Banda met Health Minister Ann Cole on Friday. The minister was arrested on Monday.",
         absent={("ARREST", "person:john-banda"), ("ARREST", "person:ann-cole")}, id="the-minister-of-two-is-no-one"),
    case("Prime Minister Ali Musa spoke on Friday. The minister was arrested on Monday.",
         absent={("ARREST", "person:ali-musa")}, id="the-minister-is-not-the-prime-minister"),
    case("Police arrested Mark Diaz and Ann Cole on Monday. The pair were charged with fraud.",
         {("CHARGE", "person:mark-diaz"), ("CHARGE", "person:ann-cole")}, id="the-pair-were-charged"),
    case("Former mayor Mark Diaz and his deputy Ann Cole were arrested on Monday. They were charged with fraud on Tuesday.",
         {("CHARGE", "person:mark-diaz"), ("CHARGE", "person:ann-cole")}, id="they-were-charged"),
    case("Finance Minister John Banda faced questions. The minister was captured on tape receiving cash.",
         absent={("ARREST", "person:john-banda")}, id="captured-on-tape-is-no-arrest"),
    case("A warrant was issued for the arrest of former minister Paul Kent.", absent={("ARREST", "person:paul-kent")},
         id="warrant-issued-for-the-arrest-is-no-arrest"),
    case("Former minister Paul Kent quit the ruling party on Monday.", absent={("RESIGNATION", "person:paul-kent")},
         id="quit-the-party-is-no-resignation"),
    case("Paul Kent quit as party chairman on Monday.", {("RESIGNATION", "person:paul-kent")}, id="quit-as-party-chairman"),
    case("Lt. Gen. Paul Kent, who has been deployed to the diplomatic mission as deputy High Commissioner in Nigeria, left on Monday.",
         {("APPOINTMENT", "person:paul-kent")}, id="deployed-as-a-post"),
    case("Troops commanded by General Paul Kent were deployed to the border.", absent={("APPOINTMENT", "person:paul-kent")},
         id="deployed-without-a-post-is-nothing"),
    case("Police chief Francis Munu was replaced on Monday. Mr Munu’s sacking has been welcomed by the opposition.",
         {("DISMISSAL", "person:francis-munu")}, id="possessive-gerund-sacking"),
    case("Health Minister Zweli Khumalo had requested that he be allowed to step down after he was placed on special leave.",
         {("SUSPENSION", "person:zweli-khumalo")}, absent={("RESIGNATION", "person:zweli-khumalo")},
         id="past-after-clause-is-stated-under-a-request"),
    case("The president said he had accepted a request by Minister Tito Banda to be excused from his position as finance minister.",
         {("RESIGNATION", "person:tito-banda")}, id="accepted-a-request-to-be-excused"),
    case("The president accepted Finance Minister Tito Banda's request to step down.",
         {("RESIGNATION", "person:tito-banda")}, id="accepted-request-to-step-down"),
    case("The president rejected Finance Minister Tito Banda's request to step down.",
         absent={("RESIGNATION", "person:tito-banda")}, id="rejected-request-is-no-resignation"),
    case("The Constitutional Court ruled on Tuesday that Prime Minister Samak Sunthorn violated the constitution and must resign.",
         {("DISMISSAL", "person:samak-sunthorn")}, absent={("RESIGNATION", "person:samak-sunthorn")},
         id="court-ruled-that-x-must-resign"),
    case("The Supreme Court ordered Prime Minister Ali Khan to step down.", {("DISMISSAL", "person:ali-khan")},
         id="court-ordered-x-to-step-down"),
    case("Ali Khan said he must resign.", absent={("DISMISSAL", "person:ali-khan"), ("RESIGNATION", "person:ali-khan")},
         id="said-he-must-resign"),
    # directives and conditions are no events (loaders/rules/hedging.py, triggers.json directive_verbs)
    case("The constitutional court told President Mark Dale to fire chief prosecutor Laura Kane.",
         absent={("DISMISSAL", "person:laura-kane")}, id="told-to-fire-is-no-dismissal"),
    case("The High Court permitted the bureau to carry out the arrest of senator Omar Talib.",
         absent={("ARREST", "person:omar-talib")}, id="permitted-to-arrest-is-no-arrest"),
    case("Ex-minister Avi Stern was charged with fraud, and his career could end if the court decides to convict him.",
         {("CHARGE", "person:avi-stern")}, {("CONVICTION", "person:avi-stern")}, id="if-the-court-decides-to-convict"),
    case("No charges were filed against former minister Paul Kent.", absent={("CHARGE", "person:paul-kent")},
         id="no-charges-were-filed"),
    case("Finance Minister Paul Kent offered to resign but the president refused.",
         absent={("RESIGNATION", "person:paul-kent")}, id="offered-to-resign"),
    case("The trial of former minister Paul Kent opened on Monday.", {("CHARGE", "person:paul-kent")}, id="the-trial-of-x"),
    case("The opposition called for the trial of former minister Paul Kent.", absent={("CHARGE", "person:paul-kent")},
         id="called-for-the-trial-of-x"),
    case("Former mayor Paul Kent was named in a 12-count indictment unsealed on Tuesday.", {("CHARGE", "person:paul-kent")},
         id="named-in-an-indictment-is-charged"),
    case("Former mayor Juan Perez entered a guilty plea to one count of bribery.", {("CONVICTION", "person:juan-perez")},
         id="entered-a-guilty-plea"),
    case("Former mayor Juan Perez entered a not guilty plea on Monday.", {("CHARGE", "person:juan-perez")},
         absent={("CONVICTION", "person:juan-perez")}, id="entered-a-not-guilty-plea"),
    case("The jury returned a guilty verdict against former mayor Juan Perez.", {("CONVICTION", "person:juan-perez")},
         id="guilty-verdict-against"),
    case("ERO Miami removed former Honduran police officer Juan Perez to Honduras on Friday.",
         absent={("DISMISSAL", "person:juan-perez")}, id="removed-to-a-country-is-no-dismissal"),
    case("President Ali Musa removed Juan Perez from office on Monday.", {("DISMISSAL", "person:juan-perez")},
         id="removed-from-office"),
    case("Former mayor Juan Perez was sentenced to 21 years. “Juan Perez sold cocaine,” said agent Doug Cole. "
         "“His lengthy sentence shows we will never relent.”", {("SENTENCE", "person:juan-perez")},
         absent={("SENTENCE", "person:doug-cole"), ("CONVICTION", "person:doug-cole")}, id="his-sentence-in-the-speakers-quote"),
    case("Luis Moreno Rivera, 35, the National Director of Anti-Corruption in Colombia and Leonardo Pinilla Gomez, 31, "
         "an attorney practicing in Colombia, were charged on June 23, 2017 by criminal complaint.",
         {("CHARGE", "person:luis-moreno-rivera"), ("CHARGE", "person:leonardo-pinilla-gomez")},
         id="x-age-title-and-y-age-title-were-charged"),
    # joined passive verbs share the subject (loaders/rules/verb_events.py)
    case("Former president Martin Vega had been taken to prison in August, but was released three weeks later.",
         {("RELEASE", "person:martin-vega")}, id="but-was-released"),
    # lexicon: "named in a case", "his sack", "the termination of X's appointment" (triggers.json)
    case("The drug supplier Pishor Singh, who was named in a 2022 drug case, denied the charge.",
         absent={("APPOINTMENT", "person:pishor-singh")}, id="named-in-a-case-is-no-appointment"),
    case("The presidency announced the termination of Mr Kofi Boateng's appointment on Friday.",
         {("DISMISSAL", "person:kofi-boateng")}, {("APPOINTMENT", "person:kofi-boateng")},
         id="termination-of-appointment-is-dismissal"),
    case("Sabo Nanono was minister of agriculture until his sack on Wednesday.",
         {("DISMISSAL", "person:sabo-nanono")}, id="his-sack-is-dismissal"),
    # court phrases (triggers.json phrasal) and "appeared in court charged with"
    case("Former minister John Banda went on trial on Monday on fraud charges.",
         {("CHARGE", "person:john-banda")}, id="went-on-trial-is-charge"),
    case("Former minister John Banda is standing trial for fraud.", {("CHARGE", "person:john-banda")}, id="standing-trial-is-charge"),
    case("Former minister John Banda will stand trial next year.", absent={("CHARGE", "person:john-banda")},
         id="will-stand-trial-is-no-charge-yet"),
    case("A grand jury returned an indictment against former police chief Mark Diaz.",
         {("CHARGE", "person:mark-diaz")}, id="returned-an-indictment-against"),
    case("Former governor Ali Musa appeared in court charged with fraud.", {("CHARGE", "person:ali-musa")},
         id="appeared-in-court-charged-with"),
    case("Former president Carlos Ruiz began serving a 12-year sentence on Tuesday.",
         {("SENTENCE", "person:carlos-ruiz")}, id="began-serving-a-sentence"),
    case("Former mayor Carlos Ruiz served two terms as governor.", absent={("SENTENCE", "person:carlos-ruiz")},
         id="served-two-terms-is-no-sentence"),
    case("Former mayor Paul Kent surrendered to police on Monday.", {("ARREST", "person:paul-kent")},
         id="surrendered-to-police-is-arrest"),
    case("His lawyer said the court found former minister Samuel Okoth guilty of fraud and sentenced to four years in jail.",
         {("CONVICTION", "person:samuel-okoth"), ("SENTENCE", "person:samuel-okoth")}, id="found-guilty-and-sentenced-shares-the-object"),
    case("Former mayor Paul Kent stands charged with bribery.", {("CHARGE", "person:paul-kent")}, id="stands-charged-with"),
    case("The president swore in Paul Kent as finance minister on Monday.", {("APPOINTMENT", "person:paul-kent")},
         id="swore-in-x-active"),
    case("Paul Kent has been given the finance portfolio.", {("APPOINTMENT", "person:paul-kent")}, id="given-the-portfolio"),
    case("Paul Kent, the new defence minister, spoke on Monday.", {("APPOINTMENT", "person:paul-kent")},
         id="x-the-new-minister"),
    case("Paul Kent met the new defence minister on Monday.", absent={("APPOINTMENT", "person:paul-kent")},
         id="met-the-new-minister-is-not-x"),
    case("Police chief Paul Kent was terminated from service on Monday.", {("DISMISSAL", "person:paul-kent")},
         id="terminated-from-service"),
    case("The government terminated the services of police chief Paul Kent.", {("DISMISSAL", "person:paul-kent")},
         id="terminated-the-services-of"),
    case("Minister Paul Kent terminated the contract with the firm on Monday.", absent={("DISMISSAL", "person:paul-kent")},
         id="terminated-a-contract"),
    case("Police chief Paul Kent was made to resign.", {("RESIGNATION", "person:paul-kent")}, id="made-to-resign"),
    case("Paul Kent was unseated as speaker.", {("DISMISSAL", "person:paul-kent")}, id="unseated-as-speaker"),
    case("Paul Kent was inaugurated as president on Monday.", {("APPOINTMENT", "person:paul-kent")}, id="inaugurated-as"),
    case("Paul Kent, the president's nominee for attorney general, faced questions.", {("NOMINATION", "person:paul-kent")},
         id="x-the-presidents-nominee"),
    case("The president put forward Paul Kent as his candidate for prime minister.", {("NOMINATION", "person:paul-kent")},
         id="put-forward-as-candidate"),
    case("Paul Kent put forward a proposal for reform.", absent={("NOMINATION", "person:paul-kent")},
         id="put-forward-a-proposal"),
    case("The minister welcomed Deputy Governor Chris Hawk, who will be Acting Governor until March 31.",
         {("APPOINTMENT", "person:chris-hawk")}, id="who-will-be-acting-governor"),
    case("Chris Hawk will be a good governor.", absent={("APPOINTMENT", "person:chris-hawk")}, id="will-be-a-good-governor"),
    # objects, copulas, governments and lists of appointees
    case("President Omar Bashir has appointed a chief of the intelligence service, Salim Kadhem, as prime minister, "
         "the state TV channel reported on Thursday.",
         {("APPOINTMENT", "person:salim-kadhem")}, id="a-second-object-does-not-hide-the-first"),
    case("Professor Nadia Fawzi was appointed as minister of planning, and the writer Samir Aziz is the new minister of culture.",
         {("APPOINTMENT", "person:nadia-fawzi"), ("APPOINTMENT", "person:samir-aziz")}, id="and-y-is-the-new-minister"),
    case("Prime Minister Jean Morel presented the resignation of his government to the president on Monday.",
         {("RESIGNATION", "person:jean-morel")}, id="resignation-of-his-government"),
    case("The president approved the nomination of three new deputy governors of the central bank. "
         "They include Mrs. Ada Obi, Mr. Musa Bako and Dr. Tunde Ade.",
         {("NOMINATION", "person:ada-obi"), ("NOMINATION", "person:musa-bako"), ("NOMINATION", "person:tunde-ade")},
         id="they-include-the-nominees"),
    case("The president re-appointed John Kamau as finance minister on Friday.",
         {("APPOINTMENT", "person:john-kamau")}, id="re-appointed-hyphenated"),
    case("Henry Otieno was re-appointed CS Treasury, Charles Kibet (Energy), Joe Wanjala (ICT) and Fred Omondi (Interior).",
         {("APPOINTMENT", "person:henry-otieno"), ("APPOINTMENT", "person:charles-kibet"),
          ("APPOINTMENT", "person:joe-wanjala"), ("APPOINTMENT", "person:fred-omondi")}, id="bracketed-portfolio-list"),
    case("Those appointed include Mary Atieno (Health), Paul Kiprop (Roads) and Grace Njeri (Water). "
         "Others were John Mwangi (Trade) and Ali Hassan (Mining).",
         {("APPOINTMENT", "person:john-mwangi"), ("APPOINTMENT", "person:ali-hassan")}, id="others-were-continues-the-list"),
    case("Ruth Wambui (Nairobi) and Peter Kamau (Mombasa) spoke at the rally on Friday.",
         absent={("APPOINTMENT", "person:ruth-wambui")}, id="bracketed-places-without-an-appointment-are-nothing"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_kind(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


def test_kind_headline_name_before_a_title_is_its_owner(extractor):
    """"Court Convicts Former Mugabe Minister": the minister was convicted, not Mugabe."""
    got = events(read(extractor, "A court has convicted Samuel Okoth, who served under former president Robert Mugabe. "
                                 "Robert Mugabe resigned in November.", title="Court Convicts Former Mugabe Minister"))
    assert ("CONVICTION", "person:robert-mugabe") not in got
    assert ("CONVICTION", "person:samuel-okoth") in got
