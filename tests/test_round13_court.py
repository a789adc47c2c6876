"""Round 13 (court): what a court has yet to do is no verdict (loaders/rules/pending.py).

"jailed pending trial", "jailed on allegations of graft", "jailed since his arrest": a detention
(ARREST), not a SENTENCE nor a CONVICTION. "ahead of her sentencing", "X's sentencing is set for
Oct. 29", "at her scheduled sentencing": the sentencing is still to come. Guilty pleas in the
plural ("entered guilty pleas to bribery") are a CONVICTION like one plea."""
import pytest

from tests.conftest import check_event_case, event_case, read_text as read

A = "person:magloire-ngambo"
B = "person:catherine-pughes"

CASES = [
    event_case("A powerful former minister, Magloire Ngambo, has been jailed pending trial for graft.",
               present={("ARREST", A)}, absent={("SENTENCE", A), ("CONVICTION", A)}, id="jailed-pending-trial"),
    event_case("Former minister Magloire Ngambo was jailed on Monday pending an investigation into bribery.",
               present={("ARREST", A)}, absent={("SENTENCE", A), ("CONVICTION", A)}, id="jailed-pending-investigation"),
    event_case("The junta said former president Magloire Ngambo has been jailed on allegations of corruption.",
               present={("ARREST", A)}, absent={("SENTENCE", A), ("CONVICTION", A)}, id="jailed-on-allegations"),
    event_case("Former minister Magloire Ngambo has been jailed since his arrest in March.",
               present={("ARREST", A)}, absent={("SENTENCE", A), ("CONVICTION", A)}, id="jailed-since-arrest"),
    event_case("Former minister Magloire Ngambo was jailed awaiting trial.",
               present={("ARREST", A)}, absent={("SENTENCE", A)}, id="jailed-awaiting-trial"),
    event_case("Former minister Magloire Ngambo was jailed for five years on Monday.",
               present={("SENTENCE", A), ("CONVICTION", A)}, id="jailed-for-years-guard"),
    event_case("Former minister Magloire Ngambo was jailed for five years, pending appeal.",
               present={("SENTENCE", A)}, id="jailed-pending-appeal-guard"),
    event_case("Former mayor Catherine Pughes was released ahead of her sentencing in February.",
               absent={("SENTENCE", B), ("CONVICTION", B)}, id="ahead-of-sentencing"),
    event_case("Former mayor Catherine Pughes remains free until her sentencing next month.",
               absent={("SENTENCE", B), ("CONVICTION", B)}, id="until-sentencing"),
    event_case("Former mayor Catherine Pughes's sentencing is set for Oct. 29.",
               absent={("SENTENCE", B), ("CONVICTION", B)}, id="sentencing-set-for"),
    event_case("Former mayor Catherine Pughes's sentencing was postponed until March.",
               absent={("SENTENCE", B), ("CONVICTION", B)}, id="sentencing-postponed"),
    event_case("Catherine Pughes faces up to 35 years in prison at her scheduled Feb. 27 sentencing.",
               absent={("SENTENCE", B), ("CONVICTION", B)}, id="scheduled-sentencing"),
    event_case("Former mayor Catherine Pughes was convicted of fraud and her sentencing followed in May.",
               present={("CONVICTION", B)}, id="sentencing-guard"),
    event_case("Bruce Barlay, the town's former police chief, entered guilty pleas to conspiracy, bribery and "
               "extortion before Judge David Bramlett.",
               present={("CONVICTION", "person:bruce-barlay")}, absent={("CONVICTION", "person:david-bramlett")},
               id="guilty-pleas-plural"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_pending_court(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# A person counted into a group a participle describes (loaders/rules/one_of.py).
ONE_OF_CASES = [
    event_case("Bruce Millard was one of six King City police officers arrested last year.",
               present={("ARREST", "person:bruce-millard")}, id="one-of-officers-arrested"),
    event_case("Former minister Tomas Ruvalo is one of three former ministers charged with fraud.",
               present={("CHARGE", "person:tomas-ruvalo")}, id="one-of-ministers-charged"),
    event_case("Former minister Tomas Ruvalo, one of 12 officials detained on Monday, denied wrongdoing.",
               present={("ARREST", "person:tomas-ruvalo")}, id="apposed-one-of-detained"),
    event_case("Tomas Ruvalo was one of the officers who arrested the governor.",
               absent={("ARREST", "person:tomas-ruvalo")}, id="one-of-arresting-officers-guard"),
    event_case("Tomas Ruvalo is one of the few ministers not arrested in the purge.",
               absent={("ARREST", "person:tomas-ruvalo")}, id="one-of-not-arrested-guard"),
]


@pytest.mark.parametrize("text,present,absent", ONE_OF_CASES)
def test_one_of_group(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# A verb at the end of a chain of joined verbs shares the first one's subject (verb_events.inherited_subjects).
CHAIN_CASES = [
    event_case("Former health minister Rakkiat Sukthan has been found guilty of corruption but has escaped a "
               "possible death penalty and has been instead sentenced to 15 years in jail.",
               present={("CONVICTION", "person:rakkiat-sukthan"), ("SENTENCE", "person:rakkiat-sukthan")},
               id="sentenced-at-end-of-chain"),
    event_case("The five defendants, who arrived yesterday and will be presented and arraigned later today, were "
               "announced by Special Agent James Hurt.",
               absent={("CHARGE", "person:james-hurt")}, id="chain-through-who-guard"),
]


@pytest.mark.parametrize("text,present,absent", CHAIN_CASES)
def test_verb_chains(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# A present-tense clause opened by "when" or "once" under a main verb not in the past is still to come.
FUTURE_CASES = [
    event_case("Senator Ted Stephens faces up to five years in prison on each count when he is sentenced Jan. 26.",
               absent={("SENTENCE", "person:ted-stephens"), ("CONVICTION", "person:ted-stephens")},
               id="when-he-is-sentenced"),
    event_case("Former commissioner Mildred Fernandes faces a maximum sentence of 15 years in prison when she is "
               "sentenced in January.",
               absent={("SENTENCE", "person:mildred-fernandes")}, id="when-she-is-sentenced"),
    event_case("Former minister Jon Tanaka will be suspended once he is charged.",
               absent={("CHARGE", "person:jon-tanaka")}, id="once-he-is-charged"),
    event_case("Former minister Jon Tanaka smiled when he was sentenced to ten years.",
               present={("SENTENCE", "person:jon-tanaka")}, id="when-he-was-sentenced-guard"),
    event_case("Former minister Jon Tanaka was in Paris when he was arrested on Monday.",
               present={("ARREST", "person:jon-tanaka")}, id="when-he-was-arrested-guard"),
]


@pytest.mark.parametrize("text,present,absent", FUTURE_CASES)
def test_future_clause(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# A person referred or sent to trial is charged (triggers.json phrasal).
REFERRAL_CASES = [
    event_case("Karim Abdel Rashad was referred to criminal trial for corruption late in February.",
               present={("CHARGE", "person:karim-abdel-rashad")}, id="referred-to-trial"),
    event_case("Egypt referred its former prime minister Ahmed Nazeef to court on charges of squandering public funds.",
               present={("CHARGE", "person:ahmed-nazeef")}, id="referred-to-court"),
    event_case("The Attorney General has referred former Finance Minister Youssef Ghaly to trial before the Cairo "
               "Criminal Court.", present={("CHARGE", "person:youssef-ghaly")}, id="referred-to-trial-before-court"),
    event_case("The doctor referred former minister Jon Tanaka to a specialist.",
               absent={("CHARGE", "person:jon-tanaka")}, id="referred-to-specialist-guard"),
    event_case("Former minister Jon Tanaka was referred to hospital.",
               absent={("CHARGE", "person:jon-tanaka")}, id="referred-to-hospital-guard"),
]


@pytest.mark.parametrize("text,present,absent", REFERRAL_CASES)
def test_referred_to_trial(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# A person tried (in the passive) is charged (triggers.json phrasal "try").
TRIED_CASES = [
    event_case("The former governor, Rochas Okorocho, is being tried on a 17-count charge of money laundering.",
               present={("CHARGE", "person:rochas-okorocho")}, id="being-tried-on-charge"),
    event_case("Youssef Ghaly was tried in absentia and sentenced on Saturday.",
               present={("CHARGE", "person:youssef-ghaly"), ("SENTENCE", "person:youssef-ghaly")},
               id="tried-in-absentia"),
    event_case("Former minister Jon Tanaka tried to flee the country.",
               absent={("CHARGE", "person:jon-tanaka")}, id="tried-to-flee-guard"),
]


@pytest.mark.parametrize("text,present,absent", TRIED_CASES)
def test_tried(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# A bare count ("The five were arrested") points back to the n persons the sentence before names
# (rules/recalled.named_just_before), as a counted title does.
def test_bare_count_recalls_persons_named(extractor):
    text = ("Marla McDonell is being charged with conspiracy. Police said McDonell was going to be charged along "
            "with four others, Michael Carow, Victor McEachran, Wayne Antony and Edgar Zephrin. "
            "The five were arrested between last Thursday and Friday.")
    want = {("ARREST", f"person:{p}") for p in ("marla-mcdonell", "michael-carow", "victor-mceachran",
                                                 "wayne-antony", "edgar-zephrin")}
    check_event_case(read(extractor, text), want, set())


def test_bare_count_needs_as_many_named(extractor):
    text = "Marla McDonell met Michael Carow and Victor McEachran on Monday. The two were arrested on Tuesday."
    check_event_case(read(extractor, text), set(), {("ARREST", "person:marla-mcdonell")})


# A date on the verb does not undo a counted prison term ("got five years in prison on Monday").
def test_got_years_on_a_date(extractor):
    check_event_case(read(extractor, "Former governor Jon Smithers got five years in prison on Monday."),
                     {("SENTENCE", "person:jon-smithers")}, set())


def test_got_years_on_a_contract_guard(extractor):
    check_event_case(read(extractor, "Former governor Jon Smithers got two years on his contract on Monday."),
                     set(), {("SENTENCE", "person:jon-smithers")})


def test_future_clause_leaves_announced_changes(extractor):
    """Only court events: an announced change in a 'when' clause is the change rules' to read."""
    from loaders.rules.pending import future_clause
    from loaders.nlp import load_pipeline
    doc = load_pipeline()("Smith faces five years in prison when he is sentenced in January.")
    tok = next(t for t in doc if t.lower_ == "sentenced")
    assert future_clause(tok, "SENTENCE") and not future_clause(tok, "RESIGNATION")


# "surrendered before a court" gives oneself up (Indian usage); "surrendered his passport to the
# court" (bail terms) gives up a thing, not oneself (triggers.json phrasal "surrender").
SURRENDER_CASES = [
    event_case("Former Bihar minister Manju Vermah has surrendered before a court in Begusarai.",
               present={("ARREST", "person:manju-vermah")}, id="surrendered-before-court"),
    event_case("Former mayor Katherine Pughes surrendered her passport to the court on Thursday.",
               absent={("ARREST", "person:katherine-pughes")}, id="surrendered-passport"),
    event_case("Former minister Jon Tanaka surrendered his firearms to police.",
               absent={("ARREST", "person:jon-tanaka")}, id="surrendered-firearms"),
    event_case("Former minister Jon Tanaka surrendered to police on Thursday.",
               present={("ARREST", "person:jon-tanaka")}, id="surrendered-to-police-guard"),
]


@pytest.mark.parametrize("text,present,absent", SURRENDER_CASES)
def test_surrender(extractor, text, present, absent):
    check_event_case(read(extractor, text), present, absent)


# A headline's "jailed" is a SENTENCE unless the story holds the person before trial (pending.held_in_headline).
def test_headline_jailed_held_before_trial(extractor):
    doc = read(extractor, "A powerful former minister, Magloire Ngambo, has been jailed pending trial for graft.",
               title="Former minister jailed for corruption")
    check_event_case(doc, {("ARREST", "person:magloire-ngambo")},
                     {("SENTENCE", "person:magloire-ngambo"), ("CONVICTION", "person:magloire-ngambo")})


def test_headline_jailed_sentenced_guard(extractor):
    doc = read(extractor, "Former minister Magloire Ngambo was jailed for ten years on Tuesday for graft.",
               title="Former minister jailed for corruption")
    check_event_case(doc, {("SENTENCE", "person:magloire-ngambo")}, set())
