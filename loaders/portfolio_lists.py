"""The items of a portfolio list, read as one name or as none.

A ministry's or a title's portfolio is often a list of subjects joined by commas and "and":
"Ministry of Women, Children and Gender", "Minister for Environment, Science, Technology and
Innovation", "the Roads and Highways Ministry". The small model reads the items apart
("Children", "Gender", "Technology and Innovation") or cuts the name at its first "and"
("Ministry of Zongos" | "Inner Cities"). Here, once the other repairs are done:
  - after a body's head and its "of" / "for" ("Ministry of", "Directorate of"), the list is
    the rest of the body's name;
  - after a title's head ("Minister for", "Executive Director of"), the list is one portfolio,
    whose body the title rules find; after a plural head ("Ministries of") it is several
    bodies' portfolios, none of which can be told apart, so no body at all;
  - before a body's head ("Roads and Highways Ministry"), the list is the start of its name.
An item is one to three capitalised words; the list ends at a lower-case word, a title, an
honorific, a person's name of two words or more, a country, a bracket or a verb. After a title's
list, a comma and a name of two to four words with no portfolio word ("Minister of Lands and
Mines, X B Y said") end it: that is the holder, read as a person.
"""
from __future__ import annotations

from spacy.tokens import Span

from . import doc_index
from . import gazetteer as gz
from .lexicon import word_set
from .furniture_names import OUTLETS
from . import name_bounds
from .name_bounds import portfolio_like
from .rules.titles import PORTFOLIO_WORDS

SEPARATORS = (",", "and", "&")
ITEM_MAX_WORDS = 3
# heads of bodies whose name goes on "of" / "for" a list of portfolios
BODY_HEADS = word_set("names", "portfolio_body_heads")   # data/names.json
# heads that name several bodies at once ("the Ministries of Information and Women, ...")
PLURAL_HEADS = word_set("names", "portfolio_plural_heads")   # data/names.json
# institution words that are also portfolios ("Public Service", "Local Government", "Home Affairs")
PORTFOLIO_HEADS = word_set("names", "portfolio_institution_words")   # data/names.json


def _head_before(doc, i: int) -> tuple[int, str] | None:
    """The head before the "of" / "for" at i and its kind ("body", "title"), or None:
    "Ministry of", "Minister for", "Minister-designate for"."""
    j = i - 1
    if j >= 2 and doc[j].lower_ == "designate" and doc[j - 1].text in ("-", "–"):
        j -= 2
    if j < 0 or not doc[j].text[:1].isupper():
        return None
    w = doc[j].lower_
    if w in BODY_HEADS:
        return j, "body"
    if w in PLURAL_HEADS or (w in gz.TITLE_HEADS and w not in gz.ORG_HEADS):
        return j, "title"
    return None


def _persons(ents) -> set[int]:
    """Tokens of person spans of two words or more: a name ends a list. A "person" whose last
    word is a plural in "-ies" and whose first is no given name is a portfolio the model misread
    ("Ministry of Zongos and Inner Cities")."""
    return {i for e in ents if e.label_ == "PERSON" and len(e) >= 2
            and not (e[-1].lower_.endswith("ies") and e[0].text not in name_bounds.GIVEN_NAMES)
            for i in range(e.start, e.end)}


def item_before(doc, i: int) -> tuple[str, int]:
    """The word that ends just before token i and the index of its first token, a hyphenated
    compound read whole ("Co" "-" "operatives" is "Co-operatives")."""
    k = i - 1
    if k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
        return doc[k - 2].text + "-" + doc[k].text, k - 2
    return doc[k].text, k


def joins_portfolio(doc, i: int) -> bool:
    """Token i ("and", "&", ",", ", and") joins two items of one portfolio, so a title read
    across it goes on: "forest and environment minister", "Co-operatives and Internal Trade
    Minister", "minister of state for youth and sport". A portfolio word on both sides, both
    capitalised or both in lower case (a title is written one way throughout)."""
    if doc[i].lower_ not in SEPARATORS or i < 1 or i + 1 >= len(doc):
        return False
    if doc[i].lower_ in ("and", "&") and doc[i - 1].text == "," and i >= 2:
        i -= 1   # "Water, Sanitation, and Environment": the "and" after a list's comma joins as the comma does
    before, _ = item_before(doc, i)
    k = i + 2 if doc[i].text == "," and doc[i + 1].lower_ in ("and", "&") and i + 2 < len(doc) else i + 1
    after = doc[k]
    return before.lower() in PORTFOLIO_WORDS and after.lower_ in PORTFOLIO_WORDS \
        and before[:1].isupper() == after.text[:1].isupper()


