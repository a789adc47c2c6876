"""Posts stated by a verb of taking or holding office: "X was sworn in as governor of Y",
"X took over as army chief", "X became prime minister", "X was elected chairman of the
Front", "X, who had served as secretary of the council" (a past "served" is a former post);
"X, who worked for the agency" is a member of it (MEMBER_OF); "assumed the post of chief
justice", "kept his post as interior minister", "retained the defence portfolio".

The verbs are data (titles.json "post_verbs_as", "post_verbs_predicate"); an infinitive,
a negation or a modal ("is expected to become", "will not serve as") states no post.
"""
from __future__ import annotations

from dataclasses import replace

from graph.schema import PERSON

from .. import gazetteer as gz
from .. import doc_index
from .. import crown_titles
from .. import post_nominals
from ..doc_index import words
from ..lexicon import load
from ..mentions import Mention
from .appositions import title_phrase
from .facts import Position
from .held_posts import verb_body_after
from .joined_posts import joined_phrases, split_posts
from .parties import is_party
from .post_holders import APPOINTING, GOING_ON, post_holder
from .titles import (ARTICLES, OFFICE_NOUNS, has_head, headed, portfolio_ministry, stated, title_tokens,
                     without_leading)
from ..org_names import ministry_domain

_T = load("titles")
AS_VERBS = frozenset(w.lower() for w in _T.get("post_verbs_as", []))            # "served as", "sworn in as"
PREDICATE_VERBS = frozenset(w.lower() for w in _T.get("post_verbs_predicate", []))  # "became X", "elected X"
HEADS = frozenset(h.lower() for h in gz.HEADS_OF_STATE)
PAST_HELD = frozenset({"serve", "work"})   # "had served as": a post held before
WORK_VERBS = frozenset(w.lower() for w in _T.get("work_verbs", []))   # "worked for the agency": a member
OBJECT_VERBS = {k.lower(): v for k, v in _T.get("office_object_verbs", {}).items()}   # "assumed the post of X"
TO_OFFICE_VERBS = frozenset(w.lower() for w in _T.get("to_office_verbs", []))   # "moved to the post of X"
PREP_VERBS = {k.lower(): v for k, v in _T.get("office_prep_verbs", {}).items()}   # "tapped for the position of X"
JOIN_VERBS = frozenset(w.lower() for w in _T.get("join_verbs", []))   # "joined the party": a member
# a verb that needs a particle or an object to mean taking office ("took over as", "took office as")
NEEDS = {"take": ("over", "office", "charge", "oath"), "swear": ("in",), "step": ("in",), "assume": ("office", "charge", "duties")}
KNOWN = AS_VERBS | PREDICATE_VERBS | WORK_VERBS | JOIN_VERBS | TO_OFFICE_VERBS | OBJECT_VERBS.keys() | PREP_VERBS.keys()


CERTAIN_FUTURE = frozenset({"will", "'ll", "shall"})
LEAVE_BODY_VERBS = frozenset({"resign", "quit", "step"})   # "resigned from the Senate", "stepped down from the board"
LEGISLATURE_WORDS = frozenset(load("names")["legislatures"]) | {"assembly", "house", "council", "cabinet"}   # "will continue to serve as": the post goes on


# the office nouns as written, plural too ("take up the dual roles of A and B"): the guard reads words, not lemmas
OFFICE_WORDS = OFFICE_NOUNS | frozenset(w + "s" for w in OFFICE_NOUNS)


def announced(verb) -> bool:
    """A post announced for the future with certainty, or one that goes on: "X will assume the
    post of health minister" (a reshuffle's list), "X will continue to serve as defence
    minister", "X continues to serve as ..."; not "would", "could", "may", a negation, an "if"
    or a verb under another ("is expected to continue")."""
    going_on = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in GOING_ON \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if going_on:
        verb = verb.head
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("to", "would", "could", "may", "might") for a in auxes) or verb.dep_ in ("ccomp", "xcomp", "advcl") \
            or any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"))
                   or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children))
                   for c in verb.children):
        return False   # ("If elected, X will serve as ...")
    return going_on or any(a in CERTAIN_FUTURE for a in auxes)


def _works_for(r, verb, si, mentions) -> list[Position]:
    """"X, who worked in NISA's cybersecurity department", "X works for the CIA": X is a member
    of the organisation (no post is named)."""
    person = post_holder(r, verb)
    if person is None:
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "at", "in"):
            continue
        om = next((x for x in (r.org_mention_at(mentions, t.i) for t in prep.subtree) if x), None)
        if om is not None and om.entity is not None:
            return [Position(person, "member", om.entity, si, "member:works-for", 0.65,
                             former=verb.tag_ == "VBD", relation="MEMBER_OF")]
    return []


