"""Further posts joined to a first "served as" post of the same holder (round 23).

Career lines and designation lists name several earlier posts of one person in one clause, and
the parser hangs the later ones anywhere (on a body's name, on a person's name, on the verb):

- "X had previously served as A of B, and as director of C": a second "as" after "and";
- "X served as minister of B under President Y and speaker of the House": a second title head
  after "and", with its own body (of / at / to / in a named body), after the first post's
  dependents;
- "X served as chief of staff at B and C": one title at two named bodies joined by "and";
- "X, former Minister of A; former Minister of B" (a designation list item): a second "former"
  post after a semicolon.
A second post that names no body of its own but a generic one followed by the body's name ("as
director of a non-profit organization, the C Centre") is at that named body.

The second post is the first one's holder's, and is former when the first is ("served",
"former"). Not when what follows "and" is no title head or names no body ("and spoke of the
crisis", "and president Y", "and the army"). The words are data: loaders/data/titles.json
"joined_as_posts".
"""
from __future__ import annotations

from dataclasses import replace

from graph.schema import ORGANISATION, PERSON

from .. import gazetteer as gz
from .. import doc_index
from ..doc_index import words
from ..lexicon import load
from ..mentions import Mention
from .appositions import title_phrase
from .facts import Position
from .post_holders import post_holder

_J = load("titles")["joined_as_posts"]
SERVE_VERBS = frozenset(_J["serve_verbs"])          # "served as", "worked as"
SPAN_NOUNS = frozenset(_J["span_nouns"])            # "periods as", "stints as", "a term as"
STOPS = frozenset(_J["stop_words"])                 # words that end a title phrase: "under", "until", "since"
BODY_PREPS = frozenset(_J["body_preps"])            # "of", "at", "to", "in", "with" before the post's body
GENERIC_BODIES = frozenset(_J["generic_bodies"])    # "a non-profit organization, the X": the body is named after it
SKIP = ("the", "a", "an", "also", "later", "then", "former", "ex", "previously", "as")


def _org_at(r, mentions, i):
    om = r.org_mention_at(mentions, i)
    return om if om is not None and om.entity is not None and om.label == ORGANISATION else None


def _holder(r, verb, lemma):
    """The post verb's holder; when the parser gave the verb no subject, a person named right
    before it ("Dukuly served as ...", read as an adverb), skipping auxiliaries and adverbs."""
    person = post_holder(r, verb, lemma)
    if person is not None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return person
    k = verb.i - 1
    while k >= verb.sent.start and (verb.doc[k].pos_ in ("AUX", "ADV") or verb.doc[k].lower_ in ("also", "had", "has")):
        k -= 1
    m = r.state.mention_at(k) if k >= verb.sent.start else None
    return m.entity if m is not None and m.label == PERSON and m.entity is not None and m.end == k + 1 else None


def _continues(r, nxt, mentions) -> bool:
    """After "and" inside a title phrase: more of one portfolio ("Sport and Tourism"), not a new
    post ("and speaker of ..."), a new "as", a person, or a second named body."""
    return nxt.is_alpha and nxt.lower_ not in gz.TITLE_HEADS and nxt.lower_ not in SKIP \
        and nxt.lower_ not in STOPS and r.state.mention_at(nxt.i) is None and _org_at(r, mentions, nxt.i) is None \
        and nxt.pos_ in ("NOUN", "PROPN", "ADJ")


def _phrase(r, doc, start: int, end: int, mentions) -> list:
    """The title phrase from start: words up to a stop word, punctuation or a verb; inside a
    named body every word is kept ("Centre for International Commercial Arbitration"); a body
    preposition is kept only when a named body follows it ("in the Interior Ministry")."""
    toks = []
    k = start
    while k < end:
        t = doc[k]
        om = _org_at(r, mentions, k)
        if om is not None:
            toks += list(doc[k:om.end])
            k = om.end
            continue
        if t.lower_ in BODY_PREPS and k + 1 < end:
            nxt = k + 1 + (doc[k + 1].lower_ == "the" and k + 2 < end)
            if t.lower_ not in ("of", "to") and _org_at(r, mentions, nxt) is None:
                break
            toks.append(t)
            k += 1
            continue
        if t.lower_ == "and" and toks and toks[-1].lower_ not in ("’s", "'s") and k + 1 < end \
                and _continues(r, doc[k + 1], mentions):
            toks.append(t)   # "minister of Sport and Tourism", "of post and telecommunications": one portfolio
            k += 1
            continue
        pm = r.state.mention_at(k)
        if (t.is_punct and t.text not in ("’s", "'s", "-")) or t.lower_ in STOPS or t.lower_ == "and" \
                or t.pos_ in ("VERB", "AUX") or t.like_num or (pm is not None and pm.label == PERSON):
            break
        toks.append(t)
        k += 1
    return toks


def _named_generic(r, doc, toks: list, end: int, mentions) -> list:
    """"director of a non-profit international organization, the Regional Cairo Centre": a
    phrase ending on a generic body word, then a comma and a named body: the post is there."""
    if not toks or toks[-1].lemma_.lower() not in GENERIC_BODIES or any(_org_at(r, mentions, t.i) for t in toks):
        return toks
    k = toks[-1].i + 1
    if k >= end or doc[k].text != ",":
        return toks
    k += 1 + (k + 1 < end and doc[k + 1].lower_ == "the")
    om = _org_at(r, mentions, k) if k < end else None
    of = next((t for t in toks if t.lower_ in ("of", "at")), None)
    if om is None or of is None:
        return toks
    return [t for t in toks if t.i <= of.i] + list(doc[om.start:om.end])