def portfolio_then_head(title: str) -> bool:
    """A title that is a portfolio of several parts, then its head: "Finance and Economic
    Development minister", "Roads and Highways Minister" (the head comes later than in a title
    of one portfolio word)."""
    words = title.split()
    k = next((n for n, w in enumerate(words) if w.lower() in gz.TITLE_HEADS), None)
    return k is not None and k >= 2 and gz.portfolio(" ".join(words[:k])) is not None \
        and any(w.lower() in ("and", "&") or w.endswith(",") for w in words[:k])


def _item_word(doc, k: int, persons: set[int]) -> bool:
    """A word of a portfolio: capitalised, no title, honorific, institution, outlet, country,
    given name or verb."""
    t = doc[k]
    return t.text[:1].isupper() and (t.is_alpha or "-" in t.text) and k not in persons \
        and t.lower_ not in gz.TITLE_WORDS and t.text.rstrip(".") not in gz.PREFIXES \
        and (t.lower_ not in gz.ORG_HEADS or t.lower_ in PORTFOLIO_HEADS) \
        and t.text not in OUTLETS and not gz.country_of(t.text) and t.text not in name_bounds.GIVEN_NAMES \
        and not (t.pos_ in ("VERB", "AUX") and not t.is_sent_start)


def _item_end(doc, k: int, persons: set[int]) -> int:
    """The end of the item of one to three capitalised words starting at k (k if none: more
    words than that are a name, not a portfolio)."""
    j = k
    while j < len(doc) and _item_word(doc, j, persons):
        j += 1
    return j if 0 < j - k <= ITEM_MAX_WORDS else k


def list_after(doc, i: int, persons: set[int]) -> tuple[int, int]:
    """The end of a list of at least two items starting at i and the start of its last item,
    or (i, i) when there is none."""
    end = last = _item_end(doc, i, persons)
    if end == i:
        return i, i
    items, joined = 1, False
    while end < len(doc) and doc[end].lower_ in SEPARATORS:
        k = end + 1
        if doc[end].text == "," and k < len(doc) and doc[k].lower_ in ("and", "&"):
            k += 1   # "Passports, and Immigration"
        nxt = _item_end(doc, k, persons)
        if nxt == k or (doc[k - 1].text == "," and holder_after(doc, end)):
            break   # ("Minister of Lands and Mines, X B Y said": the holder, no item)
        end, last, items, joined = nxt, k, items + 1, doc[k - 1].lower_ in ("and", "&")
    # ("Department of Transportation, Halbert administered": two items and no "and" are a name in apposition)
    return (end, last) if items >= 3 or (items == 2 and joined) else (i, i)


def holder_after(doc, comma: int) -> int:
    """The end of a holder's name right after the comma that ends a title's portfolio ("Minister
    of Lands and Mines, X B Y said", "Minister of Justice, X Y;"): two to
    four capitalised words with no portfolio word, then a lower-case word or a stop; else 0."""
    k = comma + 1
    while k < len(doc) and k - comma <= 4 and _cap_word(doc[k]) and not portfolio_like(doc[k]) \
            and doc[k].lower_ not in gz.ORG_HEADS and doc[k].text not in OUTLETS and not gz.country_of(doc[k].text):
        k += 1
    if not 2 <= k - comma - 1 <= 4 or doc[comma + 1].lower_ in gz.TITLE_WORDS:
        return 0
    return k if k == len(doc) or doc[k].is_lower or doc[k].text in (";", ".", ",") else 0


def _untagged_holders(doc, out: list[Span]) -> list[Span]:
    """"Minister of <Country> Lands, Water and Energy, X B Y has said ...": the model tagged the portfolio's pieces and not the holder after them. A
    name after the comma that ends a body the title "of" names, then a verb: the holder."""
    found = []
    for x in out:
        if x.label_ != "ORG" or x.end + 1 >= len(doc) or doc[x.end].text != ",":
            continue
        held = holder_after(doc, x.end)
        if not held or held >= len(doc) or doc[held].pos_ not in ("VERB", "AUX") \
                or any(y.start < held and y.end > x.end for y in out):
            continue
        k = x.start - 1   # the title's "of" before the portfolio (its pieces and their commas between)
        while k > 0 and (doc[k].text[:1].isupper() or doc[k].text == "," or doc[k].lower_ in ("and", "&")) \
                and doc[k].lower_ not in gz.TITLE_HEADS:
            k -= 1
        if doc[k].lower_ in ("of", "for") and k > 0 and doc[k - 1].lower_ in gz.TITLE_HEADS:
            found.append(Span(doc, x.end + 1, held, label="PERSON"))
    return found


def _cap_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.text.replace("-", "").replace(".", "").isalpha()


