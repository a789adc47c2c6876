"""A country's parliament written in lower case: "South Africa's parliament has elected ...",
"officers entered the Moldovan parliament", "the vote ... took place in parliament".

The small model tags "Parliament" when it is capitalised and never "parliament"; yet the
lower-case word is how most stories name the legislature that elects, votes out or is
entered by an official (round 8). Each such word is a mention of the parliament of the
country written just before it (its adjective, or its name with "'s"), else of the article's
country: org_names.org_identity makes "Moldovan Parliament" or "Parliament" the national body
of that country, and org_names.ministry_aliases gives it "Parliament of Moldova".
Not a mention: "parliament" inside a name the model read, after "European", leading a
compound noun that is no post ("parliament building", "parliament elections"), after "in"
("the largest bloc in parliament": where, not who) or in "members of parliament" (a kind of
post, said of any country's deputies).
"""
from __future__ import annotations

from . import doc_index
from . import gazetteer as gz

WORDS = frozenset({"parliament"})
POSSESSIVES = ("'s", "’s", "'", "’")
GLUE = ("-", "/", "_")   # what joins the words of a link or a compound
# nouns after "parliament" that make it a thing's name, not the body ("parliament building")
THING_NOUNS = frozenset({"building", "buildings", "elections", "election", "seat", "seats", "session", "sessions",
                         "vote", "votes", "poll", "polls", "grounds", "complex", "chamber", "hall", "debate"})


def _country_before(doc, i: int) -> str | None:
    """The country written just before token i: "Moldovan", "South Africa's", "the Kenyan"."""
    j = i - 1
    if j >= 0 and doc[j].text in POSSESSIVES:
        j -= 1
    for k in (3, 2, 1):   # "South Africa", "Papua New Guinea"
        if j - k + 1 >= 0:
            words = doc[j - k + 1:j + 1]
            if all(t.text[:1].isupper() for t in words):
                country = gz.country_of(words.text)
                if country:
                    return country
    return None


def mentions(sents, found, make):
    """Mentions (make(start, end, text, sent_index)) of the lower-case "parliament" words the
    model and the other repairs left untagged."""
    taken = {(m.sent_index, i) for m in found for i in range(m.start, m.end)}
    out = []
    for si, sent in enumerate(sents):
        doc = sent.doc
        texts = doc_index.texts(doc)   # (token texts by index: a Token is built only for a parliament word)
        if WORDS.isdisjoint(texts[sent.start:sent.end]):
            continue   # (no parliament word in the sentence: one set test, not a walk)
        for i in range(sent.start, sent.end):
            if texts[i] not in WORDS:
                continue
            t = doc[i]
            if (si, t.i) in taken or t.ent_type_:
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and nxt.is_lower and nxt.lower_ in THING_NOUNS:
                continue
            if (t.i > 0 and doc[t.i - 1].text in GLUE and not doc[t.i - 1].whitespace_) or (
                    nxt is not None and nxt.text in GLUE and not t.whitespace_):
                continue   # ".../ukraine-parliament-approves-new-pm": a word of a link or a compound
            prev = doc[t.i - 1] if t.i > 0 else None
            if prev is not None and (prev.lower_ == "in" or (
                    prev.lower_ == "of" and t.i > 1 and doc[t.i - 2].lower_ in ("member", "members"))):
                continue   # "the largest bloc in parliament", "members of parliament": where, or a kind of post
            if t.i > 0 and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].lower_ not in ("the",) \
                    and _country_before(doc, t.i) is None and doc[t.i - 1].text not in POSSESSIVES:
                continue   # "European parliament", "the Scottish parliament": not a country's
            country = _country_before(doc, t.i)
            text = f"{gz.adjective_of(country)} Parliament" if country else "Parliament"
            out.append(make(t.i, t.i + 1, text, si))
    return out
