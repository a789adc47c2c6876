"""Round 10 (events): events the sentence does not state as done, or states of someone else,
and one shape of a stated event the reader missed.

- unstated_nouns: an event noun with a modifier of prospect ("the possible appointment of X",
  "a possible indictment of X") or carried by an own-noun verb that is denied ("he never
  submitted his resignation letter", "none of them had tendered their resignation letters").
- hedging: an infinitive under a modal verb of obligation ("who would have to succeed Y") is
  an obligation, not an act; "had to resign" without a modal stays an act.
- phrasal: "banned from public office" is a disqualification, not a SUSPENSION; "barred from
  office for 90 days" stays one.
- phrasal: the doer of "to take over" under a verb with an object is the object ("appointed a
  veteran politician to take over"), not the subject of the verb.
- noun_events: "the arrest and jailing of X": the event noun shares the of-phrase of the -ing
  noun it is joined to.
- verb_events.announced_appointment: "X will be named deputy chief of staff", "Obama will name X as
  chief of staff, an official said": an appointment stated or reported as coming is one (as
  "will replace", "will take over" already are); one guessed at ("Speculation is rife that X will be
  named", "Reports suggest X will be appointed") is not.
- post_lists.new_holders: "X is the department's new acting chief, Y said", "announced that X will
  be his new chief of staff": the copula with a new title, reported.
- paired_posts._joined: a participle between two names ("named X as chief of staff, replacing Y,
  as part of an overhaul") makes the second no pair of the first's appointment.
- phrases._heads: a name that only modifies a plural noun ("sacked Truss supporters", "police
  detain 400 Imran Khan supporters") is not the one the event happens to.
- hedging: an infinitive the parse hung on the verb governing a noun of demand ("X, who has faced
  calls to resign since ...", "is facing growing calls to resign") is not done; one after a noun
  of power is ("used his powers to sack X").
- becoming.made_post, passive: "X was made the new Health Minister", "has been made the Civil
  Aviation Minister"; becoming: "was demoted from the Foreign Office to become justice secretary".
- verb_events: "A was axed as X and B was sacked as Y", where the parse made B a conjunct of X and
  the second verb an adverbial clause: B, the name before its own "was", is the one sacked.
- phrasal: "dropped X from the cabinet / council of ministers / government" is a DISMISSAL.
- groups: a list whose subject names its own event ("Those dismissed are A, B", "The arrested
  officials are ...") takes only the group events of that type, not another told just before
  ("... dismissed ten officials, while suspending dozens of others").
- ordered_participles: "the court ordered X jailed for 15 days", "X was ordered jailed": the
  order's object undergoes the participle's event.
"""
import pytest

from tests.conftest import check_event_case, event_case as case, read_text as read, subject_events

