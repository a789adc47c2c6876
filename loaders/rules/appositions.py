"""Titles in apposition: after the name ("X, head of the communications department of the
General Staff"), before it ("the chief of the General Staff, General Valery Gerasimov";
"Its leader, X"), and plural titles over conjoined names ("two former defence ministers,
X and Y")."""
from __future__ import annotations

import re
from dataclasses import replace

from graph.schema import ORGANISATION, PERSON

from .. import doc_index
from .. import crown_titles
from .. import gazetteer as gz
from ..lexicon import QUOTE_MARKS, load
from ..mentions import Mention
from ..name_bounds import BODY_KINDS
from ..portfolio_lists import joins_portfolio, portfolio_then_head
from .parties import party_member_title
from .party_posts import member_position, party_just_before, party_post, split_party
from .person_lists import plain_list_before
from .place_possessives import phrase_post, possessive_body
from .body_word_owners import leading_body_word
from .facts import Position
from . import staff_offices
from .title_orgs import BODY_TITLES
from .titles import (ARTICLES, BODY_WORDS, MODIFIERS, OFFICE_NOUNS, OWNER_NOUNS, PLACE_HEADS, PLACE_WORDS, PORTFOLIO_WORDS,
                     before_bracket, before_honorifics, clean_title, core_title, ends_apposition, has_head, plural_head,
                     titled_list_ending_at, is_title_word, national_body, portfolio_ministry, title_tokens, without_leading)


def opens_apposition(tok) -> bool:
    """A comma, or a dash with a space on both sides ("X – state aide at the PSB – said", "A
    spokesman for the junta - Colonel X - said"): what sets a name's apposition apart."""
    return tok.text == "," or (_spaced_dash(tok) and sum(map(_spaced_dash, tok.sent[:tok.i - tok.sent.start])) % 2 == 0)


def _spaced_dash(tok) -> bool:
    # (a dash after an odd number of them closes a parenthesis: "forced two to retire - A and B - as well as")
    return tok.text in ("-", "–", "—") and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def phrase_after(r, sent, start: int) -> list:
    doc = sent.doc
    toks = []
    i = start
    while i < sent.end and (not ends_apposition(doc[i]) or joins_portfolio(doc, i)) and len(toks) < 18:
        toks.append(doc[i])   # ("X, the minister for youth and sport, said": the list is the title's)
        i += 1
    return toks


ALIAS_OPENERS = tuple(tuple(w.lower() for w in o) for o in load("names")["alias_openers"])   # "also known as", "a/k/a"


def _past_aliases(sent, start: int) -> int:
    """Past the alias clauses after a name ("X, a/k/a "Sofoco," a/k/a "Don Oscar," a former Major
    in the Colombian National Police"; "X, also known as "Tango Fort," head of the First Zone"):
    the apposition that follows them is the name's."""
    doc = sent.doc
    low = doc_index.lowers(doc)   # (doc[i].lower_ by index, read once per Doc)
    for _ in range(3):
        opener = next((o for o in ALIAS_OPENERS if tuple(low[start:start + len(o)]) == o), None)
        if opener is None:
            return start
        comma = next((k for k in range(start + len(opener), min(sent.end, start + len(opener) + 8))
                      if doc[k].text == ","), None)
        if comma is None:
            return start
        start = comma + 1
        while start < sent.end and doc[start].text in QUOTE_MARKS:
            start += 1
    return start


def _apposition_start(sent, m: Mention) -> int | None:
    """Index of the first word of the apposition after the name, or None when no comma follows."""
    doc = sent.doc
    if m.end >= sent.end or not opens_apposition(doc[m.end]):
        return None
    start = _past_aliases(sent, m.end + 1)   # "X, a/k/a "Sofoco," a former Major in ..."
    if start + 1 < sent.end and doc[start].like_num and doc[start + 1].text == ",":
        start += 2   # "Patrushev, 72, a former director of ..."
    if start + 1 < sent.end and doc[start].lower_ == "who" and doc[start + 1].lemma_ == "be":
        start += 2   # "X, who is also foreign minister"
    elif start + 2 < sent.end and doc[start].lower_ == "who" and doc[start + 1].lower_ in ("had", "has") \
            and doc[start + 2].lower_ == "been":
        start += 3   # "X, who had been the interior minister"
    return start


def apposition_after(r, sent, si, m: Mention, mentions) -> list[Position]:
    start = _apposition_start(sent, m)
    if start is None:
        return []
    raw = phrase_after(r, sent, start)   # the words up to the apposition's end, read by both
    out = _apposition_after(r, sent, si, m, mentions, start, raw)
    return out + _second_title(r, sent, si, m, mentions, start, raw, out)


def _second_title(r, sent, si, m: Mention, mentions, start: int, raw: list,
                  first: list[Position]) -> list[Position]:
    """"X, executive director and a vice-president at PetroChina", "X, secretary of the board and
    chairman of Kunlun Energy": a second title after "and" that names its own body."""
    doc = sent.doc
    end = raw[-1].i + 1 if raw else start
    if end >= sent.end or doc[end].lower_ != "and":
        return []
    nxt = title_tokens(phrase_after(r, sent, end + 1))
    while nxt and nxt[0].lower_ in ("a", "an", "the", "also", "as"):
        nxt = nxt[1:]
    if _names_person(r, raw, m) or not any(t.lower_ in gz.TITLE_HEADS for t in raw) or _names_person(r, nxt, m):
        return []
    if not nxt or not any(t.lower_ in gz.TITLE_HEADS for t in nxt[:4]) or nxt[0].pos_ == "VERB":
        return []
    orgs = [r.org_mention_at(mentions, t.i) for t in nxt]
    if not any(o is not None and not _title_span(o, doc) for o in orgs):
        return []
    got = title_phrase(r, nxt, si, m, mentions, "apposition-after:second-title")
    have = {p.org.id for p in first if p.org is not None}
    return [p for p in got if p.org is not None and p.org.id not in have]


