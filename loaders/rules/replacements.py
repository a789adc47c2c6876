"""Who replaced whom: "X replaced Y", "Y was replaced by X", "replacing him with X", "X takes
over from Y", "his successor, X", "as minister in place of Y", "X and Y replaced them", and the bare surface
"X replaces Y" when the parse is broken. Each gives an APPOINTMENT with a successor and
a predecessor; "replaced X with Y" also gives the removal of X by the agent. The rules that start
from a noun ("his successor", "in place of", "the post vacated by") are successor_nouns.py; those a
departure implies are departures.py; whether two titles name one post is same_posts.py."""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz

from ..doc_index import any_of
from ..gender import pronoun_gender
from ..mentions import EntityBuild
from ..name_bounds import honorific_at

from ..lexicon import ANNOUNCED, EVENT_NOUNS, EVENT_VERBS, HEDGES, REPLACE_VERBS, load, word_set
from .departures import after_departure, after_departure_clause, into_the_post_left
from .as_title_subjects import appoints_an_object
from .details import date_of, position_of
from .facts import EventFact
from .groups import counted, remember
from .head_successions import succeeded
from .hedging import hedged
from .per_story import the_one
from .phrases import trigger_lemma
from .taken_posts import post_owner


def replaced_them(r, tok, sent, si) -> list[EventFact]:
    """"X and Y replaced them", "They were replaced with X, Y and Z": each of the new ones replaces,
    in order, one of the persons who last left their posts (dismissed, resigned), as many as
    there are new ones."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    them = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    by = next((p for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with")
               for p in c.children if p.dep_ == "pobj"), None)
    if them is not None and them.lower_ == "they" and by is not None:
        subj = by   # the passive: "They were replaced with X, Y and Z"
    elif obj is None or subj is None or obj.lower_ != "them":
        return []
    new = [p for p in r.people(subj) if p.label == PERSON]
    old = []
    for p in reversed(r.recent_out):
        if p not in old and p not in new:
            old.insert(0, p)
    if len(new) < 2:
        return []
    if len(old) < len(new):   # "They were replaced with X, Y and Z" after fewer leavers than that: appointed
        return [EventFact("APPOINTMENT", si, [n], None, date_of(r, tok, sent), None, rule=f"verb:{tok.lemma_.lower()}:them",
                          strength=0.7) for n in new] if them is not None and subj is by else []
    old = old[-len(new):]
    date = date_of(r, tok, sent)
    return [EventFact("APPOINTMENT", si, [n], None, date, None, rule=f"verb:{tok.lemma_.lower()}:them",
                      strength=0.7, successor=n, predecessor=o) for n, o in zip(new, old)]


def pronoun_appointee(r, tok) -> EntityBuild | None:
    """"President X named Y finance minister on Monday. He succeeds Z": a pronoun subject of a
    replacement verb is the one person appointed or nominated in the two sentences before (not the
    one who appointed them), if there is one such person and the sentence names no one before the verb."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("he", "she") or any(
            m.label == PERSON and m.sent_index == r.state.current_si and m.start < subj.i for m in r.state.mentions):
        return None
    si, want = r.state.current_si, pronoun_gender(subj.lower_)
    named = {id(e): e for e, at in r.recent_in if si - 2 <= at < si
             and r.state.may_be(e, want)}   # "She succeeds Z": no man the article named
    return the_one(named.values())


