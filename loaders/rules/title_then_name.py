"""A post named in one sentence and its holder only in the next: "Georgia's interior minister
has resigned ... Bacho Akhalaia said he is resigning", "Noda has named a new finance minister.
Koriki Jojima replaces Jun Azumi", "..., the commission's spokesperson said. 'He is the
chairman,' said Vincent Moaga", and back: "X was sworn in as the new minister. ... The new
Interior Minister was a senior official". The link is made only where the two sentences say
the same kind of thing of the holder: both speak, the title is the story's subject and the
person the next sentence's, an appointment names a new holder whose name follows, or a removal
("fired the national police commissioner. Khehla Sitole's contract was terminated") the one
removed, whose name (or possessive) opens the next sentence's subject.
"""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from .. import gazetteer as gz
from ..doc_index import lowers, words
from ..lexicon import SPEECH_VERBS, load, word_set
from .facts import Position
from .titles import clean_title, has_head, national_body

# "nominate" too: "nominated X as the new minister" names the one a "new" title points back to
APPOINTING = frozenset(w.lower() for w in load("titles").get("appointing_verbs", [])) | {"nominate"}
# the verbs by which the one a "new" title points back to came to the post
CAME_TO_POST = APPOINTING | word_set("titles", "came_to_post_verbs")
HOLDER_DEPS = ("nsubj", "nsubjpass", "dobj")
# verbs by which someone removes the holder of a post ("fired the police commissioner")
REMOVING = word_set("triggers", "removing_verbs")   # data/triggers.json
BYLINE = word_set("triggers", "byline_verbs")   # "VOA correspondent X reports from Y": the reporter


def _np_post(r, t, si: int, mentions) -> tuple[str, object] | None:
    """The title and body of an unnamed holder ("Georgia's interior minister", "the commission's
    spokesperson", "a new finance minister")."""
    if t.tag_ in ("NNS", "NNPS") or any(m.label == PERSON and m.start <= k.i < m.end
                                        for k in t.subtree for m in mentions):
        return None   # a named holder is the apposition rules', a plural is many people
    if any(c.dep_ == "appos" for c in t.children):
        return None
    mods = [c for c in t.lefts if c.dep_ in ("compound", "amod") and c.lower_ not in ("new", "next", "former")]
    words = [c.text for c in mods] + [t.text]
    if not has_head(words):
        return None
    title, former, country = clean_title(words)
    if not title or former:
        return None
    poss = next((c for c in t.children if c.dep_ == "poss"), None)
    org = None
    if poss is not None:
        om = next((m for m in mentions if m.label == ORGANISATION and m.entity is not None
                   and m.start <= poss.i < m.end), None)
        if gz.country_of(poss.text):
            country = gz.country_of(poss.text)   # "Georgia's interior minister"
        elif om is not None:
            org = om.entity   # "the SAHRC's spokesperson"
        elif poss.is_lower:   # "the commission's spokesperson": the sentence's, else the article's one commission
            here = {m.entity.id: m.entity for m in mentions if m.label == ORGANISATION and m.entity is not None
                    and poss.lower_ in m.entity.name.lower().split()}
            org = (next(iter(here.values())) if len(here) == 1 else None) or r.state.org_by_head(poss.lower_) \
                or national_body(r, poss)
            if org is None:
                return None
        else:
            return None
    elif not any(c.dep_ == "det" for c in t.children):
        return None
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
        om = next((m for m in mentions if m.label == ORGANISATION and m.entity is not None
                   and any(m.start <= k.i < m.end for k in prep.subtree)), None)
        if om is not None and org is None:
            org = om.entity   # "a spokesman for the Interior Ministry"
    if org is None:
        org = r.org_for_title(title, country or r.state.country or r.state.country_hint, explicit=country)
    return (title, org) if org is not None else None


def _first_subject(sent, mentions, owner_too: bool = False):
    """The person who is the subject of the sentence's main verb (or of its speech verb);
    owner_too: or who owns the subject ("Khehla Sitole's contract was terminated")."""
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label != PERSON or m.entity is None:
            continue
        root = next((t for t in sent.doc[m.start:m.end] if not m.start <= t.head.i < m.end), None)
        if root is not None and root.dep_ in ("nsubj", "nsubjpass"):
            return m, root.head
        if owner_too and root is not None and root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass"):
            return m, root.head.head
    return None, None


