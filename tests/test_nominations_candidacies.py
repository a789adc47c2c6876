"""Round 25 (nominations): a candidacy put forward for a post by another is a NOMINATION, its agent
the one who puts it forward (rules/candidacies.py); an appointing clause under "propose" is one too
(rules/recommendations.py, triggers.json "proposing_verbs"). Made-up sentences of the shapes the
official notices and the news use; names invented."""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read


def _agent_of(doc, etype: str, subject: str) -> set[str]:
    return {a for e in doc.events if e.type == etype and subject in e.role("subject") for a in e.role("agent")}


CASES = [
    event_case("The President submitted the candidacy of Pavel Gorin for the post of Tver Region governor "
               "for consideration by the Tver Region Legislative Assembly.",
               present={("NOMINATION", "person:pavel-gorin")}, id="submitted-candidacy-of"),
    event_case("Anton Belov submitted for consideration by the Regional Duma the candidacy of Pavel Gorin "
               "for the post of Head of the Republic.",
               present={("NOMINATION", "person:pavel-gorin")}, id="candidacy-after-the-consideration-phrase"),
    event_case("Anton Belov also submitted the candidacy of Pavel Gorin for consideration by the Tver Legislative "
               "Assembly and the candidacy of Oleg Sukhov for consideration of the Omsk Legislative Assembly.",
               present={("NOMINATION", "person:pavel-gorin"), ("NOMINATION", "person:oleg-sukhov")},
               id="two-candidacies-joined"),
    event_case("The prime minister put forward the candidacy of Maria Lenko for the post of finance minister.",
               present={("NOMINATION", "person:maria-lenko")}, id="put-forward-the-candidacy"),
    event_case("Anton Belov has proposed appointing Pavel Gorin as the new transport minister.",
               present={("NOMINATION", "person:pavel-gorin")}, absent={("APPOINTMENT", "person:pavel-gorin")},
               id="proposed-appointing"),
    event_case("Pavel Gorin submitted his candidacy for the presidential election on Monday.",
               absent={("NOMINATION", "person:pavel-gorin")}, id="own-candidacy-in-a-race"),
    event_case("Anton Belov may submit the candidacy of Pavel Gorin for the post of governor next month.",
               absent={("NOMINATION", "person:pavel-gorin")}, id="hedged-submission"),
    event_case("Pavel Gorin withdrew his candidacy for the post of governor.",
               absent={("NOMINATION", "person:pavel-gorin")}, id="withdrawn-candidacy"),
    event_case("Anton Belov proposed new budget rules and appointed Pavel Gorin as transport minister.",
               present={("APPOINTMENT", "person:pavel-gorin")}, absent={("NOMINATION", "person:pavel-gorin")},
               id="proposed-something-else-then-appointed"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_candidacies_are_nominations(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


def test_the_one_who_submits_is_the_agent(extractor):
    doc = read(extractor, "Anton Belov submitted the candidacy of Pavel Gorin for the post of Tver Region governor.")
    assert _agent_of(doc, "NOMINATION", "person:pavel-gorin") == {"person:anton-belov"}


def test_the_president_of_the_notice_is_the_agent(extractor):
    doc = read(extractor, "The President submitted the candidacy of Pavel Gorin for the post of Tver Region "
                          "governor for consideration by the Tver Region Duma.",
               title="Anton Belov submitted candidacies for the posts of regional governors")
    assert _agent_of(doc, "NOMINATION", "person:pavel-gorin") == {"person:anton-belov"}


def test_a_candidate_holds_no_post_yet(extractor):
    doc = read(extractor, "Anton Belov submitted the candidacy of Pavel Gorin for the post of Tver Region governor.")
    assert not [r for r in doc.relations if r.type == "HOLDS_POSITION" and r.source == "person:pavel-gorin"]
