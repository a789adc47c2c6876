"""Round 25 (approvals): a legislature that approves, confirms or votes in a person appoints them.

- rules/legislators.legislature: "lawmakers", "legislators", "MPs", "senators" as the subject of the
  act stand for the legislature the story names (not "opposition lawmakers", "50 lawmakers",
  "Republican lawmakers", "lawmakers in Kano State"; not when two houses may be meant).
- rules/announcements.approved: a house that approves a person appoints them, post stated or not
  ("approved X to lead a new coalition government"); not a person's thing ("approved X's budget").
- rules/legislators.voted_in: "Lawmakers voted in X", "voted in the only candidate for premier, X".
- rules/event_posts: the approved post is not the approving house's ("parliament approved X as
  prime minister" makes X no officer of the parliament).
Made-up sentences; names invented."""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read

HOUSE_TITLE = "Parliament Approves New Prime Minister"


def _agents(doc, etype: str, subject: str) -> set[str]:
    return {a for e in doc.events if e.type == etype and subject in e.role("subject") for a in e.role("agent")}


CASES = [
    event_case("The parliament on Friday approved Jama Warsame to lead a new coalition government.",
               present={("APPOINTMENT", "person:jama-warsame")}, id="house-approves-a-person-without-a-post"),
    event_case("The parliament on Friday approved Jama Warsame's budget plan.",
               absent={("APPOINTMENT", "person:jama-warsame")}, id="house-approves-a-persons-plan"),
    event_case("Malawi's ruling party allies in parliament met on Saturday. Lawmakers voted in the only candidate "
               "for premier, 48-year-old Jama Warsame.",
               present={("APPOINTMENT", "person:jama-warsame")}, id="voted-in-the-candidate"),
    event_case("Malawi's ruling party allies in parliament met on Saturday. Lawmakers gathered in the capital to "
               "vote in Jama Warsame.",
               present={("APPOINTMENT", "person:jama-warsame")}, id="to-vote-in-a-name"),
    event_case("Lawmakers said they would vote in a new speaker next week.",
               absent={("APPOINTMENT", "person:jama-warsame")}, id="vote-in-no-one-named"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_approving_houses(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


@pytest.mark.parametrize("text", [
    "Malawian lawmakers approved Jama Warsame as the country's new prime minister on Tuesday.",
    "Lawmakers approved Jama Warsame as Malawi's prime minister on Tuesday.",
], ids=["adjective-lawmakers", "bare-lawmakers"])
def test_lawmakers_stand_for_the_named_house(extractor, text):
    doc = read(extractor, text, title=HOUSE_TITLE)
    agents = _agents(doc, "APPOINTMENT", "person:jama-warsame")
    assert agents and all(a.startswith("organisation:") and "parliament" in a for a in agents), agents
    assert any(r.type == "APPOINTED" and r.target == "person:jama-warsame" and "parliament" in r.source
               for r in doc.relations)


@pytest.mark.parametrize("text", [
    "Opposition lawmakers approved Jama Warsame as prime minister on Tuesday.",
    "Republican lawmakers approved Jama Warsame as prime minister on Tuesday.",
    "Fifty lawmakers approved Jama Warsame as prime minister on Tuesday.",
], ids=["opposition", "party", "a-number"])
def test_some_lawmakers_are_not_the_house(extractor, text):
    doc = read(extractor, text, title=HOUSE_TITLE)
    assert not any("parliament" in a for a in _agents(doc, "APPOINTMENT", "person:jama-warsame"))


def test_lawmakers_of_a_state_are_not_the_national_house(extractor):
    doc = read(extractor, "On Monday, lawmakers in Kano State impeached Governor Jama Warsame.", title=HOUSE_TITLE)
    assert not any("parliament" in a for a in _agents(doc, "DISMISSAL", "person:jama-warsame"))


def test_two_houses_leave_lawmakers_unresolved(extractor):
    doc = read(extractor, "The Senate and the House of Representatives met. Lawmakers approved Jama Warsame as "
                          "prime minister on Tuesday.", title="Congress Approves New Prime Minister")
    assert not _agents(doc, "APPOINTMENT", "person:jama-warsame")


def test_senators_stand_for_the_senate_only(extractor):
    doc = read(extractor, "Congress met in Washington. Senators confirmed Jama Warsame as attorney general on Tuesday.",
               title="Congress Approves New Attorney General")
    assert not any("congress" in a for a in _agents(doc, "APPOINTMENT", "person:jama-warsame"))
    doc = read(extractor, "The Senate met in Washington. Senators approved Jama Warsame as attorney general on Tuesday.",
               title="Senate Approves New Attorney General")
    assert any("senate" in a for a in _agents(doc, "APPOINTMENT", "person:jama-warsame"))


def test_the_approved_post_is_not_the_houses(extractor):
    doc = read(extractor, "Malawi's parliament approved Jama Warsame as prime minister on Tuesday.", title=HOUSE_TITLE)
    assert _agents(doc, "APPOINTMENT", "person:jama-warsame")
    assert not [r for r in doc.relations if r.type == "HOLDS_POSITION" and r.source == "person:jama-warsame"
                and "parliament" in r.target]
