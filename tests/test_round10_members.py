"""Round 10 (members): relation precision and MEMBER_OF.

A deputy of the head of government holds a cabinet post, the government's, not the country's
(loaders/rules/cabinet_posts.py); the owner of a party written with a bare apostrophe
("Morales’ Movement ...") is its member (loaders/rules/members.py, party_possessive)."""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read

CABINET_CASES = [
    fact_case("Prime Minister Thaksin Shinawatra named his new cabinet in Thailand on Monday. Thailand's "
              "economy grew. Deputy Prime Minister Somkid Jatusripitak kept his seat.",
              [("HOLDS_POSITION", "person:somkid-jatusripitak", "government-of-thailand")],
              lambda t, s, o: t == "HOLDS_POSITION" and s == "person:somkid-jatusripitak" and o.endswith(":thailand"),
              id="deputy-prime-minister"),
    fact_case("Russia's president signed the order in Moscow. Russia will keep its course. First Deputy "
              "Prime Minister Andrei Belousov will chair the meeting.",
              [("HOLDS_POSITION", "person:andrei-belousov", "government-of-russia")],
              lambda t, s, o: t == "HOLDS_POSITION" and s == "person:andrei-belousov" and o.endswith(":russia"),
              id="first-deputy-prime-minister"),
    fact_case("Russia's economy slowed. Russia held elections. President Vladimir Putin spoke in Moscow.",
              [("HOLDS_POSITION", "person:vladimir-putin", "russia")],
              post_at("government-of-russia"),
              id="head-of-state-stays-the-countrys"),
]


@pytest.mark.parametrize("text,present,wrong", CABINET_CASES)
def test_cabinet_deputy_is_the_governments(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


PARTY_CASES = [
    fact_case("President Evo Morales spoke on Monday. Morales’ Movement Towards Socialism (MAS) political "
              "party won the vote.",
              [("MEMBER_OF", "person:evo-morales", "movement-towards-socialism")],
              id="bare-curly-apostrophe-party"),
    fact_case("Senator Maria Santos spoke on Monday. The bill was backed by Santos' Liberal Party.",
              [("MEMBER_OF", "person:maria-santos", "liberal-party")],
              id="bare-apostrophe-party"),
    fact_case("President Carlos Reyes spoke on Monday. Lawmakers from Reyes’ National Unity Party voted "
              "against the plan.",
              [("MEMBER_OF", "person:carlos-reyes", "national-unity-party")],
              id="bare-apostrophe-party-mid-sentence"),
]


@pytest.mark.parametrize("text,present,wrong", PARTY_CASES)
def test_bare_apostrophe_owner_is_member(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