def _appointing_head(tok) -> bool:
    """tok is an infinitive ("to replace Y") governed by an appointment verb or noun."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or tok.head.i == tok.i:
        return False
    h = tok.head
    kind = EVENT_NOUNS.get(h.lemma_.lower()) if h.pos_ == "NOUN" else EVENT_VERBS.get(trigger_lemma(h))
    return kind in ("APPOINTMENT", "NOMINATION") or any(   # "announced the appointment of an interim X to replace Y"
        c.dep_ == "dobj" and EVENT_NOUNS.get(c.lemma_.lower()) in ("APPOINTMENT", "NOMINATION") for c in h.children)


def _name_closing(r, tok, sent) -> EntityBuild | None:
    """"Y was replaced with the Member of Parliament for Agona West in the Central Region, X.":
    the one person named after the with/by phrase of a passive replacement, when no verb comes
    between (the parse hung the name on the last noun of the phrase)."""
    prep = next((c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by")), None)
    if prep is None:
        return None
    found = {}
    for t in sent.doc[prep.i + 1:sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.lower_ in (";", "who", "which", "while", "and"):
            return None
        m = r.state.mention_at(t.i)
        if m is not None and m.label == PERSON and m.entity is not None:
            found[m.entity.id] = m.entity
    return the_one(found.values())


def substituted(tok, obj):
    """The one replaced after "substitute": "X substitutes Y", "X is substituting for Y" (Y);
    (obj, True) when the verb names both ("substituted A for B": someone else's swap)."""
    fors = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    if obj is not None and fors:
        return obj, True
    return (obj if obj is not None else (fors[0] if fors else None)), False


def _beyond_a_clause(tok, prep) -> bool:
    """(round 25) A with-phrase inside a clause of its own after the replaced one ("replaced Y, who
    resigned Sunday after days of protests ended with the deaths of two people"): a verb stands
    between them, so it is not the one Y was replaced with."""
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" for t in tok.doc[tok.i + 1:prep.i])


def replace_event(r, tok, sent, si) -> list[EventFact]:
    if hedged(tok, announced_ok=True):
        return []
    plural = replaced_them(r, tok, sent, si)
    if plural or any(c.dep_ == "nsubjpass" and c.lower_ == "they" for c in tok.children):
        return plural   # "They were replaced with X, Y and Z": not the last one out alone
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        tok.dep_ == "conj" and any(c.dep_ == "agent" for c in tok.children)) or (
        tok.dep_ == "conj" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.head.children)
        and not any(c.dep_ in ("nsubj", "dobj") for c in tok.children))   # "Y was ousted and replaced with X"
    successor = predecessor = agent = appointee = position_as = None
    withp, replaced_with = None, False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "by"):
            for p in c.children:
                if p.dep_ == "pobj":
                    withp = r.person(p)
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    withp = r.person(p)
    unnamed_with = withp is None and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
    if withp is None and not passive:
        # "replaced X with his chief of staff, Y": the with-phrase may hang on X
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        for t in (obj.subtree if obj is not None else []):
            if t.dep_ == "prep" and t.lower_ == "with" and not _beyond_a_clause(obj, t):
                for p in t.children:
                    if p.dep_ == "pobj":
                        withp = r.person(p) or r.name_after(p)
                        unnamed_with = withp is None
    if unnamed_with and not passive:
        return []   # "fired X and replaced him with a lawmaker from the ruling party": not by the one who fired
    if passive:
        for c in tok.children:
            if c.dep_ == "nsubjpass":
                found = r.person(c)
                if c.pos_ == "PRON" and c.tag_ not in ("WP", "WDT") and r.recent_out:   # "X sacked Y. She was replaced by Z": Y
                    #                  (not "..., Y, who will be replaced by Z": the relative pronoun is Y)
                    found = r.recent_out[-1]
                # "Dr. X, the Minister of Information has been replaced": an apposition left open
                # makes its title a second subject, which names no one
                predecessor = predecessor or found
        if withp is None:
            withp = _name_closing(r, tok, sent)   # "replaced with the MP for Agona West in the Central Region, Y."
        if withp is None:
            withp = _by_on_the_post(r, tok)   # "Y has been replaced as finance minister by X"
        if predecessor is None and tok.dep_ == "conj":   # "X was ousted ... and replaced by Y"
            for c in tok.head.children:
                if c.dep_ in ("nsubjpass", "nsubj"):
                    predecessor = r.person(c)
        if predecessor is None and tok.dep_ in ("relcl", "acl") and tok.head.i < tok.i \
                and not any(c.dep_ == "nsubjpass" for c in tok.children):
            predecessor = r.person(tok.head)   # "So too is Y, to be replaced as treasurer by X"
        successor = withp
    else:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None) or next(
            (c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i), None)   # a mis-parsed object
        if tok.lemma_.lower() == "substitute":
            obj, stop = substituted(tok, obj)
            if stop:
                return []
        if obj is None and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i \
                and not any(c.dep_ == "mark" for c in tok.children):
            obj = tok.head   # "the man he is replacing, Henry Joko-Smart": the noun the clause describes
        obj_e = r.person(obj) if obj is not None else None
        if obj_e is None and obj is not None:
            obj_e = _name_after_rank(r, obj)   # "replacing Lt. Gen John Milton": the parse's object is "Lt"
        appointee = r.appointee_of(tok)
        if appointee is not None and obj is not None and obj.pos_ == "PRON" and obj_e is appointee:
            # "nominate X to replace him": him is not X
            obj_e = r.state.antecedent(obj, exclude=appointee, also_exclude=r.clause_agent(tok.head))
        if withp is not None:  # "X replaced Y with Z" / "..., replacing him with Z"
            replaced_with = True
            successor, predecessor = withp, obj_e
            agent = r.clause_agent(tok)
        else:
            successor, predecessor = pronoun_appointee(r, tok) or r.clause_agent(tok), obj_e
            removed = head_removals(r, tok, sent, si, successor, obj, obj_e) if appointee is None else []
            if removed:
                return removed
            if successor is None and appointee is None and tok.dep_ in ("relcl", "acl") \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                noun = tok.head.head if tok.head.dep_ == "appos" else tok.head   # "named X, the former CEO, to succeed Y"
                successor = r.person(noun)
            if appointee is not None:
                # "appointed X as secretary, replacing Y" / "nominate X to replace him": X replaces Y
                agent = r.clause_agent(tok.head) if tok.head.pos_ == "VERB" else None
                successor = appointee
            elif successor is None and (named_as := _named_as_before(r, tok)) is not None:
                # "gets X as permanent secretary, replacing Y", "swore in X as minister, succeeding Y"
                # (a verb that is no trigger, or a parse that lost it): the one named "as" the post
                successor, position_as = named_as
            elif _appointing_head(tok):
                # "named a new police chief to replace Y", "announced the appointment of an interim commissioner
                # to replace Y": the one appointed (named by "the appointment of X", or unnamed), not the appointer
                successor = next((x for c in tok.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                                  for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                  for q in p.children if q.dep_ == "pobj" for x in [r.person(q)] if x is not None), None)
            elif appoints_an_object(tok):
                return []   # "D reinstalled X to her post ..., replacing Y": X (unknown here) replaces Y, not D
    if successor is None or predecessor is None or successor is predecessor \
            or successor.label != PERSON or predecessor.label != PERSON:
        return []
    if agent is successor or agent is predecessor:
        agent = None
    (position, span), date = position_of(r, tok), date_of(r, tok, sent)
    if position is None and appointee is not None:   # "named defense minister, replacing Y": Y's post
        position, span = position_of(r, tok.head)
    if position is None and position_as is not None:
        position, span = position_as
    out = [EventFact("APPOINTMENT", si, [successor], agent, date, position,
                     rule=f"verb:{tok.lemma_.lower()}", strength=0.8,
                     successor=successor, predecessor=predecessor, extra={"position_span": span})]
    if agent is not None and replaced_with:   # "Bolsonaro replaced X with Y": X was removed by Bolsonaro
        out.append(EventFact("DISMISSAL", si, [predecessor], agent, date, position,
                             rule=f"verb:{tok.lemma_.lower()}:removed", strength=0.75))
    return out