def _before_participle(toks) -> list:
    """The title's tokens before a participle clause on its body ("the opposition MDC led by
    Morgan Tsvangirai", "a party founded by X"): the clause describes the body; a person it names
    is not a second person in the apposition."""
    k = next((k for k, t in enumerate(toks) if k > 1 and t.tag_ == "VBN" and t.dep_ == "acl"
              and t.head.i < t.i and any(c.dep_ == "agent" for c in t.children)), None)
    return toks if k is None else toks[:k]


def _names_person(r, toks, m: Mention) -> bool:
    """The phrase names another person: a list of persons, not an apposition."""
    return any(x is not None and x.label == PERSON and x.entity is not m.entity
               for x in (r.state.mention_at(t.i) for t in toks))


def _plural_title_of_names(toks) -> bool:
    """"A, Deputy Transport Ministers B and C, ...": a plural title followed by names opens the
    list's next item; it is not A's apposition (round 18)."""
    return any(plural_head(t.lower_) and t.text[:1].isupper() and k + 1 < len(toks)
               and toks[k + 1].pos_ == "PROPN" and toks[k + 1].ent_type_ not in ("ORG", "GPE")
               and toks[k + 1].lower_ not in ("of", "for")
               for k, t in enumerate(toks))


def _titled_list_before(sent, m: Mention, toks) -> bool:
    """"Deputy Ministers A and B, Deputy Heads of X C and D": a plural title after names that a
    plural title of their own opened is the next item's (round 18)."""
    return any(plural_head(t.lower_) for t in toks[:5]) and titled_list_ending_at(sent.doc, m.start - 1, sent.start)


def _named_after_description(r, sent, toks, mentions):
    """"the chief executive of a troubled supplement company, Star Scientific": a title of a
    described body, then the body's name after the comma; (title tokens, body) or None."""
    doc = sent.doc
    of = next((k for k, t in enumerate(toks) if t.lower_ == "of" and k + 1 < len(toks)
               and toks[k + 1].lower_ in ("a", "an")), None)
    end = toks[-1].i + 1
    if of is None or end + 1 >= sent.end or doc[end].text != "," or not toks[-1].is_lower or toks[-1].pos_ != "NOUN":
        return None
    om = r.org_mention_at(mentions, end + 1)
    if om is None or om.entity is None or om.start != end + 1 or (
            om.end < sent.end and not ends_apposition(doc[om.end])):
        return None
    return toks[:of], om.entity


def _apposition_after(r, sent, si, m: Mention, mentions, start: int, raw: list) -> list[Position]:
    doc = sent.doc
    toks = title_tokens(raw)   # "..., the governor of the bank until 2020"
    # "X, who is the ..." / "X, now the ..."
    toks = without_leading(toks, ("who", "is", "was", "has", "had", "been", "now", "currently", "serves",
                                  "served", "serving", "as", "also", "still"))   # "X, currently serving as ..."
    if not toks or toks[0].pos_ == "VERB" or toks[0].tag_ in ("VBD", "VBZ", "VBN", "VBG"):
        return []
    toks = _before_participle(toks)   # "a spokesman of the opposition MDC led by Y": Y is the party's, not in the title
    if _names_person(r, toks, m) or _plural_title_of_names(toks) or _titled_list_before(sent, m, toks):
        return []   # "Rice, Russian Foreign Minister Sergey Lavrov and ...": the next person's title
    if toks[0].lower_ in ("its", "their") and not any(r.org_mention_at(mentions, t.i) for t in toks):
        title, former, _ = clean_title([t.text for t in toks[1:]])
        owner = r.state.last_org_before(si, m.start)   # "Sinopec announced that Fu Chengyu, its chairman, ..."
        if owner is None or not title or not has_head(title.split()) or len(title.split()) > 4:
            return []
        r.add_title(m.entity, title)
        return [Position(m.entity, title, owner, si, "apposition-after:its", 0.7, former)]
    described = _named_after_description(r, sent, toks, mentions)
    if described is not None and has_head([t.text for t in described[0]]):
        title, former, _ = clean_title([t.text for t in described[0]])
        if title and has_head(title.split()):
            r.add_title(m.entity, title)
            return [Position(m.entity, title, described[1], si, "apposition-after:named-body", 0.7, former)]
    head_idx = next((k for k, t in enumerate(toks[:5]) if t.lower_ in gz.TITLE_HEADS
                     or plural_head(t.lower_)), None)
    if head_idx is None and has_head([t.text for t in toks[:7]]):
        head_idx = 0   # "X, Acting Special Agent in Charge of HSI": a title of several words
    if head_idx is None:
        return []
    if any(t.pos_ == "VERB" and t.lower_ not in MODIFIERS for t in toks[:head_idx]):
        return []
    out = title_phrase(r, toks, si, m, mentions, "apposition-after")
    if any(doc[j].lower_ in ("was", "had") for j in range(m.end + 1, min(start + 3, sent.end))):
        out = [replace(p, former=True) for p in out]   # "X, who had been the interior minister"
    head = toks[head_idx] if head_idx < len(toks) else None
    if out and head is not None and plural_head(head.lower_):
        # "A, B and C, current Magistrates of the Chamber": a plural title is each one's
        one = head.text[:-1]
        out = [replace(p, title=p.title.replace(head.text, one)) for p in out]
        out += [replace(p, person=e) for e in plain_list_before(sent, m, mentions) for p in out if p.unit is None]
    return out


def _title_span(om, doc) -> bool:
    """An "organisation" the model read from a title ("Comptroller General of Ecuador",
    "Minister of Health of Honduras"): a title head first, no institution word last."""
    first, last = doc[om.start], doc[om.end - 1]
    return first.lower_ in gz.TITLE_HEADS and first.lower_ not in gz.ORG_HEADS and last.lower_ not in gz.ORG_HEADS \
        and not any(t.lower_ in gz.ORG_HEADS for t in doc[om.start:om.end])