def _joins(r, verb, si, mentions) -> list[Position]:
    """"X joined the New Patriotic Party in 2005": X is a member of it."""
    person = post_holder(r, verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if person is None or obj is None:
        return []
    held = r.state.mention_at(obj.i)
    if held is not None and held.label == PERSON:   # "X joined U.S. Attorney Y, Director of the Z's ...": joined Y
        return []
    om = next((x for x in (r.org_mention_at(mentions, t.i) for t in obj.subtree) if x), None)
    if om is None or om.entity is None:
        return []
    return [Position(person, "member", om.entity, si, "member:joined", 0.7, relation="MEMBER_OF")]


def _taken_as_stated(verb):
    """(round 24) "X has been appointed to take up the role of Y" (GOV.UK), "X finished in the
    post of A in order to take up the position of B" (PM Transcripts): an infinitive of taking an
    office is no hope or plan here but what a stated appointment gives, or a stated move's
    purpose. The verb that states it (its subject or passive subject is the holder), else None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in APPOINTING and stated(head):
        return head
    if verb.dep_ == "acl" and head.lower_ == "order" and head.head.lower_ == "in" \
            and head.head.head.pos_ in ("VERB", "AUX") and stated(head.head.head):
        return head.head.head
    return None


def _office_object(r, verb, si, mentions) -> list[Position]:
    """"assumed the post of chief justice", "kept his post as interior minister", "retained the
    defence portfolio", "left the post of governor" (former): an office noun as the object."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and (c.lemma_.lower() in OFFICE_NOUNS or c.lower_ in OFFICE_WORDS)), None)
    if obj is None:   # "was moved to the post of deputy minister", "rose to the position of chief"
        # (round 18) "was tapped for the position of X", "was rewarded with the post of X" (office_prep_verbs)
        preps = ("to", PREP_VERBS.get(verb.lemma_.lower()))
        obj = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
                    if p.dep_ == "pobj" and p.lemma_.lower() in OFFICE_NOUNS and p.lemma_.lower() != "ministry"), None)
    carrier = None
    if obj is None or not (stated(verb) or announced(verb) or (carrier := _taken_as_stated(verb)) is not None):
        return []
    before = _named_before(r, obj)
    holder_verb = carrier if carrier is not None else verb
    person = before or post_holder(r, holder_verb, holder_verb.lemma_.lower()) or _apposed_subject(r, holder_verb)
    if person is None:
        return []
    former = OBJECT_VERBS.get(verb.lemma_.lower()) == "former"
    m = Mention(PERSON, verb.i, verb.i + 1, verb.text, si, person)
    preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "as")] + \
        [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and before is None]
    for prep in preps:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        toks = title_tokens(list(pobj.doc[pobj.left_edge.i:pobj.right_edge.i + 1]))
        toks = crown_titles.without_style_tokens(without_leading(toks))
        # (round 24) "the dual roles of A of X and B of Y": each title opened by its own title word
        parts = joined_titles(toks) if obj.lower_ in OFFICE_WORDS - OFFICE_NOUNS else [toks]
        found = [p for part in parts for p in title_phrase(r, part, si, m, mentions, "office-object")]
        if found:
            return [replace(p, former=p.former or former) for p in found]
    if obj.lemma_.lower() == "charge":   # "was given additional charge of the finance ministry"
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            om = r.org_mention_at(mentions, pobj.i) if pobj is not None else None
            if om is not None and om.entity is not None and (ministry_domain(om.entity.name)[0]
                                                             or "Ministry" in om.entity.name.split()):
                return [Position(person, "minister", om.entity, si, "office-object:charge", 0.7, former)]
    # "retained the defence portfolio": the portfolio's ministry
    before = [t for t in obj.doc[obj.left_edge.i:obj.i] if t.dep_ not in ("det", "poss", "case")]
    dom = (gz.portfolio(" ".join(t.text for t in before)) if len(before) > 1 else None) or next(
        (gz.portfolio(c.text) for c in obj.children if c.dep_ in ("compound", "amod") and gz.portfolio(c.text)),
        None)   # "the Water and Sanitation portfolio": the whole phrase first, else one word of it
    if dom and obj.lemma_.lower() in ("portfolio", "ministry"):
        title = f"{dom} minister"
        om = r.org_mention_at(mentions, obj.i)   # "retained the Home Ministry": the ministry named
        org = om.entity if om is not None and om.entity is not None else r.org_for_title(title, r.state.country)
        if org is not None:
            r.add_title(person, title)
            return [Position(person, title, org, si, "office-object:portfolio", 0.7, former)]
    return []