def holder_titles(sent):
    """The title-head nouns that are a subject or an object in the sentence ("the police
    commissioner resigned", "fired the police commissioner"): where a post without a name stands."""
    doc, low = sent.doc, lowers(sent.doc)
    for i in range(sent.start, sent.end):
        if low[i] not in gz.TITLE_HEADS:   # (the title test first, on the Doc's strings: a Token only for a title word)
            continue
        t = doc[i]
        if t.dep_ in HOLDER_DEPS and t.pos_ == "NOUN":
            yield t


def title_then_name(r, sent, si: int, mentions) -> list[Position]:
    """The holder of a post the previous sentence named without a name (see module doc)."""
    if si == 0:
        return []
    prev = r.state.sents[si - 1]
    prev_ms = [m for m in r.state.mentions if m.sent_index == si - 1]
    m, verb = _first_subject(sent, mentions, owner_too=True)
    if m is None or any(x.entity is m.entity for x in prev_ms) or m.entity.id in r.posts or m.entity.titles:
        return []   # one who has a post or a title of their own is not the unnamed holder
    if verb.lemma_ in BYLINE:
        return []   # a reporter's byline names the reporter, not the holder
    owner = not any(t.dep_ in ("nsubj", "nsubjpass") and m.start <= t.i < m.end for t in sent)
    for t in holder_titles(prev):
        v = t.head
        speech = v.lemma_ in SPEECH_VERBS and verb.lemma_ in SPEECH_VERBS and t.dep_ == "nsubj"
        named = t.dep_ == "dobj" and v.lemma_ in APPOINTING and any(
            c.lower_ in ("new", "a", "an") for c in t.children) and verb.dep_ == "ROOT" and not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)   # not "could name a new mayor"
        topic = t.dep_ in ("nsubj", "nsubjpass") and v.dep_ == "ROOT" and verb.dep_ == "ROOT" and (
            t.dep_ == "nsubjpass" or v.lemma_ not in REMOVING) and not any(
            x.label == PERSON for x in prev_ms) and (verb.lemma_ in SPEECH_VERBS or verb.lemma_ == v.lemma_)
        # "Ramaphosa fired the national police commissioner. Khehla Sitole's contract was terminated"
        removed = t.dep_ == "dobj" and v.lemma_ in REMOVING and v.dep_ == "ROOT" and any(
            c.lower_ == "the" for c in t.children) and not any(x.label == PERSON and x.start > t.i for x in prev_ms)
        if owner and not removed:
            continue   # (the one owning the next subject only for a removal)
        if not (speech or named or topic or removed):
            continue
        found = _np_post(r, t, si - 1, prev_ms)
        if found is None:
            continue
        title, org = found
        r.add_title(m.entity, title)
        how = "named" if named else "speech" if speech else "topic" if topic else "removed"
        return [Position(m.entity, title, org, si, f"title-then-name:{how}", 0.6, removed)]
    return []


def new_title_back(r, sent, si: int, mentions) -> list[Position]:
    """"X was sworn in as the new minister. ... The new Interior Minister was a senior official":
    a "new" title as the subject names the person just appointed whose post had no body."""
    w = words(sent)
    if "new" not in w or "the" not in w:
        return []   # (the subject needs both)
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subj is None or subj.lower_ not in gz.TITLE_HEADS or not any(
            c.lower_ == "new" for c in subj.children) or not any(c.lower_ == "the" for c in subj.children):
        return []
    found = _np_post(r, subj, si, mentions)
    if found is None:
        return []
    for back in (1, 2):
        if si - back < 0:
            break
        before = r.state.sents[si - back]
        ms = [m for m in r.state.mentions if m.sent_index == si - back]
        m, verb = _first_subject(before, ms)
        if m is not None and verb.lemma_ in CAME_TO_POST:
            if m.entity.id in r.posts and r.posts[m.entity.id].org is not None:
                return []
            title, org = found
            r.add_title(m.entity, title)
            return [Position(m.entity, title, org, si, "new-title-back", 0.6)]
    return []