def _reads_title(om, doc) -> bool:
    """An "organisation" that is a title and its body ("Inspector General of Police"): a title head
    first and an "of" after it (not "General Staff")."""
    first = om.text.split()[0].lower() if om.text.split() else ""   # "Under-Secretary-General for ..."
    return _title_span(om, doc) or (
        (first in gz.TITLE_HEADS or any(p in gz.TITLE_HEADS for p in first.split("-")))
        and first not in gz.ORG_HEADS and any(t.lower_ in ("of", "for") for t in doc[om.start + 1:om.end]))


def _after_capacity(toks, within: int | None = None):
    """The tokens after the first "capacity as" / "role as" ("in his official capacity as Minister
    of Health"): the words before it name no post. within: how many first tokens may hold
    "capacity" (all by default); toks unchanged when there is none."""
    last = len(toks) - 1 if within is None else min(within, len(toks) - 1)
    cap = next((k for k in range(last) if toks[k].lower_ in ("capacity", "role") and toks[k + 1].lower_ == "as"), None)
    return toks if cap is None else toks[cap + 2:]


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _before_clause_verb(toks) -> list:
    """(round 18) The title's words before a clause's verb: "X, General Secretary of the Y Party
    informed Z" (the closing comma left out) ends at "informed"; "the only cabinet minister believed
    to still be in junta custody" at "believed". When the title is itself the subject of that verb
    ("Sibal and X, the solicitor general had said the ED ..."), it is no apposition: nothing."""
    for k, t in enumerate(toks):
        if k == 0:
            continue
        finite = t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX")
        if not (finite or (t.tag_ in ("VBN", "VBG") and t.dep_ in ("acl", "relcl"))):
            continue
        verb = t.head if t.dep_ in ("aux", "auxpass") else t
        if finite and any(x.dep_ in ("nsubj", "nsubjpass") and x.head.i == verb.i
                          for x in toks[:k]):
            return []
        return toks[:k]
    return toks



def _kind_then_name(r, toks, mentions):
    """"the Publication Manager of the newspaper Madagascar Matin", "editor of the Bangladesh
    newspaper, “Daily Star,”": a title phrase ending on a lower-case kind of body ("newspaper",
    "party") whose name follows it (after a comma or an opening quote at most): that body's mention."""
    last = toks[-1]
    if not (last.is_lower and last.lower_ in BODY_KINDS):
        return None
    doc, k = last.doc, last.i + 1
    while k < len(doc) and k - last.i <= 2 and (doc[k].text == "," or doc[k].text in QUOTE_MARKS):
        k += 1
    om = r.org_mention_at(mentions, k) if k < len(doc) else None
    return om if om is not None and om.start == k else None


def _portfolio_list_after(tok) -> bool:
    """"director of protocol, communications, and foreign affairs": the title's complement runs on
    into a list of lower-case remits, so it names a remit, not a unit of the body."""
    doc = tok.doc
    k = tok.i + 1
    return k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_lower and doc[k + 1].is_alpha \
        and any(t.lower_ == "and" for t in doc[k + 1:min(len(doc), k + 8)])

