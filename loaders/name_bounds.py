"""Where a name begins and ends: the words the small model runs into a name or cuts off it.

Called by ner_repair (after its own repairs, before the spans are filtered); one rule per
function, each on the shape of the text around a name, never on a particular name. Word lists
live in data/names.json.

  - honorifics and abbreviated ranks before a name leave it: "Tan Sri Azam Baki",
    "Brig. Gen. Edward Aritonang" (a span of honorifics only is no name);
  - a title inside a person span splits it: "Kupang Regent Ibrahim Agustinus",
    "Zacc chairperson Job Whabira": what follows the title is the person, what precedes it
    a place (or a body, when it has an institution word or is an acronym);
  - a "person" right before a territorial post and a person is the post's place:
    "Rote Ndao Regent Christian Nehemia", "Nineveh MP Ahmed Al-Jubouri", "Migori Governor, X";
  - a "person" whose first word is a compass word is a place: "North Sumatra";
  - a name in apposition to a title or a kinship noun is a person's, whatever the model read
    there or if it read nothing: "Olusegun Obasanjo, the president of Nigeria", "Hazem
    al-Shaalan, a former defence minister", "his wife, Nadine Heredia";
  - a bracketed acronym right after an institution is that institution's ("(Zacc)");
  - an institution's name cut after a joining word takes the words before it: "the Ethics
    and" + "Anti-Corruption Commission".
"""
from __future__ import annotations

from spacy.symbols import PROPN, VERB
from spacy.tokens import Span

from . import doc_index
from . import gazetteer as gz
from .furniture_names import OUTLET_NOUNS, WRITER_NOUNS   # "news agency", "daily": what an outlet is; "correspondent"
from .post_spans import ROLE_NOUNS   # "Founder", "Clerk": a role that begins a post
from .lexicon import MODIFIERS, load
from .rules.titles import PORTFOLIO_WORDS

_N = load("names")


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").rstrip(".'")


# (words, which of them are abbreviations that need their dot: "Gen." is a rank, "Gen" a name)
HONORIFICS = tuple(sorted({(tuple(_norm(w) for w in h.split()), tuple(w.endswith(".") for w in h.split()))
                           for h in _N["honorifics"]}, key=lambda h: len(h[0]), reverse=True))
TERRITORIAL_TITLES = frozenset(w.lower() for w in _N["territorial_titles"])
PLACE_MODIFIERS = frozenset(w.lower() for w in _N["place_modifiers"])
COMPASS_WORDS = frozenset(w.lower() for w in _N["compass_words"])
# given names: the gazetteer's and names.json's (regions the gazetteer's list is thin on)
GIVEN_NAMES = gz.FIRST_NAMES | frozenset(_N["given_names"])
PLACE_TAILS = frozenset(w.lower() for w in _N["place_tails"])   # "Takoradi Constituency", "Akuapim North Metropolis"
KIN_NOUNS = frozenset(w.lower() for w in _N["kin_nouns"])
# the nouns a person's name is set beside ("the president", "a lawyer", "his wife"): a post, an occupation, kin
APPOSITION_NOUNS = gz.TITLE_HEADS | gz.OCCUPATIONS | KIN_NOUNS
BODY_KINDS = frozenset(w.lower() for w in _N["body_kinds"])
TITLE_ABBREVIATIONS = frozenset(_N["title_abbreviations"]) | frozenset(gz.data().get("title_abbreviations", []))
# honorifics that are also given names ("Sheikh Hasina"): left out only before a name of two words or more
LEADING_HONORIFICS = frozenset(_N["leading_honorifics"])
SKIPPED = {".", "'", "’", "-"}
# the particles of a person's name (data/names.json name_particles, as ner_repair.PARTICLES) but for
# the Italian "della" and "di", which this set never held
NAME_PARTICLES = set(_N["name_particles"]) - {"della", "di"}
NAME_JOINERS = frozenset(_N["name_joiners"])   # "of", "and": a word after one goes on a name
# words that end a territory's name: a name after one is a person's ("... Chukotka Autonomous Area Roman Kopin")
AREA_WORDS = set(_N["area_words"])
# institution words that also end the names of areas ("the Southern District of New York")
AREA_HEADS = set(_N["area_heads"])
# words that end a body's or an area's name, or "the Opposition": a person's name may run on after one
# ("Leader of the Opposition Ruwan Perera", "Speaker of the National Assembly X Y")
NAME_RUN_HEADS = gz.ORG_HEADS | AREA_WORDS | {"opposition"}
POST_WORDS = frozenset(w.lower() for w in _N["post_modifiers"])
# titles of a company's officers: a one-word "person" before one of these and a name is the company
BUSINESS_TITLES = set(_N["business_titles"])
# the words of a company officer's title ("Chief Executive Officer")
OFFICER_WORDS = gz.TITLE_WORDS | BUSINESS_TITLES
PLACE_PREPOSITIONS = {"in", "on", "at", "near", "from", "across", "inside", "outside", "to", "into", "around"}


