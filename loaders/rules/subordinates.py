"""Who answers to whom, stated by a possessive before a subordinate's title: "his chief of
staff John Harris", "replaced by his deputy, Nguyen Huy Hieu", "Putin's spokesman Dmitry
Peskov". Gives SUBORDINATE_OF (the subordinate -> the owner of the title)."""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from ..doc_index import any_of
from .facts import Position
from .per_story import the_one
from .titles import stated

SUBORDINATE_HEADS = {"deputy", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
                     "assistant", "lieutenant", "protege", "protégé", "secretary", "staff", "chief-of-staff", "camp",
                     "minister", "envoy"}   # "Putin's defence minister X", "his envoy X"
OWNED_BY_NAME = {"aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "confidant", "protege",
                 "protégé", "envoy"}   # "Bush adviser X" (not "Putin minister X")
HYPHENED = {"-", "de", "aide"}   # "aide-de-camp": the parts of a hyphened subordinate's title
TITLE_FILLER = {"chief", "of", "first", "senior", "top", "longtime", "long-time", "former", "personal",
                "press", "security", "national", "political", "economic", "legal", "military", "close",
                "defence", "defense", "foreign", "finance", "interior", "special", "prime"}


def subordination(r, sent, si, m, mentions) -> list[Position]:
    doc = sent.doc
    j = m.start - 1
    while j >= sent.start and doc[j].lower_.rstrip(".") in gz.RANKS:   # "Erdogan's aide-de-camp Colonel X"
        j -= 1
    if j >= sent.start and doc[j].text == ",":
        j -= 1
    # "Special Adviser to the President on Media and Publicity, X": past the portfolio and the one advised
    k = j
    while k > sent.start and k > j - 6 and (doc[k].is_title or doc[k].lower_ in ("and", "&")) and doc[k].lower_ not in SUBORDINATE_HEADS:
        k -= 1
    if k < j and doc[k].lower_ in ("on", "for") and k - 1 >= sent.start:
        j = k - 1
    advised = None
    if j - 2 >= sent.start and doc[j].lower_ in gz.TITLE_HEADS and doc[j - 1].lower_ == "the" and doc[j - 2].lower_ == "to":
        advised, j = doc[j], j - 3
    words = []
    while j >= sent.start and (doc[j].lower_ in SUBORDINATE_HEADS or doc[j].lower_ in TITLE_FILLER
                               or (doc[j].lower_ in HYPHENED and not doc[j].whitespace_)):
        words.insert(0, doc[j])
        j -= 1
    if not words or not any(w.lower_ in SUBORDINATE_HEADS for w in words) or (j < sent.start and advised is None):
        return []
    owner = None
    if advised is not None:
        owner = r.state.person_by_title(advised.lower_, r.state.current_si)
    elif doc[j].lower_ in ("his", "her"):
        owner = r.state.antecedent(doc[j], exclude=m.entity, prefer_subject=True)
    elif doc[j].text in ("'s", "’s") and j - 1 >= sent.start:
        owner = _owner_person(r, doc[j - 1], m.entity)
    elif words[-1].lower_ in OWNED_BY_NAME:
        # "top Bush adviser Karl Rove", "Putin aide X": a person's name right before the title
        om = r.state.mention_at(j)
        owner = om.entity if om is not None and om.label == PERSON and om.end == j + 1 else _by_surname(r, doc[j])
    if owner is None or owner is m.entity or owner.label != PERSON:
        return []
    title = " ".join(w.text for w in words)
    return [Position(m.entity, title, owner, si, "subordinate:possessive", 0.7, relation="SUBORDINATE_OF")]


def _by_surname(r, tok):
    """The one person of the article whose name ends with tok ("Bush" in "top Bush adviser X",
    which the name finder left untagged), or None."""
    if tok.pos_ != "PROPN" or not tok.is_title:
        return None
    hits = {e.id: e for e in r.state.ents.values() if e.label == PERSON and e.name.split()[-1] == tok.text}
    return the_one(hits.values())