def title_phrase(r, toks, si, m: Mention, mentions, rule) -> list[Position]:
    """A title phrase of tokens: 'head of the X department of the Y', 'former UK Defense Attaché in Moscow'."""
    toks = _after_capacity(toks, within=6)   # "in his official capacity as Minister of Health"
    toks = crown_titles.without_style_tokens(toks)   # "as Her Majesty's Inspector of Constabulary"
    toks = _before_clause_verb(toks)
    if not toks:
        return []
    lead = leading_body_word(r.state, toks) if not any(r.org_mention_at(mentions, t.i) for t in toks) else None
    if lead is not None:   # "the municipal manager, X": the article's one municipality
        title, former, _ = clean_title([t.text for t in lead[1]])
        if title and has_head(title.split()):
            r.add_title(m.entity, title)
            return [Position(m.entity, title, lead[0], si, rule + ":body-word", 0.75, former)]
    split = split_party(r, toks, mentions)
    if split is not None:   # "the PNL minister of culture": the party's member, the post at the ministry
        party, toks = split
        return [member_position(m, party.entity, si, rule)] + title_phrase(r, toks, si, m, mentions, rule)
    place = _place_before_head(r, toks)
    if place is not None:   # "Virginia's first Republican governor", "California governor"
        title, former, _ = clean_title(place[1])
        if title:
            r.add_title(m.entity, title)
            return [Position(m.entity, title, place[0], si, rule + ":place", 0.75, former)]
    owned = phrase_post(r, toks)
    if owned is not None:   # (round 20) "X Region's minister of social welfare": the region's government
        title, former, _ = clean_title(owned[1])
        if title:
            r.add_title(m.entity, title)
            return [Position(m.entity, title, owned[0], si, rule + ":place-possessive", 0.75, former)]
    org_ms = []
    whole, _, _ = clean_title([t.text for t in toks])
    body_title = whole.lower() in BODY_TITLES   # "Chief of Army Staff": "Army Staff" is not the body, the Army is
    for t in toks:
        om = r.org_mention_at(mentions, t.i)
        if om is not None and om not in org_ms and not _reads_title(om, t.doc) and not body_title \
                and not re.match(r"^\d[\d,.]*-", om.text):   # (not "the 144,000-strong armed forces"; "58th Army" is one)
            org_ms.append(om)
    words = [t.text for t in toks]
    portfolio = next(filter(None, (gz.portfolio(om.text) for om in org_ms)), None)
    if portfolio is not None and any(t.lower_ in ("minister", "ministers", "secretary") for t in toks):
        title, former, country = clean_title([t.text for t in toks])   # "Minister of State for Petroleum Resources"
        if title:
            r.add_title(m.entity, title)
            return [Position(m.entity, title, portfolio_ministry(r, portfolio, country), si, rule + ":portfolio", 0.8,
                             former)]
    if not org_ms:
        named = _kind_then_name(r, toks, mentions)
        if named is not None:   # "editor of the Bangladesh newspaper, “Daily Star”": the newspaper named after its kind
            org_ms = [named]
    if org_ms:
        org_m = org_ms[-1]
        while len(org_ms) > 1 and org_ms[-2].entity is org_m.entity:   # "the Kosovo Liberation Army (KLA)"
            org_ms.pop()
            org_m = org_ms[-1]
        cut = [t for t in toks if t.i < org_m.start]
        if len(cut) >= 2 and cut[-1].lower_ in ("’s", "'s"):   # "commander of Russia's 58th Army"
            cut = cut[:-1]
            while cut and cut[-1].text[:1].isupper() and cut[-1].lower_ not in gz.TITLE_HEADS:
                cut = cut[:-1]
        the = max((k for k, t in enumerate(cut) if t.lower_ == "the" and k > 0
                   and cut[k - 1].lower_ in ("of", "from", "for")), default=None)
        if the is not None and the + 1 < len(cut) and all(
                (t.is_lower and t.pos_ in ("ADJ", "VERB", "NOUN")) or t.like_num or t.text == "-" for t in cut[the + 1:]):
            cut = cut[:the + 1]   # "secretary-general of the ruling Party", "head of the 144,000-strong armed forces"
        while cut and cut[-1].lower_ in ("of", "the", "at", "in", "for", "from", "to", "’s", "'s"):
            cut = cut[:-1]   # ("Chief of Staff to the United Nations Truce Supervision Organisation")
        if not cut or not has_head([t.text for t in cut]):
            # "Standard Bank's chief executive": the title comes after the body's possessive
            after = [t for t in toks if t.i >= org_m.end and t.lower_ not in ("’s", "'s")]
            if toks and toks[-1].i >= org_m.end and has_head([t.text for t in after]):
                cut = after
        title, former, country = clean_title([t.text for t in cut])
        if not title or not has_head(title.split()):
            return []
        if party_member_title(toks[0].doc, org_m, title):   # "a lawmaker from the ruling X Party"
            return [Position(m.entity, "member", org_m.entity, si, "member:" + rule, 0.75, former,
                             relation="MEMBER_OF")]
        r.add_title(m.entity, title)
        out = [Position(m.entity, title, org_m.entity, si, rule, 0.85, former)]
        unit = re.match(r"^(head|chief|director|commander|chairman|chair)\s+of\s+(?:the\s+)?(.+)$", title, re.I)
        if unit and not r.org_mention_at(mentions, cut[-1].i) and unit.group(2).lower() not in ("office", "offices", "staff", "communications") \
                and not _portfolio_list_after(cut[-1]):
            unit_name = f"{unit.group(2)} of the {org_m.entity.name}"
            u = r.state.unit_entity(unit_name, unit.group(2), org_m.entity)
            out.append(Position(m.entity, unit.group(1).lower(), u, si, rule + ":unit", 0.8, former, unit=u))
        return out
    # "the leader of the party": an institution named by its head word alone;
    # "the head of the central bank": a national body every country has
    if len(toks) >= 3 and toks[-2].lower_ == "the" and toks[-3].lower_ == "of" and toks[-1].pos_ in ("NOUN", "PROPN") \
            and (toks[-1].is_lower or _capital_head(r, toks[-1], mentions)):
        org = r.state.org_by_head(toks[-1].lower_)
        title, former, _ = clean_title([t.text for t in toks[:-3]])
        if org is None:
            org = national_body(r, toks[-1])
        if org is not None and title and has_head(title.split()):   # (this return had slipped under the elif)
            r.add_title(m.entity, title)
            return [Position(m.entity, title, org, si, rule + ":described-org", 0.7, former)]
    elif len(toks) >= 4 and toks[-3].lower_ == "the" and toks[-4].lower_ == "of" and toks[-1].is_lower:
        org = national_body(r, toks[-1])
        title, former, _ = clean_title([t.text for t in toks[:-4]])
        if org is not None and title and has_head(title.split()):
            r.add_title(m.entity, title)
            return [Position(m.entity, title, org, si, rule + ":national-body", 0.7, former)]
    # "the bureau's deputy director": an institution named by its head word
    owner = next((t for t in toks[:-1] if toks[toks.index(t) + 1].lower_ in ("’s", "'s")
                  and (t.pos_ == "NOUN" or gz.country_of(t.text))), None)
    if owner is not None:
        org, country = possessive_owner(r, owner.doc, owner.i + 1, toks[0].i) or (None, None)
        rest = [t.text for t in toks[toks.index(owner) + 2:]]
        title, former, _ = clean_title(rest)
        if org is None and country and title:   # "X, the country's finance minister"
            org = r.org_for_title(title, country, explicit=country)
        if org is not None and title and has_head(title.split()):
            r.add_title(m.entity, title)
            return [Position(m.entity, title, org, si, rule + ":described-org", 0.7, former)]
    if len(toks) >= 2 and toks[0].lower_ in gz.ORG_HEADS and toks[0].text[:1].isupper() \
            and has_head([t.text for t in toks[1:3]]) \
            and " ".join(t.lower_ for t in toks[:2]) not in BODY_TITLES:   # ("Police Commissioner": the police's)
        org = r.state.org_by_head(toks[0].lower_)   # "Ned Price, Department Spokesperson"
        if org is not None:
            title = " ".join(t.text for t in toks[:3] if t.lower_ in gz.TITLE_HEADS or t.lower_ in MODIFIERS)
            r.add_title(m.entity, title)
            return [Position(m.entity, title, org, si, rule + ":described-org", 0.7, False)]
    place = _place_of(r, toks)
    if place is not None:   # "the governor of the western Herat province", "mayor of San Juan"
        name, cut = place
        title, former, _ = clean_title([t.text for t in toks[:cut]])
        if title and (title.split()[-1].lower() in PLACE_HEADS or (   # (no body for "Attorney for the District of New York")
                title.split()[-1].lower() == "head" and name.split()[-1].lower() in PLACE_WORDS)):   # "head of the X region"
            r.add_title(m.entity, title)
            return [Position(m.entity, title, r.state.org_entity(name, None), si, rule + ":place", 0.75, former)]
    title, former, country = clean_title(words)
    if not title or not (has_head(title.split()[:4]) or portfolio_then_head(title)):   # ("Finance and Economic Development minister")
        return []
    r.add_title(m.entity, title)
    known = getattr(r, "posts", {}).get(m.entity.id)
    if country is None and known is not None and core_title(known.title) == core_title(title):
        org = known.org   # "In his capacity as prime minister, X" after "Prime Minister of North Macedonia X"
    else:
        org = r.org_for_title(title, country or r.state.country, explicit=country)
    if org is None and country is None and not any(t.lower_ in staff_offices.OWNER_WORDS for t in toks) \
            and staff_offices.staff_title(title):   # (round 25) "X, the press secretary,": the story's one White House
        office = staff_offices.story_office(r.state)
        if office is not None:
            return [Position(m.entity, title, office, si, rule + ":staff-office", 0.7, former)]
    if org is None:
        return []
    return [Position(m.entity, title, org, si, rule, 0.75, former)]




