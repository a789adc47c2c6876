"""Title phrases: which words belong to a post ("Deputy Defence Minister"), which are
decoration ("the ousted"), and when two titles name the same post.

The words are data: title heads, ranks and portfolio words in gazetteer.json, modifiers
in titles.json.
"""
from __future__ import annotations

import re

from .. import doc_index
from .. import gazetteer as gz
from ..lexicon import (DROP_WORDS, MODIFIERS, NONFACTIVE, PHRASES_BY_FIRST, PHRASES_BY_LAST, SAME_POST_WORDS,
                       TITLE_PHRASES, load, word_set)

RANK_WORDS = frozenset(w for r in gz.RANKS for w in r.split())
# "Attorney General", "Comptroller General": "General" after these heads is part of the title, not a rank
GENERAL_TITLES = frozenset(w.lower() for w in load("titles").get("heads_before_general", []))
# National bodies a title can name by a single word: "Army chief", "police commissioner"
BODY_WORDS = gz.BODY_WORDS | {"intelligence", "customs", "parliament", "party"}
# every word of a portfolio ("Public Security"): part of a title before a name
PORTFOLIO_WORDS = frozenset(w for f in gz.domain_forms() for w in f.split()) - {"and", "of", "the"}
# (round 23) endings of abstract nouns that name a portfolio the lexicon lacks ("Reconciliation",
# "Solidarity", "Empowerment"); seldom a person's name (titles.json portfolio_suffixes); and what
# "Minister of" names that is no portfolio ("Parliament", "State": titles.json not_portfolios)
PORTFOLIO_SUFFIXES = tuple(load("titles")["portfolio_suffixes"])
NOT_PORTFOLIOS = word_set("titles", "not_portfolios")


def abstract_portfolio_word(word: str) -> bool:
    """A capitalised abstract noun that can name a portfolio: "Reconciliation", not "Parliament"."""
    lw = word.lower()
    return word[:1].isupper() and len(word) > 5 and lw.endswith(PORTFOLIO_SUFFIXES) and lw not in NOT_PORTFOLIOS


# titles of a place's head: "the governor of Herat province", "Governor X of Lagos State"
PLACE_HEADS = {"governor", "mayor", "premier", "governor-general", "administrator", "prefect", "gov.", "regent"}
# "Gov." before a name is "Governor"
TITLE_ABBREVIATIONS = {k.lower(): v for k, v in load("titles").get("title_abbreviations", {}).items()}
PLACE_WORDS = {"province", "state", "region", "county", "city", "district", "municipality", "prefecture", "territory"}
# "the company chairman X": a generic noun for the organisation the text has just named
OWNER_NOUNS = frozenset(w.lower() for w in load("titles").get("owner_nouns", []))
# "the post of", "the position of": nouns that name an office (the title follows their "of")
OFFICE_NOUNS = frozenset(w.lower() for w in load("titles").get("office_nouns", []))
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")   # "the 28th Chief of Army Staff"
# words that put a title in the past: "former", "ex-", "previously the deputy minister"
FORMER_WORDS = frozenset({"former", "ex", "ex-", "previously", "formerly", "onetime", "one-time", "erstwhile", "once",
                          "previous", "outgoing"})
STOP_APPOS = {",", ".", ";", ":", "whose", "who", "which", "and", ")", "(", "—", "–", "-", "“", "”", '"'}


# honorifics that may stand between a title or an apposition and the name ("the Minister of
# Finance, Mrs. Kemi Adeosun"); "Justice", "Barrister" and "Advocate" are titles themselves
HONORIFICS = frozenset(p.lower() for p in gz.PREFIXES) - {"justice", "barrister", "advocate", "lord", "lady"}
# abbreviated ranks ("Lt. Gen.") between a title and the name: "military chief of staff Lt. Gen. X"
RANK_ABBREVIATIONS = frozenset(w.lower() for w in load("titles").get("rank_abbreviations", []))


# styles of several words or an apostrophe ("Datuk Seri", "Tan Sri", "Dato'"), and the words they end with
STYLE_HONORIFICS = frozenset(h.lower() for h in load("titles").get("style_honorifics", []))
STYLE_LAST = frozenset(h.split()[-1] for h in STYLE_HONORIFICS) | {"'", "’"}   # "Seri" of "Datuk Seri"


