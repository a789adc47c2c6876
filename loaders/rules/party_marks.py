"""Party marks beside a name, US style and others: "Sen. X (R-Texas)", "Democratic Sen. X",
"Lawmaker X (PDP)", "X, who belongs to the Y Party", "Zanu-PF's X". Split out of members.py: one
rule that reads the marks a name carries, with the US party letters and adjectives it alone
uses (data in titles.json); what makes an organisation a party is parties.py. Gives
MEMBER_OF."""
from __future__ import annotations

from graph.schema import ORGANISATION

from ..lexicon import load
from .facts import Position
from .members import member_attribute
from .parties import PARTY_WORDS, acronym_org, is_institution, is_party, party_by_name
from .titles import stated

_T = load("titles")
LETTERS = dict(_T.get("party_letters", {}))
PARTY_ADJECTIVES = dict(_T.get("party_adjectives", {}))
US_POLITICAL_TITLES = frozenset(_T.get("us_political_titles", []))


def letter_party(r, letter: str):
    names = LETTERS.get(letter)
    if not names:
        return None
    e = r.state.org_entity(names[0], "United States")
    e.aliases |= set(names[1:])
    return e


def party_marks(r, sent, si, m, mentions) -> list[Position]:
    """Party marks beside a name: "Sen. Ted Cruz (R-Texas)", "Rep. X, D-Calif.,", "Democratic Sen.
    X", "fellow Republican Gov. Y" (US party letters and adjectives, data in titles.json);
    "Zanu-PF's Prisca Mupfumira", "the ANC's X" (a party's possessive before the name); "X, who is
    a member of the ruling Unity Party"."""
    doc, out = sent.doc, []
    # "(R-Texas)", ", D-Md.,": a party letter, a hyphen and a state
    k = m.end + (m.end < sent.end and doc[m.end].text in ("(", ","))
    if k + 1 < sent.end and doc[k].text in LETTERS and doc[k + 1].text in ("-", "–") and not doc[k].whitespace_:
        party = letter_party(r, doc[k].text)
        if party is not None:
            out.append(Position(m.entity, "member", party, si, "member:party-letter", 0.75, relation="MEMBER_OF"))
    # "Democratic Sen. X", "fellow Republican Gov. Y"
    j = m.start - 1
    titled = False
    while j >= sent.start and (doc[j].lower_ in US_POLITICAL_TITLES or doc[j].text == "."):
        titled = titled or doc[j].lower_ in US_POLITICAL_TITLES
        j -= 1
    if titled and j >= sent.start and doc[j].text in PARTY_ADJECTIVES and r.state.mention_at(j) is None:
        party = letter_party(r, PARTY_ADJECTIVES[doc[j].text])
        if party is not None:
            out.append(Position(m.entity, "member", party, si, "member:party-adjective", 0.7, relation="MEMBER_OF"))
    # "Lawmaker X (PDP)": a party's acronym in brackets right after the name
    if m.end + 2 < sent.end and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
        om = r.org_mention_at(mentions, m.end + 1)
        party = om.entity if om is not None and om.label == ORGANISATION else acronym_org(r, doc[m.end + 1].text)
        if party is not None and party_by_name(party):
            out.append(Position(m.entity, "member", party, si, "member:party-acronym", 0.7, relation="MEMBER_OF"))
    # "X, who belongs to the ruling Jubilee Party"
    root = doc[m.start:m.end].root
    verbs = [rel for rel in root.children if rel.dep_ == "relcl"] + ([root.head] if root.dep_ == "nsubj" else [])
    for rel in verbs:   # (and "X belongs to the Y Party"; "X, who was elected on the Y ticket")
        for t in (x for c in rel.children if c.dep_ == "prep" and c.lower_ in ("on", "under")
                  for x in c.children if x.dep_ == "pobj" and x.lemma_.lower() == "ticket") if stated(rel) else ():
            om = next((o for o in (r.org_mention_at(mentions, k.i) for k in t.subtree if k.i != t.i) if o is not None
                       and o.entity is not None and o.label == ORGANISATION), None)
            if om is not None and not is_institution(om):
                out.append(Position(m.entity, "member", om.entity, si, "member:ticket", 0.7, relation="MEMBER_OF"))
        if rel.lemma_ == "belong" and stated(rel):
            for p in (x for c in rel.children if c.dep_ == "prep" and c.lower_ == "to" for x in c.children if x.dep_ == "pobj"):
                om = r.org_mention_at(mentions, p.i)
                if om is not None and om.entity is not None and om.label == ORGANISATION and is_party(doc, om):
                    out.append(Position(m.entity, "member", om.entity, si, "member:belongs-to", 0.7, relation="MEMBER_OF"))
    # "Zanu-PF's Prisca Mupfumira", "the ruling ZANU-PF party's X"
    if m.start - 2 >= sent.start and doc[m.start - 1].text in ("'s", "’s"):
        om = r.org_mention_at(mentions, m.start - 2)
        if om is None and doc[m.start - 2].lower_ in PARTY_WORDS and m.start - 3 >= sent.start:
            om = r.org_mention_at(mentions, m.start - 3)
        if om is not None and om.entity is not None and om.label == ORGANISATION and is_party(doc, om):
            out.append(Position(m.entity, "member", om.entity, si, "member:party-possessive-name", 0.7,
                                relation="MEMBER_OF"))
    # "X, who is a member of the ruling Unity Party"
    root = doc[m.start:m.end].root
    for rel in root.children:
        if rel.dep_ == "relcl" and rel.lemma_ == "be" and stated(rel) and any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rel.children):
            out += member_attribute(r, rel, m, si, mentions, "member:relative-copula")
    return out
