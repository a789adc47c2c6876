"""Membership, not a post: "X, a member of the Central Committee", "X is also a member of the
commission", "X, a longtime Zanu-PF party member", "party member X", "his Peru Possible party",
"Senator X of the National Party". Gives MEMBER_OF. What makes a body a party is parties.py;
the marks beside a name ("Sen. X (R-Texas)") are party_marks.py; plural subjects ("Both are
members of ...") are plural_members.py."""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from .. import gazetteer as gz

from ..doc_index import any_of, lowers, words
from ..lexicon import load, word_set
from .facts import Position
from .parties import (MEMBER_NOUNS, PARTY_WORDS, after_acronym, is_institution, is_party, party_by_name,
                      political_party)
from .per_story import the_one
from .person_lists import plain_list_after, plain_list_before
from .titles import RANK_WORDS, before_bracket, ends_apposition, is_title_word, national_body, stated

FORMER = {"former", "ex", "ex-", "onetime", "one-time"}
OUTSIDERS = word_set("titles", "outsider_nouns")   # "a vocal opponent of the ruling X Party": not a member
STAFF_NOUNS = {"official", "officials", "officer", "officers", "agent", "agents", "investigator", "investigators",
               "detective", "detectives", "employee", "employees", "staffer", "staffers"}   # "AGO official X"
PLURAL_DETS = ("both", "all", "two", "three", "four", "five")   # "X and Y, both members of ..."


def member_of_phrase(r, toks, mentions):
    """The organisation a phrase of tokens says someone is a member of, or None."""
    words = [t.lower_ for t in toks]
    if "member" not in words and "members" not in words:
        return None
    orgs = [r.org_mention_at(mentions, t.i) for t in toks]
    orgs = [o for o in orgs if o is not None and o.entity is not None]
    if not orgs and toks:   # "a member of parliament": the country's parliament
        k = max((n for n, t in enumerate(toks) if t.lower_ in ("member", "members")), default=len(toks))
        rest = [t for t in toks[k + 1:] if t.lower_ not in ("of", "the")]
        body = national_body(r, rest[-1]) if rest and len(rest) <= 2 else None
        return _Found(body) if body is not None else None
    k = next((n for n, t in enumerate(toks) if t.lower_ in ("member", "members")), None)
    joined = max((n for n, t in enumerate(toks[:k]) if t.lower_ == "and"), default=None) if k else None
    if joined is not None and any(o.end <= toks[joined].i for o in orgs):
        # "a former chairman of A and a former member of B": the membership is B's, never A's
        orgs = [o for o in orgs if o.start > toks[joined].i]
    return orgs[-1] if orgs else None


class _Found:
    """A body found without a mention of its own (a national body named in lower case)."""
    def __init__(self, entity):
        self.entity = entity


