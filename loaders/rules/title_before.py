"""A title before the name: "Deputy Defense Minister Timur Ivanov", "FSB director X",
"Bangladesh's Prime Minister X", "Central Bank of Nigeria Governor Y", "Speaker of the House Y"."""
from __future__ import annotations

import re
from dataclasses import replace

from graph.schema import ORGANISATION, PERSON

from .. import gazetteer as gz
from ..doc_index import text
from ..lexicon import word_set
from ..mentions import Mention
from ..name_precision import names_other_country
from ..portfolio_lists import item_before, joins_portfolio
from .district_titles import district_title_before
from .envoy_to_place import envoy_before
from .facts import Position
from .named_bodies import body_named_elsewhere
from .parties import party_member_title
from .party_posts import member_position, post_after_party
from .party_reference import referred_party
from .per_story import the_one
from .joined_posts import first_joined_title
from .place_possessives import possessive_body
from .region_ministers import region_minister
from .region_posts import REGION_HEADS, article_region, region_body, sentence_region
from .possessive_units import owner_before, unit_after, unit_part
from .person_lists import list_end, plain_list_after
from .title_orgs import BODY_TITLES, DISTRICT_NAME, FORCE_QUALIFIERS, district_body, district_office
from .body_word_owners import body_word_owner
from .written_titles import portfolio_before_head, title_after_head
from .staff_offices import staff_before
from .titles import (BODY_WORDS, OWNER_NOUNS, PLACE_HEADS, PLACE_WORDS, PORTFOLIO_WORDS, before_bracket,
                     before_honorifics, clean_title, core_title, has_head, is_title_word, phrase_ending_at,
                     portfolio_ministry)

# titles of three words joined inside by "of" / "in", before "of the BODY" and the name (data/titles.json)
INNER_JOINED = word_set("titles", "inner_joined_titles")

# "X of the Western District of Pennsylvania" right after a name
NATIONAL_TITLES = frozenset(rec["title"] for rec in gz.data().get("title_orgs", []) if rec.get("needs_country"))


def _nation_of_title(om, words: list[str]) -> bool:
    """A country the model read as a body just before a title the country's own office holds
    ("United States" + "Magistrate Judge X": the U.S. District Court's post, not a post at the
    country): the country's name is part of the title (title_orgs needs_country)."""
    return gz.country_of(om.text) is not None and " ".join(words).lower() in NATIONAL_TITLES \
        and om.text.lower() in (gz.country_of(om.text).lower(), "united states", "u.s.", "us")


DISTRICT_AFTER = re.compile(r"^\s*,?\s*(?:of|for|in) the (" + DISTRICT_NAME + r")\b")


