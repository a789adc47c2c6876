"""Round 13 (agents): who arrested, appointed, dismissed or replaced whom.

The police of a named place ("Police in Brazil arrested X", "arrested by the police in Kano")
is the body that arrests (loaders/police_in_place.py)."""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read

POLICE_CASES = [
    fact_case("Police in Kenya have arrested former Finance Minister Henry Rotich on corruption charges.",
              [("ARRESTED", "police-in-kenya", "person:henry-rotich")],
              id="police-in-country-subject"),
    fact_case("Former Governor Sule Lamido was arrested by the police in Kano on Sunday.",
              [("ARRESTED", "police-in-kano", "person:sule-lamido")],
              id="by-the-police-in-city"),
    fact_case("The police in Delta State said they have arrested former governor John Smith.",
              [("ARRESTED", "police-in-delta-state", "person:john-smith")],
              id="police-in-state-said-they-arrested"),
    fact_case("Federal Police in Brasilia arrested former minister Henrique Alves on Tuesday.",
              [("ARRESTED", "federal-police", "person:henrique-alves")],
              lambda t, s, o: "police-in" in s,
              id="named-police-in-city-guard"),
]


@pytest.mark.parametrize("text,present,wrong", POLICE_CASES)
def test_police_of_a_place_arrests(extractor, text, present, wrong):
    doc = read(extractor, text)
    got = {(r.type, r.source.split(":", 1)[-1], r.target) for r in doc.relations}
    missing = [p for p in present if not any(g[0] == p[0] and g[1].endswith(p[1]) and g[2] == p[2] for g in got)]
    assert missing == [], sorted(got)
    assert [g for g in got if wrong(*g)] == [], sorted(got)


@pytest.mark.parametrize("text", [
    "Former Governor Sule Lamido reported the theft to police in Kano on Sunday.",
    "Police in Kano said the market was closed on Sunday after Governor Sule Lamido spoke.",
])
def test_police_who_do_no_event_are_no_body(extractor, text):
    doc = read(extractor, text)
    assert not any(e.name.lower().startswith("police in") for e in doc.entities)


# A reigning monarch named by title alone appoints (loaders/rules/monarchs.py).
MONARCH_CASES = [
    fact_case("I am very pleased to announce that Her Majesty the Queen has agreed to appoint General "
              "David Hurley as the 27th Governor-General of the Commonwealth of Australia.",
              [("APPOINTED", "person:the-queen", "person:david-hurley")],
              id="her-majesty-agreed-to-appoint"),
    fact_case("The Queen has appointed Andrew Parker as Lord Chamberlain to succeed Lord Peel.",
              [("APPOINTED", "person:the-queen", "person:andrew-parker")],
              id="the-queen-appointed"),
    fact_case("John Smith was appointed Governor of Tasmania by the King on Monday.",
              [("APPOINTED", "person:the-king", "person:john-smith")],
              id="appointed-by-the-king"),
    fact_case("King Gyanendra dismissed Prime Minister Sher Bahadur Deuba. The king also appointed John Smith "
              "as prime minister.",
              [("APPOINTED", "person:gyanendra", "person:john-smith")],
              lambda t, s, o: s == "person:the-king",
              id="named-king-guard"),
]


@pytest.mark.parametrize("text,present,wrong", MONARCH_CASES)
def test_monarch_by_title_appoints(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# The one whose decision the act is (loaders/rules/decisions.py).
DECISION_CASES = [
    fact_case("President William Ruto's decision to sack Finance Minister Jane Doe surprised many.",
              [("DISMISSED", "person:william-ruto", "person:jane-doe")],
              id="possessor-decision-to-sack"),
    fact_case("The decision by President Jacob Zuma to remove Pravin Gordhan as finance minister was challenged in court.",
              [("DISMISSED", "person:jacob-zuma", "person:pravin-gordhan")],
              id="decision-by-to-remove"),
]


@pytest.mark.parametrize("text,present,wrong", DECISION_CASES)
def test_decider_is_the_agent(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# An event noun's own by-phrase, wherever the parse hung it (loaders/rules/noun_events.py).
NOUN_BY_CASES = [
    fact_case("Senator Victor Umeh spoke on Saturday in reaction to Obiano's arrest by officials of the Economic "
              "and Financial Crimes Commission (EFCC). Former Governor Willie Obiano was arrested on Thursday.",
              [("ARRESTED", "organisation:economic-and-financial-crimes-commission", "person:willie-obiano")],
              id="noun-by-officials-of-body"),
    fact_case("Opposition leader Raila Odinga criticised the dismissal of Finance Minister Jane Doe by President "
              "William Ruto.",
              [("DISMISSED", "person:william-ruto", "person:jane-doe")],
              lambda t, s, o: s == "person:raila-odinga",
              id="noun-by-hung-on-active-verb"),
    fact_case("The group has condemned what it termed an unlawful arrest of Comrade Daniel Ezekiel, its spokesperson "
              "by the Department of State Service (DSS).",
              [("ARRESTED", "organisation:department-of-state-service", "person:comrade-daniel-ezekiel")],
              id="noun-by-hung-on-apposition"),
]


@pytest.mark.parametrize("text,present,wrong", NOUN_BY_CASES)
def test_event_noun_by_phrase(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