def head_removes(head, removed) -> bool:
    """A head of state or government who "replaced" a minister removed him; he did not take the
    minister's post ("President X replaced the finance minister Y", "Prime Minister X replaced Y")."""
    if head is None or removed is None or head is removed or head.label != PERSON or removed.label != PERSON:
        return False
    return _a_head(head) and bool(removed.titles) and not _a_head(removed)   # (the removed holds another post)


def _a_head(e) -> bool:
    """A head of state or government by one of its titles ("President", "Colombian President")."""
    return any(t.lower().endswith(REPLACING_HEADS) and not set(t.lower().split()) & NOT_HEADS for t in e.titles)


def head_removals(r, tok, sent, si, head, obj, obj_e) -> list[EventFact]:
    """"President X replaced senior officials such as Minister Y and Minister Z": each one
    named is removed by the head (no successor is named)."""
    if head is None or obj is None or hedged(tok):
        return []
    olds = [obj_e] if obj_e is not None else []
    if not olds and obj.pos_ == "NOUN":   # "officials such as Y and Z", "ministers including Y"
        for c in obj.children:
            if c.dep_ == "prep" and (c.lower_ == "including" or (c.lower_ == "as" and any(g.lower_ == "such" for g in c.children))):
                olds += [m.entity for t in c.subtree for m in [r.state.mention_at(t.i)]
                         if m is not None and m.label == PERSON and m.entity is not None and m.entity not in olds]
    if not olds and obj.tag_ == "CD" and head.label == PERSON and _a_head(head):
        # "President X replaced 10 of his 19 ministers": a group removed, its members named later
        noun, count = counted(obj)
        if count and noun is not None and noun.lemma_.lower() in gz.TITLE_WORDS:
            remember(r, "DISMISSAL", obj, head, si, f"verb:{tok.lemma_.lower()}:head-removed")
        return []
    if not olds or not all(head_removes(head, x) for x in olds):
        return []
    if obj_e is not None and succeeded(r, head, obj):
        return []   # "new President X is replacing Y", "X replaced Y, who resigned": X took Y's post
    date = date_of(r, tok, sent)
    return [EventFact("DISMISSAL", si, [x], head, date, None,
                      rule=f"verb:{tok.lemma_.lower()}:head-removed", strength=0.7) for x in olds]


