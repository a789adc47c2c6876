"""Which entity a token or a phrase names: the helpers every event rule reads with.

A name token is looked up among the article's mentions; a pronoun is resolved by its
role ("his dismissal" after a subject is the subject's; "him" is the nearest other
person); a title noun hands over the person in apposition or compound with it; a verb's
agent is its grammatical subject, climbed to through participles and conjoined verbs.
"""
from __future__ import annotations

from functools import lru_cache

from graph.schema import ORGANISATION, PERSON

from ..gazetteer import BODY_WORDS, PREFIXES, TITLE_WORDS
from ..lexicon import EVENT_NOUNS, EVENT_VERBS, ORDERING_NOUNS, PERSON_HEADED, REPLACE_VERBS, TITLE_SUBJECTS, load
from ..mentions import EntityBuild
from .. import post_nominals
from .acting_units import acting_body, national_plain_body
from .as_title_subjects import governing_verb, own_subject_of
from .coordination import companions, list_after
from .controllers import object_controller
from .decisions import decider
from .decrees import decree_verb
from .first_person import quoted_speaker
from .gerund_agents import opening_preposition, own_subject, phrase_verb
from .issuers import issuer, office_subject, order_subject
from .monarchs import reigning
from .titles import national_body
from .legislators import legislature


INVESTIGATOR_NOUNS = frozenset(load("triggers")["investigator_nouns"])
HEAD_OF_STATE_WORDS = ("president", "king", "queen", "emir", "monarch")
ARRESTING_WORDS = frozenset(load("triggers")["arresting_body_words"])


def climb_to_verb(t):
    """t itself if it is a verb, else its nearest verb ancestor (or the root)."""
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def in_clause(d, t) -> bool:
    """d hangs on t through a clause of its own ("a minister who served under X": X is in
    the relative clause), not only through nouns and prepositions."""
    h = d
    while h.i != t.i and h.head.i != h.i:
        if h.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp"):
            return True
        h = h.head
    return False


def named_in_clause_before(t, c) -> bool:
    """(round 19) "A former minister who served under the country's leader, X, was charged": the
    name after the relative clause is the apposition of the title that ends the clause (the
    leader's), though the parse hung it on the clause's noun."""
    return any(k.dep_ == "relcl" and k.i < c.i and k.right_edge.i < c.i and any(
        x.pos_ == "NOUN" and x.lower_ in TITLE_WORDS for x in k.subtree) for k in t.children)


def sent_root(m, t) -> int:
    """The token that heads mention m (its last token in English names)."""
    return t.doc[m.start:m.end].root.i


def trigger_lemma(tok) -> str:
    """The lemma, mended where the model's lemmatizer fails on rarer forms ("reappointed")."""
    return _mended_lemma(tok.lemma_.lower(), tok.lower_, tok.is_alpha)


@lru_cache(maxsize=1 << 16)   # (asked of every token by several readers; the words repeat)
def _mended_lemma(lemma: str, w: str, alpha: bool) -> str:
    """trigger_lemma of a token with lower-cased lemma `lemma`, lower-cased text `w`, is_alpha `alpha`."""
    if lemma in EVENT_VERBS or lemma in REPLACE_VERBS or lemma in EVENT_NOUNS or not alpha:
        return lemma
    if w.startswith("re-"):   # "re-arrested", "re-appointed"
        w = w[3:]
    for suffix in ("ed", "d", "es", "s", "ing", ""):
        if suffix and not w.endswith(suffix):
            continue
        base = w[: len(w) - len(suffix)] if suffix else w
        for cand in (base, base[2:] if base.startswith("re") else None):
            if cand and (cand in EVENT_VERBS or cand in REPLACE_VERBS):
                return cand
    return lemma


mended_lemma = _mended_lemma   # (for a reader that has the token's strings at hand already)