def _style_before(doc, i: int, start: int) -> int:
    """Index of the token before a style honorific ending at doc[i] ("Datuk Seri"), else i."""
    if doc[i].lower_ not in STYLE_LAST and doc[i].lower_.rstrip("'’") not in STYLE_LAST:
        return i
    for k in range(max(start, i - 3), i + 1):
        if doc[k:i + 1].text.lower() in STYLE_HONORIFICS and doc[k].text[:1].isupper():
            return k - 1
    return i


def before_honorifics(doc, i: int, start: int) -> int:
    """Index of the token before the honorifics, styles and abbreviated ranks ("Dr.", "Mrs",
    "Lt. Gen.", "Datuk Seri") that end at doc[i]."""
    while True:
        while i >= start and (doc[i].text.rstrip(".").lower() in HONORIFICS or doc[i].lower_ in RANK_ABBREVIATIONS
                              or (doc[i].text == "." and i - 1 >= start and (
                                  doc[i - 1].lower_ in HONORIFICS or f"{doc[i - 1].lower_}." in RANK_ABBREVIATIONS))):
            i -= 1
        k = _style_before(doc, i, start) if i >= start else i
        if k == i:
            return i
        i = k


def before_bracket(doc, i: int, start: int) -> int:
    """Index of the token before a short bracketed acronym ending at doc[i] ("the Central Bank of
    Nigeria (CBN)", "Inspector General of Police (IGP)"), else i."""
    if i < start or doc[i].text != ")":
        return i
    for k in range(i - 1, max(start, i - 5) - 1, -1):
        if doc[k].text == "(":
            if k - 1 >= start and all(t.text[:1].isupper() or t.is_punct for t in doc[k + 1:i]):
                return k - 1
            # "deputy chief commissioner (operations) X": a lower-case qualifier of the post just before
            return k - 1 if k - 1 >= start and doc[k - 1].lower_ in gz.TITLE_HEADS and all(
                t.is_alpha and t.is_lower for t in doc[k + 1:i]) else i
        if doc[k].text == ")":
            return i
    return i


def ends_apposition(tok) -> bool:
    """A token that closes an apposition; a hyphen inside a word ("Zanu-PF", "Secretary-General") does not."""
    if tok.text in ("-", "–") and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_:
        return False
    return tok.text in STOP_APPOS


def is_title_word(tok) -> bool:
    w = tok.lower_
    return (w in gz.TITLE_HEADS or w in MODIFIERS or w in gz.domain_forms() or w in PORTFOLIO_WORDS
            or bool(gz.country_of(tok.text)) or w in gz.TITLE_WORDS or w in BODY_WORDS
            or (w in ("state", "staff") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "of"))


def plural_head(word: str) -> bool:
    """A title's head word in the plural ("ministers", "commissioners"), lower case."""
    return word.endswith("s") and word[:-1] in gz.TITLE_HEADS


def titled_list_ending_at(doc, j: int, start: int = 0) -> bool:
    """The names ending at doc[j] follow a capitalised plural title ("Deputy Ministers A and B"),
    looking back no further than start (used by appositions and near_posts)."""
    while j >= start and not plural_head(doc[j].lower_) and (
            doc[j].ent_type_ == "PERSON" or doc[j].lower_ == "and" or doc[j].text == "," or doc[j].pos_ == "PROPN"):
        j -= 1
    return j >= start and plural_head(doc[j].lower_) and doc[j].text[:1].isupper()


def has_head(words: list[str]) -> bool:
    lw = [p for w in words for p in w.lower().split("-") if p]   # "Secretary-General"
    return any(w in gz.TITLE_HEADS or plural_head(w) for w in lw) or any(
        tuple(lw[i:i + len(p)]) == p for i in range(len(lw)) for p in PHRASES_BY_FIRST.get(lw[i], ()))


ARTICLES = ("a", "an", "the")


def without_leading(toks: list, words=ARTICLES) -> list:
    """The tokens after the leading words given ("the new", "a"): a title's phrase starts after them."""
    k = 0
    while k < len(toks) and toks[k].lower_ in words:
        k += 1
    return toks[k:]


