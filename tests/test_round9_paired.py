"""Round 9 (ev9, taken by the coordinator: the issue names lists of appointees as a kind of miss;
2 articles from 2 outlets on the readable material): one appointing verb, several persons each followed by their own post in the same
form (rules/paired_posts.py)."""
import pytest

from tests.conftest import check_event_case, event_case as case, read_text as read

AP = "APPOINTMENT"

CASES = [
    case("The President said that he has signed executive orders appointing Yuri Belov Acting Governor of "
         "Sakhalin Region and Anton Kozlovsky Acting Governor of Amur Region.",
         {(AP, "person:yuri-belov"), (AP, "person:anton-kozlovsky")}, id="title-pairs"),
    case("President John Smith appointed Oleg Kozhin as governor of Sakhalin and Alexander Kozlovsky as "
         "governor of Amur.",
         {(AP, "person:oleg-kozhin"), (AP, "person:alexander-kozlovsky")}, id="as-pairs"),
    case("Peter Otieno was appointed finance minister and Mary Wanjiku health minister.",
         {(AP, "person:peter-otieno"), (AP, "person:mary-wanjiku")}, id="passive-title-pairs"),
    case("The president named the head of the farmers' association, Luis Etcheverry, to head the Agroindustry "
         "Ministry and the deputy health minister, Adolfo Rubin, to move into the top spot in the Health Ministry.",
         {(AP, "person:luis-etcheverry"), (AP, "person:adolfo-rubin")}, id="to-verb-pairs"),
    # guard: the second person has a verb of their own
    case("President John Smith appointed Peter Otieno as finance minister and thanked Mary Wanjiku for her "
         "service as minister.",
         {(AP, "person:peter-otieno")}, {(AP, "person:mary-wanjiku")}, id="guard-own-verb"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_paired_posts(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)
