"""Entity mentions in one article and their resolution to entities.

Fixes the small model's NER where rules can ("Vadim Shamarin, head of ..." tagged ORG,
"Defense" of "Defense Minister" tagged ORG), then resolves within the article:
surnames to full names ("Shoigu" -> "Sergei Shoigu"), acronyms to institutions
("Federal Security Service (FSB)"), ministries to one form ("Ministry of Defense" =
"Russian Defense Ministry" = "MoD"), and country-less names to the article's country.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from graph.merge import spelling_key   # "Kovalenkyy" / "Kovalenky": the key the graph files a surname under
from graph.schema import ORGANISATION, PERSON, entity_id

from . import gazetteer as gz
from . import furniture_names, post_bodies, joined_persons, story_lines, officer_ranks, town_police, legislatures, repeated_bodies, list_names, name_bounds, name_precision, party_names, places, portfolio_lists, portfolio_orgs, post_spans, initials, acronym_posts
from .foreign import foreign_sentences
from .lexicon import COUNTERPART_NOUNS, MODIFIERS, PERSON_HEADED, PERSON_ONLY_NOUNS, PERSON_ONLY_VERBS, REPLACE_VERBS
from .lexicon import load as load_data   # (data/names.json: word lists of names' shapes)
from .ner_repair import PARTICLES, TERRITORY_WORDS
from .body_name_tails import OFFICE_BODIES   # "Ombudsman": an office that is a body too
from .org_names import (COMPANY_SUFFIX, NATIONAL_BODIES, body_of_country, company_name, ministry_aliases,
                        ministry_domain, org_identity)
from .portfolio_words import after_title_chain, inside_portfolio, portfolio_word   # a portfolio run into a name
from .rules.titles import PORTFOLIO_WORDS
from . import doc_index
from . import crown_titles

APOS = re.compile(r"\s*(?:’s|'s|’|')$")
LEAD_DET = re.compile(r"^(?:the|a|an)\s+", re.I)
LOWER_CASE_BODIES = gz.BODY_WORDS | {"guard"}   # lower-case ORG spans kept for these words
RANK_WORDS = gz.TITLE_WORDS | {"marshall"}   # words of a rank before a name ("Air Marshall Paul Dike")
TITLE_OR_MODIFIER_WORDS = gz.TITLE_WORDS | MODIFIERS   # a "name" of these words only is a title


@dataclass
class EntityBuild:
    """An entity as the article describes it, before it becomes a graph record."""
    label: str
    key: str
    name: str
    aliases: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    used: bool = False  # kept even without mentions of its own (a position's country)

    @property
    def id(self) -> str:
        return _entity_id(self.label, self.key)

    def add_name(self, name: str) -> None:
        name = name.strip()
        if not name:
            return
        if (len(name.split()), len(name)) > (len(self.name.split()), len(self.name)) \
                and self.label == PERSON:
            self.aliases.add(self.name)
            self.name = name
        elif name != self.name:
            self.aliases.add(name)


_entity_id = lru_cache(maxsize=8192)(entity_id)   # (pure; an entity's id is read many times)


@dataclass
class Mention:
    label: str
    start: int  # token index in the doc
    end: int
    text: str
    sent_index: int
    entity: EntityBuild | None = None
    alias: str = ""   # the name as written with an honorific the span left out ("Sheikh Nawaf Al-Ahmad")


@lru_cache(maxsize=8192)   # (pure; the same names are cleaned again by many rules)
def clean_name(text: str) -> str:
    text = APOS.sub("", text.replace("\u00a0", " ").strip())
    text = LEAD_DET.sub("", text)
    out = re.sub(r"\s+", " ", text).strip(" ,.;:\"“”'()•·–—-")
    if out.count("(") == out.count(")") + 1 and text.rstrip().endswith(")"):
        out += ")"   # "Nepali Congress (Democratic)" keeps its closing bracket
    return out


TITLES_AFTER_NAMES = frozenset(gz.data().get("titles_after_names", []))
WRITER_NOUNS = furniture_names.WRITER_NOUNS   # a reporter's job before the name ("White House Correspondent X")


def strip_person_prefix(tokens: list[str]) -> list[str]:
    """Drop honorifics, ranks, title words and a body's acronym that NER left inside a person
    span ("IHC Aamer Farooq", "IG Islamabad"), and a title after the name ("Salman Safdar
    Advocate")."""
    while len(tokens) > 1 and (tokens[0].rstrip(".") in gz.PREFIXES or tokens[0].lower() in gz.TITLE_WORDS
                               or (len(tokens) > 2 and gz.is_plural_title(tokens[0]))   # "Trial Attorneys Ann Lee and ..." (round 25)
                               or (len(tokens) > 2 and tokens[0].lower() in WRITER_NOUNS)   # "Correspondent Ann Lee"
                               or tokens[0] in name_bounds.TITLE_ABBREVIATIONS   # "DSP Sandhu"
                               or tokens[0].lower() in name_bounds.TERRITORIAL_TITLES   # "Regent Hendri"
                               or (len(tokens) > 2 and tokens[0].lower() in gz.ORG_HEADS)   # "Cabinet Misheck Sibanda"
                               or (len(tokens) > 2 and tokens[0].isupper() and 2 <= len(tokens[0]) <= 5
                                   and tokens[0].isalpha() and not all(t.isupper() for t in tokens[1:]))):
        tokens = tokens[1:]
    while len(tokens) > 2 and (tokens[-1].rstrip(".") in TITLES_AFTER_NAMES
                               or (tokens[-1] in ("Acting", "Interim") and tokens[-2][:1].isupper())):
        tokens = tokens[:-1]   # ("appointed X Y Acting Governor": the title's first word)
    return tokens


def _qualifies_post(doc, i: int) -> bool:
    """"British Prime Minister", "Bangladesh's Prime Minister": the country names a post."""
    for t in doc[i:i + 4]:
        if t.text in ("'s", "’s"):
            continue
        if t.is_punct or t.lower_ not in gz.TITLE_WORDS | {"prime", "vice", "deputy", "first"}:
            return False
        if t.lower_ in gz.TITLE_HEADS:
            return True
    return False


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern:
    """Every country name, short form and adjective of the gazetteer, as written (case kept:
    "US" is a country, "us" is not); a plural demonym ("Ivorians") counts too."""
    forms = {f for name, fs in gz.data()["countries"].items() for f in [name, *fs]}
    # The forms grouped by their first character, longest first within each group, as in one
    # list sorted longest first (at a position only one group can match, so the first form that
    # matches is the same), and the "(?<![\w.])" before the form asked after its first character
    # ("(?<![\w.]X)" there is the same test): the pattern then starts with a character of a
    # fixed set, which the re module looks for in C, instead of trying every form at every
    # position of the text.
    by_first: dict[str, list[str]] = {}
    for f in sorted(forms, key=len, reverse=True):
        by_first.setdefault(f[0], []).append(f[1:])
    alts = "|".join(f"{re.escape(c)}(?<![\\w.]{re.escape(c)})(?:{'|'.join(re.escape(r) for r in rests)})"
                    for c, rests in by_first.items())
    return re.compile(rf"(?:{alts})(?:s(?=\W|$)|(?![\w]))")


def article_countries(docs, title: str | None = None) -> tuple[str | None, str | None]:
    """The country an article is about, the one its place names and adjectives name most
    (a post qualified by the country counts twice; a tie goes to the first one named; round 24:
    a country named only as where something happens, "the troops in Afghanistan", weighs half
    when countries are compared, and a counterpart's, "his Ugandan counterpart", not at all):
    (named at least twice, named at all). "Named twice" is two mentions (round 24): the one
    "Israeli Prime Minister X" of a story makes Israel its country's hint, not the country of a
    bare "President Y" it names in passing. Heads of state need the first; a ministry named
    without a country is the second's. Names inside an organisation's name ("Radio France
    International") do not count unless they lead it ("Russian Defence Ministry") or end it
    after "of" ("Communist Party of Vietnam"). The lines of the story decide when they name a
    country twice; the lines of the page's menus and lists of other stories (story_lines.py) count
    only when they do not; `title` is the story's own headline."""
    story: Counter = Counter()   # the story's lines
    counts: Counter = Counter()   # every line
    story_weights: Counter = Counter()
    weights: Counter = Counter()
    story_named: Counter = Counter()   # mentions, each once
    named: Counter = Counter()
    first = story_first = None
    for doc, keep in zip(docs, story_lines.story_lines([doc_index.text(d) for d in docs], title)):
        orgs = [e for e in doc.ents if e.label_ in ("ORG", "FAC", "WORK_OF_ART")]
        for hit in _country_pattern().finditer(doc_index.text(doc)):
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is None or any(o.start < span.start < o.end and not (
                    span.end == o.end and span.start >= 2 and doc[span.start - 1].lower_ == "of"
                    and doc[span.start - 2].lower_ in gz.ORG_HEADS) for o in orgs):
                continue   # (a country ending a body's name counts: "National Olympic Committee of Kenya";
                # not "Voice of America")
            c = gz.country_of(hit.group(0)) or gz.country_of(hit.group(0)[:-1])
            if c and _counterparts_country(span):
                continue   # "met his Ugandan counterpart": the country the story's official is not of
            if c:
                # "British Prime Minister ...": a country that qualifies a post counts double
                n = 2 if _qualifies_post(doc, span.end) else 1
                w = n / 2 if _only_a_place(span) else n
                counts[c] += n
                weights[c] += w
                named[c] += 1
                first = first or c
                if keep:   # not "2. This is America", "Liberia Police Investigate Fire": the page's
                    story[c] += n
                    story_weights[c] += w
                    story_named[c] += 1
                    story_first = story_first or c
    if story and max(story.values()) >= 2:
        counts, weights, named, first = story, story_weights, story_named, story_first
    if not counts:
        return None, None
    # a tie goes to the first named; a country named where things happen ("the troops in
    # Afghanistan") weighs less than one whose people, posts and bodies the story names
    country = max(counts, key=lambda c: (weights[c], counts[c], c == first))
    return (country if named[country] >= 2 else None), country


def _counterparts_country(span) -> bool:
    """"met his Ugandan counterpart": the country of the story's official's opposite number, not
    a country the story is about (rules/counterparts.py)."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in COUNTERPART_NOUNS


PLACE_PREPOSITIONS = frozenset({"in", "from", "across", "throughout", "inside", "into", "within", "around"})


def _only_a_place(span) -> bool:
    """"the war in Afghanistan", "troops from Afghanistan": the country is where something
    happens, not whose official or body the sentence names."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:   # "in Iraq and Syria"
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS and root.tag_ == "NNP"


# -- NER repair ------------------------------------------------------------------

def _relative_who(span) -> bool:
    """"Eduardo Guardia, who will take ...": a name followed by ", who" is a person's."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in ("who", "whose")


def person_role(span) -> bool:
    """The sentence gives the span a person's part: "to replace Nouri Badran", "X resigned as
    the governor", "Meirelles's office as finance minister"."""
    root, doc = span.root, span.doc
    if root.dep_ in ("dobj", "pobj") and root.head.lemma_ in REPLACE_VERBS:
        return True
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in PERSON_ONLY_VERBS:
        return True   # "the EFCC had arrested Obiano": only persons are arrested, jailed, sworn in
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PERSON_ONLY_NOUNS:
        return True   # "the arrest of Obiano", "ordered the release of Begum Khaleda Zia"
    if _relative_who(span):
        return True   # "Turaki, whose term as governor ended"

    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ in REPLACE_VERBS:
        return True   # "had been replaced by Murat Uysal"
    if root.dep_ == "conj" and root.head.ent_type_ == "PERSON" or any(
            c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children):
        return True   # "Orji Kalu and Saminu Turaki were answering questions"
    if root.dep_ in ("nsubj", "nsubjpass", "dobj"):
        for child in (*root.head.children, *(root.children if root.dep_ == "dobj" else ())):
            if child.dep_ == "prep" and child.lower_ == "as" and any(
                    g.dep_ == "pobj" and (g.lower_ in gz.TITLE_HEADS or any(
                        c.dep_ == "compound" and c.lower_ in gz.TITLE_HEADS for c in g.children))
                    for g in child.children):   # ("confirmed X as Chief Justice")
                return True   # "X resigned as the governor", "named X as minister" ("as" on X too)
    end = span.end - 1 if doc[span.end - 1].text in ("'s", "’s") else span.end   # "Meirelles’s" in the span
    if end + 2 < len(doc) and doc[end].text in ("'s", "’s") and doc[end + 1].lower_ in ("office", "post", "job") \
            and doc[end + 2].lower_ == "as":
        return True
    return False


POSSESSIVES = ("'s", "’s", "'", "’")   # "Eduard Harunjen's dismissal": the name is without it


def looks_like_person(span, person_words: set[str]) -> bool:
    """An ORG span that is really a person: a first name, a surname seen as a person,
    or a title in apposition right after it; and no institution word in it."""
    toks = [t for t in span if not t.is_punct and t.lower_ not in ("the",) and t.text not in POSSESSIVES]
    if len(toks) == 1 and toks[0].text in person_words and toks[0].lower_ not in gz.ORG_HEADS:
        return True   # "Wang" after "Wang Yi"
    if 3 <= len(toks) <= 5 and all(t.is_title for t in toks) and not any(t.lower_ in gz.ORG_HEADS for t in toks) \
            and any(a.text in person_words and b.text in person_words for a, b in zip(toks, toks[1:])):
        return True   # "Mónica Eva Copa Murga" beside "Eva Copa": the full name of a person the article names
    if 1 <= len(toks) <= 4 and all(t.is_title for t in toks) and person_role(span) and not any(
            t.lower_ in gz.ORG_HEADS or gz.country_of(t.text) or t.lower_ in gz.domain_forms() for t in toks):
        return True
    if 2 <= len(toks) <= 3 and all(t.is_upper and t.is_alpha and len(t) > 2 for t in toks) \
            and toks[-1].i - toks[0].i == len(toks) - 1 and "-" not in span.text \
            and sum(t.is_lower for t in span.sent) >= 3 and not any(
                t.lower_ in gz.ORG_HEADS or t.lower_ in gz.BODY_WORDS or t.lower_ in gz.domain_forms()
                or t.lower_ in gz.TITLE_WORDS or gz.country_of(t.text) for t in toks):
        return True   # "announced that MAHMOUD THIAM was sentenced" (how US releases write a defendant)
    after = name_bounds.honorific_at(span.doc, span.start, span.end)
    before = any(name_bounds.honorific_at(span.doc, k, span.start) == span.start > k
                 for k in range(max(0, span.start - 3), span.start))
    rest = [t for t in span.doc[after:span.end] if not t.is_punct]
    if (after > span.start or before) and 2 <= len(rest) <= 4 and all(t.is_title for t in rest) and not any(
            t.lower_ in gz.ORG_HEADS or gz.country_of(t.text) or t.lower_ in gz.domain_forms() for t in rest):
        return True   # "Archimandrite Iakovos Yiossakis", "Hon. Kofi Adda" read as a body
    if len(toks) >= 3 and toks[0].text.rstrip(".") in gz.PREFIXES and all(t.is_title for t in toks[1:]) \
            and not any(t.lower_ in gz.ORG_HEADS for t in toks[1:]):
        return True   # "Ms Preeti Sudan" read as a body (whatever a surname also names: "Sudan")
    if not 2 <= len(toks) <= 4 or not all(t.is_title or t.is_upper for t in toks):
        return False
    if any(t.lower_ in gz.ORG_HEADS or gz.country_of(t.text) or t.lower_ in TERRITORY_WORDS
           or t.lower_ in name_bounds.AREA_WORDS or t.lower_ in name_bounds.PLACE_TAILS for t in toks):
        return False   # ("Imo State" before ", Chief Ikedi Ohakim", "Trans-Baikal Territory" are territories)
    if toks[0].text in name_bounds.GIVEN_NAMES or toks[-1].text in person_words:
        return True
    ranks = 0
    while ranks < len(toks) and toks[ranks].lower_ in RANK_WORDS:
        ranks += 1
    if ranks and len(toks) - ranks >= 2 or ranks >= 2 and len(toks) - ranks == 1:
        return True   # "Air Marshall Paul Dike", "Air Marshall Dike": a rank before a name
    doc = span.doc
    nxt = doc[span.end:span.end + 6]
    if len(nxt) >= 2 and nxt[0].text == ",":
        # "Jörg Kukies, an economic adviser": an apposition whose head is a person's title or trade
        for t in nxt[1:]:
            if t.lower_ in gz.TITLE_HEADS or t.lower_ in gz.OCCUPATIONS:
                return True
            if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or t.text[:1].isupper():
                break
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in gz.TITLE_HEADS:
        return True
    if not any(t.lower_ in gz.domain_forms() or t.lower_ in gz.TITLE_WORDS for t in toks):
        if len(nxt) >= 2 and nxt[0].lower_ == "as" and any(
                t.lower_ in gz.TITLE_HEADS or t.text in name_bounds.TITLE_ABBREVIATIONS for t in nxt[1:4]):
            return True   # "picked Hamisi Duale as Defence CS": named to a post
        if span.start >= 2 and prev.lower_ == "by" and doc[span.start - 2].lower_ in LED_VERBS:
            return True   # "will be headed by Kiprop Murkomen": a person heads it
    # "U.N. spokesman in Kabul, Manoel de Almeida e Silva,": in apposition to a person's title
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.lower_ == "of" \
            and root.head.head.head.lower_.split("-")[-1] in gz.TITLE_HEADS and root.head.ent_type_ in ("GPE", "LOC"):
        return True   # "a former governor of Jigawa State, Saminu Turaki": the parse hung the name on the place
    return root.dep_ == "appos" and (root.head.lower_ in gz.TITLE_HEADS or root.head.lower_ in gz.OCCUPATIONS) \
        and not (root.head.i in range(span.start, span.end))


LED_VERBS = frozenset(load_data("names")["led_verbs"])   # "... will be headed by X": X is a person (no body word in X)
DOCUMENT_HEADS = frozenset(w.lower() for w in gz.data().get("document_heads", []))
FACILITY_HEADS = frozenset(w.lower() for w in load_data("names")["facility_heads"])
ORGANISATION_TAILS = frozenset(load_data("names")["organisation_tails"])   # "... Engineering Consultancy"
LEGAL_UNITS = frozenset(load_data("names")["legal_units"])   # "Section", "Article"
SOCIAL_PLATFORMS = frozenset(load_data("names")["social_platforms"])   # "Instagram"
FOREIGN_BODY_WORDS = frozenset(load_data("names")["foreign_body_words"])   # "Accion Ciudadana", "Parti Amanah Negara"
POST_MODIFIERS = frozenset(w.lower() for w in load_data("names")["post_modifiers"])
DOCUMENT_WORDS = frozenset(load_data("names")["document_words"])


CODE_NAME = re.compile(r"^[A-Za-z]+(?:-[A-Za-z]+)*-\d+$")


def _in_document_title(span) -> bool:
    """"the Executive Order On the Early Termination of Powers of ...", "the Federal Law On General
    Principles of Organisation of ... Executive Bodies of State Power": words of a law's or an
    order's title (its capitalised words after "On"), not bodies."""
    doc, j = span.doc, span.start - 1
    while j >= 1 and span.start - j <= 20:
        t = doc[j]
        if t.lower_ == "on" and (doc[j - 1].lower_ in DOCUMENT_WORDS or doc[j - 1].lower_ in DOCUMENT_HEADS) \
                and (t.text == "On" or doc[j - 1].text[:1].isupper()):   # ("the Law on the Protection of ...")
            return True
        if not (t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "in", "for", "on", "to") or t.text in "(),-"):
            return False
        j -= 1
    return False


