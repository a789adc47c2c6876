"""Events stated by a verb: "Putin dismissed X", "X was arrested by the FSB", "X, arrested in
May", "Among those detained are X and Y", "X resigned", "X will serve as adviser".

The subject of the event is the verb's object (or passive subject, or the noun a
participle hangs on); its agent is the verb's grammatical subject or its "by" phrase.
"""
from __future__ import annotations

from graph.schema import PERSON

from ..gazetteer import TITLE_WORDS
from ..lexicon import GOVERNMENT_NOUNS, LEAD_VERBS, NEEDS_POST, REPORTING_VERBS, load
from .house_confirmations import confirmed_by_house
from ..mentions import EntityBuild
from ..name_bounds import honorific_at
from .bridging import described_later
from .coordination import companions, included
from .arresting_bodies import parent_body
from .dated_participles import dated_participle
from .gerund_clauses import gerund_clause_subjects
from .place_removals import deported, removed_from_place
from .pending import COURT_TYPES   # ("ARREST", "CHARGE", "CONVICTION", "SENTENCE")
from .forced_retirements import retired_someone
from .details import charges_of, date_of, position_of
from .facts import EventFact
from .groups import listed_after, remember
from .post_lists import paired_posts
from .recalled import recalled
from .hedging import hedged, left_a_race
from .ordered_participles import ordered_undergoers
from .lede_subjects import story_subject
from .one_of import one_of
from .ordinal_firsts import ordinal_firsts
from .phrases import climb_to_verb, in_clause, named_in_clause_before, trigger_lemma
from .unnamed_antecedents import stood_for, unnamed_antecedent
from .voting_bodies import voting_body