def title_of_org_before(r, sent, si, m: Mention, mentions) -> list[Position]:
    """"Speaker of the House of Representatives Agung Laksono", "Governor of the Central Bank
    Godwin Emefiele": a title, "of", the body's name, then the name."""
    doc = sent.doc
    end = before_bracket(doc, before_honorifics(doc, m.start - 1, sent.start), sent.start)   # "... (EC) Dr. X"
    om = r.org_mention_at(mentions, end)
    if om is None:   # "Governor of the Chukotka Autonomous Area Roman Kopin": a region, not a tagged body
        # (a place ending at doc[end] has doc[end] in it: its entity type first, cheaper than doc.ents)
        place = next((e for e in doc.ents if e.end == end + 1 and e.label_ in ("GPE", "LOC")
                      and not gz.country_of(e.text)), None) if end >= 0 and doc[end].ent_type_ in ("GPE", "LOC") \
            else None
        place = place or _area_name_ending_at(doc, end, sent.start)
        k = place.start - 1 if place is not None else -1
        k -= k >= sent.start and doc[k].lower_ == "the"
        if place is not None and k - 1 >= sent.start and doc[k].lower_ == "of" and doc[k - 1].lower_ in PLACE_HEADS:
            title, former, _ = clean_title([t.text for t in doc[max(sent.start, k - 2):k] if is_title_word(t)])
            if title and title.split()[-1].lower() in PLACE_HEADS:
                r.add_title(m.entity, title)
                return [Position(m.entity, title, r.state.org_entity(place.text, None), si,
                                 "title-of-place-before-name", 0.75, former)]
        return []
    if om.entity is None or om.end != end + 1:
        return []
    owner = owner_before(r, doc, om, mentions, sent.start)   # "Director of the Department of Justice's OCDETF X"
    k = (owner or om).start - 1
    if k >= sent.start and doc[k].lower_ == "the":
        k -= 1
    if k - 1 < sent.start or doc[k].lower_ not in ("of", "to", "for"):   # ("Secretary to Cabinet George Simataa";
        # "Assistant Attorney General for the Civil Rights Division X")
        return []
    j, words = k - 1, []
    n = phrase_ending_at(doc, j, sent.start)
    if n:   # "Assistant Special Agent in Charge of the Dallas Field Division X": a title phrase whole
        words, j = [t.text for t in doc[j - n + 1:j + 1]], j - n
    while j >= sent.start and not doc[j].is_punct and r.org_mention_at(mentions, j) is None:
        if doc[j].lower_ in ("of", "in") and words and j - 1 >= sent.start and doc[j - 1].lower_ in gz.TITLE_HEADS \
                and " ".join([doc[j - 1].lower_, doc[j].lower_] + [w.lower() for w in words[:1]]) in INNER_JOINED:
            words.insert(0, doc[j].text)   # "Chief of Staff of the X", "Commander in Chief of the Y"
            j -= 1
            continue
        if not is_title_word(doc[j]):
            break
        words.insert(0, doc[j].text)
        j -= 1
    last = " ".join(w.lower() for w in words[-3:])
    if not words or (words[-1].lower() not in gz.TITLE_HEADS and last not in INNER_JOINED) or not has_head(words):
        return []
    title, former, _ = clean_title(words)
    if not title:
        return []
    r.add_title(m.entity, title)
    part = unit_part(om, owner, si, "part-of:title-possessive") if owner is not None else []
    return [Position(m.entity, title, om.entity, si, "title-of-org-before-name", 0.8, former)] + part


AREA_WORDS = word_set("names", "area_words")   # "Region", "Oblast", "Territory"


def _area_name_ending_at(doc, end: int, start: int):
    """"the Jewish Autonomous Region" (which the model reads as a people, "Jewish"): capitalised words
    ending at doc[end] in an area word, as a span, or None."""
    if end < start or doc[end].lower_ not in AREA_WORDS or not doc[end].text[:1].isupper():
        return None
    b = end
    while b - 1 >= start and end - b < 4 and doc[b - 1].text[:1].isupper() and doc[b - 1].is_alpha:
        b -= 1
    return doc[b:end + 1] if b < end else None


def body_after_name(r, sent, m: Mention, mentions, title: str):
    """The body "of ORG" right after the name names ("Governor X of Lagos State", "Chairman X of
    the Commission"); a party there makes a member, read by members.of_party."""
    doc = sent.doc
    k = m.end
    if m.start > sent.start and gz.is_plural_title(doc[m.start - 1].text):
        k = list_end(sent, m, mentions)   # (round 25) "Trial Attorneys A and B of the Public Integrity Section"
    set_off = k + 2 < sent.end and doc[k].text == "," and doc[k + 1].lower_ == "of"
    k += set_off   # "Attorney General X, of the Republic of Guatemala, joined ...": the country only (below)
    if k + 1 >= sent.end or doc[k].lower_ != "of":
        return None
    k += 1 + (doc[k + 1].lower_ == "the")
    om = r.org_mention_at(mentions, k) if k < sent.end and not set_off else None
    if om is not None and om.entity is not None and om.start == k and not party_member_title(doc, om, "member"):
        unit = unit_after(r, doc, om, mentions, sent.end)   # "X of the Justice Department's Criminal Division"
        return (unit or om).entity
    ent = next((e for e in doc.ents if k - 1 <= e.start <= k < e.end and e.label_ in ("GPE", "LOC")), None)
    if ent is None or (set_off and (ent.end >= sent.end or doc[ent.end].text != ",")):
        return None
    country = _country_named(ent.text)
    if set_off and not country:
        return None
    if country:   # "President John Mahama of Ghana", "Foreign Minister X of Japan", "X, of the Republic of Guatemala,"
        org = r.org_for_title(title, country, explicit=country)
        if org is None and title.lower() in gz.HEADS_OF_STATE:
            org = r.state.country_entity(country)
        return org
    if title.split()[-1].lower() in PLACE_HEADS:
        return r.state.org_entity(ent.text, None)
    return None


