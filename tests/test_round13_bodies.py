"""Round 13 (bodies): bodies a title implies, and a body's unit the model read as one name.

- "Brazil's top prosecutor, X" / "X, the country's top prosecutor": a top prosecutor heads the
  country's prosecution service, as a chief prosecutor does; "the country's top judge" is its
  chief justice (gazetteer.json body_titles, judiciary_titles).
- "the National Prosecuting Authority’s Asset Forfeiture Unit" tagged as one name: a body, "'s",
  then a name ending in a unit word (titles.json unit_heads) is two bodies, the unit part of the
  body (ner_repair._split_possessive, then rules/parts.py reads the possessive).
- "National Police spokesman Maj. Gen. X": an abbreviated rank whose dot the tokenizer split off
  stands between the title and the name like "Lt. Gen." (titles.json rank_abbreviations).
- "Win Htein of the National League for Democracy": a party named by what it stands for is a
  party (parties.is_party), and "X of the <party>" its member (members.of_party).
- "Sun Lijun, former vice-minister of public security": a hyphen glued after a title's prefix is
  no word of the title (titles.title_tokens), so the ministry is read as without it."""
import pytest

from tests.conftest import check_entity_case, check_fact_case, entity_case, fact_case, read_text as read

TOP_PROSECUTOR_CASES = [
    fact_case("Brazil's top prosecutor, Rodrigo Janot, filed new charges against the president on Thursday.",
              [("HOLDS_POSITION", "person:rodrigo-janot", "prosecutor-s-office")],
              id="country-possessive-top-prosecutor-comma-name"),
    fact_case("Peru's top prosecutor Pablo Sanchez opened an investigation on Monday.",
              [("HOLDS_POSITION", "person:pablo-sanchez", "prosecutor-s-office")],
              id="country-possessive-top-prosecutor-name"),
    fact_case("Pablo Sanchez, the country's top prosecutor, opened an investigation into Peru's president.",
              [("HOLDS_POSITION", "person:pablo-sanchez", "prosecutor-s-office")],
              id="name-the-countrys-top-prosecutor"),
]