def headed(toks: list) -> bool:
    """A title's head word ("minister", "chief") among the phrase's first four tokens: the phrase
    names a post, not any noun ("served as a bridge")."""
    return bool(toks) and has_head([t.text for t in toks[:4]])


def phrase_ending_at(doc, i: int, start: int) -> int:
    """Length of the title phrase ("Special Agent in Charge") whose last token is doc[i], or 0."""
    for p in (PHRASES_BY_LAST.get(doc[i].lower_, ()) if 0 <= i < len(doc) else TITLE_PHRASES):
        k = i - len(p) + 1
        if k >= start and tuple(t.lower_ for t in doc[k:i + 1]) == p:
            return len(p)
    return 0


def in_phrase(tok) -> bool:
    """A token inside a title phrase of the data ("in" of "Special Agent in Charge"), which
    alone is no title word."""
    doc = tok.doc
    for j in range(tok.i, min(len(doc), tok.i + 5)):
        n = phrase_ending_at(doc, j, 0)
        if n and j - n + 1 <= tok.i:
            return True
    return False


def clean_title(words: list[str]) -> tuple[str, bool, str | None]:
    """(title, former?, country) from the words of a title phrase."""
    words = [TITLE_ABBREVIATIONS.get(w.lower(), w) for w in words if w.strip()]   # "Gov." -> "Governor"; no line break
    joined = []
    for w in words:   # "secretary - general" -> "secretary-general"
        if joined and (w == "-" or joined[-1].endswith("-")) and w:
            joined[-1] += w
        elif joined and w == ",":   # "Minister of Finance, Budget and National Planning"
            joined[-1] += w
        else:
            joined.append(w)
    words = joined
    former = any(w.lower() in FORMER_WORDS or w.lower().startswith(("ex-", "then-")) for w in words)
    words = [w.split("-", 1)[1] if w.lower().startswith(("ex-", "then-")) and len(w) > 5 else w
             for w in words]   # "then-Minister of Finance", "ex-President"
    country = None
    kept = []
    for k, w in enumerate(words):
        lw = w.lower()
        if lw in FORMER_WORDS or lw in ("the", "a", "an", "as") or lw in DROP_WORDS or ORDINAL.match(lw):
            continue
        lead = all(x.lower() in MODIFIERS for x in kept)   # "Acting United States Attorney": still the title's lead
        if k + 1 < len(words) and lead and gz.country_of(f"{w} {words[k + 1]}"):
            country = country or gz.country_of(f"{w} {words[k + 1]}")   # "South Sudanese President"
            words[k + 1] = ""
            continue
        if not w:
            continue
        c = gz.country_of(w)
        if c and lead:
            country = country or c
            continue
        kept.append(w)
    # "prime minister of Serbia", "speaker in Ukraine": the country closes the title
    of = max((k for k, w in enumerate(kept) if w.lower() in ("of", "in")), default=None)
    if of is not None and of > 0:   # "Minister of Energy of Ecuador"
        rest = " ".join(w for w in kept[of + 1:] if w.lower() != "the")
        c = gz.country_of(rest) or gz.country_of(rest.replace("Republic of ", ""))
        if c:
            country = country or c
            kept = kept[:of]
    # "Defence Minister Field Marshal": the rank after the post is not part of the post
    heads = [k for k, w in enumerate(kept) if w.lower() in gz.TITLE_HEADS and w.lower() not in RANK_WORDS]
    if heads:
        while len(kept) > heads[0] + 1 and kept[-1].lower() in RANK_WORDS and not (
                kept[-1].lower() == "general" and kept[-2].lower() in GENERAL_TITLES) \
                and kept[-2].lower() not in ("of", "for"):   # "Attorney General"; "Minister of Police" keeps its body
            kept.pop()
    return " ".join(kept).replace(" - ", "-").strip(" ,"), former, country


def hedged_simple(tok) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might"))
               for c in tok.children)


_HEDGING_OR_TO = frozenset({"will", "would", "could", "may", "might", "to"})   # (stated: hedged_simple's auxiliaries, and "to")


def core_title(title: str) -> str:
    """"Deputy Governor" and "Governor" are the same post at one institution; "Prime Minister"
    and "defence minister" are not."""
    return " ".join(w for w in title.lower().split() if w not in SAME_POST_WORDS)