# a country's long form: "the Republic of Guatemala", "the Kingdom of Morocco"
LONG_FORM = re.compile(r"^(?:the\s+)?(?:(?:Federal|Democratic|Islamic|Socialist|United|Plurinational|People['’]s)\s+)*"
                       r"(?:Republic|Kingdom|State|Commonwealth|Federation|Sultanate)\s+of\s+(?:the\s+)?(.+)$", re.I)


def _country_named(text: str) -> str | None:
    """The country a place's name names, in its short or its long form."""
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    long_form = LONG_FORM.match(text)
    return gz.country_of(text) or (gz.country_of(long_form.group(1)) if long_form else None)


# a "person" the model read in a building or office named after a post ("the Prime Minister House")
POST_PLACES = word_set("names", "post_places")   # data/names.json


def title_before(r, sent, si, m: Mention, mentions) -> list[Position]:
    if m.end - m.start == 1 and sent.doc[m.start].lower_ in POST_PLACES:
        return []   # "sent the resignation to the Prime Minister House": no one named House
    found = envoy_before(r, sent, si, m, mentions) or district_title_before(r, sent, si, m, mentions) \
        or title_of_org_before(r, sent, si, m, mentions) or _title_before(r, sent, si, m, mentions) \
        or staff_before(r.state, sent, si, m)   # (round 25) "accused chief of staff X" in a story on the White House
    found += [p for p in first_joined_title(r, sent, si, m, mentions) if all(q.org is not p.org for q in found)]
    doc = sent.doc
    head = doc[m.start - 1] if m.start > sent.start else None
    if found and head is not None and gz.is_plural_title(head.text):
        # "Former finance ministers X and Y": a plural title before a list is each one's
        found += [replace(p, person=e) for e in plain_list_after(sent, m, mentions) for p in list(found)]
    return found


DEPUTY_WORDS = ("deputy", "vice", "acting", "assistant", "interim")


def deputy_body(r, title: str):
    """"deputy governor X" in a story that named "central bank governor Y": the deputy of a
    national body's head is of that body (one such body with that head word, a title of
    body_titles; a bare "Governor Z" stays unplaced: a state's governor, perhaps)."""
    lw = title.lower().split()
    if not lw or not any(w in DEPUTY_WORDS for w in lw):
        return None
    head = core_title(title).split()[-1:]
    found = {org.id: org for key, org in r.state.title_orgs.items()
             if key in BODY_TITLES and key.split()[-1:] == head}
    return the_one(found.values())


PROVINCE_JOINERS = ("del", "de", "la", "of")


def _town_before_province(r, doc, k: int, start: int):
    """"Isulan, Sultan Kudarat Mayor X", "Matanao, Davao del Sur Mayor Y": a town, a comma and
    its province before a local title; (index of the town's first token, the town's name) or None."""
    j = k - 1
    while j >= start and (doc[j].lower_ in PROVINCE_JOINERS or (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())) \
            and doc[j].text != "," and k - j < 3:
        j -= 1   # the rest of the province's name ("Davao del" of "Davao del Sur")
    if j - 1 < start or doc[j].text != ",":
        return None
    e = j - 1
    b = e
    while b - 1 >= start and e - b < 4 and (
            doc[b - 1].text == "-" or doc[b].text == "-" or (doc[b - 1].pos_ == "PROPN" and doc[b - 1].text[:1].isupper())
            or (b - 2 >= start and doc[b - 2].text == "-" and doc[b - 1].is_alpha)):   # "Ditsa-an Ramain"
        b -= 1
    if not doc[b].text[:1].isupper() or any(r.state.mention_at(x) is not None and r.state.mention_at(x).label == PERSON
                                            for x in range(b, e + 1)) or gz.country_of(doc[b:e + 1].text):
        return None
    return b, doc[b:e + 1].text


