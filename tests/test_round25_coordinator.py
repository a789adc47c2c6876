"""Round 25 (coordinator): names a job word ran into, and a pronoun repeated across "and".

- A reporter's job before the name ("VOA Senior White House Correspondent X reports") is no
  part of the name, and a well-known body inside it ("White House") stays a body: the title
  word "Senior" before it no longer makes it a person's name (ner_repair._weak).
- A title in the plural before a list ("Trial Attorneys A and B of the Fraud Section") is no part
  of the first name (mentions.strip_person_prefix), and the body after the whole list is each
  one's (title_before.body_after_name, person_lists.list_end).
- "He was ..., before Mr. X became ..., and he served as T": the second "he" is the first one's
  person, not X, the subject of a clause of its own (extract._first_of_joined).
"""
import pytest

from tests.conftest import check_fact_case, every_name, fact_case, read_text as read


@pytest.mark.parametrize("text,person,body", [
    ("President Ana Lind named Tom Berg as her new press secretary on Monday. "
     "VOA Senior White House Correspondent Dale Norton reports.", "Dale Norton", "White House"),
    ("The minister resigned on Monday. VOA Moscow Correspondent Anna Kerr reports from the capital.",
     "Anna Kerr", None),
], ids=["beat-body-before-correspondent", "city-before-correspondent"])
def test_a_reporters_job_is_no_part_of_the_name(extractor, text, person, body):
    doc = read(extractor, text)
    persons = every_name(doc, "Person")
    assert person in persons, sorted(persons)
    assert not any("Correspondent" in p for p in persons), sorted(persons)
    if body is not None:
        assert body in every_name(doc, "Organisation")


PLURAL_TITLE_LISTS = [
    fact_case("Trial Attorneys Lena Ostrow and Marc Delaney of the Antitrust Division are prosecuting the case.",
              [("HOLDS_POSITION", "person:lena-ostrow", "antitrust-division"),
               ("HOLDS_POSITION", "person:marc-delaney", "antitrust-division")],
              lambda typ, s, t: "attorneys" in s, id="plural-title-then-two-names-of-a-body"),
    fact_case("U.S. Attorney Ruth Hale of the Eastern District of Ohio announced the charges. Trial Attorneys "
              "Lena Ostrow and Marc Delaney of the Criminal Division's Fraud Section are prosecuting the case.",
              [("HOLDS_POSITION", "person:lena-ostrow", "fraud-section"),
               ("HOLDS_POSITION", "person:marc-delaney", "fraud-section")],
              lambda typ, s, t: typ == "HOLDS_POSITION" and s != "person:ruth-hale" and "attorney" in t,
              id="the-listed-are-not-the-attorneys-office-named-earlier"),
]


@pytest.mark.parametrize("text,present,wrong", PLURAL_TITLE_LISTS)
def test_a_plural_title_before_a_list_gives_the_body_after_the_list(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def test_a_pronoun_repeated_across_and_is_the_first_ones_person(extractor):
    doc = read(extractor, "Tom Berg is leaving the job after six years. He was a close adviser to the president "
                          "since 2004, before Mr. Lind became a senator, and he served as White House press "
                          "secretary from the first days of the administration.")
    check_fact_case(doc, [("HOLDS_POSITION", "person:tom-berg", "white-house")],
                    lambda typ, s, t: typ == "HOLDS_POSITION" and s == "person:lind")


PARTY_POSTS = [
    fact_case("The Popular Renewal Front said its offices were searched. Police arrested PRF Secretary General "
              "Tobias Moyo at the airport.",
              [("HOLDS_POSITION", "person:tobias-moyo", "popular-renewal-front")],
              id="party-secretary-general-is-a-post"),
    fact_case("Police arrested Zanu-PF general Tobias Moyo at the airport.",
              [("MEMBER_OF", "person:tobias-moyo", "zanu-pf")],
              id="a-party-general-is-still-a-member"),
]


@pytest.mark.parametrize("text,present,wrong", PARTY_POSTS)
def test_a_partys_secretary_general_holds_a_post(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