def _posts(r, toks, si, m, mentions, former) -> list[Position]:
    """The post of a title phrase that opens on a title head and names its body: a named body in
    it, or a portfolio after "of" / "for" ("minister of finance")."""
    if not toks:
        return []
    head = next((t for t in toks if t.lower_ not in SKIP), None)
    if head is None or head.lower_ not in gz.TITLE_HEADS:
        return []
    if not any(_org_at(r, mentions, t.i) for t in toks) and not any(t.lower_ in ("of", "for") for t in toks):
        return []   # ("and president Y", "as adviser"): no body of its own
    return [replace(p, strength=min(p.strength, 0.7), former=p.former or former)
            for p in title_phrase(r, toks, si, m, mentions, "joined-as") if p.org is not None]


def _after_first(r, doc, first_end: int, end: int, si, m, mentions, former) -> list[Position]:
    """The further posts after the first title phrase (which ends before first_end)."""
    out = []
    k = first_end
    while k < end:
        t = doc[k]
        if t.lower_ in ("and", ";") or (t.text == "," and k + 1 < end and doc[k + 1].lower_ == "and"):
            j = k + 1 + (t.text == ",")
            if t.lower_ == ";" and (j >= end or doc[j].lower_ not in ("former", "ex")):
                break   # ("; he later ..." : another clause)
            while j < end and doc[j].lower_ in ("the", "a", "an", "also", "later", "then", "previously"):
                j += 1
            if j < end and doc[j].lower_ == "as":
                j += 1
            toks = _named_generic(r, doc, _phrase(r, doc, j, end, mentions), end, mentions)
            found = _posts(r, toks, si, m, mentions, former)
            if found:
                out += found
                k = toks[-1].i + 1
                continue
        if t.lower_ == ";" or t.pos_ == "VERB":
            break
        k += 1
    return out


def _joined_bodies(r, doc, title_toks: list, end: int, si, m, mentions, former) -> list[Position]:
    """"as Chief Constable at A and B": the same title at the second named body."""
    last = _org_at(r, mentions, title_toks[-1].i) if title_toks else None
    k = title_toks[-1].i + 1 if title_toks else end
    if last is None or k + 1 >= end or doc[k].lower_ != "and":
        return []
    second = _org_at(r, mentions, k + 1 + (doc[k + 1].lower_ == "the"))
    if second is None or second.entity is last.entity or doc[second.end:second.end + 1].text.lower() in ("of", "for"):
        return []
    prep = next((t for t in reversed(title_toks) if t.i < last.start and t.lower_ in BODY_PREPS), None)
    if prep is None:
        return []
    toks = [t for t in title_toks if t.i <= prep.i] + list(doc[second.start:second.end])
    return _posts(r, toks, si, m, mentions, former)


def joined_as_posts(r, sent, si, mentions) -> list[Position]:
    out = []
    found = words(sent)
    if "as" not in found or found.isdisjoint(("and", ";")):
        return out   # (every post read here follows an "as" and a joining "and" or ";")
    doc = sent.doc
    lowers = doc_index.lowers(doc)
    for i in range(sent.start, sent.end):
        if lowers[i] != "as":
            continue   # (the per-Doc lower-cased words: a Token only for "as")
        as_ = doc[i]
        head = as_.head
        lemma = head.lemma_.lower()
        if lemma in SERVE_VERBS and head.pos_ in ("VERB", "AUX"):
            person = _holder(r, head, lemma)
            former = head.tag_ in ("VBD", "VBN")
        elif lemma in SPAN_NOUNS and head.dep_ == "pobj":
            verb = head.head.head   # "including periods as": the clause's verb
            person = post_holder(r, verb) if verb.pos_ in ("VERB", "AUX") else None
            former = True
        else:
            continue
        if person is None:
            continue
        first = _named_generic(r, doc, _phrase(r, doc, as_.i + 1, sent.end, mentions), sent.end, mentions)
        if not first or first[0].lower_ not in gz.TITLE_HEADS and not any(t.lower_ in gz.TITLE_HEADS for t in first[:4]):
            continue
        m = Mention(PERSON, head.i, head.i + 1, head.text, si, person)
        if lemma in SPAN_NOUNS:
            out += _posts(r, first, si, m, mentions, True)   # (the first post: no verb rule reads "periods as")
        out += _joined_bodies(r, doc, first, sent.end, si, m, mentions, former)
        out += _after_first(r, doc, first[-1].i + 1, sent.end, si, m, mentions, former)
    return out


def semicolon_posts(r, sent, si, mentions) -> list[Position]:
    """"X, former Minister of A; former Minister of B": the list item's second post."""
    out = []
    if ";" not in words(sent):
        return out
    doc = sent.doc
    for pm in (x for x in mentions if x.label == PERSON and x.entity is not None and x.sent_index == si):
        k = pm.end
        if k + 1 >= sent.end or doc[k].text != "," or doc[k + 1].lower_ not in ("former", "ex"):
            continue
        first = _phrase(r, doc, k + 2, sent.end, mentions)
        if not first or first[0].lower_ not in gz.TITLE_HEADS:
            continue
        m = Mention(PERSON, pm.start, pm.end, pm.text, si, pm.entity)
        after = first[-1].i + 1
        if after < sent.end and doc[after].text == ";":
            out += _after_first(r, doc, after, sent.end, si, m, mentions, True)
    return out
