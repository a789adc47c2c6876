"""Events stated by a noun: "the arrest of X", "X's dismissal", "whose arrest", "ordered
the retirement of X", "X was taken into police custody", "Y's nominee for prime minister, X"."""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from .place_removals import removed_from_place
from ..lexicon import ACCEPTING_VERBS, EVENT_NOUNS, EVENT_VERBS, IMPOSING_VERBS, REVOKING_VERBS, SPEECH_VERBS, UNDERGOING_VERBS, load, word_set
from .bridging import described_later
from .coordination import companions
from .details import charges_of, date_of, position_of, post_in
from .facts import EventFact
from .groups import remember
from .hedging import hedged
from .phrases import trigger_lemma
from .possessor_acts import possessor_acts
from .possessor_appoints import possessor_appoints
from .unnamed_antecedents import stood_for, unnamed_antecedent
from .unstated_nouns import unstated_noun
from .. import doc_index


PERSON_NOUNS = frozenset(load("triggers")["person_nouns"])   # "the nominee, X": X; "Y's nominee": Y appoints
NOT_EVENT_MODIFIERS = frozenset(load("triggers")["not_event_modifiers"])   # "Fitzgerald's press release"
OWN_NOUN_VERBS = frozenset(load("triggers")["own_noun_verbs"])   # "tendered their resignations"
LETTER_NOUNS = frozenset(load("triggers")["letter_nouns"])   # "his resignation letter"
ARRESTING_WORDS = frozenset(load("triggers")["arresting_body_words"])
CONFIRMING_VERBS = {"confirm", "announce", "effect", "make"}   # "X confirmed / made the arrest of Y"


def _owner(c) -> bool:
    return c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")


def shared_owners(tok) -> list:
    """"Navalny's conviction and sentencing", "the arrest and detention of X": event nouns joined
    by "and" share one possessor or of-phrase; tok's partners' when it has none of its own."""
    if any(_owner(c) for c in tok.children):
        return []
    partners = ([tok.head] if tok.dep_ == "conj" else []) + [c for c in tok.children if c.dep_ == "conj"]
    letter = carrier(tok)
    return [c for p in partners if p.pos_ == "NOUN" and (p.lemma_.lower() in EVENT_NOUNS or _event_gerund(p))
            for c in p.children if _owner(c)] + ([c for c in letter.children if c.dep_ == "poss"] if letter is not tok else [])


def _event_gerund(tok) -> bool:
    """A noun in -ing made from a trigger verb ("the arrest and jailing of X"): the partner that
    holds the of-phrase of the event noun it is joined to."""
    return tok.lower_.endswith("ing") and trigger_lemma(tok) in EVENT_VERBS