def subjects_of_participle(r, tok) -> list[EntityBuild]:
    """'Among those detained are X and Y' / 'officials arrested ...' / 'X, arrested in May'."""
    n = tok.head
    e = r.people(n)
    if e:
        return e
    if n.dep_ == "appos" and n.pos_ == "NOUN" and tok.dep_ == "relcl":
        # "Chen, the former vice president who was appointed premier": the name the title stands beside
        e = [x for x in r.people(n.head) if x.label == PERSON]
        if e:
            return e
    if n.dep_ == "pobj" and n.head.lower_ in ("among", "including"):
        v = n.head.head
        for c in v.children:
            if c.dep_ in ("nsubj", "attr", "nsubjpass") and c is not n:
                ps = r.people(c)
                if ps:
                    return ps
    if (counted := one_of(r, n)):
        return counted   # "X was one of six officers arrested last year" (rules/one_of.py)
    if n.dep_ == "attr" and n.head.lemma_ in ("be", "become") and tok.dep_ == "relcl" and any(
            c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJS") for c in n.children):
        # "X is the fifth minister to be charged", "X became the latest official arrested": X was
        out = [x for c in n.head.children if c.dep_ == "nsubj" for x in r.people(c)]
        # "Following Y, X becomes the second minister to be charged": so was Y
        out += [x for c in n.head.children if c.dep_ == "prep" and c.lower_ in ("following", "after")
                for p in c.children if p.dep_ == "pobj" for x in (r.people(p) or _persons_in(r, p))
                if x.label == PERSON and x not in out]
        return out
    if n.lemma_.lower() in ("court", "dock") and n.dep_ == "pobj" and n.head.dep_ == "prep":
        # "X appeared in court charged with fraud": the one who appeared
        return [x for c in n.head.head.children if c.dep_ == "nsubj" for x in r.people(c)]
    if n.dep_ in ("nsubj", "nsubjpass"):
        for c in n.head.children:
            # "Those arrested are X and Y", "Those arrested include X and Y", "The arrested officials are X"
            if c.dep_ in ("attr", "acomp") or (c.dep_ == "dobj" and n.head.lemma_ == "include"):
                return r.people(c)
    return []


def own_clause_conjuncts(r, tok) -> list[EntityBuild]:
    """"A, who was released on bail, and B, who has been placed under monitoring": the persons
    joined to the noun a relative clause hangs on that have a relative clause of their own (what
    happened to them is said there, not here)."""
    if tok.dep_ != "relcl":
        return []
    return [e for c in tok.head.conjuncts if any(d.dep_ == "relcl" and d.i != tok.i for d in c.children)
            for e in [r.entity_at(c, PERSON)] if e is not None]


def _persons_in(r, phrase) -> list[EntityBuild]:
    """The persons named anywhere in a phrase ("the Minister for Karamoja Affairs Mary Kitutu")."""
    out = []
    for t in phrase.subtree:
        m = r.state.mention_at(t.i)
        if m is not None and m.label == PERSON and m.entity is not None and m.entity not in out:
            out.append(m.entity)
    return out


def inherited_subjects(r, tok) -> list[EntityBuild]:
    """The subject a verb without its own shares with the verb it is joined to: "X was arrested
    and charged" (conj), "X was jailed after being convicted" (pcomp of "after")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    v = tok
    if v.dep_ == "pcomp" and v.head.dep_ == "prep":
        v = v.head
    if v.dep_ not in ("conj", "advcl", "pcomp", "prep") or v.head.i == v.i:
        return []
    out = []
    h = climb_to_verb(v.head) if v.dep_ == "prep" else v.head   # "X was the big winner after being appointed"
    first = h
    for _ in range(3):   # "X has been found guilty but has escaped death and has been sentenced to 15 years":
        if v.dep_ != "conj" or h.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
            break   # a chain of joined verbs shares the first one's subject
        h = h.head
    if h is not first and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in h.children):
        return []   # "the defendants, who arrived ... and will be presented and arraigned": not through "who"
    for c in h.children:   # a dateline may be parsed as a second subject ("TRENTON, NJ — X was ...")
        if c.dep_ in ("nsubjpass", "nsubj"):
            stand_in = unnamed_antecedent(r, c)   # "V.A. was assaulted by X. He was jailed before being released"
            out += [x for x in (r.people(c) if stand_in is None else stood_for(r, c, stand_in)) if x not in out]
    return out


def name_after_title(r, t) -> list[EntityBuild]:
    """"arrested Deputy Minister of Foreign Affairs To Anh Dung": a title phrase the name follows
    without a comma, where the parse cut the name off the title."""
    if t is None or (t.lower_ not in TITLE_WORDS and t.lower_.split("-")[0] not in TITLE_WORDS):
        return []   # "Deputy governor-2 X": a numbered title
    own = r.state.mention_at(t.i)   # the title may sit inside a body's name ("Inspector General of Police")
    if own is not None and own.label == PERSON:
        return []
    m = r.state.mention_at(t.right_edge.i + 1)
    if m is None and t.i + 1 < len(t.doc) and t.doc[t.i + 1].head.i != t.doc[t.i + 1].i and \
            any(a.i == t.i for a in t.doc[t.i + 1].ancestors):
        m = r.state.mention_at(t.i + 1)   # the name right after the title, parsed as its dependant ("governor-2 Than Than Swe")
    return [m.entity] if m is not None and m.label == PERSON and m.entity is not None else []


def named_as(r, tok, etype: str) -> list[EntityBuild]:
    """"Their replacement was named as Cumali Atilla": a role noun appointed, the person after "as"."""
    if etype not in ("APPOINTMENT", "NOMINATION"):
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lemma_.lower() not in ROLE_NOUNS:
        return []
    return [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children if p.dep_ == "pobj" for x in r.people(p, lists=False)]


ROLE_NOUNS = frozenset(load("triggers")["role_nouns"])   # "his replacement", "her successor"


def name_closing_clause(r, tok, obj) -> list[EntityBuild]:
    """"has sacked his minister of state for youth and sport, Rajesh Singh": the name that closes the
    clause after a title object, set off by a comma, where the parse hung it on the verb (and the
    object's own phrase ends before it)."""
    titled = obj.lower_ in TITLE_WORDS
    if not (titled or (obj.tag_ == "NN" and any(d.dep_ == "det" for d in obj.children))) \
            or r.state.mention_at(obj.i) is not None:
        return []
    for c in tok.children:
        if c.i <= obj.i or c.dep_ not in ("npadvmod", "appos", "dep", "attr", "oprd") or c.left_edge.i == 0 \
                or tok.doc[c.left_edge.i - 1].text != ",":
            continue
        if not titled and c.left_edge.i - 2 != obj.right_edge.i:
            continue   # "appointed the Iraq war veteran, Gen. X, to replace Y": right after the noun's phrase,
        #               and closed by a comma ("appointed a committee, X said" is X speaking)
        m = r.state.mention_at(c.i)
        if m is None or m.label != PERSON or m.entity is None:
            continue
        if m.start == c.left_edge.i:
            return [m.entity]
        k = c.left_edge.i
        while k < m.start and honorific_at(tok.doc, k, m.start) > k:
            k = honorific_at(tok.doc, k, m.start)   # ", Gen. X,": a rank before the name
        end = m.end < len(tok.doc) and tok.doc[m.end].text == ","
        if not titled and k == m.start and end:   # set off on both sides
            return [m.entity]
    return []


def apposed_name(r, tok) -> list[EntityBuild]:
    """"A former minister of the FCT, FCT, Bala Mohammed, standing trial ..., was remanded": a
    title noun as passive subject (or hung on the auxiliary) whose person the parse put deeper in
    its phrase, set off by a comma."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None) or next(
        (g for a in tok.children if a.dep_ == "auxpass" for g in a.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in TITLE_WORDS or r.state.mention_at(subj.i) is not None:
        return []
    for t in subj.subtree:
        m = r.state.mention_at(t.i)
        if m is not None and m.label == PERSON and m.entity is not None and m.start > subj.i \
                and subj.doc[m.start - 1].text == "," and not in_clause(t, subj) \
                and not named_in_clause_before(subj, t):   # (round 19) "a minister who served under leader X"
            return [m.entity]
    return []


RECENTLY = {"newly", "recently", "just"}   # "newly appointed", "recently sacked": an event, not a title
UNDERGONE = {"ARREST", "DISMISSAL", "CHARGE", "CONVICTION", "SENTENCE", "SUSPENSION", "RELEASE"}
TITLED_PARTICIPLES = frozenset(load("triggers")["titled_participles"])   # "sacked Minister of Power X"


def titled_participle(tok, etype: str) -> bool:
    """"sacked", "detained", "suspended" before a singular title and a name: an event the person
    underwent. Not "ousted", "jailed", "deposed": those describe a person long after the news."""
    if tok.dep_ != "amod" or etype not in UNDERGONE or tok.tag_ not in ("VBN", "VBD", "JJ") \
            or tok.lower_ not in TITLED_PARTICIPLES or any(c.lower_ in RECENTLY for c in tok.children):
        return False
    chain = compound_chain(tok.head)
    return chain[-1].tag_ != "NNS" and any(t.lower_ in TITLE_WORDS for t in chain)


def compound_chain(h) -> list:
    """h and the heads it is a compound of, up to the noun that ends the phrase ("Prime Minister
    Oscar Valdes": Prime, Minister, ..., Valdes); the last is that noun."""
    chain = [h]
    while h.dep_ == "compound" and h.head.i != h.i:
        h = h.head
        chain.append(h)
    return chain


def group_noun(tok, passive: bool):
    """The noun a trigger's event happens to: passive subject, object, or the noun a participle hangs on."""
    if tok.dep_ in ("acl", "relcl") and not any(c.dep_ == "dobj" for c in tok.children):
        return tok.head   # (with an object, the parse hung the main verb on a dateline: "JAKARTA — X arrested a minister")
    deps = ("nsubjpass",) if passive else ("dobj", "oprd")   # "appointed new inspector general": oprd
    return next((c for c in tok.children if c.dep_ in deps), None)


def set_off_participle(tok):
    """"Mark Evans, sacked in May, said ...": a participle between commas that the parser made
    the main verb, with the name before it as its subject; the subject token, or None."""
    if tok.tag_ not in ("VBN", "VBD") or tok.i == 0 or tok.doc[tok.i - 1].text != "," \
            or any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.right_edge.i in (tok.i - 2, tok.i - 1)), None)
    after = [c for c in tok.children if c.i > tok.i and c.text == ","]
    return subj if subj is not None and after else None


NOT_POSTS = load("triggers")["not_posts"]


def is_not_post(position: str) -> bool:
    """"a suspect", "as a witness in the case": a role in a case, not a post."""
    words = position.lower().replace(",", " ").split()
    return any(" ".join(words[i:i + len(p.split())]) == p for p in NOT_POSTS for i in range(min(len(words), 3)))


CASE_NOUNS = frozenset(load("triggers")["case_nouns"])


RECORDING_WORDS = frozenset(load("triggers")["recording_words"])


MOVING_VERBS = {"transfer", "reassign", "deploy", "redeploy"}
MOVED_NOT_POSTED = frozenset(load("triggers")["moved_not_posted"])


def moved_not_posted(tok) -> bool:
    """"transferred to Kamiti prison", "moved to a hospital": a place, not a post."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and p.dep_ == "pobj" and p.lemma_.lower() in MOVED_NOT_POSTED
               for c in tok.children for p in c.children)


def on_record(tok) -> bool:
    """"captured on tape", "caught on camera": recorded, not arrested."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in", "by") and p.dep_ == "pobj" and p.lemma_.lower() in RECORDING_WORDS
               for c in tok.children for p in c.children)


