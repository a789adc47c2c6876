"""An envoy's title with the country he is posted to, then the name, no comma between: "US
Ambassador to Peru X", "Former U.S. Ambassador to Russia X", "the British ambassador
to Ukraine X". The place after "to" is where the envoy serves, not the body he serves: the post
is held for the sending country written before the title ("US", "British", "Ghana's"), as for
"U.S. ambassador X" (title_orgs.COUNTRY_POSTS). Without a sending country nothing is read (the
story's country is often the host). ner_repair.place_then_name splits "Iraq X Y" when the model
reads the place and the name as one span."""
from __future__ import annotations

from .. import gazetteer as gz
from ..doc_index import words as sentence_words
from ..mentions import Mention
from .facts import Position
from .title_orgs import COUNTRY_POSTS
from .titles import clean_title

POST_ENDS = frozenset(p.lower().split()[-1] for p in COUNTRY_POSTS if p.split())   # "ambassador", "envoy": a post's last word
LEADING = ("former", "then", "outgoing", "incoming", "new", "acting", "deputy", "interim")


def _place_start(doc, end: int, start: int) -> int | None:
    """The start of the place (country or known place) that ends at doc[end], or None."""
    for n in (3, 2, 1):
        b = end - n + 1
        if b >= start and all(t.text[:1].isupper() for t in doc[b:end + 1]) \
                and (gz.country_of(doc[b:end + 1].text) or gz.is_place(doc[b:end + 1].text)):
            return b
    return None


def envoy_before(r, sent, si, m: Mention, mentions) -> list[Position]:
    """The post of "[SENDER] Ambassador|Envoy to PLACE NAME" for the person mention m."""
    w = sentence_words(sent)
    if "to" not in w or w.isdisjoint(POST_ENDS):
        return []   # (the title and its "to" come before the place)
    doc = sent.doc
    end = m.start - 1
    b = _place_start(doc, end, sent.start)
    if b is None:
        return []
    k = b - 1 - (b - 1 >= sent.start and doc[b - 1].lower_ == "the")
    if k - 1 < sent.start or doc[k].lower_ != "to":
        return []
    j = k - 1
    head = [doc[j].text]
    if j - 1 >= sent.start and f"{doc[j - 1].lower_} {doc[j].lower_}" in COUNTRY_POSTS:
        j -= 1   # "Special Envoy to ..."
        head.insert(0, doc[j].text)
    if " ".join(head).lower() not in COUNTRY_POSTS:
        return []
    sender, words, i = None, [], j - 1
    while i >= sent.start and (doc[i].lower_ in LEADING or gz.country_of(doc[i].text)
                               or doc[i].text in ("'s", "’s")):
        if gz.country_of(doc[i].text) and sender is None:
            sender = gz.country_of(doc[i].text)   # "US", "British", "Ghana('s)"
        if doc[i].lower_ in LEADING:
            words.insert(0, doc[i].text)
        i -= 1
    if sender is None and i - 1 >= sent.start and gz.country_of(doc[i - 1:i + 1].text):
        sender = gz.country_of(doc[i - 1:i + 1].text)   # "United States Ambassador to ..."
        i -= 2
    if i >= sent.start and doc[i].lower_ in LEADING:
        words.insert(0, doc[i].text)   # "Former United States Ambassador to ..."
    if sender is None:
        return []
    title, former, _ = clean_title(words + head)
    if not title:
        return []
    title = f"{title} to {doc[b:end + 1].text}"
    r.add_title(m.entity, title)
    return [Position(m.entity, title, r.state.country_entity(sender), si, "envoy-to-place-before-name", 0.8, former)]