REPLACING_HEADS = tuple(load("links")["replacing_heads"])   # data/links.json
NOT_HEADS = word_set("links", "not_replacing_head_words")

AS_WINDOW = 16   # tokens from the name to the participle: "X as new minister of A and B, succeeding Y"


def _named_as_before(r, tok):
    """"..., replacing Y" after "X as TITLE": (X, (the title, its token span)) when a person's name is
    followed by "as" and a title phrase that runs, with no other name and no verb, to the comma
    before the participle; else None."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.i - 2 < 0 or doc[tok.i - 1].text != ",":
        return None
    start = r.state.sents[r.state.current_si].start
    for k in range(tok.i - 2, max(start, tok.i - AS_WINDOW) - 1, -1):
        m = r.state.mention_at(k)
        if doc[k].pos_ in ("VERB", "AUX") or (m is not None and m.label == PERSON):
            return None
        if doc[k].lower_ == "as" and k - 1 >= start:
            m = r.state.mention_at(k - 1)
            if m is None or m.label != PERSON or m.entity is None or m.end != k or k + 1 > tok.i - 2:
                return None
            return m.entity, (doc[k + 1:tok.i - 1].text, (k + 1, tok.i - 1))
    return None


def _name_after_rank(r, tok) -> EntityBuild | None:
    """The person named right after a rank or honorific the parse took for a whole phrase
    ("replacing Lt. Gen John Milton": "Lt" is the object, the name hangs elsewhere)."""
    doc, k = tok.doc, tok.i
    while k < len(doc) and k - tok.i < 5:
        nxt = honorific_at(doc, k, len(doc))
        if nxt == k and (doc[k].text == "." or doc[k].lower_.rstrip(".") in gz.TITLE_WORDS):
            nxt = k + 1
        if nxt == k:
            break
        k = nxt
    m = r.state.mention_at(k) if k > tok.i and k < len(doc) else None
    return m.entity if m is not None and m.label == PERSON and m.start == k else None


def just_left(r):
    """The person who left a post (dismissed, resigned) in this sentence or the one before, if one."""
    si = r.state.current_si
    recent = {id(e): e for e, at in r.recent_left if si - 1 <= at <= si}
    return the_one(recent.values())


HELM_NOUNS = word_set("links", "helm_nouns")   # data/links.json
TAKEN_POSTS = word_set("links", "taken_post_nouns")   # "his place", "Y's spot", "the role"


def take_over(r, tok, sent, si) -> list[EventFact]:
    """"X takes over from Y", "nominated X to take his place": a replacement."""
    if hedged(tok, announced_ok=True):
        return []
    predecessor = owner = None
    helm = [x for x in tok.children if x.dep_ == "dobj" and x.lower_ in HELM_NOUNS]
    for c in list(tok.children) + [p for x in helm for p in x.children]:   # "taking the position from Y"
        if c.dep_ == "prep" and c.lower_ == "from" and (helm or any(x.lower_ == "over" for x in tok.children)):   # "took the helm from Y"
            p = next((x for x in c.children if x.dep_ == "pobj"), None)
            predecessor = r.person(p) if p is not None else None
        if c.dep_ == "dobj" and c.lower_ in TAKEN_POSTS:
            owner = next((x for x in c.children if x.dep_ == "poss"), None)
            predecessor = r.entity_at(owner, PERSON) if owner is not None else post_owner(r, c)   # "the place of Y"
    if predecessor is None and (passive := _post_taken_over(r, tok)) is not None:
        return passive_take_over(r, tok, sent, si, *passive)
    if predecessor is None and any(x.lower_ == "over" and x.dep_ == "prt" for x in tok.children) \
            and not any(c.dep_ == "dobj" for c in tok.children):
        predecessor = just_left(r)   # "X resigned ... His deputy, Y, will take over"
    if predecessor is None:
        return []
    successor = None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        successor = pronoun_appointee(r, tok) or r.person(subj)
    elif (named := _name_right_before(r, tok)) is not None:
        successor = named   # "Y resigned in May and X took his place": the parse hung X on "May"
        subj = tok   # (the verb has its subject: the governing clause names no appointee)
    elif tok.dep_ == "acl" and tok.tag_ == "VBG" and r.entity_at(tok.head, PERSON) is not None:
        successor = r.entity_at(tok.head, PERSON)   # "X, named on Friday, taking the post from Y"
        subj = tok
    elif tok.dep_ in ("xcomp", "advcl") and tok.head.i != tok.i:
        # "nominated Umerov ... to take his place": the one nominated takes it
        obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        successor = r.person(obj) if obj is not None else None
        if successor is None:   # "X is set to assume the role of foreign minister, taking over from Y"
            successor = r.clause_agent(tok.head) or _passive_subject(r, tok.head)
    if successor is predecessor and owner is not None and owner.pos_ == "PRON" and tok.dep_ in ("xcomp", "advcl") \
            and subj is None:
        # "nominated X, the head of the fund, to take his place": his is not X, nor the one nominating
        predecessor = r.state.antecedent(owner, exclude=successor, also_exclude=r.clause_agent(tok.head))
    elif successor is not None and owner is not None and owner.pos_ == "PRON" and owner.lower_ in ("his", "her") \
            and owner.head.lower_ == "place":
        # "Y was dismissed. X has taken his place": no one takes their own place (but "takes up his new
        # role" is his own); his is the one named before X (a possessive read as the clause's subject,
        # or the nearest name, may be X)
        predecessor = r.state.antecedent(owner, exclude=successor)
    if successor is None or predecessor is None or successor is predecessor or successor.label != PERSON \
            or predecessor.label != PERSON:
        return []
    position, span = position_of(r, tok)   # "take Y's office as finance minister"
    return [EventFact("APPOINTMENT", si, [successor], None, date_of(r, tok, sent), position,
                      rule="verb:take-over", strength=0.75, successor=successor, predecessor=predecessor,
                      extra={"no_event": tok.dep_ == "xcomp", "position_span": span})]


def _post_taken_over(r, tok):
    """"His position will be taken over by X": (X, the post's owner token) when the passive
    subject of "taken over" is a post noun with an owner and the by-phrase names a person."""
    post = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ in TAKEN_POSTS), None)
    owner = next((x for x in post.children if x.dep_ == "poss"), None) if post is not None else None
    by = next((p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if owner is None or by is None or not any(x.dep_ == "prt" and x.lower_ == "over" for x in tok.children):
        return None
    successor = r.person(by)
    return (successor, owner) if successor is not None and successor.label == PERSON else None


def passive_take_over(r, tok, sent, si, successor, owner) -> list[EventFact]:
    """The replacement "His position will be taken over by X" states: the owner is the predecessor
    ("His": the one person who left a post in this sentence or the one before, else no one)."""
    predecessor = just_left(r) if owner.pos_ == "PRON" else r.entity_at(owner, PERSON)
    if predecessor is None or predecessor is successor or predecessor.label != PERSON:
        return []
    return [EventFact("APPOINTMENT", si, [successor], None, date_of(r, tok, sent), None,
                      rule="verb:take-over:passive", strength=0.75, successor=successor, predecessor=predecessor)]


def _name_right_before(r, tok) -> EntityBuild | None:
    """"Y resigned in May and X took his place": a finite verb with no subject of its own, right
    after a person's name that follows "and" (the parse joined the name to the noun before "and"),
    has that name for its subject."""
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    m = r.state.mention_at(tok.i - 1)
    if m is None or m.label != PERSON or m.entity is None or m.end != tok.i or m.start == 0 \
            or tok.doc[m.start - 1].lower_ != "and":
        return None
    return m.entity


def _passive_subject(r, verb) -> EntityBuild | None:
    """The person subject of a passive verb over verb's clause chain ("X is set to assume ...",
    "X was named to head ..."), two steps up at most."""
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            e = r.person(subj)
            return e if e is not None and e.label == PERSON else None
        if v.dep_ not in ("xcomp", "advcl", "conj") or v.head.i == v.i:
            return None
        v = v.head
    return None


HANDED = word_set("links", "handed_nouns")


def hand_over(r, tok, sent, si) -> list[EventFact]:
    """"Y handed over power to X", "Y handed over to X", "Y made way for X": X replaces Y."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    way = tok.lemma_.lower() == "make" and obj is not None and obj.lower_ == "way"
    if not way and not any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) or hedged(tok, announced_ok=True):
        return []
    if obj is not None and obj.lemma_.lower() not in HANDED and not way:
        return []   # "handed over the documents to X"
    to = next((p for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == ("for" if way else "to")
               for p in c.children if p.dep_ == "pobj"), None)
    old = next((r.person(c) for c in tok.children if c.dep_ == "nsubj"), None)
    new = r.person(to) if to is not None else None
    if new is None or old is None or new is old or new.label != PERSON or old.label != PERSON:
        return []
    return [EventFact("APPOINTMENT", si, [new], None, date_of(r, tok, sent), None, rule="hand-over", strength=0.7,
                      successor=new, predecessor=old, extra={"no_event": True})]


