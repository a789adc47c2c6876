"""Round 24 (agents and verbs of change): who made the change when the text names the actor only
by office or by the instrument.

- "the President appointed X", "The Executive Order appoints X", "named ... by a decree read on
  television": the article's one issuer of decrees, the person named as signing an order or
  accepting a resignation, else the one person named with a head-of-state title
  (loaders/rules/issuers.py);
- "accepted X's request to step down and appointed him": the past tense the parse joined to the
  infinitive is coordinate with "accepted" (PhraseReader.clause_agent).
Names and sentences are made up."""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read

ISSUER_CASES = [
    fact_case("Vladimir Sokolov accepted the resignation of Governor Ivan Sorokin. The President signed an "
              "Executive Order. The President appointed Pavel Lenin Acting Governor of the Tomsk Region.",
              [("APPOINTED", "person:vladimir-sokolov", "person:pavel-lenin")],
              id="the-president-is-the-acceptor"),
    fact_case("Arkady Dorin accepted the resignation of Governor Semyon Kolov. The President signed an Executive "
              "Order. The Executive Order appoints Oleg Marinin acting head of the region.",
              [("APPOINTED", "person:arkady-dorin", "person:oleg-marinin")],
              id="the-executive-order-appoints"),
    fact_case("Grand Duchy interim President Amadou Kelita said he had accepted the resignation of Prime Minister "
              "Moussa Dembar. Minutes later, Sidi Konare was named interim prime minister by a decree "
              "read on state television.",
              [("APPOINTED", "person:amadou-kelita", "person:sidi-konare")],
              id="by-a-decree-read-on-television"),
    fact_case("In his executive order, the President accepted Governor Yuri Balkin's request to step down ahead "
              "of term and appointed him Acting Governor of the region. President Mikhail Gorsky signed the Executive Order "
              "on the early termination of the governor's mandate.",
              [("APPOINTED", "person:mikhail-gorsky", "person:yuri-balkin")],
              id="accepted-request-to-step-down-and-appointed-him"),
]


@pytest.mark.parametrize("text,present,wrong", ISSUER_CASES)
def test_the_issuer_of_decrees_appoints(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_two_signers_no_agent(extractor):
    """Two persons sign orders: "the President" cannot be told, no agent is given."""
    doc = read(extractor, "Boris Velikov signed a decree on the budget. Anton Grishin signed a decree on "
                          "roads. The President appointed Pavel Lenin Acting Governor of the Tomsk Region.")
    assert not any(r.type == "APPOINTED" and r.target == "person:pavel-lenin" for r in doc.relations), \
        sorted((r.type, r.source, r.target) for r in doc.relations)


def test_the_acceptor_of_a_resignation_is_not_its_subject(extractor):
    """The issuer accepting "his resignation" is not the one who resigns."""
    doc = read(extractor, "Boris Velikov signed the Executive Order. Following Governor Ivan Sorokin's request "
                          "to step down, the President accepted his resignation and appointed Pavel Lenin "
                          "acting Governor.")
    subjects = {(e.type, s) for e in doc.events for s in e.role("subject")}
    assert ("RESIGNATION", "person:ivan-sorokin") in subjects, sorted(subjects)
    assert ("RESIGNATION", "person:boris-velikov") not in subjects, sorted(subjects)


@pytest.mark.parametrize("text,who", [
    ("Prime Minister Anan Rattana signed a decree on the budget. The King appointed Somchai Wong as army chief.",
     "person:the-king"),
    ("The President appointed Somchai Wong as army chief. Prime Minister Anan Rattana later signed a decree on "
     "the budget.", None),
], ids=["the-king-is-the-reigning-one", "a-prime-ministers-decree-is-not-the-presidents"])
def test_not_every_signer_presides(extractor, text, who):
    doc = read(extractor, text)
    agents = {r.source for r in doc.relations if r.type == "APPOINTED" and r.target == "person:somchai-wong"}
    assert agents == ({who} if who else set()), sorted(agents)