def _remit_end(toks) -> bool:
    """"the Supreme Council for Calm and Order": a document word ending an institution's remit
    after "and", not a document's name."""
    return len(toks) > 3 and toks[-2].lower_ in ("and", "&") and any(t.lower_ in gz.ORG_HEADS for t in toks[:-2])


def _junk_org(span) -> bool:
    """"the council since 2008": a year, or only lower-case words with no institution word;
    "the Foreign Corrupt Practices Act": a document, not an institution."""
    toks = [t for t in span if not t.is_punct]
    if any(t.text.isdigit() and len(t.text) == 4 for t in toks):
        return True
    if toks and toks[-1].lower_ in SOCIAL_PLATFORMS:
        return True   # "the Bolivian Senate's Instagram (account)": an account, not a body
    if toks and toks[0].lower_ in LEGAL_UNITS and any(t.like_num for t in toks[1:]):
        return True   # "Section 104 (1) of the Constitution": a provision, not a body
    if len(toks) >= 2 and len(toks[0]) <= 4 and toks[0].text[:1].isupper() and toks[1].text[:1].isdigit():
        return True   # "Tk 3.25cr", "Rs 150,000", "Sh 588m": a sum of money
    text = doc_index.text(span)   # (span.text joins the tokens anew at each read)
    if CODE_NAME.match(text.strip()):
        return True   # "COVID-19", "F-16": a disease's or a model's code, not a body
    if any(c.isdigit() for c in text) and not re.search(r"[^\W\d_]{2}", text):
        return True   # "P300,000", "N2.5bn": a sum of money
    if len(toks) == 1 and span.start >= 2 and span.doc[span.start - 1].text == "(" \
            and span.doc[span.start - 2].lower_ in DOCUMENT_HEADS:
        return True   # "Republic Act (RA)", "the Local Government Code (LGC)": a law's acronym
    if _in_document_title(span):
        return True
    if officer_ranks.rank_ended(span):
        return True   # "Navy Rear Adm" (X): the officer's service and rank, not a body
    if len(toks) == 1 and len(toks[0].text) > 6 and toks[0].text.endswith("gate") and toks[0].text[:1].isupper():
        return True   # "Oilgate": a scandal's name
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if len(toks) == 1 and toks[0].tag_ == "JJ" and toks[0].is_title and nxt is not None and nxt.is_lower \
            and nxt.pos_ == "NOUN" and toks[0].lower_ not in gz.ORG_HEADS and toks[0].lower_ not in LOWER_CASE_BODIES:
        return True   # "Senatorial candidates": an adjective
    if toks and (toks[-1].lower_ in DOCUMENT_HEADS or toks[-1].lower_ in FACILITY_HEADS
                 or (toks[-1].lower_ in DOCUMENT_WORDS and len(toks) > 1 and not _remit_end(toks))):
        return True   # ("Murtala Muhammad International Airport": a place, not a body)
    named = [t for t in toks if t.lower_ not in ("and", "&")]
    if len(named) > 1 and len(named) < len(toks) and all(gz.is_place(t.text) or gz.country_of(t.text) for t in named):
        return True   # "Karachi and Lahore": places listed, not a body
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if toks and toks[-1].is_lower and toks[-1].lower_ in TERRITORY_WORDS and nxt is not None and nxt.lower_ == "of":
        return True   # "the Mexican state of Veracruz": a kind of territory
    return all(t.is_lower for t in toks) and not any(t.lower_ in gz.ORG_HEADS or t.lower_ in gz.domain_forms()
                                                     or t.lower_ in LOWER_CASE_BODIES for t in toks)


