"""Round 8, changes of office: "elect" is an appointment verb when it names a post or a part
("was elected as the new leader", "elected X to replace Y"), not a career's start ("first
elected president in 2005") nor a seat ("elected to parliament"); a holder handing a post on
("handing the reins to X", "loses education to X") is replaced by the one who receives it; the
post "of the country" an assembly elects someone to is not the assembly's own; "They were replaced
with X, Y and Z" pairs the new ones with the last ones out, in order, as "X and Y replaced them" does;
one called the new holder of a post in an "as" phrase ("X has emerged as the new chairperson") or
in an apposition the parse hung on the post's body ("the new Chairman of the Commission, X,") is
appointed; one moved or shifted to a post ("moved to a new ministry"), not to a place ("to hospital"),
is appointed."""
import pytest

from tests.conftest import (check_event_case, check_fact_case, event_case as case, fact_case,
                            read_text as read)

EVENTS = [
    case("Prime Minister John Kamau was elected as the new leader of the Liberal Party on Monday.",
         {("APPOINTMENT", "person:john-kamau")}, id="elected-as-leader"),
    case("The party congress elected Peter Otieno, a former minister, to replace Paul Mwangi as chairman.",
         {("APPOINTMENT", "person:peter-otieno")}, id="elected-to-replace"),
    case("Mahmoud Karimi was first elected president in 2005.", (),
         {("APPOINTMENT", "person:mahmoud-karimi")}, id="first-elected-background"),
    case("John Kamau was first appointed minister in 2005.", (),
         {("APPOINTMENT", "person:john-kamau")}, id="first-appointed-background"),
    case("John Kamau was elected to parliament in 1998.", (),
         {("APPOINTMENT", "person:john-kamau")}, id="elected-seat"),
    case("John Kamau was elected as an MP in 2010.", (),
         {("APPOINTMENT", "person:john-kamau")}, id="elected-mp-seat"),
    case("Mary Wanjiku loses education to Rosa Achieng, who was the minister for health.",
         {("APPOINTMENT", "person:rosa-achieng")}, id="loses-portfolio-to"),
    case("Former party leader Helen Achieng has emerged as the new chairperson of the party's federal council.",
         {("APPOINTMENT", "person:helen-achieng")}, id="emerged-as-the-new-title"),
    case("General James Otieno has stepped up as the Army's new top officer.",
         {("APPOINTMENT", "person:james-otieno")}, id="stepped-up-as-the-bodys-new-title"),
    case("The new Chairman of the National Electoral Commission, Mohamed Konneh, said he was humbled.",
         {("APPOINTMENT", "person:mohamed-konneh")}, id="the-new-capital-title-of-body-name"),
    case("John Kamau welcomed Peter Otieno as the new chairman.", {("APPOINTMENT", "person:peter-otieno")},
         {("APPOINTMENT", "person:john-kamau")}, id="as-the-new-title-of-the-object"),
    case("John Kamau is expected to emerge as the new leader of the party.", (),
         {("APPOINTMENT", "person:john-kamau")}, id="expected-to-emerge-as-new"),
    case("Former Finance Minister Patrick Chinamasa has been moved to a new ministry.",
         {("APPOINTMENT", "person:patrick-chinamasa")}, id="moved-to-a-ministry"),
    case("The outgoing ministers John Kamau and Peter Otieno were moved to deputy prime minister posts.",
         {("APPOINTMENT", "person:john-kamau"), ("APPOINTMENT", "person:peter-otieno")}, id="moved-to-posts"),
    case("John Kamau was moved to hospital after he fell ill.", (),
         {("APPOINTMENT", "person:john-kamau")}, id="moved-to-hospital"),
    case("John Kamau was shifted to the intensive care unit.", (),
         {("APPOINTMENT", "person:john-kamau")}, id="shifted-to-a-ward"),
    case("John Kamau was moved from the defence ministry to the Security Council.",
         {("APPOINTMENT", "person:john-kamau")}, id="moved-to-a-council"),
    case("John Kamau was moved to the High Court in Nairobi.", (),
         {("APPOINTMENT", "person:john-kamau")}, id="moved-to-a-court"),
    case("John Kamau and Peter Otieno were sacked on Monday. They were replaced with Paul Mwangi, Rose "
         "Achieng and David Kiprono.",
         {("APPOINTMENT", "person:paul-mwangi"), ("APPOINTMENT", "person:rose-achieng"),
          ("APPOINTMENT", "person:david-kiprono")}, id="they-were-replaced-with-list"),
]

FACTS = [
    fact_case("The party congress elected Peter Otieno, a former minister, to replace Paul Mwangi as chairman.",
              [("REPLACED", "person:peter-otieno", "person:paul-mwangi")], id="elected-to-replace"),
    fact_case("General Daniel Kiprono has stepped down, handing the reins to Major General Michael Otieno.",
              [("REPLACED", "person:michael-otieno", "person:daniel-kiprono")], id="handing-the-reins"),
    fact_case("Mary Wanjiku loses education to Rosa Achieng, who was the minister for health.",
              [("REPLACED", "person:rosa-achieng", "person:mary-wanjiku")], id="loses-portfolio-to"),
    fact_case("At his request David Parker will pass on Revenue to Barbara Edmonds.",
              [("REPLACED", "person:barbara-edmonds", "person:david-parker")], id="pass-on-portfolio"),
    fact_case("Peter Otieno passed on the finance portfolio to John Kamau.",
              [("REPLACED", "person:john-kamau", "person:peter-otieno")], id="pass-on-named-portfolio"),
    fact_case("President Kiir sacked Finance Minister John Kamau and Interior Minister Peter Otieno on Monday. "
              "They were replaced with Paul Mwangi and Rose Achieng.",
              [("REPLACED", "person:paul-mwangi", "person:john-kamau"),
               ("REPLACED", "person:rose-achieng", "person:peter-otieno")],
              lambda t, s, d: t == "REPLACED" and (s, d) == ("person:paul-mwangi", "person:peter-otieno"),
              id="they-were-replaced-in-order"),
    fact_case("Mayor John Smith will hand most of his duties to Council President Cliff Ponte.", [],
              lambda t, s, d: t == "REPLACED", id="duties-not-a-post"),
    fact_case("John Smith handed the documents to Peter Brown.", [],
              lambda t, s, d: t == "REPLACED", id="documents-not-a-post"),
    fact_case("South Africa's parliament has appointed deputy president Kgalema Motlanthe as president of the country.",
              [], lambda t, s, d: t == "HOLDS_POSITION" and "parliament" in d, id="president-of-the-country"),
]


@pytest.mark.parametrize("text,present,absent", EVENTS)
def test_change_events(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


@pytest.mark.parametrize("text,present,wrong", FACTS)
def test_change_facts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