def _capital_head(r, tok, mentions) -> bool:
    """"the Chair of the Commission", "the head of the Mission": a body's head word written with a
    capital, as formal and UN texts write a body named before, and no body's name itself."""
    return tok.text[:1].isupper() and tok.lower_ in gz.ORG_HEADS and r.org_mention_at(mentions, tok.i) is None


def _place_before_head(r, toks):
    """(the place, the title's words) for "New York's first female governor", "California
    governor": a place that is not a country (as the model tags it, or a known place), its "'s",
    words that describe the holder, and a place head last; else None."""
    last = max((n for n, t in enumerate(toks) if t.lower_ in PLACE_HEADS), default=None)
    if last is not None and last + 1 < len(toks) and toks[last + 1].lower_ in ("in", "since", "for", "until"):
        toks = toks[:last + 1]   # "Virginia's first Republican governor in over a decade"
    if len(toks) < 2 or toks[-1].lower_ not in PLACE_HEADS:
        return None
    doc = toks[0].doc
    ent = next((e for e in doc.ents if e.start <= toks[0].i < e.end and e.label_ in ("GPE", "LOC")), None)
    end = None
    if ent is not None:   # "New York's" (the model may keep the "'s" in the name)
        end = ent.end - (doc[ent.end - 1].lower_ in ("'s", "’s"))
        toks = [t for t in doc[ent.start:toks[0].i]] + toks
    if ent is not None and end <= ent.start:
        return None
    if ent is None:
        run = [t for t in toks if t.text[:1].isupper() and t.pos_ == "PROPN"]
        k = next((n for n, t in enumerate(toks) if t.lower_ in ("'s", "’s")), None)
        if k is None or k == 0 or toks[:k] != run[:k] or not gz.is_place(" ".join(t.text for t in toks[:k])):
            return None
        end = toks[k - 1].i + 1
    name = doc[toks[0].i:end].text
    if not name or gz.country_of(name) or end > toks[-1].i or r.state.mention_at(toks[0].i) is not None:
        return None
    rest = [t for t in toks if t.i >= end and t.lower_ not in ("'s", "’s")]
    head = [t for t in rest if is_title_word(t) or t.lower_ in PLACE_HEADS]
    while rest and rest[0] not in head:   # "first Republican governor": the words that describe the holder
        rest = rest[1:]
    if not rest or any(t not in head for t in rest):
        rest = rest[-1:]
    return r.state.org_entity(name, None), [t.text for t in rest]


def _place_of(r, toks):
    """(the place's name, index of "of") for "... of [the western] PLACE [province]", or None."""
    for k, t in enumerate(toks):
        if t.lower_ != "of" or k == 0:
            continue
        owned = _region_of_country(r, t.doc, t.i + 1, toks[-1].i + 1)
        if owned is not None:   # "the head of Russia's northern X region"
            return owned, k
        ent = next((e for e in t.doc.ents if (e.label_ in ("GPE", "LOC") or (
                    e.label_ == "NORP" and e.end < len(t.doc) and t.doc[e.end].lower_ in PLACE_WORDS))
                    and toks[k].i < e.start <= toks[k].i + 8   # "of the north-eastern state of Adamawa"
                    and e.start >= toks[0].i and e.end <= toks[-1].i + 1), None)
        head_of = next((n for n in range(k - 1, -1, -1) if toks[n].lower_ in PLACE_HEADS), None)
        described = toks[k - 1].lower_ in PLACE_WORDS and head_of is not None and head_of + 1 < k and \
            toks[head_of + 1].lower_ == "of"   # "governor of the north-eastern state of Adamawa"
        if ent is None and (toks[k - 1].lower_ in PLACE_HEADS or described):
            # "the mayor of Kharkiv": a capitalised name after "of" that no one tagged as a place
            run = [x for x in toks[k + 1:] if x.lower_ != "the"]
            run = run[:next((n for n, x in enumerate(run) if not (x.pos_ == "PROPN" and x.text[:1].isupper() or (
                x.text == "-" and 0 < n < len(run) - 1 and run[n + 1].text[:1].isupper()))), len(run))]
            name = re.sub(r"\s*-\s*", "-", " ".join(x.text for x in run))   # "Trans-Baikal Territory"
            if run and not any(r.state.mention_at(x.i) is not None for x in run) and not gz.country_of(name):
                return name, (head_of + 1 if described else k)
            continue
        if ent is None or any(x.text[:1].isupper() and x.lower_ != "the" for x in t.doc[t.i + 1:ent.start]):
            continue
        if any(x.lower_ == "capital" for x in t.doc[t.i + 1:ent.start]):
            return None   # (round 19) "mayor of the capital city of New Jersey": a town the text does not name
        if ent.label_ == "NORP" and gz.country_of(ent.text) and t.doc[ent.end].is_lower:
            return None   # (round 21) "deputy governor of the <nationality> city": a description, no place's name
        name = ent.text
        if ent.end < len(t.doc) and t.doc[ent.end].lower_ in PLACE_WORDS and ent.end <= toks[-1].i:
            name = f"{name} {t.doc[ent.end].text}"
        if gz.country_of(name):
            return None   # "governor of Nigeria": a country's posts are read by the title rules
        return name, k
    return None