TITLE_ABBREVIATIONS = name_bounds.TITLE_ABBREVIATIONS   # "PM", "AG", "CS", "DIG" (gazetteer.json and names.json)
RANK_NAMES = frozenset(gz.data()["ranks"])   # "Rear Admiral", "Commodore"


def _after_title_of(span) -> bool:
    """The span continues a title's list of portfolios: "Minister of Labor and Promotion of
    Employment", "Minister of Women and Vulnerable Populations"."""
    doc = span.doc
    if any(t.lower_ in gz.ORG_HEADS for t in span):
        return False
    j = span.start - 1
    if j < 0 or doc[j].lower_ not in ("and", ","):
        return False
    while j >= 1 and (doc[j].lower_ in ("and", ",") or doc[j].lower_ in PORTFOLIO_WORDS):
        j -= 1
    return j >= 1 and doc[j].lower_ in ("of", "for") and doc[j - 1].lower_ in gz.TITLE_HEADS and j < span.start - 2


def _before_minister(span) -> bool:
    """A "Minister" follows the span over capitalised portfolio words joined by "and" or commas."""
    doc = span.doc
    j = span.end
    while j < len(doc) and j - span.end < 6 and (doc[j].lower_ in ("and", ",", "&") or (
            doc[j].text[:1].isupper() and doc[j].lower_ not in ("minister", "ministers"))):
        j += 1
    return j < len(doc) and doc[j].lower_ in ("minister", "ministers") and all(
        doc[k].lower_ not in gz.ORG_HEADS for k in range(span.end, j))


def is_title_fragment(span) -> bool:
    """ORG spans that are parts of job titles ("Defense" in "Defense Minister",
    "UK Defense Attaché"), not institutions."""
    toks = [t for t in span if not t.is_punct]
    if not toks:
        return True
    if post_spans.seat_title(toks) or post_spans.before_title_head(span):
        return True   # "the Kuantan Member of Parliament": a seat; "Solicitor" + "General X": a title
    if crown_titles.is_crown_title(toks) or crown_titles.styles_title(span):
        return True   # "HM Inspector of Constabulary", "HM" + "Inspector of ...": an office in the Crown's name, not a body
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    # the span goes on a title "of": "Chief of" + "Staff ...", "Minister of" + "State for ..."
    after_title_of = span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in gz.TITLE_HEADS
    if len(toks) == 1 and toks[0].text in TITLE_ABBREVIATIONS:
        return True   # "named him PM", "the AG said"
    if toks[0].text == "Staff" and after_title_of:
        return True   # "Chief of" + "Staff to the ...": the title, not a body
    if len(toks) == 1 and toks[0].is_title and (toks[0].text in RANK_NAMES or (
            nxt is not None and f"{toks[0].text} {nxt.text}" in RANK_NAMES)):
        return True   # "a Commodore", "Rear" of "Rear Admiral": a rank
    if len(toks) >= 3 and toks[0].text == "State" and toks[1].lower_ in ("for", "of") and after_title_of:
        return True   # "Minister of" + "State for Foreign Affairs": the title's rank and portfolio
    if toks[-1].lower_ == "staff" and len(toks) >= 3 and toks[0].lower_ in gz.TITLE_HEADS and toks[1].lower_ == "of":
        return True   # "Chief of Naval Staff": a title, its service named by the title rules ("Chief of" + "Army
        # Staff" stays a mention: title_before reads the title through it)
    if span.start >= 2 and doc[span.start - 1].text == "(" and doc[span.start - 2].ent_type_ == "PERSON" \
            and gz.portfolio(span.text) is not None:
        return True   # "Justin Mutiso (Public Service)": the person's portfolio in a cabinet list
    if len(toks) >= 2 and toks[0].text in TITLE_ABBREVIATIONS and all(
            t.lower_ in gz.domain_forms() or t.lower_ == "and" or (k == 1 and t.lower_ in ("of", "for"))
            for k, t in enumerate(toks[1:], 1)):
        return True   # "re-appointed CS Treasury": the title and its portfolio
    if _after_title_of(span) or portfolio_orgs.title_portfolio(span):
        return True   # "Minister of Labor and" + "Promotion of Employment"; "Secretary of State for X, Y and Z"
    if _before_minister(span) and not any(t.lower_ in gz.ORG_HEADS for t in toks) \
            and not (len(toks) == 1 and acronym_posts.acronym(toks[0])):   # ("FCO Minister X": the body)
        return True   # "Energy and Power Development" of "... Minister", "Internal Affairs" of "... and Communications Minister"
    if len(toks) >= 4 and toks[0].lower_ in ("cabinet", "principal", "permanent") and toks[1].text[:1].isupper() \
            and toks[1].lower_ in gz.TITLE_HEADS and toks[2].lower_ in ("for", "of"):
        return True   # "Cabinet Secretary for Public Service": a title and its portfolio
    if nxt is not None and nxt.lower_ in gz.TITLE_HEADS and toks[0].lower_ in POST_MODIFIERS and toks[0].text[:1].isupper() \
            and len(toks) <= 3:
        return True   # "Assistant Police" of "Assistant Police Commissioner" (not "Federal Police" of "... Director")
    if len(toks) >= 4 and toks[0].lower_ in ("national", "deputy", "assistant", "acting", "chief") \
            and toks[1].lower_ in gz.TITLE_HEADS and toks[1].lower_ not in gz.ORG_HEADS and toks[2].lower_ == "of" \
            and not any(t.lower_ in gz.ORG_HEADS for t in toks[3:]):
        return True   # "National Director of Anti-Corruption": a post, not a body
    if len(toks) >= 3 and (post_spans.title_word(toks[0]) or toks[0].lower_ in name_bounds.TERRITORIAL_TITLES) \
            and toks[0].lower_ not in gz.ORG_HEADS \
            and toks[1].lower_ in ("of", "for") and not any(t.lower_ in gz.ORG_HEADS for t in toks[2:]):
        return True   # "Director of Public Affairs", "Regent of Labuhanbatu", "Ministers of State": a post, not a body
    if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B" and len(toks) <= 3 \
            and all(t.lower_ in TITLE_OR_MODIFIER_WORDS for t in toks):
        return True   # "Special Prosecutor" of "Special Prosecutor Kissi Agyebeng": a title before a name
    last = toks[-1].lower_
    if last.endswith("ies") and last[:-3] + "y" in gz.TITLE_HEADS:
        last = last[:-3] + "y"   # "Permanent Secretaries"
    if len(toks) == 1 and toks[0].text.isupper() and span.start >= 2 and doc[span.start - 1].text == "(" \
            and doc[span.start - 2].lower_ in gz.TITLE_HEADS and doc[span.start - 2].ent_type_ != "ORG":
        return True   # "Assistant Private Secretary (APS)": a title's acronym (not "... Special Prosecutor (OSP)")
    if last.endswith("s") and last[:-1] in gz.TITLE_HEADS and not any(
            t.lower_ in ("of", "for") or t.lower_ in gz.ORG_HEADS for t in toks):
        last = last[:-1]   # "Magistrates", "Defense Ministers": holders of a title (not "House of Representatives")
    if last in gz.TITLE_HEADS and last not in gz.ORG_HEADS and not (last in OFFICE_BODIES and len(toks) >= 3) and not any(
            t.lower_ in gz.ORG_HEADS and k + 1 < len(toks) and toks[k + 1].lower_ == "of" for k, t in enumerate(toks)):
        return True   # (not "Office of the Attorney General", "United States Department of Justice": named after its head or field;
        # not "the Parliamentary and Health Service Ombudsman", an office that is a body)
    if nxt is not None and nxt.lower_ in gz.TITLE_HEADS and all(
            t.lower_ in gz.domain_forms() or gz.country_of(t.text)
            or (t.lower_ in MODIFIERS and t.lower_ not in LOWER_CASE_BODIES) for t in toks):
        return True   # "Defense" of "Defense Minister", "U.S. Magistrate" of "U.S. Magistrate Judge"
    if nxt is not None and len(toks) == 1 and toks[0].lower_ in ("press", "media", "communications") \
            and nxt.lower_ in gz.TITLE_HEADS:
        return True   # "Press" of "the President's Press Secretary X": part of a title
    if nxt is not None and nxt.lower_ == "minister" and len(toks) == 1 and toks[0].is_title \
            and toks[0].lower_ not in gz.ORG_HEADS:
        return True   # "Railway" of "Railway Minister": a portfolio, whatever its name
    if nxt is not None and last in ("district", "circuit") and nxt.text[:1].isupper() and nxt.lower_ in gz.TITLE_HEADS:
        return True   # "United States District" of "United States District Judge"
    if len(toks) == 4 and toks[1].i == toks[0].i + 2 and span.doc[toks[0].i + 1].text == "-" \
            and toks[1].lower_ in gz.TITLE_HEADS and toks[2].lower_ == "of" \
            and (toks[3].lower_ in gz.ORG_HEADS or toks[3].lower_ in gz.BODY_WORDS):
        return True   # "Inspector-General of Police": a title, not the police
    if len(toks) >= 3 and toks[0].lower_ in gz.TITLE_HEADS and toks[1].lower_ == "of" and (
            len(toks) == 3 and toks[2].lower_ in gz.ORG_HEADS
            or gz.portfolio(" ".join(t.text for t in toks[2:])) is not None):
        return True   # "Chief of Staff", "Minister of Foreign Affairs" read as one institution
    prev = span.doc[span.start - 2:span.start] if span.start >= 2 else []
    if len(prev) == 2 and prev[1].lower_ in ("of", "on", "for") and prev[0].lower_ in gz.TITLE_HEADS and len(toks) == 1 \
            and toks[0].lower_ not in NATIONAL_BODIES and not (toks[0].text.isupper() and len(toks[0].text) > 1):
        return True   # "Secretary of State", "Chief of Staff" (not "Executive Secretary of NEITI": an acronym is a body)
    if len(prev) == 2 and prev[1].lower_ == "of" and prev[0].lower_ in gz.TITLE_HEADS and prev[0].text[:1].isupper() \
            and 2 <= len(toks) <= 3 and all(t.is_title for t in toks) \
            and not any(t.lower_ in gz.ORG_HEADS or gz.country_of(t.text) for t in toks):
        return True   # "Secretary of" + "State Security", "Minister of" + "Public Security": the title's portfolio
    if len(toks) == 1 and (toks[0].lower_ in gz.ORG_HEADS or toks[0].lower_ in gz.domain_forms()) \
            and toks[0].text not in ("Kremlin", "Pentagon", "Duma", "Rada") \
            and not (toks[0].is_title and toks[0].lower_ in NATIONAL_BODIES | {"congress"}) \
            and not (toks[0].lower_ in NATIONAL_BODIES and span.start > 0 and span.doc[span.start - 1].lower_ == "the") \
            and not (toks[0].lower_ in NATIONAL_BODIES and span.start > 1 and span.doc[span.start - 1].text in ("'s", "’s")
                     and gz.country_of(span.doc[span.start - 2].text)):
        return True   # ("Ukraine's parliament" is Ukraine's)
    if len(prev) == 2 and prev[1].lower_ in ("of", "for") and prev[0].lower_ in gz.TITLE_HEADS \
            and prev[0].text[:1].isupper() and 2 <= len(toks) <= 4 and all(t.is_title or t.lower_ == "and" for t in toks) \
            and not any(t.lower_ in gz.ORG_HEADS or gz.country_of(t.text) for t in toks):
        return True   # "Deputy Minister for" + "Temporarily Occupied Territories and Internally Displaced Persons"
    return False


