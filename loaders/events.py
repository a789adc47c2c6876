"""Events from trigger words in their dependency context: who did what to whom, when.

A verb trigger ("dismissed", "was arrested") takes its subject from the object (or
the passive subject) and its agent from the grammatical subject (or "by ..."); a
participle with no subject of its own ("..., replacing him with X") inherits the agent
of the clause it hangs on. Noun triggers read "the arrest of X", "X's arrest", "whose
arrest". Hedged statements ("will be removed", "could be arrested", "called for his
dismissal") are not facts and are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.schema import ORGANISATION, PERSON

from .gazetteer import TITLE_WORDS
from .mentions import EntityBuild

VERBS = {
    "arrest": "ARREST", "detain": "ARREST", "apprehend": "ARREST",
    "dismiss": "DISMISSAL", "fire": "DISMISSAL", "sack": "DISMISSAL", "oust": "DISMISSAL",
    "remove": "DISMISSAL", "relieve": "DISMISSAL", "depose": "DISMISSAL", "axe": "DISMISSAL",
    "demote": "DISMISSAL", "expel": "DISMISSAL",
    "appoint": "APPOINTMENT", "reappoint": "APPOINTMENT", "name": "APPOINTMENT", "install": "APPOINTMENT",
    "promote": "APPOINTMENT",
    "designate": "APPOINTMENT", "tap": "APPOINTMENT",
    "nominate": "NOMINATION", "propose": "NOMINATION",
    "resign": "RESIGNATION", "quit": "RESIGNATION",
    "charge": "CHARGE", "indict": "CHARGE",
    "convict": "CONVICTION", "sentence": "SENTENCE", "jail": "SENTENCE", "imprison": "SENTENCE",
    "release": "RELEASE", "free": "RELEASE", "suspend": "SUSPENSION",
}
NOUNS = {
    "arrest": "ARREST", "detention": "ARREST",
    "dismissal": "DISMISSAL", "ouster": "DISMISSAL", "sacking": "DISMISSAL", "removal": "DISMISSAL",
    "firing": "DISMISSAL",
    "appointment": "APPOINTMENT", "nomination": "NOMINATION",
    "resignation": "RESIGNATION", "indictment": "CHARGE", "conviction": "CONVICTION",
    "suspension": "SUSPENSION", "sentence": "SENTENCE",
}
# Nouns that are a dismissal only when someone orders or forces them ("ordered the retirement of X").
IMPOSED_NOUNS = {"retirement": "DISMISSAL"}
IMPOSING_VERBS = {"order", "force", "announce", "decree", "approve", "sign"}
# Hedges that do not hedge an announced replacement ("Katz will replace Gallant").
ANNOUNCED = {"will", "shall", "'ll", "would"}
REPLACE_VERBS = {"replace", "succeed"}
# "the president named X": title nouns that, as a subject, stand for the article's holder of that title
TITLE_SUBJECTS = {"president", "chancellor", "premier", "king", "queen", "governor", "mayor", "minister"}
HEDGES = {"will", "would", "could", "may", "might", "should", "can", "must", "shall", "'ll", "wo", "ca"}
NONFACTIVE = {"call", "demand", "urge", "seek", "want", "plan", "threaten", "deny", "consider",
              "propose", "expect", "rumor", "rumour", "speculate", "fear", "hope", "push",
              "ask", "request", "move", "try", "attempt", "refuse", "avoid"}
CHARGE_PATTERNS = re.compile(
    r"\b(?:accused|suspected|convicted|guilty)\s+of\s+(?P<a>[^,.;]+)|"
    r"\bcharged\s+with\s+(?P<b>[^,.;]+)|"
    r"\bon\s+(?:charges?|suspicion|accusations?)\s+of\s+(?P<c>[^,.;]+)|"
    r"\b(?:arrested|detained|jailed|convicted)\s+for\s+(?P<d>(?!\d)[^,.;]+)", re.I)


def climb_to_verb(t):
    """t itself if it is a verb, else its nearest verb ancestor (or the root)."""
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def sent_root(m, t) -> int:
    """The token that heads mention m (its last token in English names)."""
    return t.doc[m.start:m.end].root.i


def trigger_lemma(tok) -> str:
    """The lemma, mended where the model's lemmatizer fails on rarer forms ("reappointed")."""
    lemma = tok.lemma_.lower()
    if lemma in VERBS or lemma in REPLACE_VERBS or lemma in NOUNS or not tok.is_alpha:
        return lemma
    w = tok.lower_
    for suffix in ("ed", "d", "es", "s", "ing", ""):
        if suffix and not w.endswith(suffix):
            continue
        base = w[: len(w) - len(suffix)] if suffix else w
        for cand in (base, base[2:] if base.startswith("re") else None):
            if cand and (cand in VERBS or cand in REPLACE_VERBS):
                return cand
    return lemma