def _cap_text(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _cap(tok) -> bool:
    return _cap_text(tok.text)


# the honorifics by their first word, each list in HONORIFICS' order (longest first): honorific_at is
# called for most capitalised tokens, and a token starts few honorifics
HONORIFICS_BY_FIRST: dict[str, list] = {}
for _h in HONORIFICS:
    HONORIFICS_BY_FIRST.setdefault(_h[0][0], []).append(_h)


def lone_honorific(word: str) -> bool:
    """A one-word honorific ("Hon.", "Dr"), as written alone before a name."""
    return any(len(words) == 1 for words, _ in HONORIFICS_BY_FIRST.get(_norm(word), ()))


def honorific_at(doc, i: int, end: int) -> int:
    """The end of an honorific starting at token i (dots and apostrophes skipped), or i."""
    if i >= end:
        return i
    for words, dotted in HONORIFICS_BY_FIRST.get(_norm(doc[i].text), ()):
        j, k = i, 0
        while k < len(words) and j < end:
            if doc[j].text in SKIPPED and k:
                j += 1
                continue
            t = doc[j]
            has_dot = t.text.endswith(".") or (j + 1 < len(doc) and doc[j + 1].text == ".")
            if _norm(t.text) != words[k] or not t.text[:1].isupper() or (dotted[k] and not has_dot):
                break
            j, k = j + 1, k + 1
        if k == len(words):
            while j < end and doc[j].text in SKIPPED:
                j += 1
            return j
    return i


def _title_word(tok) -> bool:
    return tok.lower_ in gz.TITLE_HEADS or tok.lower_ in TERRITORIAL_TITLES


def _job_word(tok) -> bool:
    """A title, or a reporter's job written as one ("White House Correspondent Dan Robinson", round
    25): the name after it is the person's, the words before it the beat's body or place."""
    return _title_word(tok) or (tok.lower_ in WRITER_NOUNS and tok.text[:1].isupper())


def _side_label(doc, start: int, end: int) -> str | None:
    """What the words before a title in a person span are: a body, a place, or nothing (only
    titles and modifiers)."""
    words = [t for t in doc[start:end] if not t.is_punct]
    if not words or all(t.lower_ in gz.TITLE_WORDS or t.lower_ in PLACE_MODIFIERS for t in words):
        return None
    if any(t.lower_ in gz.ORG_HEADS for t in words) or (len(words) == 1 and words[0].is_upper and len(words[0]) > 1):
        return "ORG"
    return "GPE"


def _split_person(doc, span: Span) -> list[Span]:
    """Honorifics off the front; a title inside the span splits it (the name after it is the
    person's: at least two words, or one after an honorific)."""
    start, end = span.start, span.end
    while start < end - 1 and any(c.isdigit() for c in doc[start].text):
        start += 1   # "Judge Court-4 Sheikh Nazmul Alam": a court's number is no part of the judge's name
    while True:
        nxt = honorific_at(doc, start, end)
        if nxt == start and doc[start].text in LEADING_HONORIFICS and end - start >= 3:
            nxt = start + 1   # "Sheikh Nawaf Al-Ahmad Al-Sabah" (not "Sheikh Hasina")
        if nxt == start:
            break
        start = nxt
    if start >= end:
        return []
    for i in range(end - 2, start, -1):
        cut = honorific_at(doc, i, end)
        if cut > i:   # "Selangor Menteri Besar Datuk Seri Amirudin Shari"
            return [Span(doc, cut, end, label="PERSON")] if cut < end else []
        t = doc[i]
        rest = [x for x in doc[i + 1:end] if not x.is_punct]
        one_after_place = len(rest) == 1 and t.lower_ in TERRITORIAL_TITLES and t.text[:1].isupper() \
            and _side_label(doc, start, i) == "GPE"   # "Purbalingga Regent Tasdi"
        if _job_word(t) and (len(rest) >= 2 or one_after_place) and all(_cap(x) for x in rest) \
                and not any(_title_word(x) for x in rest):
            out = [Span(doc, i + 1, end, label="PERSON")]
            side = _side_label(doc, start, i)
            if side and not _title_word(doc[i - 1]):
                out.insert(0, Span(doc, start, i, label=side))
            return out
    while end - start > 2 and doc[end - 1].text[:1].isupper() and end < len(doc) and doc[end].text[:1].isupper() \
            and doc[end].lower_ in gz.TITLE_HEADS and (doc[end - 1].lower_ in gz.TITLE_WORDS or doc[end - 1].lower_ in POST_WORDS):
        end -= 1   # "appointed Vladislav Kuznetsov Acting" + "Governor"
    return [Span(doc, start, end, label="PERSON")] if (start, end) != (span.start, span.end) else [span]


def _territorial_title_inside(doc, span: Span) -> int | None:
    """The index of "Regent" in "Pemalang Regent Mukti" read as a body: a place's name, a
    capitalised territorial post and one to three words of a name, no institution word."""
    lowers = doc_index.lowers(doc)
    for k in range(span.start + 1, span.end - 1):
        if lowers[k] not in TERRITORIAL_TITLES:
            continue
        t = doc[k]
        rest = doc[t.i + 1:span.end]
        if t.text[:1].isupper() and t.lower_ in TERRITORIAL_TITLES and 1 <= len(rest) <= 3 \
                and all(_cap(x) and x.lower_ not in gz.TITLE_WORDS and x.lower_ not in gz.ORG_HEADS
                        and not gz.country_of(x.text) for x in rest) \
                and _side_label(doc, span.start, t.i) == "GPE":
            return t.i
    return None


def _post_after(doc, end: int, person_starts: set[int]) -> bool:
    """A territorial post and a person's name follow token end: "Regent Christian Nehemia",
    "acting municipal manager Mvuleni Mapu", "MP Ahmed", ", Okoth Obado" after "Governor"."""
    j = end
    while j < len(doc) and j - end < 3 and (doc[j].is_lower or doc[j].is_title) and doc[j].lower_ in PLACE_MODIFIERS:
        j += 1   # ("Jhang Deputy Commissioner Muhammad Tahir")
    if j >= len(doc) or doc[j].lower_ not in TERRITORIAL_TITLES:
        return False
    j += 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    return j in person_starts or (j + 1 < len(doc) and _cap(doc[j]) and doc[j].pos_ == "PROPN"
                                  and _cap(doc[j + 1]) and doc[j + 1].pos_ == "PROPN")


def before_post(span) -> bool:
    """The span stands right before a territorial post and a person's name ("Rote Ndao
    Regent Christian Nehemia"): it names the post's place."""
    doc = span.doc
    persons = {e.start for e in doc.ents if e.label_ == "PERSON"}
    return _post_after(doc, span.end, persons)


def _place_not_person(doc, span: Span, person_starts: set[int], name_words: set[str]) -> Span | None:
    """A person span that is a place: before a territorial post and a person, ending in such a
    post with a person after it ("Migori Governor, Okoth Obado"), or led by a compass word."""
    if span[0].lower_ in COMPASS_WORDS and len(span) > 1:
        return Span(doc, span.start, span.end, label="GPE")
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in TERRITORIAL_TITLES \
            and doc[span.start - 2].lower_ not in ("chairman", "chairperson", "chairwoman", "speaker", "manager", "minister"):
        return Span(doc, span.start, span.end, label="GPE")   # "the regent of Rejang Lebong": the regency
    named = [t for t in span if t.text not in TITLE_ABBREVIATIONS] or list(span)
    if len(named) > 1 and (named[-1].lower_ in PLACE_TAILS or named[-1].lower_ in COMPASS_WORDS and (
            len(named) < len(span) or span.start > 0 and doc[span.start - 1].lower_ == "of")):
        # "Daniel Owuredu of Nkoranza North", "Takoradi Constituency", "Amansie South DCE": a place
        return Span(doc, span.start, named[-1].i + 1, label="GPE")
    if any(t.text in name_words for t in span):
        return None   # a word of a person named in full elsewhere ("Putin" of "Vladimir Putin")
    nxt = doc[span.end] if span.end < len(doc) else None
    if len(span) == 1 and nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in BUSINESS_TITLES:
        j = span.end
        while j < len(doc) and j - span.end < 4 and doc[j].text[:1].isupper() and doc[j].lower_ in OFFICER_WORDS:
            j += 1
        if j in person_starts:
            return Span(doc, span.start, span.end, label="ORG")   # "HealthSouth Chief Executive Officer X": the company
    last = span[-1]
    if len(span) > 1 and last.text[:1].isupper() and last.lower_ in TERRITORIAL_TITLES:
        j = span.end + (span.end < len(doc) and doc[span.end].text == ",")
        if j in person_starts:   # "Migori Governor, Okoth Obado"
            return Span(doc, span.start, span.end - 1, label="GPE")
    if _post_after(doc, span.end, person_starts):
        return Span(doc, span.start, span.end, label="GPE")
    return None


def _apposition_title(doc, end: int, strict: bool = False) -> bool:
    """", the president of", ", a former defence minister", ", his wife,": a person's
    apposition starts at token end (strict: no possessive before the title, as in "Goldman
    Sachs, the bank's chief executive")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    for t in doc[end + 1:end + 7]:
        if strict and t.text in ("'s", "’s"):
            return False
        if t.lower_ in APPOSITION_NOUNS:
            return t.is_lower or (not strict and t.is_title)   # (", the State Minister for Karamoja Affairs")
        if t.pos_ not in ("DET", "ADJ", "NOUN", "PRON", "PROPN") or t.is_punct or (t.text[:1].isupper() and (
                strict or t.lower_ not in gz.TITLE_WORDS and t.lower_ not in PLACE_MODIFIERS and t.lower_ != "state")):
            return False
    return False


def _apposed_to_title(x: Span) -> bool:
    """"the minister of information, communication and technology, Nape Nnauye": the parse
    sets the name in apposition to a title after a comma."""
    head = x.root.head
    return x.root.dep_ == "appos" and x.start > 0 and x.doc[x.start - 1].text == "," and head.i < x.start \
        and head.is_lower and head.lower_ in APPOSITION_NOUNS


def _after_title_comma(doc, x: Span) -> bool:
    """"the President's Special Adviser on Media and Publicity, Ajuri Ngelale, said": a name
    between commas right after a capitalised title (and its portfolio) is the title holder's."""
    start = x.start
    if start < 3 or doc[start - 1].text != "," or x.end >= len(doc) or doc[x.end].text not in (",", "."):
        return False
    for k in range(start - 2, max(-1, start - 10), -1):
        t = doc[k]
        if t.text[:1].isupper() and t.lower_ in gz.TITLE_HEADS:
            return True
        if not (_cap(t) or t.lower_ in ("on", "of", "for", "and", "the", "&")):
            return False
    return False


def _after_kin(doc, start: int) -> bool:
    """"his wife, Nadine Heredia": the name follows a kinship noun and a comma."""
    return (start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in KIN_NOUNS) \
        or (start >= 1 and doc[start - 1].lower_ in KIN_NOUNS)   # "his son-in-law Berat Albayrak"


def _name_run(doc, words) -> bool:
    """Two to four capitalised words that can be a person's name: no institution, country,
    place or title word in them."""
    named = [t for t in words if t.text != "-" and not (t.is_lower and t.lower_ in NAME_PARTICLES)]
    return 2 <= len(named) <= 4 and all(_cap(t) and t.lower_ not in gz.TITLE_WORDS and t.lower_ not in gz.ORG_HEADS
                                        and not gz.country_of(t.text) for t in named) \
        and _cap(words[0]) and _cap(words[-1]) and not gz.is_place(" ".join(t.text for t in words))


def _named_after_kind(doc, owner) -> list[Span]:
    """"Kosovo's third largest party, the Alliance for the Future of Kosovo": capitalised words
    (with their joining words) after a body's kind noun, a comma and "the" name that body."""
    found = []
    texts, lowers = doc_index.texts(doc), doc_index.lowers(doc)
    # (a kind noun, a comma and "the": without the noun, no walk)
    for i in range(len(doc) - 3) if "," in texts and not BODY_KINDS.isdisjoint(lowers) else ():
        if not (lowers[i + 2] == "the" and texts[i + 1] == "," and lowers[i] in BODY_KINDS and doc[i].is_lower):
            continue
        j = i + 3
        while j < len(doc) and j - i < 12 and j not in owner and (_cap_text(texts[j]) or (
                lowers[j] in ("of", "for", "and", "the") and j + 1 < len(doc) and (_cap_text(texts[j + 1]) or (
                    lowers[j + 1] == "the" and j + 2 < len(doc) and _cap_text(texts[j + 2]))))):
            j += 1
        while j > i + 3 and not _cap_text(texts[j - 1]):
            j -= 1
        if j - (i + 3) >= 2 and not all(gz.country_of(x.text) or gz.is_place(x.text) for x in doc[i + 3:j] if _cap(x)):
            found.append(Span(doc, i + 3, j, label="ORG"))
    return found


OPENING_QUOTES = ("“", '"', "‘", "``")


def _quoted_after_kind(doc) -> list[Span]:
    """"the Bangladesh newspaper, “Daily Star,”": capitalised words in quotes after a body's kind
    noun and a comma name that body (the words the quotes close on, a comma inside them left out);
    the model reads them as a work's title, which this span replaces."""
    found = []
    texts, lowers = doc_index.texts(doc), doc_index.lowers(doc)
    for i in range(len(doc) - 3):
        if not (texts[i + 1] == "," and texts[i + 2] in OPENING_QUOTES and lowers[i] in BODY_KINDS and doc[i].is_lower):
            continue
        j = i + 3
        while j < len(doc) and j - i < 10 and _cap_text(texts[j]):
            j += 1
        close = j + (j < len(doc) and texts[j] == ",")
        if j > i + 3 and close < len(doc) and texts[close] in ("”", '"', "’", "''") \
                and not all(gz.country_of(x.text) or gz.is_place(x.text) for x in doc[i + 3:j]):
            found.append(Span(doc, i + 3, j, label="ORG"))
    return found


def _name_after_body_title(doc, owner) -> list[Span]:
    """"Leader of the Opposition Ruwan Perera", "Speaker of the National Assembly X Y": the
    capitalised words after a title's "of the" run on from the body's name into a person's."""
    found = []
    texts, lowers = doc_index.texts(doc), doc_index.lowers(doc)
    for i in range(len(doc) - 4) if "of" in lowers and not gz.TITLE_HEADS.isdisjoint(lowers) else ():   # (or no walk)
        if not (lowers[i + 1] == "of" and lowers[i + 2] == "the" and texts[i][:1].isupper()
                and lowers[i] in gz.TITLE_HEADS):
            continue
        j = i + 3
        while j < len(doc) and j - i < 10 and _cap_text(texts[j]) and j not in owner:
            j += 1
        words = list(doc[i + 3:j])
        for k, w in enumerate(words[:-2]):
            rest = words[k + 1:]
            if w.lower_ in NAME_RUN_HEADS and 2 <= len(rest) <= 3 \
                    and _name_run(doc, rest):
                found.append(Span(doc, rest[0].i, j, label="PERSON"))
                if k >= 1 and w.lower_ in gz.ORG_HEADS:
                    found.append(Span(doc, i + 3, w.i + 1, label="ORG"))
                break
    return found


def _apposed_persons(doc, out: list[Span]) -> list[Span]:
    """Names in apposition to a person's title or kin: relabel what the model read as a place,
    building or work, or tag the name it did not read at all."""
    owner = {i: x for x in out for i in range(x.start, x.end)}
    quoted = _quoted_after_kind(doc) if "," in doc_index.texts(doc) else []
    if quoted:   # "the Bangladesh newspaper, “Daily Star,”": the newspaper's name, not a work's
        taken = {i for q in quoted for i in range(q.start, q.end)}
        out = [x for x in out if not any(i in taken for i in range(x.start, x.end))]
        owner = {i: x for x in out for i in range(x.start, x.end)}
    keep, found = [], _name_after_body_title(doc, owner) + _named_after_kind(doc, owner) + quoted
    texts, lowers, pos = doc_index.texts(doc), doc_index.lowers(doc), doc_index.pos_ids(doc)
    for x in out:
        # (each apposition test needs a comma right after the span or a comma or kin noun right before it)
        if not (x.end < len(texts) and texts[x.end] == "," or x.start > 0 and (
                texts[x.start - 1] == "," or lowers[x.start - 1] in KIN_NOUNS)) \
                or x.label_ not in ("GPE", "FAC", "LOC", "WORK_OF_ART", "NORP", "PRODUCT", "ORG") \
                or not _name_run(doc, list(x)) \
                or not (_apposition_title(doc, x.end, x.label_ == "ORG") or _after_kin(doc, x.start)
                        or _apposed_to_title(x) or _after_title_comma(doc, x)) \
                or (x.start > 0 and lowers[x.start - 1] in PLACE_PREPOSITIONS):
            keep.append(x)
            continue
        found.append(Span(doc, x.start, x.end, label="PERSON"))
    for i, w in enumerate(texts):
        if pos[i] != PROPN or not w[:1].isupper() or i in owner or not _cap_text(w) or (
                i > 0 and _cap_text(texts[i - 1]) and texts[i - 1] not in TITLE_ABBREVIATIONS):
            continue   # (the part of speech first: the cheapest test, and most tokens fail it)
        j = i
        while j < len(doc) and j - i < 4 and j not in owner and _cap_text(texts[j]) and (j > i or pos[j] == PROPN) \
                and lowers[j] not in gz.TITLE_WORDS and lowers[j] not in POST_WORDS:
            j += 1
        after_abbreviation = i > 0 and texts[i - 1] in TITLE_ABBREVIATIONS   # "Trade CS Moses Kuria"
        k = j
        while k < len(doc) and k - j < 3 and texts[k][:1].isupper() and (
                lowers[k] in gz.TITLE_WORDS or lowers[k] in POST_WORDS):
            k += 1
        after_abbreviation = after_abbreviation or (   # "appointed Ilya Vetrov Acting Governor"
            k > j and lowers[k - 1] in gz.TITLE_HEADS and i > 0 and pos[i - 1] == VERB)
        after_abbreviation = after_abbreviation or (   # "getting Umaru Yar'Adua elected as president"
            j + 1 < len(doc) and doc[j].lemma_ in ("elect", "appoint", "name", "swear", "nominate", "install")
            and doc[j].tag_ == "VBN" and lowers[j + 1] in ("as", "in"))
        if j > i + 1 and _name_run(doc, list(doc[i:j])) and (_apposition_title(doc, j) or after_abbreviation) \
                and not (i > 0 and lowers[i - 1] in PLACE_PREPOSITIONS):
            found.append(Span(doc, i, j, label="PERSON"))
    return keep + found


def _given_name_and_place(doc, out: list[Span]) -> list[Span]:
    """"Ollanta Humala, Alan Garcia and Alejandro Toledo": a one-word place the model read,
    after an untagged capitalised word, listed with persons, is a person's surname."""
    owner = {i for x in out for i in range(x.start, x.end)}
    persons = None   # (the persons' roots, read only when a span passes the other tests)
    res = []
    for x in out:
        i = x.start
        if x.end - i == 1 and i > 0 and i - 1 not in owner and x.label_ in ("GPE", "LOC", "ORG", "NORP") \
                and _cap(doc[i - 1]) and doc[i - 1].pos_ == "PROPN" and not doc[i - 1].is_sent_start \
                and doc[i - 1].lower_ not in gz.TITLE_WORDS and doc[i - 1].lower_ not in gz.ORG_HEADS \
                and not gz.country_of(doc[i - 1].text) and not gz.is_place(doc[i - 1].text):
            if persons is None:
                persons = {y.root.i: y for y in out if y.label_ == "PERSON"}
            if x.root.dep_ == "conj" and x.root.head.i in persons \
                    or any(c.dep_ == "conj" and c.i in persons for c in x.root.children):
                x = Span(doc, i - 1, x.end, label="PERSON")
        res.append(x)
    return res


def _acronym_of(text: str, org: str) -> bool:
    from .mentions import initials_of   # (mentions imports ner_repair, which imports this module)
    return 2 <= len(text) <= 8 and text.isalpha() and (text.isupper() or text.upper() == initials_of(org))


def _bracketed_acronyms(doc, out: list[Span]) -> list[Span]:
    """"the Zimbabwe Anti-Corruption Commission (Zacc)": a one-word span in brackets right
    after an institution, spelling an acronym, is that institution's acronym (the model
    reads mixed-case ones as persons)."""
    if "(" not in doc_index.texts(doc):
        return list(out)
    orgs = {x.end: x for x in out if x.label_ == "ORG"}
    for y in [_of_country(doc, x) for x in orgs.values()]:   # "National Olympic Committee" + "of Kenya (Nock)"
        orgs.setdefault(y.end, y)
    res = []
    for x in out:
        org = orgs.get(x.start - 1)
        if x.label_ != "ORG" and len(x) == 1 and org is not None and doc[x.start - 1].text == "(" \
                and x.end < len(doc) and doc[x.end].text == ")" and _acronym_of(x.text, org.text):
            x = Span(doc, x.start, x.end, label="ORG")
        res.append(x)
    return res


def _spells(acronym: str, words: list[str]) -> bool:
    """The acronym's letters are the words' initials in order, the first one first
    ("PTI" of "Pakistan Tehreek-e-Insaf", "MDC" of "Movement for Democratic Change")."""
    initials = [w[0].upper() for w in words if w[:1].isalpha()]
    if not initials or initials[0] != acronym[0]:
        return False
    k = 0
    for c in initials:
        if k < len(acronym) and c == acronym[k]:
            k += 1
    return k == len(acronym)


def swap_in(out: list[Span], found: list[Span]) -> list[Span]:
    """The spans of out that overlap no span of found, then found: the names a rule read
    replace the model's spans they cover (out itself when the rule found none)."""
    if not found:
        return out
    covered = {i for f in found for i in range(f.start, f.end)}
    return [x for x in out if not any(i in covered for i in range(x.start, x.end))] + found


def _named_before_acronym(doc, out: list[Span]) -> list[Span]:
    """"The Pakistan Tehreek-e-Insaf (PTI) leader": capitalised words the model left untagged
    (or read as a place) right before a bracketed acronym that spells them are the body's name."""
    texts = doc_index.texts(doc)
    if "(" not in texts:
        return out   # (every acronym it reads is bracketed)
    owner = {i: x for x in out for i in range(x.start, x.end)}
    found = []
    for x in out:
        if x.end - x.start != 1 or x.start < 3 or texts[x.start - 1] != "(" or x.label_ != "ORG" \
                or not texts[x.start].isupper():
            continue
        end = x.start - 1
        j = end
        read = owner.get(end - 1)
        if read is not None and read.label_ in ("ORG", "PERSON"):
            if read.label_ == "PERSON" or _spells(x.text, [w for t in read for w in t.text.split("-")]) \
                    or read.start < 1 or doc[read.start - 1].ent_type_ not in ("GPE", "NORP"):
                continue   # the body's name was read ("... Commission (EFCC)")
            j = read.start   # "Pakistan" + "People’s Party (PPP)": the country leads the name
        while j > 0 and end - j < 8 and doc[j - 1].lower_ != "the" and (_cap(doc[j - 1]) or doc[j - 1].text == "-" or (
                doc[j - 1].is_lower and doc[j - 1].lower_ in ("of", "for", "and", "e", "i", "el", "al", "de", "the")
                and j - 2 >= 0 and (_cap(doc[j - 2]) or doc[j - 2].text == "-"))):
            if j - 1 in owner and owner[j - 1].label_ not in ("GPE", "NORP", "LOC"):
                break
            j -= 1
        while j < end and not _cap(doc[j]):
            j += 1
        words = [t.text for t in doc[j:end] if _cap(t)]
        clash = [owner[i] for i in range(j, end) if i in owner]
        if len(words) >= 2 and _spells(x.text, [w for t in doc[j:end] for w in t.text.split("-")]) \
                and all(c.start >= j and c.end <= end for c in clash):
            found.append(Span(doc, j, end, label="ORG"))
    return swap_in(out, found)


def _org_back(doc, span: Span, taken: set[int]) -> Span:
    """"The Ethics and" + "Anti-Corruption Commission": capitalised words and a joining word
    before an institution's name, after "the" or at a sentence's start, are part of it."""
    s = span.start
    if s < 2 or doc[s - 1].lower_ not in ("and", "of", "for", "&") or span[-1].lower_ not in gz.ORG_HEADS:
        return span
    j = s - 1
    while j > 0 and j - 1 not in taken and _cap(doc[j - 1]) and doc[j - 1].lower_ != "the" \
            and not gz.country_of(doc[j - 1].text) and doc[j - 1].lower_ not in gz.TITLE_WORDS and s - j < 4 \
            and doc[j - 1].lower_ not in ("member", "members") and doc[j - 1].lower_ not in ROLE_NOUNS:
        # ("Member of" + "Parliament": a seat in it; "Clerk of" + "Parliament": a post at it)
        j -= 1
    if j == s - 1 or j - 1 in taken:
        return span
    before = doc[j - 1] if j > 0 else None
    if before is None or before.lower_ in ("the", "(") or doc[j].is_sent_start:
        return Span(doc, j, span.end, label="ORG")
    return span


def _listed_names(doc, out: list[Span]) -> list[Span]:
    """"central bank governors Semih Tumen and Ugur Namik Kucuk" read as one work of art or
    body: after a title, two names joined by "and" are two persons."""
    res = []
    lowers = doc_index.lowers(doc)
    for x in out:
        ands = [k for k in range(x.start, x.end) if lowers[k] == "and"]
        prev = lowers[x.start - 1] if x.start > 0 else None
        title = prev is not None and (prev in gz.TITLE_HEADS or prev in TERRITORIAL_TITLES
                                      or (prev.endswith("s") and prev[:-1] in gz.TITLE_HEADS)
                                      or prev.endswith("ies") and prev[:-3] + "y" in gz.TITLE_HEADS)
        if x.label_ != "PERSON" and len(ands) == 1 and title:
            left, right = list(doc[x.start:ands[0]]), list(doc[ands[0] + 1:x.end])
            if _name_run(doc, left) and _name_run(doc, right):
                res += [Span(doc, x.start, ands[0], label="PERSON"), Span(doc, ands[0] + 1, x.end, label="PERSON")]
                continue
        res.append(x)
    return res


def _lone_name_word(x: Span) -> bool:
    """One capitalised proper noun the model read as a people or a place, that no gazetteer
    knows as one ("Islam" of "Md Akterul Islam", "Hakan" of "Hakan Yilmaz Demir")."""
    return x.label_ in ("NORP", "GPE") and len(x) == 1 and _cap(x[0]) and x[0].pos_ == "PROPN" \
        and not gz.country_of(x.text) and not gz.is_place(x.text)


def _join_persons(doc, out: list[Span]) -> list[Span]:
    """Two person spans with nothing between them ("Syed Abed" | "Ali Jibon"), or a person
    span and a one-word nationality or religion after it ("Md Akterul" | "Islam"), are one name."""
    out = sorted(out, key=lambda x: x.start)
    res: list[Span] = []
    for x in out:
        last = res[-1] if res else None
        if last is not None and x.start == last.end and doc[last.end - 1].whitespace_ \
                and ((last.label_ == "PERSON" and (x.label_ == "PERSON" or _lone_name_word(x)))
                     or (x.label_ == "PERSON" and _lone_name_word(last))) \
                and not doc[x.start].is_sent_start and len(last) + len(x) <= 5 \
                and not any(t.lower_ in gz.TITLE_WORDS for t in doc[last.start:x.end]) \
                and all(_cap(t) or (t.is_lower and t.lower_ in NAME_PARTICLES) for t in doc[last.start:x.end]):
            # (not "Prime Minister" | "X", "São Paulo’s" | "Geraldo Alckmin")
            res[-1] = Span(doc, last.start, x.end, label="PERSON")
            continue
        res.append(x)
    return res


def _office_of_title(doc, span: Span) -> Span:
    """"Office of the Prime" + "Minister": an office named after a post takes the post's last word."""
    if len(span) >= 4 and span[0].lower_ == "office" and span[1].lower_ == "of" and span.end < len(doc) \
            and doc[span.end].lower_ in gz.TITLE_HEADS and doc[span.end].text[:1].isupper() \
            and span[-1].lower_ in ("prime", "vice", "deputy", "chief", "attorney", "inspector", "auditor", "special"):
        return Span(doc, span.start, span.end + 1, label="ORG")
    return span


def _of_country(doc, span: Span) -> Span:
    """"Communist Party" + "of Vietnam", "Supreme Court" + "of India": a body's name that ends in
    an institution word goes on over "of" and a country (a ministry's name is left as it is:
    its portfolio follows "of")."""
    e = span.end
    if e + 1 >= len(doc) or doc[e].lower_ != "of" or not doc[e + 1].text[:1].isupper():
        return span
    ministry = span[0].lower_ in ("ministry", "department")
    headed = span[-1].lower_ in gz.ORG_HEADS and span[-1].text[:1].isupper() and not ministry
    # "Ministry of Defence" + "of Ukraine": the portfolio is already named, the country follows
    portfolio_named = ministry and len(span) >= 3 and span[1].lower_ in ("of", "for") and span[-1].text[:1].isupper()
    if not (headed or portfolio_named):
        return span
    if doc[e + 1].ent_type_ == "GPE" and doc[e + 1].ent_iob_ == "B":
        j = e + 2
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
    elif doc[e + 1].ent_type_ == "":
        j = e + 2   # "National Olympic Committee" + "of Kenya", the country left untagged
    else:
        return span
    if gz.country_of(doc[e + 1:j].text) and not (j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha):
        return Span(doc, span.start, j, label="ORG")
    return span


def portfolio_like(tok) -> bool:
    """A word shaped like a portfolio's, not a name's: "Training", "Welfare", "Fisheries"."""
    w = tok.lower_
    return w in PORTFOLIO_WORDS or w in gz.domain_forms() or (len(w) >= 7 and w.endswith(
        ("tion", "ment", "ure", "ance", "ence", "ies", "ics", "ity", "ism", "ing", "acy", "ogy", "ship", "ness"))) \
        or (tok.tag_ == "NNPS" and len(w) >= 5 and w.endswith("s") and tok.i > 0
            and tok.doc[tok.i - 1].lower_ in ("and", "&"))   # "... Development and Reforms": a plural item ends the list


def _and_one_more(doc, span: Span) -> Span:
    """"Department of Personnel" + "and" + "Training" (read as a person): a ministry's or
    department's name goes on over "and" and one more capitalised word before a lower-case one."""
    e = span.end
    if len(span) >= 3 and span[0].lower_ in ("ministry", "department", "office", "bureau", "directorate", "commission") \
            and span[1].lower_ in ("of", "for") and e + 2 < len(doc) and doc[e].lower_ == "and" and _cap(doc[e + 1]) \
            and not doc[e + 2].text[:1].isupper() and not gz.country_of(doc[e + 1].text) \
            and not gz.is_place(doc[e + 1].text) and doc[e + 1].lower_ not in gz.TITLE_WORDS \
            and doc[e + 1].ent_type_ != "ORG" and portfolio_like(doc[e + 1]) \
            and (doc[e + 1].ent_iob_ in ("B", "O")) and (e + 2 >= len(doc) or doc[e + 2].ent_iob_ != "I"):
        return Span(doc, span.start, e + 2, label="ORG")
    return span


ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


def _ordinal_and_people(doc, span: Span) -> Span:
    """"58th" + "Combined Arms Army": a unit's number is part of its name; "Liberation Tigers" +
    "of Tamil Eelam" (a people or land after "of", then a comma or a bracket) too."""
    start, end = span.start, span.end
    if start > 0 and doc[start - 1].text[:-2].isdigit() and doc[start - 1].text[-2:].lower() in ORDINAL_ENDINGS:
        start -= 1
    if end + 2 < len(doc) and doc[end].lower_ == "of" and _cap(doc[end + 1]) \
            and doc[end + 1].ent_type_ in ("NORP", "GPE", "") and not gz.country_of(doc[end + 1].text):
        j = end + 1
        while j < len(doc) and j - end < 5 and _cap(doc[j]) and doc[j].ent_type_ in ("NORP", "GPE", ""):
            j += 1
        acronym = any(x.text.isupper() and x.is_alpha and len(x) > 1 for x in doc[j + 1:j + 3])
        if j < len(doc) and doc[j].text in (",", "(") and acronym:
            end = j   # ("..., the LTTE", "... (LTTE)")
    return Span(doc, start, end, label="ORG") if (start, end) != (span.start, span.end) else span


def _title_inside(doc, span: Span) -> Span:
    """"Arts and Recreation and Member of Parliament for X": a title ("and Member of") inside a
    body's span ends it (what came before is a portfolio, left to the title rules)."""
    for t in span[1:-1]:
        w = doc[t.i + 1]
        if t.lower_ == "and" and w.text[:1].isupper() and t.i + 2 < len(doc) and (
                (w.lower_ in gz.TITLE_HEADS or w.lower_ == "member") and doc[t.i + 2].lower_ == "of"
                or w.lower_ in gz.TITLE_WORDS or w.lower_ in POST_WORDS) \
                and not (w.i == span.end - 1 and w.lower_ in gz.domain_forms() and doc[w.i + 1].is_lower):
            # (not "Court of Cassation and Justice" + "court": the last word is a portfolio)
            return Span(doc, span.start, t.i, label="ORG")   # ("the Criminal Division and Acting U.S. Attorney")
        if t.lower_ in ("on", "to") and w.text[:1].isupper() and (w.lower_ in gz.TITLE_WORDS or w.lower_ in POST_WORDS):
            return Span(doc, span.start, t.i, label="ORG")   # "Executive Order On Acting Governor": a title follows
    return span


def _body_and_bracket(doc, span: Span) -> list[Span]:
    """"Office of the Special Prosecutor (OSP)" read as one span: the name and its acronym."""
    for t in span[2:]:
        if t.text == "(" and t.i + 1 < len(doc) and doc[t.i + 1].text.isupper() and doc[t.i + 1].is_alpha \
                and t.i + 2 < len(doc) and doc[t.i + 2].text == ")" and t.i + 2 >= span.end - 1:
            return [Span(doc, span.start, t.i, label="ORG"), Span(doc, t.i + 1, t.i + 2, label="ORG")]
    return [span]


def _body_then_name(doc, span: Span) -> list[Span]:
    """"Leader of the Opposition Sajith Premadasa", "ACC Public Relations" + "Officer X": a body's
    name that runs on into a person's name, or into the words of a title."""
    words = list(span)
    for k in range(len(words) - 2, 0, -1):
        t = words[k - 1]
        rest = words[k:]
        if t.lower_ in NAME_RUN_HEADS and 2 <= len(rest) <= 3 \
                and all(_cap(x) and x.lower_ not in gz.TITLE_WORDS and x.lower_ not in gz.ORG_HEADS
                        and not gz.country_of(x.text) for x in rest) \
                and span.start >= 2 and doc[span.start - 1].lower_ in ("the", "of"):
            body = [Span(doc, span.start, rest[0].i, label="ORG" if t.lower_ in gz.ORG_HEADS else "GPE")] \
                if t.lower_ in gz.ORG_HEADS or t.lower_ in AREA_WORDS else []
            return body + [Span(doc, rest[0].i, span.end, label="PERSON")]
    nxt = doc[span.end] if span.end < len(doc) else None
    if len(span) >= 2 and span[0].is_upper and len(span[0]) > 1 and span[0].whitespace_ and nxt is not None \
            and nxt.text[:1].isupper() \
            and nxt.lower_ in gz.TITLE_HEADS and not any(x.lower_ in gz.ORG_HEADS for x in span[1:]):
        return [Span(doc, span.start, span.start + 1, label="ORG")]   # "ACC" of "ACC Public Relations Officer"
    return [span]


_DASHES = frozenset({"-", "–", "—"})


def mend(doc, out: list[Span]) -> list[Span]:
    """The spans with names' bounds mended (ner_repair filters overlaps afterwards)."""
    out = _named_before_acronym(doc, _bracketed_acronyms(doc, _apposed_persons(doc, out)))
    out = _given_name_and_place(doc, _listed_names(doc, out))
    taken = {i for x in out for i in range(x.start, x.end)}
    res: list[Span] = []
    texts = doc_index.texts(doc)
    dashes = not _DASHES.isdisjoint(texts)   # (most documents have no dash token: no span is searched for one)
    for x in out:
        dash = next((k for k in range(x.start + 1, x.end) if texts[k] in _DASHES and doc[k].whitespace_
                     and doc[k - 1].whitespace_), None) if dashes else None
        if dash is not None and x.label_ in ("PERSON", "ORG"):
            x = Span(doc, x.start, dash, label=x.label_)   # "Ammon News - AMMONNEWS - Emanating from ...": a spaced dash ends a name
        if x.label_ == "PERSON":
            res.extend(_split_person(doc, x))
        elif x.label_ == "ORG" and len(x) >= 3 and x[0].text in TITLE_ABBREVIATIONS and _name_run(doc, list(x[1:])):
            res.append(Span(doc, x.start + 1, x.end, label="PERSON"))   # "CS Otieno Wekesa" read as a body
        elif x.label_ == "ORG" and len(x) >= 4 and x[0].text in TITLE_ABBREVIATIONS and x[1].lower_ == "of":
            start = x.start + 2 + (doc[x.start + 2].lower_ == "the")   # "PS of the Ministry of Public Enterprises":
            res.append(Span(doc, start, x.end, label="ORG"))            # the title is no part of the body's name
        elif x.label_ == "ORG" and (cut := _territorial_title_inside(doc, x)) is not None:
            # "Pemalang Regent Mukti" (+ "Agung Wibowo") read as a body: the place, then the regent
            res += [Span(doc, x.start, cut, label="GPE"), Span(doc, cut + 1, x.end, label="PERSON")]
        elif x.label_ == "ORG":
            of = next((t.i for t in x[1:-2] if t.lower_ == "of" and doc[t.i + 1].lower_ == "the"), None)
            if of is not None and all(t.is_lower and t.is_alpha and t.lower_ not in gz.TITLE_WORDS for t in doc[of + 2:x.end]) \
                    and doc[of - 1].text[:1].isupper():   # (not "Office of the president")
                x = Span(doc, x.start, of, label="ORG")   # "Standing Committee of the department" + "'s Party unit": the department is named apart
            while len(x) > 1 and x[-1].is_lower and (x[-1].lower_ in OUTLET_NOUNS or x[-1].lower_ == "news"):
                x = Span(doc, x.start, x.end - 1, label="ORG")   # "the Associated Press news agency": what it is, not its name
            while len(x) > 1 and x[-1].text.rstrip(".") in gz.PREFIXES and x[-1].text[:1].isupper() \
                    and x[-2].lower_ not in NAME_JOINERS and x[-1].lower_ not in gz.domain_forms():   # (not "Department of Justice")
                x = Span(doc, x.start, x.end - 1, label="ORG")   # "Local Government Mr" + "Bashungwa": the honorific is the name's after
            if len(x) > 3 and x[1].text == "-" and x[2].is_lower and x[2].text.endswith("ed"):
                x = Span(doc, x.start + 3, x.end, label="ORG")   # "UN-backed International Commission"
            x = _of_country(doc, _office_of_title(doc, _org_back(doc, x, taken - set(range(x.start, x.end)))))
            x = _and_one_more(doc, x)
            x = _ordinal_and_people(doc, x)
            if len(x) > 1 and x[-1].lower_ == "cabinet" and x.end < len(doc) and doc[x.end].text[:1].isupper() \
                    and doc[x.end].lower_ in gz.TITLE_HEADS and all(
                        t.lower_ in gz.TITLE_WORDS or t.lower_ in gz.domain_forms() or t.lower_ in MODIFIERS
                        or t.lower_ == "prime" for t in x[:-1]):
                x = Span(doc, x.end - 1, x.end, label="ORG")   # "Chief Cabinet" of "Chief Cabinet Secretary": the Cabinet
            res.extend(p for b in _body_and_bracket(doc, _title_inside(doc, x)) for p in _body_then_name(doc, b))
        else:
            res.append(x)
    res = _join_persons(doc, res)
    person_starts = {x.start for x in res if x.label_ == "PERSON"}
    name_words = {t.text for x in res if x.label_ == "PERSON" and len(x) > 1 for t in x}
    lows = doc_index.lowers(doc)   # (each token's lower-cased text, read once per Doc)
    final = []
    for x in res:
        if x.label_ in ("GPE", "LOC", "NORP") and len(x) > 1 and x[-1].lower_ in gz.ORG_HEADS \
                and x[-1].lower_ not in AREA_HEADS and x[-1].text[:1].isupper():
            x = Span(doc, x.start, x.end, label="ORG")   # "The Republic of Fiji Military Forces" read as a place
        if x.label_ == "ORG" and len(x) > 1 and x[0].lower_ in COMPASS_WORDS and x[0].text[:1].isupper() \
                and gz.ORG_HEADS.isdisjoint(lows[x.start:x.end]):
            x = Span(doc, x.start, x.end, label="GPE")   # "Northwest China": a region
        if x.label_ in ("FAC", "GPE", "LOC", "ORG") and len(x) > 1 and x[-1].text[:1].isupper() \
                and x[-1].lower_ in TERRITORIAL_TITLES and gz.ORG_HEADS.isdisjoint(lows[x.start:x.end]) \
                and x.end + (x.end < len(doc) and doc[x.end].text == ",") in person_starts:
            x = Span(doc, x.start, x.end - 1, label="GPE")   # "Ndhiwa Governor" read as a building
        if x.label_ == "ORG" and gz.ORG_HEADS.isdisjoint(lows[x.start:x.end]) and _post_after(doc, x.end, person_starts) \
                and not x.text.isupper():
            x = Span(doc, x.start, x.end, label="GPE")   # "Mbeere North MP Geoffrey Ruku": the constituency
        if x.label_ == "PERSON":
            place = _place_not_person(doc, x, person_starts - {x.start},
                                      name_words - {t.text for t in x})
            if place is not None:
                if len(place):
                    final.append(place)
                continue
        final.append(x)
    return final