def memberships(r, sent, si, m, mentions) -> list[Position]:
    doc, out = sent.doc, []
    # "X, a (longtime) ORG party member" / "X, a member of ORG"
    if m.end + 1 < sent.end and doc[m.end].text == ",":
        toks = []
        j = m.end + 1
        while j < sent.end and len(toks) < 14 and (not ends_apposition(doc[j]) or (
                doc[j].lower_ == "and" and j + 1 < sent.end and doc[j + 1].lower_ in ("a", "an"))):
            toks.append(doc[j])   # "X, a Sunni Muslim and a member of the Council"
            j += 1
        if toks and toks[0].lower_ in ("a", "an", "the", "also", "now", "himself", "herself", "current", "former",
                                      "sitting", "then") + PLURAL_DETS:
            om = member_of_phrase(r, toks, mentions) or _party_noun(r, toks, mentions) \
                or _from_party(r, toks, mentions)
            if om is not None:
                former = any(t.lower_ in FORMER for t in toks)
                # "X and Y, both members of the party": every name of the list
                listed = toks[0].lower_ in PLURAL_DETS or "members" in [t.lower_ for t in toks]
                who = [m.entity] + (plain_list_before(sent, m, mentions, separator_first=False) if listed else [])
                out += [Position(e, "member", om.entity, si, "member:apposition", 0.75, former, relation="MEMBER_OF")
                        for e in who]
    # "an independent member of the Governing Council, X"
    if m.start - 2 >= sent.start and doc[m.start - 1].text == ",":
        j, toks = m.start - 2, []
        while j >= sent.start and not ends_apposition(doc[j]) and len(toks) < 12 and (
                doc[j].pos_ not in ("VERB", "AUX") or doc[j].lower_ in OWNER_FILLER):   # ("the ruling X party")
            toks.insert(0, doc[j])
            j -= 1
        k = next((k for k, t in enumerate(toks) if t.lower_ in ("a", "an", "another")), None)
        toks = toks[k:] if k is not None else []
        if len(toks) >= 3:   # (or "A top official in the ruling X party, Y")
            om = member_of_phrase(r, toks, mentions) or _from_party(r, toks, mentions)
            if om is not None:
                out.append(Position(m.entity, "member", om.entity, si, "member:apposition-before", 0.7,
                                    any(t.lower_ in FORMER for t in toks), relation="MEMBER_OF"))
    # "X is (also) a member of ORG"
    root = doc[m.start:m.end].root
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and stated(root.head):
        out += member_attribute(r, root.head, m, si, mentions, "member:copula")
    # "Zanu-PF member X", "party member X", "Zanu-PF members X and Y", "AGO official X"
    if m.start - 2 >= sent.start and (doc[m.start - 1].lower_ in ("member", "members") or (
            doc[m.start - 1].lower_ in STAFF_NOUNS and doc[m.start - 2].pos_ == "PROPN")):
        om = r.org_mention_at(mentions, m.start - 2)
        if om is not None and om.entity is not None and om.label == ORGANISATION \
                and not gz.country_of(om.entity.name):   # ("US official X" is no member of the US)
            who = [m.entity] + (plain_list_after(sent, m, mentions) if doc[m.start - 1].tag_ in ("NNS", "NNPS") else [])
            out += [Position(e, "member", om.entity, si, "member:title", 0.75, relation="MEMBER_OF") for e in who]
    return out


OWNER_FILLER = {"own", "ruling", "governing", "opposition", "new", "former", "political", "main", "then",
                "incumbent", "centre-right", "centre-left", "center-right", "center-left", "far-right",
                "far-left", "right-wing", "left-wing", "conservative", "liberal", "nationalist"}


def party_possessive(r, sent, si, mentions) -> list[Position]:
    """"his Peru Possible party", "Toledo's ruling Labour Party": the owner is a member."""
    doc, out = sent.doc, []
    for om in mentions:
        if om.label != ORGANISATION or om.entity is None or not is_party(doc, om):
            continue
        j = om.start - 1
        while j >= sent.start and doc[j].lower_ in OWNER_FILLER:
            j -= 1
        owner = None
        if om.start + 1 < om.end and _possessive(doc, om.start + 1):   # "Morales’ Movement ...": the model took the owner in
            owner = _owner_at(r, doc, om.start)
        elif j < sent.start:
            continue
        elif doc[j].lower_ in ("his", "her"):
            owner = r.state.antecedent(doc[j], prefer_subject=True)
        elif _possessive(doc, j) and j - 1 >= sent.start:
            owner = _owner_at(r, doc, j - 1)
        if owner is not None and owner.label == PERSON:
            out.append(Position(owner, "member", om.entity, si, "member:possessive-party", 0.7,
                                relation="MEMBER_OF"))
    return out + _party_apposition(r, sent, si, mentions)


def _possessive(doc, i) -> bool:
    """"X's", or the bare apostrophe of a name ending in s ("Morales’", "Jones'")."""
    t = doc[i].text
    return t in ("'s", "’s") or (t in ("'", "’") and i > 0 and doc[i - 1].text.endswith("s"))


def _owner_at(r, doc, i):
    """The person whose name ends at token i ("Japan's LDP": a country's party, whatever the model made of
    "Japan")."""
    if gz.country_of(doc[i].text):
        return None
    pm = r.state.mention_at(i)
    return pm.entity if pm is not None and pm.label == PERSON else _by_surname(r, doc[i])