def _region_of_country(r, doc, j: int, end: int) -> str | None:
    """The region named after a country's possessive (round 16): "Russia's northern Karelia
    region" (-> "Karelia region"), "Russia's remote region of Chukotka" (-> "Chukotka"); the
    country is the region's owner, not the post's place. None when the words after "of" (up to
    end) are not a country's possessive, its describing words and a capitalised name with a place
    word."""
    j += j < end and doc[j].lower_ == "the"
    if not (j + 1 < end and gz.country_of(doc[j].text) and doc[j + 1].text in ("'s", "’s")):
        return None
    q = j + 2
    while q < end and doc[q].is_lower and doc[q].lower_ not in PLACE_WORDS and doc[q].pos_ in ("ADJ", "NOUN", "VERB"):
        q += 1   # "central", "remote northwestern", "oil-rich"
    if q + 2 < end + 1 and q < end and doc[q].lower_ in PLACE_WORDS and q + 1 < end and doc[q + 1].lower_ == "of":
        q, word = q + 2, None   # "region of Chukotka"
    else:
        word = ""
    run = []
    while q < end and doc[q].text[:1].isupper() and doc[q].pos_ == "PROPN" and r.state.mention_at(q) is None:
        run.append(doc[q].text)
        q += 1
    if not run or gz.country_of(" ".join(run)):
        return None
    if word is None:
        return " ".join(run)
    if q < end + 1 and q < len(doc) and doc[q].lower_ in PLACE_WORDS:
        return f"{' '.join(run)} {doc[q].text}"
    return None


def whose_body(r, whose, mentions):
    """The body "whose" stands for: the noun its relative clause hangs on ("the X Front, which
    mounted an attack in 2000 and whose leader, Y, is in prison": up from "leader" to the first
    relative clause, then to its head). None when that noun is no named body ("a man whose
    brother, Y"). Only the parse is read, so a "whose" clause about a person gives nothing."""
    if whose.i > 0 and whose.doc[whose.i - 1].text in ("—", "–", "-", ")"):
        return None   # "the police—which oversees security at the Senate—whose director": the parse hangs it on the aside
    tok = whose.head
    for _ in range(6):
        if tok.dep_ == "relcl":
            om = r.org_mention_at(mentions, tok.head.i)
            return om.entity if om is not None else None
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def apposition_before(r, sent, si, m: Mention, mentions) -> list[Position]:
    """'..., the chief of the General Staff, General Valery Gerasimov'; 'Its leader, X'."""
    doc = sent.doc
    i = m.start - 1
    while i >= sent.start:   # past ranks and honorifics ("General Dr. X")
        past = before_honorifics(doc, i, sent.start)
        if past == i and doc[i].lower_ not in gz.RANKS:
            break
        i = past if past != i else i - 1
    if i < sent.start or not opens_apposition(doc[i]):
        return []
    from .gapped_posts import gapped_as
    if gapped_as(doc, m):
        return []   # "A took the oath as T1, B as T2": T1 is A's; B's is after its "as" (gapped_posts)
    # "Its leader, Rached Ghannouchi": the institution the sentence before was about
    j = i - 1
    title_toks = []
    while j >= sent.start and doc[j].lower_ in gz.TITLE_HEADS | MODIFIERS:
        title_toks.insert(0, doc[j])
        j -= 1
    if title_toks and j >= sent.start and doc[j].lower_ in ("its", "their", "whose") \
            and has_head([t.text for t in title_toks]):
        # "the X Front, which ... and whose leader, Y": the body the relative clause is about
        org = whose_body(r, doc[j], mentions) if doc[j].lower_ == "whose" else r.state.last_org_before(si, doc[j].i)
        if org is not None:
            title = " ".join(t.text for t in title_toks)
            r.add_title(m.entity, title)
            return [Position(m.entity, title, org, si, "apposition-before:its", 0.7)]
    org_m = r.org_mention_at(mentions, before_bracket(doc, i - 1, sent.start))   # "... of the Central Bank (CBN), X"
    if org_m is not None and _reads_title(org_m, doc):
        org_m = None   # "the Inspector General of Police, X": a title the model read as a body
    described = False
    if org_m is None and i - 2 >= sent.start and doc[i - 1].is_lower and doc[i - 1].pos_ == "NOUN":
        org_m = r.org_mention_at(mentions, i - 2)   # "the director of Voice of Vietnam radio, X"
        described = org_m is not None
    if org_m is None:
        return plural_title_before(r, sent, si, m, i) or org_title_before(r, sent, si, m, i, mentions) \
            or phrase_title_before(r, sent, si, m, i, mentions)
    j = org_m.start - 1
    toks = []
    while j >= sent.start and not ends_apposition(doc[j]) and len(toks) < 8:
        toks.insert(0, doc[j])
        if doc[j].lower_ in gz.TITLE_HEADS:
            break
        j -= 1
    if not toks or toks[0].lower_ not in gz.TITLE_HEADS:
        # "South Korea's Financial Services Commission chairman, X": the lower-case word is the title
        return org_title_before(r, sent, si, m, i, mentions) if described else []
    if j - 2 >= sent.start and doc[j - 1].lower_ == "of" and doc[j - 2].lemma_.lower() in OFFICE_NOUNS:
        return []   # "A was dismissed from the post of head of X, B from ...": the post is A's, not B's
    if _named_before(r, doc, j - 1, sent.start):
        return []   # "A, the former head of X, B, ...": A's post
    # "the chairman of Nigeria's anti-corruption Commission, X": words that describe the body
    # after its "of" / "'s" are neither title nor a reason to stop
    last_link = max((k for k, t in enumerate(toks) if t.lower_ in ("of", "'s", "’s")), default=len(toks))
    described = [t for t in toks[last_link + 1:] if (t.is_lower and t.pos_ in ("ADJ", "NOUN")) or t.text == "-"]
    toks = [t for t in toks if t not in described]
    if any(not (is_title_word(t) or t.lower_ in ("of", "the", "at", "in", "for", "'s", "’s")) for t in toks):
        return []   # "adviser while keeping his job at the State Department" is not a title
    former = j - 1 >= sent.start and doc[j - 1].lower_ in ("former", "ex")
    portfolio = gz.portfolio(org_m.text)
    if portfolio is not None and any(t.lower_ in ("minister", "secretary") for t in toks):
        # "Nigeria's Minister of State for Petroleum Resources, X": the model read the portfolio as a body
        title, _, country = clean_title([t.text for t in doc[j:org_m.end]])
        r.add_title(m.entity, title)
        return [Position(m.entity, title, portfolio_ministry(r, portfolio, country), si,
                         "apposition-before:portfolio", 0.8, former)]
    title = " ".join(t.text for t in toks) + " " + org_m.text
    title = title[0].upper() + title[1:]
    r.add_title(m.entity, title)
    return [Position(m.entity, title, org_m.entity, si, "apposition-before", 0.8, former)] + party_just_before(
        r, mentions, toks[0].i - 1, m, si, title, "apposition-before")   # "The HDZ mayor of Split, X"


