"""Posts stated by a verb: "X, who leads the PTI party", "He leads the party", "named X to
head the State Council", "X had served as secretary of the council"."""
from __future__ import annotations

from dataclasses import replace

from graph.schema import ORGANISATION, PERSON

from .. import gazetteer as gz
from .. import doc_index
from ..doc_index import any_of
from ..lexicon import LEAD_VERBS, word_set
from ..mentions import Mention
from .facts import Position
from .appositions import title_phrase
from .joined_posts import joined_phrases, split_posts, title_led_attr
from .lead_clauses import chained_antecedent
from .titles import (ARTICLES, clean_title, has_head, hedged_simple, national_body, stated, title_tokens, without_leading)


def served_as(r, sent, si, mentions) -> list[Position]:
    """"Patrushev had served as secretary of the council since 2008": a post held."""
    out = []
    for tok in sent:
        if tok.lemma_ not in ("serve", "work") or hedged_simple(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        pobj = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
        if subj is None or pobj is None or pobj.lower_ not in gz.TITLE_HEADS:
            continue
        if subj.lower_ in ("who", "that") and tok.dep_ == "relcl":
            subj = tok.head   # "Tantawi, who had served as ...": the relative clause's noun
        m = r.state.mention_at(subj.i)
        person = m.entity if m is not None and m.label == PERSON else (
            chained_antecedent(r.state, subj) if subj.pos_ == "PRON" else None)
        if person is None:
            continue
        toks = list(sent.doc[pobj.left_edge.i:pobj.right_edge.i + 1])
        org = r.org_in_span(si, (toks[0].i, toks[-1].i + 1))
        of_the = [t for t in toks if t.dep_ == "pobj" and t.head.lower_ == "of" and t.pos_ == "NOUN"]
        if org is None and of_the:
            org = r.state.org_by_head(of_the[0].lower_)   # "of the council"
        title = " ".join(t.text for t in toks if t.i < (of_the[0].head.i if of_the else toks[-1].i + 1))
        title, former, country = clean_title(title.split())
        if org is None:
            org = r.org_for_title(title, country or r.state.country)
        if org is not None and title:
            r.add_title(person, title)
            out.append(Position(person, title, org, si, "served-as", 0.7, former=tok.tag_ in ("VBD", "VBN")))
    return out


def pronoun_leads(r, sent, si, mentions) -> list[Position]:
    """"He leads the United National Party": the pronoun's person leads it; "named X to
    head the State Council": the one named leads it."""
    out = []
    if not any_of(sent, LEAD_VERBS):   # (both readings need a lead verb in the sentence)
        return out
    doc = sent.doc
    lemmas, lowers = doc_index.written_lemmas(doc), doc_index.lowers(doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] not in LEAD_VERBS and lowers[i] not in ("he", "she"):
            continue   # (each reading needs one of these)
        tok = doc[i]
        if tok.lemma_ in LEAD_VERBS and tok.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in tok.children):
            obj = next((c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass", "oprd")), None)
            m = r.state.mention_at(obj.i) if obj is not None else None
            if m is not None and m.label == PERSON and m.entity is not None:
                for p in leads_verb(r, sent, si, m, mentions, tok):
                    out.append(replace(p, title="head" if tok.lemma_ == "head" else p.title, former=False))
        if tok.lower_ in ("he", "she") and tok.dep_ == "nsubj" and tok.head.lemma_ in LEAD_VERBS:
            person = chained_antecedent(r.state, tok)   # (through a run of "He ... he ..." sentences)
            if person is None:
                continue
            m = Mention(PERSON, tok.i, tok.i + 1, tok.text, si, person)
            out += leads(r, sent, si, m, mentions)
    return out


LEAD_TITLES = {"chair": "chair", "command": "commander", "head": "head"}


def led_by(r, sent, si, mentions) -> list[Position]:
    """"the opposition bloc Georgian Dream, led by X", "a commission headed by X", "the party
    is led by X": the agent of a passive lead verb leads the organisation it hangs on."""
    out = []
    if not any_of(sent, LEAD_VERBS):
        return out
    doc = sent.doc
    lemmas = doc_index.written_lemmas(doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] not in LEAD_VERBS:
            continue
        tok = doc[i]
        if tok.tag_ != "VBN" or _hedged_lead(tok):
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        # "led by Special Agent in Charge X": the person named in the agent phrase
        pm = None
        if agent is not None:   # the parse may hang the name outside the "by" phrase: take the first one after "by"
            for t in sent.doc[agent.i + 1:min(agent.i + 10, sent.end)]:
                x = r.state.mention_at(t.i)
                if x is not None and x.label == PERSON:
                    pm = x
                    break
                if t.is_punct or t.pos_ in ("VERB", "AUX"):
                    break
        if pm is None or pm.entity is None:
            continue
        if tok.dep_ in ("acl", "relcl"):
            owner = tok.head
        else:
            owner = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if owner is None:
            continue
        om = r.org_mention_at(mentions, owner.i) or next(
            (x for x in (r.org_mention_at(mentions, t.i) for t in owner.subtree if t.i < tok.i) if x), None)
        comma = owner.left_edge.i - 1
        if om is None and comma > sent.start and sent.doc[comma].text == ",":
            om = r.org_mention_at(mentions, comma - 1)   # "the Front, a group led by X"
        if om is None or om.entity is None:
            continue
        past = any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in tok.children)
        title = LEAD_TITLES.get(tok.lemma_, "leader")
        r.add_title(pm.entity, title)
        out.append(Position(pm.entity, title, om.entity, si, "led-by", 0.75, former=past))
    return out


def _hedged_lead(tok) -> bool:
    """A negated or modal passive ("could be led by X"); a certain future is stated: "The Ministry of
    Y will now be led by X", "the new agency will be headed by X" (a reshuffle's announcement)."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("would", "could", "may", "might"))
               for c in tok.children)


def leads(r, sent, si, m: Mention, mentions) -> list[Position]:
    """"Khan, who leads the PTI party", "Tantawi led the Supreme Council": the leader."""
    if not any_of(sent, LEAD_VERBS):   # (both verbs read are the sentence's lead verbs)
        return []
    root = sent.doc[m.start:m.end].root
    verbs = [c for c in root.children if c.dep_ == "relcl" and c.lemma_ in LEAD_VERBS]
    if root.dep_ == "nsubj" and root.head.lemma_ in LEAD_VERBS:
        verbs.append(root.head)
    out = []
    for v in verbs:
        out += leads_verb(r, sent, si, m, mentions, v)
    return out


TAKING_VERBS = word_set("links", "taking_verbs")   # data/links.json
CHARGE_NOUNS = word_set("links", "charge_nouns")
LEAVING_TO_TAKE = word_set("links", "leaving_to_take_verbs")


def takes_charge(r, sent, si, m: Mention, mentions) -> list[Position]:
    """"X will take charge of the Ministry of Investment", "X will take on the Plantation Industries
    Ministry portfolio", "to assume the leadership of the Alianza Pais movement", "took the helm of
    the bank": a body the person comes to lead (a post stated, not a membership)."""
    root = sent.doc[m.start:m.end].root
    clauses = ([root.head] if root.dep_ == "nsubj" else []) + [c for c in root.children if c.dep_ == "relcl"]
    clauses += [x for c in clauses for x in c.children if x.dep_ in ("xcomp", "advcl") and stated(c)
                and c.lemma_.lower() in LEAVING_TO_TAKE
                and not any(y.dep_ in ("nsubj", "nsubjpass") for y in x.children)]   # "left the government to assume ..."
    out = []
    for v in clauses:
        if v.lemma_.lower() in TAKING_VERBS and (stated(v) or v.head.lemma_.lower() in LEAVING_TO_TAKE or any(
                c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in v.children)):
            out += _charge_taken(r, si, m, mentions, v)
    return out[:1]


def _charge_taken(r, si, m: Mention, mentions, v) -> list[Position]:
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    if obj.lemma_.lower() in CHARGE_NOUNS:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        span = list(of.subtree) if of is not None else []
    elif obj.lemma_.lower() == "portfolio" and any(c.lower_ == "on" and c.dep_ == "prt" for c in v.children):
        span = [t for t in obj.subtree if t.i < obj.i]   # "take on the Plantation Industries Ministry portfolio"
    else:
        return []
    om = next((x for x in (r.org_mention_at(mentions, t.i) for t in span) if x is not None and x.entity is not None), None)
    if om is None:
        return []
    title = "head" if obj.lemma_.lower() != "portfolio" else "minister"
    r.add_title(m.entity, title)
    return [Position(m.entity, title, om.entity, si, "took-charge", 0.7, former=False)]


GOVERNMENT_NOUNS = word_set("links", "government_nouns")


def government_of(r, sent, si, m: Mention, mentions) -> list[Position]:
    """"the government of Prime Minister Viktor Yanukovych": the person heads the country's government
    (a body named as the text writes it, the story's country's). Not "X's cabinet", which news uses
    for a president's ministers ("Mugabe's cabinet")."""
    root = sent.doc[m.start:m.end].root
    gov = None
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
            and any(c.lower_ == "the" for c in root.head.head.children):
        gov = root.head.head
    country = r.state.country or r.state.country_hint
    if gov is None or gov.lemma_.lower() not in GOVERNMENT_NOUNS or country is None \
            or any(c.dep_ in ("amod", "compound") for c in gov.children):   # not "the interim government of"
        return []
    org = r.state.org_entity(gov.text.lower(), country)
    org.aliases.add(gov.text)
    known = [t for t in m.entity.titles if t.lower() in gz.HEADS_OF_STATE or t.lower().endswith("minister")]
    return [Position(m.entity, known[0] if known else "head of government", org, si, "heads-government", 0.65)]


def _inside_place(tok, obj) -> bool:
    """"chaired budget committees in Parliament": a body named only as where the led thing is
    ("in", "at", "within" under a common noun) is not what is led."""
    while tok.i != obj.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in ("in", "at", "within", "across") and tok.head.pos_ == "NOUN":
            return True
        tok = tok.head
    return False


def leads_verb(r, sent, si, m: Mention, mentions, v) -> list[Position]:
    """The organisation the object of a lead verb names, as a post of m's person."""
    out = []
    for c in v.children:
        om = None
        if c.dep_ == "dobj" and c.lower_ in ("which", "that") and v.dep_ == "relcl":
            om = r.org_mention_at(mentions, v.head.i)   # "The United Socialist Party, which Nepal heads"
        elif c.dep_ == "dobj":
            om = next((x for x in (r.org_mention_at(mentions, t.i) for t in c.subtree if not _inside_place(t, c))
                       if x), None)
            body = national_body(r, c) if om is None and c.is_lower else None
            if body is not None:   # "who leads the junta", "heads the central bank"
                om = Mention(ORGANISATION, c.i, c.i + 1, c.text, si, body)
        if om is not None and om.entity is not None:
            title = {"chair": "chair", "command": "commander"}.get(v.lemma_, "leader")
            r.add_title(m.entity, title)
            out.append(Position(m.entity, title, om.entity, si, "leads-organisation", 0.75,
                                former=v.tag_ == "VBD"))
    return out


def copula_post(r, sent, si, m: Mention, mentions) -> list[Position]:
    """"Mr. Komara is a top official at the African Export-Import Bank", "X was the head of Y":
    a post stated by "to be"; (round 23) also a capitalised title after its body's name ("X was a
    former Pima County Sheriff's Deputy")."""
    root = sent.doc[m.start:m.end].root
    if root.dep_ == "conj" and root.head.dep_ == "nsubj":
        root = root.head   # "Both Hashemi and Mutlaq are leaders of the bloc"
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        return title_subject_post(r, sent, si, m, mentions, root.head)
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return []
    attr = next((c for c in root.head.children if c.dep_ == "attr" and (c.pos_ == "NOUN" or (
        c.pos_ == "PROPN" and c.lower_ in gz.TITLE_HEADS and (any(   # (round 20) or its joined title's:
            x.dep_ == "prep" and x.lower_ in ("of", "for") for y in (c, *c.conjuncts) for x in y.children)
            or any(x.dep_ in ("poss", "compound") and r.org_mention_at(mentions, x.i) is not None
                   for x in c.lefts))))), None) \
        or title_led_attr(root.head)   # ("X is the Minister of Health"; "was Secretary of A and the B" hung on B)
    announced = attr is not None and any(c.lower_ == "new" for c in attr.children) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in root.head.children)
    if not stated(root.head) and not announced:
        return []   # "would nominate X to be ambassador", "denied he was a member": not a post held
    # ("X will be the new minister of justice": an appointment announced, the post is X's)
    if attr is None or not (attr.lemma_.lower() in gz.TITLE_HEADS or has_head([attr.text])
                            or attr == title_led_attr(root.head)):
        return []
    toks = title_tokens([t for t in sent.doc[attr.left_edge.i:attr.right_edge.i + 1]])
    # "the latest former president to be jailed at Barbadillo": the clause says what befell
    # the holder, not where the post is
    clause = next((c for c in attr.rights if c.dep_ in ("relcl", "acl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        or (attr.pos_ == "PROPN" and c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom", "whose"))), None)
    # (round 23) "was a former County Sheriff's Deputy who represented ...": the clause is the holder's
    # (a capitalised title only: "a former army officer who was ..." stays a membership, not read here)
    if clause is not None:
        toks = [t for t in toks if t.i < clause.left_edge.i]
    toks = without_leading(toks, ARTICLES + ("also", "now"))
    out = joined_phrases(r, split_posts(r, toks, mentions), si, m, mentions, "copula")
    if root.head.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in root.head.children):
        out = [replace(p, former=True) for p in out]
    return out