@dataclass
class EventFact:
    type: str
    sent_index: int
    subjects: list[EntityBuild]
    agent: EntityBuild | None = None
    date_text: str | None = None
    position: str | None = None
    charge: str | None = None
    rule: str = ""
    strength: float = 0.8
    successor: EntityBuild | None = None
    predecessor: EntityBuild | None = None
    extra: dict = field(default_factory=dict)


def hedged(tok, announced_ok: bool = False) -> bool:
    """The trigger is stated as possible, planned, demanded or denied, not as done."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ in HEDGES
                               and not (announced_ok and c.lower_ in ANNOUNCED)):
            return True
        if c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"):
            return True
    h, depth = tok, 0
    while h.head.i != h.i and depth < 4:
        if h.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass"):
            if h.head.lemma_ in NONFACTIVE:
                return True
        if h.dep_ in ("xcomp",) and any(c.lower_ in HEDGES and not (announced_ok and c.lower_ in ANNOUNCED)
                                        for c in h.head.children):
            return True
        h, depth = h.head, depth + 1
    return False


class EventReader:
    def __init__(self, state):
        self.state = state
        self._resolving: set[int] = set()   # pronouns being resolved (a pronoun may be its own clause subject)
        self.recent_out: list[EntityBuild] = []   # persons dismissed or resigned so far, in order

    # -- token -> entity ----------------------------------------------------------
    def entity_at(self, tok, label: str | None = None) -> EntityBuild | None:
        m = self.state.mention_at(tok.i)
        if m is not None and (label is None or m.label == label):
            return m.entity
        if tok.lower_ in ("who", "that") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            m = self.state.mention_at(tok.head.head.i)   # "Sobhi, who replaces Anan": who = Sobhi
            if m is not None and (label is None or m.label == label):
                return m.entity
        if tok.pos_ == "PRON" and tok.lower_ in ("him", "her", "he", "she", "his", "whose", "who"):
            if tok.i in self._resolving:
                return None
            self._resolving.add(tok.i)
            try:
                subj = self._clause_subject(tok)
                if tok.dep_ == "poss" or tok.lower_ in ("he", "she", "who"):
                    # "Comey learned of his dismissal": his = the clause's subject when it comes first
                    if subj is not None and subj.label == PERSON and tok.dep_ == "poss" \
                            and self._subject_before(tok):
                        return subj
                    return self.state.antecedent(tok, prefer_subject=tok.lower_ in ("he", "she"))
                return self.state.antecedent(tok, exclude=subj)
            finally:
                self._resolving.discard(tok.i)
        return None

    @staticmethod
    def _subject_before(tok) -> bool:
        v = climb_to_verb(tok.head)
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.pos_ != "PRON" for c in v.children)

    def _clause_subject(self, tok) -> EntityBuild | None:
        return self.clause_agent(climb_to_verb(tok.head))

    def _people(self, tok) -> list[EntityBuild]:
        """The persons a noun phrase headed by tok names, with its conjuncts."""
        out = []
        for t in [tok] + [c for c in tok.conjuncts]:
            e = self.entity_at(t, PERSON)
            if e is None:
                # the head may be a title noun whose person sits in apposition or compound
                for c in t.children:
                    if c.dep_ in ("appos", "compound"):
                        e = self.entity_at(c, PERSON)
                        if e:
                            break
            if e is None:
                # "the chief of the General Staff, Valery Gerasimov": the name hangs deeper
                for d in t.subtree:
                    if d.dep_ == "appos" and d.head.i > t.i and d.head.pos_ in ("PROPN", "NOUN"):
                        m = self.state.mention_at(d.i)
                        if m is not None and m.label == PERSON and self.state.mention_at(d.head.i) is not m:
                            e = m.entity
                            break
            if e is not None and e not in out:
                out.append(e)
        return out

    def _person(self, tok) -> EntityBuild | None:
        """The first person the phrase headed by tok names, or None."""
        ps = self._people(tok) if tok is not None else []
        return ps[0] if ps else None

    def clause_agent(self, verb) -> EntityBuild | None:
        v, depth = verb, 0
        while depth < 3:
            for c in v.children:
                if c.dep_ in ("nsubj",):
                    e = self.entity_at(c)
                    if e is None:
                        ps = self._people(c)
                        e = ps[0] if ps else None
                    if e is None and c.pos_ == "NOUN" and c.lower_ in TITLE_SUBJECTS \
                            and any(d.lower_ == "the" for d in c.children):
                        e = self.state.person_by_title(c.lower_, self.state.current_si)
                    if e is None and c.pos_ == "NOUN" and c.tag_ == "NNS":
                        # "Soldiers from the presidential guard detained ...": the body they act for
                        for p in c.children:
                            if p.dep_ == "prep" and p.lower_ in ("from", "of"):
                                e = next((self.entity_at(x, ORGANISATION) for x in p.children if x.dep_ == "pobj"), None)
                    return e
            if v.dep_ in ("advcl", "xcomp", "conj", "pcomp") and v.head.i != v.i:
                v, depth = v.head, depth + 1
                continue
            return None
        return None

    def _appointee_of(self, tok) -> EntityBuild | None:
        """The person a governing appointment verb names, for a participle or an infinitive
        without its own subject: "appointed X ..., replacing Y", "nominate X to replace him",
        "X would be nominated to succeed Y"."""
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.dep_ not in ("advcl", "xcomp", "conj", "acl"):
            return None
        head = tok.head
        if trigger_lemma(head) not in VERBS or VERBS[trigger_lemma(head)] not in ("APPOINTMENT", "NOMINATION"):
            return None
        for c in head.children:
            if c.dep_ in ("dobj", "nsubjpass", "oprd"):
                ps = self._people(c)
                if ps:
                    return ps[0]
        return None

    def _named_in_phrase(self, head) -> list[EntityBuild]:
        """"nearly all of his ministers and the attorney general, Justin Muturi": the people an
        object phrase names in apposition or conjunction, however deep the parse put them."""
        out = []
        for t in head.subtree:
            if t.dep_ in ("appos", "conj", "pobj") and t.head.pos_ in ("NOUN", "PRON", "DET"):
                m = self.state.mention_at(t.i)
                if m is not None and m.label == PERSON and m.entity not in out and t.i == sent_root(m, t):
                    out.append(m.entity)
        return out

    def _name_after(self, tok) -> EntityBuild | None:
        """"his chief of staff, Walter Braga Netto": the name right after a title phrase."""
        j = tok.right_edge.i + 1
        if j + 1 < len(tok.doc) and tok.doc[j].text == ",":
            k = j + 1
            while k < len(tok.doc) - 1 and tok.doc[k].lower_ in TITLE_WORDS and self.state.mention_at(k) is None:
                k += 1   # ", General Julio Cesar de Arruda"
            m = self.state.mention_at(k)
            if m is not None and m.label == PERSON:
                return m.entity
        return None

    def _agent_by(self, verb) -> EntityBuild | None:
        for c in verb.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.entity_at(p)
        return None

    def _date(self, trig, sent) -> str | None:
        for ent in sent.ents:
            if ent.label_ != "DATE":
                continue
            root = ent.root
            h, ok = root, False
            for _ in range(4):
                if h == trig:
                    ok = True
                    break
                if h.head.i == h.i:
                    break
                h = h.head
            if ok:
                return ent.text
        return None

    def _charges(self, sent, subjects: list[EntityBuild]) -> dict[str, str]:
        """Charge per subject: a charge phrase belongs to the person named just before it."""
        out: dict[str, str] = {}
        persons = [m for m in self.state.mentions if m.label == PERSON and m.entity is not None
                   and m.sent_index == self.state.current_si]
        for match in CHARGE_PATTERNS.finditer(sent.text):
            text = next(g for g in match.groups() if g)
            text = re.split(r"\b(?:and|who|whose|which|while|after|before|in)\b", text)[0].strip()
            at = sent.start_char + match.start()
            before = [m for m in persons if sent.doc[m.start].idx < at]
            owner = before[-1].entity if before else (subjects[0] if len(subjects) == 1 else None)
            if text and owner is not None and owner in subjects:
                out.setdefault(owner.key, text)
        return out

    def _position(self, trig) -> tuple[str | None, tuple[int, int] | None]:
        """The post a trigger names ("as the new defence minister", "named X chancellor"),
        and the token span it was read from; (None, None) if none."""
        for c in trig.children:
            if c.dep_ == "prep" and c.lower_ in ("as", "to"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        span = trig.doc[p.left_edge.i:p.right_edge.i + 1].text
                        span = re.sub(r"^(?:the\s+)?(?:post|position|role|office)\s+of\s+", "", span, flags=re.I)
                        span = re.sub(r"^(?:the|a|an|new|his|her)\s+", "", span.split(",")[0].strip(), flags=re.I)
                        span = re.sub(r"^(?:new\s+)?(?:post|position|role|job|office)$", "", span, flags=re.I)
                        if span and not self.state.mention_at(p.i) or (self.state.mention_at(p.i) and self.state.mention_at(p.i).label == ORGANISATION):
                            return span, (p.left_edge.i, p.right_edge.i + 1)
            if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN") and self.entity_at(c, PERSON) is None:
                return (trig.doc[c.left_edge.i:c.right_edge.i + 1].text.split(",")[0].strip(),
                        (c.left_edge.i, c.right_edge.i + 1))
        return None, None

    # -- triggers -----------------------------------------------------------------
    def read(self, sent, si: int) -> list[EventFact]:
        out: list[EventFact] = []
        if sent.text.strip().endswith("?"):
            return out
        for tok in sent:
            lemma = trigger_lemma(tok)
            if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
                if lemma in REPLACE_VERBS:
                    out += self._replace(tok, sent, si)
                elif lemma in VERBS or (lemma == "step" and any(c.lower_ == "down" for c in tok.children)):
                    out += self._verb(tok, VERBS.get(lemma, "RESIGNATION"), sent, si)
                elif lemma == "swear" and any(c.lower_ == "in" and c.dep_ == "prt" for c in tok.children):
                    out += self._verb(tok, "APPOINTMENT", sent, si)     # "X was sworn in as president"
                elif lemma == "take":
                    out += self._take_over(tok, sent, si)
                elif lemma == "serve" and any(c.lower_ in ("will", "would", "shall") for c in tok.children):
                    out += self._will_serve(tok, sent, si)
            elif tok.pos_ == "NOUN" and lemma in NOUNS:
                out += self._noun(tok, NOUNS[lemma], sent, si)
            elif tok.pos_ == "NOUN" and lemma in IMPOSED_NOUNS and tok.head.lemma_ in IMPOSING_VERBS:
                out += self._noun(tok, IMPOSED_NOUNS[lemma], sent, si)
            if tok.lower_ in ("successor", "predecessor"):
                out += self._successor_noun(tok, sent, si)
            if tok.lower_ == "custody":
                out += self._custody(tok, sent, si)
            if tok.lower_ in ("place", "stead") and tok.head.lower_ == "in":
                out += self._in_place_of(tok, sent, si)
        out += self._replace_surface(sent, si, out)
        for f in out:
            if f.type in ("DISMISSAL", "RESIGNATION", "SUSPENSION"):
                self.recent_out += f.subjects
        return out

    def _subjects_of_participle(self, tok) -> list[EntityBuild]:
        """'Among those detained are X and Y' / 'officials arrested ...' / 'X, arrested in May'."""
        n = tok.head
        e = self._people(n)
        if e:
            return e
        if n.dep_ == "pobj" and n.head.lower_ in ("among", "including"):
            v = n.head.head
            for c in v.children:
                if c.dep_ in ("nsubj", "attr", "nsubjpass") and c is not n:
                    ps = self._people(c)
                    if ps:
                        return ps
        if n.dep_ in ("nsubj", "nsubjpass"):
            for c in n.head.children:
                if c.dep_ in ("attr", "acomp"):
                    return self._people(c)
        return []

    def _verb(self, tok, etype, sent, si) -> list[EventFact]:
        if hedged(tok):
            return []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        subjects, agent = [], None
        if etype == "RESIGNATION":
            for c in tok.children:
                if c.dep_ in ("nsubj",):
                    subjects = self._people(c)
            if not subjects and tok.dep_ in ("conj", "advcl", "xcomp"):
                a = self.clause_agent(tok)
                subjects = [a] if a is not None and a.label == PERSON else []
        elif tok.dep_ in ("acl", "relcl") and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children) \
                or (tok.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in ("who", "that") for c in tok.children)):
            subjects = self._subjects_of_participle(tok)
            agent = self._agent_by(tok)
        elif passive:
            for c in tok.children:
                if c.dep_ == "nsubjpass":
                    subjects = self._people(c)
            agent = self._agent_by(tok)
        else:
            for c in tok.children:
                if c.dep_ == "dobj" or (c.dep_ == "oprd" and self.entity_at(c, PERSON) is not None):
                    subjects = self._people(c) \
                        or self._named_in_phrase(c) or [e for e in [self._name_after(c)] if e]
            agent = self.clause_agent(tok)
        subjects = [s for s in subjects if s is not None and s.label == PERSON and s is not agent]
        if not subjects:
            return []
        charges = self._charges(sent, subjects) if etype in ("ARREST", "CHARGE", "CONVICTION", "SENTENCE") else {}
        position, span = self._position(tok)
        return [EventFact(etype, si, subjects, agent, self._date(tok, sent), position,
                          rule=f"verb:{tok.lemma_.lower()}" + (":passive" if passive else ""),
                          strength=0.85, extra={"charges": charges, "position_span": span})]

    def _noun(self, tok, etype, sent, si) -> list[EventFact]:
        if hedged(tok):
            return []
        subjects, agent = [], None
        for c in tok.children:
            if c.dep_ == "poss":
                if c.lower_ == "whose":
                    e = self.state.antecedent(c)
                    subjects = [e] if e else []
                else:
                    subjects = self._people(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        subjects = subjects + [x for x in self._people(p) if x not in subjects]
            elif c.dep_ == "appos":
                subjects = subjects + [x for x in self._people(c) if x not in subjects]
            elif c.dep_ == "prep" and c.lower_ == "by":
                for p in c.children:
                    if p.dep_ == "pobj":
                        agent = self.entity_at(p)
        subjects = [s for s in subjects if s is not None and s.label == PERSON]
        if not subjects:
            return []
        if agent is None and tok.dep_ == "dobj" and tok.head.lemma_ in IMPOSING_VERBS:
            agent = self.clause_agent(tok.head)   # "Morsi ordered the retirement of X"
            agent = None if agent in subjects else agent
        charges = self._charges(sent, subjects) if etype == "ARREST" else {}
        return [EventFact(etype, si, subjects, agent, self._date(tok, sent), None,
                          rule=f"noun:{tok.lemma_.lower()}", strength=0.75, extra={"charges": charges})]

    def _replace(self, tok, sent, si) -> list[EventFact]:
        if hedged(tok, announced_ok=True):
            return []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
            tok.dep_ == "conj" and any(c.dep_ == "agent" for c in tok.children))
        successor = predecessor = agent = None
        withp, replaced_with = None, False
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "by"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        withp = self._person(p)
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        withp = self._person(p)
        if withp is None and not passive:
            # "replaced X with his chief of staff, Y": the with-phrase may hang on X
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            for t in (obj.subtree if obj is not None else []):
                if t.dep_ == "prep" and t.lower_ == "with":
                    for p in t.children:
                        if p.dep_ == "pobj":
                            withp = self._person(p) or self._name_after(p)
        if passive:
            for c in tok.children:
                if c.dep_ == "nsubjpass":
                    predecessor = self._person(c)
                    if c.pos_ == "PRON" and self.recent_out:   # "X sacked Y. She was replaced by Z": Y
                        predecessor = self.recent_out[-1]
            if predecessor is None and tok.dep_ == "conj":   # "X was ousted ... and replaced by Y"
                for c in tok.head.children:
                    if c.dep_ in ("nsubjpass", "nsubj"):
                        predecessor = self._person(c)
            successor = withp
        else:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None) or next(
                (c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i), None)   # a mis-parsed object
            obj_e = self._person(obj) if obj is not None else None
            appointee = self._appointee_of(tok)
            if appointee is not None and obj is not None and obj.pos_ == "PRON" and obj_e is appointee:
                # "nominate X to replace him": him is not X
                obj_e = self.state.antecedent(obj, exclude=appointee, also_exclude=self.clause_agent(tok.head))
            if withp is not None:  # "X replaced Y with Z" / "..., replacing him with Z"
                replaced_with = True
                successor, predecessor = withp, obj_e
                agent = self.clause_agent(tok)
            else:
                successor, predecessor = self.clause_agent(tok), obj_e
                if appointee is not None:
                    # "appointed X as secretary, replacing Y" / "nominate X to replace him": X replaces Y
                    agent = self.clause_agent(tok.head) if tok.head.pos_ == "VERB" else None
                    successor = appointee
        if successor is None or predecessor is None or successor is predecessor \
                or successor.label != PERSON or predecessor.label != PERSON:
            return []
        if agent is successor or agent is predecessor:
            agent = None
        position, date = self._position(tok)[0], self._date(tok, sent)
        out = [EventFact("APPOINTMENT", si, [successor], agent, date, position,
                         rule=f"verb:{tok.lemma_.lower()}", strength=0.8,
                         successor=successor, predecessor=predecessor)]
        if agent is not None and replaced_with:   # "Bolsonaro replaced X with Y": X was removed by Bolsonaro
            out.append(EventFact("DISMISSAL", si, [predecessor], agent, date, position,
                                 rule=f"verb:{tok.lemma_.lower()}:removed", strength=0.75))
        return out

    def _will_serve(self, tok, sent, si) -> list[EventFact]:
        """"Rubio will serve as interim national security adviser": an announced appointment."""
        if hedged(tok, announced_ok=True):
            return []
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        person = None
        if subj is not None:
            person = self._person(subj)
        position, span = self._position(tok)
        if person is None or person.label != PERSON or not position:
            return []
        return [EventFact("APPOINTMENT", si, [person], None, self._date(tok, sent), position, rule="verb:serve-as",
                          strength=0.7, extra={"position_span": span})]

    def _take_over(self, tok, sent, si) -> list[EventFact]:
        """"X takes over from Y", "nominated X to take his place": a replacement."""
        if hedged(tok, announced_ok=True):
            return []
        predecessor = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "from" and any(x.lower_ == "over" for x in tok.children):
                p = next((x for x in c.children if x.dep_ == "pobj"), None)
                predecessor = self._person(p) if p is not None else None
            if c.dep_ == "dobj" and c.lower_ in ("place", "post", "job", "seat"):
                owner = next((x for x in c.children if x.dep_ == "poss"), None)
                predecessor = self.entity_at(owner, PERSON) if owner is not None else None
        if predecessor is None:
            return []
        successor = None
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            successor = self._person(subj)
        elif tok.dep_ in ("xcomp", "advcl") and tok.head.i != tok.i:
            # "nominated Umerov ... to take his place": the one nominated takes it
            obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
            successor = self._person(obj) if obj is not None else self.clause_agent(tok.head)
        if successor is None or successor is predecessor or successor.label != PERSON or predecessor.label != PERSON:
            return []
        return [EventFact("APPOINTMENT", si, [successor], None, self._date(tok, sent), None,
                          rule="verb:take-over", strength=0.75, successor=successor, predecessor=predecessor,
                          extra={"no_event": tok.dep_ == "xcomp"})]

    def _successor_noun(self, tok, sent, si) -> list[EventFact]:
        """"His successor, Mahathir Mohamad", "Thuong's predecessor, Nguyen Xuan Phuc",
        "Y, X's successor": a replacement stated by a noun."""
        owner = other = None
        for c in tok.children:
            if c.dep_ == "appos":
                other = self._person(c)
        if other is None and tok.dep_ == "appos":
            other = self._person(tok.head)
        for c in tok.children:
            if c.dep_ == "poss":
                owner = self._person(c)
                if owner is other and c.pos_ == "PRON":   # "Wei, his predecessor": his is someone else
                    owner = self.state.antecedent(c, exclude=other)
        if other is None:   # "his predecessor, Wang Yi": the name may hang on the verb
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.text == "," and tok.i + 2 < len(tok.doc):
                m = self.state.mention_at(tok.i + 2)
                other = m.entity if m is not None and m.label == PERSON else None
        if owner is None or other is None or owner is other or owner.label != PERSON or other.label != PERSON:
            return []
        successor, predecessor = (other, owner) if tok.lower_ == "successor" else (owner, other)
        return [EventFact("APPOINTMENT", si, [successor], None, None, None, rule=f"noun:{tok.lower_}",
                          strength=0.75, successor=successor, predecessor=predecessor,
                          extra={"no_event": True})]

    def _in_place_of(self, tok, sent, si) -> list[EventFact]:
        """"proposed X as defence minister in place of Y": X replaces Y."""
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        p = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        predecessor = self._person(p) if p is not None else None
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        h = tok.head.head
        successor = self._person(h) if h.pos_ in ("NOUN", "PROPN") else None
        h = climb_to_verb(h)
        for c in h.children:
            if successor is None and c.dep_ in ("dobj", "nsubjpass"):
                successor = self._person(c)
        if predecessor is None and poss is not None:   # "was named chancellor in his place": his is not the one named
            m = self.state.mention_at(poss.i)
            predecessor = m.entity if m is not None else self.state.antecedent(poss, exclude=successor)
        if successor is None or predecessor is None or successor is predecessor \
                or successor.label != PERSON or predecessor.label != PERSON or hedged(h, announced_ok=True):
            return []
        position = None
        for c in tok.head.head.children:   # "as defence minister in place of Y"
            if c.dep_ == "prep" and c.lower_ == "as":
                p2 = next((x for x in c.children if x.dep_ == "pobj"), None)
                position = sent.doc[p2.left_edge.i:p2.right_edge.i + 1].text if p2 is not None else None
        if position is None and h.pos_ == "VERB":
            position = self._position(h)[0]   # "was named chancellor of the exchequer in his place"
        return [EventFact("APPOINTMENT", si, [successor], None, self._date(h, sent), position, rule="in-place-of",
                          strength=0.75, successor=successor, predecessor=predecessor, extra={"no_event": True})]

    def _custody(self, tok, sent, si) -> list[EventFact]:
        """"X was in its custody", "taken into police custody": an arrest."""
        prep = tok.head
        if prep.lower_ not in ("in", "into") or prep.head.i == prep.i:
            return []
        verb = prep.head
        subjects = []
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                subjects = self._people(c)
        if not subjects and verb.dep_ in ("acl", "relcl"):
            subjects = self._people(verb.head)
        if not subjects or hedged(verb):
            return []
        agent = None
        owner = next((c for c in tok.children if c.dep_ in ("poss", "compound")), None)
        if owner is not None and owner.lower_ in ("its", "their"):
            h = verb
            while h.head.i != h.i and h.dep_ in ("ccomp", "conj", "advcl"):
                h = h.head
            agent = next((self.entity_at(c, ORGANISATION) for c in h.children if c.dep_ == "nsubj"), None)
        elif owner is not None:
            agent = self.entity_at(owner, ORGANISATION)
        return [EventFact("ARREST", si, subjects, agent, self._date(verb, sent), None, rule="noun:custody",
                          strength=0.7)]

    def _replace_surface(self, sent, si, found: list[EventFact]) -> list[EventFact]:
        """"Sisi replaces Tantawi" when the parse is broken: person, replace(s/d), person."""
        if any(f.predecessor is not None for f in found):
            return []
        doc = sent.doc
        for tok in sent:
            if tok.lemma_.lower() not in REPLACE_VERBS or tok.i - 1 < sent.start or tok.i + 1 >= sent.end:
                continue
            if any(doc[j].lower_ in ("was", "were", "been", "be", "by", "not") for j in range(max(sent.start, tok.i - 2), tok.i + 2)):
                continue
            k = tok.i - 1
            if doc[k].lower_ in ANNOUNCED and k - 1 >= sent.start:   # "Katz will replace Gallant"
                k -= 1
            if doc[k].text == "," and k - 3 >= sent.start and doc[k - 1].like_num and doc[k - 2].text == ",":
                k -= 3                                               # "Barnier, 73, replaces Attal"
            a, b = self.state.mention_at(k), self.state.mention_at(tok.i + 1)
            if a is None or b is None or a.label != PERSON or b.label != PERSON or a.entity is b.entity:
                continue
            if any(c.lower_ in HEDGES - ANNOUNCED for c in doc[max(sent.start, tok.i - 2):tok.i]):
                continue
            return [EventFact("APPOINTMENT", si, [a.entity], None, self._date(tok, sent), None,
                              rule="surface:replace", strength=0.7, successor=a.entity, predecessor=b.entity)]
        return []