def _by_surname(r, tok):
    """"Zardari's" the model took for a place: the one person of the article of that surname."""
    if not tok.is_title:
        return None
    found = {e.id: e for e in r.state.ents.values() if e.label == PERSON and len(e.name.split()) > 1
             and e.name.split()[-1] == tok.text}
    return the_one(found.values())


def _named_then_owned(r, sent, si, tok, mentions) -> list[Position]:
    """"belonged to FCN, Morales' party": a party named, a comma, then "X's party" (the parse may
    leave the possessive apart: "Morales ’ party")."""
    doc, j = sent.doc, tok.i - 1
    if j - 1 < sent.start or doc[j].text not in ("'", "’", "'s", "’s"):
        return []
    pm = r.state.mention_at(j - 1)
    if pm is None or pm.label != PERSON or pm.entity is None or pm.end != j or pm.start - 2 < sent.start \
            or doc[pm.start - 1].text != ",":
        return []
    om = r.org_mention_at(mentions, pm.start - 2)
    if om is None or om.entity is None or om.end != pm.start - 1:
        return []
    return [Position(pm.entity, "member", om.entity, si, "member:party-then-owner", 0.7, relation="MEMBER_OF")]


def its_member_noun(r, sent, si, m, mentions) -> list[Position]:
    """"FCN, Morales' party, including its former presidential candidate X": "its" member noun before
    a name is the party just named (a party by its name, or called "party" between the two)."""
    doc, j = sent.doc, m.start - 1
    if j < sent.start or doc[j].lower_ not in MEMBER_NOUNS:
        return []
    k = j - 1
    while k >= sent.start and j - k <= 3 and (doc[k].pos_ == "ADJ" or doc[k].lower_ in FORMER):
        k -= 1
    if k < sent.start or doc[k].lower_ not in ("its", "their"):
        return []
    om = next((x for x in reversed(mentions) if x.label == ORGANISATION and x.entity is not None and x.end <= k), None)
    if om is None or not (party_by_name(om.entity) or is_party(doc, om)
                          or any(t.lower_ in PARTY_WORDS and t.pos_ == "NOUN" for t in doc[om.end:k])):
        return []
    former = any(doc[x].lower_ in FORMER for x in range(k + 1, j))
    return [Position(m.entity, "member", om.entity, si, "member:its-member-noun", 0.65, former, relation="MEMBER_OF")]


def _party_apposition(r, sent, si, mentions) -> list[Position]:
    """"his party, the All Progressives Congress (APC)", "Toledo's party, Peru Possible": the
    party named in apposition to an owned "party" has the owner as its member."""
    out = []
    if not any_of(sent, PARTY_WORDS):
        return out
    doc, low = sent.doc, lowers(sent.doc)
    for i in range(sent.start, sent.end):
        if low[i] not in PARTY_WORDS:   # (on the Doc's strings: a Token only for a party word)
            continue
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        out += _named_then_owned(r, sent, si, tok, mentions)
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        app = next((c for c in tok.children if c.dep_ == "appos"), None)
        if poss is None or app is None:
            continue
        om = r.org_mention_at(mentions, app.i)
        if om is None or om.entity is None or om.label != ORGANISATION:
            continue
        if poss.lower_ in ("his", "her"):
            owner = r.state.antecedent(poss, prefer_subject=True)
        else:
            pm = r.state.mention_at(poss.i)
            owner = pm.entity if pm is not None else None
        if owner is not None and owner.label == PERSON:
            out.append(Position(owner, "member", om.entity, si, "member:party-apposition", 0.7, relation="MEMBER_OF"))
    return out


def _org_starts(r, mentions, k: int) -> bool:
    """A tagged body's name begins at token k."""
    om = r.org_mention_at(mentions, k)
    return om is not None and om.start == k


