"""Round 10 (agents): who changed whose post.

A removal in the passive names its agent through the vote that removed: "ousted in a
no-confidence vote in parliament" is the country's parliament (loaders/rules/voting_bodies.py).
"The President announced that he ... appointed X": "he" is that unnamed title holder, never the
nearest name (loaders/rules/phrases.py, _titled_reporter)."""
import pytest

from tests.conftest import check_fact_case, fact_case, read_text as read


def _agent_is(source_end: str):
    """wrong(type, source, target): a DISMISSED / APPOINTED whose agent's id ends so."""
    return lambda t, s, o: t in ("DISMISSED", "APPOINTED") and s.endswith(source_end)


VOTE_CASES = [
    fact_case("Ukrainian Prime Minister Oleh Marchenko was ousted in a no-confidence vote in parliament on Monday.",
              [("DISMISSED", "organisation:ukraine-parliament", "person:oleh-marchenko")],
              id="ousted-in-vote-in-parliament"),
    fact_case("Prime Minister Oleh Marchenko of Ukraine was removed through a parliamentary vote of no confidence.",
              [("DISMISSED", "organisation:ukraine-parliament", "person:oleh-marchenko")],
              id="removed-through-parliamentary-vote"),
    fact_case("The prime minister of Vanuatu lost a motion of no confidence. Tomas Kalsakau was ousted after the vote, "
              "passed at 30 votes to 15, took place in parliament.",
              [("DISMISSED", "organisation:vanuatu-parliament", "person:tomas-kalsakau")],
              id="vote-took-place-in-parliament-country-of-lede"),
    fact_case("Ukrainian Mayor Oleh Marchenko was ousted in a no-confidence vote on Monday.",
              [], _agent_is("parliament"), id="vote-without-a-house-guard"),
    fact_case("Ukrainian Prime Minister Oleh Marchenko was ousted in parliament on Monday after a scandal.",
              [], _agent_is("parliament"), id="no-vote-guard"),
]