def headline_case(doc) -> bool:
    """A block written in title case ("Nepal's King Dismisses Government"): a headline, a menu
    or a caption, where the model reads capitalised verbs and nouns as names."""
    if doc_index.text(doc).rstrip().endswith((".", "?", "!", '"', "”")):
        return False   # (asked first: a paragraph's end is cheaper to read than its words)
    words = [w for w in doc_index.texts(doc) if w.isalpha() and len(w) > 3]   # (Token.is_alpha is str.isalpha)
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words) and not introduces_quote(doc)


def introduces_quote(doc) -> bool:
    """"Foreign Secretary Dominic Raab said:" on a line of its own, the quotation below it: prose
    whose title and name make it look title-case, not a headline (a headline's verb has a capital)."""
    toks = [t for t in doc if not t.is_space]
    return len(toks) >= 3 and toks[-1].text == ":" and toks[-2].is_alpha and toks[-2].is_lower


PERSONAL_NOUNS = frozenset(load_data("names")["personal_nouns"])   # "Olukoyede's administration"
PERSON_NOUNS = set(load_data("names")["person_possessions"])   # "Akhalaia's resignation"


def acts_as_person(ent) -> bool:
    """An ORG span the sentence treats as a person: "Akhalaia's resignation", "Gordana Tadić used
    her influence" (a personal pronoun in its own clause refers back to it)."""
    toks = [t for t in ent if not t.is_punct]
    if not 1 <= len(toks) <= 3 or not all(t.is_title for t in toks) or any(
            t.lower_ in gz.ORG_HEADS or gz.country_of(t.text) or t.lower_ in gz.domain_forms() for t in toks):
        return False
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text in ("'s", "’s") and (
            doc[ent.end + 1].lower_ in PERSON_NOUNS or doc[ent.end + 1].lower_ in PERSONAL_NOUNS):
        return True
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
        return any(t.lower_ in ("his", "her", "himself", "herself") and t.i > ent.end and t.head.i != root.i
                   for t in verb.subtree)
    return False


NAME_PIECE = re.compile(r"^[a-z]{1,3}[-’'][A-ZÀ-Þ]")   # "al-Sisi", "d'Estaing"


def name_case(words: list[str]) -> list[str]:
    """"JOHN A. DOE" (how US federal releases write defendants) as "John A. Doe"."""
    letters = "".join(w for w in words if len(w.rstrip(".")) > 1)
    if len(words) < 2 or not letters or not letters.isupper():
        return words
    return [w if len(w.rstrip(".")) == 1 else w.title().replace("’S", "’s").replace("'S", "'s") for w in words]


def person_shaped(words: list[str]) -> bool:
    """A name is written in capitals, save its particles ("da", "bin", "van") and prefixed
    pieces ("el-Sisi"): "ali mi je onda sve", "pro-al-Shabab" are not persons."""
    return all(not w[:1].islower() or w in PARTICLES or NAME_PIECE.match(w) for w in words) \
        and not (words and words[-1] in PARTICLES)




def names_a_thing(ent) -> bool:
    """"the Goldenberg affair", "Rolex watches": a one-word "person" that only qualifies a
    common noun names a thing (a scandal, a brand), not someone who acts."""
    root = ent.root
    return len(ent) == 1 and root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.is_lower \
        and root.head.lower_ not in PERSON_HEADED and root.head.lower_ not in gz.TITLE_HEADS \
        and root.head.lower_ not in PERSON_NOUNS


ORG_KIND_NOUNS = name_bounds.BODY_KINDS   # "the militant group X" (data/names.json)
FIRM_KINDS = frozenset(load_data("names")["firm_kinds"])   # a name after ", " is the firm's


def named_as_body(ent) -> bool:
    """"the militant group al-Shabab", "the opposition bloc known as Georgian Dream": a name a
    body's kind introduces is that body's, not a person's."""
    doc = ent.doc
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.is_lower and prev.lower_ in ORG_KIND_NOUNS:
        return True
    if prev is not None and prev.text == "," and ent.start >= 2 and doc[ent.start - 2].is_lower \
            and doc[ent.start - 2].lower_ in ORG_KIND_NOUNS and (len(ent) == 1 or doc[ent.start - 2].lower_ in FIRM_KINDS):
        # (not "the central bank, Kofi Mensah"; "the government owned airline, Mihin Air" is the airline)
        return True   # "Indonesia's second-biggest political party, Golkar"
    if ent.start >= 3 and doc[ent.start - 1].lower_ == "as" and doc[ent.start - 2].lower_ in ("known", "called"):
        head = doc[ent.start - 2].head
        return head.lower_ in ORG_KIND_NOUNS or doc[ent.start - 3].lower_ in ORG_KIND_NOUNS
    return False


def portfolio_after_title(ent) -> bool:
    """"Minister of Hajj and Umrah": one word right after a title's "of", or after "and" behind
    such a word, is the post's portfolio, not a person."""
    doc, i = ent.doc, ent.start
    if len(ent) != 1:
        return False
    if i >= 3 and doc[i - 1].lower_ == "and" and doc[i - 2].text[:1].isupper():
        i -= 2
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in gz.TITLE_HEADS


ROMAN_NUMERALS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})


