"""National bodies from titles: "Defence Minister" in country C is C's Ministry of Defence,
"Army chief" C's army, "President" of C the country itself."""
from __future__ import annotations

import re
from functools import lru_cache

from graph.schema import ORGANISATION

from .. import gazetteer as gz, service_commissions
from ..lexicon import load
from ..mentions import EntityBuild
from .party_reference import referred_party
from .per_story import per_story, the_one
from .titles import BODY_WORDS, NOT_PORTFOLIOS, abstract_portfolio_word
from .office_bodies import plain_office
from .. import crown_titles
from .judiciary_posts import judiciary_of
from .region_posts import REGION_HEADS, article_region, region_body
from .town_posts import written_town
from . import cabinet_posts, written_portfolios
from .combined_ministries import combined_ministry
from .. import doc_index

COUNTRY_POSTS = frozenset(p.lower() for p in gz.data().get("country_posts", []))
# words after a body's head word that do not change which body it is ("Police Force", "Police Service")
BODY_SUFFIXES = {"force", "forces", "service", "services", "command", "corps", "office", "chambers", "department"}
# "Under-Secretary-General for ...": a title's first word that names its organisation
TITLE_HEAD_ORGS = {k.lower(): v for k, v in gz.data().get("title_head_orgs", {}).items()}
BODY_TITLES = {k.lower(): v for k, v in gz.data().get("body_titles", {}).items()}
MINISTRIES_OF_BODIES = gz.data().get("ministries_of_bodies", {})   # "police" -> "Ministry of Police"
GOVERNMENT_TITLES = frozenset(gz.data().get("government_titles", []))   # "government spokesman"
PROVINCIAL = gz.data().get("provincial_posts", {})
PROVINCIAL_TITLES = {k.lower(): v for k, v in PROVINCIAL.get("titles", {}).items()}
PROVINCE_CUES_AFTER = frozenset(PROVINCIAL.get("cues_after", []))
PROVINCE_CUES_BEFORE = frozenset(PROVINCIAL.get("cues_before", []))


@per_story
def article_province(st) -> str | None:
    """The one province a story on provincial posts is about: the place written with a
    provincial cue ("Punjab government", "IGP Punjab", "the Punjab chief minister")."""
    found = set()
    for sent in st.sents:
        doc = sent.doc
        for t in sent:
            for n in (2, 1):   # "Khyber Pakhtunkhwa", "Punjab"
                if t.i + n > sent.end:
                    continue
                name = doc[t.i:t.i + n].text
                if not name[:1].isupper() or not gz.is_place(name) or gz.country_of(name):
                    continue
                after = doc[t.i + n].lower_ if t.i + n < len(doc) else ""
                before = doc[t.i - 1].lower_ if t.i > 0 else ""
                if before == "(" or before == ")":
                    before = doc[t.i - 2].lower_ if t.i > 1 else ""
                if after in PROVINCE_CUES_AFTER or before in PROVINCE_CUES_BEFORE:
                    found.add(name)
                    break
    return the_one(found)


DISTRICT_NAME = (r"(?:(?:Northern|Southern|Eastern|Western|Middle|Central) District of|District of) (?:"
                 + "|".join(re.escape(n) for n in gz.data().get("us_district_names", [])) + ")")
US_DISTRICT = re.compile(r"\b(" + DISTRICT_NAME + r")\b")


@per_story
def article_district(st) -> str | None:
    """The one US federal judicial district a story names ("the Western District of
    Pennsylvania"), else None (none, or several)."""
    return the_one({m.group(1) for sent in st.sents for m in US_DISTRICT.finditer(doc_index.text(sent))})


def district_office(title: str, country: str | None) -> str | None:
    """The office a district has for a title ("U.S. Attorney" -> "U.S. Attorney's Office"), else None."""
    joined = " ".join(w for w in title.lower().split() if w not in ("deputy", "acting", "former", "interim", "the"))
    return next((rec["org"] for rec in gz.data().get("title_orgs", []) if rec.get("per_district")
                 and rec["title"] == joined and country == rec["country"]), None)