def _named_before(r, obj):
    """"named A as interior minister and B to the trade portfolio": the person written right
    before the preposition of the office noun is the one it is given to (round 18); not an agent
    ("moved by Y to the post of ...")."""
    prep = obj.head
    if obj.dep_ != "pobj" or prep.i == 0 or prep.lower_ != "to":
        return None
    m = r.state.mention_at(prep.i - 1)
    if m is None or m.label != PERSON or m.entity is None:
        return None
    root = obj.doc[prep.i - 1]
    return m.entity if root.dep_ in ("conj", "dobj", "oprd", "appos") else None


def _apposed_subject(r, verb):
    """"Another ally, X, has been rewarded with the post of ...": the person in apposition to a
    subject that names no one (round 18)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for c in subj.children if subj is not None else ():
        m = r.state.mention_at(c.i) if c.dep_ == "appos" else None
        if m is not None and m.label == PERSON and m.entity is not None:
            return m.entity
    return None


def _moved_person(r, verb):
    """Who a verb of moving moves: its object ("transferred Minister X to ..."; the name inside
    the object phrase too), else its subject ("X was reassigned to ...", "X moves to ...")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative"):
            for t in c.subtree:
                m = r.state.mention_at(t.i)
                if m is not None and m.label == PERSON and m.entity is not None:
                    return m.entity
            return None   # "moved the office to ...": no one moved
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and verb.head.lemma_.lower() not in TO_OFFICE_VERBS | APPOINTING:
        return None   # "... when Lungu won elections and transferred to ...": whose move the parse does not say
    return post_holder(r, verb)


def _moved_to_ministry(r, verb, si, mentions) -> list[Position]:
    """"X has been reassigned to Works and Housing", "transferred X to the Ministry of Foreign
    Affairs", "X, who has been moved to the Defence Ministry": a ministry (or a portfolio) after
    "to" is the post the one moved now holds."""
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None or not stated(verb):   # (the cheaper test first)
        return []
    om = r.org_mention_at(mentions, pobj.i)
    if om is None or om.entity is None:
        return []
    name = om.entity.name
    dom = gz.portfolio(om.text, lenient=True)
    if not (ministry_domain(name)[0] or "Ministry" in name.split() or dom):
        return []
    person = _moved_person(r, verb)
    if person is None:
        return []
    org = om.entity if not dom or "Ministry" in name.split() else portfolio_ministry(r, dom, None)
    title = "minister" if any("minister" in t.lower() for t in person.titles) else "post"
    return [Position(person, title, org, si, "moved-to-ministry", 0.7)]


def _left_body(r, verb, si, mentions) -> list[Position]:
    """"X resigned from the Ministry of Trade", "X also resigned from the Senate",
    "X, who quit the party": the body left was X's (a former post; a seat in a legislature or a
    party is a membership)."""
    if not stated(verb):
        return []
    if verb.lemma_.lower() == "step" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return []
    frm = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if frm is None:
        for c in verb.children:   # "stepped down from the Senate": the particle's "from"
            if c.dep_ in ("prt", "advmod"):
                frm = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "from"), frm)
    pobj = next((c for c in frm.children if c.dep_ == "pobj"), None) if frm is not None else None
    om = r.org_mention_at(mentions, pobj.i) if pobj is not None else None
    if om is None or om.entity is None or om.end - 1 < pobj.i:
        return []   # ("resigned from his post at the bank": the post, read by _office_object)
    person = post_holder(r, verb, verb.lemma_.lower())
    if person is None:
        return []
    doc = verb.doc
    if doc[om.end - 1].lower_ in LEGISLATURE_WORDS or is_party(doc, om):
        return [Position(person, "member", om.entity, si, "left-body:member", 0.7, True, relation="MEMBER_OF")]
    if doc[om.end - 1].lower_ not in gz.ORG_HEADS and not ministry_domain(om.entity.name)[0]:
        return []   # only a named institution: not "resigned from Cabinet" (no body of its own), "from Reuters"
    title = next((t for t in person.titles if r.org_for_title(t, r.state.country or r.state.country_hint) is om.entity),
                 "official")
    return [Position(person, title, om.entity, si, "left-body", 0.65, True)]