def _body_title_ending_at(doc, i: int, start: int) -> int:
    """Length of a title of a national body ("air force commander", "chief of naval staff")
    whose last token is doc[i], or 0."""
    if doc[i].lower_ not in gz.TITLE_HEADS and doc[i].lower_ not in ("staff", "prosecutions") \
            and doc[i].lower_ not in BODY_WORDS:
        return 0   # ("Director of Public Prosecutions X", "Commissioner of Police X": the body ends the title)
    for n in (4, 3, 2):
        if i - n + 1 < start:
            continue
        words = " ".join(t.lower_ for t in doc[i - n + 1:i + 1])
        if words in BODY_TITLES or words.replace("commander", "chief").replace("head", "chief") in BODY_TITLES:
            return n
    return 0


def _org_owner(r, sent, si, i: int, mentions):
    """The organisation that owns a title through the word at doc[i]: "its"/"their" (the body named
    last before), "the company chairman X" (the company named last before), "Sonatrach, whose chief
    executive X" (the body before "whose"); else None."""
    doc = sent.doc
    tok = doc[i]
    worded = body_word_owner(r.state, doc, i, sent.start)
    if worded is not None:   # "tribunal Judge X", "the council's secretary general X"
        return worded
    if tok.lower_ in ("its", "their") or (tok.lower_ in OWNER_NOUNS and i - 1 >= sent.start
                                          and doc[i - 1].lower_ == "the"):
        # "The Election Commission is not trying to delay the results of the election, said its
        # chairman X": the body the sentence is about (its subject) before the last one named
        subj = [x for x in mentions if x.label == ORGANISATION and x.entity is not None and x.end <= i
                and r.state._is_subject(x)]
        return subj[0].entity if subj else r.state.last_org_before(si, i)
    if tok.text in ("'s", "’s") and i - 1 >= sent.start and doc[i - 1].lower_ == "party" \
            and r.state.mention_at(i - 1) is None:
        return referred_party(r.state, si, i - 1)   # "the party's former treasurer X"
    if tok.lower_ == "whose" and i - 1 >= sent.start:
        k = i - 1 - (doc[i - 1].text == "," and i - 2 >= sent.start)
        om = r.org_mention_at(mentions, k)
        return om.entity if om is not None and om.end == k + 1 else None
    return None


def _portfolio_mention(om):
    """The portfolio of an "organisation" that is only a portfolio ("Foreign Affairs", Kenya's
    "Foreign Cabinet" of "Foreign Cabinet Secretary"), else None."""
    if om is None:
        return None
    words = om.text.split()
    if words and words[-1].lower() == "cabinet":
        words = words[:-1]
    return gz.portfolio(" ".join(words)) if words else None


def _org_before_modifiers(r, sent, i: int, mentions):
    """"White House Press Secretary X", "Senate Majority Leader X": one or two capitalised words
    that are not title words stand between the body's name (ending before them) and the title
    head; (the body's mention, index of the first word) or None."""
    doc = sent.doc
    for k in (i, i - 1, i - 2):
        if k - 1 < sent.start:
            return None
        run = doc[k:i + 1]
        if not all(t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADJ") and r.state.mention_at(t.i) is None
                   and not gz.country_of(t.text) for t in run):
            return None
        owned = doc[k - 1].lower_ in ("'s", "’s")   # "The European Union's foreign policy chief X"
        if not owned and not all(t.text[:1].isupper() for t in run):
            continue
        om = r.org_mention_at(mentions, k - 1 - owned)
        if om is not None and om.entity is not None and om.end == k - owned:
            return om, k
    return None


