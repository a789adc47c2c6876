"""Round 6 event kinds. Whole stories from many outlets (kept outside the repository) state an
appointment with "become" as often as with "appointed": "X became president in 2008", "Y will
become the Minister of Justice", "Z is to become his private secretary", "leaves the post to
become deputy prime minister" (loaders/rules/becoming.py); court prose ("framed charges
against X", "filed a reference against", "is on trial", "the charges against X include"); changes
of office without an appointing verb ("forced two ministers to retire", "now heads the Roads
Ministry", "the swearing-in of X": rules/changes.py). The sentences are made up; each
states one general kind, read by the real spaCy pipeline."""
import pytest

from tests.conftest import check_event_case, event_case as case, read_text as read, subject_events as events


CASES = [
    # "become" and a post (loaders/rules/becoming.py)
    case("Prime Minister Chris Walker said Ginny Anders will become the Minister of Justice.",
         {("APPOINTMENT", "person:ginny-anders")}, id="will-become-the-minister"),
    case("Kieran Doyle will become the Minister for Regional Development, which fits his current portfolio.",
         {("APPOINTMENT", "person:kieran-doyle")}, id="will-become-with-a-relative-clause"),
    case("The president said Gustavo Ruiz is to become his private secretary.",
         {("APPOINTMENT", "person:gustavo-ruiz")}, id="is-to-become"),
    case("Foreign Minister Somchai Wongsawat leaves the post he held for four years to become a deputy prime minister.",
         {("APPOINTMENT", "person:somchai-wongsawat")}, id="leaves-the-post-to-become"),
    case("Mohamed Rasheed became president of the Maldives in 2008.",
         {("APPOINTMENT", "person:mohamed-rasheed")}, id="became-president"),
    case("Ali Musa, who became governor in 2010, was arrested on Monday.",
         {("APPOINTMENT", "person:ali-musa"), ("ARREST", "person:ali-musa")}, id="who-became-governor"),
    # not an appointment: each beside one that is, so the case fails without the rule
    case("Ali Musa became governor in 2010. Yoshiro Tanaka is expected to win a vote on Wednesday to become prime minister.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:yoshiro-tanaka")}, id="expected-to-become"),
    case("Ali Musa became governor in 2010. Somchai Wongsawat is a candidate to become United Nations secretary-general.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:somchai-wongsawat")}, id="a-candidate-to-become"),
    case("Ali Musa became governor in 2010. Peter Otieno could become the next finance minister.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:peter-otieno")}, id="could-become"),
    case("Ali Musa became governor in 2010. Peter Otieno wants to become president.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:peter-otieno")}, id="wants-to-become"),
    case("Ali Musa became governor in 2010. John Kamau became a lawyer in 1990.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:john-kamau")}, id="became-a-lawyer"),
    case("Ali Musa became governor in 2010. Defense Minister Walter Ayala announced his resignation, becoming the "
         "second minister to leave the cabinet.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:walter-ayala")}, id="the-second-minister-to-leave"),
    case("Ali Musa became governor in 2010. Kim Dae-sung became the country's first sitting president to be detained.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:kim-dae-sung")}, id="first-president-to-be-detained"),
    # court prose of South Asia, East Africa and Nigeria (triggers.json phrasal, event_verbs; rules/noun_events.py)
    case("A Dhaka court on Sunday framed charges against former state minister Ali Musa in a graft case.",
         {("CHARGE", "person:ali-musa")}, id="framed-charges-against"),
    case("The National Accountability Bureau filed a corruption reference against former prime minister Ali Musa.",
         {("CHARGE", "person:ali-musa")}, id="filed-a-reference-against"),
    case("Former minister Ali Musa was put on trial on Monday.", {("CHARGE", "person:ali-musa")}, id="put-on-trial"),
    case("Former minister Ali Musa was chargesheeted by the CBI.", {("CHARGE", "person:ali-musa")},
         id="chargesheeted"),
    case("The Commission for the Investigation of Abuse of Authority (CIAA) on Thursday filed a case at a special court "
         "against former prime minister Ali Musa. A businessman filed a case against John Kamau over unpaid debts.",
         {("CHARGE", "person:ali-musa")}, {("CHARGE", "person:john-kamau")}, id="a-prosecuting-body-filed-a-case"),
    case("Former minister Ali Musa is on trial for corruption.", {("CHARGE", "person:ali-musa")}, id="is-on-trial"),
    case("Former minister Ali Musa appeared in court on charges of fraud.", {("CHARGE", "person:ali-musa")},
         id="appeared-on-charges"),
    case("Former governor Ali Musa is being prosecuted for money laundering.", {("CHARGE", "person:ali-musa")},
         id="being-prosecuted"),
    case("The charges against former minister Ali Musa include fraud and abuse of office.",
         {("CHARGE", "person:ali-musa")}, id="the-charges-against-x-include"),
    case("Former minister Ali Musa denied the charges against him.", {("CHARGE", "person:ali-musa")},
         id="denied-the-charges-against-him"),
    case("The indictment names former governor Ali Musa and two aides.",
         {("CHARGE", "person:ali-musa")}, {("APPOINTMENT", "person:ali-musa")}, id="the-indictment-names-x"),
    case("Former minister Ali Musa was put on trial on Monday. The investigators recommended charges against John Kamau. "
         "Protesters demanded charges against Peter Otieno. Prosecutors said they could bring charges against Jane Wambui.",
         {("CHARGE", "person:ali-musa")},
         {("CHARGE", "person:john-kamau"), ("CHARGE", "person:peter-otieno"), ("CHARGE", "person:jane-wambui")},
         id="charges-not-yet-brought"),
    case("Former minister Ali Musa was put on trial on Monday. The president said John Kamau will be prosecuted.",
         {("CHARGE", "person:ali-musa")}, {("CHARGE", "person:john-kamau")}, id="will-be-prosecuted"),
    # changes of office without an appointing verb (loaders/rules/changes.py)
    case("The regime forced two Cabinet ministers to retire - immigration minister Khin Soe and labour minister Chit Maung.",
         {("DISMISSAL", "person:khin-soe"), ("DISMISSAL", "person:chit-maung")}, id="forced-two-ministers-to-retire"),
    case("The president forced Interior Minister Ali Musa to resign.", {("DISMISSAL", "person:ali-musa")},
         id="forced-x-to-resign"),
    case("Francis Boateng, the Works and Housing Minister, now heads the Roads and Highways Ministry.",
         {("APPOINTMENT", "person:francis-boateng")}, id="now-heads-the-ministry"),
    case("Trade minister Aung Min Oo will now lead the commerce ministry. Peter Otieno, who now heads the Kenya "
         "Ports Authority, was arrested.", {("APPOINTMENT", "person:aung-min-oo")},
         {("APPOINTMENT", "person:peter-otieno")}, id="will-now-lead-not-who-now-heads"),
    case("Railway minister Piyush Goel was given additional charge of the finance ministry.",
         {("APPOINTMENT", "person:piyush-goel")}, id="given-additional-charge-of"),
    case("Ali Musa attended the swearing-in ceremony of John Kamau as chief justice.",
         {("APPOINTMENT", "person:john-kamau")}, {("APPOINTMENT", "person:ali-musa")}, id="swearing-in-ceremony-of"),
    # a resignation announced by one who reports it (verb_events.reported_future)
    case("Cabinet chief Marcos Pena said on Tuesday that Jorge Lemos would be stepping down as health minister.",
         {("RESIGNATION", "person:jorge-lemos")}, id="said-x-would-be-stepping-down"),
    case("Jorge Lemos will resign as health minister, his spokesman said.",
         {("RESIGNATION", "person:jorge-lemos")}, id="x-will-resign-his-spokesman-said"),
    case("Defence Minister Israel Kaplan named Eyal Zamora as the next chief of staff. Major General Yaron Fink also "
         "said he would step down.", {("RESIGNATION", "person:yaron-fink")}, {("RESIGNATION", "person:eyal-zamora")},
         id="he-is-the-one-who-says-it"),
    case("Jorge Lemos will resign as health minister, his spokesman said. Ali Musa said he would not resign. "
         "Peter Otieno said he would resign if he lost the vote.", {("RESIGNATION", "person:jorge-lemos")},
         {("RESIGNATION", "person:ali-musa"), ("RESIGNATION", "person:peter-otieno")}, id="not-or-if-still-hedge"),
    # announced posts: "is set to", "will instead helm", "she will lead" (rules/phrasal.py, rules/changes.py)
    case("Deputy president Mohamad Hashim is set to assume the role of minister of foreign affairs.",
         {("APPOINTMENT", "person:mohamad-hashim")}, id="is-set-to-assume-the-role"),
    case("Dr Zaliha Mustapha will instead helm the Federal Territories Ministry.",
         {("APPOINTMENT", "person:zaliha-mustapha")}, id="will-instead-helm-the-ministry"),
    case("Former foreign minister Rosa Otunbaeva says Prime Minister Daniyar Usenko has resigned and she will lead "
         "the new government.", {("APPOINTMENT", "person:rosa-otunbaeva")}, {("APPOINTMENT", "person:daniyar-usenko")},
         id="she-is-the-one-who-says-it"),
    case("Dr Zaliha Mustapha will instead helm the Federal Territories Ministry. Ali Musa will lead the Democratic "
         "Party into the next election.", {("APPOINTMENT", "person:zaliha-mustapha")}, {("APPOINTMENT", "person:ali-musa")},
         id="will-lead-the-party-is-no-new-post"),
    # the person a title or a person noun stands beside (verb_events.subjects_of_participle, noun_events)
    case("Chen Chih-wei, the former vice president who was appointed premier by President Tsai Ying three days ago, "
         "said he had finished.", {("APPOINTMENT", "person:chen-chih-wei")}, id="the-vice-president-who-was-appointed"),
    case("Police arrested three officials on Tuesday. The detainee is Carlos Romeo, the former interior minister.",
         {("ARREST", "person:carlos-romeo")}, id="the-detainee-is-x"),
    # a post said to be new, with its owner (noun_events.new_post)
    case("Ali Musa's new role as finance minister begins on Monday.", {("APPOINTMENT", "person:ali-musa")},
         id="x-s-new-role-as"),
    case("Ali Musa met reporters on Monday. He said he was ready for his new job.",
         {("APPOINTMENT", "person:ali-musa")}, id="his-new-job"),
    # "the accused" read as a participle still points back (rules/reference.py); "discharge from service"
    case("Former finance minister Ali Musa appeared at the Milimani court on Monday. The accused pleaded not guilty "
         "to fraud.", {("CHARGE", "person:ali-musa")}, id="the-accused-pleaded-not-guilty"),
    case("The Ombudsman on Thursday ordered the discharge from service of town mayor Oscar Morena over grave misconduct. "
         "The court ordered the discharge of former minister Ali Musa for lack of evidence.",
         {("DISMISSAL", "person:oscar-morena")}, {("DISMISSAL", "person:ali-musa")}, id="discharge-from-service"),
    case("The president made Ali Musa finance minister on Monday. The scandal made John Kamau the most hated man in "
         "the country.", {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:john-kamau")},
         id="made-x-finance-minister"),
    case("Barbara Edwards was a tax lawyer, which is why I am also making her an Associate Minister of Finance.",
         {("APPOINTMENT", "person:barbara-edwards")}, id="making-her-an-associate-minister"),
    # a shared modal or "or" between joined verbs hedges them all (rules/hedging.py)
    case("Police arrested John Kamau on Monday. The judge will hear the case on Friday and release John Kamau on bail.",
         {("ARREST", "person:john-kamau")}, {("RELEASE", "person:john-kamau")}, id="will-hear-and-release"),
    case("Police arrested John Kamau on Monday. The judge will decide whether to keep John Kamau in custody, release "
         "him on bail or place him under house arrest.", {("ARREST", "person:john-kamau")},
         {("RELEASE", "person:john-kamau")}, id="keep-release-or-place-are-alternatives"),
    case("Police arrested John Kamau on Monday. Prosecutors may question Ali Musa, arrest Peter Otieno or charge "
         "Jane Wambui.", {("ARREST", "person:john-kamau")},
         {("ARREST", "person:peter-otieno"), ("CHARGE", "person:jane-wambui")}, id="may-question-arrest-or-charge"),
    # an indefinite possessor of an event noun, named in the next sentences (noun_events -> bridging.described_later)
    case("A general's firing shows that the army is far from united. In a recording, Major General Ivan Petrov, who "
         "led the 58th Army, described a conflict with senior officers.", {("DISMISSAL", "person:ivan-petrov")},
         id="a-general-s-firing"),
    # suspensions (triggers.json phrasal; verb_events: "temporarily relieved")
    case("Police chief Ali Musa has been barred from office for 90 days.", {("SUSPENSION", "person:ali-musa")},
         id="barred-from-office"),
    case("Mayor Ali Musa was slapped with a six-month suspension.", {("SUSPENSION", "person:ali-musa")},
         id="slapped-with-a-suspension"),
    case("Police chief Ali Musa was temporarily relieved of his duties.", {("SUSPENSION", "person:ali-musa")},
         {("DISMISSAL", "person:ali-musa")}, id="temporarily-relieved"),
    case("Police chief Ali Musa has been barred from office for 90 days. Judge John Kamau was banned from future work "
         "as a lawyer.", {("SUSPENSION", "person:ali-musa")}, {("SUSPENSION", "person:john-kamau")},
         id="banned-from-future-work-is-no-suspension"),
    # nominations: sent for approval, a candidate picked (triggers.json phrasal; phrasal.py; verb_events)
    case("President John Banda has recommended Ali Musa for appointment as chief justice.",
         {("NOMINATION", "person:ali-musa")}, id="recommended-for-appointment"),
    case("The president submitted Ali Musa's name to the Senate for confirmation as central bank governor.",
         {("NOMINATION", "person:ali-musa")}, id="submitted-x-s-name-for-confirmation"),
    case("The ruling party picked Ali Musa as its candidate for prime minister.",
         {("NOMINATION", "person:ali-musa")}, {("APPOINTMENT", "person:ali-musa")}, id="picked-as-its-candidate"),
    # more ways of giving a post (triggers.json phrasal, event_verbs; rules/changes.extended_term)
    case("Ali Musa assumed duty as the new district commissioner on Monday.", {("APPOINTMENT", "person:ali-musa")},
         id="assumed-duty-as"),
    case("Ali Musa has been given the nod to head the central bank.", {("APPOINTMENT", "person:ali-musa")},
         id="given-the-nod"),
    case("Ali Musa got the nod as the new central bank governor.", {("APPOINTMENT", "person:ali-musa")},
         id="got-the-nod-as"),
    case("Ali Musa was unveiled as the new head of the agency.", {("APPOINTMENT", "person:ali-musa")},
         id="unveiled-as-the-new-head"),
    case("President John Banda extended the tenure of central bank governor Ali Musa by two years.",
         {("APPOINTMENT", "person:ali-musa")}, id="extended-the-tenure-of"),
    case("Ali Musa's term as central bank governor was extended by two years. The union wants the contract of police "
         "chief John Kamau extended.", {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:john-kamau")},
         id="x-s-term-was-extended"),
    case("Ali Musa got the nod as the new central bank governor. The Kremlin said John Kamau would be given another job.",
         {("APPOINTMENT", "person:ali-musa")}, {("APPOINTMENT", "person:john-kamau")}, id="another-job-is-no-post"),
    # dismissals without "dismiss" (triggers.json revoked_nouns, phrasal; verb_events: a passive "retired")
    case("The contract of police chief Ali Musa was terminated on Monday.", {("DISMISSAL", "person:ali-musa")},
         id="contract-was-terminated"),
    case("Police chief Ali Musa was shown the door on Monday.", {("DISMISSAL", "person:ali-musa")},
         id="shown-the-door"),
    case("Police chief Ali Musa was booted out of office.", {("DISMISSAL", "person:ali-musa")}, id="booted-out"),
    case("The government sent secretary Ali Musa on forced retirement.", {("DISMISSAL", "person:ali-musa")},
         id="sent-on-forced-retirement"),
    case("Secretary Ali Musa was compulsorily retired by the government.", {("DISMISSAL", "person:ali-musa")},
         {("RESIGNATION", "person:ali-musa")}, id="was-retired-by-the-government"),
    # a numbered title before a name the parse cut off; "Before his appointment, he ..." (verb_events, noun_events)
    case("Deputy governor-2 Than Than Swe, who was shot by gunmen in April, was promoted as the governor of the Central "
         "Bank of Myanmar.", {("APPOINTMENT", "person:than-than-swe")}, id="deputy-governor-2-x-was-promoted"),
    case("President Paul Biya appointed John Kamau as managing director. Kamau replaces Peter Otieno who died in Paris "
         "last month. Before his appointment, he was responsible for missions at the Prime Minister Office.",
         {("APPOINTMENT", "person:john-kamau")}, {("APPOINTMENT", "person:peter-otieno")},
         id="before-his-appointment-he-is-the-story-s"),
    # the lines of a cabinet list after a line that introduces them with a colon (rules/groups.line_event)
    case("President John Banda on Monday appointed new ministers. The new ministers are:\n\n- Ali Musa - Minister for "
         "Finance\n\n- John Kamau - Minister for Health", {("APPOINTMENT", "person:ali-musa"),
                                                          ("APPOINTMENT", "person:john-kamau")},
         id="the-new-ministers-are-colon"),
    case("President John Banda on Monday named his new cabinet as follows:\n\nAli Musa - Minister of Finance\n\n"
         "John Kamau - Minister of Health", {("APPOINTMENT", "person:ali-musa"), ("APPOINTMENT", "person:john-kamau")},
         id="named-his-new-cabinet-as-follows"),
    case("President John Banda on Monday named his new cabinet as follows:\n\nAli Musa - Minister of Finance\n\n"
         "John Kamau - Minister of Health. Police on Monday released several detainees. The list reads:\n\n"
         "Peter Otieno - farmer", {("APPOINTMENT", "person:ali-musa")}, {("RELEASE", "person:peter-otieno")},
         id="bare-lines-only-for-office-changes"),
    case("Following the Minister for Lake Affairs Mary Kituyi, Amos Lugalo becomes the second minister to be arraigned "
         "and charged over the scandal.", {("CHARGE", "person:amos-lugalo"), ("CHARGE", "person:mary-kituyi")},
         id="following-y-x-becomes-the-second-to-be-charged"),
    # read off the fresh dev articles after their first run: an offered post; a finite verb the parse joined
    # to an infinitive ("accepted X's request to step down ... and appointed him acting governor")
    case("During the meeting, the President offered Andrei Turchin the position of Acting Head of the Republic.",
         {("NOMINATION", "person:andrei-turchin")}, id="offered-x-the-position-of"),
    case("In his executive order, the President accepted Governor Alexei Ostrov's request to step down ahead of term "
         "and appointed him Acting Governor of the region.", {("APPOINTMENT", "person:alexei-ostrov")},
         id="request-to-step-down-and-appointed-him"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_kind(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


HEADLINES = [
    # a headline's title after "ex-" is the title of the one person the lede gives it (rules/headlines.py)
    pytest.param("Ex-minister charged with graft",
                 "Former finance minister Ali Musa appeared at the Milimani court on Monday. He denied wrongdoing.",
                 {("CHARGE", "person:ali-musa")}, id="ex-minister-charged"),
    # the body names only the surname the headline gives with the given name (rules/headlines._given_name)
    pytest.param("Banda Appoints Ali Musa As New Central Bank Governor",
                 "The president said in a statement that Musa would serve a five-year term.",
                 {("APPOINTMENT", "person:musa")}, id="appoints-given-name-surname"),
]


@pytest.mark.parametrize("title,text,present", HEADLINES)
def test_headline(extractor, title, text, present):
    assert present - events(read(extractor, text, title=title)) == set()