def district_body(st, office: str, district: str) -> EntityBuild:
    """"U.S. Attorney's Office for the Western District of Pennsylvania", with the forms
    readers use: "United States Attorney's Office for ...", "..., Western District of ..."."""
    head = office.split()[-1].lower()   # "Office", "Court"
    for m in st.mentions:   # the article's own name for it ("United States Attorney's Office for the ...")
        if m.label == ORGANISATION and m.entity is not None and district.lower() in m.entity.name.lower() \
                and head in m.entity.name.lower().split():
            return m.entity
    e = st.org_entity(f"{office} for the {district}", "United States")
    long = office.replace("U.S.", "United States")
    e.aliases |= {f"{long} for the {district}", f"{office}, {district}", f"{office} for the {district}".replace("'", "’")}
    # (not the district alone: the court and the attorney's office of one district are two bodies)
    return e


LOCAL_HEADS = frozenset({"mayor", "vice mayor", "vice-mayor", "deputy mayor", "lord mayor", "city mayor"})
CITY_NAMED = re.compile(r"\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+) City\b|\b[Cc]ity of ((?:[A-Z][a-z]+ )?[A-Z][a-z]+)\b")
# "the mayor of Fall River", "mayor of the city of X": the town a story's mayor governs
MAYOR_OF = re.compile(r"\b[Mm]ayor of (?:the (?:city|town|municipality) of )?((?:[A-Z][\w\-]+ ){0,2}[A-Z][\w\-]+)")
# capitalised words that open a sentence or a title, not a town's name ("The City Council")
NOT_TOWN_WORDS = frozenset(gz.data().get("not_town_words", []))


@per_story
def article_city(st) -> str | None:
    """The one town a story's mayor belongs to: the city it names as "Tayabas City" or "the
    city of Tayabas", else the one place it calls "the mayor of X" (a story on Fall River's
    mayor says "Mayor Jasiel Correia" later without the town); else None."""
    found = {m.group(1) + " City" if m.group(1) else m.group(2)
             for sent in st.sents for m in CITY_NAMED.finditer(doc_index.text(sent))
             if not doc_index.text(sent)[:m.start()].lower().endswith("capital ")}   # "the capital city of New Jersey" is no town
    found = {f for f in found if not gz.country_of(f.replace(" City", ""))
             and f.split()[0] not in NOT_TOWN_WORDS}
    mayors = {m.group(1) for sent in st.sents for m in MAYOR_OF.finditer(doc_index.text(sent))}
    mayors = {f for f in mayors if not gz.country_of(f) and f.split()[0] not in NOT_TOWN_WORDS
              and f.split()[-1].lower() not in gz.ORG_HEADS}
    mayor_town = the_one(mayors) or (written_town(st) if not mayors else None)
    if mayor_town and found and not any(mayor_town in f or f in mayor_town for f in found):
        return mayor_town   # (round 19) "New Orleans Mayor X" in a story that also names "New York City"
    if not found:
        found = mayors
    if not found:   # "Charlotte mayor", "Philadelphia Police Commissioner" (town_posts)
        return written_town(st) or article_police_town(st)
    return the_one(found)


def town_body(st, town: str) -> EntityBuild:
    """A town as the body of its mayor's post, with the names readers use for its government
    ("City of Fall River", "Fall River city government", "municipality of Fall River")."""
    e = st.org_entity(town, None)
    base = town[:-5] if town.endswith(" City") else town
    e.aliases |= {form.format(base) for form in gz.data().get("town_body_forms", [])} - {e.name}
    return e


CITY_POLICE_TITLES = frozenset(gz.data().get("city_police_titles", []))   # "police chief", "chief of police"
# "Mexico City's police chief", "police chief of Phnom Penh", "Gary, Indiana Police Chief",
# "Chief of the Gary, Ind., Police Department": the town whose police a story's chief heads
TOWN_POLICE = re.compile(
    r"\b((?:[A-Z][\w\-]+ ){0,2}[A-Z][\w\-]+)(?:(?:’s|'s)|,(?: [A-Z][\w.]+)+,?)? [Pp]olice (?:[Cc]hief|[Dd]epartment)\b"
    r"|\b[Pp]olice [Cc]hief of ((?:[A-Z][\w\-]+ ){0,2}[A-Z][\w\-]+)")


@per_story
def article_police_town(st) -> str | None:
    """The one town (not a country) whose police chief or police department a story names,
    else None: a plain "police chief" there is that town's, not the nation's."""
    found = set()
    for sent in st.sents:
        for m in TOWN_POLICE.finditer(doc_index.text(sent)):
            words = (m.group(1) or m.group(2)).split()
            while words and (words[0] in NOT_TOWN_WORDS or words[0].lower() in gz.TITLE_WORDS):
                words = words[1:]   # "Former Gary": the town is "Gary"
            town = " ".join(words)
            if town and gz.is_place(town) and not gz.country_of(town):
                found.add(town)
    return the_one(found)


