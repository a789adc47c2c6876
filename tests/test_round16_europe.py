"""Round 16 (europe): posts as pages of European outlets write them.

A party's name before a government post ("the PNL finance minister X", "The HDZ mayor of Split, X",
"former PNL minister X") marks the person's party: MEMBER_OF the party, and the post (when the
title names one) at the ministry or the city, never at the party. Only an organisation the story
shows to be a party splits this way; a party's own posts ("the ... party leader X") stay at the
party (loaders/rules/party_posts.py, party_names.party_before_post).

A name right after "Minister of <portfolio>" with no comma is the person, the portfolio the post's
(loaders/minister_of_names.py). And around a resignation: the one who accepts it ("the premier
accepted his resignation") has not resigned (rules/noun_events.py, triggers accepting_verbs), and
"Y was appointed in his place" after a departure told in the sentences before replaces the one who
left, not the last person named (rules/successor_nouns.recent_leaver)."""
import pytest

from tests.conftest import (check_event_case, check_fact_case, event_case, fact_case, named_rels, post_at,
                            read_text as read)

PARTY_POST_CASES = [
    fact_case("The liberal party PNL quit the coalition on Tuesday. PNL finance minister Marek Dobos was "
              "dismissed the same evening.",
              [("MEMBER_OF", "person:marek-dobos", "pnl"),
               ("HOLDS_POSITION", "person:marek-dobos", "ministry-of-finance")],
              post_at("pnl"),
              id="party-before-portfolio-title"),
    fact_case("The opposition party PNL said its ministers would go. The PNL minister of culture, Lena Varga, "
              "resigned on Friday.",
              [("MEMBER_OF", "person:lena-varga", "pnl")],
              post_at("pnl"),
              id="party-before-title-apposition"),
    fact_case("Members of the party PNL protested outside the court. Former PNL minister Tomas Kral was "
              "detained by police on Monday.",
              [("MEMBER_OF", "person:tomas-kral", "pnl")],
              post_at("pnl"),
              id="party-before-bare-minister"),
    fact_case("The Fidesz mayor of Szeged, Gabor Kiss, was arrested on Thursday.",
              [("MEMBER_OF", "person:gabor-kiss", "fidesz"),
               ("HOLDS_POSITION", "person:gabor-kiss", "szeged")],
              id="known-party-before-mayor-apposition"),
    fact_case("The Unity Party chose a new chairman on Sunday. Unity Party leader Anna Berg said the vote was fair.",
              [("HOLDS_POSITION", "person:anna-berg", "unity-party")],
              id="party-own-post-stays-guard"),
]