def _portfolio_comma(doc, j: int, start: int) -> bool:
    """A comma inside a title's list of portfolios: "the Minister of Finance, Budget, and National
    Planning, X" (a portfolio word on both sides, "of" before the list)."""
    if doc[j].lower_ not in (",", "and") or j - 1 < start or j + 1 >= len(doc):
        return False
    nxt = doc[j + 2] if doc[j + 1].lower_ == "and" and j + 2 < len(doc) else doc[j + 1]
    prev = doc[j - 1] if doc[j].text == "," or doc[j - 1].text != "," else doc[j - 2]
    if (prev.lower_ not in PORTFOLIO_WORDS or nxt.lower_ not in PORTFOLIO_WORDS or not nxt.text[:1].isupper()) \
            and not joins_portfolio(doc, j):   # ("his minister of state for youth and sport, X")
        return False
    k = j - 1
    while k >= start and (doc[k].lower_ in PORTFOLIO_WORDS or doc[k].text == "," or doc[k].lower_ == "and"):
        k -= 1
    if k >= start + 3 and doc[k].lower_ == "for" and doc[k - 1].lower_ == "state" and doc[k - 2].lower_ == "of":
        k -= 2   # "Minister of State for X"
    return k >= start + 1 and doc[k].lower_ in ("of", "for") and doc[k - 1].lower_ in gz.TITLE_HEADS


def _named_before(r, doc, k: int, start: int) -> bool:
    """A title that opens at doc[k + 1] right after another name ("A, the former head of X, B",
    "A Minister of Transport, B Minister of State"): a list of names each with its post, the
    title is A's (apposition_after reads it), not B's."""
    while k >= start and (doc[k].lower_ in ("the", "a", "an") or doc[k].lower_ in MODIFIERS):   # ("former", "then")
        k -= 1
    if k >= start and doc[k].text == ",":
        k -= 1
    held = r.state.mention_at(k) if k >= start else None
    return held is not None and held.label == PERSON


def phrase_title_before(r, sent, si, m: Mention, comma: int, mentions) -> list[Position]:
    """"The minister of finance, X", "the head of the central bank, X", "The Democratic governor
    of Illinois, X": a noun phrase headed by a title, read as a whole, then the name."""
    doc, toks, j = sent.doc, [], comma - 1
    while j >= sent.start and (not ends_apposition(doc[j]) or _portfolio_comma(doc, j, sent.start)
                               or (doc[j].lower_ in ("and", "&") and joins_portfolio(doc, j))   # "the forest and environment minister, X"
                               or (doc[j].lower_ == "and" and doc[j].ent_iob_ == "I")) \
            and doc[j].pos_ not in ("VERB", "AUX") and len(toks) < 12 and not (
                r.state.mention_at(j) is not None and r.state.mention_at(j).label == PERSON):
        toks.insert(0, doc[j])
        j -= 1
    if toks and _named_before(r, doc, toks[0].i - 1, sent.start):
        return []   # "A Minister of Transport, B": A's post
    toks = _after_capacity(toks)   # "In her official capacity as chief prosecutor of X, Y"
    toks = without_leading(toks, ARTICLES + ("its", "their"))
    if split_party(r, toks, mentions) is not None:   # "The PNL minister of culture and heritage, X"
        return title_phrase(r, toks, si, m, mentions, "apposition-before:phrase")
    k = next((n + 1 for n, t in enumerate(toks) if t.lower_ in ("'s", "’s")), 0)   # "the country's chief justice"
    if k and any(t.lower_ == "of" for t in toks[:k - 1]) and has_head([t.text for t in toks[:k - 1]]):
        k = 0   # "the former governor of Russia's Tver region": the title comes before the possessive
    while k < len(toks) and (toks[k].lower_ in MODIFIERS or (toks[k].pos_ == "ADJ" and toks[k].lower_ not in gz.TITLE_HEADS)
                             or gz.country_of(toks[k].text)) and not has_head([t.text for t in toks[k:k + 3]]):
        k += 1   # (not the "public" of "public defender")
    if k >= len(toks) or not has_head([t.text for t in toks[k:k + 3]]) or r.state.mention_at(toks[-1].i) is not None and \
            r.state.mention_at(toks[-1].i).label == PERSON:
        return []
    if " ".join(t.lower_ for t in toks if t.lower_ not in ("former", "then", "acting", "interim", "as", "new")) in gz.HEADS_OF_STATE and not any(
            t.ent_type_ in ("GPE", "NORP", "ORG") for t in toks):
        return []   # "In his capacity as prime minister, X": whose prime minister the phrase does not say
    return title_phrase(r, toks, si, m, mentions, "apposition-before:phrase")


