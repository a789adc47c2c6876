"""Appointments stated by a post as a predicate: "X became president in 2008", "Y will become
the Minister of Justice", "Z is to become his private secretary", "leaves the post to become a
deputy prime minister"; "the president made X finance minister" (`made_post`). News states a move into a post this way beside "appointed" and "named";
the post is the predicate noun, so it must be a post word (not "a lawyer", "the second
minister to quit", "a candidate to become ...").

Not an event: a hedge or a wish ("is expected to become", "could become", "wants to
become": rules/hedging.py), an infinitive hung on a noun ("a bid to become", "the first
woman to become"), an infinitive under any verb other than "be" or one of leaving a post.
"""
from __future__ import annotations

import re

from graph.schema import PERSON

from .first_person import quoted_speaker
from .. import gazetteer as gz
from ..lexicon import word_set
from .details import TRAILING_CLAUSE, date_of
from .facts import EventFact
from .hedging import hedged

# titles.json title words that name a trade or a form of address, not a post one is appointed to
NOT_POSTS = word_set("triggers", "become_not_posts")
# "leaves the post ... to become", "is to become": the infinitive under these is done or announced
LEAVING = word_set("triggers", "become_leaving_verbs")
# "leaves the post he held to become": the post noun a leaving verb governs
POST_NOUNS = word_set("triggers", "become_post_nouns")
# "the second minister to resign", "the latest official to become": a rank among many, not a post
RANKING = word_set("triggers", "become_ranking_words")


def _post_word(noun) -> bool:
    w = noun.lower_
    return (w in gz.TITLE_WORDS or noun.lemma_.lower() in gz.TITLE_WORDS) and w not in NOT_POSTS \
        and noun.lemma_.lower() not in NOT_POSTS


def _post_text(attr) -> str | None:
    text = attr.doc[attr.left_edge.i:attr.right_edge.i + 1].text.split(",")[0]
    text = re.sub(r"^(?:(?:the|a|an|new|his|her|its|their|our)\s+)+", "", text.strip(), flags=re.I)
    return TRAILING_CLAUSE.split(text)[0].strip() or attr.text


def _leaving_verb(tok):
    """The verb of leaving a post (or "be") an infinitive "to become" is said under: "is to
    become", "leaves the post (he held for years) to become"; None for any other verb."""
    h = tok
    for _ in range(3):
        if h.dep_ not in ("xcomp", "advcl", "acl", "relcl") or h.head.i == h.i:
            return None
        h = h.head
        if h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in LEAVING:
            return h
        if h.pos_ == "NOUN" and h.lemma_.lower() in POST_NOUNS and h.dep_ == "dobj" and h.head.lemma_.lower() in LEAVING:
            return h.head
    return None