CHARGING_PAPERS = frozenset({"indictment", "chargesheet", "charge sheet"})
# "the report names X", "the (charge) sheet names X" (a parse's lemma "sheet"): a subject that names no post
NAMING_PAPERS = CASE_NOUNS | {"sheet"}
CHARGING_SHEETS = CHARGING_PAPERS | {"sheet"}


def named_in_case(tok, nouns=CASE_NOUNS) -> bool:
    """"was named in a drug case", "not naming him in the FIR": named as a party to a case, not to a post."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and p.dep_ == "pobj" and (
        p.lower_ in nouns or " ".join(x.lower_ for x in p.subtree if x.dep_ == "compound" or x is p) in nouns)
               for c in tok.children for p in c.children)


def led_government(r, noun, etype: str) -> list:
    """"voted to oust the government of Prime Minister X": the head of the government removed."""
    if etype != "DISMISSAL" or noun.lemma_.lower() not in GOVERNMENT_NOUNS:
        return []
    return [x for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj" for x in r.people(p, lists=False)]


HELD = {"membership", "mandate", "accreditation", "licence", "license", "contract", "post", "position", "powers",
        "service", "services", "appointment"}   # "terminated the services of X"


def holder_of(r, noun) -> list:
    """"suspended X's membership", "terminated the contract of X": the one who holds it."""
    if noun.lemma_.lower() not in HELD:
        return []
    return [x for c in noun.children if c.dep_ == "poss" for x in r.people(c, lists=False)] or [
        x for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj" for x in r.people(p, lists=False)]


def main_verb_as_participle(tok) -> bool:
    """"President Park Geun-hye named replacements ...": the parser made the name the root and
    the verb right after it a participle on it; with an object, the verb is the main one."""
    if tok.dep_ != "acl" or tok.head.dep_ != "ROOT" or tok.head.pos_ != "PROPN":
        return False
    if tok.i == tok.head.i + 1:
        return any(c.dep_ in ("dobj", "oprd") for c in tok.children)
    return _after_set_off_clause(tok) and any(c.dep_ in ("dobj", "oprd") and c.ent_type_ == "PERSON" for c in tok.children)


def _after_set_off_clause(tok) -> bool:
    """"General X, who ousted Y in July, named Z as prime minister": the verb right after the comma
    that closes a relative clause or apposition on the name the parse made the root."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "," and any(
        c.dep_ in ("relcl", "appos") and c.i < tok.i and c.right_edge.i >= tok.i - 2 for c in tok.head.children)