def of_party(r, sent, si, m, mentions) -> list[Position]:
    """"Senator Maria Lopez of the National Party", "X from the opposition Y Party": a person of a
    party is its member."""
    doc = sent.doc
    j = m.end
    if j + 2 < sent.end and doc[j].text == "," and doc[j + 1].lower_ in ("from", "of"):
        j += 1   # "Ngilari, from the opposition party People's Democratic Party (PDP), was governor", "X, of the Y Party,"
    if j + 1 >= sent.end or doc[j].lower_ not in ("of", "from"):   # "Beyoglu mayor X from the main opposition Y Party"
        return []
    k = j + 1 + (doc[j + 1].lower_ == "the")
    while k < sent.end and doc[k].lower_ in OWNER_FILLER and not _org_starts(r, mentions, k):
        k += 1   # "of the governing Workers' Party" (not "of the New Politics Alliance for Democracy")
    nxt = r.org_mention_at(mentions, k + 1) if k + 1 < sent.end and doc[k].lower_ == "party" else None
    if nxt is not None and nxt.start == k + 1:
        k += 1   # "from the opposition party People's Democratic Party" (not "of the Party of Regions")
    om = r.org_mention_at(mentions, k) if k < sent.end else None
    ruling = any(doc[i].lower_ in ("ruling", "governing", "opposition") for i in range(j + 1, k))
    if om is None or om.entity is None or om.start != k or not (
            is_party(doc, om) or (ruling and om.label == ORGANISATION and not is_institution(om))):
        return []   # ("Senator X of the ruling All Progressives Congress": "ruling" makes it a party)
    # "Chen Chao-ming and Liao Kuo-tung of the Kuomintang": every name of the list
    return [Position(e, "member", om.entity, si, "member:of-party", 0.7, relation="MEMBER_OF")
            for e in [m.entity] + plain_list_before(sent, m, mentions, separator_first=False)]


def _party_noun(r, toks, mentions):
    """"a longtime Zanu-PF lawmaker", "a powerful Cambodian People's Party general": the party
    of a phrase whose head is a member noun, or None."""
    if not toks or toks[-1].lower_ not in MEMBER_NOUNS:
        return None
    for t in toks[:-1]:
        om = r.org_mention_at(mentions, t.i)
        if om is not None and om.entity is not None and om.end <= toks[-1].i and (
                is_party(t.doc, om) or (after_acronym(t.doc, om.end) == toks[-1].i
                                      and political_party(t.doc, om, toks[-1].lower_))):
            return om
    return None


def _from_party(r, toks, mentions):
    """"a businessman from the minority Popular Action party", "a lawyer of the ruling X Party", "a
    top official in the ruling X party": a person noun (no post) with "from"/"of"/"in" a party, or None."""
    for n, t in enumerate(toks[:-1]):
        if t.lower_ not in ("from", "of", "in", "within") or n == 0 or (
                toks[n - 1].lower_ in gz.TITLE_HEADS and toks[n - 1].lower_ not in MEMBER_NOUNS) or (
                t.lower_ in ("in", "within") and toks[n - 1].lower_ not in MEMBER_NOUNS) or toks[n - 1].lower_ in OUTSIDERS:
            continue   # "a spokesman of the party" is a post, read by the post rules ("an official of" is a member;
            #            "in" only after a member noun: "a figure in the party", not "a split in the party")
        k = n + 1
        while k < len(toks) and (toks[k].lower_ == "the" or toks[k].lower_ in OWNER_FILLER
                                 or toks[k].lower_ in ("minority", "majority")):
            k += 1
        om = r.org_mention_at(mentions, toks[k].i) if k < len(toks) else None
        if om is not None and om.entity is not None and om.start == toks[k].i and is_party(toks[0].doc, om):
            return om
        return None
    return None


TITLE_RUN = {"and", "former", "ex", "ex-", "another", "a", "an", "the", "senior", "veteran", "longtime",
             "long-time", "prominent", "ruling", "opposition", "party", "first-term", "two-term", "-", "&"}