# title prefixes written with a hyphen ("vice-minister", "deputy-governor", "ex-minister")
HYPHEN_PREFIXES = frozenset(w.lower() for w in load("titles")["hyphen_prefixes"])   # "vice-minister"


def title_tokens(toks):
    """The title ends at a clause or a date: "as governor on Friday", "as chief, a post ...",
    "the position of Comptroller General from 2007 to 2017". A comma inside a portfolio of
    several parts ("Minister of Agriculture, Land and Fisheries") does not end it. A hyphen
    glued after a prefix ("vice-minister") is dropped: the title reads as "vice minister"."""
    from ..portfolio_lists import joins_portfolio   # here: portfolio_lists reads this module's words
    from ..age_words import without_ages
    toks = without_ages(toks)   # "the 59-year-old former finance minister": the age is no word of it (nor a date)
    if not toks:
        return toks
    doc = toks[0].doc
    # (each token's text, lower-cased text and whitespace read from the Doc's lists by index)
    texts, lowers, spaces = doc_index.texts(doc), doc_index.lowers(doc), doc_index.spaces(doc)
    end = next((k for k, t in enumerate(toks) if (texts[t.i] in (",", ";", "(", "—", "–")
                and not (texts[t.i] == "," and k + 1 < len(toks) and joins_portfolio(doc, t.i)))
                or lowers[t.i] in ("since", "until", "after", "before", "when", "while", "following", "under")
                or (lowers[t.i] == "from" and k + 1 < len(toks) and (toks[k + 1].like_num or toks[k + 1].ent_type_ == "DATE"))
                or (t.ent_type_ in ("DATE", "TIME") and lowers[t.i] not in ARTICLES)),   # ("the" of an age taken out)
               None)
    toks = toks[:end] if end is not None else toks
    # "former vice-minister of public security": the glued hyphen after a title's prefix is no word of it
    return [t for k, t in enumerate(toks) if not (
        texts[t.i] == "-" and 0 < k < len(toks) - 1 and not spaces[t.i] and not spaces[toks[k - 1].i]
        and lowers[toks[k - 1].i] in HYPHEN_PREFIXES and toks[k + 1].is_alpha)]


def national_body(r, last):
    """"the central bank", "the supreme court", "the army" (lower case, ending at token last):
    the article country's body of that name, or None."""
    from ..mentions import NATIONAL_BODIES   # here: mentions reads this module's words while it loads
    from .title_orgs import article_body
    doc = last.doc
    texts = doc_index.texts(doc)   # (spaCy's is_lower is str.islower of the text)
    for n in (2, 1):
        first = last.i - n + 1
        if first >= 0 and all(texts[k].islower() for k in range(first, last.i + 1)) \
                and (words := doc_index.text(doc[first:last.i + 1])) in NATIONAL_BODIES:
            named = article_body(r.state, words, r.state.country_hint)
            if named is not None:   # "the central bank" of an article that names the "Bangladesh Bank"
                return named
            if r.state.country_hint:
                return r.state.org_entity(words.title(), r.state.country_hint)
    return None


def portfolio_ministry(r, portfolio: str, country: str | None):
    """The ministry of a portfolio the model read as a body ("Petroleum Resources" of "Minister of
    State for Petroleum Resources"): "Ministry of <portfolio>" of country, else the article's."""
    return r.state.org_entity(f"Ministry of {portfolio}", country or r.state.country or r.state.country_hint)


def stated(verb) -> bool:
    """A verb that states a fact: not negated or under a modal ("will not serve as"), not an
    infinitive ("expected to become"), not in an "if" clause, not under a verb that asks for,
    denies or expects it ("denied he was a member", "plans to name X chief")."""
    # (hedged_simple, an "aux" "to" and an "if" clause's "mark", read in one walk of the children)
    for c in verb.children:
        dep = c.dep_
        if dep == "neg" or (dep == "aux" and c.lower_ in _HEDGING_OR_TO) \
                or (dep == "mark" and c.lower_ in ("if", "unless", "whether")):
            return False
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or tok.head is tok:
            break
        tok = tok.head
        if tok.lemma_.lower() in NONFACTIVE or hedged_simple(tok):
            return False
    return True
