"""A name a post is held in is a body's name, whatever the model reads it as elsewhere.

The small model often tags a one-word or foreign body's name as a person ("Chadema called for a
protest", "The leader of Jemaah Islamiyah, Hambali", "the newspaper Madagascar Matin"), or a
body's name opening with a given name as a person ("chair of Nelson Marlborough DHB"). The name
is then filed as a person, and every post in that body is lost with it: the rules give posts
only in organisations. But the text itself says the name is a body's when it writes a post in
it:
  - "the leader of X", "chair of X", "the Publication Manager of the newspaper X": X is the
    object of "of" after a head-of-body title (data/names.json "body_post_heads": leader, chair,
    director, editor ...; not "aide", "adviser", "spokesman", which serve persons too), or in
    apposition to a kind of body ("newspaper", "party") that is;
  - "Chadema party chairman X", "the Ennahdha party": X stands before a lower-case kind of
    body ("party", "movement", "newspaper");
  - "Golkar was the party of former President Suharto": X is what "be" says is a kind of body.
`names(sents)` gives those names for the article (read once, before mentions are collected);
collect_mentions then files them as bodies wherever the model read a person, and does not
turn an organisation span of that name into a person.

A name with a given name in it ("Nelson Mandela") is a person's unless it ends in an acronym
("Nelson Marlborough DHB") or an institution word: "the leader of Jemaah Islamiyah" is a body,
"the widow of the leader of Hamas, Ahmed Yassin" keeps its person.
"""
from __future__ import annotations

from . import doc_index
from . import gazetteer as gz
from . import name_bounds
from .lexicon import load

BODY_POST_HEADS = frozenset(load("names")["body_post_heads"])
BODY_KINDS = name_bounds.BODY_KINDS
_TRIGGERS = BODY_POST_HEADS | BODY_KINDS


def _body_shaped(span) -> bool:
    """Capitalised words that may name a body: no given name first, unless the name ends in
    an acronym or an institution word; not a country or a place alone."""
    toks = [t for t in span if not t.is_punct and t.lower_ != "the"]
    if not toks or not all(t.text[:1].isupper() for t in toks) or len(toks) > 6:
        return False
    name = " ".join(t.text for t in toks)
    if gz.country_of(name) or gz.is_place(name):
        return False
    last = toks[-1]
    if toks[0].text in name_bounds.GIVEN_NAMES and not (
            len(toks) > 1 and ((last.is_upper and len(last) >= 2) or last.lower_ in gz.ORG_HEADS)):
        return False
    return True


def _post_of(span) -> bool:
    """The name is the object of "of" after a head-of-body title ("leader of X", "chair of the
    X"), or follows a kind of body that is ("Manager of the newspaper X"); nothing else stands
    between ("head of state Kurmanbek Bakiyev" names a person after the post's own words)."""
    doc, tok = span.doc, span.root
    start = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if tok.dep_ == "appos" and tok.head.lower_ in BODY_KINDS and tok.head.is_lower and tok.head.i == start - 1:
        tok = tok.head   # "the newspaper Madagascar Matin"
        start = tok.i - (tok.i > 0 and doc[tok.i - 1].lower_ == "the")
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.i == start - 1 \
        and tok.head.head.lower_ in BODY_POST_HEADS


def _before_kind(span) -> bool:
    """"Chadema party chairman", "the Ennahdha party": the name modifies a lower-case kind of body."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in BODY_KINDS \
        and span.root.dep_ == "compound" and span.root.head.i >= span.end


def _is_kind(span) -> bool:
    """"Golkar was the party of former President Suharto", "X is the main opposition party": the
    name is the subject of "be" whose complement is a kind of body."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lower_ in BODY_KINDS and c.is_lower for c in root.head.children)


def names(sents) -> set[str]:
    """The names (as written) the article gives a body's post in, or writes before a body's kind."""
    found = set()
    for sent in sents:
        if not (doc_index.words(sent) & _TRIGGERS):
            continue
        for ent in sent.ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART", "PRODUCT") or ent.root.pos_ == "ADJ":
                continue   # (not "the Maoist party", "Shi'ite group": a people's or a creed's word)
            if (_post_of(ent) or _before_kind(ent) or _is_kind(ent)) and _body_shaped(ent):
                found.add(" ".join(t.text for t in ent if not t.is_punct and t.lower_ != "the"))
    return found