def spelled_by_bracketed_acronym(ent) -> bool:
    """"Sangguniang Panlungsod (SP) members": a name followed by a bracketed acronym of its
    initials is a body's (persons are not written with one)."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
        return False
    acronym = doc[ent.end + 1].text
    words = [t.text for t in ent if t.is_alpha]
    return acronym.isupper() and len(words) >= 2 and acronym == "".join(w[0] for w in words).upper()


def acronym_ended(ent) -> bool:
    """"Zanu PF", "Fianna PDP": a capitalised word and then letters in capitals (no dots, no
    regnal number) name a party or a body, not a person."""
    words = [t for t in ent if t.is_alpha]
    return len(words) == 2 and words[0].is_title and words[1].is_upper and 2 <= len(words[1].text) <= 4 \
        and words[1].text not in ROMAN_NUMERALS


def the_group(ent, full_name_words: set[str]) -> bool:
    """"the king of the Mossi": one capitalised word after "the" is a people, a family or a
    firm, not a person (a surname of the article's persons excepted)."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the" \
        and ent.text not in full_name_words and not (nxt is not None and nxt.text[:1].isupper()) \
        and not (nxt is not None and nxt.lower_ in PERSON_HEADED)   # ("the Maduro government" is his)


def page_furniture(ent, label: str, article_text: str, sent=None) -> bool:
    """A name of the page, not the story: a photo credit, a byline, the outlet, a name standing
    alone on a line of the page's menus ("SM", "NEWSLETTER") (furniture_names.py). `sent` is the
    entity's sentence (`ent.sent`) when the caller has it: a sentence of `doc.sents` holding it."""
    if furniture_names.credit(ent) or furniture_names.outlet(ent, clean_name(doc_index.text(ent))):
        return True
    if sent is None:
        sent = ent.sent   # (the span's sentence, found once for the tests below instead of once each)
    return (label == PERSON and (furniture_names.byline(ent, sent) or furniture_names.author_bio(ent, article_text, sent))) \
        or furniture_names.lone_name(ent, article_text, sent) \
        or furniture_names.dateline(ent, sent) or furniture_names.reader_line(ent, sent)


def _place_label(ent, label: str | None, full_name_words: set[str]) -> str | None:
    """A city or region read as a person or an organisation ("Abuja", "Tamaulipas") is an
    organisation only where it is the body of a post (see places.py), else no entity; a place
    the model read as a place becomes one in the same roles ("governor of Illinois")."""
    name = clean_name(doc_index.text(ent))
    if label == ORGANISATION and ent.label_ == "ORG" and places.after_in(ent) \
            and not any(w in full_name_words for w in name.split()):
        return ORGANISATION if places.body_role(ent) else None   # "sworn in in Gabarone"
    country = gz.country_of(name)
    place = None   # places.place_span(ent), read at most once (the word tests are asked first: cheaper)
    if label is None and ent.label_ == "GPE" and not country \
            and ent.start >= 2 and ent.doc[ent.start - 1].lower_ == "of" and len(name.split()) <= 3 \
            and not any(w in name_bounds.GIVEN_NAMES or w in full_name_words for w in name.split()):
        place = places.place_span(ent)
        if not place and places.body_role(ent):
            return ORGANISATION   # "the regent of Rejang Lebong": the regency a post belongs to
    if country or not (places.place_span(ent) if place is None else place):
        return label
    if label == PERSON and len(ent) == 1 and ent.text in full_name_words:
        return label   # "Toledo" after "Alejandro Toledo": a surname, not the city
    return ORGANISATION if places.body_role(ent) else None


def _common_word(ent, name: str, text: str, full_name_words: set[str]) -> bool:
    """"Pleads Guilty to Conspiracy" (a release's title): one capitalised word read as a person in a
    line written in title case, written once so, that the article also uses as a common word
    ("conspiracy to launder")."""
    if " " in name or not name.istitle() or name in full_name_words:
        return False   # (asked first: every True needs it, and it is cheaper than the line's walk)
    sent = ent.sent
    words = [w for w in doc_index.texts(ent.doc)[sent.start:sent.end] if w.isalpha() and len(w) > 3]
    if not words or sum(w.istitle() for w in words) < 0.6 * len(words):   # (Token.is_title: str.istitle)
        return False   # only in a line written in title case ("Obama met Bush ... the bush fire": a name)
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    return not (prev is not None and (prev.lower_ in gz.TITLE_WORDS or prev.text.rstrip(".") in gz.PREFIXES)) \
        and len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) == 1 \
        and re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text) is not None


def _honorific_or_unit(ent) -> bool:
    """"Hon." read alone before a name; "Kshs" (or "Sh", "Rs") read as a body before an amount:
    no one's name."""
    doc = ent.doc
    toks = [t for t in ent if not t.is_punct]
    if toks and name_bounds.honorific_at(doc, toks[0].i, ent.end + 1) > toks[-1].i:
        return True
    nxt = ent.end + (ent.end < len(doc) and doc[ent.end].text == ".")
    return len(toks) == 1 and nxt < len(doc) and doc[nxt].like_num and toks[0].text[:1].isupper() \
        and not toks[0].text.isdigit()


def _country_cut(ent) -> bool:
    """"Cote" of "Cote d’Ivoire", "Leone" of "Sierra Leone": the span and the words after or
    before it name a country, which the model cut (a curly apostrophe, a line break)."""
    doc = ent.doc
    after = ent.end < len(doc) and not doc[ent.end].is_punct
    before = ent.start > 0 and not doc[ent.start - 1].is_punct   # "Sierra" + "Leone"
    if not (after or before) or gz.country_of(doc_index.text(ent)):
        return False   # (every cut asks for a word beside the span, and the span alone naming no country)
    # (the longer spans' texts cut from the Doc's text by their tokens' character offsets, as a
    # Span's text is: doc[a:b].text == text[doc[a].idx:doc[b - 1].idx + len(doc[b - 1].text)])
    full, texts = doc_index.text(doc), doc_index.texts(doc)
    start_char, end_char = ent.start_char, ent.end_char
    for n in (1, 2, 3):
        if after and ent.end + n <= len(doc):
            k = ent.end + n - 1
            if gz.country_of(full[start_char:doc[k].idx + len(texts[k])].replace("’", "'")):
                return True
        if before and ent.start - n >= 0 \
                and gz.country_of(full[doc[ent.start - n].idx:end_char].replace("’", "'")):
            return True
    return False


def said_in(name: str, text: str) -> bool:
    """The name stands in the text as a word of its own ("Pak" is not said in "Pakistani")."""
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _sentence_ents(sents) -> list[list]:
    """Each sentence's entities as `sent.ents` gives them, from one read of each Doc's `ents`
    (spaCy builds all of a Doc's entity spans at each read of a sentence's `ents`): as spaCy's
    Span.ents, the Doc's entities from the sentence's start on that end inside it, up to the
    first that runs past its end."""
    out, read = [], {}
    for s in sents:
        doc = s.doc
        ents = read.get(id(doc))   # (the sentences hold their Docs: an id is not reused meanwhile)
        if ents is None:
            ents = read[id(doc)] = doc.ents
        start, end, found = s.start, s.end, []
        for e in ents:
            if e.start >= start:
                if e.end > end:
                    break
                found.append(e)
        out.append(found)
    return out