def town_police(st, town: str) -> EntityBuild:
    """A town's police as the body of its chief's post ("Gary Police Department")."""
    e = st.org_entity(f"{town} Police", None)
    e.aliases |= {form.format(town).replace("City City", "City")
                  for form in gz.data().get("town_police_forms", [])} - {e.name}
    return e


def provincial_body(st, title: str, country: str | None) -> EntityBuild | None:
    """"IGP X", "chief secretary X" in a story on one province of a country whose such posts
    are provincial: the province's police or government."""
    form = PROVINCIAL_TITLES.get(title.lower())
    where = country or st.country or st.country_hint
    # where only the chief minister is a province's ("Koshi Province Chief Minister X" in Nepal)
    chief_only = where in PROVINCIAL.get("chief_minister_countries", []) and title.lower() == "chief minister"
    if form is None or (where is not None and where not in PROVINCIAL.get("countries", []) and not chief_only):
        return None
    province = article_province(st)
    if province is None:
        return None
    e = st.org_entity(form.format(province), where)
    if form.startswith("Government of"):
        e.aliases |= {f"{province} government", f"{province} Government"} | ({province} if chief_only else set())
    return e


def article_body(st, body: str, country: str | None) -> EntityBuild | None:
    """The article's own name for a national body: "the central bank" or "central bank governor"
    is the "Bangladesh Bank" or "Central Bank of Nigeria" the article names, "inspector general
    of police" the "Nigeria Police Force". An organisation of the article that has the body's last
    word and either the whole body name or the country's name; only when there is one such."""
    words = [w for w in body.lower().replace("'s", "").split() if w not in ("of", "the", "office")]
    if not words:
        return None
    phrase = " ".join(words)
    own = {country.lower(), gz.adjective_of(country).lower()} if country else set()
    hits = {}
    for m in st.mentions:
        if m.label != ORGANISATION or m.entity is None:
            continue
        name = m.entity.name.lower().replace("'s", "").replace("’s", "")
        lw = name.split()
        head = lw
        if lw[:2] == ["office", "of"]:   # "Office of the Attorney General (of X)": "attorney general"
            head = [w for w in lw[2:] if w != "the"]
        if "of" in head[1:]:
            head = head[:head.index("of", 1)]   # "Central Bank of Nigeria": "central bank"
        if head and head[-1] in BODY_SUFFIXES:
            head = head[:-1]   # "Nigeria Police Force", "Prosecutor General's Office", "Attorney General's Chambers"
        if not head or head[-1] != words[-1] or name == phrase or (lw[0] in gz.TITLE_HEADS and not any(
                w in gz.ORG_HEADS for w in lw)):
            continue   # (not "Army Staff", nor "Comptroller General of Ecuador": a title read as a body)
        national = own & set(lw) or (country and country.lower() in name) or (
            country is None and any(gz.country_of(w) for w in lw))   # "Bank of Ghana" in an article with no country
        if f" {phrase} " in f" {name} " or national:
            hits[m.entity.id] = m.entity
    # "Nigerian police" beside "Nigeria Police Force": the generic form is the same body, not a second one
    named = [e for e in hits.values() if e.name.lower() not in {f"{a} {phrase}" for a in own}]
    return named[0] if len(named) == 1 else None


def _sole_user(st, rec: dict, country: str | None) -> bool:
    """Only the record's country, and the few it lists as also_used_in, give a post this title
    ("foreign secretary": Britain, and South Asian civil services), and the story is on none of
    those others: the title is the record's country's post whatever country the story is on."""
    if "also_used_in" not in rec:
        return False
    others = set(rec["also_used_in"])
    return not ({country, st.country, st.country_hint} & others)


def _names_country(st, country: str) -> bool:
    """The paragraph being read names the country (its name or adjective)."""
    doc = getattr(st, "current_doc", None)
    return doc is not None and any(gz.country_of(t.text) == country or (
        t.i + 1 < len(doc) and gz.country_of(f"{t.text} {doc[t.i + 1].text}") == country) for t in doc)


COUNTRY_PREFIXES = ("u.s. ", "us ", "united states ", "the ")


