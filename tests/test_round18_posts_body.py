"""Round 18 (posts_body): posts whose body was never read, and posts given to another body.

- post_verbs._office_object: an office noun names the post after an appointing verb's "for" or
  "with" ("was tapped for the position of tourism minister", "has been rewarded with the
  position of minister of health"; titles.json office_prep_verbs), or as the object of a verb
  of regaining ("recovered the portfolio of commerce minister"); "named A as T1 and B to the X
  portfolio" gives B the X ministry (the person right before "to"), and the appointment's post
  T1 stays A's (event_posts._cut_at_next_name drops the subjects named inside the post phrase).
- gazetteer.json ministry_domains: portfolio words a joined portfolio lost, so the known part named
  another ministry ("development and public works minister" -> Ministry of Public Works): Investments,
  European Projects, Electrical Energy, Posts and Telecommunications, Territories, Communities,
  Development, Regional Development, Civic Education, Financial Services. title_orgs.written_portfolio
  leaves a title's leading modifier out of the portfolio ("Deputy Transport and Communications
  Minister X": not "Ministry of Deputy Transport and Communications").
- gazetteer.json countries: countries the gazetteer lacked (Antigua and Barbuda, the Central African
  Republic, Grenada, Saint Lucia, ...): "Prime Minister X of Antigua and Barbuda" in a roundup that
  names the United States twice went to the United States.
- appositions.title_phrase: a title phrase ends before a clause's verb ("X, General Secretary of the
  Y Party informed Z" with its closing comma left out; "is the only cabinet minister believed
  to be in junta custody"), and a title that is that verb's subject starts a new clause ("the
  submissions of A and X, the solicitor general had said the agency ...": no post for X).
- appositions / near_posts: in "Deputy Ministers A and B, Deputy Heads of X C and D" the plural title
  after B opens the next item; it is not B's apposition.
"""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read


def _holds(source: str, target: str):
    return lambda typ, s, t: typ == "HOLDS_POSITION" and s == source and t.endswith(target)


OFFICE_NOUNS = [
    fact_case("Also promoted on Monday was Dana Levi, who was tapped for the position of tourism minister.",
              [("HOLDS_POSITION", "person:dana-levi", "ministry-of-tourism")], [],
              id="tapped-for-the-position-of"),
    fact_case("Another ally, John Kamara, has been rewarded with the position of minister of health.",
              [("HOLDS_POSITION", "person:john-kamara", "ministry-of-health")], [],
              id="rewarded-with-the-position-of"),
    fact_case("Deputy Prime Minister Arun Chai has recovered the portfolio of commerce minister, which he "
              "held before.",
              [("HOLDS_POSITION", "person:arun-chai", "ministry-of-trade")], [],
              id="recovered-the-portfolio-of"),
    fact_case("The new finance minister is a banker, while the president named allies Pablo Ortega as "
              "interior minister and Luis Vega to the agriculture portfolio.",
              [("HOLDS_POSITION", "person:luis-vega", "ministry-of-agriculture"),
               ("HOLDS_POSITION", "person:pablo-ortega", "ministry-of-interior")],
              _holds("person:luis-vega", "ministry-of-interior"),
              id="named-b-to-the-portfolio-after-a-as-t1"),
]


@pytest.mark.parametrize("text,present,wrong", OFFICE_NOUNS)
def test_posts_named_through_an_office_noun(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


PORTFOLIOS = [
    fact_case("At the same time, the development and public works minister Radu Ilie will take over as "
              "interim health minister.",
              [("HOLDS_POSITION", "person:radu-ilie", "ministry-of-development-and-public-works")],
              _holds("person:radu-ilie", "ministry-of-public-works"),
              id="development-and-public-works"),
    fact_case("Prime Minister Ion Vasile will take over as interim minister of investments and European "
              "projects.",
              [("HOLDS_POSITION", "person:ion-vasile", "ministry-of-investments-and-european-projects")], [],
              id="investments-and-european-projects"),
    fact_case("Carlos Mena, a former minister of electrical energy, was charged on Monday.",
              [("HOLDS_POSITION", "person:carlos-mena", "ministry-of-electrical-energy")],
              _holds("person:carlos-mena", "ministry-of-energy"),
              id="electrical-energy"),
    fact_case("Mary Banda, who has mostly held the Information and Civic Education Ministry, was fired.",
              [("HOLDS_POSITION", "person:mary-banda", "ministry-of-information-and-civic-education")], [],
              id="civic-education"),
    fact_case("The cabinet fired Deputy Transport and Communications Minister Oleh Bondar.",
              [("HOLDS_POSITION", "person:oleh-bondar", "ministry-of-transport-and-communications")],
              _holds("person:oleh-bondar", "ministry-of-deputy-transport-and-communications"),
              id="deputy-before-a-joined-portfolio"),
]


@pytest.mark.parametrize("text,present,wrong", PORTFOLIOS)
def test_joined_portfolios_keep_every_part(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def _post_at(source: str, word: str):
    return lambda typ, s, t: typ == "HOLDS_POSITION" and s == source and word in t


PLURAL_TITLE_LISTS = [
    fact_case("The cabinet fired Deputy Defense Minister Ivan Sirko, Deputy Transport Ministers Ivan Lukerya "
              "and Oleh Bondar, Deputy Heads of State Service of Maritime and River Transport Petro "
              "Ivankevych and Viktor Shevchenko.",
              [("HOLDS_POSITION", "person:ivan-sirko", "ministry-of-defense")],
              _post_at("person:oleh-bondar", "maritime"),
              id="plural-title-opens-the-next-item"),
]


@pytest.mark.parametrize("text,present,wrong", PLURAL_TITLE_LISTS)
def test_plural_titles_in_a_list(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


MISSING_COUNTRIES = [
    fact_case("Prime Minister Walter Lake of Antigua and Barbuda spoke at the United Nations on Thursday.\n\n"
              "Lake said Antigua would issue a new list of diplomatic passport holders soon.\n\n"
              "The United States has asked for the list, and officials in the United States welcomed the move.",
              [("HOLDS_POSITION", "person:walter-lake", "antigua-and-barbuda")],
              _holds("person:walter-lake", "united-states"),
              id="antigua-and-barbuda"),
    fact_case("The Central African Republic's top court lost its president in October.\n\n"
              "The move cleared the way for President Jean Mbala to remain in power in the Central African "
              "Republic.",
              [("HOLDS_POSITION", "person:jean-mbala", "central-african-republic")], [],
              id="central-african-republic"),
]


@pytest.mark.parametrize("text,present,wrong", MISSING_COUNTRIES)
def test_countries_the_gazetteer_lacked(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


CLAUSE_VERBS = [
    fact_case("We will answer soon,\u201d Tom Kila, General Secretary of the Unity Party informed Island-Times "
              "last night.",
              [("HOLDS_POSITION", "person:tom-kila", "unity-party")], _post_at("person:tom-kila", "island-times"),
              id="title-ends-before-the-verb"),
    fact_case("The court heard Solicitor General Anil Sharma and senior lawyer Ravi Mehra.\nReplying to the "
              "submissions of Sharma and Mehra, the solicitor general had said the CBI was fully empowered to "
              "question him.",
              [], _post_at("person:ravi-mehra", ""),
              id="title-subject-of-a-new-clause"),
]


@pytest.mark.parametrize("text,present,wrong", CLAUSE_VERBS)
def test_title_phrases_stop_at_a_clause(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