@pytest.mark.parametrize("text,present,wrong", TOP_PROSECUTOR_CASES)
def test_top_prosecutor_heads_the_prosecution_service(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


UNIT_NAME_CASES = [
    entity_case("The board includes Willie Hofmeyr, former head of the National Prosecuting Authority’s "
                "Asset Forfeiture Unit.",
                has={("Organisation", "National Prosecuting Authority"), ("Organisation", "Asset Forfeiture Unit")},
                lacks={("Organisation", "National Prosecuting Authority’s Asset Forfeiture Unit")},
                id="authority-s-unit"),
    entity_case("The case is being prosecuted by the Criminal Division's Fraud Section and the Office of "
                "International Affairs.",
                has={("Organisation", "Criminal Division"), ("Organisation", "Fraud Section")},
                lacks={("Organisation", "Criminal Division's Fraud Section")},
                id="division-s-section"),
]


@pytest.mark.parametrize("text,has,lacks", UNIT_NAME_CASES)
def test_body_s_unit_is_two_bodies(extractor, text, has, lacks):
    check_entity_case(read(extractor, text), has, lacks)


UNIT_FACT_CASES = [
    fact_case("The board includes Willie Hofmeyr, former head of the National Prosecuting Authority’s "
              "Asset Forfeiture Unit.",
              [("PART_OF", "organisation:asset-forfeiture-unit", "national-prosecuting-authority"),
               ("HOLDS_POSITION", "person:willie-hofmeyr", "asset-forfeiture-unit")],
              id="unit-part-of-authority-and-post-at-unit"),
    fact_case("John Kamau, the head of the Kenya Police's Flying Squad, was arrested on Monday.",
              [("PART_OF", "organisation:flying-squad", "police")],
              id="squad-part-of-police"),
    # a body named after its head stays one name ("Prosecutor's Office"), and a party of a people
    fact_case("Gordana Tadic, the chief of the Bosnian Prosecutor's Office, resigned. Hun Sen leads the "
              "Cambodian People's Party.",
              [],
              lambda t, s, o: t == "PART_OF",
              id="office-named-after-head-not-split"),
]


@pytest.mark.parametrize("text,present,wrong", UNIT_FACT_CASES)
def test_unit_is_part_of_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# An abbreviated rank the tokenizer splits from its dot ("Maj" + "."), between a body's title and
# the name, is no part of the post and no break between them (titles.json rank_abbreviations).
RANK_CASES = [
    fact_case("National Police spokesman Maj. Gen. Ronny Franky Sompie said Widjojanto was arrested in Jakarta.",
              [("HOLDS_POSITION", "person:ronny-franky-sompie", "national-police")],
              id="body-spokesman-maj-gen-name"),
    fact_case("The inquiry will go on, Indonesian police spokesman Col. Chrysnanda Dwilaksana told reporters.",
              [("HOLDS_POSITION", "person:chrysnanda-dwilaksana", "police")],
              id="police-spokesman-col-name"),
    fact_case("Philippine Army spokesman Maj. Harold Cabunoc said the soldiers were detained.",
              [("HOLDS_POSITION", "person:harold-cabunoc", "army")],
              id="army-spokesman-maj-name"),
]


@pytest.mark.parametrize("text,present,wrong", RANK_CASES)
def test_rank_between_title_and_name(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "the country's top judge" is its chief justice: the judiciary's post where the story names no
# court, the court's where it names one (gazetteer.json body_titles, judiciary_titles).
TOP_JUDGE_CASES = [
    fact_case("Pakistan's top judge Iftikhar Chaudhry was suspended on Friday.",
              [("HOLDS_POSITION", "person:iftikhar-chaudhry", "judiciary-of-pakistan")],
              id="country-possessive-top-judge-no-court-named"),
    fact_case("Pakistan's Supreme Court has suspended a judicial inquiry into misconduct charges against "
              "Iftikhar Chaudhry, the country's top judge.",
              [("HOLDS_POSITION", "person:iftikhar-chaudhry", "supreme-court")],
              id="name-the-countrys-top-judge-court-named"),
]


@pytest.mark.parametrize("text,present,wrong", TOP_JUDGE_CASES)
def test_top_judge_heads_the_judiciary(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A party named by what it stands for ("National League for Democracy", "Movement for Democratic
# Change", "Party of Regions") is a party; "X of the <party>" is its member, also when the name
# starts with a word that otherwise only describes a party ("New", "of the new X party").
PARTY_NAME_CASES = [
    fact_case("Win Htein of the National League for Democracy was arrested on Monday in Yangon.",
              [("MEMBER_OF", "person:win-htein", "national-league-for-democracy")],
              id="of-the-league-for-democracy"),
    fact_case("Mykola Azarov of the Party of Regions was charged on Monday in Kyiv.",
              [("MEMBER_OF", "person:mykola-azarov", "party-of-regions")],
              id="of-the-party-of-regions"),
    fact_case("The arrest came in August 2015, when Park Ki-choon of the New Politics Alliance for Democracy "
              "was detained after the parliament approved his arrest.",
              [("MEMBER_OF", "person:park-ki-choon", "new-politics-alliance-for-democracy")],
              id="of-the-new-alliance-for-democracy"),
    fact_case("Ahmed Aboul Gheit of the League of Arab States said on Monday the talks would go on.",
              [],
              lambda t, s, o: t == "MEMBER_OF",
              id="league-of-states-is-no-party"),
]


@pytest.mark.parametrize("text,present,wrong", PARTY_NAME_CASES)
def test_party_named_by_its_cause(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A title's prefix written with a hyphen ("vice-minister", "ex-minister") reads as the title
# without it, in apposition after the name too (titles.title_tokens).
HYPHEN_PREFIX_CASES = [
    fact_case("Beijing said on Thursday that Sun Lijun, former vice-minister of public security, had been "
              "expelled from the Communist Party of China.",
              [("HOLDS_POSITION", "person:sun-lijun", "ministry-of-public-security")],
              id="name-former-vice-minister-of-portfolio"),
    fact_case("Truong Quoc Cuong, a former vice-minister of health of Vietnam, was arrested on Monday.",
              [("HOLDS_POSITION", "person:truong-quoc-cuong", "ministry-of-health")],
              id="name-a-former-vice-minister-of-health"),
]


@pytest.mark.parametrize("text,present,wrong", HYPHEN_PREFIX_CASES)
def test_hyphenated_title_prefix(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
