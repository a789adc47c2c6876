"""Place names the small model reads as persons or organisations ("Abuja", "Tamaulipas").

A span whose whole text is a city or a first-level region (data/places.json) is a place.
A place is a party to a fact only as the body a post belongs to, which the sentence shows
by the words around it:
  "governor of Tamaulipas", "the state of Tamaulipas", "Warrap state governor",
  "Illinois Governor Rod Blagojevich", "São Paulo's Geraldo Alckmin";
there it is an organisation (the region's or city's government); anywhere else
("in the capital Abuja", "the Cajamarca mining area") it is no entity at all.
"""
from __future__ import annotations

import re

from . import doc_index
from . import gazetteer as gz
from .lexicon import load

# words that make a place the body of a post: its kind of territory or its officers
ADMIN_WORDS = frozenset({"state", "province", "region", "county", "governorate", "prefecture",
                         "district", "municipality", "city", "town", "department", "oblast",
                         "territory", "commonwealth"})
# territory words that say a name is a place: after it ("Rumduol district") and before "of" it
# ("the town of X"); "department", "city", "commonwealth" also head bodies' names
AFTER_NAME_ADMIN = ADMIN_WORDS - {"department", "city", "commonwealth"}
BEFORE_OF_ADMIN = ADMIN_WORDS - {"department", "commonwealth"}
LOCAL_POSTS = frozenset({"governor", "mayor", "regent", "premier", "governor-general", "administrator", "prefect",
                         "superintendent", "government", "legislature", "assembly", "council"})
POSSESSIVE = ("'s", "’s", "’", "'")
# lower-case words between a place's name and its kind of territory ("autonomous region")
ADMIN_ADJECTIVES = frozenset({"autonomous", "special", "administrative", "federal", "capital"})
# lower-case nouns of places that follow a place's name
PLACE_NOUNS = frozenset({"interchange", "road", "street", "avenue", "square", "airport", "bridge", "market",
                         "village", "neighbourhood", "neighborhood", "suburb", "highway", "crossing", "jail",
                         "prison", "camp", "township", "valley", "river", "island", "port"})


DEMONYM_ENDINGS = ("an", "ish", "ese", "ch", "i", "ic", "ans", "is", "os")


_N = load("names")
LEGISLATURES = frozenset(w.lower() for w in _N["legislatures"])
ORG_TAILS = frozenset(_N["organisation_tails"]) | {"front"}
# words before "in" that make what follows a body one belongs to, not a place
INSIDE_VERBS = frozenset({"serve", "work", "rise", "remain", "stay", "sit", "vote", "elect", "promote", "enlist"})
INSIDE_NOUNS = frozenset({"member", "members", "post", "posts", "position", "positions", "role", "roles", "career",
                          "leader", "leaders", "official", "officials", "figure", "figures", "faction", "deputy",
                          "minister", "ministers", "seat", "seats", "lawmaker", "lawmakers", "rift", "split", "job"})


def demonym(text: str) -> bool:
    """"Guatemalan", "Nepalis": a country's adjective or its people, read alone as a body or a
    person ("Guatemalan officials", "targeting Nepalis"). The country's own names ("Guatemala",
    "Pakistan", "US") stay: a country may be a party as its government."""
    if " " in text or text.isupper() or text.lower().endswith("stan"):
        return False
    country = gz.country_of(text) or (text.endswith("s") and gz.country_of(text[:-1]))
    return bool(country) and text.lower() != country.lower() and text.lower().endswith(DEMONYM_ENDINGS)


def _core(span):
    """The span without a leading "the" and a trailing possessive ("São Paulo’s")."""
    start, end = span.start, span.end
    doc = span.doc
    if doc_index.lowers(doc)[start] == "the":   # (span[0].lower_, by index: read once per Doc)
        start += 1
    if end > start and doc_index.texts(doc)[end - 1] in POSSESSIVE:
        end -= 1
    return doc[start:end]