def _removed_from_office(r, frm, si, mentions) -> list[Position]:
    """"dismissed X from the post of head of Y", "removed X from the position of director-general
    of Y", "excused from his position as finance minister", and the gapped list "..., B from the
    post of head of Z": the post named is the one X held (a former post)."""
    doc = frm.doc
    k = frm.i + 1
    if k < len(doc) and doc[k].lower_ in ("the", "his", "her", "their"):
        k += 1
    if k + 1 >= len(doc) or doc[k].lemma_.lower() not in OFFICE_NOUNS or doc[k + 1].lower_ not in ("of", "as"):
        return []
    person = None
    before = r.state.mention_at(frm.i - 1) if frm.i > 0 else None
    if before is not None and before.label == PERSON and before.entity is not None:
        person = before.entity   # "removed Professor X from ...", "..., B from the post of ..."
    elif frm.head.pos_ in ("VERB", "AUX") and stated(frm.head):
        person = _moved_person(r, frm.head)   # "X was dismissed from the post of ..."
    if person is None:
        return []
    end = k + 2
    while end < len(doc) and doc[end].text not in (",", ";", ".", "(") and doc[end].lower_ not in ("and", "after", "over", "for", "on", "in", "with") \
            and r.state.mention_at(end) is None or (end < len(doc) and r.state.mention_at(end) is not None
                                                   and r.state.mention_at(end).label != PERSON):
        end += 1
    toks = title_tokens(list(doc[k + 2:end]))
    toks = without_leading(toks)
    if not toks:
        return []
    m = Mention(PERSON, frm.i, frm.i + 1, frm.text, si, person)
    return [replace(p, former=True) for p in title_phrase(r, toks, si, m, mentions, "removed-from-office")
            if p.relation == "HOLDS_POSITION"]


POSSESSED_OFFICES = frozenset({"position", "post", "role", "capacity", "job", "office", "duties", "responsibility",
                               "tenure", "term", "stint"})   # "during his tenure as governor of Moquegua"
REMOVED_DUTIES = frozenset({"duty"})   # "relieved X of his duties as T"; not "betrayed his duty as T" (whose?)
_ACTED_ON = KNOWN | POSSESSED_OFFICES | REMOVED_DUTIES | {"from"}   # every word post_verbs() looks for
_TOKEN_WORDS = KNOWN | POSSESSED_OFFICES | REMOVED_DUTIES | LEAVE_BODY_VERBS   # a token's lemma some test of post_verbs() needs


def _ed_forms(words) -> frozenset:
    """The words w with w.endswith("ed") and (w[:-2] in words or w[:-1] in words): each word
    with "ed" after it, and each word ending in "e" with "d" after it."""
    return frozenset({w + "ed" for w in words} | {w + "d" for w in words if w.endswith("e")})


_ACTED_ON_ED = _ed_forms(_ACTED_ON)   # ("reappointed", which the model may lemmatise "reappointe")
_KNOWN_ED = _ed_forms(KNOWN)