def collect_mentions(sents) -> list[Mention]:
    """Person and organisation mentions in the article's sentences, NER repaired. A name read
    in a title-case block (headline, menu) counts only if the body of the article uses it too."""
    sent_ents = _sentence_ents(sents)   # (each sentence's entities, read once per Doc)
    ents = [e for es in sent_ents for e in es]
    person_words = {w for e in ents if e.label_ == "PERSON" or (e.label_ == "ORG" and acts_as_person(e))
                    for w in clean_name(doc_index.text(e)).split()}
    person_words |= {f for w in list(person_words) for f in surname_forms(w)}   # "Mutlaq" of "al-Mutlaq"
    person_words -= {e.text for e in ents if e.label_ == "ORG" and len(e) == 1
                     and e.start > 0 and e.doc[e.start - 1].text == "("}   # "(Zacc)": a body's acronym
    person_words |= {p for w in list(person_words) if "-" in w for p in w.split("-") if p[:1].isupper()}
    full_name_words = {w for e in ents if e.label_ == "PERSON" and len(clean_name(doc_index.text(e)).split()) > 1
                       for w in clean_name(doc_index.text(e)).split()}
    person_names = {clean_name(doc_index.text(e)) for e in ents if e.label_ == "PERSON"}
    post_named = {clean_name(n) for n in post_bodies.names(sents)}   # "the leader of Jemaah Islamiyah": a body
    # "Odebrecht" read as a person where "Odebrecht S.A." is an organisation of the article
    company_names = {company_name(clean_name(doc_index.text(e))) for e in ents
                     if e.label_ == "ORG" and COMPANY_SUFFIX.search(clean_name(doc_index.text(e)))}
    docs = list({id(s.doc): s.doc for s in sents}.values())
    headline = {id(d) for d in docs if headline_case(d) and not list_names.list_item(d)}
    texts = [doc_index.text(d) for d in docs]
    body = "\n".join(t for d, t in zip(docs, texts) if id(d) not in headline)
    article_text = "\n".join(texts)
    out: list[Mention] = []
    towns = places.towns_with_regions(docs) - {w.lower() for w in full_name_words}   # "SHERMAN, Texas (AP)"
    foreign = foreign_sentences(sents)
    for si, sent in enumerate(sents):
        if si in foreign:
            continue   # a reader's comment or a quote in another language
        for ent in sent_ents[si]:
            name = clean_name(doc_index.text(ent))
            byline = ent.label_ == "PERSON" and ent.end < len(ent.doc) and ent.doc[ent.end].text == ","
            if id(sent.doc) in headline and not byline and not said_in(name, body) and not (
                    ent.label_ == "PERSON" and name.split()[-1:] and said_in(name.split()[-1], body)) \
                    and not name_precision.titled_name(ent):
                continue   # "Ned Price, Department Spokesperson" is a byline, not a headline
            label = None
            if ent.label_ == "PERSON":
                label = ORGANISATION if name in post_named else PERSON
            elif ent.label_ in ("ORG", "GPE", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"):
                text = name   # ("replacing Maumoon Abdul Gayoom, who ..." read as a work)
                if ent.label_ == "ORG" and name not in post_named and (
                        looks_like_person(ent, person_words) or name_precision.post_subject(ent)):
                    label = PERSON
                elif ent.label_ == "ORG" and not (is_title_fragment(ent) and not party_names.party_before_post(ent, article_text)) \
                        and not _junk_org(ent) and not name_precision.title_fragment(ent) \
                        and not initials.person_initials(ent, person_names):   # "Regent Suharjo (SHJ)", "brother EBS"
                    label = ORGANISATION
                elif ent.label_ in ("GPE", "FAC", "NORP") and (
                        gz.known_orgs().get(text.lower()) or ministry_domain(text)[0]
                        or (name in post_named and ent.label_ != "NORP")):
                    label = ORGANISATION  # "MoD" read as a place; "Mavuno’s director" after "Mavuno party chairman"
                elif ent.label_ in ("GPE", "FAC", "WORK_OF_ART", "PRODUCT") and len(text.split()) >= 2 and (
                        text.split()[0] in name_bounds.GIVEN_NAMES or _relative_who(ent) or person_role(ent)) \
                        and not gz.country_of(text) and not gz.is_place(text) \
                        and text.split()[0].lower() not in name_bounds.COMPASS_WORDS \
                        and text.split()[-1].lower() not in gz.TITLE_HEADS \
                        and not name_bounds.before_post(ent) \
                        and all(w[:1].isupper() for w in text.split()) \
                        and not any(w.lower() in gz.ORG_HEADS for w in text.split()):
                    label = PERSON    # "Eduardo Guardia" read as a building, "X and Y were sacked"
            if label is not None or ent.label_ == "GPE":
                label = _place_label(ent, label, full_name_words)
            if label == PERSON and name not in full_name_words and (
                    name in company_names or named_as_body(ent) or acronym_ended(ent)
                    or (len(name.split()) > 1 and name.split()[-1].lower() in ORGANISATION_TAILS)
                    or (len(name.split()) > 1 and any(w.lower() in FOREIGN_BODY_WORDS for w in name.split()))
                    or spelled_by_bracketed_acronym(ent) or name_precision.staff_of(ent, full_name_words)):
                label = ORGANISATION
            if label == PERSON and (the_group(ent, full_name_words) or portfolio_after_title(ent)):
                continue
            if label == ORGANISATION and len(ent) == 1 and ent.text.endswith("s") and ent.text[:-1] in person_words:
                continue   # "the Macks": a family, named by its surname
            if label == PERSON and name.lower() in towns:
                continue   # "Prosecutors in Sherman say": the town of the dateline "SHERMAN, Texas"
            if label is None or page_furniture(ent, label, article_text, sent) or places.demonym(name) \
                    or name_precision.general_word(name) or (label == ORGANISATION and name_precision.in_document_name(ent, article_text)) \
                    or name_precision.region(ent, name) \
                    or _country_cut(ent) or COMPANY_SUFFIX.fullmatch(f" {name}") or _honorific_or_unit(ent) \
                    or (label == PERSON and _common_word(ent, name, article_text, full_name_words)):
                continue   # ("Guatemalan officials", "targeting Nepalis": a people, not a party; "Inc." alone)
            start, end = ent.start, ent.end
            while start < end and ent.doc[start].lower_ in ("the", "a", "an"):
                start += 1
            if label == PERSON:
                raw = re.sub(r'\s*["“”‘][^"“”‘’]{1,40}["“”’]\s*|\s\'[A-Z][a-z]+\'(?=\s)', " ", ent.doc[start:end].text)   # 'Juan "El Tigre" Bonilla', "Efren 'Bong' Catacutan"
                if " (" in raw.strip() and len(raw.split(" (")[0].split()) >= 2:
                    raw = raw.split(" (")[0]   # "Justin Mutiso (Public Service": a bracket ends the name
                words = name_precision.strip_leading(strip_person_prefix(clean_name(raw).split()))
                while len(words) > 2 and start > 0 and ent.doc[start - 1].lower_ == "of" \
                        and words[0].lower() in PORTFOLIO_WORDS:
                    words = words[1:]   # "Vice-Minister of Youth Karina Bolaños"
                if len(words) > 2 and inside_portfolio(ent.doc, start) and (
                        words[0].lower() in PORTFOLIO_WORDS or (words[0].endswith("s") and words[0] not in name_bounds.GIVEN_NAMES)):
                    words = words[1:]   # "Director of Public Prosecutions Omondi Wafula"
                nxt = ent.doc[end] if end < len(ent.doc) else None
                if len(words) > 1 and words[-1].lower() in MODIFIERS and nxt is not None and nxt.text[:1].isupper() \
                        and nxt.lower_ in gz.TITLE_HEADS:
                    continue   # "Dhaka Special" + "Judge": the start of a post's title, not a name
                if len(words) == 1 and (words[0].lower() in name_bounds.AREA_WORDS or words[0].lower() in name_bounds.PLACE_TAILS):
                    continue   # "the Territory's Governor": the territory, named by its kind
                if len(words) == 1 and (words[0].rstrip(".") in gz.PREFIXES or name_bounds.lone_honorific(words[0])):
                    continue   # "Chairperson Hon." + "Justice X": an honorific left alone by the title's cut
                named = [t for t in ent.doc[start:end] if t.text in words]
                if len(named) == len(words) and all(portfolio_word(t) for t in named):
                    continue   # "Director General Public Relations", "Secretary Literacy": a portfolio
                if len(words) > 2 and after_title_chain(ent.doc, start):
                    toks = [t for t in ent.doc[start:end] if t.text in words]
                    cut = max((k for k, t in enumerate(toks[:-2]) if portfolio_word(t)), default=-1)
                    if cut >= 0 and len(toks) == len(words):
                        words = words[cut + 1:]   # "Minister for ... Internally Displaced Persons Yuriy Hrymchak"
                        if out and out[-1].label == ORGANISATION and out[-1].sent_index == si \
                                and out[-1].end == ent.start:   # the portfolio's body takes the cut words
                            out[-1].text += " " + " ".join(t.text for t in toks[:cut + 1])
                            out[-1].end = toks[cut].i + 1
                while start < end - 1 and not doc_index.text(ent.doc[start:end]).startswith(words[0]):
                    start += 1
                words = name_case(words)
                text = " ".join(words)
                if not person_shaped(words) or names_a_thing(ent) or (len(words) == 1 and words[0].lower() in DOCUMENT_WORDS) \
                        or (len(words) > 1 and words[-1].lower() in FACILITY_HEADS
                                                                      and words[0] not in name_bounds.GIVEN_NAMES) \
                        or (len(words) > 1 and words[-1].lower() in places.PLACE_TAILS) \
                        or (len(words) == 1 and places.named_with_tail(words[0], article_text)) or (
                        len(words) > 1 and (words[-1].lower() in DOCUMENT_WORDS or words[-1].lower() in DOCUMENT_HEADS)):
                    continue   # ("Interpol Red Notice": a document; "X Region", "Y Township", "X" beside "X Region": a place)
                if not re.search(r"[A-Za-zÀ-ÿ]", text) or any(c.isdigit() for c in text) \
                        or gz.country_of(text) or (gz.is_place(text) and text != clean_name(raw)) or all(w.lower() in TITLE_OR_MODIFIER_WORDS
                                                      or w.lower()[:-1] in gz.TITLE_HEADS for w in text.split()) \
                        or name_precision.no_name_word(words, person_names):   # "Presidential Plenipotentiary"
                    continue
            else:
                poss = next((t.i for t in ent.doc[start:end - 1] if t.text in ("'s", "’s")), None)
                rest = [t for t in ent.doc[poss + 1:end]] if poss is not None else []
                if poss is not None and poss > start and 2 <= len(rest) <= 3 and all(
                        t.is_title and t.lower_ not in gz.ORG_HEADS and t.lower_ not in gz.TITLE_WORDS
                        and not gz.country_of(t.text) for t in rest) and (
                        rest[0].text in name_bounds.GIVEN_NAMES or " ".join(t.text for t in rest) in person_names):
                    out.append(Mention(PERSON, poss + 1, end, " ".join(t.text for t in rest), si))
                    continue   # "Samburu’s Moses Lenolkulal" read as one body: the county's governor
                if poss is not None and poss > start and all(
                        t.text in full_name_words and t.text not in gz.ORG_HEADS and not gz.country_of(t.text)
                        for t in ent.doc[start:poss]):
                    start = poss + 1   # "Correa’s Alianza Pais movement": the person's party, not his
                text = clean_name(ent.doc[start:end].text)
                doc_ = ent.doc
                if start >= 2 and doc_[start - 1].lower_ in ("of", "for") and doc_[start - 2].lower_ == "minister" \
                        and not (start >= 3 and doc_[start - 3].lower_ in ("chief", "prime", "first")) \
                        and text.split()[-1].lower() not in TERRITORY_WORDS \
                        and not any(w.lower() in gz.ORG_HEADS and w.lower() not in portfolio_lists.PORTFOLIO_HEADS
                                    for w in text.split()) and not gz.country_of(text) \
                        and not gz.is_place(text) and text.split()[0] != "State":   # (not "Minister of State")
                    text = f"Ministry of {text}"   # "Minister of Women’s Affairs" (or "for"): the ministry
            if len(text) < 2:
                continue
            joined = name_precision.split_joined(ent.doc, start, end) if label == ORGANISATION \
                and text == clean_name(doc_index.text(ent.doc[start:end])) else None
            if joined:   # "the Liberal Movement and Freedom Party": two bodies
                out += [Mention(ORGANISATION, a, b, clean_name(ent.doc[a:b].text), si) for a, b in joined]
                continue
            if label == ORGANISATION and start >= 2 and ent.doc[start - 1].text in ("'s", "’s") \
                    and gz.country_of(ent.doc[start - 2].text) and not gz.country_of(text.split()[0]) \
                    and ministry_domain(text)[0]:   # "Russia's Defence Ministry" is Russia's
                text = f"{gz.adjective_of(gz.country_of(ent.doc[start - 2].text))} {text}"
            town_force = town_police.named(text) if label == ORGANISATION else None
            out.append(Mention(label, start, end, town_force or text, si, alias=text if town_force else ""))
            if label == PERSON and start > 0 and ent.doc[start - 1].text in name_bounds.LEADING_HONORIFICS:
                out[-1].alias = f"{ent.doc[start - 1].text} {text}"   # "Sheikh Sabah al-Khalid al-Sabah"
    # a person's surname the model read as a body somewhere ("prison sentence for Yarrington") is his
    surnames = {f for m in out if m.label == PERSON and len(m.text.split()) > 1 for f in surname_forms(m.text)} | {
        m.text.split()[-2] for m in out if m.label == PERSON and len(m.text.split()) >= 3}
    unaccented = {gz.fold(f): f for f in surnames if gz.fold(f) != f.lower()}   # "Cossio" of "Mario Cossío"
    full = [m.text.split() for m in out if m.label == PERSON and len(m.text.split()) > 1]
    forms = surnames | {" ".join(w) for w in full} | {w[0] for w in full}
    for m in list(out):   # "Humala and Heredia are also accused": two persons named before
        pair = joined_persons.halves(sents[m.sent_index].doc, m.start, m.end, forms) if " and " in m.text else None
        if pair:
            out.remove(m)
            out += [Mention(PERSON, a, b, sents[m.sent_index].doc[a:b].text, m.sent_index) for a, b in pair]
    for m in out:
        if m.label == ORGANISATION and " " not in m.text and (m.text in surnames or (m.text.isupper() and m.text.title() in surnames)) \
                and m.text.lower() not in gz.ORG_HEADS:
            m.label = PERSON   # ("THIAM received the bribes": the defendant's surname in capitals)
            m.text = m.text.title() if m.text.isupper() else m.text
        elif m.label == ORGANISATION and " " not in m.text and m.text.lower() in unaccented \
                and m.text.lower() not in gz.ORG_HEADS:
            m.label, m.text = PERSON, unaccented[m.text.lower()]   # written once without its accent
            m.text = m.text.title() if m.text.isupper() else m.text
    # one name, one kind: "al-Shabab" read as a body once is a body wherever the model read a person
    org_texts = {m.text for m in out if m.label == ORGANISATION}
    for m in out:
        if m.label == PERSON and m.text in org_texts and m.text not in full_name_words:
            m.label = ORGANISATION
    return sorted(out + _surname_mentions(sents, out) + _bracketed_acronym_mentions(sents, out)
                  + legislatures.mentions(sents, out, lambda a, b, text, si: Mention(ORGANISATION, a, b, text, si))
                  + repeated_bodies.mentions(sents, out, ORGANISATION,
                                             lambda a, b, text, si: Mention(ORGANISATION, a, b, text, si)),
                  key=lambda m: (m.sent_index, m.start))


def _bracketed_acronym_mentions(sents, found: list[Mention]) -> list[Mention]:
    """"Romania’s National Anticorruption Directorate (DNA) ... According to DNA, ...": an acronym
    the article defines in brackets after a body's name stands for that body wherever it is
    written, though the model, reading a common word ("DNA"), tagged it nowhere."""
    defined = {}
    for m in found:
        if m.label != ORGANISATION:
            continue
        doc = sents[m.sent_index].doc
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" \
                and doc[m.end + 1].is_upper and doc[m.end + 1].is_alpha and 2 <= len(doc[m.end + 1]) <= 6:
            defined.setdefault(doc[m.end + 1].text, m.text)
    if not defined:
        return []
    taken = {(m.sent_index, i) for m in found for i in range(m.start, m.end)}
    return [Mention(ORGANISATION, t.i, t.i + 1, defined[t.text], si, alias=t.text)
            for si, sent in enumerate(sents) for t in sent
            if t.text in defined and (si, t.i) not in taken and not t.ent_type_]


PATRONYMIC = frozenset(load_data("names")["patronymic_particles"])


NAME_SUFFIXES = list_names.SUFFIXES   # "Jr.", "III" (data/names.json name_suffixes)


def surname_forms(full: str) -> set[str]:
    """How a person is referred to later: "Abdel Fattah al-Sisi" -> {"al-Sisi", "Sisi"};
    "Ramon Dizon Jr." -> {"Dizon"}."""
    words = full.replace(",", " ").split()
    while len(words) > 2 and words[-1].lower() in NAME_SUFFIXES:
        words = words[:-1]
    last = words[-1]
    if len(words) > 2 and words[-2].lower() in PATRONYMIC:
        return {f"{words[-2]} {last}"}   # "Mohammed bin Salman" is "bin Salman", not "Salman"
    forms = {last}
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in PARTICLES:
        k -= 1
        forms.add(" ".join(words[k:]))   # "De Vido" of "Julio De Vido", "van der Steur"
    m = re.match(r"^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn)-(.+)$", last, re.I)
    if m:
        forms.add(m.group(1))
    return {f for f in forms if len(f) > 1}


def _surname_mentions(sents, found: list[Mention]) -> list[Mention]:
    """Surnames the model did not tag ("Morsi appointed ...", "Sisi replaces ..."): a
    capitalised word that is the surname of a person named in full in the article."""
    forms, firsts = {}, {}
    named = {m.text for m in found if m.label == PERSON and len(m.text.split()) > 1}
    for m in found:
        if m.label == PERSON and len(m.text.split()) > 1:
            for f in surname_forms(m.text):
                forms[f] = m.text
            if len(m.text.split()) >= 2:
                firsts.setdefault(m.text.split()[0], set()).add(m.text)
    for m in found:   # "Yarrington" for "Tomas Yarrington Ruvalcaba": the first of two surnames
        words = m.text.split()
        if m.label == PERSON and len(words) >= 3 and words[-2][:1].isupper() and words[-2].lower() not in PARTICLES \
                and len(words[-2]) > 3:
            forms.setdefault(words[-2], m.text)
    # "Najib" for "Najib Razak": a given name that stands for one person only
    for first, fulls in firsts.items():
        if len(fulls) == 1 and first not in forms and len(first) > 2:
            forms[first] = next(iter(fulls))
    if not forms:
        return []
    taken = {(m.sent_index, i) for m in found for i in range(m.start, m.end)}
    out = []
    for si, sent in enumerate(sents):
        doc = sent.doc
        texts = doc_index.texts(doc)
        for i in range(sent.start, sent.end):
            w = texts[i]
            text = w.title() if w.isupper() and len(w) > 2 else w   # "DOE" of "JOHN A. DOE" (is_upper: str.isupper)
            if text not in forms:
                continue   # (a Token is built only for a word that may be a surname)
            tok = doc[i]
            if (si, tok.i) not in taken and tok.pos_ in ("PROPN", "NOUN", "ADJ", "VERB") \
                    and not (tok.ent_type_ in ("GPE", "NORP", "LOC", "FAC") and forms[text].split()[0] == text) \
                    and not gz.country_of(tok.text) \
                    and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isupper()
                             and tok.doc[tok.i + 1].pos_ == "PROPN"):
                start = _given_names_before(sent, tok, named, taken, si)
                out.append(Mention(PERSON, start, tok.i + 1, text if start == tok.i else
                                   " ".join(t.text for t in tok.doc[start:tok.i + 1]), si))
    return out