def org_title_before(r, sent, si, m: Mention, comma: int, mentions) -> list[Position]:
    """"The United Nations special envoy for peace in Ivory Coast, X", "U.N. spokesman in Kabul,
    X": an institution, its title, a complement, then the name."""
    doc = sent.doc
    for k in range(comma - 1, max(sent.start, comma - 10) - 1, -1):
        if ends_apposition(doc[k]) or doc[k].pos_ in ("VERB", "AUX"):
            return []
        if doc[k].lower_ not in gz.TITLE_HEADS:
            continue
        j = k - 1
        while j >= sent.start and doc[j].lower_ in MODIFIERS and r.org_mention_at(mentions, j) is None:
            j -= 1
        first = j + 1
        if j >= sent.start and doc[j].text == ")":
            j = before_bracket(doc, j, sent.start)   # "the National Olympic Committee of Kenya (Nock) official, X"
        om = r.org_mention_at(mentions, j) if j >= sent.start else None
        if om is None or om.entity is None or _reads_title(om, doc):
            return []   # (not "The Under-Secretary-General for ..., X": a title the model read as a body)
        title = " ".join(t.text for t in doc[first:k + 1])
        former = om.start - 1 >= sent.start and doc[om.start - 1].lower_ in ("former", "ex")
        if party_post(r.state, om, " ".join(t.text for t in doc[om.end:comma])):   # "The PNL minister of culture, X"
            lead = [doc[om.start - 1]] if former else []
            return [member_position(m, om.entity, si, "apposition-before", former)] + title_phrase(
                r, lead + list(doc[om.end:comma]), si, m, mentions, "apposition-before:party-post")
        r.add_title(m.entity, title)
        return [Position(m.entity, title, om.entity, si, "apposition-before:org-title", 0.7, former)]
    return []


def possessive_owner(r, doc, j: int, start: int):
    """(organisation, country) that owns a title through "'s" at doc[j]: "the agency's" (the
    article's one agency), "Amnesty International's", "Georgia's", "the country's"; else None."""
    if j - 1 < start or doc[j].text not in ("'s", "’s"):
        return None
    om = r.state.mention_at(j - 1)
    if om is not None and om.label == ORGANISATION and om.entity is not None:
        return om.entity, None
    c = gz.country_of(doc[j - 1].text) or (gz.country_of(f"{doc[j - 2].text} {doc[j - 1].text}")
                                           if j - 2 >= start else None)
    if c:
        return None, c
    if doc[j - 1].lower_ in ("country", "nation") and r.state.country_hint:
        return None, r.state.country_hint
    if doc[j - 1].lower_ in OWNER_NOUNS and j - 2 >= start and doc[j - 2].lower_ == "the":
        org = r.state.last_org_before(r.state.current_si, j - 1)   # "Petrobras said ... the company's new chief"
        return (org, None) if org is not None else None
    if doc[j - 1].pos_ == "NOUN" and doc[j - 1].is_lower:
        org = r.state.org_by_head(doc[j - 1].lower_) or national_body(r, doc[j - 1])   # "the army's top commander"
        return (org, None) if org is not None else None
    return None


def _bare_after_of(doc, j: int, toks) -> bool:
    """"in the hands of current labor Minister, X": a title with no article after "of", opened
    by a word of time ("current", "former", "then"), is the named person's post (round 10)."""
    return doc[j].lower_ == "of" and bool(toks) and toks[0].lower_ in ("current", "former", "then", "incoming",
                                                                         "outgoing")


def plural_title_before(r, sent, si, m: Mention, comma: int) -> list[Position]:
    """"the former defence minister, X" / "two former defence ministers, X and Y"."""
    doc = sent.doc
    j, toks = comma - 1, []
    while j >= sent.start and (is_title_word(doc[j]) or doc[j].lower_.rstrip("s") in gz.TITLE_HEADS
                               or (doc[j].lower_ == "of" and toks and toks[0].lower_ in BODY_WORDS | {"staff"})) \
            and not doc[j].is_punct:
        toks.insert(0, doc[j])
        j -= 1
    words = [t.text[:-1] if t.lower_.endswith("ministers") or t.lower_.endswith("chiefs") else t.text for t in toks]
    if not toks or not has_head(words) or (toks[-1].lower_.rstrip("s") not in gz.TITLE_HEADS
                                            and toks[-1].lower_ not in BODY_WORDS | {"staff"}):
        return []
    if j >= sent.start and doc[j].lower_ not in ("the", "his", "her", "its", "their", "two", "three", "both", "a",
                                                  "'s", "’s") and not _bare_after_of(doc, j, toks):
        return []
    title, former, country = clean_title(words)
    inside = [r.state.mention_at(t.i) for t in toks]
    inside = [x for x in inside if x is not None and x.label == ORGANISATION and x.entity is not None
              and not _reads_title(x, doc)]
    owner = possessive_owner(r, doc, j, sent.start) if inside == [] else None
    placed = possessive_body(r, doc, j, sent.start, words) if inside == [] and j >= sent.start else None
    if placed is not None:
        org = placed   # (round 20) "Ontario's finance minister, X": the province's government
    elif owner is not None and owner[0] is not None:
        org = owner[0]   # "the agency's director, X", "Amnesty's secretary general, X"
    else:
        country = country or (owner[1] if owner else None)   # "Georgia's public defender, X"
        org = inside[-1].entity if inside else r.org_for_title(title, country or r.state.country,
                                                               explicit=country)
    if inside:   # "military chief of staff": the body is named inside the title
        title = " ".join(t.text for t in toks if r.state.mention_at(t.i) is None)
    if org is None or not title:
        return []
    r.add_title(m.entity, title)
    out = [Position(m.entity, title, org, si, "apposition-before:title", 0.7, former)]
    root = doc[m.start:m.end].root
    for c in root.conjuncts:   # "..., Li Shangfu and Wei Fenghe"
        cm = r.state.mention_at(c.i)
        if cm is not None and cm.label == PERSON and cm.entity is not None and cm.entity is not m.entity:
            r.add_title(cm.entity, title)
            out.append(Position(cm.entity, title, org, si, "apposition-before:title", 0.7, former))
    return out