COURT_WORDS = {"court", "tribunal", "judge", "judges", "bench"}
RULING_VERBS = {"rule", "order", "decide", "declare", "direct"}


def court_ordered_exit(r, tok, sent, si) -> list[EventFact]:
    """"The Constitutional Court ruled that Prime Minister X ... must resign", "the court ordered X to
    step down": a removal by the court (DISMISSAL), not a resignation, and not merely hedged."""
    v = tok.head if tok.dep_ == "conj" else tok
    ruling = v.head if v.dep_ == "ccomp" else (tok.head if tok.dep_ == "xcomp" else None)
    if ruling is None or ruling.lemma_.lower() not in RULING_VERBS:
        return []
    judge = next((c for c in ruling.children if c.dep_ == "nsubj" and c.lemma_.lower() in COURT_WORDS), None)
    if judge is None or (tok.dep_ != "xcomp" and not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children)):
        return []
    holder = next((c for c in v.children if c.dep_ == "nsubj"), None) if tok.dep_ != "xcomp" else next(
        (c for c in ruling.children if c.dep_ == "dobj"), None)
    subjects = [x for x in (r.people(holder) if holder is not None else []) if x.label == PERSON]
    if not subjects:
        return []
    return [EventFact("DISMISSAL", si, subjects, r.entity_at(judge), date_of(r, ruling, sent), None,
                      rule="verb:court-ordered-exit", strength=0.7)]


