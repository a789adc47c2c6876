"""Names that belong to the page, not the story: photo credits, bylines and the outlets
that sign the page. clean.py drops whole furniture lines; these sit inside a story's
lines ("... Photo Credit: Juan Herrera/OAS, used under ...", "(AP Photo/Evan Vucci)",
"By Mark Johnson, VOA News", "WASHINGTON (AP) —", "Yonhap News Agency reported").

- a credit: a span holding a credit word ("Photo", "Credit", "Getty") or a slash between
  names ("Herrera/OAS");
- an outlet: a name of data/furniture.json's "outlets", or one ending in "News" or
  "News Agency"; kept only where a post is stated of it ("VOA director", "the BBC's editor");
- a byline: "By" and a name at the start of a short sentence;
- a reader's line: a name in a sentence the page writes to its reader ("turn off Adblock on
  X.com", "Dear reader, please upgrade ...", "Get X's Daily Edition by email ... Sign Up", "the
  Terms of Service"; data/furniture.json reader_cues), or a site named by its web address
  ("... on Dawn.com");
- a lone name: a line of the page that is only a name said nowhere else ("SM" of a size
  menu, "NEWSLETTER", "Menu Home", "Remember, OPM"), unless a title stands before it
  ("Justice Irene Mambilima": a line of a list of office holders).

A line of a list that pairs a person with a post ("Devolution – Wanjiru Kamau",
"• Dante Villareal – Secretary of Education") is story, not a menu or a headline.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer as gz
from .list_names import list_item
from .page_edges import signed   # "Jane X" / "Department Spokesperson": a signer's line
from .lexicon import load, word_set   # word lists: data/furniture.json
from . import doc_index

BYLINE_MAX_TOKENS = 14
LONE_MAX_TOKENS = 4
# word lists (data/furniture.json): credit words, outlets' names, outlet names' last words
CREDIT_WORDS = frozenset(load("furniture")["credit_words"])
OUTLETS = frozenset(load("furniture")["outlets"])
READER_CUES = tuple(load("furniture")["reader_cues"])
WEB_ADDRESS = re.compile(r"\w\.(?:com|org|net|info|co)(?:\.\w\w)?$", re.I)
OUTLET_TAIL_WORDS = frozenset(load("furniture")["outlet_tail_words"])


def credit(span) -> bool:
    """"Photo Credit", "AP Photo/Evan Vucci", "Juan Manuel Herrera/OAS", "Getty Images", and
    whatever follows "Photo:" or "Credit:" ("Photo: EPA-EFE")."""
    if _SLASHED.search(doc_index.text(span)):
        return True
    doc = span.doc
    texts, lowers = doc_index.texts(doc), doc_index.lowers(doc)   # (by index, read once per Doc)
    if span.start >= 2 and texts[span.start - 1] == ":" and lowers[span.start - 2] in CREDIT_WORDS:
        return True
    return any(texts[i][:1].isupper() and lowers[i] in CREDIT_WORDS for i in range(span.start, span.end))


_SLASHED = re.compile(r"\w/\w")


def outlet_name(text: str) -> bool:
    """An outlet's own name ("Reuters", "Xinhua News Agency"); with its dateline after it, see
    _outlet_and_dateline."""
    words = text.split()
    if text in OUTLETS:
        return True
    return len(words) >= 2 and (words[-1] in OUTLET_TAIL_WORDS or " ".join(words[-2:]) in ("News Agency", "News Network"))


def _post_of(span) -> bool:
    """A post is stated of the span: "VOA director", "the BBC's chief executive"."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in ("'s", "’s"):
        i += 1
    while i < len(doc) and i - span.end < 3 and doc[i].pos_ in ("ADJ", "NOUN", "PROPN"):
        if doc[i].lower_ in gz.TITLE_HEADS:
            return True
        i += 1
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in gz.TITLE_HEADS


OUTLET_NOUNS = word_set("furniture", "outlet_nouns")


