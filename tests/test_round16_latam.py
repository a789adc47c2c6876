"""Round 16 (latam): posts and names as Caribbean and Latin American outlets write them.

A title that ends in its body's word before the name ("Commissioner of Police X", "acting
Inspector General of Police X") is the national body's post, as "Police Commissioner X" is
(rules/title_before._body_title_ending_at)."""
import pytest

from tests.conftest import check_event_case, check_fact_case, event_case, fact_case, read_text as read

POLICE_TITLE_CASES = [
    fact_case("Jamaica's opposition welcomed the suspension of Commissioner of Police Devon Marlowe on Tuesday.",
              [("HOLDS_POSITION", "person:devon-marlowe", "police")],
              id="commissioner-of-police-before-name"),
    fact_case("Grenada officials said acting Commissioner of Police Noel Baptiste would brief the cabinet.",
              [("HOLDS_POSITION", "person:noel-baptiste", "police")],
              id="acting-commissioner-of-police"),
    fact_case("Uganda's Inspector General of Police Moses Okello told reporters the suspects were held.",
              [("HOLDS_POSITION", "person:moses-okello", "police")],
              id="inspector-general-of-police-before-name"),
]


@pytest.mark.parametrize("text,present,wrong", POLICE_TITLE_CASES)
def test_of_police_titles_before_names(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# Sworn-in and reshuffle lists as Caribbean outlets print them: a post, a comma and its holder
# ("Minister of Works, Lydia Harte;" on a line of its own, or "Minister of Lands and Natural
# Resources, Anika B Thorne said" in a paragraph), or the holder, a comma and the ministry, the parts cut by
# semicolons (rules/cabinet_lists.name_comma_body, list_names._post_comma_holder,
# portfolio_lists.holder_after).
COMMA_LIST_CASES = [
    fact_case("The new ministers of state sworn in on Monday are Lydia Harte, Ministry of Water and Housing; "
              "Colin Ambrose, Ministry of Youth and Culture; and Petra Vell, Ministry of Industry and Commerce.",
              [("HOLDS_POSITION", "person:lydia-harte", "ministry-of-water-and-housing"),
               ("HOLDS_POSITION", "person:colin-ambrose", "ministry-of-youth-and-culture"),
               ("HOLDS_POSITION", "person:petra-vell", "ministry-of-industry-and-commerce")],
              id="holder-comma-ministry-semicolons"),
    fact_case("Minister of Lands and Natural Resources, Anika B Thorne said the survey was complete.",
              [("HOLDS_POSITION", "person:anika-b-thorne", "ministry-of-lands-and-natural-resources")],
              id="portfolio-list-comma-holder"),
    fact_case("Eleven ministers took the oath of office at Government House on Sunday, the cabinet office said.\n"
              "The ministers sworn in were:\n- Minister of Works, Lydia Harte;\n- Minister of Justice, Colin Ambrose;\n"
              "The ceremony was broadcast live on national television, the office said.",
              [("HOLDS_POSITION", "person:lydia-harte", "works"),
               ("HOLDS_POSITION", "person:colin-ambrose", "ministry-of-justice")],
              id="post-comma-holder-list-lines"),
]


HOLDER_EVENT_CASES = [
    event_case("Minister of Bahamas Tourism, Aviation and Immigration, K Ryan Lightbourne has tendered his resignation.",
               {("RESIGNATION", "person:k-ryan-lightbourne")},
               id="untagged-holder-after-portfolio-pieces"),
]


@pytest.mark.parametrize("text,present,absent", HOLDER_EVENT_CASES)
def test_holder_after_portfolio_pieces(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


@pytest.mark.parametrize("text,present,wrong", COMMA_LIST_CASES)
def test_comma_lists_of_posts(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A head of state or government who "replaced" ministers removed them: he is no successor to their
# posts ("President X replaced officials such as Defence Minister Y", "Prime Minister X replaced
# Trade Minister Y"); a new head who replaces the old one still succeeds him (rules/replacements).
HEAD_REMOVAL_CASES = [
    event_case("Honduran President Elena Zavala on Friday replaced senior officials such as Defence Minister "
               "Ruben Amaya and Labour Minister Teresa Galeano.",
               {("DISMISSAL", "person:ruben-amaya"), ("DISMISSAL", "person:teresa-galeano")},
               {("APPOINTMENT", "person:elena-zavala")},
               id="president-replaced-ministers-such-as"),
    event_case("Prime Minister Orla Kinsella replaced Trade Minister Dermot Foy on Monday.",
               {("DISMISSAL", "person:dermot-foy")},
               {("APPOINTMENT", "person:orla-kinsella")},
               id="prime-minister-replaced-a-minister"),
]


@pytest.mark.parametrize("text,present,absent", HEAD_REMOVAL_CASES)
def test_heads_replacing_ministers_remove_them(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# A body one resigned from was one's own: a ministry's post or an institution's (former), a seat
# in a legislature or a party (a former membership) (rules/post_verbs._left_body).
LEFT_BODY_CASES = [
    fact_case("Early this week Santiago Rubio resigned from the Ministry of Tourism to run for governor.",
              [("HOLDS_POSITION", "person:santiago-rubio", "ministry-of-tourism")],
              id="resigned-from-a-ministry"),
    fact_case("Senator Imelda Grant has also resigned from the Senate, the clerk said.",
              [("MEMBER_OF", "person:imelda-grant", "senate")],
              id="resigned-from-the-senate"),
]


@pytest.mark.parametrize("text,present,wrong", LEFT_BODY_CASES)
def test_bodies_resigned_from(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A reshuffle's announcement in the passive future is stated, not hedged: "The Ministry of X will
# now be led by Y", "the new agency will be headed by Y" (rules/leaders.led_by).
FUTURE_LEAD_CASES = [
    fact_case("The Ministry of Youth and Sport will now be led by Dwight Ferrier, the prime minister said.",
              [("HOLDS_POSITION", "person:dwight-ferrier", "ministry-of-youth-and-sport")],
              id="ministry-will-be-led-by"),
    fact_case("The merged Ministry of Trade will be headed by Ines Calderon from next month.",
              [("HOLDS_POSITION", "person:ines-calderon", "ministry-of-trade")],
              id="ministry-will-be-headed-by"),
]


@pytest.mark.parametrize("text,present,wrong", FUTURE_LEAD_CASES)
def test_future_passive_leads(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