def carrier(tok):
    """"his resignation letter", "her letter of resignation": the letter that carries the event noun, else tok."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in LETTER_NOUNS:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in LETTER_NOUNS:
        return tok.head.head
    return tok


GOVERNMENT_NOUNS = word_set("links", "government_nouns")   # a government led by one person: "government", "cabinet"
LEFT_PLACES = {"service", "office", "post", "duty", "position", "job", "cabinet", "government", "force"}


def government_head(r, p, etype: str) -> list:
    """"presented the resignation of his government", "the dismissal of the government of X": a
    government resigns or is dismissed with the one who leads it."""
    if etype not in ("RESIGNATION", "DISMISSAL") or p.lemma_.lower() not in GOVERNMENT_NOUNS:
        return []
    return [x for c in p.children if c.dep_ == "poss" for x in r.people(c, lists=False)] or [
        x for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
        for q in c.children if q.dep_ == "pobj" for x in r.people(q, lists=False)]


def speakers(r, sent, si: int | None = None) -> list:
    """The persons a sentence quotes (subjects of "said", "told", "added" ...), or, for a sentence
    that opens a quotation and names no speaker, the previous sentence's: a third-person pronoun
    in their own words is someone else."""
    found = [m.entity for t in sent if t.lemma_.lower() in SPEECH_VERBS for c in t.children
             if c.dep_ == "nsubj" and c.pos_ != "PRON" for d in c.subtree for m in [r.state.mention_at(d.i)]
             if m is not None and m.label == PERSON and m.entity is not None]   # "said DEA Special Agent in Charge X"
    if not found and si and doc_index.text(sent).lstrip()[:1] in ("“", '"'):
        found = speakers(r, r.state.sents[si - 1])
    return found


def _from_after(tok) -> list:
    """"approved dismissal from service of X": the parse may hang "from service of X" on the verb."""
    if tok.dep_ != "dobj":
        return []
    return [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == tok.right_edge.i + 1]


def _by_elsewhere(tok) -> list:
    """The event noun's own by-phrase where the parse hung it elsewhere: on an apposition inside the
    noun's phrase ("the arrest of X, its spokesperson by the DSS") or on an active verb above it
    ("criticised the dismissal of X by President Y", "reacted to the arrest of X by officials of Y");
    an active verb has no agent of its own. Round 13."""
    inner = [t for t in tok.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.head.dep_ == "appos"
             and all(x.i < t.i for x in t.head.subtree if x.i not in {y.i for y in t.subtree})]
    if inner:
        return inner
    nxt = tok.right_edge.i + 1
    if nxt >= len(tok.doc) or tok.doc[nxt].lower_ != "by" or tok.doc[nxt].dep_ not in ("prep", "agent"):
        return []
    verb = tok.doc[nxt].head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
            or tok.i not in {t.i for t in verb.subtree}:
        return []
    return [tok.doc[nxt]]


def _fronted(tok) -> bool:
    """"Before his appointment, he was responsible for ...": an event noun in a phrase that opens
    the sentence, ahead of a main clause whose subject is a pronoun."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.i - prep.sent.start > 2:
        return False
    verb = prep.head
    return verb.i > tok.i and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") for c in verb.children)


def _clause_subject(r, tok, poss) -> list:
    """"X, who was sacked by Y, denied reports that he collapsed on hearing the news of his removal",
    "X said he resigned ..., adding that he still has his letter of resignation": "his" in a clause
    whose subject is "he", below the main verb, is the main verb's named subject (X), not the
    last name before it (Y)."""
    pronoun = {"his": "he", "her": "she"}.get(poss.lower_)
    v, depth = tok, 0
    while v.head.i != v.i and v.pos_ not in ("VERB", "AUX") and depth < 6:
        v, depth = v.head, depth + 1
    while v.pos_ in ("VERB", "AUX") and depth < 8:
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ != pronoun or subj.i > poss.i or v.dep_ == "ROOT" or v.dep_ == "relcl":
                return []
            root = v.sent.root
            main = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return r.people(main) if main is not None and main.pos_ == "PROPN" or (
                main is not None and main.pos_ == "NOUN" and any(a.dep_ == "appos" for a in main.children)) else []
        if v.dep_ not in ("pcomp", "xcomp", "advcl", "conj") or v.head.i == v.i:
            return []
        v, depth = v.head if v.dep_ != "pcomp" else v.head.head, depth + 1
    return []