def _called_outlet(span) -> bool:
    """"the official news agency MENA", "the daily Le Monde": a name after a noun for an outlet, or
    before "news" and one ("the Ukrainska Pravda news outlet")."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    k = span.end + (span.end < len(doc) and doc[span.end].lower_ in ("news", "online"))
    if k < len(doc) and doc[k].is_lower and doc[k].lower_ in OUTLET_NOUNS and (
            k > span.end or doc[k].lower_ in ("newspaper", "daily", "weekly", "tabloid", "broadcaster")):
        return True   # "the Ukrainska Pravda news outlet", "the Star newspaper"
    return prev is not None and prev.is_lower and prev.lower_ in OUTLET_NOUNS and (
        prev.lower_ != "agency" or (span.start > 1 and doc[span.start - 2].lower_ in ("news", "press")))


def _reporting_outlet(span) -> bool:
    """"as reported by Detik", "..., The Nation reports.": the outlet a story cites for a fact, named
    as the one that reported it (a body that reports something is the subject of its own clause)."""
    doc = span.doc
    texts, low = doc_index.texts(doc), doc_index.lowers(doc)   # (by index, read once per Doc)
    if span.start >= 3 and low[span.start - 1] == "by" and low[span.start - 2] == "reported" \
            and low[span.start - 3] == "as":
        return True
    i = span.start - 1
    if i >= 0 and low[i] == "the":
        i -= 1   # ", The Nation reports."
    return span.end < len(doc) and low[span.end] in ("reports", "reported") and i >= 0 and texts[i] == "," \
        and (span.end + 1 >= len(doc) or doc[span.end + 1].is_punct)


def _outlet_and_dateline(text: str) -> bool:
    """"IANS Japan", "Agência Brasil Brasília": the outlet, then the place it files from."""
    return any(text[:k] in OUTLETS and (gz.is_place(text[k + 1:]) or gz.country_of(text[k + 1:]))
               for k, c in enumerate(text) if c == " ")   # (an outlet's name ends at a space: a set lookup each)


def outlet(span, text: str) -> bool:
    """The page's outlet (wire agency, broadcaster), not a party to the story (a post after the
    place of its dateline is the place's: "IANS Japan's Chief Cabinet Secretary")."""
    return _outlet_and_dateline(text) or ((outlet_name(text) or _called_outlet(span) or _reporting_outlet(span))
                                          and not _post_of(span))


DASHES = ("—", "–", "-", "--")
MONTHS = word_set("furniture", "months")


def dateline(span, sent=None) -> bool:
    """"CHARLOTTE N.C. (Reuters) -", "TRENTON, NJ—": the place a story was filed from, in
    capitals at the start of its first paragraph, before a dash or the agency in brackets."""
    sent, doc = span.sent if sent is None else sent, span.doc
    texts = doc_index.texts(doc)   # (token texts by index, read once per Doc)
    if span.end + 2 < len(doc) and texts[span.end] == "(" and texts[span.end + 1] in OUTLETS \
            and texts[span.end + 2] == ")":
        return True   # "by Staff Writers Kiev (AFP) April 12": the place a wire story was filed from
    if texts[sent.start] in ("(", "["):   # "(MENAFN) China ousted ...", "[LA PAZ] Bolivia on Tuesday ...":
        close = next((j for j in range(sent.start, min(sent.end, sent.start + 8))   # the source or the place in
                      if sent.doc[j].text in (")", "]")), None)                      # brackets before the story
        if close is not None and span.start > sent.start and span.end <= close + (doc[close].text == "]"):
            return True
    i = sent.start
    while i < sent.end and (texts[i] == "," or (
            any(c.isalpha() for c in texts[i]) and texts[i].replace(".", "").isupper())):
        i += 1
    caps_end = i
    while i < sent.end and i - caps_end < 4 and caps_end > sent.start and (
            doc[i].like_num or texts[i].rstrip(".").lower() in MONTHS or texts[i] == ","):
        i += 1   # "KUWAIT, Nov 18 (KUNA) —": the date after the place
    if i == sent.start or i >= sent.end:
        return False
    t = sent.doc[i].text
    if span.end <= i:
        return t == "(" or t.startswith(DASHES)
    if t == "(":   # "MEXICO CITY (UrduPoint News / Sputnik - 14th January, 2023)": the bracket's sources
        close = next((j for j in range(i, min(sent.end, i + 25)) if sent.doc[j].text == ")"), None)
        return close is not None and span.end <= close
    return False


