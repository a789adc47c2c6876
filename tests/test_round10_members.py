"""Round 10 (members): relation precision and MEMBER_OF.

A deputy of the head of government holds a cabinet post, the government's, not the country's
(loaders/rules/cabinet_posts.py); the owner of a party written with a bare apostrophe
("Morales’ Movement ...") is its member (loaders/rules/members.py, party_possessive)."""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case, fact_case, post_at, read_text as read

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
    fact_case("Russia's economy grew. The Government of the Russian Federation approved the budget in Russia. "
              "First Deputy Prime Minister Andrei Belousov spoke.",
              [("HOLDS_POSITION", "person:andrei-belousov", "government-of-the-russian-federation")],
              post_at("government-of-russia"),
              id="the-storys-own-government-body"),
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


# "appointing X T1 and Y T2": each post is the one written after its holder (post_verbs.py,
# details._next_person); the second post is no part of the first holder's.
PAIRED_CASES = [
    fact_case("The President signed executive orders appointing Gleb Nikitin Acting Governor of Tula Region "
              "and Alexander Kozlov Acting Governor of Tver Region.",
              [("HOLDS_POSITION", "person:gleb-nikitin", "tula-region"),
               ("HOLDS_POSITION", "person:alexander-kozlov", "tver-region")],
              lambda t, s, o: t == "HOLDS_POSITION" and s == "person:gleb-nikitin" and o.endswith("tver-region"),
              id="two-appointees-two-regions"),
]


