"""Names that are no one's, and bodies the model read as one: precision repairs of the names
mentions.collect_mentions keeps (round 7). Each test looks at one span or mention:

- general_word: a word of general vocabulary read as a body or a person ("SMS", "UTC",
  "VAT", "JavaScript", "Brexit", "Netizens"): data/names.json "general_vocabulary".
- no_name_word: a "person" none of whose words can be a name: each is a title's, a rank's, a
  portfolio's or a body's word ("Presidential Plenipotentiary", "Operations" of "(DCP
  Operations)", "Urban Agenda" of "Minister of Transport and Urban Agenda", "House" of "the
  PM House"), unless the article writes it in a person's full name.
- strip_leading: a title's last words or a legislature before a person's name ("Pro Tem" of
  "Mayor Pro Tem Michael Barns", "Parliament" of "entering Parliament Barb was").
- post_subject: a name read as a body that the sentence gives a post ("Premila Kumar is the
  new Minister for Industry", "X takes over the Gender Ministry", "X with the forestry
  portfolio"): a person.
- staff_of: a name before a plural noun for a body's people ("senior SAIA officials") is the
  body's.
- title_fragment: a post or its front read as a body ("Defence Staff" of "Chief of Defence
  Staff", "Presidential Press" of "... Press Secretary", "Women's Organiser").
- in_document_name: words of a law's name read as a body ("the Department of State, Foreign
  Operations, and Related Programs Appropriations Act", "Federal Law No. 414-FZ On the
  General Principles of ...", "the LGC" of "the Local Government Code (LGC)").
- region: a region, sea or disputed territory read as a body ("the West Bank", "Indo-Pacific";
  names.json regions).
- titled_name: a full name after a title in a headline the story does not repeat ("Statement
  of Assistant Attorney General Alice S. Fisher ...") is kept.
- names_other_country: a sentence naming another country than the article's, where a bare
  "President X" is given no country (rules/title_before.py).
- split_joined: two bodies joined by "and" read as one ("the Liberal Movement and Freedom
  Party", "the Criminal Division's Office of International Affairs and Organized Crime and
  Racketeering Section", "the Department of Immigration, and CDR data"): the first is a whole
  body's name, the second ends in a body's head.
"""
from __future__ import annotations

import re

from . import gazetteer as gz
from . import name_bounds
from . import doc_index
from .lexicon import MODIFIERS, load, word_set
from .portfolio_words import PORTFOLIO_TAIL_WORDS
from .rules.titles import PORTFOLIO_WORDS

GENERAL_VOCABULARY = frozenset(w.lower() for w in load("names")["general_vocabulary"])
TITLE_ADJECTIVES = word_set("names", "title_adjectives")   # "Presidential", "Ministerial"
POST_PLACES = word_set("names", "post_places")   # "House" of "Prime Minister House"
BODY_TAILS = frozenset(w.lower() for w in load("names")["organisation_tails"]) | {"section"}
_TITLE_ABBREVIATIONS = frozenset(a.lower() for a in name_bounds.TITLE_ABBREVIATIONS)
TITLE_TAILS = word_set("names", "title_tails")   # "Pro Tem" of "Mayor Pro Tem X"
LEGISLATURES = word_set("names", "legislatures")
COPULAS = frozenset({"is", "was", "becomes", "became", "remains", "remained", "remain", "be", "become"})
APPOINTED = word_set("names", "appointed_participles")   # "has been appointed <title>"
POST_NOUNS = frozenset({"ministry", "portfolio", "post", "office", "docket"})
PERSONNEL_NOUNS = word_set("names", "personnel_nouns")   # "officials", "employees"
PARTY_POST_HEADS = word_set("names", "party_post_heads")   # "Organiser", "Coordinator"
PRESS_WORDS = frozenset({"press", "media", "communications", "public"})
DOCUMENT_HEADS = frozenset(gz.data().get("document_heads", []))   # "Act", "Law", "Code"
REGIONS = frozenset(r.lower() for r in load("names")["regions"])


def general_word(text: str) -> bool:
    """"SMS", "UTC", "VAT", "JavaScript": a word of general vocabulary, no party to a fact."""
    return text.strip().lower() in GENERAL_VOCABULARY


def _not_name(word: str) -> bool:
    w = word.lower().strip(".,")
    return w in gz.TITLE_WORDS or w in MODIFIERS or w in _TITLE_ABBREVIATIONS or w in gz.RANKS \
        or w in gz.OCCUPATIONS or w in PORTFOLIO_WORDS or w in PORTFOLIO_TAIL_WORDS or w in gz.domain_forms() \
        or w in gz.ORG_HEADS or w in TITLE_ADJECTIVES or w in POST_PLACES