CREDIT_VERBS = word_set("furniture", "credit_verbs")


def byline(span, sent=None) -> bool:
    """"By Mark Johnson", "By Marcelo Brandão reports from ...": the person who wrote the page;
    "(Reporting by Gustavo Palencia; Editing by Aurora Ellis)": those who wrote and edited it."""
    doc = span.doc
    if span.start < 1 or doc[span.start - 1].lower_ != "by":
        return False
    sent = span.sent if sent is None else sent
    return (span.start - 1 == sent.start and len(sent) <= BYLINE_MAX_TOKENS) or (
        span.start >= 2 and doc[span.start - 2].lower_ in CREDIT_VERBS)


WRITER_NOUNS = word_set("furniture", "writer_nouns")


def author_bio(span, article_text: str, sent=None) -> bool:
    """"Isaac Kaledzi is an experienced and award winning journalist from Ghana": the line about
    the page's writer (a name that opens its sentence, is said to be a journalist, and is not
    named again)."""
    sent, doc = span.sent if sent is None else sent, span.doc
    if span.start != sent.start or span.end >= sent.end or doc[span.end].lemma_ != "be" \
            or article_text.count(span.text) != 1:
        return False
    return any(t.lower_ in WRITER_NOUNS for t in doc[span.end + 1:min(sent.end, span.end + 10)])


def lone_name(span, article_text: str, sent=None) -> bool:
    """The span is all its sentence says (a word or two may stand beside it), and the article
    does not name it again (a list's line excepted: "Tourism – Abdi Hassan Noor")."""
    sent = span.sent if sent is None else sent
    if len(sent) > LONE_MAX_TOKENS:
        return False   # (the cheap test first)
    others = [t for t in sent if t.is_alpha and not span.start <= t.i < span.end]
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text[:1].isupper() and (
            before.lower_ in gz.TITLE_WORDS or before.text.rstrip(".") in gz.PREFIXES):
        return False   # "2. Hon. Justice Irene Mambilima.": a numbered list of office holders, not a menu
    return len(sent) <= LONE_MAX_TOKENS and len(others) <= 1 and article_text.count(span.text) == 1 \
        and not list_item(span.doc) and not _signs(span, article_text)   # (asked last: they read whole lines)


def _signs(span, article_text: str) -> bool:
    """The name's line signs a statement: the next line is the signer's title ("Jane X" /
    "Department Spokesperson", page_edges.signed)."""
    lines = article_text.split("\n")
    k = next((k for k, line in enumerate(lines) if line.strip() == doc_index.text(span.sent).strip()), None)
    return k is not None and signed(lines, k)


def reader_line(span, sent=None) -> bool:
    """A name in a sentence the page writes to its reader, or ending in a web address ("turn off
    Adblock on Dawn.com", "Get The X's Daily Edition by email ... Sign Up")."""
    if "." in doc_index.text(span):   # (a web address has a dot: asked before the token walk)
        toks = [t for t in span if not t.is_punct]
        if toks and WEB_ADDRESS.search(toks[-1].text) and len(toks) > 1:
            return True
    return _reader_cue(doc_index.text(span.sent if sent is None else sent))


@lru_cache(maxsize=4096)   # (pure; asked once per name of the same sentence)
def _reader_cue(sentence: str) -> bool:
    sent = sentence.lower()
    return any(c in sent for c in READER_CUES)