def party_titles_before(r, sent, si, m, mentions) -> list[Position]:
    """"BJP MP and Ethics Committee Chairperson X", "PPP senator and party spokesman, X",
    "Another former DPP lawmaker, X": in the run of titles before a name, a party right before
    a member noun makes the person its member, however many titles the run holds."""
    doc = sent.doc
    j = m.start - 1
    if j >= sent.start and doc[j].text == ",":
        j -= 1
    out, steps = [], 0
    while j >= sent.start and steps < 14:
        steps += 1
        om = r.org_mention_at(mentions, j)
        if om is not None and om.entity is not None and om.label == ORGANISATION:
            k = after_acronym(doc, om.end)
            if k < m.start and doc[k].lower_ in MEMBER_NOUNS and political_party(doc, om, doc[k].lower_):
                former = any(t.lower_ in FORMER for t in doc[max(sent.start, om.start - 2):om.start])
                out.append(Position(m.entity, "member", om.entity, si, "member:party-title-run", 0.75, former,
                                    relation="MEMBER_OF"))
            j = om.start - 1
            continue
        tok = doc[j]
        if tok.text == ")" and before_bracket(doc, j, sent.start) < j:
            j = before_bracket(doc, j, sent.start)   # "Parti Amanah Negara (Amanah) politician X": past the acronym
            continue
        if tok.text == ")" or tok.text == "(" or tok.lower_ in TITLE_RUN or tok.lower_ in MEMBER_NOUNS \
                or (is_title_word(tok) and tok.pos_ not in ("VERB", "AUX")):
            j -= 1
            continue
        break
    return out


SEAT_BODIES = word_set("links", "seat_bodies")   # data/links.json


def plural_member_title(r, sent, si, m, mentions) -> list[Position]:
    """"Sangguniang Panlungsod (SP) members A, B, and C", "ruling party members X and Y": a body, its
    members and the list of names. A council's or a legislature's member holds a seat (a post);
    a party's or another body's is its member."""
    doc = sent.doc
    j = m.start - 1
    if j - 1 < sent.start or doc[j].lower_ != "members":
        return []
    k = before_bracket(doc, j - 1, sent.start)
    om = r.org_mention_at(mentions, k)
    if om is None or om.entity is None or om.end != k + 1:
        return []
    persons = [m.entity] + [e for e in plain_list_after(sent, m, mentions) if e is not m.entity]
    former = any(t.lower_ in FORMER for t in doc[max(sent.start, om.start - 2):om.start])
    seat = not is_party(doc, om) and any(w.lower() in SEAT_BODIES for w in om.entity.name.split())
    if seat:
        return [Position(p, "member", om.entity, si, "member:seat-list", 0.7, former) for p in persons]
    return [Position(p, "member", om.entity, si, "member:plural-title", 0.7, former, relation="MEMBER_OF")
            for p in persons]


BODY_MEMBERS = {k.lower(): v for k, v in load("titles").get("body_member_nouns", {}).items()}


def _body_noun(words: list[str]) -> str | None:
    """The national body a trailing noun of a phrase names a member of ("police officer")."""
    lw = [w.lower() for w in words]
    for n in (2, 1):
        if len(lw) >= n and " ".join(lw[-n:]) in BODY_MEMBERS:
            return BODY_MEMBERS[" ".join(lw[-n:])]
    return None


def body_members(r, sent, si, m, mentions) -> list[Position]:
    """"X, a ranking police officer", "policeman X", "the accused policeman, Sergeant X": a
    member of the country's police (or army, for soldiers); the body word is data."""
    doc, hint = sent.doc, r.state.country_hint
    if hint is None:
        return []
    body, plural = None, False
    if m.end + 1 < sent.end and doc[m.end].text == ",":
        toks = []
        j = m.end + 1
        while j < sent.end and not ends_apposition(doc[j]) and len(toks) < 6:
            toks.append(doc[j])
            j += 1
        if toks and toks[0].lower_ in ("a", "an", "the") + PLURAL_DETS and not any(
                r.org_mention_at(mentions, t.i) for t in toks[:-2]):
            body = _body_noun([t.text for t in toks])
            plural = body is not None and (toks[0].lower_ in PLURAL_DETS or toks[-1].lower_.endswith(("s", "men")))
    if body is None:
        j = m.start - 1
        while j >= sent.start and doc[j].lower_ in RANK_WORDS:
            j -= 1
        if j >= sent.start and doc[j].text == ",":
            j -= 1
        if j >= sent.start:
            body = _body_noun([t.text for t in doc[max(sent.start, j - 1):j + 1]])
    if body is None:
        return []
    # "X and Y, two police officers"
    who = [m.entity] + (plain_list_before(sent, m, mentions, separator_first=False) if plural else [])
    return [Position(e, "member", r.state.org_entity(body, hint), si, "member:body-noun", 0.65, relation="MEMBER_OF")
            for e in who]