def named_as_place(core) -> bool:
    """The words around a name say it is a place: "the province of Svay Rieng", "Rumduol
    district", "the town of X" (lower-case territory words, so not "Province of X Party")."""
    doc = core.doc
    nxt = doc[core.end] if core.end < len(doc) else None
    if nxt is not None and nxt.is_lower and nxt.lower_ in ADMIN_ADJECTIVES and core.end + 1 < len(doc):
        nxt = doc[core.end + 1]   # "Xinjiang Uygur autonomous region"
    if nxt is not None and nxt.is_lower and (nxt.lower_ in AFTER_NAME_ADMIN
                                             or nxt.lower_ in PLACE_NOUNS):
        return True   # ("Thokar Niaz Baig interchange", "Adiala jail")
    if len(core) > 1 and core[-1].text == "City" and gz.is_place(doc[core.start:core.end - 1].text):
        return True   # "Cagayan de Oro City"
    if len(core) == 1 and _before_its_region(core):
        return True   # "Gary, Indiana Police Chief", "Fronteras, Sonora, Mexico Mayor": a town and its state
    return core.start >= 2 and doc[core.start - 1].lower_ == "of" and doc[core.start - 2].is_lower \
        and doc[core.start - 2].lower_ in BEFORE_OF_ADMIN


def _before_its_region(core) -> bool:
    """One word, a comma and a region or city the map knows ("Gary, Indiana"): a town written
    with the state it lies in, as US and Latin American stories write a town (round 13)."""
    doc, i = core.doc, core.end
    if i + 1 >= len(doc) or doc[i].text != "," or not core[0].text[:1].isupper():
        return False
    for n in (2, 1):   # "New Mexico", "Indiana"
        words = doc[i + 1:i + 1 + n]
        after = doc[i + 1 + n] if i + 1 + n < len(doc) else None
        if len(words) == n and all(t.text[:1].isupper() for t in words) and gz.is_place(words.text) \
                and not (after is not None and (after.text in POSSESSIVE or after.text == "-")):
            return True
    return False


def towns_with_regions(docs) -> set[str]:
    """The one-word towns an article writes with their region ("SHERMAN, Texas (AP)", "Gary,
    Indiana"), lower case: the same word alone later ("Prosecutors in Sherman say") is the town."""
    out = set()
    for d in docs:
        texts = doc_index.texts(d)   # (token texts by index; is_alpha is str.isalpha)
        # a comma must follow (_before_its_region asks for one): from comma to comma, by list.index
        j = _next_comma(texts, 1)
        while j is not None:
            i, w = j - 1, texts[j - 1]
            if w[:1].isupper() and w.isalpha() and _before_its_region(d[i:i + 1]):
                out.add(d[i].lower_)
            j = _next_comma(texts, j + 1)
    return out


def _next_comma(texts: list[str], start: int) -> int | None:
    try:
        return texts.index(",", start)
    except ValueError:
        return None


def listed_with_places(core) -> bool:
    """"Kyiv, Dnipro, Sumy, Zaporizhzhia, and Kherson": one word in a list of places beside one
    the map knows is a place too (the map may lack it or spell it another way)."""
    doc = core.doc
    if len(core) != 1:
        return False
    i = core.start - 1
    if i >= 1 and doc[i].text in (",", "and"):
        j = i - 1 - (doc[i].text == "and" and i >= 2 and doc[i - 1].text == ",")
        if j >= 0 and doc[j].text[:1].isupper() and gz.is_place(doc[j].text):
            return True
    k = core.end
    if k + 1 < len(doc) and doc[k].text in (",", "and"):
        k += 1 + (doc[k].text == "," and k + 2 < len(doc) and doc[k + 1].text == "and")
        return doc[k].text[:1].isupper() and gz.is_place(doc[k].text) and not (
            k + 1 < len(doc) and doc[k + 1].text[:1].isupper())   # ("Sumy Regional State Administration" is a body)
    return False