# honorifics that end no name ("Sir", "Dr", "Mrs": not "Lord", "Justice", surnames too)
NAME_PREFIXES = frozenset(p.lower() for p in gz.PREFIXES) - {"lord", "lady", "justice"}
# the honorifics written short ("Sgt" of "Command Sgt. Maj.", "Sen" as "Hun Sen" writes it)
SHORT_HONORIFICS = frozenset(w.strip(".").lower() for h in load("names")["honorifics"] for w in h.split()
                             if w.endswith("."))


def title_ended(words: list[str], person_names: set[str]) -> bool:
    """A "person" that ends in an honorific or a title's word is the title, with the place or
    the words before it, not a name ("Solomon Islands PM" of a headline, "Chief Electoral
    Commissioner", "Command Sgt" of "Command Sgt. Maj. X"): a name never ends in "Sgt" or "Sir";
    it may end in a title's word or a short honorific that is a surname ("John Major", "Mervyn
    King", "Hun Sen"), so that word ends no name only after a place or words that are no
    name's ("Electoral", "Command")."""
    if len(words) < 2:
        return False
    last = words[-1].strip(".").lower()
    if last in NAME_PREFIXES or last in _TITLE_ABBREVIATIONS:
        return True
    if not (last in gz.TITLE_WORDS or last in gz.RANKS or last in SHORT_HONORIFICS) or words[-1] in person_names:
        return False
    before = " ".join(words[:-1])
    return bool(gz.country_of(before) or gz.is_place(before)) or all(_not_name(w) for w in words[:-1])


def no_name_word(words: list[str], person_names: set[str]) -> bool:
    """A "person" whose words all belong to titles, ranks, portfolios or bodies
    ("Presidential Plenipotentiary", "Operations", "Urban Agenda", "House"); a word the article
    writes in another person's full name ("Mary King") keeps it. One that ends in a title's
    word is no name either (title_ended)."""
    if title_ended(words, person_names):
        return True
    if not words or any(w in name_bounds.GIVEN_NAMES for w in words) or not all(_not_name(w) for w in words):
        return False   # (asked first: the other persons' words are read only for a name that may be none)
    own = " ".join(words)
    others = {w for n in person_names if n != own and " " in n and not all(_not_name(x) for x in n.split())
              for w in n.split()}   # ("PM House" vouches for no "House")
    return not any(w in others for w in words)


def strip_leading(words: list[str]) -> list[str]:
    """Words before a person's name that are no part of it: the end of a title ("Pro Tem" of
    "Mayor Pro Tem Michael Barns") or a legislature the sentence runs into one name ("Prior to
    entering Parliament Barb was ...")."""
    while len(words) > 1 and (words[0].lower() in TITLE_TAILS or (
            len(words) == 2 and words[0].lower() in LEGISLATURES and words[1][:1].isupper())):
        words = words[1:]
    return words


def _whole_body(toks) -> bool:
    """"Liberal Movement", "Office of International Affairs", "Department of Immigration":
    a body's whole name (it ends in a body's word, or opens with one and goes on with "of")."""
    words = [t for t in toks if not t.is_punct]
    if not words or not all(t.text[:1].isupper() or t.lower_ in ("of", "the", "for") for t in words):
        return False
    last = words[-1].lower_
    if _portfolio(last) and words[0].lower_ not in gz.ORG_HEADS:
        return False   # "Plantation Industries" (and Commodities Ministry): a portfolio
    if last in gz.ORG_HEADS or last in BODY_TAILS:
        return len(words) >= 2
    return len(words) >= 3 and words[0].lower_ in gz.ORG_HEADS and words[1].lower_ == "of" \
        and words[-1].text[:1].isupper()


def _portfolio(word: str) -> bool:
    return word in PORTFOLIO_WORDS or word in PORTFOLIO_TAIL_WORDS or word in gz.domain_forms()


def _body_end(toks) -> bool:
    """"Freedom Party", "Organized Crime and Racketeering Section": a body's name; not a
    portfolio that ends in an institution's word ("Defence and National Service")."""
    words = [t for t in toks if not t.is_punct]
    return len(words) >= 2 and words[0].text[:1].isupper() and words[-1].text[:1].isupper() \
        and (words[-1].lower_ in gz.ORG_HEADS or words[-1].lower_ in BODY_TAILS) and not _portfolio(words[-1].lower_)