def _owner_person(r, tok, exclude):
    """The person a possessive before a title names: "Compaoré's", "his" (not the subordinate)."""
    if tok.lower_ in ("his", "her"):
        return r.state.antecedent(tok, exclude=exclude, prefer_subject=True)
    om = r.state.mention_at(tok.i)
    if om is None and tok.lower_ in gz.TITLE_HEADS and (tok.is_lower or tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"):
        # "the president's chief of staff", "the President's Special Adviser"
        return r.state.person_by_title(tok.lower_, r.state.current_si)
    return om.entity if om is not None and om.label == PERSON else None


def climb(n):
    """The verb a title noun hangs on ("was his aide": was; "served as his aide": served)."""
    return n.head.head if n.dep_ == "pobj" else n.head


def subordination_after(r, sent, si, m, mentions) -> list[Position]:
    """"X, Putin's spokesman, said", "Diendéré was previously Compaoré's chief of staff",
    "X, an adviser to President Y":
    a subordinate's title owned by another person, in apposition or after "to be"."""
    root = sent.doc[m.start:m.end].root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    # "X, who served as his special assistant"
    nouns += [p for rel in root.children if rel.dep_ == "relcl" and rel.lemma_ in ("serve", "work", "act")
              for c in rel.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    out = []
    for n in nouns:
        if n.lower_ not in SUBORDINATE_HEADS and not (n.lower_ == "chief" and "staff" in [t.lower_ for t in n.subtree]):
            continue
        poss = next((c for c in n.children if c.dep_ == "poss"), None)
        owner = _owner_person(r, poss, m.entity) if poss is not None else None
        to = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if owner is None and to is not None:   # "X, an adviser to President Y", "a close aide to Y"
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            pm = r.state.mention_at(pobj.i) if pobj is not None else None
            if pm is not None and pm.label == PERSON and pm.entity is not m.entity:
                owner, poss = pm.entity, to
        if owner is None or owner is m.entity or owner.label != PERSON:
            continue
        words = [t.text for t in n.subtree if (t.i > poss.right_edge.i or poss.dep_ == "prep" and t.i <= n.i)
                 and t.lower_ in SUBORDINATE_HEADS | TITLE_FILLER]
        out.append(Position(m.entity, " ".join(words) or n.text, owner, si, "subordinate:possessive-after", 0.7,
                            former=n.dep_ in ("attr", "pobj") and climb(n).tag_ == "VBD", relation="SUBORDINATE_OF"))
    return out


def deputies(r, positions: list[Position]) -> list[Position]:
    """"foreign minister Win Aung and his deputy Khin Maung Win": a deputy of a post's holder
    holds the deputy post at the same body."""
    held = {}
    for p in positions:
        if p.relation == "HOLDS_POSITION" and p.org is not None and p.unit is None:
            held.setdefault(p.person.id, p)
    out = []
    for p in positions:
        if p.relation != "SUBORDINATE_OF" or p.title.lower() not in ("deputy", "first deputy"):
            continue
        boss = held.get(p.org.id) or r.posts.get(p.org.id)
        if boss is None or boss.title.lower().startswith("deputy") or boss.former \
                or boss.rule.startswith(("event-post", "replaced-in-post")):
            continue   # a post the owner is only named to, or has left, is not the one the deputy serves in
        title = f"{p.title} {boss.title}"
        r.add_title(p.person, title)
        out.append(Position(p.person, title, boss.org, p.sent_index, "deputy-of-holder", 0.7, former=p.former))
    return out


def reports_to(r, sent, si, mentions) -> list[Position]:
    """"X, who reports directly to the president", "X answers to Y": X is Y's subordinate (Y
    named, or the one holder of the title Y is called by)."""
    out = []
    if not any_of(sent, ("report", "answer")):
        return out
    for tok in sent:
        if tok.lemma_.lower() not in ("report", "answer") or not stated(tok):
            continue
        if tok.tag_ not in ("VBZ", "VBP") and not any(c.lower_ == "directly" for c in tok.children):
            continue   # "reported to the police that ...": telling, not answering to
        to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if pobj is None or subj is None:
            continue
        if subj.lower_ in ("who", "that") and tok.dep_ == "relcl":
            subj = tok.head
        sm, bm = r.state.mention_at(subj.i), r.state.mention_at(pobj.i)
        person = sm.entity if sm is not None and sm.label == PERSON else None
        boss = bm.entity if bm is not None and bm.label == PERSON else (
            r.state.person_by_title(pobj.lower_, si) if pobj.is_lower and pobj.lower_ in gz.TITLE_HEADS else None)
        if person is not None and boss is not None and boss is not person:
            out.append(Position(person, "reports to", boss, si, "subordinate:reports-to", 0.7,
                                relation="SUBORDINATE_OF"))
    return out