def _subject_token(tok):
    """The token naming who becomes: the verb's own subject, or the subject of the verb it
    hangs on ("Z is to become", "X leaves the post to become", "after becoming president, X")."""
    own = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None:
        return own
    leaving = _leaving_verb(tok)
    if leaving is not None:
        return next((c for c in leaving.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep":   # "after becoming prime minister, X ..."
        tok, head = head, head.head
    if tok.dep_ in ("xcomp", "advcl", "conj", "prep") and head.i != tok.i:
        return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _numbered_office(t, attr) -> bool:
    """"became the 17th Chief Justice", "Australia's 30th prime minister": an ordinal written in
    figures that numbers the holders of the post, not a ranking among people ("the first woman")."""
    return t.text[:1].isdigit() and t.head.i == attr.i


def became(r, tok, sent, si) -> list[EventFact]:
    """tok is a form of "become": the APPOINTMENT of its subject to the post it names."""
    if tok.lemma_.lower() != "become" or tok.dep_ == "amod":
        return []
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if (infinitive or tok.dep_ == "acl") and _leaving_verb(tok) is None:
        return []   # "wants to become", "a bid to become", "expected to win a vote to become": not done
    if hedged(tok, announced_ok=True):
        return []
    attr = next((c for c in tok.children if c.dep_ in ("attr", "oprd") and c.pos_ in ("NOUN", "PROPN")), None)
    if attr is None or not _post_word(attr) or attr.tag_ in ("NNS", "NNPS"):
        return []
    if any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        return []   # "became the country's first sitting president to be detained"
    if any(t.is_lower and (t.lower_ in RANKING or (t.ent_type_ == "ORDINAL" and not _numbered_office(t, attr))
                           or t.tag_ == "JJS")
           for t in attr.subtree if t.i < attr.i) \
            or any(c.dep_ in ("relcl", "acl") and (c.tag_ == "VBN" or any(a.dep_ in ("aux", "auxpass") and a.lower_ == "to"
                                                                       for a in c.children)) for c in attr.children):
        return []   # "the second minister to be charged", "the first woman to become ..."
    subj = _subject_token(tok)
    if subj is None:
        return []
    if subj.lower_ in ("who", "that") and tok.dep_ == "relcl":
        subj = tok.head
    person = r.entity_at(subj, PERSON) if subj.pos_ == "PRON" else r.person(subj)
    if person is None or person.label != PERSON or r.entity_at(attr, PERSON) is not None:
        return []
    post = _post_text(attr)
    if post and post.lower() in gz.HEADS_OF_STATE:
        post = None   # "Obama became president": a head of state's country is not the story's; the posts reader decides
    return [EventFact("APPOINTMENT", si, [person], None, date_of(r, tok, sent), post, rule="verb:become",
                      strength=0.65)]


def made_post(r, tok, sent, si) -> list[EventFact]:
    """tok is "make": "the president made X finance minister", "I am making her an Associate
    Minister of Finance": the APPOINTMENT of the one made the post, by the maker."""
    if tok.lemma_.lower() != "make" or hedged(tok, announced_ok=True):
        return []
    for p in tok.children:
        if p.dep_ not in ("ccomp", "oprd", "xcomp", "dobj") or p.pos_ not in ("NOUN", "PROPN") or not _post_word(p) \
                or p.tag_ in ("NNS", "NNPS"):
            continue
        if any(t.is_lower and (t.lower_ in RANKING or t.tag_ == "JJS") for t in p.subtree if t.i < p.i):
            continue   # "made him the most powerful official"
        person = None
        subj = next((c for c in p.children if c.dep_ == "nsubj"), None)
        if subj is not None:   # "made Ali Musa the new head of ...", "making her an Associate Minister"
            person = r.entity_at(subj, PERSON) if subj.pos_ == "PRON" else r.person(subj)
        elif p.dep_ == "dobj":   # "made Ali Musa finance minister": the name the parse put inside the title
            m = r.state.mention_at(p.left_edge.i)
            person = m.entity if m is not None and m.label == PERSON and m.end <= p.i else None
        else:
            person = next((x for c in tok.children if c.dep_ == "dobj" for x in r.people(c)), None)
        passive = person is None and subj is None and p.dep_ in ("oprd", "dobj")
        if passive:   # "X was made the new Health Minister", "X has been made the Civil Aviation Minister"
            person = next((x for c in tok.children if c.dep_ == "nsubjpass" for x in r.people(c)), None)
        if person is None or person.label != PERSON:
            continue
        agent = r.agent_by(tok) if passive else \
            next((r.entity_at(c) if c.pos_ != "PRON" else quoted_speaker(r, c)   # '"I am making her ...," X said'
                  for c in tok.children if c.dep_ == "nsubj"), None)
        post = _post_text(p) if p.dep_ != "dobj" or subj is not None or passive else \
            p.doc[r.state.mention_at(p.left_edge.i).end:p.right_edge.i + 1].text
        return [EventFact("APPOINTMENT", si, [person], agent if agent is not person else None, date_of(r, tok, sent),
                          post, rule="verb:make-post", strength=0.6)]
    return []