REPORTING = REPORTING_VERBS | {"tell"}   # "told reporters he would step down"


def reported_future(tok) -> bool:
    """"Pena said that X would be stepping down as health minister", "X will resign, his
    spokesman said", "announced he would step down": a leaving announced by someone who reports
    it, not wished or feared (a condition, a negation or a modal other than will / would still hedges)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children):
        return False
    said = tok.dep_ in ("ccomp", "conj") or (tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in tok.children))   # "said that A would ..., while B would ..."
    if said and tok.head.lemma_.lower() in REPORTING and tok.head.pos_ == "VERB" and not hedged(tok.head):
        return True
    return any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in REPORTING and c.i > tok.i for c in tok.children)


def announced_appointment(tok) -> bool:
    """"X will be named deputy chief of staff", "Obama will name X as chief of staff, an official
    said": an appointment the story states or reports as coming, whose "will" / "would" is no
    hedge; not one guessed at ("Speculation is rife that X will be named", "Reports suggest X will
    be appointed", "hopes he will be appointed")."""
    h = tok
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    if h.dep_ == "ROOT":
        return True
    return h.dep_ in ("ccomp", "parataxis") and h.head.lemma_.lower() in REPORTING and h.head.pos_ == "VERB" \
        and not hedged(h.head)


def verb_event(r, tok, etype, sent, si) -> list[EventFact]:
    if etype == "RESIGNATION" and trigger_lemma(tok) == "retire" and retired_someone(r, tok):
        etype = "DISMISSAL"   # "X was compulsorily retired", "Morsi retires defence minister Tantawi": sent by another
    if etype == "RESIGNATION" and (ordered := court_ordered_exit(r, tok, sent, si)):
        return ordered   # "the court ruled that X must resign"
    if hedged(tok, announced_ok=(etype == "RESIGNATION" and reported_future(tok))
              or (etype == "APPOINTMENT" and announced_appointment(tok))) \
            or (etype == "RESIGNATION" and left_a_race(tok)):
        return []   # hedged, or "quit the race": a candidate withdraws, no one resigns
    reduced = set_off_participle(tok) if etype != "RESIGNATION" else None
    dated = dated_participle(tok)   # "X was on Friday charged"
    passive = reduced is not None or dated is not None or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        # "X was arrested and charged": a bare participle joined to a passive verb is passive too
        tok.dep_ == "conj" and tok.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("dobj", "nsubj") for c in tok.children)
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children))
    subjects, agent = [], None
    if (ordered := ordered_undergoers(r, tok)) is not None:
        subjects, agent = ordered   # "the court ordered X jailed for 15 days", "X was ordered jailed"
    elif tok.dep_ == "amod" and tok.tag_ == "VBN" and (tok.head.tag_ == "NNS" or tok.head.lower_ == "those") \
            and not any(c.lower_ in RECENTLY for c in tok.children):   # "Those relieved of their duties are X and Y"
        subjects = subjects_of_participle(r, tok) if tok.head.dep_ == "nsubj" and tok.head.head.lemma_ in ("be", "include") else []
    elif tok.dep_ == "amod" and any(c.lower_ in RECENTLY for c in tok.children):
        # "his newly appointed Prime Minister Oscar Valdes": the noun it qualifies, and whose
        chain = compound_chain(tok.head)   # "appointed Prime Minister Oscar Valdes"
        h = chain[-1]
        subjects = r.people(h) or name_after_title(r, h)   # "the newly appointed Inspector General of Police (IGP) X"
        if not subjects and h.dep_ == "appos":   # "X, the newly appointed police chief, vowed ..."
            subjects = [e for e in [r.entity_at(h.head, PERSON)] if e is not None]
        owner = next((c for k in chain for c in k.children if c.dep_ == "poss"), None)
        agent = r.entity_at(owner) if owner is not None else None
    elif titled_participle(tok, etype):
        # "the ousted prime minister Sheikh Hasina", "jailed former governor X", "sacked Minister of Power, X"
        subjects = r.people(compound_chain(tok.head)[-1])
        # "President X sacked finance minister Y and defence minister Z": the parse made the verb a
        # participle before the titles, and hung the one who sacked on it as its subject
        agent = next((e for c in tok.children if c.dep_ == "nsubj" for e in [r.person(c)] if e is not None), None)
    elif etype == "RESIGNATION":
        for c in tok.children:
            if c.dep_ in ("nsubj",):
                subjects = r.people(c)
                if c.lower_ in ("he", "she") and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING:
                    # "X also said he would step down": the one who says it, not the nearest name
                    subjects = [x for d in tok.head.children if d.dep_ == "nsubj" for x in r.people(d)
                                if x.label == PERSON] or subjects
        if not subjects and (tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and any(a.lower_ == "to" for a in tok.children))):
            # "X was forced to resign", "X was made to resign" (the parse's advcl)
            subjects = [x for c in tok.head.children if c.dep_ == "nsubjpass" for x in r.people(c)]
        if not subjects and tok.dep_ in ("conj", "advcl", "xcomp"):
            a = r.clause_agent(tok)
            subjects = [a] if a is not None and a.label == PERSON else []
        if not subjects:
            subjects = ordinal_firsts(r, tok)   # "X is the fourth minister to resign since the election"
        if not subjects:
            subjects = gerund_clause_subjects(r, tok)   # "X joined a law firm after resigning"
    elif tok.dep_ in ("acl", "relcl") and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children) \
            and not main_verb_as_participle(tok) or (tok.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in ("who", "that") for c in tok.children)):
        own_clauses = own_clause_conjuncts(r, tok)
        subjects = [x for x in subjects_of_participle(r, tok) if x not in own_clauses]
        agent = r.agent_by(tok)
    elif passive:
        # "Also detained were X and Y": the parse may hang the names on the "were" after the verb
        inverted = [g for a in tok.children if a.dep_ == "auxpass" and a.i > tok.i
                    for g in a.children if g.dep_ in ("nsubj", "attr") and g.i > a.i]
        for c in [*tok.children, *inverted]:
            if c.dep_ == "nsubjpass" or (reduced is not None and c.i == reduced.i) \
                    or (c.dep_ in ("nsubj", "attr") and c.i > tok.i):   # "Dismissed from service were X, Y and Z"
                stand_in = unnamed_antecedent(r, c)   # "V.A. was assaulted by X. He was then jailed": not X
                found = r.people(c) if stand_in is None else stood_for(r, c, stand_in)
                subjects += [x for x in found if x not in subjects]
                if c in inverted:   # "were the former spokesman, X, and head of the Senate, Y": each title's name
                    subjects += [m.entity for d in c.subtree if d.dep_ == "appos"
                                 for m in [r.state.mention_at(d.i)] if m is not None and m.label == PERSON
                                 and m.entity is not None and m.entity not in subjects]
                if c.dep_ == "nsubjpass" and any(a.lower_ == "were" for a in tok.children if a.dep_ == "auxpass"):
                    # "X, 35, the Director of Y and Z, 31, an attorney, were charged": the parse hung Z on X's title
                    subjects += [m.entity for d in c.subtree if d.dep_ == "conj" and d.head.dep_ == "appos"
                                 for m in [r.state.mention_at(d.i)] if m is not None and m.label == PERSON
                                 and m.entity is not None and m.entity not in subjects]
        if not subjects and dated is not None:
            subjects = r.people(dated)
        own = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
               and (tok.dep_ == "conj" or (tok.dep_ == "advcl" and not any(k.dep_ == "mark" for k in tok.children)))]
        #        ("A was axed as X and B was sacked as Y": the parse made B a conjunct of X and the verb an advcl)
        if not subjects and own:   # "X resigned and Y was sworn in": the parser lost Y as the subject
            m = r.state.mention_at(min(c.i for c in own) - 1)
            subjects = [m.entity] if m is not None and m.label == PERSON and m.entity is not None else []
        if not subjects and not (own and tok.doc[min(c.i for c in own) - 1].pos_ in ("PROPN", "NOUN", "PRON")):
            # "X was arrested and charged", "sentenced after being convicted", "X was detained ..., but was released"
            subjects = inherited_subjects(r, tok) or apposed_name(r, tok) \
                or name_after_title(r, next((c for c in tok.children if c.dep_ == "nsubjpass"), None)) \
                or named_as(r, tok, etype)
        agent = r.agent_by(tok)
    else:
        if etype in ("APPOINTMENT", "NOMINATION"):   # "named X as A; Y as B; and Z as C"
            each = paired_posts(r, tok, etype, sent, si, r.clause_agent(tok))
            if each:
                return each
        for c in tok.children:
            if (c.dep_ == "dobj" or (c.dep_ == "oprd" and r.entity_at(c, PERSON) is not None)) and not subjects:
                subjects = r.people(c) \
                    or r.named_in_phrase(c) or [e for e in [r.name_after(c)] if e] or led_government(r, c, etype) \
                    or holder_of(r, c) or name_after_title(r, c) or name_closing_clause(r, tok, c)
        if not subjects and tok.lemma_ == "swear":   # "swore in X as finance minister" ("in" read as a preposition)
            subjects = [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                        for p in c.children if p.dep_ == "pobj" for x in r.people(p)]
        if not subjects and tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.head.lemma_ in ("stand", "remain") \
                and not any(c.dep_ in ("dobj", "nsubj", "mark") for c in tok.children):   # "X stands charged with", "remains detained"
            subjects = [x for c in tok.head.children if c.dep_ == "nsubj" for x in r.people(c)]
        if not subjects and tok.dep_ == "conj" and not any(c.dep_ in ("dobj", "nsubj") for c in tok.children) \
                and tok.head.pos_ == "VERB":   # "found him guilty and sentenced [him] to four years"
            subjects = [x for c in tok.head.children if c.dep_ == "dobj" for x in r.people(c, lists=False)] or [
                x for c in tok.head.children if c.dep_ in ("ccomp", "oprd") and c.i < tok.i
                for k in c.children if k.dep_ == "nsubj" for x in r.people(k, lists=False)]   # "found him guilty"
        agent = r.clause_agent(tok) if not (tok.dep_ == "advcl" and tok.head.lemma_ in ("stand", "remain")) else None
        if agent is None and main_verb_as_participle(tok):
            agent = r.entity_at(tok.head)
    noun = None
    if not subjects:   # "six governors quit, among them X"
        noun = group_noun(tok, passive) if etype != "RESIGNATION" else next(
            (c for c in tok.children if c.dep_ == "nsubj"), None)
        subjects = included(r, noun) or described_later(r, noun) \
            or listed_after(r, noun) or recalled(r, noun) \
            or story_subject(r, noun, etype)   # "a former minister charged with ...", "two ministers: A and B", "The two were jailed"
    if subjects and (passive or etype == "RESIGNATION"):
        # "X was convicted along with his wife, Y", "Along with Y, X was sworn in": Y too
        subjects += [x for x in companions(r, tok) if x not in subjects]
    if subjects and passive and etype in UNDERGONE:
        # "X was arrested in November with another MP from his party, Y": a person arrested with X
        subjects += [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children if p.dep_ == "pobj" for x in r.people(p, lists=False) if x not in subjects]
    reflexive = agent is not None and any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in tok.children)
    if reflexive:   # "appointed himself head of state": the agent is the one appointed
        subjects = [agent]
    subjects = [s for s in subjects if s is not None and s.label == PERSON and (s is not agent or reflexive)]
    if not subjects:
        remember(r, etype, noun if noun is not None else group_noun(tok, passive), agent, si, f"verb:{tok.lemma_.lower()}")
        return []
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and any(p.dep_ == "prep" and p.lower_ == "including" for p in obj.children):
        # "decommissioned five ministers including X": the other four may be named later (group_parts)
        remember(r, etype, obj, agent, si, f"verb:{tok.lemma_.lower()}", included=subjects)
    charges = charges_of(r, sent, subjects) if etype in COURT_TYPES else {}
    position, span = position_of(r, tok)
    lead = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in LEAD_VERBS), None)
    if position is None and lead is not None and etype in ("APPOINTMENT", "NOMINATION"):
        position = sent.doc[lead.i:lead.right_edge.i + 1].text   # "tapped X to lead the central bank"
    if trigger_lemma(tok) in NEEDS_POST and not confirmed_by_house(tok, agent) and (position is None or (
            span is not None and span[0] > 0 and tok.doc[span[0] - 1].text == "," and lead is None)):
        return []   # "designated X" without a post is a sanction, not an appointment; nor is
        #             "designated X, Governor of North Western Province, for ...": the post is X's own
    if etype in ("APPOINTMENT", "NOMINATION") and trigger_lemma(tok) == "name" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in NAMING_PAPERS for c in tok.children):
        if not any(c.dep_ == "nsubj" and c.lemma_.lower() in CHARGING_SHEETS for c in tok.children):
            return []   # "the report names X": no post
        etype, position, span = "CHARGE", None, None   # "the indictment names X and two aides": charged
    elif etype in ("APPOINTMENT", "NOMINATION") and named_in_case(tok, CHARGING_PAPERS):
        etype, position, span = "CHARGE", None, None   # "X was named as an accused in the chargesheet": charged
    if position is not None and etype in ("APPOINTMENT", "NOMINATION") and is_not_post(position):
        return []   # "named a suspect by the commission"
    if etype in ("APPOINTMENT", "NOMINATION") and named_in_case(tok):
        if not named_in_case(tok, CHARGING_PAPERS):
            return []   # "who was named in a 2022 drug case"
        etype, position, span = "CHARGE", None, None   # "X was named in a 12-count indictment": charged
    if trigger_lemma(tok) in MOVING_VERBS and moved_not_posted(tok):
        return []   # "was transferred to Kamiti prison": moved, not appointed
    if trigger_lemma(tok) in ("transfer", "reassign"):
        position, span = None, None   # the post moved to is read by the posts reader (rule moved-to-ministry),
        #                               which does not hand it on to one who "takes over from" the mover
    if etype == "ARREST" and on_record(tok):
        return []   # "the minister was captured on tape receiving ..."
    if etype == "ARREST":
        agent = parent_body(r, agent)   # "PNP-CIDG agents arrested X": the PNP
    if etype == "DISMISSAL" and (deported(tok) or removed_from_place(tok)):
        return []   # "removed X to Honduras", "X was removed from the chamber": a country or a place, not a post
    if etype == "DISMISSAL" and agent is None:
        agent = voting_body(r, tok)   # "ousted in a no-confidence vote in parliament": the parliament
    if etype == "DISMISSAL" and any(c.dep_ == "advmod" and c.lower_ in ("temporarily", "provisionally")
                                    for c in tok.children):
        etype = "SUSPENSION"   # "was temporarily relieved of his duties"
    if etype == "APPOINTMENT" and position and any(w in ("candidate", "nominee") for w in position.lower().split()):
        etype = "NOMINATION"   # "picked X as its candidate for prime minister": put forward, not appointed
    rule = f"verb:{tok.lemma_.lower()}" + (":passive" if passive else "")
    named = _named_before(r, span) if etype in ("APPOINTMENT", "NOMINATION") else None
    if named is not None and (named not in subjects or len(subjects) > 1):
        # "appointing A Acting Governor of X and B Acting Governor of Y": the post written right after
        # A's name is A's alone; the others were appointed too, their posts read elsewhere (round 10)
        own = [EventFact(etype, si, [named], agent, date_of(r, tok, sent), position, rule=rule, strength=0.85,
                         extra={"charges": charges, "position_span": span})] if named in subjects else []
        rest = [s for s in subjects if s is not named]
        return own + [EventFact(etype, si, rest, agent, date_of(r, tok, sent), None, rule=rule, strength=0.85,
                                extra={"charges": charges, "position_span": None})] if rest else own
    return [EventFact(etype, si, subjects, agent, date_of(r, tok, sent), position,
                      rule=rule, strength=0.85, extra={"charges": charges, "position_span": span})]


def _named_before(r, span):
    """The person whose name a post's words follow at once ("appointing A Acting Governor of X"), else None."""
    if span is None or span[0] == 0:
        return None
    m = r.state.mention_at(span[0] - 1)
    return m.entity if m is not None and m.label == PERSON and m.end == span[0] else None


def will_serve(r, tok, sent, si) -> list[EventFact]:
    """"Rubio will serve as interim national security adviser": an announced appointment."""
    if hedged(tok, announced_ok=True):
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    person = None
    if subj is not None:
        person = r.person(subj)
    position, span = position_of(r, tok)
    if person is None or person.label != PERSON or not position:
        return []
    return [EventFact("APPOINTMENT", si, [person], None, date_of(r, tok, sent), position, rule="verb:serve-as",
                      strength=0.7, extra={"position_span": span})]