def after_in(span) -> bool:
    """"took the oath in Gabarone", "settlements in the West Bank", "submitted in Tarn Taran court":
    a name the model read as a body, right after "in", with no word of an institution in it, is
    where something happened (the map may lack it or spell it another way)."""
    core = _core(span)
    doc = core.doc
    if not len(core) or core.start < 1:
        return False
    i = core.start - 1
    if doc[i].lower_ == "the" and i >= 1:
        i -= 1
    if doc[i].lower_ != "in" or gz.known_orgs().get(core.text.lower()) or gz.country_of(core.text) \
            or core.text.lower() in LEGISLATURES or core[-1].lower_ in ORG_TAILS:
        return False
    before = doc[i - 1] if i >= 1 else None
    if before is not None and (before.lemma_ in INSIDE_VERBS or before.lower_ in INSIDE_NOUNS):
        return False   # "served in the Knesset", "a member in Fatah", "posts in Hamas": a body one is in
    nxt = doc[core.end] if core.end < len(doc) else None
    return all(t.text[:1].isupper() and not t.is_upper and t.lower_ not in gz.ORG_HEADS
               and t.lower_ not in gz.BODY_WORDS and t.lower_ not in gz.domain_forms() for t in core) \
        and (nxt is None or not nxt.text[:1].isupper() and nxt.text not in POSSESSIVE)


def place_span(span) -> bool:
    """The span's whole text is a city or a region, and no title stands before it
    ("President Maldonado" is a person whatever the map says)."""
    core = _core(span)
    if not len(core) or not (gz.is_place(core.text) or named_as_place(core) or listed_with_places(core)):
        return False
    prev = span.doc[core.start - 1] if core.start > 0 else None
    return not (prev is not None and prev.text[:1].isupper()
                and (prev.lower_ in gz.TITLE_WORDS or prev.text.rstrip(".") in gz.PREFIXES))


def body_role(span) -> bool:
    """The place stands as the body of a post or a territory's government."""
    doc = span.doc
    core = _core(span)
    nxt = doc[core.end] if core.end < len(doc) else None
    after = doc[core.end + 1] if core.end + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ in LOCAL_POSTS or nxt.lower_ in ADMIN_WORDS and after is not None
                            and (after.lower_ in LOCAL_POSTS or after.lower_ in gz.TITLE_HEADS)):
        return True   # "Illinois Governor", "Warrap state governor" (not "his home district")
    if nxt is not None and nxt.text in POSSESSIVE and after is not None and (
            after.lower_ in LOCAL_POSTS or after.ent_type_ == "PERSON"):
        return True   # "São Paulo's Geraldo Alckmin", "Lagos's governor"
    start = core.start
    while start >= 2 and (doc[start - 1].lower_ == "the" or doc[start - 1].is_lower and doc[start - 1].pos_ == "ADJ"):
        start -= 1   # "governor of the southern Moquegua region"
    if start >= 2 and doc[start - 1].lower_ == "of":
        head = doc[start - 2]   # "governor of Tamaulipas", "the state of Tamaulipas"
        if head.lower_ == "district":
            return False        # "the Eastern District of New York": a court's district
        if head.lower_ in ADMIN_WORDS:   # "the state of Tamaulipas", not "his home province of X"
            return start >= 3 and doc[start - 3].lower_ == "the"
        return head.lower_ in LOCAL_POSTS or head.lower_ in gz.TITLE_HEADS or (
            head.lower_.endswith("s") and head.lower_[:-1] in gz.TITLE_HEADS)   # "former officials of X City"
    return False


# "Region", "Province", "Township": a place's kind no person's name ends in ("Ward" is a surname too)
PLACE_TAILS = frozenset(w.lower() for w in _N["place_tails"]) - {"ward"}
_TAILS = "|".join(re.escape(t.title()) for t in sorted(PLACE_TAILS))   # "County|Province|Region|..."


def named_with_tail(name: str, text: str) -> bool:
    """A one-word name the article also writes with a place's kind after it ("Tula" beside "Tula
    Region", "Kakamega" beside "Kakamega County"): the place, not a person of that name."""
    if " " in name or not name[:1].isupper():
        return False
    # the same test as re.search(rf"(?<![\w-]){re.escape(name)}\s+(?:{_TAILS})\b", text), with
    # str.find for the name (a pattern that starts with a lookbehind is tried at every position)
    i = text.find(name)
    while i != -1:
        if (i == 0 or not _WORD_OR_HYPHEN.match(text, i - 1)) and _TAIL_AFTER.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_TAIL_AFTER = re.compile(rf"\s+(?:{_TAILS})\b")