def _last_subject(r) -> list:
    """The person who is the main clause's subject in the nearest sentence before that names one."""
    si = r.state.current_si
    for back in (1, 2):
        ms = [m for m in r.state.mentions if m.sent_index == si - back and m.label == PERSON and m.entity is not None]
        if not ms:
            continue
        doc = r.state.sents[si - back].doc
        main = [m for m in ms for t in [doc[m.end - 1]] if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        return [main[0].entity] if main else []
    return []


def noun_event(r, tok, etype, sent, si) -> list[EventFact]:
    if hedged(tok) or any(c.dep_ == "compound" and c.lower_ in NOT_EVENT_MODIFIERS for c in tok.children) \
            or unstated_noun(tok, carrier(tok)):   # "the possible appointment of X", "never submitted his resignation letter"
        return []
    if tok.lemma_.lower() == "discharge" and not any(
            c.dep_ == "prep" and c.lower_ == "from" and any(p.lemma_.lower() in LEFT_PLACES for p in c.children)
            for c in list(tok.children) + _from_after(tok)):
        return []   # "ordered the discharge from service of X" is a dismissal; a court's "discharge of X" frees X
    if etype == "DISMISSAL" and removed_from_place(tok):
        return []   # "his removal from the sanctions list": out of a list, not out of office
    subjects, agent = [], None
    person_noun = tok.lemma_.lower() in PERSON_NOUNS
    of_people = []   # "President X's nomination of Y": Y is the one nominated
    for c in list(tok.children) + shared_owners(tok) + _from_after(tok) + _by_elsewhere(tok):
        if c.dep_ == "poss" and person_noun:
            agent = r.entity_at(c)
        elif c.dep_ == "poss":
            if c.lower_ == "whose":
                e = r.state.antecedent(c)
                subjects = [e] if e else []
            else:
                stand_in = unnamed_antecedent(r, c)   # "During his trial, the deposed strongman ...": not the last name
                subjects = stood_for(r, c, stand_in) if stand_in is not None else \
                    r.people(c) or (described_later(r, c) if c.pos_ == "NOUN" else [])   # "A general's firing"
                if c.lower_ in ("his", "her") and _fronted(tok):   # "Before his appointment, he was ...": the
                    subjects = _last_subject(r) or subjects          # one the story is about, not the last name
                if c.lower_ in ("his", "her") and stand_in is None:
                    subjects = _clause_subject(r, tok, c) or subjects
                if c.lower_ in ("his", "her"):   # '"His lengthy sentence shows ...," said X': not X's
                    quoted = speakers(r, tok.sent, si)   # once, not once per subject
                    subjects = [x for x in subjects if x not in quoted]
                if c.lower_ in ("his", "her") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ACCEPTING_VERBS:
                    acceptors = [x for s in tok.head.children if s.dep_ == "nsubj" for x in r.people(s)] \
                        or [a for a in [r.clause_agent(tok.head)] if a is not None]   # (round 24) "the President accepted his resignation"
                    if any(x in subjects for x in acceptors):   # "PM X accepted his resignation": not X's
                        other = r.state.antecedent(c, exclude=acceptors[0], also_exclude=acceptors[-1])
                        subjects = [other] if other is not None else []
        elif c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":   # "the arrest of one of the leaders of the opposition, X"
                    of_people += [x for x in r.people(p) if x.label == PERSON]
                    subjects = subjects + [x for x in r.people(p) or r.named_in_phrase(p) or government_head(r, p, etype)
                                           if x not in subjects]
        elif c.dep_ == "appos":
            subjects = subjects + [x for x in r.people(c) if x not in subjects]
        elif c.dep_ == "prep" and c.lower_ == "from":   # "dismissal from service of X", "removal from office of X"
            subjects = subjects + [x for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in LEFT_PLACES
                                   for d in p.children if d.dep_ == "prep" and d.lower_ == "of"
                                   for q in d.children if q.dep_ == "pobj" for x in r.people(q) if x not in subjects]
        elif c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj":   # "Obiano's arrest by officials of the EFCC": the body they act for
                    agent = r.entity_at(p) or r.agent_phrase(p)
    if etype in ("APPOINTMENT", "NOMINATION") and of_people and not person_noun:
        subjects, agent = possessor_appoints(r, tok, subjects, of_people, agent)
    subjects, agent = possessor_acts(r, tok, etype, subjects, agent)   # "X's dismissal of Y": X acts
    held = carrier(tok)
    if not subjects and held.dep_ == "dobj" and held.head.lemma_.lower() in OWN_NOUN_VERBS \
            and any(c.dep_ == "poss" and c.lower_ in ("their", "his", "her") for c in held.children):
        # "X and Y submitted their resignations", "X submitted her letter of resignation"
        subjects = [x for c in held.head.children if c.dep_ == "nsubj" for x in r.people(c)]
    if not subjects and person_noun:   # "nominee for prime minister, X": the name may hang on the post
        subjects = r.named_in_phrase(tok)
    if not subjects and person_noun and tok.dep_ == "appos":   # "X, the president's nominee for attorney general"
        subjects = [e for e in [r.entity_at(tok.head, PERSON)] if e is not None]
    if not subjects and person_noun and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        # "The detainee is Carlos Romero, the former interior minister": the name the copula gives
        subjects = [x for c in tok.head.children if c.dep_ == "attr" for x in r.people(c)]
    undergone = next((c for c in tok.children if c.dep_ == "amod" and c.lemma_ in UNDERGOING_VERBS
                      and c.tag_ in ("VBD", "VBN") and c.lower_.endswith("ed")), None)
    if not subjects and undergone is not None and tok.head.pos_ == "PROPN":
        # "Carvalho faced temporary arrest, along with Y": parsed as the name's root with "faced" a modifier
        subjects = r.people(tok.head, lists=False)
        subjects += [x for x in companions(r, tok.head) if x not in subjects]
    if not subjects and tok.dep_ == "dobj" and tok.head.lemma_ in UNDERGOING_VERBS and tok.head.tag_ == "VBD":
        # "X faced temporary arrest, along with Y": the one who underwent it
        subjects = [x for c in tok.head.children if c.dep_ == "nsubj" for x in r.people(c)]
        subjects += [x for x in companions(r, tok) + companions(r, tok.head) if x not in subjects]
    subjects = [s for s in subjects if s is not None and s.label == PERSON]
    if not subjects:   # "announced the resignation of two ministers": named later, perhaps
        group = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        remember(r, etype, group, agent, si, f"noun:{tok.lemma_.lower()}")
        return []
    ordered = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in REVOKING_NOUNS:
        ordered = tok.head.head   # "directed the termination of the appointment of X": the termination was ordered
    if agent is None and ordered.dep_ == "dobj" and (ordered.head.lemma_ in IMPOSING_VERBS or ordered.head.lemma_ in REVOKING_VERBS):
        agent = r.clause_agent(ordered.head)   # "Morsi ordered the retirement of X", "X terminated the appointment of Y"
        if agent in subjects and etype != "RESIGNATION" and len(subjects) > 1:
            subjects = [s for s in subjects if s is not agent]   # the one who approves is not appointed
        elif agent in subjects and etype != "RESIGNATION":
            return []
        agent = None if agent in subjects else agent
    if agent is not None and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "announce" and speaks_for_another(
            agent, next((c for c in tok.head.children if c.dep_ == "nsubj"), None)):
        agent = None   # "Presidential spokesman X announced the sacking of Y": X sacked no one
    if agent is None and etype == "ARREST" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in CONFIRMING_VERBS:
        a = r.clause_agent(tok.head)   # "The Hawks have confirmed the arrest of X": the arresting body says so
        if a is not None and a.label == ORGANISATION and set(a.name.lower().replace("-", " ").split()) & ARRESTING_WORDS:
            agent = a
    charges = charges_of(r, sent, subjects) if etype == "ARREST" else {}
    position, span = position_of(r, tok) if etype in ("APPOINTMENT", "NOMINATION") else \
        left_as(r, tok) if etype in LEAVING_TYPES else (None, None)
    return [EventFact(etype, si, subjects, agent, date_of(r, tok, sent), position,   # "the appointment of X as Y"
                      rule=f"noun:{tok.lemma_.lower()}", strength=0.75,
                      extra={"charges": charges, "position_span": span})]


SPOKESPERSON_TITLES = tuple(load("triggers")["spokesperson_titles"])
REVOKING_NOUNS = frozenset(load("triggers")["revoking_nouns"])   # "the termination of the appointment of X"


def speaks_for_another(e, subject=None) -> bool:
    """A person the article titles as one who announces for someone else (a spokesman, a press
    secretary, a director of information), here or in the subject phrase that names them ("the
    president, through his special adviser on media, X, announced ..."): what they announce is not
    their own act."""
    if e.label != PERSON:
        return False
    said = [t.lower() for t in e.titles] + ([" ".join(t.lower_ for t in subject.subtree)] if subject is not None else [])
    return any(w in t for t in said for w in SPOKESPERSON_TITLES)


REQUEST_NOUNS = {"request", "wish", "offer", "bid", "plea"}
GRANTING_VERBS = {"accept", "grant", "approve", "honour", "honor"}
LEAVING = {"resign", "quit", "retire", "excuse", "leave", "relinquish", "vacate"}


def accepted_request(r, tok, sent, si) -> list[EventFact]:
    """"accepted a request by Minister X to be excused from his position", "accepted his request
    to step down": a resignation granted, the one who asked it resigns."""
    if tok.lemma_.lower() not in REQUEST_NOUNS or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in GRANTING_VERBS \
            or hedged(tok.head):
        return []
    leave = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children)
                  and (c.lemma_.lower() in LEAVING or (c.lemma_.lower() == "step" and any(
                      p.lower_ in ("down", "aside") for p in c.children)))), None)
    if leave is None:
        return []
    who = [x for c in tok.children if c.dep_ == "poss" for x in r.people(c, lists=False)] or [
        x for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "from")
        for p in c.children if p.dep_ == "pobj" for x in r.people(p, lists=False)]
    who = [x for x in who if x is not None and x.label == PERSON]
    if not who:
        return []
    agent = r.clause_agent(tok.head)
    return [EventFact("RESIGNATION", si, who, agent if agent not in who else None, date_of(r, tok.head, sent), None,
                      rule="noun:accepted-request", strength=0.7)]