def list_before(doc, i: int, persons: set[int]) -> int:
    """The start of the items that stand before token i over "and" / commas ("Roads and" of
    "Roads and Highways Ministry"), or i. Each item holds a portfolio's word ("Roads"), so a
    person's surname ("Mnangagwa and Defence Ministry") is none."""
    start = i
    while start >= 2 and doc[start - 1].lower_ in SEPARATORS:
        k = j = start - 1
        while j > 0 and k - j < ITEM_MAX_WORDS and _item_word(doc, j - 1, persons) and doc[j - 1].ent_type_ != "PERSON":
            j -= 1
        if j == k or not any(portfolio_like(doc[x]) for x in range(j, k)) or (
                j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].lower_ not in ("the", "a", "an")):
            break   # no item, or the capitalised words go on (a name, not a portfolio)
        start = j
    return start


def _after_title(doc, start: int) -> bool:
    """The body's name is a title's complement ("the former Director of the Department for
    ..."), where the holder's name often follows the body's."""
    j = start - 1 - (start >= 1 and doc[start - 1].lower_ == "the")
    return j >= 1 and doc[j].lower_ in ("of", "for") and doc[j - 1].lower_ in gz.TITLE_HEADS


def _name_after_item(doc, last: int, end: int) -> bool:
    """The words after the first of a body's last item are a holder's name, not the item's rest:
    two words or more ("... and Counterintelligence Saso X"), or a given name. One more word
    ("Health and Aged Care", "Employment and Workplace Relations") ends the item."""
    rest = doc[last + 1:end]
    return len(rest) >= 2 or rest[0].text in name_bounds.GIVEN_NAMES or rest[0].ent_type_ == "PERSON"


def mend(doc, ents: list[Span]) -> list[Span]:
    persons = _persons(ents)
    out = list(ents)
    for i, w in enumerate(doc_index.lowers(doc)):
        if (w != "of" and w != "for") or i + 1 >= len(doc):
            continue
        head = _head_before(doc, i)
        if head is None:
            continue
        h, kind = head
        end, last = list_after(doc, i + 1, persons)
        if end == i + 1:
            continue
        if kind == "body":
            own = next((x for x in out if x.label_ == "ORG" and x.start <= h < x.end), None)
            start = own.start if own is not None else h
            if end - last > 1 and _after_title(doc, start) and _name_after_item(doc, last, end):
                end = last + 1   # "Director of the Department for Security and Counterintelligence Saso X": a name follows
            if own is not None and own.end >= end:
                continue   # the model read the whole name
            out = [x for x in out if x.end <= start or x.start >= end] + [Span(doc, start, end, label="ORG")]
        else:
            held = holder_after(doc, end) if end < len(doc) and doc[end].text == "," else 0
            if held:   # "Minister of Lands and Natural Resources, Anika B Thorne said": the holder is no part of a body
                out = [x for x in out if not (x.start < held and x.end > end)] + [Span(doc, end + 1, held, label="PERSON")]
            inside = [x for x in out if x.start > i and x.end <= end and (x.label_ != "PERSON" or len(x) == 1)]
            if any(x.start < end and x.end > end for x in out) or (
                    len(inside) == 1 and inside[0].start == i + 1 and inside[0].end == end):
                continue   # a span runs on past the list, or the model read the list whole
            if doc[h].lower_ in PLURAL_HEADS:   # ("The Ministries of Information and Women": no one body)
                inside += [x for x in out if x.label_ == "ORG" and x.start <= h < x.end and x.end <= end]
            out = [x for x in out if x not in inside]
            if doc[h].lower_ not in PLURAL_HEADS:
                out.append(Span(doc, i + 1, end, label="ORG"))   # the portfolio, whose body the title rules find
    out += _untagged_holders(doc, out)
    texts, lowers = doc_index.texts(doc), doc_index.lowers(doc)
    for x in list(out):
        if x.end - x.start >= 2 and lowers[x.end - 1] in BODY_HEADS and texts[x.end - 1][:1].isupper() \
                and x.label_ == "ORG":
            start = list_before(doc, x.start, persons)
            if any(y is not x and y.label_ == "ORG" and y.start <= start < y.end for y in out):
                continue   # "Federal Bureau of Investigation, New York Field Office": the item ends another body's name
            if start < x.start and all(y is x or y.end <= start or y.start >= x.end or y.label_ != "PERSON" or len(y) == 1
                                       for y in out):
                out = [y for y in out if y is x or y.end <= start or y.start >= x.end]
                out[out.index(x)] = Span(doc, start, x.end, label="ORG")
    return sorted(out, key=lambda x: x.start)