def _by_on_the_post(r, tok) -> EntityBuild | None:
    """"Y has been replaced as finance minister by X", "Y will be replaced in the role by X": the
    by-phrase the parse hung on the post."""
    return next((r.person(p) for b in tok.subtree if b.lower_ == "by" and b.dep_ == "prep"
                 and b.head.dep_ == "pobj" and b.head.head.head.i == tok.i
                 and (b.head.head.lower_ == "as" or b.head.head.lower_ == "in" and b.head.lower_ in TAKEN_POSTS)
                 for p in b.children if p.dep_ == "pobj"), None)


def replace_surface(r, sent, si, found: list[EventFact]) -> list[EventFact]:
    """"Sisi replaces Tantawi" when the parse is broken: person, replace(s/d), person; and the
    replacement stated by a departure ("appointed following the departure of Y", after_departure)."""
    if any(f.predecessor is not None for f in found):
        return []
    implied = after_departure(r, sent, si, found) or after_departure_clause(r, sent, si) \
        or into_the_post_left(r, si, found)
    if implied:
        return implied
    if not any_of(sent, REPLACE_VERBS):
        return []
    doc = sent.doc
    for tok in sent:
        if tok.lemma_.lower() not in REPLACE_VERBS or tok.i - 1 < sent.start or tok.i + 1 >= sent.end:
            continue
        if any(doc[j].lower_ in ("was", "were", "been", "be", "by", "not") for j in range(max(sent.start, tok.i - 2), tok.i + 2)):
            continue
        k = tok.i - 1
        if doc[k].lower_ in ANNOUNCED and k - 1 >= sent.start:   # "Katz will replace Gallant"
            k -= 1
        if doc[k].text == "," and k - 3 >= sent.start and doc[k - 1].like_num and doc[k - 2].text == ",":
            k -= 3                                               # "Barnier, 73, replaces Attal"
        a, b = r.state.mention_at(k), r.state.mention_at(tok.i + 1)
        if a is None or b is None or a.label != PERSON or b.label != PERSON or a.entity is b.entity:
            continue
        if any(c.lower_ in HEDGES - ANNOUNCED for c in doc[max(sent.start, tok.i - 2):tok.i]) \
                or hedged(tok, announced_ok=True):   # "If approved, X will replace Y"
            continue
        if head_removes(a.entity, b.entity):   # "Prime Minister X replaced Y with ...": Y removed, X no successor
            return [EventFact("DISMISSAL", si, [b.entity], a.entity, date_of(r, tok, sent), None,
                              rule="surface:replace:head-removed", strength=0.7)]
        return [EventFact("APPOINTMENT", si, [a.entity], None, date_of(r, tok, sent), None,
                          rule="surface:replace", strength=0.7, successor=a.entity, predecessor=b.entity)]
    return []
