"""Round 21 (voa2): a counted group's members named after it through a phrase that points
back to the group (rules/group_parts.py).

The group's event is told first with a count ("Four ministers resigned", "fired five cabinet
ministers including X", "President X replaced 8 of his 21 ministers"); a later sentence
names the members by "K of the N NOUN - A, B and C -", "The other K - A, B, C -", "Prominent
among the N ... was X" or "The fourth was ..., X". Each named member gets the group's event,
with its agent. Not when the counts do not match the group's, not when the names are fewer or
more than the phrase counts, not when no group was told before.
"""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case, fact_case, named_rels, read_text as read

GROUP_PART_CASES = [
    event_case("Four ministers resigned from the Valdorian cabinet on Tuesday over the budget dispute. "
               "Analysts expect a reshuffle within weeks. "
               "Three of the four ministers that resigned - Trade Minister Orin Kessler, Culture Minister "
               "Tova Brandt, and Minister of Fisheries Emil Sarnow - sat for the Green League. "
               "The fourth was an independent, Minister of Housing Pell Mardin.",
               [("RESIGNATION", "person:orin-kessler"), ("RESIGNATION", "person:tova-brandt"),
                ("RESIGNATION", "person:emil-sarnow"), ("RESIGNATION", "person:pell-mardin")],
               id="k-of-the-n-dashed-then-ordinal"),
    event_case("Prime Minister Harald Venn has dismissed five cabinet ministers including his Finance Minister "
               "Jorn Alder, who had backed a rival for the party leadership. "
               "The other four \u2013 Water Minister Sela Morrow, Housing Minister Davin Quist, Energy Minister "
               "Per Hallum, and Tourism Minister Ina Rove \u2013 had boycotted a budget vote.",
               [("DISMISSAL", "person:sela-morrow"), ("DISMISSAL", "person:davin-quist"),
                ("DISMISSAL", "person:per-hallum"), ("DISMISSAL", "person:ina-rove"),
                ("DISMISSAL", "person:jorn-alder")],
               id="the-other-k-dashed"),
    event_case("President Tomas Erlend replaced 8 of his 21 ministers on Sunday. "
               "The defence and health ministers kept their jobs. "
               "Prominent among the 8 who were replaced was Culture Minister Nadia Farro.",
               [("DISMISSAL", "person:nadia-farro")],
               id="prominent-among-the-n"),
]

GROUP_PART_GUARDS = [
    event_case("Four ministers resigned on Monday over the budget. "
               "Two of the six ministers who stayed - Trade Minister Orin Kessler and Culture Minister "
               "Tova Brandt - said they would remain.",
               absent=[("RESIGNATION", "person:orin-kessler"), ("RESIGNATION", "person:tova-brandt")],
               id="other-count-is-another-group"),
    event_case("The weather was cold on Monday. "
               "The other two - Trade Minister Orin Kessler and Culture Minister Tova Brandt - attended the summit.",
               absent=[("RESIGNATION", "person:orin-kessler"), ("DISMISSAL", "person:orin-kessler")],
               id="no-group-told-before"),
    event_case("Prime Minister Harald Venn has dismissed five cabinet ministers including his Finance Minister "
               "Jorn Alder. "
               "The other four \u2013 Water Minister Sela Morrow and Housing Minister Davin Quist \u2013 "
               "had boycotted a budget vote.",
               [("DISMISSAL", "person:jorn-alder")],
               [("DISMISSAL", "person:sela-morrow"), ("DISMISSAL", "person:davin-quist")],
               id="names-fewer-than-counted"),
]


@pytest.mark.parametrize("text,present,absent", GROUP_PART_CASES)
def test_group_part_members_get_the_group_event(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


@pytest.mark.parametrize("text,present,absent", GROUP_PART_GUARDS)
def test_group_part_guards(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


def test_group_part_keeps_the_group_agent(extractor):
    doc = read(extractor, "President Tomas Erlend replaced 8 of his 21 ministers on Sunday. "
                          "Prominent among the 8 who were replaced was Culture Minister Nadia Farro.")
    assert ("Tomas Erlend", "Nadia Farro") in named_rels(doc, "DISMISSED")


# A title written "Minister of the <Portfolio>" right before a name, no comma (title_before,
# minister_of_names): the article inside the title no longer stops the title, so the post is read
# as "Minister of <Portfolio>" at that portfolio's ministry.
OF_THE_CASES = [
    fact_case("Minister of the Environment Pedro Alvarado resigned on Monday.",
              [("HOLDS_POSITION", "person:pedro-alvarado", "ministry-of-environment")],
              id="minister-of-the-environment-name"),
    fact_case("The fourth was an independent, Minister of the Interior Jorge Pavon.",
              [("HOLDS_POSITION", "person:jorge-pavon", "ministry-of-interior")],
              id="apposition-minister-of-the-interior-name"),
]


@pytest.mark.parametrize("text,present,wrong", OF_THE_CASES)
def test_minister_of_the_portfolio_before_name(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