def _bare_name(name: str) -> str:
    """"U.S. Department of the Treasury" -> "department of the treasury": a body's name without its country."""
    name = name.lower()
    for p in COUNTRY_PREFIXES:
        if name.startswith(p):
            name = name[len(p):]
    return name


def named_office(st, rec: dict) -> EntityBuild | None:
    """The article's own body for a known office ("Treasury Secretary X" in a story that names the
    "U.S. Department of the Treasury"): the organisation it mentions under one of the forms the
    record gives ("named_as"), else None. Bodies named under several of the forms ("the U.S.
    Department of State", later "the State Department") are the one office: the first named."""
    forms = {_bare_name(f) for f in rec.get("named_as", [])}
    if not forms:
        return None
    hits = {m.entity.id: m.entity for m in st.mentions if m.label == ORGANISATION and m.entity is not None
            and any(_bare_name(n) in forms for n in [m.entity.name, m.text, *m.entity.aliases])}
    return next(iter(hits.values()), None)


# a word before "police" that names one force of several, not the country's police (round 19)
FORCE_QUALIFIERS = frozenset(gz.data().get("force_qualifiers", []))
MINISTER_HEADS = ("minister", "minister-designate")
# last words that make a capitalised phrase a portfolio whatever its first words ("Karamoja Affairs")
PORTFOLIO_TAILS = frozenset(gz.data().get("portfolio_tails", []))
PORTFOLIO_JOINS = ("and", "&", ",")
PORTFOLIO_MODIFIERS = frozenset(load("titles")["portfolio_modifiers"])   # before a title, never a portfolio's word


def written_portfolio(words: list[str]) -> str | None:
    """A minister's portfolio of several parts as the title writes it, when the portfolio
    lexicon knows some part but not the whole: "Minister for Sanitation and Water Resources",
    "Minister of Works and Supply", "Roads and Highways Minister" -> "Sanitation and Water
    Resources", ... (a single or wholly known portfolio is left to the lexicon)."""
    lw = [w.lower().strip(",") for w in words]
    heads = [k for k, w in enumerate(lw) if w in MINISTER_HEADS]
    if not heads:
        return None
    k = heads[0]
    joiners = [k2 for k2, w in enumerate(lw) if w in ("of", "for") and k2 > k]
    part = words[joiners[-1] + 1:] if joiners else words[:k]   # "Minister of State for X"; "X and Y Minister"
    while part and part[0].lower() in PORTFOLIO_MODIFIERS:
        part = part[1:]   # (round 18) "Deputy Territories and Communities Minister": no "Ministry of Deputy ..."
    text = " ".join(part).replace(" ,", ",").strip(" ,")
    pieces = [x for x in re.split(r"\s*(?:,|\band\b|&)\s*", text) if x]
    if not all(w[:1].isupper() or w.strip(",") in PORTFOLIO_JOINS for w in text.split()):
        return None
    if len(pieces) == 1 and 1 < len(text.split()) <= 4 and text.split()[-1] in PORTFOLIO_TAILS \
            and not gz.portfolio(text) and not any(gz.country_of(w) for w in text.split()):
        return text   # "Minister for Karamoja Affairs": a region's or a group's affairs
    if len(pieces) == 1 and joiners and len(text.split()) <= 3 and abstract_portfolio_word(text.split()[-1]) \
            and not gz.portfolio(text) and not gz.portfolio(text.split()[-1]) \
            and not any(w.lower() in NOT_PORTFOLIOS or gz.country_of(w) or gz.is_place(w) for w in text.split()):
        return text   # (round 23) "Minister of National Solidarity", "Minister for Reconciliation"
    if len(pieces) < 2:
        return None
    if gz.portfolio(text) or not any(gz.portfolio(p) for p in pieces):
        return None
    return text


def service_commission(st, words: list[str], country: str | None) -> EntityBuild | None:
    """"Public Service Commissioner", "State Services Commissioner", "First Civil Service
    Commissioner": the head of the service's commission (loaders/service_commissions.py leaves
    the title whole). Leading modifiers and ordinals are no part of the body's name."""
    core = [w for w in words if w.lower() not in ("deputy", "acting", "former", "interim", "the", "first")]
    if len(core) < 3 or core[-1].lower() not in service_commissions.HEADS \
            or core[-2].lower() not in service_commissions.SERVICE_WORDS or not all(w[:1].isupper() for w in core):
        return None
    return st.org_entity(" ".join(core[:-1]) + " Commission", country)