def and_joined_appositions(r, t, first) -> list:
    """The persons after first that also stand in apposition with title noun t, joined to it by
    "and": "appointed a former governor, X, and former counsel Y to the panel" (the parse hangs
    both names on "governor", or the second on the first as its conjunct)."""
    named = [(c, r.entity_at(c, PERSON)) for c in t.children if c.dep_ == "appos"]
    named = [(c, e) for c, e in named if e is not None]
    at = next((i for i, (c, e) in enumerate(named) if e is first), None)
    if at is None:
        return []
    out = [e for c in named[at][0].conjuncts if c.i > named[at][0].i
           for e in [r.entity_at(c, PERSON)] if e is not None and e is not first]
    for (a, _), (b, e) in zip(named[at:], named[at + 1:]):
        if not any(w.lower_ == "and" and w.dep_ == "cc" for w in t.doc[a.i + 1:b.left_edge.i]):
            break
        out.append(e)
    return out


def title_list(r, t) -> list:
    """The persons a title names when the parse read them as more items of its body's list:
    "the two deputy governors of the Central Bank, X and Y, were arrested", "the commissioner
    of the Electoral Commission, X, and Y were sworn in" (X hangs on the body as a conjunct,
    after a comma). A singular title names one person."""
    plural = t.tag_ == "NNS"
    if (t.lower_[:-1] if plural else t.lower_) not in TITLE_WORDS:
        return []
    for d in t.subtree:
        if d.dep_ == "conj" and d.head.dep_ == "pobj" and d.head.head.head == t and d.left_edge.i > 0 \
                and t.doc[d.left_edge.i - 1].text == ",":
            named = [r.entity_at(c, PERSON) for c in [d] + [c for c in d.conjuncts if c.i > d.i]]
            if None in named or (not plural and len(named) > 1):
                return []   # "the managers of Acme, Zenith and Apex Holdings": a list of bodies
            return [e for k, e in enumerate(named) if e not in named[:k]]
    return []


def _name_modifies_title(c, t) -> bool:
    """"appoints Vladimir Miklushevsky acting head of the region": the parse hung the name
    before the title on it as a modifier (nmod)."""
    return c.dep_ == "nmod" and c.i < t.i and c.pos_ == "PROPN" and t.lower_ in TITLE_WORDS


def _opens_sentence(state, tok) -> bool:
    """A possessive "his"/"her" before any name of its sentence, in its subject phrase."""
    if tok.dep_ != "poss" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not any(m.sent_index == state.current_si and m.start < tok.i for m in state.mentions)