def _given_names_before(sent, tok, fulls: set[str], taken, si: int) -> int:
    """Where the untagged name ending at a surname begins: "Seven of Karim Wade's associates"
    is Karim Wade, not whichever Wade came last, when the article names "Karim Wade" in full
    (a father and a son, a husband and a wife share the surname)."""
    for full in sorted(fulls, key=len, reverse=True):
        words = full.split()
        start = tok.i - (len(words) - 1)
        if len(words) > 1 and start >= sent.start and words[-1] == tok.text \
                and [t.text for t in tok.doc[start:tok.i]] == words[:-1] \
                and not any((si, i) in taken for i in range(start, tok.i)):
            return start
    return tok.i


def resolve(mentions: list[Mention], country: str | None) -> dict[str, EntityBuild]:
    """Attach each mention to an entity; returns the entities by key."""
    ents: dict[str, EntityBuild] = {}
    persons_full: dict[str, EntityBuild] = {}

    # persons: full names first, so surnames anywhere in the article find them
    for m in mentions:
        if m.label == PERSON and len(m.text.split()) > 1 and not _particle_surname(m.text):
            key = m.text.lower()
            e = ents.setdefault(f"P:{key}", EntityBuild(PERSON, key, m.text))
            m.entity = e
            persons_full[key] = e
    _merge_initials(ents, mentions, persons_full)
    _merge_spellings(ents, mentions, persons_full)
    _merge_contained(ents, mentions, persons_full)
    for m in mentions:
        if m.label != PERSON or m.entity is not None:
            continue
        w = m.text.lower()
        hits = [e for k, e in persons_full.items() if w in {f.lower() for f in surname_forms(k)}]
        if not hits and " " not in w:   # "Kovalenkyi" for "Bohdan Kovalenky"
            hits = [e for k, e in persons_full.items()   # (and "Cossio" for "Mario Cossío": an accent left out)
                    if spelling_key(gz.fold(w)) in {spelling_key(gz.fold(f)) for f in surname_forms(k)}]
            hits = hits if len({e.key for e in hits}) == 1 else []
        if not hits and " " not in w:   # "Polit" for "Carlos Ramon Polit Faggioni": the first of two surnames
            hits = [e for k, e in persons_full.items() if len(k.split()) >= 3 and k.split()[-2] == w
                    and k.split()[-2] not in PARTICLES]
            hits = hits if len({e.key for e in hits}) == 1 else []
        if not hits:   # "Najib" for "Najib Razak": some names are shortened to the first word
            hits = [e for k, e in persons_full.items() if k.split()[0] == w and len(k.split()) >= 2]
            hits = hits if len(hits) == 1 else []
        if len(hits) >= 1:
            m.entity = hits[0] if len(hits) == 1 else _nearest(m, mentions, hits)
            m.entity.add_name(m.text)
        else:
            m.entity = ents.setdefault(f"P:{w}", EntityBuild(PERSON, w, m.text))
    for m in mentions:
        if m.alias and m.entity is not None and m.alias != m.entity.name:
            m.entity.aliases.add(m.alias)

    # organisations: by canonical identity, then acronyms in parentheses
    for m in mentions:
        if m.label != ORGANISATION:
            continue
        key, display, c = org_identity(m.text, country)
        e = ents.get(f"O:{key}")
        if e is None:
            e = ents[f"O:{key}"] = EntityBuild(ORGANISATION, key, display, country=c)
            e.aliases |= ministry_aliases(display)
            base = display.split(" ", 1)[-1]
            if c and base.lower() in NATIONAL_BODIES and base.lower() != display.lower() and " " in base:
                e.aliases.add(base)   # "Nigerien military junta" is "the military junta" of its article
        e.add_name(m.text)
        if m.alias:
            e.aliases.add(m.alias)   # ("DNA" of "National Anticorruption Directorate (DNA)")
        if len(m.text) > len(e.name) and m.text.lower().endswith(e.name.lower()):
            e.aliases.add(e.name)
            e.name = m.text
        m.entity = e
    _merge_bare_orgs(ents, mentions)
    _acronyms(mentions, ents)
    _initials(mentions, ents)
    return ents


