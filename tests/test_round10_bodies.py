"""Round 10 (bodies): a post read but linked to no body, or to one the story does not have,
because the story names the body in another form elsewhere.

  combined ministries   "labor Minister X" in a story naming the "Ministry of Public Service,
                        Labour and Social Welfare" (loaders/rules/combined_ministries.py)
  bare title after of   "in the hands of current labor Minister, X" (appositions._bare_after_of)
"""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read

COMBINED_CASES = [
    fact_case("Kenya's labour minister, Jane Wanjiru, said the strike was illegal. The Ministry of Labour and "
              "Social Protection said talks would resume.",
              [("HOLDS_POSITION", "person:jane-wanjiru", "ministry-of-labour-and-social-protection")],
              post_at("kenya-ministry-of-labour"), id="labour-minister-combined-ministry"),
    fact_case("The Ministry of Health and Family Welfare is not to blame, said Health Minister Zahid Maleque "
              "in Dhaka on Monday.",
              [("HOLDS_POSITION", "person:zahid-maleque", "ministry-of-health-and-family-welfare")],
              id="health-minister-combined-ministry"),
    fact_case("Kenya's labour minister, Jane Wanjiru, said the strike was illegal. The Labour Ministry said talks "
              "would resume. The Ministry of Labour and Social Protection agreed.",
              [("HOLDS_POSITION", "person:jane-wanjiru", "kenya-ministry-of-labour")],
              post_at("social-protection"), id="plain-ministry-named-too-guard"),
    fact_case("Kenya's labour minister, Jane Wanjiru, said the strike was illegal. The Ministry of Labour and "
              "Social Protection and the Ministry of Labour and Industry disagreed.",
              [], post_at("social-protection", "and-industry"), id="two-combined-ministries-guard"),
]


@pytest.mark.parametrize("text,present,wrong", COMBINED_CASES)
def test_combined_ministries(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


BARE_TITLE_CASES = [
    fact_case("The audit report is currently in the hands of current labor Minister, Sekai Nzenza.",
              [("HOLDS_POSITION", "person:sekai-nzenza", "ministry-of-labour")],
              id="of-current-title-comma-name"),
    fact_case("The house is the property of former defence minister, Kwame Boateng, in Accra.",
              [("HOLDS_POSITION", "person:kwame-boateng", "ministry-of-defense")],
              id="of-former-title-comma-name"),
]


@pytest.mark.parametrize("text,present,wrong", BARE_TITLE_CASES)
def test_bare_title_after_of(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "appointing A Acting Governor of X and B Acting Governor of Y": A's post ends where B's name
# begins (rules/details._next_name for the event's post, post_verbs._own_title for the post).
PAIRED_CASES = [
    fact_case("The President said that he has signed executive orders appointing Andrei Klychkov Acting Governor "
              "of Sakhalin Region and Alexander Drozdenko Acting Governor of Amur Region.",
              [("HOLDS_POSITION", "person:alexander-drozdenko", "amur-region")],
              lambda t, s, o: t == "HOLDS_POSITION" and s == "person:andrei-klychkov" and o.endswith("amur-region"),
              id="paired-object-complements-first"),
    fact_case("The President said that he has signed executive orders appointing Ivan Petrov Acting Governor of "
              "Tomsk Region and Pavel Sidorov Acting Governor of Omsk Region.",
              [("HOLDS_POSITION", "person:ivan-petrov", "tomsk-region"),
               ("HOLDS_POSITION", "person:pavel-sidorov", "omsk-region")],
              lambda t, s, o: t == "HOLDS_POSITION" and s == "person:pavel-sidorov" and o.endswith("tomsk-region"),
              id="paired-object-complements"),
    fact_case("Putin signed decrees appointing Mikhail Vedernikov Acting Governor of Pskov Region and Gleb Nikitin "
              "Acting Governor of Nizhny Novgorod Region.",
              [("HOLDS_POSITION", "person:gleb-nikitin", "nizhny-novgorod-region")],
              lambda t, s, o: t == "HOLDS_POSITION" and s == "person:gleb-nikitin" and o.endswith("pskov-region"),
              id="paired-object-complements-second-only"),
]


@pytest.mark.parametrize("text,present,wrong", PAIRED_CASES)
def test_paired_complements(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "Sri Lankan government spokesman X": a post in the government as a whole, whose body gold and
# readers write as the country (data/gazetteer.json government_titles, rules/title_orgs.py).
GOVERNMENT_CASES = [
    fact_case("Kenyan government spokesman Isaac Mwaura said the talks had failed.",
              [("HOLDS_POSITION", "person:isaac-mwaura", "organisation:kenya")],
              id="country-government-spokesman"),
    fact_case("Greece rejected the plan on Monday. Government spokesman Gavriil Nikolaou said Greece would not "
              "sign a new memorandum.",
              [("HOLDS_POSITION", "person:gavriil-nikolaou", "organisation:greece")],
              id="bare-government-spokesman"),
    fact_case("A government spokesman said on Monday that Jane Wanjiru had been sacked.",
              [], lambda t, s, o: t == "HOLDS_POSITION", id="unnamed-government-spokesman-guard"),
]


@pytest.mark.parametrize("text,present,wrong", GOVERNMENT_CASES)
def test_government_titles(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "served as Minister of Defense and Minister of Interior": two posts, each opened by its own
# title word (rules/post_verbs.joined_titles); "Minister of Trade and Industry" stays one.
JOINED_CASES = [
    fact_case("Serbia's spy chief Aleksandar Vulin was sanctioned. Vulin previously served as Minister of Defense "
              "and Minister of Interior in Serbia.",
              [("HOLDS_POSITION", "person:aleksandar-vulin", "serbia-ministry-of-defense"),
               ("HOLDS_POSITION", "person:aleksandar-vulin", "serbia-ministry-of-interior")],
              id="served-as-two-titles"),
    fact_case("Ghana's former minister Kwame Boateng was arrested on Monday. Boateng served as Minister of Finance "
              "and Minister of Energy under President Kufuor.",
              [("HOLDS_POSITION", "person:kwame-boateng", "ghana-ministry-of-finance"),
               ("HOLDS_POSITION", "person:kwame-boateng", "ghana-ministry-of-energy")],
              id="served-as-two-titles-second"),
    fact_case("Sokolov served as Minister of Trade and Industry of Russia until 2019.",
              [("HOLDS_POSITION", "person:sokolov", "ministry-of-trade-and-industry")],
              post_at("ministry-of-industry", "ministry-of-trade"), id="one-title-two-portfolios-guard"),
]


@pytest.mark.parametrize("text,present,wrong", JOINED_CASES)
def test_joined_titles(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