def _fronted_owner(r, tok, poss) -> list:
    """(round 23) "In addition to his guilty plea, X admitted ...": "his" in a phrase that opens the
    sentence, before any name, is the named subject of the main clause that follows."""
    if poss is None or poss.lower_ not in ("his", "her") or tok.dep_ != "pobj":
        return []
    prep = tok.head
    while prep.dep_ == "pobj" or (prep.dep_ == "prep" and prep.head.dep_ == "pobj"):
        prep = prep.head   # "In addition to his plea": "to" hangs on "addition", "In" on the verb
    verb = prep.head
    if prep.dep_ != "prep" or prep.i - prep.sent.start > 2 or verb.pos_ not in ("VERB", "AUX") or verb.i < tok.i:
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return r.people(subj) if subj is not None and subj.pos_ == "PROPN" and subj.i > tok.i else []


def guilty_finding(r, tok, sent, si) -> list[EventFact]:
    """"X entered a guilty plea" (CONVICTION; "a not guilty plea" is a CHARGE), "the jury returned a
    guilty verdict against X" (CONVICTION): a plea or verdict noun qualified by "guilty"."""
    # "a guilty plea", or written out: "entered a plea of not guilty", "a verdict of guilty"
    guilty = [c for c in tok.children if c.lower_ == "guilty" and c.dep_ in ("amod", "compound")] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.lower_ == "guilty" and g.dep_ in ("pobj", "amod")]
    if tok.lemma_.lower() not in ("plea", "verdict") or hedged(tok) or not guilty \
            or (tok.dep_ == "dobj" and hedged(tok.head)):   # "X will enter a guilty plea": not yet made
        return []
    negated = any(c.lower_ == "not" for g in guilty for c in g.children) or any(
        c.lower_ == "not" and c.dep_ in ("neg", "advmod", "amod") for c in tok.children)
    if tok.lemma_.lower() == "verdict":
        who = [x for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "for")
               for p in c.children if p.dep_ == "pobj" for x in r.people(p)]
    else:
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        who = _fronted_owner(r, tok, poss) or (r.people(poss, lists=False) if poss is not None else []) or [
            x for c in tok.head.children if c.dep_ == "nsubj" and tok.dep_ == "dobj" for x in r.people(c)] or [
            x for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"   # (round 23) "the guilty pleas of X and Y"
            for p in c.children if p.dep_ == "pobj" for x in r.people(p)]
    who = [x for x in who if x is not None and x.label == PERSON]
    if not who:
        return []
    etype = "CHARGE" if negated else "CONVICTION"
    return [EventFact(etype, si, who, None, date_of(r, tok, sent), None, rule=f"noun:guilty-{tok.lemma_.lower()}",
                      strength=0.75)]


