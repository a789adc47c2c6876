"""Round 13 (changes): appointments, resignations and suspensions told in kinds of phrasing
the rules missed.

- An active gerund after a time preposition takes the subject of its clause
  (loaders/rules/gerund_clauses.py): "X joined a law firm after resigning", "Since taking
  office, X has ...", "X visits Kenya for the first time since assuming her post".
- "to be <post>" / "to serve as <post>" after an appointing verb names the post
  (rules/details.to_be_post), so "confirm", which is an appointment only with a post, reads
  "X was confirmed to be ambassador to Austria".
- "placed X under suspension" is a suspension as "placed X on suspension" is
  (triggers.json phrasal).
- "removed from the chamber", "removed X from its sanctions list", "kicked out of the chamber":
  out of a room, a vehicle or a list, not out of office (loaders/rules/place_removals.py).
- "Morsi retires defence minister", "retired his Defence Minister X": "retire" with a person or a
  title as object is a dismissal of the object, not the subject's retirement
  (loaders/rules/forced_retirements.py).
- "X has to resign before he can be sworn in", "needs to resign": a present obligation is owed,
  not done; "had to resign" is done (rules/hedging.py)."""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read

CASES = [
    # gerund clauses: the subject of the clause the gerund hangs on
    event_case("Peter Mwangi joined a law firm after resigning from the cabinet.",
               present={("RESIGNATION", "person:peter-mwangi")}, id="after-resigning"),
    event_case("After resigning as finance minister, Peter Mwangi joined a law firm.",
               present={("RESIGNATION", "person:peter-mwangi")}, id="fronted-after-resigning"),
    event_case("Patricia Otieno took a consultancy with a drug firm seven months after standing down as "
               "health secretary.",
               present={("RESIGNATION", "person:patricia-otieno")}, id="months-after-standing-down"),
    event_case("Peter Mwangi has made few public appearances since stepping down as finance minister in May.",
               present={("RESIGNATION", "person:peter-mwangi")}, id="since-stepping-down"),
    event_case("Since taking office, President John Kamau has made seven foreign trips.",
               present={("APPOINTMENT", "person:john-kamau")}, id="since-taking-office"),
    event_case("The UN rights chief, Mary Wanjiru, visits Kenya for the first time since assuming her post "
               "last month.",
               present={("APPOINTMENT", "person:mary-wanjiru")}, id="time-since-assuming-post"),
    event_case("Peter Mwangi, who joined a law firm after resigning from the cabinet, declined to comment.",
               present={("RESIGNATION", "person:peter-mwangi")}, id="relative-clause-after-resigning"),
    # guards: "before" is background; a gerund with its own object is not its subject's change
    event_case("Before taking his most recent position, John Kamau ran the prison service.",
               absent={("APPOINTMENT", "person:john-kamau")}, id="before-taking-position-guard"),
    event_case("The president fired Peter Mwangi after appointing John Kamau as his deputy.",
               present={("APPOINTMENT", "person:john-kamau"), ("DISMISSAL", "person:peter-mwangi")},
               absent={("APPOINTMENT", "person:peter-mwangi")}, id="gerund-with-object-guard"),
    # "to be <post>" after an appointing verb
    event_case("Mary Wanjiru was confirmed to be ambassador to Austria.",
               present={("APPOINTMENT", "person:mary-wanjiru")}, id="confirmed-to-be-post"),
    event_case("Senators voted 61-26 to confirm Mary Wanjiru to be an assistant secretary of State.",
               present={("APPOINTMENT", "person:mary-wanjiru")}, id="voted-to-confirm-to-be-post"),
    event_case("John Kamau was confirmed to serve as ambassador to Nicaragua.",
               present={("APPOINTMENT", "person:john-kamau")}, id="confirmed-to-serve-as"),
    event_case("The report confirmed John Kamau to be a close ally of the governor.",
               absent={("APPOINTMENT", "person:john-kamau")}, id="confirmed-to-be-no-post-guard"),
    # "placed under suspension"
    event_case("The state government placed former Police Commissioner John Kamau under suspension.",
               present={("SUSPENSION", "person:john-kamau")}, id="placed-under-suspension"),
    event_case("John Kamau was placed under suspension on Thursday.",
               present={("SUSPENSION", "person:john-kamau")}, id="passive-placed-under-suspension"),
    # removed from a place or a list: no dismissal
    event_case("The Treasury removed former trade minister John Kamau from its sanctions list this week.",
               absent={("DISMISSAL", "person:john-kamau")}, id="removed-from-list"),
    event_case("Security guards removed John Kamau from the chamber after he shouted at the speaker.",
               absent={("DISMISSAL", "person:john-kamau")}, id="removed-from-chamber"),
    event_case("John Kamau was removed from the plane by police.",
               absent={("DISMISSAL", "person:john-kamau")}, id="removed-from-plane"),
    event_case("John Kamau's removal from the sanctions list surprised many.",
               absent={("DISMISSAL", "person:john-kamau")}, id="removal-from-list"),
    event_case("Ian Blackford was kicked out of the chamber after he refused to sit down.",
               absent={("DISMISSAL", "person:ian-blackford")}, id="kicked-out-of-chamber"),
    event_case("John Kamau was removed from office by parliament.",
               present={("DISMISSAL", "person:john-kamau")}, id="removed-from-office-guard"),
    event_case("John Kamau was kicked out of the cabinet.",
               present={("DISMISSAL", "person:john-kamau")}, id="kicked-out-of-cabinet-guard"),
    # "retire" with an object
    event_case("President Peter Mwangi on Sunday retired his powerful Defence Minister John Kamau.",
               present={("DISMISSAL", "person:john-kamau")}, absent={("RESIGNATION", "person:peter-mwangi")},
               id="retired-his-minister"),
    event_case("President Peter Mwangi retired the defence minister, John Kamau, on Sunday.",
               present={("DISMISSAL", "person:john-kamau")}, absent={("RESIGNATION", "person:peter-mwangi")},
               id="retired-the-minister-apposition"),
    event_case("President Peter Mwangi retired Defence Minister John Kamau on Sunday.",
               absent={("RESIGNATION", "person:peter-mwangi")}, id="retired-title-name-misparse"),
    event_case("John Kamau retired from the army in 2019.",
               present={("RESIGNATION", "person:john-kamau")}, id="retired-intransitive-guard"),
    # present obligation
    event_case("John Kamau has to resign from parliament before he can be sworn in.",
               absent={("RESIGNATION", "person:john-kamau")}, id="has-to-resign"),
    event_case("John Kamau needs to resign from parliament.",
               absent={("RESIGNATION", "person:john-kamau")}, id="needs-to-resign"),
    event_case("John Kamau had to resign from parliament last year.",
               present={("RESIGNATION", "person:john-kamau")}, id="had-to-resign-guard"),
    event_case("John Kamau has had to resign from parliament.",
               present={("RESIGNATION", "person:john-kamau")}, id="has-had-to-resign-guard"),
    event_case("The club retired John Kamau's jersey after the season.",
               absent={("RESIGNATION", "person:john-kamau"), ("DISMISSAL", "person:john-kamau")},
               id="retired-a-jersey-guard"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_round13_changes(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