def title_subject_post(r, sent, si, m: Mention, mentions, be) -> list[Position]:
    """"The new Chief of Army will be Peter Kelly", "The chairman of the commission is X": the
    title is the subject, the name what it is; a possessive subject ("Its leader is X") is left to
    the rules that know its owner."""
    subj = next((c for c in be.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None or not has_head([subj.text]) or r.state.mention_at(subj.i) is not None \
            or any(c.dep_ == "poss" for c in subj.children):
        return []
    announced = any(c.lower_ in ("new", "next", "incoming") for c in subj.children) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in be.children)
    if not stated(be) and not announced:
        return []
    toks = title_tokens([t for t in sent.doc[subj.left_edge.i:subj.right_edge.i + 1]])
    toks = without_leading(toks, ARTICLES + ("new", "next", "incoming"))
    out = title_phrase(r, toks, si, m, mentions, "copula")
    if be.tag_ == "VBD":
        out = [replace(p, former=True) for p in out]
    return out


def pronoun_copula(r, sent, si, mentions) -> list[Position]:
    """"..., where he is a top official at the Bank", "She was the head of the agency": the
    post of the person the pronoun stands for."""
    out = []
    if not any_of(sent, ("he", "she")):
        return out
    for tok in sent:
        if tok.lower_ in ("he", "she") and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            person = chained_antecedent(r.state, tok)
            if person is not None:
                out += copula_post(r, sent, si, Mention(PERSON, tok.i, tok.i + 1, tok.text, si, person), mentions)
    return out


ELECTING = frozenset({"elect", "name", "appoint", "choose", "pick", "make", "select", "vote"})


def elected_its_title(r, sent, si, mentions) -> list[Position]:
    """"the Liberal Democratic Party elected Shinzo Abe its new leader", "the board named X its
    chairman": the subject body's post ("its") goes to the one elected."""
    out = []
    if not any_of(sent, ELECTING):
        return out
    for v in sent:
        if v.lemma_ not in ELECTING or v.pos_ != "VERB":
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None:
            continue
        pm = r.state.mention_at(obj.i)
        om = next((x for x in (r.org_mention_at(mentions, t.i) for t in subj.subtree) if x), None)
        if pm is None or pm.label != PERSON or pm.entity is None or om is None or om.entity is None:
            continue
        title_tok = next((c for c in list(obj.children) + list(v.children)
                          if c.dep_ in ("appos", "oprd", "xcomp", "dobj", "attr") and c.i > obj.i
                          and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)), None)
        if title_tok is None or not has_head([title_tok.text]):
            continue
        words = [c.text for c in title_tok.lefts if c.dep_ in ("compound", "amod") and c.lower_ not in ("new", "next")]
        title = " ".join(words + [title_tok.text])
        r.add_title(pm.entity, title)
        out.append(Position(pm.entity, title, om.entity, si, "elected-its-title", 0.75))
    return out
