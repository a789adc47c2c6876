"""Round 13 (links): a person and a body both in the graph, linked by the words beside them.

- loaders/rules/held_posts.py: "X served as chief of staff at the Ministry of Defence" (the body
  hangs on the verb, not on the title); "X has held senior posts at the Central Bank of Nigeria".
- loaders/rules/appositions.py (_named_before): in a list of names each with its post ("A, the
  chairman of X, B, the director of Y"; "A Minister of Transport, B Minister of State"), the
  title before B is A's, not B's.
- loaders/rules/appositions.py (_past_aliases): "X, a/k/a "Sofoco," a former Major in the Y", "X, also
  known as "Z," head of the Y": the post after the alias clause is X's.
- loaders/rules/held_posts.py (years_as): "X spent ten years as head of Y", "X stepped down after six
  years as commissioner of Y", "After five years as the head of Y, X said".
- loaders/rules/gapped_posts.py: "A took the oath as T1, B as T2, C as T3": B's and C's own posts,
  and not the title before each one's comma.
"""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read

SERVED_AT = [
    fact_case("David Mensah will serve as Minister of State at the Ministry of Finance.",
              [("HOLDS_POSITION", "person:david-mensah", "ministry-of-finance")],
              id="will-serve-as-title-at-body"),
    fact_case("David Mensah served as chief of staff at the Ministry of Defence until 2019.",
              [("HOLDS_POSITION", "person:david-mensah", "ministry-of-defense")],
              id="served-as-title-at-body"),
]


@pytest.mark.parametrize("text,present,wrong", SERVED_AT)
def test_served_as_title_at_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


HELD = [
    fact_case("Deputy governor Sarah Adeyemi, who has held senior posts at the Central Bank of Nigeria for 20 years, "
              "took over on Monday.",
              [("HOLDS_POSITION", "person:sarah-adeyemi", "central-bank-of-nigeria")],
              id="who-has-held-senior-posts-at-body"),
    fact_case("David Mensah held various positions at the Ministry of Finance.",
              [("HOLDS_POSITION", "person:david-mensah", "ministry-of-finance")],
              id="held-positions-at-body"),
    fact_case("Aminath Shafia has served the government for 28 years, holding senior posts at the Fisheries Ministry.",
              [("HOLDS_POSITION", "person:aminath-shafia", "ministry-of-fisheries")],
              id="holding-posts-after-clause"),
]


@pytest.mark.parametrize("text,present,wrong", HELD)
def test_held_posts_at_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def _post_of(person: str, body: str):
    return lambda typ, source, target: typ == "HOLDS_POSITION" and source == person and target.endswith(body)


HELD_GUARDS = [
    fact_case("David Mensah held talks at the Ministry of Finance.", [],
              _post_of("person:david-mensah", "ministry-of-finance"), id="held-talks-is-no-post"),
    fact_case("David Mensah was sworn in as governor in Lagos.", [],
              _post_of("person:david-mensah", "lagos"), id="sworn-in-as-in-a-place-is-not-the-body"),
]