def custody(r, tok, sent, si) -> list[EventFact]:
    """"X was in its custody", "taken into police custody": an arrest."""
    prep = tok.head
    if prep.lower_ not in ("in", "into") or prep.head.i == prep.i:
        return []
    verb = prep.head
    subjects = []
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            subjects = r.people(c)
    taker = None
    if any(c.dep_ == "dobj" for c in verb.children):   # "Police took X into custody": X, taken by the subject
        taker = next((r.entity_at(c, ORGANISATION) for c in verb.children if c.dep_ == "nsubj"), None)
        subjects = [x for c in verb.children if c.dep_ == "dobj" for x in r.people(c)]
    if not subjects and verb.dep_ in ("acl", "relcl"):
        subjects = r.people(verb.head)
    if not subjects and verb.dep_ == "xcomp":   # "X and Y were ordered to be held in custody"
        subjects = [x for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for x in r.people(c)]
    if not subjects and verb.pos_ in ("NOUN", "PRON") and verb.dep_ == "nsubj" and verb.head.lemma_ == "be":
        # "Others in detention are A; B; and C": every name the copula lists
        subjects = [m.entity for a in verb.head.children if a.dep_ == "attr" for t in a.subtree
                    for m in [r.state.mention_at(t.i)] if m is not None and m.label == PERSON
                    and m.entity is not None and t.i == m.end - 1]
        subjects = [x for i, x in enumerate(subjects) if all(x is not y for y in subjects[:i])]
        verb = verb.head
    if hedged(verb):
        return []
    if not subjects:   # "Five of the six officers are now in custody": a group, named later
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.like_num:
            subj = next((p for c in subj.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"), subj)
        remember(r, "ARREST", subj, None, si, "noun:custody")
        return []
    agent = taker
    owner = next((c for c in tok.children if c.dep_ in ("poss", "compound")), None)
    if owner is not None and owner.lower_ in ("its", "their"):
        # "ZACC confirmed ... reports that X was in its custody": the organisation subject above
        h, depth = verb, 0
        while agent is None and depth < 6:
            agent = next((r.entity_at(c, ORGANISATION) for c in h.children if c.dep_ == "nsubj"), None)
            if h.head.i == h.i:
                break
            h, depth = h.head, depth + 1
    elif owner is not None:
        agent = r.entity_at(owner, ORGANISATION)
    if agent is None and verb.pos_ in ("VERB", "AUX"):
        agent = r.agent_by(verb)   # "taken into custody by the National Crime Agency"
    return [EventFact("ARREST", si, subjects, agent, date_of(r, verb, sent), None, rule="noun:custody",
                      strength=0.7)]


CHARGE_DOCUMENTS = frozenset(load("triggers")["charge_documents"])   # "charges", "charge sheet", "indictment"
PRESUPPOSING = frozenset(load("triggers")["charge_presupposing_verbs"])   # "denied the charges against him"


CASE_FILING_VERBS = frozenset(load("triggers")["case_filing_verbs"])   # "filed a case against X"
PROSECUTING_WORDS = frozenset(load("triggers")["prosecuting_body_words"])   # "Anti-Corruption", "Accountability"
CHARGING_BODY_WORDS = ARRESTING_WORDS | PROSECUTING_WORDS   # a body with one of these in its name brings charges


def case_by_prosecutor(r, tok) -> bool:
    """"The Anti-Corruption Commission filed a case against X": a case noun filed by a body whose
    name says it prosecutes or investigates (triggers.json arresting_body_words); a private
    complaint or "a prima facie case against him" is not a charge."""
    verb = tok.head
    if tok.lemma_.lower() != "case" or tok.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in CASE_FILING_VERBS:
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) if tok.dep_ == "dobj" else next(
        (p for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
         for p in c.children if p.dep_ == "pobj"), None)
    body = r.entity_at(doer, ORGANISATION) if doer is not None else None
    if body is None:
        return False
    words = {w for n in (body.name, *body.aliases) for w in n.lower().split() + n.lower().replace("-", " ").split()}
    return bool(words & CHARGING_BODY_WORDS)


def charges_against(r, tok, sent, si) -> list[EventFact]:
    """"The charges against X include fraud", "X denied the charges against him", "the court took
    cognisance of the chargesheet against X": a charge document against a person is their CHARGE
    ("no charges against X", "called for charges against X" are not: rules/hedging.py)."""
    filed_case = case_by_prosecutor(r, tok)   # "the Anti-Corruption Commission filed a case against X"
    if tok.pos_ not in ("NOUN", "PROPN") or (tok.lemma_.lower() not in CHARGE_DOCUMENTS and not filed_case) \
            or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return []
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() not in PRESUPPOSING and not filed_case:
        return []   # "prepared / recommended / could bring charges against X": not (yet) done ("filed": phrasal.py)
    if hedged(tok.head) if tok.dep_ == "dobj" else hedged(tok):
        return []   # "X denied the charges against him" was charged; "demanded charges against X" is not done
    if tok.lemma_.lower() == "sheet" and not any(c.lower_ == "charge" for c in tok.children if c.dep_ == "compound"):
        return []
    holders = [tok, tok.head] + [p for c in tok.head.children if c.dep_ == "prep" for p in c.children
                                 if p.dep_ == "pobj"] if filed_case else [tok]   # "filed a case at a court against X"
    who = [x for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "against"
           for p in c.children if p.dep_ == "pobj"
           for x in ([r.entity_at(p, PERSON) or r.state.antecedent(p)] if p.pos_ == "PRON" else r.people(p))]   # "against him"
    who = [x for x in who if x is not None and x.label == PERSON]
    if not who:
        return []
    return [EventFact("CHARGE", si, who, None, date_of(r, tok, sent), None, rule="noun:charges-against",
                      strength=0.7, extra={"charges": charges_of(r, sent, who)})]


LEAVING_TYPES = frozenset({"RESIGNATION", "DISMISSAL", "SUSPENSION"})


def left_as(r, tok) -> tuple[str | None, tuple[int, int] | None]:
    """The post a leaving noun names with "as": "accepted the resignation of X as finance minister",
    "on the retirement of X as Chief Justice", "the dismissal of X as head of the agency" (the
    parse hangs "as" on the noun or on the name). Only "as": "his resignation to the president"
    names no post."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
    preps += [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"
              for a in p.children if a.dep_ == "prep" and a.lower_ == "as"]
    for prep in preps:
        found = post_in(r, prep)
        if found[0] is not None:
            return found
    return None, None


NEW_POST_NOUNS = frozenset(load("triggers")["new_post_nouns"])   # "role", "post", "job", "position"


def new_post(r, tok, sent, si) -> list[EventFact]:
    """"X's new role as finance minister", "Otiko's new position", "in her new post": the
    possessor of a post said to be new took it (an APPOINTMENT); "a new post" with no owner,
    or "the new post of X" (a post created), is not."""
    if tok.lemma_.lower() not in NEW_POST_NOUNS or not any(c.dep_ == "amod" and c.lower_ == "new" for c in tok.children) \
            or hedged(tok):
        return []
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        return []
    if owner.pos_ == "PRON":
        person = r.entity_at(owner, PERSON) if owner.lower_ in ("his", "her") else None
        who = [person] if person is not None else []
    else:
        who = [x for x in r.people(owner, lists=False)]
    who = [x for x in who if x is not None and x.label == PERSON]
    if not who:
        return []
    position, span = position_of(r, tok)
    return [EventFact("APPOINTMENT", si, who, None, date_of(r, tok, sent), position, rule="noun:new-post",
                      strength=0.6, extra={"position_span": span})]