@pytest.mark.parametrize("text,present,wrong", VOTE_CASES)
def test_voting_body(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def _type_is(rtype: str):
    return lambda t, s, o: t == rtype


# "would have to succeed Y" is owed, not done (loaders/rules/hedging.py); a person who "endorsed the
# appointment of X" backs it, only a body that endorses it approves it (triggers.json approvals).
NOT_DONE_CASES = [
    fact_case("John Kamau, who constitutionally would have to succeed departing president Peter Otieno, declined the post.",
              [], _type_is("REPLACED"), id="would-have-to-succeed"),
    fact_case("John Kamau will have to replace Peter Otieno as finance minister.",
              [], _type_is("REPLACED"), id="will-have-to-replace"),
    fact_case("John Kamau had to replace Peter Otieno as finance minister after Otieno fell ill.",
              [("REPLACED", "person:john-kamau", "person:peter-otieno")], id="had-to-replace-was-done-guard"),
    fact_case("The opposition leader Petro Poroshenko has endorsed the nominee for prime minister, Volodymyr Groysman.",
              [], _type_is("APPOINTED"), id="person-endorses"),
    fact_case("Ukraine's parliament has endorsed the nominee for prime minister, Volodymyr Groysman.",
              [("APPOINTED", "organisation:ukraine-parliament", "person:volodymyr-groysman")],
              id="body-endorses-guard"),
]


@pytest.mark.parametrize("text,present,wrong", NOT_DONE_CASES)
def test_not_done(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "X took his place": no one takes their own place (loaders/rules/replacements.py take_over).
PLACE_CASES = [
    fact_case("Peter Otieno was dismissed last week. John Kamau has taken his place.",
              [("REPLACED", "person:john-kamau", "person:peter-otieno")], id="his-place-next-sentence"),
    fact_case("Peter Otieno was sacked in May, and John Kamau took his place.",
              [("REPLACED", "person:john-kamau", "person:peter-otieno")], id="his-place-joined-clause"),
    fact_case("Peter Otieno resigned in May and John Kamau took his place.",
              [("REPLACED", "person:john-kamau", "person:peter-otieno")],
              lambda t, s, o: t == "REPLACED" and s == "person:peter-otieno", id="name-hung-on-date"),
    fact_case("Finance minister Peter Otieno resigned on Monday. The president nominated John Kamau, the head of "
              "the fund, to take his place.",
              [("REPLACED", "person:john-kamau", "person:peter-otieno")], id="nominated-to-take-his-place-guard"),
]


@pytest.mark.parametrize("text,present,wrong", PLACE_CASES)
def test_taken_place(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# A list of titled names whose titles carry portfolio words ("home affairs minister X and youth affairs
# minister Y", "Tourism Minister X, Transport Minister Y"): every name is a subject (rules/coordination.py);
# "President X sacked finance minister Y": a participle the parse hung the one who sacked on (verb_events.py).
LIST_CASES = [
    fact_case("Namibian President Hage Geingob dismissed home affairs minister Peter Otieno and youth affairs "
              "minister John Kamau.",
              [("DISMISSED", "person:hage-geingob", "person:peter-otieno"),
               ("DISMISSED", "person:hage-geingob", "person:john-kamau")], id="lower-case-portfolio-titles"),
    fact_case("President Jacob Zuma fired Finance Minister Pravin Gordhan, his deputy Mcebisi Jonas, Tourism Minister "
              "Derek Hanekom and Transport Minister Dipuo Peters.",
              [("DISMISSED", "person:jacob-zuma", "person:derek-hanekom"),
               ("DISMISSED", "person:jacob-zuma", "person:dipuo-peters")], id="capitalised-portfolio-titles"),
    fact_case("President Hage Geingob sacked finance minister Peter Otieno and defence minister John Kamau.",
              [("DISMISSED", "person:hage-geingob", "person:peter-otieno"),
               ("DISMISSED", "person:hage-geingob", "person:john-kamau")], id="verb-parsed-as-participle"),
    fact_case("President Hage Geingob sacked Peter Otieno on Monday and government spokesman John Kamau said the "
              "decision was final.",
              [("DISMISSED", "person:hage-geingob", "person:peter-otieno")],
              lambda t, s, o: t == "DISMISSED" and o == "person:john-kamau", id="government-is-no-portfolio-guard"),
]


@pytest.mark.parametrize("text,present,wrong", LIST_CASES)
def test_titled_lists(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


def _event_of(kind: str, subject: str):
    return lambda doc: (kind, subject) in {(e.type, s) for e in doc.events for s in e.role("subject")}


# "appointed X to take charge as ...", "nominated X, the vice chief, to take over the top position": the
# infinitive completes the appointing verb; the appointer takes over nothing (rules/phrasal.py).
def test_appointer_takes_over_nothing(extractor):
    for text in ("In a ministerial order, Finance Minister Salvatore Garang appointed John Kamau to take charge as "
                 "acting Commissioner-General.",
                 "President Joe Biden has nominated Gen. Randy George, the Army's current vice chief of staff, to take "
                 "over the top position."):
        doc = read(extractor, text)
        assert not _event_of("APPOINTMENT", "person:salvatore-garang")(doc)
        assert not _event_of("APPOINTMENT", "person:joe-biden")(doc)
    doc = read(extractor, "In a ministerial order, Finance Minister Salvatore Garang appointed John Kamau to take "
                          "charge as acting Commissioner-General.")
    assert _event_of("APPOINTMENT", "person:john-kamau")(doc)   # guard: the appointee's own event stays


# "appointed the Iraq war veteran, Gen. X, to replace Y": the name set off after a common noun object,
# a rank before it (rules/verb_events.py name_closing_clause).
APPOSED_CASES = [
    fact_case("President Barack Obama appointed the Iraq war veteran, Gen. Ray Odierno, to replace General Martin "
              "Dempsey as the Army chief.",
              [("APPOINTED", "person:barack-obama", "person:ray-odierno")], id="noun-then-ranked-name"),
    fact_case("President Barack Obama fired the official, John Kamau told reporters.",
              [], _type_is("DISMISSED"), id="name-that-speaks-guard"),
]


@pytest.mark.parametrize("text,present,wrong", APPOSED_CASES)
def test_apposed_object_name(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "Presidential spokesman X announced the sacking of Y": who announces for another sacks or appoints no
# one (rules/noun_events.py speaks_for_another; the title words are triggers.json spokesperson_titles).
SPOKESPERSON_CASES = [
    fact_case("Presidential spokesman Garba Shehu announced the sacking of the minister of power, Sale Mamman, on Tuesday.",
              [], _agent_is("garba-shehu"), id="spokesman-announces-sacking"),
    fact_case("The Director of Information, Willie Bassey, announced the appointment of Muhammadu Muhammed as the new "
              "Director-General.",
              [], _agent_is("willie-bassey"), id="director-of-information-announces-appointment"),
    fact_case("The president, through his special adviser on media and publicity, Femi Adesina, announced the sacking "
              "of the minister of power, Sale Mamman.",
              [], _agent_is("femi-adesina"), id="adviser-on-media-in-subject"),
    fact_case("President Muhammadu Buhari announced the appointment of Muhammadu Muhammed as the new Director-General.",
              [("APPOINTED", "person:muhammadu-buhari", "person:muhammadu-muhammed")], id="principal-announces-guard"),
]


@pytest.mark.parametrize("text,present,wrong", SPOKESPERSON_CASES)
def test_spokesperson_is_no_agent(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "Acting President X has directed the termination of the appointment of the DG, Y": X dismissed Y
# (rules/noun_events.py; "direct" joins the imposing verbs in triggers.json).
DIRECTED_CASES = [
    fact_case("Acting President Yemi Osinbajo has directed the termination of the appointment of the Director-General "
              "of the agency, John Kamau.",
              [("DISMISSED", "person:yemi-osinbajo", "person:john-kamau")], id="directed-termination-of-appointment"),
    fact_case("President Muhammadu Buhari has directed the immediate removal of John Kamau as Director-General of the agency.",
              [("DISMISSED", "person:muhammadu-buhari", "person:john-kamau")], id="directed-removal"),
]


@pytest.mark.parametrize("text,present,wrong", DIRECTED_CASES)
def test_directed_removal(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "I" in a quotation is its speaker: '"I have appointed X ...," President Y said' (rules/first_person.py).
FIRST_PERSON_CASES = [
    fact_case("\"I have appointed John Kamau as the new finance minister,\" President William Ruto said on Monday.",
              [("APPOINTED", "person:william-ruto", "person:john-kamau")], id="i-in-quote-speaker-same-sentence"),
    fact_case("\"Ginny Andersen will become the Minister of Justice,\" Chris Hipkins said.\n\n\"Prior to entering "
              "Parliament Barbara Edmonds was a tax lawyer, which is why I am also making her an Associate Minister "
              "of Finance.\n\n\"I need everyone to do the same,\" Chris Hipkins said.",
              [("APPOINTED", "person:chris-hipkins", "person:barbara-edmonds")], id="i-in-quoted-paragraph"),
    fact_case("\"I have appointed John Kamau as the new finance minister,\" President William Ruto told Raila Odinga, "
              "Raila Odinga said.",
              [], lambda t, s, o: t == "APPOINTED" and s == "person:raila-odinga", id="two-speakers-guard"),
]


@pytest.mark.parametrize("text,present,wrong", FIRST_PERSON_CASES)
def test_first_person_agent(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)


# "General X, who ousted Y in July, named Z as prime minister": the parse made X the root and "named" a
# participle on it; after a set-off clause, with a person object, it is the main verb (verb_events.py).
# "The President of the Republic, X, swore in new Minister of Finance Y, replacing Z": Y replaces Z, not X
# (phrases.appointee_of: "in" read as a preposition).
SET_OFF_CASES = [
    fact_case("General Abdourahamane Tchiani, who ousted President Mohamed Bazoum in July, named Ali Lamine Zeine "
              "as prime minister.",
              [("APPOINTED", "person:abdourahamane-tchiani", "person:ali-lamine-zeine")], id="named-after-relative-clause"),
    fact_case("The President of the Republic, Francisco Guterres, swore in new Minister of Finance Rui Gomes, replacing "
              "his predecessor Fernando Hanjam, who resigned on November 5th.",
              [("REPLACED", "person:rui-gomes", "person:fernando-hanjam")],
              lambda t, s, o: t == "REPLACED" and s == "person:francisco-guterres", id="swore-in-replacing"),
]


def test_set_off_subject_appoints_no_self(extractor):
    doc = read(extractor, SET_OFF_CASES[0].values[0])
    assert not _event_of("APPOINTMENT", "person:abdourahamane-tchiani")(doc)


@pytest.mark.parametrize("text,present,wrong", SET_OFF_CASES)
def test_set_off_subject(extractor, text, present, wrong):
    check_fact_case(read(extractor, text), present, wrong)
