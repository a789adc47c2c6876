"""Positions: who holds which post where, read from titles and appositions.

Three shapes cover most news prose:
  title before the name   "Deputy Defense Minister Timur Ivanov", "FSB director X"
  apposition after it     "Vadim Shamarin, head of the communications department of the General Staff"
  apposition before it    "the chief of the General Staff, General Valery Gerasimov"
A title names its institution outright ("of the General Staff"), through a ministry
domain ("Defense Minister" -> Ministry of Defense), or through a country for heads of
state ("Russian President" -> Russia).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from graph.schema import ORGANISATION, PERSON

from . import gazetteer as gz
from .mentions import EntityBuild, Mention

MODIFIERS = {"deputy", "first", "vice", "prime", "acting", "former", "ex", "then", "senior", "veteran",
             "top", "chief", "assistant", "interim", "outgoing", "incoming", "new", "powerful",
             "longtime", "long-time", "sacked", "ousted", "disgraced", "jailed", "arrested",
             "detained", "late", "current", "retired", "influential", "prominent", "regional",
             "local", "military", "federal", "state", "national", "defence", "defense", "general",
             "deputy-"}
DROP_WORDS = {"veteran", "powerful", "longtime", "long-time", "sacked", "ousted", "disgraced",
              "jailed", "arrested", "detained", "late", "influential", "prominent", "then",
              "new", "current", "outgoing", "incoming", "retired"}
RANK_WORDS = frozenset(w for r in gz.RANKS for w in r.split())
# National bodies a title can name by a single word: "Army chief", "police commissioner"
BODY_WORDS = gz.BODY_WORDS | {"intelligence", "customs", "parliament", "party"}
LEAD_VERBS = {"lead", "head", "chair", "run", "command"}
STOP_APPOS = {",", ".", ";", ":", "whose", "who", "which", "and", ")", "(", "—", "–", "-", "“", "”", '"'}


@dataclass
class Position:
    person: EntityBuild
    title: str
    org: EntityBuild | None
    sent_index: int
    rule: str
    strength: float
    former: bool = False
    unit: EntityBuild | None = None  # a department of org that the person heads


def _is_title_word(tok) -> bool:
    w = tok.lower_
    return (w in gz.TITLE_HEADS or w in MODIFIERS or w in gz.domain_forms()
            or bool(gz.country_of(tok.text)) or w in gz.TITLE_WORDS or w in BODY_WORDS
            or (w in ("state", "staff") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "of"))


def _has_head(words: list[str]) -> bool:
    return any(w.lower() in gz.TITLE_HEADS for w in words)


def _clean_title(words: list[str]) -> tuple[str, bool, str | None]:
    """(title, former?, country) from the words of a title phrase."""
    former = any(w.lower() in ("former", "ex", "ex-") for w in words)
    country = None
    kept = []
    for w in words:
        lw = w.lower()
        if lw in ("former", "ex", "ex-", "the", "a", "an") or lw in DROP_WORDS:
            continue
        c = gz.country_of(w)
        if c and not kept:
            country = country or c
            continue
        kept.append(w)
    # "Defence Minister Field Marshal": the rank after the post is not part of the post
    heads = [k for k, w in enumerate(kept) if w.lower() in gz.TITLE_HEADS and w.lower() not in RANK_WORDS]
    if heads:
        while len(kept) > heads[0] + 1 and kept[-1].lower() in RANK_WORDS:
            kept.pop()
    return " ".join(kept).strip(" ,"), former, country


def hedged_simple(tok) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might"))
               for c in tok.children)


def core_title(title: str) -> str:
    """"Deputy Governor" and "Governor" are the same post at one institution; "Prime Minister"
    and "defence minister" are not."""
    return " ".join(w for w in title.lower().split() if w not in ("deputy", "first", "vice", "acting",
                                                                   "former", "interim", "senior", "assistant"))


class PositionReader:
    def __init__(self, state):
        self.state = state  # extract.ArticleState: entities, mentions, default country

    # -- institutions from titles -------------------------------------------------
    def org_for_title(self, title: str, country: str | None) -> EntityBuild | None:
        words = title.split()
        lw = [w.lower() for w in words]
        st = self.state
        joined = " ".join(w for w in lw if w not in ("deputy", "acting", "former", "interim", "shadow", "the"))
        for rec in gz.data().get("title_orgs", []):
            # "home secretary" is the Home Office's in Britain, "secretary of state" the State Department's in the US
            if joined == rec["title"].replace("the ", "") and (country is None or country == rec["country"]):
                if country == rec["country"] or st.country == rec["country"] or rec.get("unambiguous"):
                    return st.org_entity(rec["org"], rec["country"])
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                dom = gz.domain_forms().get(" ".join(lw[i:j]))
                if dom and any(h in lw for h in ("minister", "ministers", "attaché", "attache",
                                                  "secretary", "spokesman", "spokeswoman",
                                                  "spokesperson")):
                    return st.org_entity(f"Ministry of {dom}", country or st.country_hint)
        if "party" in lw and any(w in gz.TITLE_HEADS for w in lw if w != "party"):
            return st.org_by_head("party")   # "party General Secretary X": the article's party
        body = next((w for w in lw if w in BODY_WORDS and w not in ("military", "intelligence", "party")), None)
        country_or_hint = country or st.country_hint
        if body and any(w in gz.TITLE_HEADS for w in lw if w != body) and country_or_hint:
            return st.org_entity(body, country_or_hint)   # "Army chief" -> the Bangladeshi army
        head = " ".join(w for w in lw if w not in ("deputy", "first", "acting", "vice") or
                        " ".join(lw) in gz.HEADS_OF_STATE)
        if (" ".join(lw) in gz.HEADS_OF_STATE or head in gz.HEADS_OF_STATE) and country:
            return st.country_entity(country)
        return None

    def from_events(self, facts) -> list[Position]:
        """"appointed X as the new defence minister", "sacked X as home secretary": the
        post an appointment or a dismissal names."""
        out = []
        for f in facts:
            if f.position and f.predecessor is not None and not f.rule.startswith("noun:"):
                # "X was named chancellor in his place": the one replaced held that post
                out += [replace(p, person=f.predecessor, former=True, rule="replaced-in-post", strength=0.65)
                        for p in self.from_events([replace(f, type="APPOINTMENT", subjects=[f.successor],
                                                           predecessor=None, successor=None, extra={})])]
            if f.position and f.successor is not None and f.extra.get("no_event"):
                f = replace(f, subjects=[f.successor], extra={})   # "X ... as defence minister in place of Y"
            if f.position and f.type in ("APPOINTMENT", "DISMISSAL", "SUSPENSION", "NOMINATION", "RESIGNATION") \
                    and not f.extra.get("no_event"):
                title, former, country = _clean_title(f.position.split())
                span = f.extra.get("position_span")
                named = self._org_in_span(f.sent_index, span) if span else None
                if named is not None:   # "as secretary of Russia's Security Council": the post names its body
                    org = named
                    title = re.split(r"\s+(?:of|at|in)\s+", title)[0]
                else:
                    org = self.org_for_title(title, country or self.state.country) if _has_head(title.split()) else None
                if org is None and f.agent is not None and f.agent.label == ORGANISATION and _has_head(title.split()):
                    org = f.agent   # "the House voted to remove McCarthy as speaker": the House's speaker
                for subj in f.subjects:
                    if org is not None and subj.label == PERSON:
                        self._add_title(subj, title)
                        out.append(Position(subj, title, org, f.sent_index, f"event-post:{f.type.lower()}", 0.75,
                                            former or f.type in ("DISMISSAL", "SUSPENSION", "RESIGNATION")))
        return out

    # -- the shapes -------------------------------------------------------------------
    def read(self, sent, si: int, mentions: list[Mention]) -> list[Position]:
        out: list[Position] = []
        persons = [m for m in mentions if m.label == PERSON and m.entity is not None]
        for m in persons:
            out += self._before(sent, si, m, mentions)
            out += self._appos_after(sent, si, m, mentions)
            out += self._appos_before(sent, si, m, mentions)
            out += self._leads(sent, si, m, mentions)
        out += self._pronoun_leads(sent, si, mentions)
        out += self._served_as(sent, si, mentions)
        for p in out:
            if p.org is not None and p.unit is None:
                self.state.title_orgs.setdefault(core_title(p.title), p.org)
                if not p.former:
                    self.state.title_holders.setdefault(p.title.split()[-1].lower(), []).append(p.person)
        return out

    def _org_in_span(self, si: int, span: tuple[int, int]):
        ms = [m for m in self.state.mentions if m.sent_index == si and m.label == ORGANISATION
              and m.entity is not None and span[0] <= m.start < span[1]]
        return ms[-1].entity if ms else None

    def _served_as(self, sent, si, mentions) -> list[Position]:
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
            m = self.state.mention_at(subj.i)
            person = m.entity if m is not None and m.label == PERSON else (
                self.state.antecedent(subj, prefer_subject=True) if subj.pos_ == "PRON" else None)
            if person is None:
                continue
            toks = list(sent.doc[pobj.left_edge.i:pobj.right_edge.i + 1])
            org = self._org_in_span(si, (toks[0].i, toks[-1].i + 1))
            of_the = [t for t in toks if t.dep_ == "pobj" and t.head.lower_ == "of" and t.pos_ == "NOUN"]
            if org is None and of_the:
                org = self.state.org_by_head(of_the[0].lower_)   # "of the council"
            title = " ".join(t.text for t in toks if t.i < (of_the[0].head.i if of_the else toks[-1].i + 1))
            title, former, country = _clean_title(title.split())
            if org is None:
                org = self.org_for_title(title, country or self.state.country)
            if org is not None and title:
                self._add_title(person, title)
                out.append(Position(person, title, org, si, "served-as", 0.7, former=tok.tag_ in ("VBD", "VBN")))
        return out

    def _pronoun_leads(self, sent, si, mentions) -> list[Position]:
        """"He leads the United National Party": the pronoun's person leads it; "named X to
        head the State Council": the one named leads it."""
        out = []
        for tok in sent:
            if tok.lemma_ in LEAD_VERBS and tok.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in tok.children):
                obj = next((c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass", "oprd")), None)
                m = self.state.mention_at(obj.i) if obj is not None else None
                if m is not None and m.label == PERSON and m.entity is not None:
                    for p in self._leads_verb(sent, si, m, mentions, tok):
                        out.append(replace(p, title="head" if tok.lemma_ == "head" else p.title, former=False))
            if tok.lower_ in ("he", "she") and tok.dep_ == "nsubj" and tok.head.lemma_ in LEAD_VERBS:
                person = self.state.antecedent(tok, prefer_subject=True)
                if person is None:
                    continue
                m = Mention(PERSON, tok.i, tok.i + 1, tok.text, si, person)
                out += self._leads(sent, si, m, mentions)
        return out

    def _leads(self, sent, si, m: Mention, mentions) -> list[Position]:
        """"Khan, who leads the PTI party", "Tantawi led the Supreme Council": the leader."""
        root = sent.doc[m.start:m.end].root
        verbs = [c for c in root.children if c.dep_ == "relcl" and c.lemma_ in LEAD_VERBS]
        if root.dep_ == "nsubj" and root.head.lemma_ in LEAD_VERBS:
            verbs.append(root.head)
        out = []
        for v in verbs:
            out += self._leads_verb(sent, si, m, mentions, v)
        return out

    def _leads_verb(self, sent, si, m: Mention, mentions, v) -> list[Position]:
        """The organisation the object of a lead verb names, as a post of m's person."""
        out = []
        for c in v.children:
            om = None
            if c.dep_ == "dobj":
                om = next((x for x in (self._org_mention_at(mentions, t.i) for t in c.subtree) if x), None)
            if om is not None and om.entity is not None:
                title = {"chair": "chair", "command": "commander"}.get(v.lemma_, "leader")
                self._add_title(m.entity, title)
                out.append(Position(m.entity, title, om.entity, si, "leads-organisation", 0.75,
                                    former=v.tag_ == "VBD"))
        return out

    def _org_mention_at(self, mentions, i):
        for m in mentions:
            if m.label == ORGANISATION and m.start <= i < m.end:
                return m
        return None

    def _before(self, sent, si, m: Mention, mentions) -> list[Position]:
        doc = sent.doc
        i = m.start - 1
        words = []
        org_m = None
        while i >= sent.start:
            tok = doc[i]
            om = self._org_mention_at(mentions, i)
            if om is not None and words:
                org_m = om
                break
            if tok.text in ("’s", "'s") and i - 1 >= sent.start and self._org_mention_at(mentions, i - 1) and words:
                org_m = self._org_mention_at(mentions, i - 1)
                break
            if tok.text in ("’s", "'s") and i - 1 >= sent.start and gz.country_of(doc[i - 1].text) and words:
                words.insert(0, doc[i - 1].text)   # "Bangladesh's Prime Minister X"
                break
            if tok.lower_ == "of" and words and i - 1 >= sent.start and doc[i - 1].lower_ in gz.TITLE_HEADS:
                words.insert(0, tok.text)   # "Secretary of State", "Chief of Staff"
                i -= 1
                continue
            if not _is_title_word(tok) or tok.is_punct or (tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBD", "VBZ", "VBP")):
                break
            if tok.lower_ in BODY_WORDS and not (words and words[0].lower() in gz.TITLE_HEADS):
                break   # "police arrested ..." is not a title; "Army chief" is
            words.insert(0, tok.text)
            i -= 1
        if not words:
            return []
        for w in words:
            if w.lower() in gz.OCCUPATIONS or w.lower() in gz.RANKS:
                m.entity.titles.append(w) if w not in m.entity.titles else None
        if not _has_head(words):
            return []
        title, former, country = _clean_title(words)
        if not title or all(w.lower() in gz.RANKS or w.lower() in gz.OCCUPATIONS for w in title.split()):
            self._add_title(m.entity, title)
            return []
        self._add_title(m.entity, title)
        if org_m is not None:
            return [Position(m.entity, title, org_m.entity, si, "title-before-name:org", 0.85, former)]
        org = self.org_for_title(title, country or self.state.country)
        if org is None and country and title.lower() in gz.HEADS_OF_STATE:
            org = self.state.country_entity(country)
        if org is None:
            # "Deputy Governor X" after "Central Bank of Nigeria Governor Y": the same institution
            org = self.state.title_orgs.get(core_title(title))
            if org is None:
                return []
            return [Position(m.entity, title, org, si, "title-before-name:same-post", 0.7, former)]
        return [Position(m.entity, title, org, si, "title-before-name", 0.85, former)]

    def _phrase_after(self, sent, start: int) -> list:
        doc = sent.doc
        toks = []
        i = start
        while i < sent.end and doc[i].text not in STOP_APPOS and len(toks) < 18:
            toks.append(doc[i])
            i += 1
        return toks

    def _appos_after(self, sent, si, m: Mention, mentions) -> list[Position]:
        doc = sent.doc
        if m.end >= sent.end or doc[m.end].text != ",":
            return []
        start = m.end + 1
        if start + 1 < sent.end and doc[start].like_num and doc[start + 1].text == ",":
            start += 2   # "Patrushev, 72, a former director of ..."
        if start + 1 < sent.end and doc[start].lower_ == "who" and doc[start + 1].lemma_ == "be":
            start += 2   # "X, who is also foreign minister"
        toks = self._phrase_after(sent, start)
        # "X, who is the ..." / "X, now the ..."
        while toks and toks[0].lower_ in ("who", "is", "was", "has", "been", "now", "currently", "serves", "served",
                                          "as", "also", "still"):
            toks = toks[1:]
        if not toks or toks[0].pos_ == "VERB" or toks[0].tag_ in ("VBD", "VBZ", "VBN", "VBG"):
            return []
        head_idx = next((k for k, t in enumerate(toks[:5]) if t.lower_ in gz.TITLE_HEADS), None)
        if head_idx is None:
            return []
        if any(t.pos_ == "VERB" and t.lower_ not in MODIFIERS for t in toks[:head_idx]):
            return []
        return self._title_phrase(toks, si, m, mentions, "apposition-after")

    def _title_phrase(self, toks, si, m: Mention, mentions, rule) -> list[Position]:
        """A title phrase of tokens: 'head of the X department of the Y', 'former UK Defense Attaché in Moscow'."""
        org_ms = []
        for t in toks:
            om = self._org_mention_at(mentions, t.i)
            if om is not None and om not in org_ms:
                org_ms.append(om)
        words = [t.text for t in toks]
        if org_ms:
            org_m = org_ms[-1]
            cut = [t for t in toks if t.i < org_m.start]
            if len(cut) >= 2 and cut[-1].lower_ in ("’s", "'s"):   # "commander of Russia's 58th Army"
                cut = cut[:-1]
                while cut and cut[-1].text[:1].isupper() and cut[-1].lower_ not in gz.TITLE_HEADS:
                    cut = cut[:-1]
            while cut and cut[-1].lower_ in ("of", "the", "at", "in", "for", "’s", "'s"):
                cut = cut[:-1]
            title, former, country = _clean_title([t.text for t in cut])
            if not title or not _has_head(title.split()):
                return []
            self._add_title(m.entity, title)
            out = [Position(m.entity, title, org_m.entity, si, rule, 0.85, former)]
            unit = re.match(r"^(head|chief|director|commander|chairman|chair)\s+of\s+(?:the\s+)?(.+)$", title, re.I)
            if unit and not self._org_mention_at(mentions, cut[-1].i) and unit.group(2).lower() not in ("office", "offices"):
                unit_name = f"{unit.group(2)} of the {org_m.entity.name}"
                u = self.state.unit_entity(unit_name, unit.group(2), org_m.entity)
                out.append(Position(m.entity, unit.group(1).lower(), u, si, rule + ":unit", 0.8, former, unit=u))
            return out
        # "the leader of the party": an institution named by its head word alone
        if len(toks) >= 3 and toks[-2].lower_ == "the" and toks[-3].lower_ == "of" and toks[-1].pos_ == "NOUN":
            org = self.state.org_by_head(toks[-1].lower_)
            title, former, _ = _clean_title([t.text for t in toks[:-3]])
            if org is not None and title and _has_head(title.split()):
                self._add_title(m.entity, title)
                return [Position(m.entity, title, org, si, rule + ":described-org", 0.7, former)]
        # "the bureau's deputy director": an institution named by its head word
        owner = next((t for t in toks[:-1] if toks[toks.index(t) + 1].lower_ in ("’s", "'s")
                      and t.pos_ == "NOUN"), None)
        if owner is not None:
            org = self.state.org_by_head(owner.lower_)
            rest = [t.text for t in toks[toks.index(owner) + 2:]]
            title, former, _ = _clean_title(rest)
            if org is not None and title and _has_head(title.split()):
                self._add_title(m.entity, title)
                return [Position(m.entity, title, org, si, rule + ":described-org", 0.7, former)]
        title, former, country = _clean_title(words)
        if not title or not _has_head(title.split()[:4]):
            return []
        self._add_title(m.entity, title)
        org = self.org_for_title(title, country or self.state.country)
        if org is None:
            return []
        return [Position(m.entity, title, org, si, rule, 0.75, former)]

    def _appos_before(self, sent, si, m: Mention, mentions) -> list[Position]:
        """'..., the chief of the General Staff, General Valery Gerasimov'; 'Its leader, X'."""
        doc = sent.doc
        i = m.start - 1
        while i >= sent.start and doc[i].lower_ in gz.RANKS:
            i -= 1
        if i < sent.start or doc[i].text != ",":
            return []
        # "Its leader, Rached Ghannouchi": the institution the sentence before was about
        j = i - 1
        title_toks = []
        while j >= sent.start and doc[j].lower_ in gz.TITLE_HEADS | MODIFIERS:
            title_toks.insert(0, doc[j])
            j -= 1
        if title_toks and j >= sent.start and doc[j].lower_ in ("its", "their") and _has_head([t.text for t in title_toks]):
            org = self.state.last_org_before(si, doc[j].i)
            if org is not None:
                title = " ".join(t.text for t in title_toks)
                self._add_title(m.entity, title)
                return [Position(m.entity, title, org, si, "apposition-before:its", 0.7)]
        org_m = self._org_mention_at(mentions, i - 1)
        if org_m is None:
            return self._plural_title_before(sent, si, m, i)
        j = org_m.start - 1
        toks = []
        while j >= sent.start and doc[j].text not in STOP_APPOS and len(toks) < 8:
            toks.insert(0, doc[j])
            if doc[j].lower_ in gz.TITLE_HEADS:
                break
            j -= 1
        if not toks or toks[0].lower_ not in gz.TITLE_HEADS:
            return []
        if any(not (_is_title_word(t) or t.lower_ in ("of", "the", "at", "in", "for", "'s", "’s")) for t in toks):
            return []   # "adviser while keeping his job at the State Department" is not a title
        former = j - 1 >= sent.start and doc[j - 1].lower_ in ("former", "ex")
        title = " ".join(t.text for t in toks) + " " + org_m.text
        title = title[0].upper() + title[1:]
        self._add_title(m.entity, title)
        return [Position(m.entity, title, org_m.entity, si, "apposition-before", 0.8, former)]

    def _plural_title_before(self, sent, si, m: Mention, comma: int) -> list[Position]:
        """"the former defence minister, X" / "two former defence ministers, X and Y"."""
        doc = sent.doc
        j, toks = comma - 1, []
        while j >= sent.start and (_is_title_word(doc[j]) or doc[j].lower_.rstrip("s") in gz.TITLE_HEADS
                                   or (doc[j].lower_ == "of" and toks and toks[0].lower_ in BODY_WORDS | {"staff"})) \
                and not doc[j].is_punct:
            toks.insert(0, doc[j])
            j -= 1
        words = [t.text[:-1] if t.lower_.endswith("ministers") or t.lower_.endswith("chiefs") else t.text for t in toks]
        if not toks or not _has_head(words) or (toks[-1].lower_.rstrip("s") not in gz.TITLE_HEADS
                                                and toks[-1].lower_ not in BODY_WORDS | {"staff"}):
            return []
        if j >= sent.start and doc[j].lower_ not in ("the", "his", "her", "its", "their", "two", "three", "both", "a",
                                                      "'s", "’s"):
            return []
        title, former, country = _clean_title(words)
        inside = [self.state.mention_at(t.i) for t in toks]
        inside = [x for x in inside if x is not None and x.label == ORGANISATION and x.entity is not None]
        org = inside[-1].entity if inside else self.org_for_title(title, country or self.state.country)
        if inside:   # "military chief of staff": the body is named inside the title
            title = " ".join(t.text for t in toks if self.state.mention_at(t.i) is None)
        if org is None:
            return []
        self._add_title(m.entity, title)
        out = [Position(m.entity, title, org, si, "apposition-before:title", 0.7, former)]
        root = doc[m.start:m.end].root
        for c in root.conjuncts:   # "..., Li Shangfu and Wei Fenghe"
            cm = self.state.mention_at(c.i)
            if cm is not None and cm.label == PERSON and cm.entity is not None and cm.entity is not m.entity:
                self._add_title(cm.entity, title)
                out.append(Position(cm.entity, title, org, si, "apposition-before:title", 0.7, former))
        return out

    @staticmethod
    def _add_title(ent: EntityBuild, title: str) -> None:
        if title and title not in ent.titles:
            ent.titles.append(title)