def split_joined(doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """The token spans of the bodies an organisation span joins, or None when it is one body.
    "X and Y" where X is a whole body's name and Y ends in a body's head: two bodies; "X, and
    Z" where Z is no body ("CDR data"): X alone. An owner before "'s" that is a whole body
    is one of them too ("the Criminal Division's Office of ...")."""
    parts: list[tuple[int, int]] = []
    s = start
    poss = next((i for i in range(start + 1, end - 1) if doc[i].text in ("'s", "’s")), None)
    if poss is not None and _whole_body(doc[start:poss]) and doc[poss - 1].lower_ not in gz.TITLE_WORDS \
            and doc[poss + 1].lower_ in gz.ORG_HEADS and poss + 2 < end and doc[poss + 2].lower_ == "of":
        parts.append((start, poss))
        s = poss + 1
    for j in range(s + 1, end - 1):
        if doc[j].lower_ != "and":
            continue
        left_end = j - 1 if doc[j - 1].text == "," else j
        if not _whole_body(doc[s:left_end]):
            continue
        if _body_end(doc[j + 1:end]):
            return parts + [(s, left_end), (j + 1, end)]
        if left_end < j and all(t.is_upper for t in doc[j + 1:end] if not t.is_punct):
            return parts + [(s, left_end)]   # "the Department of Immigration, and CDR (data)"
    return parts + [(s, end)] if parts else None


def names_other_country(sent, country: str | None) -> bool:
    """The sentence names a country besides `country` ("President Barack Obama said the end of
    the U.S. occupation ..." in a story on Iraq; "MANILA, Philippines - After hiding in the
    United States ..., former president Rodrigo Duterte"): a head of state written without
    his country is then no sure holder of the article's country's post."""
    toks = list(sent)
    for i, t in enumerate(toks):
        if not t.text[:1].isupper():
            continue
        for k in (3, 2, 1):
            c = gz.country_of(" ".join(x.text for x in toks[i:i + k])) if i + k <= len(toks) else None
            if c:
                if c != country:
                    return True
                break
    return False


def post_subject(span) -> bool:
    """A name the model read as a body that the sentence gives a post: "Premila Kumar is the
    new Minister for Industry", "Niula would remain an MP", "X has been appointed State Minister",
    "X has ceased to be Cabinet Chief", "X is an expert at ...", "Dakoa Newman takes over the
    Gender Ministry", "... and Osea Naiqamu with the forestry portfolio". One to three
    capitalised words with no body's, country's or portfolio's word."""
    toks = [t for t in span if not t.is_punct]
    if not 1 <= len(toks) <= 3 or not all(t.is_title for t in toks) or any(
            t.lower_ in gz.ORG_HEADS or gz.country_of(t.text) or t.lower_ in gz.domain_forms()
            or t.lower_ in BODY_TAILS for t in toks):
        return False
    doc = span.doc
    after = []
    for t in doc[span.end:span.end + 8]:
        if t.is_punct:
            break
        after.append(t.lower_)
    i = 0
    while i < len(after) and after[i] in ("will", "would", "shall", "also", "now", "has", "have", "had"):
        i += 1
    if after[i:i + 3] in (["ceased", "to", "be"], ["continues", "to", "be"], ["continue", "to", "be"]):
        i += 2   # "X has ceased to be Cabinet Chief"
    if i < len(after) and after[i] in COPULAS | {"been"}:
        rest = [w for w in after[i + 1:i + 5] if w not in ("the", "a", "an", "new", "acting", "also", "now")]
        if rest and rest[0] in APPOINTED and len(rest) > 1:
            rest = [w for w in rest[1:] if w != "as"]   # "X has been appointed State Minister"
            return any(w in gz.TITLE_HEADS for w in rest[:2])
        return bool(rest) and (rest[0] in gz.TITLE_HEADS or rest[0] in _TITLE_ABBREVIATIONS
                               or (after[i] in ("is", "was") and rest[0] in gz.OCCUPATIONS)   # "X is an expert at"
                               or (len(rest) > 1 and rest[1] in gz.TITLE_HEADS
                                   and doc[span.end + after.index(rest[1], i)].text[:1].isupper()))   # "Cabinet Chief"
    if after[i:i + 2] in (["takes", "over"], ["took", "over"], ["take", "over"]):
        return any(w in POST_NOUNS or w in gz.TITLE_HEADS for w in after[i + 2:])
    return bool(after) and after[0] == "with" and "portfolio" in after[1:]


def staff_of(span, full_name_words: set[str]) -> bool:
    """"The three senior SAIA officials": a name written before a plural noun for a body's
    people is the body's; not a person's full name of the article, nor one that begins with a
    given name ("Trump officials" where the article writes "Donald Trump")."""
    doc = span.doc
    words = [t.text for t in span if not t.is_punct]
    return bool(words) and span.end < len(doc) and doc[span.end].lower_ in PERSONNEL_NOUNS \
        and not any(w in full_name_words or w in name_bounds.GIVEN_NAMES for w in words)


def title_fragment(span) -> bool:
    """A post, or the front of one, the model read as a body: "Defence Staff" of "Chief of
    Defence Staff", "Presidential Press" of "the Presidential Press Secretary", "the former
    Women's Organiser of the party"."""
    toks = [t for t in span if not t.is_punct and t.text not in ("'s", "’s")]
    if not toks or any(t.lower_ in gz.ORG_HEADS for t in toks[:-1]):
        return False
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if toks[-1].lower_ == "staff" and span.start >= 2 and doc[span.start - 1].lower_ == "of" \
            and doc[span.start - 2].lower_ in gz.TITLE_HEADS:
        return True   # "Chief of" + "Defence Staff"
    if nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in gz.TITLE_HEADS and all(
            t.lower_ in TITLE_ADJECTIVES or t.lower_ in PRESS_WORDS or t.lower_ in MODIFIERS for t in toks):
        return True   # "Presidential Press" + "Secretary"
    return toks[-1].lower_ in PARTY_POST_HEADS   # "Women's Organiser"


def in_document_name(span, article_text: str) -> bool:
    """Words of a law's name, not a body: "the Department of State, Foreign Operations, and
    Related Programs Appropriations Act" (a list in the name before its "Act"), "Federal Law
    No. 414-FZ On the General Principles of Public Administration" (the title after a law's
    number), "the LGC" where the article wrote "the Local Government Code (LGC)"."""
    doc = span.doc
    toks = [t for t in span if not t.is_punct]
    if len(toks) == 1 and toks[0].text.isupper() and len(toks[0].text) >= 2:
        acr = re.escape(toks[0].text)
        if f"({toks[0].text})" in article_text and re.search(rf"\b(?:{'|'.join(DOCUMENT_HEADS)})\s*\({acr}\)", article_text):
            return True   # "the Local Government Code (LGC)" ... "barred by the LGC"
    j, joined = span.end, False
    texts, lowers = doc_index.texts(doc), doc_index.lowers(doc)   # (by index, read once per Doc)
    while j < len(doc) and j - span.end <= 10:
        w = texts[j]
        if w in DOCUMENT_HEADS:
            return joined
        if w == "," or lowers[j] == "and":
            joined = True
        elif not (w[:1].isupper() or doc[j].like_num or w in ("of", "the", "&")):
            break
        j += 1
    j = span.start - 1
    while j >= 2 and span.start - j <= 4 and doc[j].lower_ in ("the",):
        j -= 1
    if j >= 2 and doc[j].text == "On":
        k = j - 1
        while k >= 1 and (doc[k].like_num or doc[k].text in ("No.", "No", "#", "-", ".") or re.fullmatch(r"[\d\w]+-[A-Z]{1,4}|[A-Z]{1,4}", doc[k].text)):
            k -= 1
        return k < j - 1 and doc[k].text in DOCUMENT_HEADS   # "Federal Law No. 414-FZ On the ..."
    return False


def region(span, text: str) -> bool:
    """"settlements in the West Bank", "a free and open Indo-Pacific": a region, no party to a
    fact; "West Bank governor X" keeps it as the post's place."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return text.lower() in REGIONS and not (nxt is not None and (nxt.lower_ in gz.TITLE_HEADS or nxt.text in ("'s", "’s")))


def titled_name(ent) -> bool:
    """"Statement of Assistant Attorney General Alice S. Fisher of the Criminal Division ...": a
    full name that opens with a given name, right after a title word, in a headline the story
    never repeats the name of, is still a person's (a title before a name is no menu's or
    teaser's word)."""
    doc = ent.doc
    words = [t for t in ent if t.is_alpha]
    return ent.label_ == "PERSON" and len(words) >= 2 and ent.start > 0 and words[0].text in name_bounds.GIVEN_NAMES \
        and doc[ent.start - 1].lower_ in gz.TITLE_HEADS and doc[ent.start - 1].text[:1].isupper()   # (not "Leader Consolidates Power")