def including_members(r, sent, si, mentions) -> list[Position]:
    """"Several members of the Supreme Council, including A and B, were arrested": each one named
    after "including" / "among them" is a member of the body the members belong to."""
    doc, out = sent.doc, []
    if not any_of(sent, ("including", "includes", "among")):
        return out
    for tok in sent:
        if tok.lower_ not in ("including", "includes", "among") or tok.i < sent.start + 3:
            continue
        k = tok.i - 1
        if doc[k].text != ",":
            continue
        toks = []
        j = k - 1
        while j >= sent.start and not ends_apposition(doc[j]) and len(toks) < 12:
            toks.insert(0, doc[j])
            j -= 1
        if "members" not in [t.lower_ for t in toks]:
            continue
        om = member_of_phrase(r, toks, mentions)
        if om is None:
            continue
        start = tok.i + 1 + (tok.lower_ == "among" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "them")
        first = next((x for x in mentions if x.label == PERSON and x.entity is not None and x.start == start), None)
        if first is None:
            continue
        for e in [first.entity] + plain_list_after(sent, first, mentions):
            out.append(Position(e, "member", om.entity, si, "member:including", 0.7, relation="MEMBER_OF"))
    return out


def member_attribute(r, be, m, si, mentions, rule) -> list[Position]:
    """The body a copula's attribute "a member of ORG" names, for mention m ("X is a member of
    ORG", "X, who was a member of ORG"; a past tense makes it a former membership)."""
    out = []
    for c in be.children:
        if c.dep_ == "attr" and c.lower_ in ("member", "members"):
            om = member_of_phrase(r, list(c.subtree), mentions)
            if om is not None:
                out.append(Position(m.entity, "member", om.entity, si, rule, 0.75, be.tag_ == "VBD",
                                    relation="MEMBER_OF"))
    return out


def _titled_before(r, si, word: str):
    """The one person named before sentence si (or earlier in it) with a title holding word
    ("the former governor": the one person titled governor or ex-governor so far), or None."""
    found = {}
    for m in r.state.mentions:
        if m.label == PERSON and m.entity is not None and m.sent_index <= si and any(
                word in t.lower().replace("-", " ").split() for t in m.entity.titles):
            found[m.entity.id] = m.entity
    return the_one(found.values())


_COPULA_MEMBER_NOUNS = MEMBER_NOUNS - {"member", "members"}


def copula_party(r, sent, si, mentions) -> list[Position]:
    """"X is a senior figure in the Y Party", "The former governor has been a Y Party stalwart":
    a member noun after "to be", with a party; the subject a name, or a definite title that one
    person of the article holds ("the former governor")."""
    found = words(sent)   # (the root's lemma "be" and a member noun are needed: cheaper than sent.root)
    if "be" not in found or found.isdisjoint(_COPULA_MEMBER_NOUNS):
        return []
    root = sent.root
    if root.lemma_ != "be" or not stated(root):
        return []
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in root.children if c.dep_ == "attr" and c.lower_ in MEMBER_NOUNS
                 and c.lower_ not in ("member", "members")), None)   # "a member of": memberships
    if subj is None or attr is None:
        return []
    om = _party_noun(r, list(attr.subtree)[:attr.i - attr.left_edge.i + 1], mentions)
    if om is None:
        for c in attr.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "from", "within"):
                p = next((x for x in c.children if x.dep_ == "pobj"), None)
                cand = r.org_mention_at(mentions, p.i) if p is not None else None
                if cand is not None and cand.entity is not None and is_party(sent.doc, cand):
                    om = cand
    if om is None:
        return []
    sm = r.state.mention_at(subj.i)
    person = sm.entity if sm is not None and sm.label == PERSON else None
    if person is None and subj.is_lower and subj.lower_ in gz.TITLE_HEADS and any(
            d.dep_ == "det" and d.lower_ == "the" for d in subj.children):
        person = _titled_before(r, si, subj.lower_)
    if person is None:
        return []
    return [Position(person, "member", om.entity, si, "member:copula-noun", 0.7, root.tag_ == "VBD",
                     relation="MEMBER_OF")]