@pytest.mark.parametrize("text,present,wrong", HELD_GUARDS)
def test_held_posts_guards(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


LISTS = [
    fact_case("Attending were John Kamau, the chairman of the Kenya Ports Authority, Peter Otieno, the director of "
              "the Kenya Revenue Authority, and Mary Wanjiru.",
              [("HOLDS_POSITION", "person:john-kamau", "kenya-ports-authority"),
               ("HOLDS_POSITION", "person:peter-otieno", "kenya-revenue-authority")],
              _post_of("person:peter-otieno", "kenya-ports-authority"), id="name-comma-title-comma-name"),
    fact_case("They are Barbara Oteng Gyasi, Minister of Tourism, Arts and Culture, Kwabena Okyere Darko-Mensah, "
              "Minister of Western Region, and Kofi Amoakohene, Minister for Bono East Region.",
              [("HOLDS_POSITION", "person:barbara-oteng-gyasi", "tourism-arts-and-culture")],
              _post_of("person:kwabena-okyere-darko-mensah", "tourism-arts-and-culture"),
              id="name-comma-portfolio-with-comma-name"),
    fact_case("These include Tapiwa Felix Mhona Minister of Transport and Infrastructural Development, "
              "Nokuthula Matsikenyere Minister of State for Provincial Affairs for Manicaland.",
              [], _post_of("person:nokuthula-matsikenyere", "transport-and-infrastructural-development"),
              id="name-title-comma-name-title"),
]


@pytest.mark.parametrize("text,present,wrong", LISTS)
def test_title_between_two_names_is_the_first_ones(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_title_before_a_single_name_still_read(extractor):
    doc = read(extractor, "Putin met the head of the Federal Security Service, Alexander Bortnikov, on Monday.")
    check_fact_case(doc, [("HOLDS_POSITION", "person:alexander-bortnikov", "federal-security-service")], lambda *f: False)


# appositions._past_aliases: the alias clause between a name and its post
ALIASES = [
    fact_case("The Treasury placed General Gabriel Amisi Kumba, also known as \"Tango Fort,\" head of the First "
              "National Defense Zone, on its list.",
              [("HOLDS_POSITION", "person:gabriel-amisi-kumba", "first-national-defense-zone")],
              id="also-known-as-then-title"),
    fact_case("The indictment charges Leonidas Molina-Triana, a/k/a \"Sofoco,\" a/k/a \"Don Oscar,\" a former Major "
              "in the Colombian National Police, with conspiracy.",
              [("HOLDS_POSITION", "person:leonidas-molina-triana", "national-police")],
              id="two-a-k-a-then-title"),
]


@pytest.mark.parametrize("text,present,wrong", ALIASES)
def test_post_after_alias_clause(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# held_posts.years_as: a span of time spent as a title
YEARS_AS = [
    fact_case("Christopher Ward, who spent ten years as head of the Ghana Revenue Authority, resigned.",
              [("HOLDS_POSITION", "person:christopher-ward", "ghana-revenue-authority")],
              id="spent-years-as-title-of-body"),
    fact_case("David Mensah stepped down after six years as commissioner of the Australian Federal Police.",
              [("HOLDS_POSITION", "person:david-mensah", "australian-federal-police")],
              id="after-years-as-title-of-body"),
    fact_case("After five years as the head of the National Intelligence Agency, David Mensah said he would leave.",
              [("HOLDS_POSITION", "person:david-mensah", "national-intelligence-agency")],
              id="fronted-after-years-as-title"),
]


@pytest.mark.parametrize("text,present,wrong", YEARS_AS)
def test_years_as_title(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_years_as_under_another_phrase_is_not_the_subjects(extractor):
    doc = read(extractor, "David Mensah thanked Reece Kershaw for his decades of service, including six years as "
                          "commissioner of the Australian Federal Police.")
    check_fact_case(doc, [], _post_of("person:david-mensah", "australian-federal-police"))


# gapped_posts: "A took the oath as T1, B as T2, C as T3"
GAPPED = [
    fact_case("Ravi Lamichhane took the oath as the Deputy Prime Minister and Minister for Home Affairs, Dol Prasad "
              "Aryal as the Minister for Labour, Employment and Social Security, Biraj Bhakta Shrestha as the "
              "Minister for Youth and Sports.",
              [("HOLDS_POSITION", "person:dol-prasad-aryal", "labour-employment-and-social-security"),
               ("HOLDS_POSITION", "person:biraj-bhakta-shrestha", "youth-and-sports")],
              lambda typ, source, target: typ == "HOLDS_POSITION" and (
                  (source == "person:dol-prasad-aryal" and target.endswith("interior"))
                  or (source == "person:biraj-bhakta-shrestha" and target.endswith("social-security"))),
              id="took-oath-as-then-name-as"),
    fact_case("Narayan Kaji Shrestha took the oath as Minister for Foreign Affairs, Barsha Man Pun as the Minister "
              "for Finance.",
              [("HOLDS_POSITION", "person:barsha-man-pun", "ministry-of-finance")],
              _post_of("person:barsha-man-pun", "foreign-affairs"), id="second-name-as-title"),
]


@pytest.mark.parametrize("text,present,wrong", GAPPED)
def test_gapped_as_posts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