def _particle_surname(text: str) -> bool:
    """"De Vido", "van der Steur": a surname with its particles, not a full name."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(w.lower() in PARTICLES for w in words[:-1])


def _without_initials(key: str) -> str:
    return " ".join(w for w in key.split() if not re.fullmatch(r"\w\.?", w))


def _merge_initials(ents: dict[str, EntityBuild], mentions: list[Mention], persons_full: dict) -> None:
    """"Maurice Brown" is "Maurice A. Brown" when the article names one such person with a
    middle initial (releases name a defendant in full once, then without the initial)."""
    groups: dict[str, list[EntityBuild]] = {}
    for key, e in persons_full.items():
        groups.setdefault(_without_initials(key), []).append(e)
    for bare, group in groups.items():
        plain = [e for e in group if e.key == bare]
        full = [e for e in group if e.key != bare]
        if len(plain) != 1 or len(full) != 1 or len(bare.split()) < 2:
            continue
        old, new = plain[0], full[0]
        new.add_name(old.name)
        new.aliases |= old.aliases
        _repoint(old, new, mentions, ents, f"P:{old.key}")
        persons_full[old.key] = new


def _merge_contained(ents: dict[str, EntityBuild], mentions: list[Mention], persons_full: dict) -> None:
    """"Pérez Molina" is "Otto Pérez Molina" (his two surnames), "William Ruto" is "William
    Samoci Ruto" (his middle name left out): a name of two words that ends, or begins and
    ends, as one longer name of the article does, or begins it ("Abdul Gafur" of "Abdul Gafur
    Mas’ud"), and as no other, is that person. "Phan Van
    Anh" is "Phan Van Anh Vu" (the model cut the last word once): a name of three words or
    more that one longer name of the article continues by one word."""
    people = list({e.key: e for e in persons_full.values()}.values())
    for short in people:
        words = short.key.split()
        if len(words) >= 3:
            longer = [e for e in people if e is not short and e.key.split()[:-1] == words]
        elif len(words) != 2 or words[0] in PARTICLES:
            continue
        else:
            longer = [e for e in people if e is not short and len(e.key.split()) >= 3 and (
                e.key.split()[-2:] == words or (e.key.split()[0] == words[0] and e.key.split()[-1] == words[1])
                or e.key.split()[:2] == words)]   # "Abdul Gafur" is "Abdul Gafur Mas’ud" (his given names)
        if len(longer) != 1:
            continue
        new = longer[0]
        new.aliases |= {short.name} | short.aliases
        _repoint(short, new, mentions, ents, f"P:{short.key}")
        for k, e in list(persons_full.items()):
            if e is short:
                persons_full[k] = new


@lru_cache(maxsize=16384)   # (pure; a given name is keyed again for each pair of spellings)
def given_key(word: str) -> str:
    """Transliterations of one given name agree here: Tareq / Tariq, Saleh / Sale, Mohammed /
    Muhammad (the first letter, then the consonants; "Omar" and "Amir" stay apart)."""
    w = word.lower()
    if len(w) < 4 or "." in w:
        return w
    rest = re.sub(r"[aeiouyh']", "", w[1:])
    return w[0] + re.sub(r"(.)\1+", r"\1", rest)


def _merge_spellings(ents: dict[str, EntityBuild], mentions: list[Mention], persons_full: dict) -> None:
    """"Bohdan Kovalenkiy" (a caption) is "Bohdan Kovalenkyy" (the story), "Tareq al-Hashemi" is
    "Tariq al-Hashemi": one person whose names two transliterations spell; the name written
    more often leads."""
    groups: dict[tuple, list[EntityBuild]] = {}
    for key, e in persons_full.items():
        words = key.split()
        group = groups.setdefault((tuple(given_key(w) for w in words[:-1]), spelling_key(words[-1])), [])
        if e not in group:
            group.append(e)
    joined: dict[tuple, list[EntityBuild]] = {}   # "Umaru Yar' Adua" / "Umaru YarAdua": the surname written apart
    for key, e in persons_full.items():
        words = key.split()
        group = joined.setdefault((words[0], re.sub(r"[\s'’-]", "", " ".join(words[1:]))), [])
        if e not in group:
            group.append(e)
    merged = {id(e) for g in groups.values() if len(g) > 1 for e in g}
    for k, g in joined.items():
        if len(g) > 1 and not any(id(e) in merged for e in g):
            groups[("joined",) + k] = g
    written = Counter(m.text for m in mentions if m.label == PERSON)   # surnames too ("Kovalenkyy said")
    for group in groups.values():
        if len(group) < 2:
            continue
        count = {e.key: written[e.name] + sum(written[f] for f in surname_forms(e.name)) for e in group}
        order = list(persons_full.values())   # (a tie goes to the person resolved first)
        new = max(group, key=lambda e: (count[e.key], -order.index(e)))
        for old in group:
            if old is new:
                continue
            new.aliases |= {old.name} | old.aliases
            _repoint(old, new, mentions, ents, f"P:{old.key}")
            persons_full[old.key] = new


def _repoint(old: EntityBuild, new: EntityBuild, mentions: list[Mention], ents: dict[str, EntityBuild],
             key: str) -> None:
    """Entity old is new (the caller has given new its names): its mentions now point at new,
    and its entry (key) leaves the article's entities."""
    for m in mentions:
        if m.entity is old:
            m.entity = new
    ents.pop(key, None)


def _nearest(m: Mention, mentions: list[Mention], hits: list[EntityBuild]) -> EntityBuild:
    before = [x for x in mentions if x.entity in hits and (x.sent_index, x.start) < (m.sent_index, m.start)]
    return before[-1].entity if before else hits[0]


# lower-case nouns for a body the article names in full elsewhere ("the ministry said")
GENERIC_BODY_NOUNS = frozenset(load_data("names")["generic_body_nouns"])


def _merge_bare_orgs(ents: dict[str, EntityBuild], mentions: list[Mention]) -> None:
    """'Armed Forces' joins 'Russian Armed Forces' when it is the only one of that name."""
    orgs = [e for e in ents.values() if e.label == ORGANISATION]
    for e in orgs:
        if e.country:
            continue
        longer = [o for o in orgs if o is not e and o.country
                  and o.name.lower().endswith(" " + e.name.lower())]
        if len(longer) == 1:
            target = longer[0]
            target.aliases |= {e.name} | e.aliases
            _repoint(e, target, mentions, ents, f"O:{e.key}")
    for e in orgs:   # "the state government of Bayelsa" is "Bayelsa State"
        if f"O:{e.key}" not in ents:
            continue
        territory = [o for o in orgs if o is not e and f"O:{o.key}" in ents and o.name.lower().startswith(e.name.lower() + " ")
                     and o.name.split()[-1].lower() in TERRITORY_WORDS and len(o.name.split()) == len(e.name.split()) + 1]
        if len(territory) == 1:
            territory[0].aliases |= {e.name} | e.aliases
            _repoint(e, territory[0], mentions, ents, f"O:{e.key}")
    for e in orgs:   # "a statement issued by the ministry": the article's one ministry
        if f"O:{e.key}" not in ents or " " in e.name or not e.name.islower() or e.name not in GENERIC_BODY_NOUNS:
            continue
        named = [o for o in orgs if o is not e and f"O:{o.key}" in ents and e.name in o.name.lower().split()]
        if len({o.key for o in named}) == 1:
            named[0].aliases.discard(e.name)
            _repoint(e, named[0], mentions, ents, f"O:{e.key}")
    for o in orgs:   # "the Communist Party" (the article country's) is "the Communist Party of Vietnam"
        owner = body_of_country(o.name)
        if owner is None or f"O:{o.key}" not in ents:
            continue
        base, country = owner
        for e in orgs:
            if e is not o and f"O:{e.key}" in ents and e.key in (base.lower(), f"{country} {base}".lower()):
                o.aliases |= {e.name} | e.aliases
                _repoint(e, o, mentions, ents, f"O:{e.key}")


def _acronyms(mentions: list[Mention], ents: dict[str, EntityBuild]) -> None:
    """'Federal Security Service (FSB)': the bracketed acronym is the same organisation."""
    for a, b in zip(mentions, mentions[1:]):
        short_name = a.label == ORGANISATION and b.label == PERSON and b.entity is not None \
            and " " not in b.text and b.text in a.text.split()[1:] and b.start - a.end == 1   # "Parti Amanah Negara (Amanah)"
        if (a.label == b.label == ORGANISATION or short_name) and a.entity is not b.entity \
                and a.sent_index == b.sent_index \
                and (short_name or b.text.isupper() or b.text.upper() == initials_of(a.text)) \
                and 0 < b.start - a.end <= 1 and (len(b.text) <= 6 or short_name):
            old = b.entity
            a.entity.aliases |= {b.text} | old.aliases | {old.name}
            _repoint(old, a.entity, mentions, ents, f"{'O' if old.label == ORGANISATION else 'P'}:{old.key}")
            for m in mentions:
                if m.entity is a.entity:
                    m.label = ORGANISATION   # ("Amanah politician X" elsewhere: the party)


@lru_cache(maxsize=8192)   # (pure; asked of every name of every body for each acronym)
def initials_of(name: str) -> str:
    """"Economic and Financial Crimes Commission" -> "EFCC", "Zimbabwe Anti-Corruption
    Commission" -> "ZACC": the first letters of its words (hyphenated parts count)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ("and", "of", "the", "for", "on", "&")]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _initials(mentions: list[Mention], ents: dict[str, EntityBuild]) -> None:
    """An acronym the article never puts in brackets ("the EFCC said") is the one institution
    of the article whose initials it spells."""
    orgs = [e for e in ents.values() if e.label == ORGANISATION]
    for short in orgs:
        acro = short.name.replace(".", "")
        if not (2 <= len(acro) <= 6 and acro.isupper() and acro.isalpha()):
            continue
        full = [o for o in orgs if o is not short and f"O:{o.key}" in ents and len(o.name.split()) >= 2
                and any(initials_of(n) == acro for n in [o.name, *o.aliases])]
        if len(full) != 1:
            continue
        target = full[0]
        target.aliases |= {short.name} | short.aliases
        _repoint(short, target, mentions, ents, f"O:{short.key}")