class PhraseReader:
    """Token -> entity lookups for one article (state: extract.ArticleState)."""

    def __init__(self, state):
        self.state = state
        self._resolving: set[int] = set()   # pronouns being resolved (a pronoun may be its own clause subject)
        self.recent_out: list[EntityBuild] = []   # persons dismissed or resigned so far, in order
        self.recent_left: list[tuple[EntityBuild, int]] = []   # the same, with the sentence they left in
        self.recent_in: list[tuple[EntityBuild, int]] = []   # persons appointed or nominated, with the sentence
        self.announcers: dict[str, list[EntityBuild]] = {}   # event type -> agents that announced a group change
        self.groups: list = []   # events stated for a group whose members are named later (rules/groups.py)
        self.unnamed: list = []   # (type, agent, sentence) of events stated for one unnamed person (rules/groups.py)
        self.background: set = set()   # (sentence, token) in a background clause of an announcement (rules/announcements.py)
        self._surnames: dict[str, EntityBuild | None] | None = None
        self._described: dict[str, dict] | None = None   # word -> organisations named or described with it

    def entity_at(self, tok, label: str | None = None) -> EntityBuild | None:
        m = self.state.mention_at(tok.i)
        if m is not None and (label is None or m.label == label):
            return m.entity
        if m is None and (named := post_nominals.name_before_letters(tok)) is not None:   # (round 24) "of Mr X AO PSM
            m = self.state.mention_at(named.i)   # as ...": the letters head the name
            if m is not None and (label is None or m.label == label):
                return m.entity
        if (label in (None, PERSON)) and m is None:
            e = self.by_surname(tok)
            if e is not None:
                return e
        if tok.lower_ in ("who", "that") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            m = self.state.mention_at(tok.head.head.i)   # "Sobhi, who replaces Anan": who = Sobhi
            near = self.state.mention_at(tok.i - 2) if tok.i >= 2 and tok.doc[tok.i - 1].text == "," else None
            if m is not None and m.label == PERSON and near is not None and near.label == PERSON \
                    and near.entity is not m.entity and near.end == tok.i - 1 \
                    and tok.doc[near.start:near.end].root.head.head.i == tok.head.head.i:
                m = near   # "said Vincent Moaga of Mushwana, who succeeds Y": who = Mushwana, the nearer name
            if m is not None and (label is None or m.label == label):
                return m.entity
            if m is not None or tok.head.head.pos_ == "PROPN":
                return None   # who = a name we cannot take as a person, never another person nearby
        if tok.lower_ == "who" and tok.head.dep_ not in ("relcl", "acl", "advcl", "ccomp", "conj"):
            return None   # "I'm not thinking about who is appointed": a question, no one in particular
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
                    if subj is None and tok.dep_ == "poss" and self._title_subject_before(tok):
                        return None   # "the attorney general tendered his resignation": his = that unnamed holder
                    # "His appointment follows ...": a possessive that opens its sentence, like "he",
                    # is the last sentence's subject, not a name in its reporting clause
                    return self.state.antecedent(tok, prefer_subject=tok.lower_ in ("he", "she")
                                                 or _opens_sentence(self.state, tok))
                return self.state.antecedent(tok, exclude=subj)
            finally:
                self._resolving.discard(tok.i)
        return None

    def by_surname(self, tok) -> EntityBuild | None:
        """"Judge Olvera sentenced Yarrington": a lone capitalised surname the name finder left
        out, taken as the one person of the article whose full name has it after the first name."""
        if tok.pos_ != "PROPN" or not tok.is_title or len(tok.text) < 3 or tok.lower_ in TITLE_WORDS:
            return None
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in TITLE_WORDS for c in tok.children):
            return None   # part of a longer name ("Yarrington Street")
        if self._surnames is None:
            self._surnames = {}
            for e in self.state.ents.values():
                if e.label != PERSON:
                    continue
                for n in {e.name, *e.aliases}:
                    # any word after the first: Spanish and Portuguese names carry two surnames
                    for w in {w.lower() for w in n.split()[1:] if len(w) > 2 and w[0].isupper()}:
                        prev = self._surnames.get(w, e)
                        self._surnames[w] = e if prev is e else None   # two persons share it: no guess
        return self._surnames.get(tok.lower_)

    @staticmethod
    def _subject_before(tok) -> bool:
        v = climb_to_verb(tok.head)
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.pos_ != "PRON" for c in v.children)

    @staticmethod
    def _title_subject_before(tok) -> bool:
        v = climb_to_verb(tok.head)
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.pos_ == "NOUN" and c.lower_ in TITLE_WORDS
                   and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in v.children)

    def by_title_phrase(self, t) -> EntityBuild | None:
        """"the attorney general" (two words or more, or a head of state's or city's one-word
        title: "the president"), with "the": the one person named earlier in the article with
        that title just before the name or among their titles."""
        if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in TITLE_WORDS or self.state.mention_at(t.i) is not None \
                or not any((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.ent_type_ == "GPE")
                           for c in t.children):   # "the attorney general", "Kosovo's prime minister"
            return None
        words = [c.lower_ for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i and c.is_lower] + [t.lower_]
        if len(words) < 2 and not (t.lower_ in TITLE_SUBJECTS and t.lower_ != "minister"):
            return None   # "the minister" is any of several; "the president" is the one
        phrase, si = " ".join(words), self.state.current_si
        found = {}
        for m in self.state.mentions:
            if m.label != PERSON or m.entity is None or m.sent_index > si \
                    or (m.sent_index == si and m.start >= t.i):
                continue
            doc = self.state.sents[m.sent_index].doc
            before = " ".join(x.lower_ for x in doc[max(0, m.start - len(words)):m.start])
            if before == phrase or any(x.lower() == phrase or x.lower().endswith(" " + phrase) for x in m.entity.titles):
                found[m.entity.id] = m.entity
        return next(iter(found.values())) if len(found) == 1 else None

    def _clause_subject(self, tok) -> EntityBuild | None:
        return self.clause_agent(climb_to_verb(tok.head))

    def people(self, tok, lists: bool = True) -> list[EntityBuild]:
        """The persons a noun phrase headed by tok names, with its conjuncts; with lists, also
        the rest of a list the parse cut and the companions ("along with X")."""
        out = self._heads(tok)
        if lists and out:
            for e in list(out):
                m = next((m for m in self.state.mentions if m.entity is e and m.sent_index == self.state.current_si
                          and m.start <= tok.right_edge.i and m.end > tok.left_edge.i), None)
                if m is not None:
                    out += [x for x in list_after(self, m) if x not in out]
            # "Police Chief A and Reserve Captain B were suspended": a list whose first name the parse
            # hung inside the last one's phrase; taken when the list read from it reaches the head
            first = next((m for m in self.state.mentions if m.sent_index == self.state.current_si
                          and m.label == PERSON and m.entity is not None and m.entity not in out
                          and tok.left_edge.i <= m.start and m.end <= tok.i), None)
            if first is not None:
                run = list_after(self, first)
                if any(x in out for x in run):
                    out = [first.entity] + [x for x in run if x not in out] + out
            out += [x for x in companions(self, tok) if x not in out]
        return out

    def _heads(self, tok) -> list[EntityBuild]:
        out = []
        for t in [tok] + [c for c in tok.conjuncts]:
            e = self.entity_at(t, PERSON)
            if e is None:
                # the head may be a title noun whose person sits in apposition or compound
                for c in t.children:
                    # ("appoints X acting head of the region": the parse made the name a modifier of the title)
                    if c.dep_ == "compound" and (t.tag_ == "NNS" or t.lower_ in PERSON_HEADED) and c.i < t.i:
                        continue   # "sacked Truss supporters", "arrested Khan loyalists", "indicted an X aide":
                        #            the group or the one who serves the name, not the name
                    if c.dep_ == "appos" and named_in_clause_before(t, c):
                        continue
                    if c.dep_ in ("compound", "nmod") and c.i < t.i and t.lower_ in TITLE_WORDS and any(
                            d.dep_ == "det" and d.i < c.i for d in t.children):
                        continue   # (round 19) "the X prime minister who is removed": X's minister, not X
                    if c.dep_ in ("appos", "compound") or _name_modifies_title(c, t):
                        e = self.entity_at(c, PERSON)
                        if e:
                            break
            if e is None:
                # "the chief of the General Staff, Valery Gerasimov": the name hangs deeper
                for d in t.subtree:
                    if d.dep_ == "appos" and d.head.i > t.i and d.head.pos_ in ("PROPN", "NOUN") \
                            and not in_clause(d, t):   # not "a minister who served under leader X"
                        m = self.state.mention_at(d.i)
                        if m is not None and m.label == PERSON and self.state.mention_at(d.head.i) is not m:
                            e = m.entity
                            break
            listed = and_joined_appositions(self, t, e) if e is not None else []
            if e is None:
                named = title_list(self, t)   # "the two deputy governors of the Bank, X and Y, resigned"
                e, listed = (named[0], named[1:]) if named else (None, [])
            if e is None:
                e = self.by_title_phrase(t)   # "the attorney general resigned"
            of = self._person_of_title(t)
            if of is not None and of not in out:   # "Vice-Minister of Youth Karina Bolanos"
                out.append(of)
            if e is not None and e not in out:
                out.append(e)
            out += [x for x in listed if x not in out]   # "a former governor, X, and former counsel Y": each of a list
        return out

    def _person_of_title(self, t) -> EntityBuild | None:
        """"Minister of Public Security Bui Quoc Huy": the name the parser hung under the
        title's "of" phrase, together with the body's name."""
        if t.lower_ not in TITLE_WORDS or self.state.mention_at(t.i) is not None:
            return None
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            return None   # "indicted a former senior secretary of President X": one who served X, unnamed
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of" and not any(
                    k.dep_ == "conj" and k.pos_ == "NOUN" and k.i < c.i for k in t.children):   # not "minister and mentor of X"
                for p in c.children:
                    m = self.state.mention_at(p.i) if p.dep_ == "pobj" else None
                    if m is not None and m.label == PERSON and p.i == sent_root(m, p):
                        return m.entity
        return None

    def person(self, tok) -> EntityBuild | None:
        """The first person the phrase headed by tok names, or None."""
        ps = self.people(tok) if tok is not None else []
        return ps[0] if ps else None

    def clause_agent(self, verb) -> EntityBuild | None:
        v, depth = verb, 0
        if v.dep_ == "conj" and v.tag_ == "VBD" and v.head.dep_ == "acl" and v.head.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.head.children):
            # (round 24) "accepted X's request to step down and appointed him ...": a past tense
            # the parse joined to the infinitive; it is coordinate with the verb the infinitive's
            # noun hangs on, whose subject acts
            v = climb_to_verb(v.head.head)
        while depth < 4:
            for c in v.children:
                if c.dep_ in ("nsubj",):
                    e = self.entity_at(c)
                    if c.is_upper and len(c.text) > 2 and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ",":
                        # "DHAKA, Dec. 30 -- The Detective Branch ... arrested X": a dateline the parse made
                        # the subject; the actor hangs on it in apposition
                        e = next(filter(None, (self.entity_at(a) for a in c.children if a.dep_ == "appos")), None)
                        if e is None:
                            continue   # the actor may be the verb's other subject
                    if e is None and c.lower_ == "i":
                        e = quoted_speaker(self, c)   # '"I have decided to release X," Y told reporters'
                    if e is None:
                        ps = self.people(c)
                        e = ps[0] if ps else None
                    if e is None and c.pos_ == "NOUN" and c.lower_ in TITLE_SUBJECTS \
                            and any(d.lower_ == "the" for d in c.children):
                        e = self.state.person_by_title(c.lower_, self.state.current_si)
                    if e is None and (office_subject(c) or (order_subject(c) and self.order_giver(c) is None)):
                        e = issuer(self)   # (round 24) "the President appointed X", "The Executive Order appoints X"
                    if e is None and c.lower_ == "head" and any(d.lower_ == "the" for d in c.children) and any(
                            p.lower_ == "state" for x in c.children if x.dep_ == "prep" and x.lower_ == "of"
                            for p in x.children):   # "The Head of State gazetted ...": the one president or king
                        e = next(filter(None, (self.state.person_by_title(t, self.state.current_si)
                                               for t in HEAD_OF_STATE_WORDS)), None)
                    if e is None and c.lower_ in BODY_WORDS and c.is_lower and self.state.country_hint \
                            and any(d.lower_ == "the" for d in c.children):
                        e = self.state.org_entity(c.lower_, self.state.country_hint)   # "The junta named X"
                    if e is None:
                        e = national_plain_body(self.state, c)   # "Federal police arrested X"
                    if e is None and c.pos_ == "NOUN" and c.is_lower and (any(
                            d.dep_ in ("det", "poss") and (d.lower_ in ("the", "its") or d.ent_type_ == "GPE")
                            for d in c.children) or (c.tag_ == "NNS" and c.lemma_.lower() in INVESTIGATOR_NOUNS)) \
                            and v.lemma_.lower() != "be":
                        # "the (Pakistan's) anti-graft agency arrested X", "South Korean investigators arrested X"
                        e = self.described_org(c.lemma_.lower())
                    if e is None and c.pos_ == "NOUN" and c.is_lower and any(
                            d.dep_ == "poss" and d.ent_type_ == "GPE" for d in c.children):
                        e = national_body(self, c)   # "Ukraine's parliament approved X"
                    if e is None and c.tag_ == "NNS":
                        e = legislature(self, c)   # "Somali lawmakers approved X", "Lawmakers voted in X"
                    if e is None and c.lower_ in ("it", "they") and v.dep_ == "ccomp":
                        # "the bureau said it had detained X": the reporting body
                        e = next((self.entity_at(s, ORGANISATION) or national_plain_body(self.state, s)
                                  for s in v.head.children if s.dep_ == "nsubj"), None)   # "federal police say they detained X"
                    if e is None and c.pos_ == "NOUN" and (c.tag_ == "NNS" or c.lower_ not in TITLE_WORDS):
                        # "FBI agents arrested X", "Nelspruit's SCCI unit arrested X": the body named in the subject
                        e = next(filter(None, (self.entity_at(k, ORGANISATION) for k in c.children
                                               if k.dep_ == "compound")), None)
                    if e is None and c.pos_ == "NOUN" and c.tag_ == "NNS":
                        # "Soldiers from the presidential guard detained ...", "Detectives from the Ethics and
                        # Anti-Corruption Commission (EACC) arrested ...": the body they act for (a name the
                        # parse split at "and", or its acronym in brackets)
                        for p in c.children:
                            if p.dep_ == "prep" and p.lower_ in ("from", "of"):
                                for x in p.children:
                                    if x.dep_ != "pobj" or e is not None:
                                        continue
                                    for t in [x, *x.conjuncts, *(a for y in [x, *x.conjuncts] for a in y.children
                                                                 if a.dep_ == "appos")]:
                                        e = e or self.entity_at(t, ORGANISATION)
                    return e or reigning(self, c)   # "Her Majesty the Queen has agreed to appoint X"
            if v.dep_ == "xcomp" and v.head.i != v.i:
                o = object_controller(self, v)
                if o is not None:
                    return o   # "prompting the president to sack him": the one prompted acts
            if v.dep_ in ("advcl", "xcomp", "conj", "pcomp") and v.head.i != v.i or opening_preposition(v):
                v, depth = v.head, depth + 1   # "surprised many by removing X and naming him", "despite firing her"
                continue
            if (h := phrase_verb(v)) is not None:
                v, depth = h, depth + 1   # "In addition to removing X, the premier ..."
                continue
            return decider(self, v) or own_subject(self, v)   # "President Zuma's decision to remove X"; "Despite the ruling party ousting X"
        return None

    def appointee_of(self, tok) -> EntityBuild | None:
        """The person a governing appointment verb names, for a participle or an infinitive
        without its own subject: "appointed X ..., replacing Y", "nominate X to replace him",
        "X would be nominated to succeed Y"."""
        gov = governing_verb(tok)   # ("appointed X as prime minister to replace Y": the title read as a subject is none)
        if own_subject_of(self, tok) or gov is None:
            return None
        head = decree_verb(gov) or gov   # "issued a decree appointing X ... to replace Y"
        if head.pos_ == "NOUN" and EVENT_NOUNS.get(head.lemma_.lower()) in ("APPOINTMENT", "NOMINATION"):
            # "the appointment of X as foreign minister to replace Y": the one the noun appoints
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    p = next((x for x in c.children if x.dep_ == "pobj"), None)
                    e = (self.person(p) or self.name_after(p)) if p is not None else None
                    if e is not None and e.label == PERSON:
                        return e
            return None
        sworn_in = head.lemma_.lower() == "swear" and any(c.lower_ == "in" and c.dep_ in ("prt", "prep") for c in head.children)
        if not sworn_in and (trigger_lemma(head) not in EVENT_VERBS
                             or EVENT_VERBS[trigger_lemma(head)] not in ("APPOINTMENT", "NOMINATION")):
            return None   # "X was sworn in to replace him" is an appointment too
        for c in head.children:
            if c.dep_ in ("dobj", "nsubjpass", "oprd"):
                ps = self.people(c)
                if ps:
                    return ps[0]
        if head.lemma_.lower() == "swear":   # "swore in X, replacing Y": the parse read "in" as a preposition
            return next((x for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                         for p in c.children if p.dep_ == "pobj" for x in self.people(p) if x.label == PERSON), None)
        return None

    def named_in_phrase(self, head) -> list[EntityBuild]:
        """"nearly all of his ministers and the attorney general, Justin Muturi": the people an
        object phrase names in apposition or conjunction, however deep the parse put them."""
        out = []
        for t in head.subtree:
            if t.dep_ in ("appos", "conj", "pobj") and t.head.pos_ in ("NOUN", "PRON", "DET"):
                m = self.state.mention_at(t.i)
                if m is not None and m.label == PERSON and m.entity not in out and t.i == sent_root(m, t):
                    out.append(m.entity)
        return out

    def name_after(self, tok) -> EntityBuild | None:
        """"his chief of staff, Walter Braga Netto": the name right after a title phrase."""
        j = tok.right_edge.i + 1
        if j + 1 < len(tok.doc) and tok.doc[j].text == ",":
            k = j + 1
            while k < len(tok.doc) - 1 and (tok.doc[k].lower_ in TITLE_WORDS or tok.doc[k].text.rstrip(".") in PREFIXES
                                            or tok.doc[k].text == ".") and self.state.mention_at(k) is None:
                k += 1   # ", General Julio Cesar de Arruda", ", Mr. Nawaz Sharif"
            m = self.state.mention_at(k)
            if m is not None and m.label == PERSON:
                return m.entity
        return None

    def agent_by(self, verb) -> EntityBuild | None:
        for c in verb.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.entity_at(p) or self.agent_phrase(p)
        e = self.ordered_by(verb)
        if e is not None:
            return e
        if not any(a.dep_ == "auxpass" for a in verb.children):
            return None
        # "was appointed head of the central bank by President X", "named as Army Chief in place of Y
        # by the then Prime Minister, Mr. X": the by-phrase hung on the post or the phrase after it
        for b in verb.subtree:
            if b.lower_ != "by" or b.dep_ not in ("prep", "agent") or b.head.i == verb.i or not self._under(b, verb):
                continue
            e = next((self.entity_at(p) or self.agent_phrase(p) for p in b.children if p.dep_ == "pobj"), None)
            if e is not None:
                return e
        return None

    @staticmethod
    def _under(tok, verb) -> bool:
        """tok hangs on verb through nouns and prepositions only (no other verb or clause between)."""
        h = tok.head
        for _ in range(6):
            if h.i == verb.i:
                return True
            if h.pos_ in ("VERB", "AUX") or h.dep_ in ("relcl", "acl", "advcl", "ccomp") or h.head.i == h.i:
                return False
            h = h.head
        return False

    def ordered_by(self, verb) -> EntityBuild | None:
        """"was arrested on the orders of X", "on X's orders", "by order of X", "under a decree
        signed by X": the one who gave the order (the nouns are data: triggers.json ordering_nouns)."""
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ not in ("on", "under", "by", "upon", "at", "following"):
                continue
            for p in c.children:
                if p.dep_ == "pobj" and p.lower_ in ORDERING_NOUNS:
                    e = self.order_giver(p)
                    if e is not None:
                        return e
        return None

    def order_giver(self, p) -> EntityBuild | None:
        """The one an order noun names as its giver: "the orders of X", "X's orders", "a decree
        signed by X", "a decree of the president"."""
        for c in p.children:
            if c.dep_ == "poss":
                e = self.entity_at(c) or (self.people(c, lists=False) or [None])[0]
                if e is not None:
                    return e
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                e = self.object_agent(c)
                if e is not None:
                    return e
            if c.dep_ == "acl":   # "a decree signed by X"
                for b in c.children:
                    if b.dep_ == "agent" or (b.dep_ == "prep" and b.lower_ == "by"):
                        e = self.object_agent(b)
                        if e is not None:
                            return e
        return None

    def object_agent(self, prep) -> EntityBuild | None:
        """The one the object of a preposition names ("of X", "by X"), by name or as an agent phrase."""
        for x in prep.children:
            if x.dep_ == "pobj":
                e = self.entity_at(x) or self.agent_phrase(x)
                if e is not None:
                    return e
        return None

    def agent_phrase(self, p) -> EntityBuild | None:
        """The agent a by-phrase or subject names without a name of its own: "the then Prime
        Minister, Mr. X" (the person in apposition), "the presidential guards", "the anti-graft
        agency" (the one organisation of the article named or described with that word)."""
        if p.lower_ in ORDERING_NOUNS:   # "dismissed by a decree signed by President X"
            # (round 24) "named prime minister by decree": no giver named, the article's one issuer of decrees
            return self.order_giver(p) or issuer(self)
        if p.pos_ == "NOUN" and p.tag_ != "NNS" and any(c.dep_ == "compound" and c.lower_ in ORDERING_NOUNS
                                                        and c.i == p.i - 1 for c in p.children):
            return issuer(self)   # (round 24) "by a decree read on state television": the parse made "read" a noun
        ps = self.people(p, lists=False)
        if ps:
            return ps[0]
        e = self.name_after(p) if p.lower_ in TITLE_WORDS else None
        if e is not None:
            return e
        e = reigning(self, p)   # "X was appointed by the King"
        if e is not None:
            return e
        if p.pos_ == "NOUN":   # "by DSS operatives", "by the Hawks' ... unit": the body they act for
            e = acting_body(self, p)
            if e is not None:
                return e
        if p.pos_ == "NOUN" and p.is_lower:
            e = self.described_org(p.lemma_.lower()) or national_plain_body(self.state, p)   # "detained by federal police"
            if e is None and p.lower_ in BODY_WORDS and self.state.country_hint \
                    and any(d.dep_ in ("det", "poss") for d in p.children):   # "arrested by the country's military"
                e = self.state.org_entity(p.lower_, self.state.country_hint)
            return e
        return None

    def described_org(self, word: str) -> EntityBuild | None:
        """The one organisation of the article named with word ("the bureau") or described with
        it in apposition ("the presidential guard unit ..., the Regiment of Presidential Security":
        "the guards"; "the anti-graft agency, the EFCC": "the agency")."""
        if self._described is None:
            self._described = {}
            for m in self.state.mentions:
                if m.label != ORGANISATION or m.entity is None:
                    continue
                doc = self.state.sents[m.sent_index].doc
                root = doc[m.start:m.end].root
                desc = [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" else []
                desc += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
                words = {w.lower() for w in m.entity.name.replace("-", " ").split()}
                for d in desc:
                    words |= {t.lemma_.lower() for t in d.subtree if t.i < d.i + 1 and t.is_lower and t.is_alpha
                              and t.pos_ in ("NOUN", "ADJ", "PROPN") and self.state.mention_at(t.i) is None}
                for w in words:
                    self._described.setdefault(w, {})[m.entity.id] = m.entity
        hits = self._described.get(word, {})
        if not hits and word in INVESTIGATOR_NOUNS:   # "the anti-graft agency": the one investigating body named
            hits = {m.entity.id: m.entity for m in self.state.mentions if m.label == ORGANISATION and m.entity is not None
                    and set(m.entity.name.lower().replace("-", " ").split()) & ARRESTING_WORDS}
        return next(iter(hits.values())) if len(hits) == 1 else None