@lru_cache(maxsize=4096)
def _title_portfolio(words: tuple[str, ...]) -> tuple[str, frozenset[str]] | None:
    """The first portfolio (longest from the leftmost word) of a ministry's title ("Defence Minister",
    "foreign ministry head"), with the ministry's names as the title writes them; or None. (A pure
    function of the title's words, asked again for each title an article repeats.)"""
    lw = [w.lower() for w in words]
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            dom = gz.portfolio(" ".join(words[i:j]))
            if dom and (any(h in lw for h in ("minister", "ministers", "attaché", "attache",
                                               "secretary", "spokesman", "spokeswoman",
                                               "spokesperson"))
                        or (j < len(lw) and lw[j] == "ministry"
                            and any(w in gz.TITLE_HEADS for w in lw[j + 1:]))):   # "foreign ministry head"
                return dom, frozenset(written_portfolios.written_forms(list(words), i, j))
    return None


def org_for_title(st, title: str, country: str | None, explicit: str | None = None) -> EntityBuild | None:
    """The institution a title names: a known office ("home secretary" in Britain), a ministry
    through its portfolio word, the article's party or national body, or the country of a
    head of state. st is the article's extract.ArticleState."""
    words = title.split()
    lw = [w.lower() for w in words]
    joined = " ".join(w for w in lw if w not in ("deputy", "acting", "former", "interim", "shadow", "the"))
    joined = crown_titles.without_style(joined)   # "HM Inspector of Constabulary": the title after the Crown's style
    commission = service_commission(st, words, country)
    if commission is not None:   # "State Services Commissioner X": the State Services Commission
        return commission
    provincial = provincial_body(st, joined, country)
    if provincial is not None:
        return provincial
    if joined in GOVERNMENT_TITLES and (country or st.country):   # "Sri Lankan government spokesman X"
        return st.country_entity(country or st.country)
    if joined in LOCAL_HEADS and article_city(st):   # "former mayor X" in a story on Tayabas City
        return town_body(st, article_city(st))
    if joined in REGION_HEADS and article_region(st):   # "governor X" in a story on the state of Adamawa
        return region_body(st, article_region(st))
    if joined in CITY_POLICE_TITLES and explicit is None and article_police_town(st):
        return town_police(st, article_police_town(st))   # "police chief X" in a story on Gary's police
    head_title = joined.split(" for ")[0]
    # (only a record whose title is this one can act below: the others are passed over at once)
    for rec in [rec for rec in gz.data().get("title_orgs", [])
                if rec["title"] == joined or rec["title"].replace("the ", "") in (joined, head_title)]:
        # "home secretary" is the Home Office's in Britain, "secretary of state" the State Department's in the US
        if rec.get("needs_country") and explicit != rec["country"]:
            continue   # "U.S. Attorney X" is the U.S. Attorney's Office's; "his attorney X" is not
        sole = explicit is None and _sole_user(st, rec, country)   # "Foreign Secretary X" in a story on Bulgaria
        if rec["title"].replace("the ", "") in (joined, head_title) and (
                country is None or country == rec["country"] or sole or (
                rec.get("unambiguous") and explicit is None and _names_country(st, rec["country"]))):
            # "Secretary of State X" in a Sri Lankan story whose paragraph names the United States
            if rec["country"] in (country, st.country, st.country_hint) or rec.get("unambiguous") or sole:
                district = article_district(st) if rec.get("per_district") else None
                if district:   # "U.S. District Judge X" in a story naming "the Northern District of California"
                    return district_body(st, rec["org"], district)
                e = st.org_entity(rec["org"], rec["country"])
                e.aliases |= set(rec.get("aliases", ()))   # the Foreign Office's other names: FCO, FCDO
                return e
        if explicit is None and rec["title"] == joined and country not in (None, rec["country"]):
            named = named_office(st, rec)   # "Treasury Secretary X" in a Sudan story the U.S. Treasury issued
            if named is not None:
                return named
    body = BODY_TITLES.get(joined) or BODY_TITLES.get(joined.replace("commander", "chief").replace("head", "chief"))
    if body is None and (joined in gz.RANKS or " ".join(w for w in joined.split() if w not in BODY_WORDS) in gz.RANKS):
        return None   # "an army general", "Police Lieutenant General X": a rank, not a post at the army
        # (but "police commissioner" is the police's head, though "commissioner" alone is a rank)
    if joined.split() and joined.split()[0] in TITLE_HEAD_ORGS:   # "Under-Secretary-General for Political Affairs"
        return st.org_entity(TITLE_HEAD_ORGS[joined.split()[0]], None)
    # "air force commander", "army head": the same body as "air force chief"
    if body and (country or st.country_hint or article_body(st, body, None)):   # "chief of naval staff" -> the Navy
        where = country or st.country_hint
        named = article_body(st, body, where)
        if named is not None:   # "Inspector General of Police X" in an article naming the "Nigeria Police Force"
            return named
        judiciary = judiciary_of(st, joined, where)
        if judiciary is not None:   # "before Chief Justice X" in a story that names no court
            return judiciary
        if body.startswith("Office of"):
            # each country's office is its own ("Office of the Attorney General of Mexico"), and only
            # a country the text gives (not one it merely mentions) says whose it is
            where = explicit or st.country
            if where is None:   # "Ombudsman X" where the story gives no country: the office by its own name
                return plain_office(st, body, joined)
            e = st.org_entity(f"{body} of {where}", where)
            e.aliases.add(e.name)
            e.name = body
            post = body.replace("Office of the ", "")   # "Public Defender of Georgia", "Public Defender's Office"
            e.aliases |= {f"{post} of {where}", f"{post}'s Office"}
            return e
        e = st.org_entity(body, where)
        if where and not gz.country_of(body.split()[0]):
            e.aliases.add(f"{body} of {where}")   # "Prosecutor's Office of Bosnia and Herzegovina"
        return e
    if body and not (country or st.country or st.country_hint):
        if body.startswith("Office of"):   # "former Director of Public Prosecutions X" in a story naming no country
            return plain_office(st, body, joined)
        return judiciary_of(st, joined, None) or st.org_entity(body, None)   # "Police Commissioner X": "Police"
    written = written_portfolio(words)
    if written:   # "Minister for Sanitation and Water Resources"
        return st.org_entity(f"Ministry of {written}", country or st.country_hint)
    if "minister" in lw:   # "Police Minister X", "Minister of Police X": the ministry, not the police
        body_ministry = next((MINISTRIES_OF_BODIES[w] for w in lw if w in MINISTRIES_OF_BODIES), None)
        if body_ministry:
            return st.org_entity(body_ministry, country or st.country_hint)
    found = _title_portfolio(tuple(words))
    if found is not None:
        dom, forms = found
        joined = combined_ministry(st, dom, country or st.country_hint)
        if joined is not None:   # "labor Minister X" in a story naming the "Ministry of ..., Labour and ..."
            return joined
        e = st.org_entity(f"Ministry of {dom}", country or st.country_hint)
        e.aliases |= forms   # "land management minister"
        return e
    if "party" in lw and any(gz.is_title_head(w) for w in lw if w != "party"):   # ("party secretary-general X")
        return referred_party(st)   # "party General Secretary X": the party named last, or the article's one party
    body = next((w for w in lw if w in BODY_WORDS and w not in ("military", "intelligence", "party")), None)
    country_or_hint = country or st.country_hint
    if body and any(w in gz.TITLE_HEADS for w in lw if w != body) and country_or_hint:
        k = lw.index(body)
        kinds = []
        while k - 1 - len(kinds) >= 0 and lw[k - 1 - len(kinds)] in FORCE_QUALIFIERS:
            kinds.insert(0, words[k - 1 - len(kinds)])
        if kinds:   # (round 19) "federal police commissioner", "provincial police chief": that force, not the country's police
            return st.org_entity(" ".join(w[:1].upper() + w[1:].lower() for w in kinds + [body]), country_or_hint)
        return st.org_entity(body, country_or_hint)   # "Army chief" -> the Bangladeshi army
    post = " ".join(w for w in lw if w not in ("deputy", "acting", "former", "interim")).split(" to ")[0]
    if explicit and post in COUNTRY_POSTS:   # "Ghana's ambassador to the United States" holds it for Ghana
        return st.country_entity(explicit)   # "U.S. ambassador X" holds the post for the United States
    head = " ".join(w for w in lw if w not in ("deputy", "first", "acting", "vice") or
                    " ".join(lw) in gz.HEADS_OF_STATE)
    if (" ".join(lw) in gz.HEADS_OF_STATE or head in gz.HEADS_OF_STATE) and country:
        if cabinet_posts.is_cabinet_deputy(lw):   # "Deputy Prime Minister X": the government's
            return cabinet_posts.government_body(st, country)
        return st.country_entity(country)
    return None
