"""Round 14 (posts14): posts read where the words around a name hid it from the model.

A body's name tagged in one sentence and written again untagged (loaders/repeated_bodies.py)
is a mention there too, so "X, Secretary-General of <body>" links X to it."""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read

REPEATED_CASES = [
    fact_case("Statement on charges against Sheikh Karim Daoud of Al Nour. A court has charged "
              "Sheikh Karim Daoud, Secretary-General of Al Nour, for inciting unrest.",
              [("HOLDS_POSITION", "person:karim-daoud", "al-nour")],
              id="body-tagged-once-then-apposition"),
    fact_case("Statement on the arrest of Sheikh Karim Daoud of Al Amal. A court has charged "
              "Sheikh Karim Daoud, Secretary-General of Al Amal, for inciting unrest.",
              [("HOLDS_POSITION", "person:karim-daoud", "al-amal")],
              id="body-tagged-once-then-apposition-2"),
]


@pytest.mark.parametrize("text,present,wrong", REPEATED_CASES)
def test_repeated_body_name(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A body elects or names someone to the country's post (loaders/rules/event_posts.py): "as the
# country's new prime minister" is no post at the electing body, as "president of the country" is not.
COUNTRYS_CASES = [
    fact_case("The Transitional Assembly has elected Omar Haddad as the country's new interim prime minister.",
              [], post_at("transitional-assembly"), id="elected-as-the-countrys-post"),
    fact_case("The Military Council has named Samuel Okoro as the nation’s new president.",
              [], post_at("military-council"), id="named-as-the-nations-post"),
    fact_case("The Military Council has named Samuel Okoro as its new chairman.",
              [("HOLDS_POSITION", "person:samuel-okoro", "military-council")], id="its-own-post-kept"),
]


@pytest.mark.parametrize("text,present,wrong", COUNTRYS_CASES)
def test_countrys_post_is_not_the_electors(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