def _removed_holder(r, tok) -> tuple[bool, object]:
    """"relieved X of his post as T", "dismissed X from his position as T": an office noun after
    "of"/"from" of a verb with an object is that object's (a "his" there is not the subject's,
    the one who removes). (True, X's entity, or None when the object is no person we know);
    (False, None) when the office noun is not in such a phrase."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "from"):
        return False, None
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        verb = head
    else:   # the parse may hang the phrase on the object: "relieved [X of his duties]"
        obj, verb = (head, head.head) if head.dep_ == "dobj" else (None, None)
    if obj is None or verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False, None
    m = r.state.mention_at(obj.i)
    if m is not None and m.label == PERSON and m.entity is not None:
        return True, m.entity
    if obj.lower_ in ("him", "her"):   # "fired him from his post as T": whom the pronoun names, not the subject
        subj = next((r.state.mention_at(c.i) for c in verb.children if c.dep_ == "nsubj"), None)
        return True, r.state.antecedent(obj, exclude=subj.entity if subj is not None else None)
    return True, None


def _possessed_office(r, tok, si, mentions) -> list[Position]:
    """"using his official position as Comptroller General of Ecuador", "in her role as chair of
    the board": the possessor of an office noun holds the post its "as" names."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_ is None and tok.dep_ == "dobj":   # "used his role as chairman": the parse may hang "as" on the verb
        as_ = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == tok.i + 1), None)
    pobj = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    if poss is None or pobj is None or (tok.head.pos_ in ("VERB", "AUX") and not stated(tok.head)):
        return []
    m = r.state.mention_at(poss.i)
    root = tok.sent.root
    removal, removed = _removed_holder(r, tok)
    former = False
    if removal:   # "relieved X of his post as T": the post is X's, not the remover's
        if removed is None or poss.lower_ not in ("his", "her"):
            return []
        person, former = removed, True
    elif m is not None and m.label == PERSON and m.entity is not None:
        person = m.entity   # "Polit's position as ..."
    elif poss.lower_ in ("his", "her") and tok.i < root.i:
        # "In his official capacity as Director of the UBK, Mijalkov was ...": the subject that follows
        subj = next((r.state.mention_at(c.i) for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        person = subj.entity if subj is not None and subj.label == PERSON and subj.start > tok.i else None
    elif poss.lower_ in ("his", "her"):
        person = r.state.antecedent(poss, prefer_subject=True)
    else:
        return []
    if person is None:
        return []
    toks = title_tokens(list(tok.doc[pobj.left_edge.i:pobj.right_edge.i + 1]))
    toks = without_leading(toks)
    if not headed(toks):
        return []
    if " ".join(t.lower_ for t in toks) in HEADS and not any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in toks):
        return []   # "in his capacity as prime minister": whose prime minister the phrase does not say
    me = Mention(PERSON, poss.i, poss.i + 1, poss.text, si, person)
    former = former or any(c.lower_ in ("former", "previous") for c in tok.children)
    return [replace(p, former=p.former or former, strength=min(p.strength, 0.7))
            for p in title_phrase(r, toks, si, me, mentions, "possessed-office")]


def _may_state_post(sent) -> bool:
    """Some token of the sentence is a word post_verbs acts on (also as the model's "reappointe" of
    "reappointed"); else the walk finds nothing."""
    found = words(sent)
    return not found.isdisjoint(_ACTED_ON) or not found.isdisjoint(_ACTED_ON_ED)


def joined_titles(toks) -> list[list]:
    """"served as Minister of Defense and Minister of Interior": two posts joined by "and", each
    opened by its own title word (round 10); not "Minister of Trade and Industry" (one post)."""
    for k, t in enumerate(toks):
        if t.lower_ != "and" or k == 0:
            continue
        rest = toks[k + 1:]
        while rest and rest[0].lower_ in ("the", "a", "an", "also", "later", "then"):
            rest = rest[1:]
        if rest and rest[0].text[:1].isupper() == toks[0].text[:1].isupper() and rest[0].lower_ in gz.TITLE_HEADS \
                and has_head([x.text for x in toks[:min(k, 3)]]):
            return [toks[:k]] + joined_titles(rest)
    return [toks]


def _own_title(r, toks, named: list[int], person) -> list:
    """The words of a title phrase that are person's: those after the last name before the title;
    in "appointing A Acting Governor of X and B Acting Governor of Y" (round 10), A's are those
    between A's name and B's, not B's after it."""
    if not named:
        return toks
    mine = [i for i in named if r.state.mention_at(i).entity is person]
    others = [i for i in named if r.state.mention_at(i).entity is not person]
    if mine and others and max(mine) < min(others):
        cut = [t for t in toks if max(mine) < t.i < min(others)]
        while cut and cut[-1].lower_ in ("and", ",", "while", "with"):
            cut = cut[:-1]
        return cut
    return [t for t in toks if t.i > max(named)]


def post_verbs(r, sent, si, mentions) -> list[Position]:
    out = []
    if not _may_state_post(sent):
        return out
    found = words(sent)
    office = not found.isdisjoint(OFFICE_WORDS)   # (_office_object needs an office noun)
    to = "to" in found   # (_moved_to_ministry needs a "to")
    doc = sent.doc
    lemmas, lowers = doc_index.lemmas(doc), doc_index.lowers(doc)   # (lemmas lower-cased: lemma_.lower())
    for i in range(sent.start, sent.end):
        lemma, lower = lemmas[i], lowers[i]
        if lemma not in _TOKEN_WORDS and lower != "from" and lower not in _KNOWN_ED:
            continue   # (no test below can pass: each needs one of these words)
        tok = doc[i]
        if tok.pos_ == "NOUN" and (lemma in POSSESSED_OFFICES or lemma in REMOVED_DUTIES and _removed_holder(r, tok)[0]):
            out += _possessed_office(r, tok, si, mentions)
        if lemma not in KNOWN and lower.endswith("ed"):   # the model's "reappointe" for "reappointed"
            lemma = next((x for x in (lower[:-2], lower[:-1]) if x in KNOWN), lemma)
        if office and (lemma in OBJECT_VERBS or lemma in TO_OFFICE_VERBS or lemma in PREP_VERBS):
            out += _office_object(r, tok, si, mentions)
        if to and lemma in TO_OFFICE_VERBS and tok.pos_ == "VERB":
            out += _moved_to_ministry(r, tok, si, mentions)
        if lower == "from":
            out += _removed_from_office(r, tok, si, mentions)
        if lemma in LEAVE_BODY_VERBS and tok.pos_ == "VERB":
            out += _left_body(r, tok, si, mentions)
        if lemma not in AS_VERBS and lemma not in PREDICATE_VERBS and lemma not in WORK_VERBS and lemma not in JOIN_VERBS:
            continue
        if lemma in NEEDS and not any(c.lower_ in NEEDS[lemma] for c in tok.children
                                      if c.dep_ in ("prt", "dobj", "advmod", "prep")):
            continue
        if not (stated(tok) or announced(tok)):
            continue
        title_tok = None
        if lemma in AS_VERBS:
            as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None) or next(
                (p for c in tok.children if c.dep_ == "dobj" and (c.lower_ in ("charge", "office", "duties", "oath")
                                                                 or post_nominals.name_before_letters(c) is not None)
                 for p in c.children if p.dep_ == "prep" and p.lower_ == "as"), None)
            # ("assumed charge as X"; (round 24) "appoint Mr X PSM as Y": the parser hangs "as" on the letters)
            title_tok = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
        if title_tok is None and lemma in PREDICATE_VERBS:
            title_tok = next((c for c in tok.children if c.dep_ in ("attr", "oprd", "dobj")
                              and c.pos_ in ("NOUN", "PROPN")), None)
        if lemma in JOIN_VERBS:
            out += _joins(r, tok, si, mentions)
        if title_tok is None and lemma in WORK_VERBS:
            out += _works_for(r, tok, si, mentions)
            continue
        if title_tok is None or not (title_tok.lower_ in gz.TITLE_HEADS or has_head([title_tok.text])):
            continue
        person = post_holder(r, tok, lemma)
        if person is None:
            continue
        whole = list(sent.doc[title_tok.left_edge.i:title_tok.right_edge.i + 1])
        if lemma in PAST_HELD:   # "served as chief of staff at the Ministry of Defence": the body hangs on the verb
            whole += verb_body_after(r, tok, whole, mentions)
        styled = whole[0].i + crown_titles.style_length(whole)   # ("as Her Majesty's Inspector of ...": no holder named)
        named = [t.i for t in whole if styled <= t.i < title_tok.i and r.state.mention_at(t.i) is not None
                 and r.state.mention_at(t.i).label == PERSON]
        holders = [(person, _own_title(r, whole, named, person))]   # "appointed X head of Y": the title after X
        last = r.state.mention_at(max(named)).entity if named else None
        if lemma in APPOINTING and last is not None and last is not person:
            # "appointing A Governor of X and B Governor of Y": the title after B is B's
            holders.append((last, [t for t in whole if t.i > max(named)]))
        for holder, toks in holders:
            out += _took_post(r, tok, lemma, holder, toks, si, mentions)
    return out


def _took_post(r, tok, lemma, person, toks, si, mentions) -> list[Position]:
    """The posts of one holder from the title words a post verb gave them."""
    toks = without_leading(toks, ARTICLES + ("its", "their", "new", "next"))
    toks = title_tokens(toks)
    if " ".join(t.lower_ for t in toks) in HEADS and not any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in toks):
        return []   # "since Obama became president": whose president the clause does not say
    m = Mention(PERSON, tok.i, tok.i + 1, tok.text, si, person)
    former = lemma in PAST_HELD and tok.tag_ in ("VBD", "VBN")
    rule = "served-as" if lemma in PAST_HELD else "took-post"
    out = []
    for p in [p for part in joined_titles(toks) for p in joined_phrases(r, split_posts(r, part, mentions), si, m, mentions, rule)]:
        p.former = p.former or former
        p.strength = min(p.strength, 0.75)
        out.append(p)
    return out