def _title_before(r, sent, si, m: Mention, mentions) -> list[Position]:
    doc = sent.doc
    i = before_honorifics(doc, m.start - 1, sent.start)   # "Attorney General Dr. X"
    words = []
    org_m = None
    owner = None
    written = title_after_head(doc, i, sent.start, r.state.mention_at)
    if written is not None:   # "Minister for Refugee Affairs X": a portfolio the lexicon lacks
        words, i = written
    while i >= sent.start:
        tok = doc[i]
        body_n = _body_title_ending_at(doc, i, sent.start) if not words else 0
        if body_n:   # "former air force commander X", "navy chief X": a title that names a national body
            words[:0] = [t.text for t in doc[i - body_n + 1:i + 1]]
            i -= body_n
            continue
        if not words and i == m.start - 1 and tok.lower_.endswith("s") and tok.lower_[:-1] in gz.TITLE_HEADS:
            words.insert(0, tok.text[:-1])   # "Former finance ministers X and Y"
            i -= 1
            continue
        n = phrase_ending_at(doc, i, sent.start)
        if n and (not words or words[0].lower() in gz.TITLE_HEADS | {"agent"}):
            words[:0] = [t.text for t in doc[i - n + 1:i + 1]]   # "FBI Special Agent in Charge X"
            i -= n
            continue
        if tok.text == "-" and words and not tok.whitespace_ and i - 1 >= sent.start \
                and not doc[i - 1].whitespace_ and doc[i - 1].lower_ in ("ex", "then"):
            words.insert(0, "former")   # "Ex-President X", "then-Defence Minister X"
            i -= 2
            continue
        if tok.text == "-" and words and not tok.whitespace_ and i - 1 >= sent.start \
                and not doc[i - 1].whitespace_ and doc[i - 1].lower_ in gz.TITLE_HEADS:
            words[0] = f"{doc[i - 1].text}-{words[0]}"   # "Secretary-General"
            i -= 2
            continue
        if words and words[0].lower() in PLACE_HEADS and tok.pos_ == "PROPN" and tok.text[:1].isupper() \
                and r.state.mention_at(i) is None and not gz.country_of(tok.text) and tok.lower_ not in gz.TITLE_WORDS \
                and tok.lower_ not in gz.ORG_HEADS and tok.lower_ not in BODY_WORDS:
            k = i   # "Kyiv Mayor X", "Lagos State Governor X": the place's head
            while k - 1 >= sent.start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() \
                    and r.state.mention_at(k - 1) is None and i - k < 2:
                k -= 1
            name = doc[k:i + 1].text
            if gz.country_of(name) or (k == i and tok.lower_ in PLACE_WORDS):
                break
            town = _town_before_province(r, doc, k, sent.start)
            if town is not None:   # "Matanao, Davao del Sur Mayor X": the town's mayor
                k, name = town
            place = r.state.org_entity(name, None)
            title, former, _ = clean_title(words)
            former = former or (k - 1 >= sent.start and doc[k - 1].lower_ in ("former", "ex", "then"))   # "Former Virginia Gov. X"
            r.add_title(m.entity, title)
            return [Position(m.entity, title, place, si, "title-before-name:place", 0.75, former)]
        if tok.text == ")" and not words and before_bracket(doc, i, sent.start) != i:
            i = before_bracket(doc, i, sent.start)   # "Chief Election Commissioner (CEC) X": the title's acronym
            continue
        if tok.text == ")" and words:   # "Election Commission (EC) Chairman X"
            k = before_bracket(doc, i, sent.start)
            om = r.org_mention_at(mentions, k) if k != i else None
            if om is not None and om.entity is not None and om.end == k + 1:
                org_m = om
            break
        if words and has_head(words):
            owner = _org_owner(r, sent, si, i, mentions)
            if owner is not None or tok.lower_ in ("its", "their", "whose"):
                break
        om = r.org_mention_at(mentions, i)
        if om is not None and words and om.start - 2 >= sent.start and doc[om.start - 1].lower_ == "of" \
                and f"{doc[om.start - 2].lower_} of {om.text.lower()}" in BODY_TITLES:
            words[:0] = [t.text for t in doc[om.start - 2:om.end]]   # "Chief of Army Staff General X"
            i = om.start - 3
            continue
        if om is not None and words == ["Secretary"] and om.text == "Cabinet" and om.start - 1 >= sent.start \
                and doc[om.start - 1].text[:1].isupper() and doc[om.start - 1].lower_ in PORTFOLIO_WORDS:
            words.insert(0, om.text)   # "Treasury Cabinet Secretary X": a portfolio's post (Kenya), not the Cabinet's
            i = om.start - 1
            continue
        if om is not None and words and _nation_of_title(om, words):
            words[:0] = [t.text for t in doc[om.start:om.end]]   # "United States Magistrate Judge X"
            i = om.start - 1
            continue
        if om is not None and words and gz.country_of(om.text) is not None:
            words[:0] = [t.text for t in doc[om.start:om.end]]   # (round 24) "U.S. Treasury Secretary X": a
            break   # country the model read as a body says whose post the title is, it is not the post's body
        if om is not None and words:
            if doc[om.start].text == "-" or (om.start > sent.start and doc[om.start - 1].text == "-"
                                             and not doc[om.start - 1].whitespace_):
                break   # "pro-Moscow Prime Minister X": an adjective, not the post's body
            if om.start > sent.start and doc[om.start - 1].lemma_.lower() == "tell":
                break   # "X told VOA President Y has promised ...": the one told, not the post's body
            org_m = om
            break
        if tok.text in ("’s", "'s") and i - 1 >= sent.start and r.org_mention_at(mentions, i - 1) and words \
                and gz.country_of(r.org_mention_at(mentions, i - 1).text) is None:   # (a country's: below)
            org_m = r.org_mention_at(mentions, i - 1)
            break
        if tok.text in ("’s", "'s") and i - 2 >= sent.start and gz.country_of(f"{doc[i - 2].text} {doc[i - 1].text}") \
                and words:
            words[:0] = [doc[i - 2].text, doc[i - 1].text]   # "South Sudan's President X"
            break
        if tok.text in ("’s", "'s") and i - 1 >= sent.start and gz.country_of(doc[i - 1].text) and words:
            words.insert(0, doc[i - 1].text)   # "Bangladesh's Prime Minister X"
            break
        if tok.text in ("’s", "'s") and i - 2 >= sent.start and doc[i - 1].lower_ in ("country", "nation") \
                and doc[i - 2].lower_ == "the" and words and (r.state.country or r.state.country_hint):
            words[:0] = (r.state.country or r.state.country_hint).split()   # "the country's Director of Public Prosecutions X"
            break
        if tok.lower_ == "of" and words and i - 1 >= sent.start and doc[i - 1].lower_ in gz.TITLE_HEADS:
            words.insert(0, tok.text)   # "Secretary of State", "Chief of Staff"
            i -= 1
            continue
        if tok.lower_ == "the" and words and words[0].lower() in PORTFOLIO_WORDS and i - 2 >= sent.start \
                and doc[i - 1].lower_ in ("of", "for") and doc[i - 2].lower_ in gz.TITLE_HEADS:
            i -= 1   # "Minister of the Environment X": the article inside the title, read as "Minister of Environment"
            continue
        if tok.lower_ == "for" and words and i - 1 >= sent.start and (
                doc[i - 1].lower_ in gz.TITLE_HEADS or (doc[i - 1].lower_ == "state" and i - 2 >= sent.start
                                                        and doc[i - 2].lower_ == "of")):
            words.insert(0, tok.text)   # "Minister for Defence and National Service X", "Minister of State for X"
            i -= 1
            continue
        if tok.lower_ == "designate" and words and words[0].lower() == "for" and i - 2 >= sent.start \
                and doc[i - 1].text == "-" and doc[i - 2].lower_ in gz.TITLE_HEADS:
            words.insert(0, f"{doc[i - 2].text}-designate")   # "Minister-designate for Health X"
            i -= 3
            continue
        if tok.lower_ in ("and", "&") and words and i - 1 >= sent.start and joins_portfolio(doc, i):
            first, k = item_before(doc, i)   # "Mines and Energy Minister X", "forest and environment minister X",
            words[:0] = [first, tok.text]    # "Co-operatives and Internal Trade Minister X"
            i = k - 1
            continue
        if tok.text == "," and len(words) >= 3 and words[1].lower() in ("and", "&") and joins_portfolio(doc, i):
            first, k = item_before(doc, i)   # "Youth, Sports and Culture Minister X": the list's earlier items
            words[:0] = [first, tok.text]
            i = k - 1
            continue
        if words and words[0].lower() == "police" and tok.lower_ in FORCE_QUALIFIERS:
            words.insert(0, tok.text)   # (round 19) "provincial police chief X": that force's chief
            i -= 1
            continue
        if words and gz.country_of(f"{tok.text} {words[0]}"):
            words.insert(0, tok.text)   # "South Sudanese President X"
            i -= 1
            continue
        if words and i - 1 >= sent.start and tok.text[:1].isupper() and gz.country_of(f"{doc[i - 1].text} {tok.text}"):
            words[:0] = [doc[i - 1].text, tok.text]   # "United States District Judge X"
            i -= 2
            continue
        if not is_title_word(tok) or tok.is_punct or (tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBD", "VBZ", "VBP")):
            if words and words[0].lower() in gz.TITLE_HEADS and not tok.is_punct:
                found = _org_before_modifiers(r, sent, i, mentions)
                if found is not None:
                    org_m = found[0]
                    words[:0] = [t.text for t in doc[found[1]:i + 1]]
            elif words and not tok.is_punct:
                k = portfolio_before_head(doc, words, i, sent.start, r.state.mention_at)
                if k is not None:   # "Refugee Affairs Minister X": the rest of a portfolio the lexicon lacks
                    words[:0] = [t.text for t in doc[k:i + 1]]
                    i = k - 1
                    continue
            break
        if tok.lower_ in BODY_WORDS and not (words and gz.is_title_head(words[0])):
            break   # "police arrested ..." is not a title; "Army chief" is; so is "party secretary-general"
        words.insert(0, tok.text)
        i -= 1
    if not words:
        return []
    for w in words:
        if w.lower() in gz.OCCUPATIONS or w.lower() in gz.RANKS:
            m.entity.titles.append(w) if w not in m.entity.titles else None
    if not has_head(words):
        return []
    title, former, country = clean_title(words)
    if org_m is not None and org_m.start > sent.start and doc[org_m.start - 1].lower_ in ("former", "ex", "then"):
        former = True   # (round 23) "Former Millbrook Police Chief X": "former" before the body's name
    if not title or all(w.lower() in gz.RANKS or w.lower() in gz.OCCUPATIONS for w in title.split()):
        r.add_title(m.entity, title)
        carried = body_named_elsewhere(r.state, title) if title else None
        if carried is not None:   # "former commissioner X" after "the new Commissioner of the Anti-Corruption Commission Y"
            return [Position(m.entity, title, carried, si, "title-before-name:carried", 0.7, former)]
        return []
    r.add_title(m.entity, title)
    worded = body_word_owner(r.state, doc, i, sent.start) if org_m is None and country is None else None
    if worded is not None:   # "tribunal Judge X": the article's one tribunal, not the country's judiciary
        return [Position(m.entity, title, worded, si, "title-before-name:body-word", 0.75, former)]
    regional = region_minister(r, sent, si, m, title, i, former, country) if org_m is None else []
    if regional:   # "Kerala health minister X": Kerala's government, not the nation's ministry
        return regional
    owned = possessive_body(r, doc, i, sent.start, title.split()) if org_m is None and country is None else None
    if owned is not None:   # (round 20) "X's security spokesman Y": the region's or city's government
        return [Position(m.entity, title, owned, si, "title-before-name:place-possessive", 0.75, former)]
    portfolio = _portfolio_mention(org_m)
    if portfolio is not None:   # "Foreign Affairs Principal Secretary X": the model read the portfolio as a body
        return [Position(m.entity, title, portfolio_ministry(r, portfolio, country), si,
                         "title-before-name:portfolio", 0.8, former)]
    if org_m is not None:
        if party_member_title(doc, org_m, title):   # "Zanu-PF lawmaker X" is the party's member
            return [Position(m.entity, "member", org_m.entity, si, "member:party-title", 0.75, former,
                             relation="MEMBER_OF")]
        if post_after_party(r.state, org_m, title):   # "PNL finance minister X": the post is at the ministry
            org = r.org_for_title(title, country or r.state.country, explicit=country)
            return [member_position(m, org_m.entity, si, "title-before-name", former)] + (
                [Position(m.entity, title, org, si, "title-before-name:party-post", 0.8, former)] if org is not None else [])
        return [Position(m.entity, title, org_m.entity, si, "title-before-name:org", 0.85, former)]
    district = DISTRICT_AFTER.match(text(doc[m.end - 1:sent.end])[len(doc[m.end - 1].text):])
    if district:   # "U.S. Attorney X of the Western District of Pennsylvania"
        office = district_office(title, country or r.state.country)
        if office is not None:
            return [Position(m.entity, title, district_body(r.state, office, district.group(1)), si,
                             "title-before-name:district", 0.85, former)]
    after = body_after_name(r, sent, m, mentions, title)
    if after is not None:   # "Governor Babajide Sanwo-Olu of Lagos State"
        return [Position(m.entity, title, after, si, "title-before-name:of-after", 0.8, former)]
    if country is None and i >= sent.start and doc[i].lower_ in gz.ORG_HEADS and doc[i].text[:1].isupper() \
            and r.state.mention_at(i) is None and (i == sent.start or not doc[i - 1].text[:1].isupper()):
        named = r.state.org_by_head(doc[i].lower_)   # "Council President X": the article's one council
        if named is not None:
            return [Position(m.entity, title, named, si, "title-before-name:body-head", 0.75, former)]
    org = r.org_for_title(title, country or r.state.country, explicit=country)
    if country is None and org is not None and title.lower() in REGION_HEADS:
        other = sentence_region(sent, article_region(r.state))
        if other is not None:   # "the Nassarawa State Assembly ... Governor X" in a story on Adamawa's governor
            org = region_body(r.state, other)
    if country is None and org is not None and org.name == org.country and names_other_country(sent, org.country):
        return []   # "President Obama said the U.S. ..." in a story on Iraq: whose president is not said
    if org is None and country and title.lower() in gz.HEADS_OF_STATE:
        org = r.state.country_entity(country)
    if org is None and owner is not None:   # "said its chairman X", "the company chairman X"
        return [Position(m.entity, title, owner, si, "title-before-name:owner", 0.75, former)]
    if org is None:
        # "Deputy Governor X" after "Central Bank of Nigeria Governor Y": the same institution
        # (but "his attorney X" is a private one)
        owned = i >= sent.start and doc[i].lower_ in ("his", "her", "their", "its", "my", "our", "your")
        org = None if owned else (r.state.title_orgs.get(core_title(title)) or deputy_body(r, title))
        if org is None:
            return []
        other = sentence_region(sent, org.name) if title.lower() in REGION_HEADS else None
        if other is not None:   # "Benue State Governor A ... the Kogi State Assembly ... Governor B"
            return [Position(m.entity, title, region_body(r.state, other), si, "title-before-name:sentence-region", 0.7, former)]
        return [Position(m.entity, title, org, si, "title-before-name:same-post", 0.7, former)]
    return [Position(m.entity, title, org, si, "title-before-name", 0.85, former)]