@pytest.mark.parametrize("text,present,wrong", PARTY_POST_CASES)
def test_party_before_government_post(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A name right after "Minister of <portfolio>" with no comma: the model runs the portfolio into the
# name or tags no person (loaders/minister_of_names.py).
MINISTER_OF_CASES = [
    fact_case("Minister of Culture and Sport Lina Mendes resigned on Tuesday.",
              [("HOLDS_POSITION", "person:lina-mendes", "ministry-of-culture-and-sport")],
              id="and-portfolio-then-name"),
    fact_case("Deputy Minister of Culture, Tourism and Sports Eleni Manou was appointed on Monday.",
              [("HOLDS_POSITION", "person:eleni-manou", "ministry-of-culture-tourism-and-sports")],
              id="listed-portfolio-then-name"),
    fact_case("Minister of Interior and Public Administration Goran Vasic has been dismissed.",
              [("HOLDS_POSITION", "person:goran-vasic", "ministry-of-interior-and-public-administration")],
              id="untagged-name-after-portfolio"),
    fact_case("Minister of Tourism Aris Vlachos was sacked by the prime minister.",
              [("HOLDS_POSITION", "person:aris-vlachos", "ministry-of-tourism")],
              id="one-word-portfolio-guard"),
]


@pytest.mark.parametrize("text,present,wrong", MINISTER_OF_CASES)
def test_name_after_minister_of_portfolio(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


ACCEPTED_CASES = [
    event_case("Health Minister Petra Holm resigned on Friday. Prime Minister Jonas Berg accepted her resignation.",
               [("RESIGNATION", "person:petra-holm")], [("RESIGNATION", "person:jonas-berg")],
               id="acceptor-is-not-the-resigner"),
    event_case("The defence minister quit. President Ola Dahl rejected his resignation on Monday.",
               [], [("RESIGNATION", "person:ola-dahl")],
               id="rejecting-president"),
]


@pytest.mark.parametrize("text,present,absent", ACCEPTED_CASES)
def test_accepted_resignation_is_not_the_acceptors(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


def test_in_his_place_after_a_departure(extractor):
    doc = read(extractor, "Interior Minister Karl Lind has resigned. A statement said President Ola Dahl had "
                          "accepted his resignation. Deputy Minister Erik Sund was appointed in his place.")
    replaced = named_rels(doc, "REPLACED")
    assert ("Erik Sund", "Karl Lind") in replaced and ("Erik Sund", "Ola Dahl") not in replaced, replaced


# Irish names with a capital particle or an apostrophe surname (loaders/gaelic_names.py)
GAELIC_CASES = [
    event_case("Pádraig Ó Dónaill will become acting chief executive from Monday, following the resignation of "
               "Siobhán O’Rourke.",
               [("APPOINTMENT", "person:padraig-o-donaill"), ("RESIGNATION", "person:siobhan-orourke")],
               id="particle-name-and-apostrophe-surname"),
]


@pytest.mark.parametrize("text,present,absent", GAELIC_CASES)
def test_gaelic_names(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


def test_gaelic_name_is_one_person(extractor):
    doc = read(extractor, "Máire Ní Bhriain was appointed secretary general of the department on Friday.")
    people = {e.name for e in doc.entities if e.label == "Person"}
    assert "Máire Ní Bhriain" in people, people


# European portfolios the gazetteer lacked (data/gazetteer.json ministry_domains)
EUROPEAN_PORTFOLIO_CASES = [
    fact_case("European Funds Minister Ioana Petrescu resigned at the premier's request.",
              [("HOLDS_POSITION", "person:ioana-petrescu", "ministry-of-european-funds")],
              id="european-funds"),
    fact_case("Minister of European Affairs Mila Jankovic stepped down on Friday.",
              [("HOLDS_POSITION", "person:mila-jankovic", "ministry-of-european-affairs")],
              id="european-affairs"),
    fact_case("Citizen Protection Minister Stelios Vrakas announced two arrests on Tuesday.",
              [("HOLDS_POSITION", "person:stelios-vrakas", "ministry-of-citizen-protection")],
              post_at("civil-protection"),
              id="citizen-not-civil-protection"),
    fact_case("Sorin Manea, the minister of research and digitalization, was dismissed on Monday.",
              [("HOLDS_POSITION", "person:sorin-manea", "digitalization")],
              id="research-and-digitalization"),
]


@pytest.mark.parametrize("text,present,wrong", EUROPEAN_PORTFOLIO_CASES)
def test_european_portfolios(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A region's post written through its country's possessive (rules/appositions._region_of_country)
COUNTRY_REGION_CASES = [
    fact_case("Oleg Marin, the head of Russia's northern Karelia region, was detained on Friday.",
              [("HOLDS_POSITION", "person:oleg-marin", "karelia-region")],
              post_at("russia"),
              id="head-of-country-possessive-region"),
    fact_case("The former governor of Russia's Tver region, Pavel Zorin, was arrested in May.",
              [("HOLDS_POSITION", "person:pavel-zorin", "tver-region")],
              post_at("russia"),
              id="apposition-before-possessive-region"),
    fact_case("The governor of Russia's remote region of Chukotka, Ilya Gromov, resigned on Monday.",
              [("HOLDS_POSITION", "person:ilya-gromov", "chukotka")],
              post_at("russia"),
              id="region-of-name"),
]


@pytest.mark.parametrize("text,present,wrong", COUNTRY_REGION_CASES)
def test_region_through_country_possessive(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# Ireland's police, the Garda (data/gazetteer.json organisations)
GARDA_CASES = [
    fact_case("Garda Commissioner Aidan Brophy said the inquiry would continue.",
              [("HOLDS_POSITION", "person:aidan-brophy", "garda-siochana")],
              id="garda-commissioner"),
    fact_case("Ciara Walsh takes over as Acting Garda Commissioner next week.",
              [("HOLDS_POSITION", "person:ciara-walsh", "garda-siochana")],
              id="acting-garda-commissioner-after-name"),
]


@pytest.mark.parametrize("text,present,wrong", GARDA_CASES)
def test_garda_posts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# European legislatures known by their own names (data/gazetteer.json organisations)
LEGISLATURE_CASES = [
    fact_case("The Seimas voted on Thursday to dismiss Energy Minister Rasa Kairyte.",
              [("DISMISSED", "organisation:seimas", "person:rasa-kairyte")],
              id="seimas-dismisses"),
    fact_case("The Saeima on Wednesday dismissed Interior Minister Janis Berzins.",
              [("DISMISSED", "organisation:saeima", "person:janis-berzins")],
              id="saeima-dismisses"),
]


@pytest.mark.parametrize("text,present,wrong", LEGISLATURE_CASES)
def test_european_legislatures(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_peoples_party_with_curly_apostrophe(extractor):
    """"Republican" (read as a people) + "People’s Party": one party (ner_repair._peoples_party)."""
    doc = read(extractor, "Mehmet Yilmaz, a member of the opposition Republican People’s Party, was detained on Friday.")
    orgs = {e.name for e in doc.entities if e.label == "Organisation"}
    assert "Republican People’s Party" in orgs and "People’s Party" not in orgs, orgs