CASES = [
    # unstated_nouns: a modifier of prospect
    case("The protests showed strong resistance to the possible appointment of John Mbeki, president "
         "of the Senate, as head of state.",
         absent={("APPOINTMENT", "person:john-mbeki")}, id="possible-appointment"),
    case("Prosecutors have been looking at a possible indictment of Peter Olsen, the former mayor.",
         absent={("CHARGE", "person:peter-olsen")}, id="possible-indictment"),
    case("Supporters of Peter Olsen, the former mayor, gathered outside his home on Monday to protest "
         "against his imminent arrest.",
         absent={("ARREST", "person:peter-olsen")}, id="imminent-arrest"),
    case("The appointment of John Mbeki as head of state was announced on Monday.",
         present={("APPOINTMENT", "person:john-mbeki")}, id="plain-appointment-kept"),
    # unstated_nouns: a denied own-noun verb
    case("Governor Ali Bako was impeached on Monday. His deputy said Ali Bako is still the deputy "
         "governor since he never submitted his resignation letter to the governor.",
         absent={("RESIGNATION", "person:ali-bako")}, id="never-submitted-resignation-letter"),
    case("Finance Minister Ruth Otieno said she has not tendered her resignation to the president.",
         absent={("RESIGNATION", "person:ruth-otieno")}, id="not-tendered-resignation"),
    case("Finance Minister Ruth Otieno tendered her resignation to the president on Monday.",
         present={("RESIGNATION", "person:ruth-otieno")}, id="tendered-resignation-kept"),
    # hedging: an obligation under a modal
    case("Crowds rejected Paul Ndlovu, president of the House, who constitutionally would have to "
         "succeed departing president Samuel Banda.",
         absent={("APPOINTMENT", "person:paul-ndlovu")}, id="would-have-to-succeed"),
    case("Finance Minister Paul Ndlovu had to resign after the scandal broke.",
         present={("RESIGNATION", "person:paul-ndlovu")}, id="had-to-resign-kept"),
    # phrasal: a ban from public office is no suspension
    case("The inspector general dismissed Mayor Carlos Vega and banned him from public office for 15 years.",
         present={("DISMISSAL", "person:carlos-vega")}, absent={("SUSPENSION", "person:carlos-vega")},
         id="banned-from-public-office"),
    case("The council barred Mayor Carlos Vega from office for 90 days on Tuesday.",
         present={("SUSPENSION", "person:carlos-vega")}, id="barred-from-office-kept"),
    # phrasal: object control
    case("President Joseph Kabila chose a veteran politician to take over as governor of the region on Thursday.",
         absent={("APPOINTMENT", "person:joseph-kabila")}, id="object-takes-over"),
    case("Joseph Kabila resigned from the bank to take over as governor of the region.",
         present={("APPOINTMENT", "person:joseph-kabila")}, id="subject-takes-over-kept"),
    # noun_events: an event noun joined to an -ing noun that holds the of-phrase
    case("The statement follows the arrest and jailing of opposition leader Alexander Petrov for taking "
         "part in an unauthorized march.",
         present={("ARREST", "person:alexander-petrov")}, id="arrest-and-jailing-of"),
    # ordered_participles
    case("The district court ordered opposition leader Alexei Petrov jailed for 15 days for handing out leaflets.",
         present={("SENTENCE", "person:alexei-petrov")}, id="ordered-object-jailed"),
    case("Opposition leader Alexander Petrov and the others were ordered jailed for two weeks.",
         present={("SENTENCE", "person:alexander-petrov")}, id="was-ordered-jailed"),
    case("A judge ordered former minister John Okello detained for 30 days pending trial.",
         present={("ARREST", "person:john-okello")}, id="ordered-detained-clause"),
    case("The court could order former minister John Okello jailed for 30 days.",
         absent={("SENTENCE", "person:john-okello")}, id="could-order-jailed"),
    # verb_events.announced_appointment
    case("Rob Nabors, the White House legislative liaison, will be named deputy chief of staff for policy.",
         present={("APPOINTMENT", "person:rob-nabors")}, id="will-be-named"),
    case("President Obama will name Denis McDonough as the new chief of staff on Friday, a White House official said.",
         present={("APPOINTMENT", "person:denis-mcdonough")}, id="will-name-official-said"),
    case("The ministry said John Okello will be appointed finance minister on Monday.",
         present={("APPOINTMENT", "person:john-okello")}, id="said-will-be-appointed"),
    case("Speculation is rife that John Okello will be named finance minister.",
         absent={("APPOINTMENT", "person:john-okello")}, id="speculation-will-be-named"),
    case("Reports suggest John Okello will be appointed finance minister next week.",
         absent={("APPOINTMENT", "person:john-okello")}, id="reports-suggest-will-be-appointed"),
    case("John Okello could be appointed finance minister.",
         absent={("APPOINTMENT", "person:john-okello")}, id="could-be-appointed"),
    # paired_posts: a participle between the names
    case("President Barack Obama on Friday will name veteran aide Denis McDonough as his next chief of staff, "
         "replacing Jack Lew, as part of an overhaul of his senior staff, a White House official said.",
         present={("APPOINTMENT", "person:denis-mcdonough")}, absent={("APPOINTMENT", "person:jack-lew")},
         id="replacing-y-as-part-of"),
    case("The governor appointed John Okello as acting director, Mary Atieno as deputy director and Paul "
         "Ndlovu as secretary.",
         present={("APPOINTMENT", "person:mary-atieno"), ("APPOINTMENT", "person:paul-ndlovu")}, id="pairs-kept"),
    # phrases._heads: a name modifying a plural noun
    case("Pakistani police detain 400 Imran Khan supporters in home raids.",
         absent={("ARREST", "person:imran-khan")}, id="name-modifies-plural-noun"),
    case("Rishi Sunak sacked Truss supporters on Tuesday.",
         absent={("DISMISSAL", "person:truss")}, id="surname-modifies-plural-noun"),
    case("Pakistani police detained Imran Khan in Islamabad on Tuesday.",
         present={("ARREST", "person:imran-khan")}, id="name-itself-kept"),
    # hedging: calls to resign
    case("Raab, who has faced calls to resign since he went on holiday in Crete as the Taliban advanced on "
         "the Afghan capital, Kabul, lost one of the so-called great offices of state.",
         absent={("RESIGNATION", "person:raab")}, id="faced-calls-to-resign"),
    case("Internal affairs minister Minoru Terada, a close aide to Prime Minister Fumio Kishida, is facing "
         "growing calls to resign as another political fund scandal involving him has emerged.",
         absent={("RESIGNATION", "person:minoru-terada")}, id="facing-calls-to-resign"),
    case("John Okello used his powers to sack the police chief Paul Ndlovu.",
         present={("DISMISSAL", "person:paul-ndlovu")}, id="powers-to-sack-kept"),
    # becoming: passive 'made', 'demoted ... to become'
    case("Paul Ndlovu was made the new Health Minister on Wednesday.",
         present={("APPOINTMENT", "person:paul-ndlovu")}, id="was-made-new-minister"),
    case("Jyotiraditya Scindia has been made the Civil Aviation Minister.",
         present={("APPOINTMENT", "person:jyotiraditya-scindia")}, id="has-been-made-minister"),
    case("John Okello was made a scapegoat for the failure.",
         absent={("APPOINTMENT", "person:john-okello")}, id="made-a-scapegoat"),
    case("Dominic Raab was demoted from the Foreign Office to become justice secretary.",
         present={("APPOINTMENT", "person:dominic-raab"), ("DISMISSAL", "person:dominic-raab")},
         id="demoted-to-become"),
    case("John Okello lost the election to become governor.",
         absent={("APPOINTMENT", "person:john-okello")}, id="lost-election-to-become"),
    # verb_events: a passive clause whose subject the parse lost
    case("Robert Jenrick was axed as communities secretary and Amanda Milling was sacked as Conservative Party chair.",
         present={("DISMISSAL", "person:amanda-milling"), ("DISMISSAL", "person:robert-jenrick")},
         id="second-passive-clause-own-subject"),
    case("John Okello was arrested on Monday after he was questioned by police.",
         present={("ARREST", "person:john-okello")}, id="after-clause-kept"),
    # phrasal: dropped from the cabinet
    case("Odisha Chief Minister Naveen Patnaik on Friday dropped higher education minister Rohit Pujari from "
         "the council of ministers.",
         present={("DISMISSAL", "person:rohit-pujari")}, id="dropped-from-council"),
    case("Finance Minister John Okello was dropped from the cabinet on Sunday.",
         present={("DISMISSAL", "person:john-okello")}, id="was-dropped-from-cabinet"),
    case("Striker John Okello was dropped from the squad on Sunday.",
         absent={("DISMISSAL", "person:john-okello")}, id="dropped-from-squad"),
    # groups: the list's own event
    case("President Ellen Johnson Sirleaf has dismissed ten officials of her government, while suspending "
         "dozen others for being absent. Those dismissed are Dr. Othello Gongar, Commissioner, Governance "
         "Commission, Ms. Kona Beysolow, Commissioner, Public Procurement and Concessions Commission.",
         present={("DISMISSAL", "person:othello-gongar")}, absent={("SUSPENSION", "person:othello-gongar")},
         id="list-own-event-only"),
    case("Police arrested five officials on Monday. The five defendants are John Okello, Mary Atieno and Paul Ndlovu.",
         present={("ARREST", "person:mary-atieno")}, id="list-without-own-event-kept"),
    # post_lists.new_holders, reported
    case("Joseph Yahner, a veteran of the department, is the department's new acting chief, effective "
         "immediately, the city manager said.",
         present={("APPOINTMENT", "person:joseph-yahner")}, id="reported-new-acting-chief"),
    case("President Biden on Friday formally announced that Jeff Zients will be his new chief of staff.",
         present={("APPOINTMENT", "person:jeff-zients")}, id="announced-will-be-new-chief"),
    case("Analysts expect that Jeff Zients will be the new chief of staff.",
         absent={("APPOINTMENT", "person:jeff-zients")}, id="expected-new-chief"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_round10_events(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


def test_headline_object_takes_over(extractor):
    """A headline whose appointee is no name: the appointing president is not appointed."""
    doc = read(extractor, "President Joseph Kabila appointed Alex Mwamba as acting governor on Thursday.",
               title="Why Kabila appointed a veteran politician to take over as governor of the region")
    got = subject_events(doc)
    assert ("APPOINTMENT", "person:alex-mwamba") in got
    assert ("APPOINTMENT", "person:joseph-kabila") not in got, sorted(got)