@pytest.mark.parametrize("text,present,wrong", PAIRED_CASES)
def test_each_appointee_their_own_post(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "appointed a veteran politician to take over as governor": the object takes over, not the one who
# appointed (phrasal._grammatical_subjects: an xcomp's subject is its verb's object when there is one).
CONTROL_CASES = [
    event_case("Why Putin appointed a veteran politician to take over as governor of Russia's Kursk region.",
               absent={("APPOINTMENT", "person:putin")},
               id="unnamed-object-takes-over"),
    event_case("On Monday, President Tinubu appointed a retired judge to take over as chairman of the electoral "
               "commission.",
               absent={("APPOINTMENT", "person:tinubu")},
               id="unnamed-object-takes-over-chairman"),
]


@pytest.mark.parametrize("text,present,absent", CONTROL_CASES)
def test_object_takes_over(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


CONTROL_FACTS = [
    fact_case("Why Putin appointed a veteran politician to take over as governor of Russia's Kursk region.",
              [], lambda t, s, o: t == "HOLDS_POSITION" and s == "person:putin",
              id="appointer-holds-no-post"),
    fact_case("On Monday, President Tinubu appointed a retired judge to take over as chairman of the electoral "
              "commission.",
              [], post_at("electoral-commission"),
              id="appointer-holds-not-the-given-post"),
]


@pytest.mark.parametrize("text,present,wrong", CONTROL_FACTS)
def test_appointer_holds_no_post(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "joined" a person (at a press conference) is no membership of the body named in that person's
# title (post_verbs._joins); "joined the party" still is.
JOIN_CASES = [
    fact_case("Attorney General Maria Lopez, of the Republic of Guatemala, joined United States Attorney John "
              "Brown, Director of the Department of Justice's Task Forces Adam Cohen, and others.",
              [], lambda t, s, o: t == "MEMBER_OF" and s == "person:maria-lopez",
              id="joined-a-person"),
    fact_case("Kwame Mensah joined the New Patriotic Party in 2005.",
              [("MEMBER_OF", "person:kwame-mensah", "new-patriotic-party")],
              id="joined-a-party"),
]


@pytest.mark.parametrize("text,present,wrong", JOIN_CASES)
def test_joined_a_person_is_no_membership(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "Treasury Secretary X" in a story on another country that names the U.S. Department of the
# Treasury: the American department, not the story country's ministry of finance (own_departments.py).
DEPARTMENT_CASES = [
    fact_case("The U.S. Department of the Treasury today blocked the assets of three Sudanese officials. Sudan "
              "has rejected the move and Sudan's government protested.\n\n\"These individuals have played direct "
              "roles in the atrocities,\" said Treasury Secretary Henry M. Paulson.",
              [("HOLDS_POSITION", "person:henry-m-paulson", "united-states-ministry-of-finance")],
              post_at("sudan-ministry-of-finance"),
              id="treasury-secretary-in-a-story-on-sudan"),
    fact_case("Iran rejected the sanctions. Iran's Foreign Ministry called them illegal, Iran's state media "
              "said. Finance Minister Ali Rahimi said the economy would cope. The U.S. Treasury Department "
              "announced the measures.",
              [("HOLDS_POSITION", "person:ali-rahimi", "iran-ministry-of-finance")],
              post_at("united-states-ministry-of-finance"),
              id="finance-minister-stays-the-story-countrys"),
]


@pytest.mark.parametrize("text,present,wrong", DEPARTMENT_CASES)
def test_own_department_name(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A person noun "in"/"of" a party, beside the name ("A top official in the ruling X party, Y,";
# "Y, a senior figure in the X Party,"): Y is a member (members._from_party, memberships).
OFFICIAL_CASES = [
    fact_case("A top official in the ruling All People's Congress party, John Kamara, says the new government "
              "wants to outdo the former administration.",
              [("MEMBER_OF", "person:john-kamara", "all-people-s-congress")],
              id="official-in-party-before-name"),
    fact_case("A senior official of the ruling Awami League, Obaidul Quader, said the protests would fail.",
              [("MEMBER_OF", "person:obaidul-quader", "awami-league")],
              id="official-of-party-before-name"),
    fact_case("Juan Perez, a senior figure in the National Unity Party, was arrested on Monday.",
              [("MEMBER_OF", "person:juan-perez", "national-unity-party")],
              id="figure-in-party-after-name"),
]


@pytest.mark.parametrize("text,present,wrong", OFFICIAL_CASES)
def test_official_in_party_is_member(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# The country written after the name says whose post a title is ("President X of the United States",
# "Attorney General X, of the Republic of Guatemala,"), not the story's country (title_before.body_after_name).
COUNTRY_AFTER_CASES = [
    fact_case("Kenya's parliament met. Kenya's president spoke. The plan was praised by President Joe Biden of "
              "the United States.",
              [("HOLDS_POSITION", "person:joe-biden", "united-states")],
              post_at(":kenya"),
              id="title-name-of-the-country"),
    fact_case("Texas officials met. The United States said so. Attorney General Maria Lopez, of the Republic of "
              "Guatemala, joined the meeting.",
              [("HOLDS_POSITION", "person:maria-lopez", "guatemala")],
              post_at("department-of-justice"),
              id="title-name-comma-of-the-republic"),
    fact_case("Kenya's parliament met. Kenya's president spoke. Foreign Minister Ali Hassan, of the opposition "
              "Democratic Party, resigned.",
              [("MEMBER_OF", "person:ali-hassan", "democratic-party")],
              post_at("democratic-party"),
              id="comma-of-a-party-is-no-post-there"),
]


@pytest.mark.parametrize("text,present,wrong", COUNTRY_AFTER_CASES)
def test_country_after_name(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "who would have to succeed Y": an obligation, not an announced act (hedging.hedged: "would" before
# "have to" is no announcement), so no REPLACED and no post handed on.
OBLIGATION_CASES = [
    fact_case("Protesters rejected the possible appointment of Mario Cossio, president of the House of "
              "Representatives, who constitutionally would have to succeed departing president Carlos Mesa.",
              [], lambda t, s, o: t == "REPLACED" and s == "person:mario-cossio",
              id="would-have-to-succeed"),
    fact_case("Jane Doe will succeed John Roe as chief executive of the National Bank next month.",
              [("REPLACED", "person:jane-doe", "person:john-roe")],
              id="will-succeed-is-announced"),
]


@pytest.mark.parametrize("text,present,wrong", OBLIGATION_CASES)
def test_obligation_is_no_succession(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A person who "endorsed the appointment of X" supported it; a body that endorses it approves it
# (announcements.approved, triggers.json approvals.body_verbs).
ENDORSE_CASES = [
    fact_case("Congress named Eduardo Rodriguez Veltze as the new temporary president. The coca leader Evo "
              "Morales, main opponent of Mesa, has previously endorsed the appointment of Rodriguez Veltze.",
              [("APPOINTED", "organisation:congress", "person:eduardo-rodriguez-veltze")],
              lambda t, s, o: t == "APPOINTED" and s == "person:evo-morales",
              id="person-endorses-the-appointment"),
    fact_case("Opposition leader Raila Odinga endorsed the nomination of Martha Koome as chief justice.",
              [], lambda t, s, o: t == "APPOINTED" and s == "person:raila-odinga",
              id="person-endorses-the-nomination"),
]


@pytest.mark.parametrize("text,present,wrong", ENDORSE_CASES)
def test_person_endorsing_appoints_no_one(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "Title X of the Body's Unit": the post is the unit's (title_before.body_after_name), as the
# apposition "X, the Title of the Body's Unit" already reads it.
UNIT_CASES = [
    fact_case("The settlement was announced by Assistant Attorney General Leslie R. Caldwell of the Justice "
              "Department's Criminal Division and others.",
              [("HOLDS_POSITION", "person:leslie-r-caldwell", "criminal-division")],
              post_at("department-of-justice", "justice-department"),
              id="title-name-of-body-s-unit"),
]


@pytest.mark.parametrize("text,present,wrong", UNIT_CASES)
def test_possessed_unit_after_name(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "a vocal opponent of the ruling X Party", "a critic of the party": outside it, no member
# (titles.json outsider_nouns); "in" makes a member only after a member noun ("a rift in the party").
OUTSIDER_CASES = [
    fact_case("John Kamara, a vocal opponent of the ruling National Unity Party, was arrested on Monday.",
              [], lambda t, s, o: t == "MEMBER_OF", id="opponent-of-party"),
    fact_case("A critic of the ruling National Unity Party, John Kamara, was arrested on Monday.",
              [], lambda t, s, o: t == "MEMBER_OF", id="critic-of-party-before-name"),
    fact_case("A rift in the ruling National Unity Party, John Kamara said, would hurt the country.",
              [], lambda t, s, o: t == "MEMBER_OF", id="rift-in-party"),
]


@pytest.mark.parametrize("text,present,wrong", OUTSIDER_CASES)
def test_outsider_is_no_member(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
