"""Round 5 event kinds: REFERENCE. Whole court and cabinet stories from many outlets (kept outside
the repository) state an event through a phrase that is not the person's name: "the 52-year-old",
"the suspect", "the former governor", "the CS", a pronoun whose nearest name is someone else's, a
lede's "the national police commissioner" or "one of the country's most controversial
politicians" named in the next sentence, "Both former officials" for the two just named. The
sentences are made up; each states one general kind (loaders/rules/reference.py, bridging.py,
recalled.py, groups.py), read by the real spaCy pipeline."""
import pytest

from tests.conftest import check_event_case, event_case as case, read_text as read


CASES = [
    # a definite phrase that names no one points back (loaders/rules/reference.py)
    case("Police arrested former mayor John Kamau on Monday. The 52-year-old was charged with fraud on Tuesday.",
         {("ARREST", "person:john-kamau"), ("CHARGE", "person:john-kamau")}, id="the-52-year-old"),
    case("Anti-graft detectives arrested Peter Otieno at his office in Nairobi. The suspect was arraigned on Friday.",
         {("ARREST", "person:peter-otieno"), ("CHARGE", "person:peter-otieno")}, id="the-suspect"),
    case("Former governor Musa Bello appeared before the anti-graft commission in May. He denied every allegation "
         "and his lawyers asked for more time. Investigators said the case was complex. "
         "On Monday the former governor was arrested at his home.",
         {("ARREST", "person:musa-bello")}, id="the-former-governor-far-back"),
    case("Finance Minister John Banda met Health Minister Ann Cole on Friday. Weeks later the minister was arrested.",
         absent={("ARREST", "person:john-banda"), ("ARREST", "person:ann-cole")}, id="two-ministers-no-guess"),
    case("Police arrested former mayor John Kamau on Monday. The new mayor was sworn in on Tuesday.",
         absent={("APPOINTMENT", "person:john-kamau")}, id="the-new-mayor-is-someone-else"),
    case("Police arrested former mayor John Kamau and his aide Ali Musa on Monday. The suspect was charged on Tuesday.",
         absent={("CHARGE", "person:john-kamau"), ("CHARGE", "person:ali-musa")}, id="two-suspects-no-guess"),
    case("Former Finance Minister Henry Kariuki and former Health Minister Ann Wambui were questioned on Monday. "
         "Police later arrested the former Finance Minister at his home.",
         {("ARREST", "person:henry-kariuki")}, absent={("ARREST", "person:ann-wambui")}, id="the-former-finance-minister"),
    case("Police arrested Interior Minister John Okello on Monday. Health Minister Ann Wambui said she was shocked. "
         "On Tuesday the minister was charged with fraud.",
         {("CHARGE", "person:john-okello")}, absent={("CHARGE", "person:ann-wambui")}, id="the-minister-is-the-story-s"),
    case("Kenyan Finance Minister Henry Kariuki resigned on Monday. The Ugandan minister was arrested on Tuesday.",
         absent={("ARREST", "person:henry-kariuki")}, id="another-country-s-minister"),
    # a pronoun whose nearest name is only a possessor goes to the one the story is about
    case("Former vice president Amado Ruiz was sentenced to six years in prison on Tuesday for bribery. "
         "The charges related to his attempt to buy a company while serving as Maria Lopez's economy minister. "
         "A court found him guilty of passive bribery.",
         {("CONVICTION", "person:amado-ruiz")}, absent={("CONVICTION", "person:maria-lopez")},
         id="him-is-the-one-sentenced-not-the-possessor"),
    case("Former minister Tariq Alam has been arrested. Mr Alam served in the government of Prime Minister Rahim Khan. "
         "He was detained at his home. No reason has been given for his detention.",
         {("ARREST", "person:tariq-alam")}, absent={("ARREST", "person:rahim-khan")}, id="his-detention-is-the-topics"),
    case("Police arrested Omar Said on Monday. Later, officers questioned Samuel Lee and detained him.",
         {("ARREST", "person:omar-said")}, id="him-after-a-subject-object-pair"),
    # a pronoun in the undergoer's place after someone did something to another: the other one
    case("On October 5, Ombudsman Conchita Reyes approved the dismissal from service of Mayor Vicente Cruz for grave "
         "misconduct. He is also facing criminal charges for the murder of a journalist.",
         {("CHARGE", "person:vicente-cruz")}, absent={("CHARGE", "person:conchita-reyes")}, id="he-faces-charges-not-the-doer"),
    case("Judge Ann Lee sentenced former mayor Peter Otieno to five years on Monday. He had been convicted of fraud in May.",
         {("CONVICTION", "person:peter-otieno")}, absent={("CONVICTION", "person:ann-lee")}, id="he-had-been-convicted-not-the-judge"),
    case("Police chief John Kamau arrested the governor's aide, Ali Musa, on Friday. He was later charged with fraud.",
         {("CHARGE", "person:ali-musa")}, absent={("CHARGE", "person:john-kamau")}, id="he-was-charged-not-the-arresting-officer"),
    case("President Omar Musa dismissed the finance minister, Ali Bako, on Monday. He also dismissed the interior "
         "minister, Sani Lawal.", {("DISMISSAL", "person:sani-lawal")}, absent={("DISMISSAL", "person:omar-musa")},
         id="he-also-dismissed-stays-the-doer"),
    # a lede's description, named in the next sentence (loaders/rules/bridging.py)
    case("President Cyril Mbeki fired the national police commissioner on Friday after deadly riots. "
         "Khehla Dube's contract was terminated by mutual agreement, the presidency said.",
         {("DISMISSAL", "person:khehla-dube")}, absent={("DISMISSAL", "person:cyril-mbeki")},
         id="the-commissioner-named-next"),
    case("A court on Tuesday sentenced one of the country's most controversial politicians to six years in prison. "
         "The court delivered its verdict for Elena Popa, a former tourism minister.",
         {("SENTENCE", "person:elena-popa")}, id="one-of-the-politicians-named-next"),
    case("A former defence minister who served under opposition leader Yulia Marchenko was sentenced to five years on "
         "Thursday. Valeriy Petrenko became the third minister of her cabinet to be jailed.",
         {("SENTENCE", "person:valeriy-petrenko")}, absent={("SENTENCE", "person:yulia-marchenko")},
         id="name-in-a-relative-clause-is-someone-else"),
    case("President Cyril Mbeki fired the national police commissioner on Friday. "
         "Analyst John Smith said the decision was overdue.",
         absent={("DISMISSAL", "person:john-smith")}, id="next-sentence-speaker-is-not-the-commissioner"),
    case("Police Commissioner Khehla Dube spoke on Monday. President Cyril Mbeki fired the police commissioner on Friday. "
         "Analyst John Smith welcomed it.",
         {("DISMISSAL", "person:khehla-dube")}, absent={("DISMISSAL", "person:john-smith")},
         id="the-commissioner-already-named"),
    # a counted group points to the persons just named; "They are ..., including A and B"
    case("Criminal investigations were launched into former deputy ministers Bui Van Long, 60, and Tran Viet Hoa, 63. "
         "Both former officials were placed under house arrest.",
         {("ARREST", "person:bui-van-long"), ("ARREST", "person:tran-viet-hoa")}, id="both-former-officials"),
    case("Police arrested former minister John Kamau and his aide Ali Musa on Monday. The suspects were arraigned on Tuesday.",
         {("CHARGE", "person:john-kamau"), ("CHARGE", "person:ali-musa")}, id="the-suspects"),
    case("Police arrested former minister John Kamau and his aide Ali Musa on Monday. "
         "The other suspects were arraigned on Tuesday.",
         absent={("CHARGE", "person:john-kamau"), ("CHARGE", "person:ali-musa")}, id="the-other-suspects"),
    case("Three other former ministers were picked up in raids over the weekend. "
         "They are household names, including Nasmul Haque and Mohammed Nasir.",
         {("ARREST", "person:nasmul-haque"), ("ARREST", "person:mohammed-nasir")}, id="they-are-including"),
    case("Former governor Musa Bello was arrested on Monday. \"This is a witch-hunt,\" his lawyer said. "
         "\"We will fight it.\" The party called for calm. Supporters gathered outside. He was later charged with fraud.",
         {("CHARGE", "person:musa-bello")}, id="he-after-quotes-is-the-story-s"),
    case("Police arrested former minister John Kamau on Monday. \"We will fight this,\" his lawyer said. "
         "\"It is politics.\" The party called for calm. The attorney general tendered his resignation on Friday.",
         absent={("RESIGNATION", "person:john-kamau")}, id="his-of-an-unnamed-title-subject"),
    # a move to another post (triggers.json: transfer, reassign; not to a prison)
    case("Kairuki takes over from Innocent Bashungwa, who has been transferred to the Ministry of Defence.",
         {("APPOINTMENT", "person:innocent-bashungwa")}, id="transferred-to-a-ministry"),
    case("Information Minister Kojo Mensah has been reassigned to Works and Housing.",
         {("APPOINTMENT", "person:kojo-mensah")}, id="reassigned-to-a-portfolio"),
    case("Former mayor John Kamau was transferred to Kamiti prison on Monday.",
         absent={("APPOINTMENT", "person:john-kamau")}, id="transferred-to-prison"),
    case("Former Works Minister Nalaila Kimaro appeared in the Kisutu Magistrates Court to answer corruption charges.",
         {("CHARGE", "person:nalaila-kimaro")}, id="appeared-to-answer-charges"),
    case("Former minister John Kamau turned himself in to police on Monday.",
         {("ARREST", "person:john-kamau")}, id="turned-himself-in"),
    case("Former minister John Kamau turned himself into a critic of the government.",
         absent={("ARREST", "person:john-kamau")}, id="turned-himself-into"),
    # one person a line after a group's event (loaders/rules/groups.py)
    case("The president appointed new individuals to fill vacancies.\nHere are the new ministers appointed\n"
         "- Ophelia Mensah - Minister-designate for Environment\n- Lydia Alhassan - Minister-designate for Sanitation",
         {("APPOINTMENT", "person:ophelia-mensah"), ("APPOINTMENT", "person:lydia-alhassan")}, id="list-lines-after-a-group"),
    case("The president spoke about the economy on Monday.\n- Ophelia Mensah - Minister-designate for Environment",
         absent={("APPOINTMENT", "person:ophelia-mensah")}, id="list-line-without-a-group"),
    # what is not done
    case("The court sentenced Ivan Petrov on Thursday. The court had the option to jail Oleg Sidorov for ten years.",
         absent={("SENTENCE", "person:oleg-sidorov")}, id="option-to-jail"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_kind(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
