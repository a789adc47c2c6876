"""Round 25 (national posts): a minister's post stated by "as" right after the name, whatever
governs the name (rules/as_posts.py).

"the promotion of X as the new mines minister", "posts went to allies, including X as minister
of foreign affairs, Y as minister of education", "will have X, the current Minister for Culture,
as her Deputy Foreign Minister": the ministry of the title's portfolio is X's. Not when what
follows "as" is no ministerial title ("as well as", "as a result").
"""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read


def _holds(source: str, *ends: str):
    return lambda typ, s, t: typ == "HOLDS_POSITION" and s == source and t.endswith(ends)


AS_POST_CASES = [
    fact_case("The dismissal of Koru and the promotion of Tobias Wendane as the new fisheries minister who is "
              "close to the prime minister is part of a wider plan, an analyst in Guinea said.",
              present=[("HOLDS_POSITION", "person:tobias-wendane", "ministry-of-fisheries")],
              id="the-object-of-a-noun-as-a-portfolio-minister"),
    fact_case("Ghana's new president, Kofi Asamoah-Reed, announced his cabinet on Monday. Senior posts went to "
              "allies, including Kweku Darfane as minister of foreign affairs, Adjoa Mensima as minister of "
              "education and Yaw Dakura as minister of health.",
              present=[("HOLDS_POSITION", "person:kweku-darfane", "ministry-of-foreign-affairs"),
                       ("HOLDS_POSITION", "person:adjoa-mensima", "ministry-of-education")],
              id="the-first-items-of-an-including-list"),
    fact_case("Olof Brandell will be taking over the ministry post from Greta Lunde, and will have Ilse Marrak, "
              "the current Minister for Culture, as his Deputy Foreign Minister.",
              present=[("HOLDS_POSITION", "person:ilse-marrak", "ministry-of-foreign-affairs")],
              id="as-after-the-names-own-apposition"),
]

AS_POST_GUARDS = [
    fact_case("Toma Berenj, as well as Kenya's finance minister Ruth Obanda, attended the meeting.",
              wrong=_holds("person:toma-berenj", "ministry-of-finance"),
              id="as-well-as-is-no-post"),
    fact_case("Kenya's parliament voted on Tuesday. Toma Berenj, as a result, kept the seat he won as a "
              "candidate for the ruling party.",
              wrong=lambda typ, s, t: typ == "HOLDS_POSITION" and s == "person:toma-berenj" and "ministry" in t,
              id="as-a-result-is-no-post"),
]


@pytest.mark.parametrize("text,present,wrong", AS_POST_CASES + AS_POST_GUARDS)
def test_a_ministers_post_stated_by_as_after_the_name(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
