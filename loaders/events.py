"""Events from trigger words in their dependency context: who did what to whom, when.

This module only dispatches: each trigger word goes to the rule family that reads its
shape, in loaders/rules/ —
  verb_events    "dismissed X", "X was arrested by Y", "X, arrested in May", "X resigned"
  noun_events    "the arrest of X", "X's dismissal", "ordered the retirement of X", "custody"
  leaving_nouns  "the departure of Finance Minister X": a resignation only with "of" and a person
  becoming       "X became president", "Y will become the Minister of Justice"
  changes        "forced X to resign", "X now heads the Roads Ministry", "the swearing-in of X"
  replacements   "X replaced Y", "took over from", "his successor, X", "in place of"
  term_ends      "the end of X's term as T", "X finished in the position of T": X leaves post T
  phrasal        "took office", "takes over the defense portfolio", "was placed on leave"
  implied        "arrested on corruption charges" is a CHARGE too
  verdicts       "was sentenced to five years" is a CONVICTION too
  announcements  "X has named his new Cabinet": X is the agent of the appointments listed after
  groups         "five officers were charged ... The five defendants are: A, B, C"
  coordination   lists of names, "along with", colon lists
  hedging        "could be removed", "called for his dismissal": not facts
  pending        "jailed pending trial" is an ARREST; "ahead of her sentencing" is no SENTENCE
  post_lists     "named X as A; Y as B; and Z as C": one event per person, each with its post
  paren_lists    "re-appointed X, B (Energy), C (ICT) and D (Interior)": each bracketed appointee
  recalled       "The two were jailed": the two persons just named
  headlines      "Kenya's President Sacks Finance Minister": the headline's event, read from its words
  accusations    "X is accused of terrorism" is a CHARGE once X is arrested or wanted
  bridging       "granted bail to a former minister ..." then "X, a former minister": X
  reference      "The 52-year-old was charged", "the former governor", "the CS": the person named before
  phrases        which person or body a token or phrase names (pronouns, appositions, agents)
  details        date, charge and post of an event
The trigger words themselves are data: loaders/data/triggers.json.
"""
from __future__ import annotations

from bisect import bisect_left

from graph.schema import PERSON

from .lexicon import EVENT_NOUNS, EVENT_VERBS, IMPOSED_NOUNS, IMPOSING_VERBS, REPLACE_VERBS, REVOKED_NOUNS, REVOKING_VERBS, word_set
from .rules.facts import EventFact
from .rules.accusations import Accusations
from .rules.becoming import became, made_post
from .rules.changes import FORCING_VERBS, HEADING_VERBS, TERM_NOUNS, extended_term, forced_out, heads_now, swearing_in
from .rules.announcements import (ANNOUNCING_LEMMAS, APPROVING_VERBS, announced, approved, give_announced_agents,
                                 give_reported_agents)
from .rules.groups import group_events
from .rules.headlines import headline_events
from .rules.implied import implied_charges
from .rules.leaving_nouns import LEAVING_NOUNS, leaving_noun
from .rules.particle_verbs import NOT_EVENT_PARTICLES, idle_particle_verb
from .rules.new_titles import acting_copula, new_title_apposition
from .rules.noun_events import (CHARGE_DOCUMENTS, NEW_POST_NOUNS, REQUEST_NOUNS, accepted_request, charges_against, custody,
                                guilty_finding, new_post, noun_event)
from .rules.paren_lists import paren_listed
from .rules.pending import awaited, detention_type, future_clause, held_in_headline
from .rules.phrasal import PHRASAL_VERBS, match as phrasal_match, phrasal_event
from .rules.post_lists import included_changes, new_holders
from .rules.reference import pronoun_topic, referent
from .rules.phrases import PhraseReader, mended_lemma
from .rules.gapped import gapped_subjects
from .rules.paired_posts import paired_posts
from .rules.handovers import HANDING_VERBS, handed_post
from .rules.post_duties import DUTY_NOUNS, duties_given
from .rules.elections import background_or_seat
from .rules.moves import custody_move, moved_elsewhere
from .rules.respectively import respective_replacements
from .rules.replacements import hand_over, replace_event, replace_surface, take_over
from .rules.taken_posts import TAKING_VERBS, assumed_post
from .rules.term_ends import FINISHING_VERBS, finished_post, term_end
from .rules.recommendations import PROPOSING_VERBS, recommended_appointment
from .rules.candidacies import CANDIDACY_NOUNS, put_forward
from .rules.legislators import voted_in
from .rules.successor_nouns import in_place_of, successor_noun, vacated_by
from .rules.verb_events import titled_participle, verb_event, will_serve
from .rules.verdicts import implied_convictions
from . import doc_index

__all__ = ["EventFact", "EventReader"]

REVOKING_NOUNS = word_set("triggers", "revoking_nouns")   # "the termination of X's appointment": a dismissal

# Every word one of read()'s per-token rules first tests a token's lower-cased text, lemma or
# mended lemma against (the first test of each branch below): a token none of whose three
# strings is here takes no branch, and read() skips it without building its spaCy Token.
# (A mended or "re-" lemma other than the lemma itself is an EVENT_VERBS or REPLACE_VERBS word.)
TRIGGER_WORDS = frozenset().union(
    ANNOUNCING_LEMMAS, NOT_EVENT_PARTICLES, EVENT_VERBS, REPLACE_VERBS, TAKING_VERBS, HANDING_VERBS, PHRASAL_VERBS,
    FORCING_VERBS, HEADING_VERBS, APPROVING_VERBS, REVOKED_NOUNS, IMPOSED_NOUNS, EVENT_NOUNS, LEAVING_NOUNS,
    REQUEST_NOUNS, CHARGE_DOCUMENTS, NEW_POST_NOUNS, DUTY_NOUNS, TERM_NOUNS, FINISHING_VERBS,
    PROPOSING_VERBS, CANDIDACY_NOUNS,
    {"step", "swear", "hand", "make", "recommend", "become", "serve", "vacate", "hold", "include", "be",
     "successor", "predecessor", "replacement", "new", "plea", "verdict", "case", "swearing", "custody", "detention",
     "place", "stead"})
# (what acting_tokens learnt of each word form seen: pure, so kept across docs; cleared when
# large, as a long run meets ever more words)
_WORD_ACTS: dict[str, bool] = {}   # a lower-cased word -> it, a "re-" form or the verb mended_lemma reads in it is a trigger word
_MOST = 1 << 18


def _word_acts(w: str) -> bool:
    # (mended_lemma mends a lemma only into the verb it reads in the word's own form: the one it
    # reads with no lemma given; a "re-" form goes to read() whatever it is: _re_prefixed)
    return w in TRIGGER_WORDS or w.startswith("re-") or mended_lemma("", w, True) in TRIGGER_WORDS


def acting_tokens(doc) -> list[int]:
    """The indices of the doc's tokens some per-token rule of EventReader.read may act on (see
    TRIGGER_WORDS), read from the doc's word and lemma lists, without a spaCy Token per token."""
    words, lemmas = doc_index.lowers(doc), doc_index.lemmas(doc)
    word_acts = _WORD_ACTS
    if len(word_acts) > _MOST:
        word_acts.clear()
    for w in set(words).difference(word_acts):
        word_acts[w] = _word_acts(w)
    return [i for i, (w, m) in enumerate(zip(words, lemmas)) if word_acts[w] or m in TRIGGER_WORDS]


def re_prefixed(tok) -> str | None:
    """"re-appointed", "re-arrests" (one token: loaders/nlp.py): the trigger verb after "re-"."""
    return _re_prefixed(tok.lower_)


def _re_prefixed(w: str) -> str | None:
    """re_prefixed of the token's lower-cased text."""
    if not w.startswith("re-"):
        return None
    w = w[3:]
    for base in (w, w[:-1], w[:-2], w[:-2] + "e" if w.endswith("ed") else None, w[:-1] + "e" if w.endswith("d") else None):
        if base and (base in EVENT_VERBS or base in REPLACE_VERBS):
            return base
    return None


class EventReader(PhraseReader):
    """Reads the events of one sentence at a time, in article order (state: extract.ArticleState)."""

    def __init__(self, state):
        super().__init__(state)
        self.accusations = Accusations()
        self.history: list[EventFact] = []   # the article's events so far ("The two were jailed": rules/recalled.py)
        self._acting = (None, [])   # (the doc read last, its acting_tokens)

    def _heads(self, tok) -> list:
        """The persons a phrase names; a definite phrase that names no one ("the suspect", "the
        former governor") points back to the person named before it (rules/reference.py)."""
        return super()._heads(tok) or referent(self, tok)

    def entity_at(self, tok, label: str | None = None):
        """As PhraseReader's; a pronoun whose nearest antecedent is only a possessor or an object
        is the person the story is about ("A court found him guilty": rules/reference.py)."""
        e = super().entity_at(tok, label)
        if tok.pos_ == "PRON" and (e is None or e.label == PERSON) and label in (None, PERSON):
            e = pronoun_topic(self, tok, e)
        return e

    def read_headline(self, title: str) -> list[EventFact]:
        """The event the headline states (rules/headlines.py), once the story is read; its
        evidence is the headline line when the text holds it, else the first sentence naming
        the subject."""
        sents = self.state.sents
        at = next((i for i, s in enumerate(sents[:3]) if doc_index.text(s).strip() == (title or "").strip()), None)
        self.state.current_si = at if at is not None else 0
        out = held_in_headline(headline_events(self, title or "", self.state.current_si), title or "", self.history)
        out += implied_convictions(out, title or "")   # "Ex-Governor X Gets 10 Years": convicted too
        for f in out:
            if at is None:
                f.sent_index = next((m.sent_index for m in self.state.mentions if m.entity is f.subjects[0]), 0)
        return out

    def read(self, sent, si: int) -> list[EventFact]:
        out: list[EventFact] = []
        if doc_index.text(sent).strip().endswith("?"):
            return out
        doc = sent.doc
        if self._acting[0] is not doc:
            self._acting = (doc, acting_tokens(doc))
        lowers, lemmas, acting = doc_index.lowers(doc), doc_index.lemmas(doc), self._acting[1]
        for i in acting[bisect_left(acting, sent.start):bisect_left(acting, sent.end)]:
            tok, lower = doc[i], lowers[i]
            low_lemma = lemmas[i]   # (tok.lemma_.lower(), read once per Doc)
            # (read once: each read builds a string; the guards below are the first tests of the
            # rules they stand before, on the same strings)
            pos, tag = tok.pos_, tok.tag_
            if low_lemma in ANNOUNCING_LEMMAS:
                announced(self, tok)   # "X has named his new Cabinet": X is the agent of what follows
            lemma = mended_lemma(low_lemma, lower, tok.is_alpha)   # (trigger_lemma)
            if lower.startswith("re-"):
                lemma = _re_prefixed(lower) or lemma   # "re-appointed"
            if lemma in NOT_EVENT_PARTICLES and idle_particle_verb(tok, lemma):
                continue   # "freeing him up to focus on", "fired back at critics": no event
            if tag == "VBG" and lemma in EVENT_VERBS and any(c.dep_ == "poss" for c in tok.children):
                out += noun_event(self, tok, EVENT_VERBS[lemma], sent, si)   # "Mr Munu's sacking" (a gerund the tagger kept a verb)
            elif pos in ("VERB", "AUX") or tag.startswith("VB"):
                if lemma in PROPOSING_VERBS and (recommended := recommended_appointment(self, tok, sent, si)):
                    out += recommended   # "recommended that X be appointed", "proposed appointing X as T"
                elif lemma in REPLACE_VERBS:
                    out += replace_event(self, tok, sent, si)
                elif lemma in EVENT_VERBS and any(c.dep_ == "prt" for c in tok.children) and phrasal_match(tok) is not None:
                    out += phrasal_event(self, tok, sent, si)   # "picked up X": the phrase, not "pick" alone
                elif lemma in EVENT_VERBS or (lemma == "step" and any(c.lower_ == "down" for c in tok.children)):
                    out += [f for f in verb_event(self, tok, detention_type(tok, EVENT_VERBS.get(lemma, "RESIGNATION")), sent, si)
                            if not background_or_seat(tok, f.type, f.position)   # "first elected in 2005"
                            and not moved_elsewhere(self, tok, f.type)   # "moved to hospital"
                            and not custody_move(self, tok, f.type)   # "transferred to a police headquarters" after an arrest
                            and not future_clause(tok, f.type)]   # "faces 15 years when she is sentenced"
                elif lemma == "swear" and any(c.lower_ == "in" and c.dep_ in ("prt", "prep") for c in tok.children):
                    out += verb_event(self, tok, "APPOINTMENT", sent, si)     # "X was sworn in as president"
                elif lemma in TAKING_VERBS and (taken := take_over(self, tok, sent, si)):
                    out += taken   # "takes over from Y", "take Y's office", "assumed the position of Y"
                elif lemma in ("hand", "make") and (handed := hand_over(self, tok, sent, si)):
                    out += handed   # "Y handed over power to X", "Y made way for X"
                elif lemma in HANDING_VERBS and (given := handed_post(self, tok, sent, si)):
                    out += given   # "Y handed the reins to X", "Y loses education to X"
                elif lemma == "make" and (made := made_post(self, tok, sent, si)):
                    out += made   # "the president made X finance minister"
                elif low_lemma == "vote" and (voted := voted_in(self, tok, sent, si)):
                    out += voted   # "Lawmakers voted in X": the house appoints X
                elif low_lemma in PHRASAL_VERBS and phrasal_match(tok) is not None:
                    out += phrasal_event(self, tok, sent, si)   # "took office", "was placed on leave"
                elif low_lemma in FORCING_VERBS and (forced := forced_out(self, tok, sent, si)):
                    out += forced   # "the regime forced two ministers to retire"
                elif low_lemma in HEADING_VERBS and (now_heads := heads_now(self, tok, sent, si)):
                    out += now_heads   # "X now heads the Roads Ministry"
                elif low_lemma in FINISHING_VERBS and (ended := finished_post(self, tok, sent, si)):
                    out += ended   # "X recently finished in the position of T": X leaves T (no event)
                elif lemma == "become":
                    out += became(self, tok, sent, si)   # "X became president", "Y will become the Minister of Justice"
                elif lemma == "serve" and any(c.lower_ in ("will", "would", "shall") for c in tok.children):
                    out += will_serve(self, tok, sent, si)
                elif lemma in ("vacate", "hold") and tok.dep_ == "acl":
                    out += vacated_by(self, tok, sent, si)   # "appointed to the post vacated by Y"
                elif lemma == "include":
                    out += included_changes(self, tok, sent, si)   # "the changes include X as chief of staff"
                elif lemma in APPROVING_VERBS:
                    out += approved(self, tok, sent, si)   # "parliament approved the nominee, X"
                elif lemma == "be" and tok.dep_ in ("ROOT", "conj", "advcl", "ccomp"):
                    out += new_holders(self, tok, sent, si)   # "X is the new finance minister" (also "while Y is the new Z", "..., Y said")
                    out += acting_copula(self, tok, sent, si)   # "X will be Acting Governor until March"
                elif lemma == "be" and tok.dep_ == "relcl":
                    out += acting_copula(self, tok, sent, si)   # "X, who will be Acting Governor until March"
            elif pos == "ADJ" and lemma in EVENT_VERBS and titled_participle(tok, EVENT_VERBS[lemma]):
                out += verb_event(self, tok, EVENT_VERBS[lemma], sent, si)   # "the sacked prime minister X"
            elif pos == "NOUN" and lemma in REVOKED_NOUNS and (tok.head.lemma_ in REVOKING_VERBS or (
                    tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in REVOKING_NOUNS)):
                out += noun_event(self, tok, REVOKED_NOUNS[lemma], sent, si)   # "terminated the appointment of X", "the termination of X's appointment"
            elif pos == "NOUN" and lemma in IMPOSED_NOUNS and tok.head.lemma_ in IMPOSING_VERBS:
                out += noun_event(self, tok, IMPOSED_NOUNS[lemma], sent, si)   # "ordered the retirement of X"
            elif pos == "NOUN" and lemma in EVENT_NOUNS and not (EVENT_NOUNS[lemma] == "SENTENCE" and awaited(tok)):   # not "ahead of her sentencing"
                out += noun_event(self, tok, EVENT_NOUNS[lemma], sent, si)
            elif pos == "NOUN" and lemma in LEAVING_NOUNS:
                out += leaving_noun(self, tok, sent, si)   # "the departure of Finance Minister X"
            if pos == "NOUN" and low_lemma in CANDIDACY_NOUNS:
                out += put_forward(self, tok, sent, si)   # "submitted the candidacy of X for the post of T"
            if lower in ("successor", "predecessor", "replacement"):
                out += successor_noun(self, tok, sent, si)
            if pos == "NOUN" and low_lemma in REQUEST_NOUNS and tok.dep_ == "dobj":
                out += accepted_request(self, tok, sent, si)   # "accepted his request to step down"
            if lower == "new" and tok.dep_ == "amod":
                out += new_title_apposition(self, tok, sent, si)   # "X, the new defence minister, said"
            if pos == "NOUN" and low_lemma in ("plea", "verdict"):
                out += guilty_finding(self, tok, sent, si)   # "entered a guilty plea", "a guilty verdict against X"
            if lower in CHARGE_DOCUMENTS or low_lemma in CHARGE_DOCUMENTS or low_lemma == "case":
                out += charges_against(self, tok, sent, si)   # "the charges against X include fraud"
            if pos == "NOUN" and low_lemma in NEW_POST_NOUNS:
                out += new_post(self, tok, sent, si)   # "X's new role as finance minister"
            if pos == "NOUN" and low_lemma in DUTY_NOUNS:
                out += duties_given(self, tok, sent, si)   # "entrusted the duties of the Prime Minister to X"
            if pos == "NOUN" and low_lemma in TERM_NOUNS:
                out += extended_term(self, tok, sent, si)
                out += term_end(self, tok, sent, si)   # "the end of X's term as T": X leaves T (no event)   # "extended the term of governor X"
            if lower == "swearing":
                out += swearing_in(self, tok, sent, si)   # "the swearing-in of X as governor"
            if lower in ("custody", "detention"):
                out += custody(self, tok, sent, si)
            if lower in ("place", "stead") and tok.head.lower_ == "in":
                out += in_place_of(self, tok, sent, si)
        out += group_events(self, sent, si)   # "The five defendants ... are: A, B, C"
        out += gapped_subjects(self, sent, si, out)   # "X was dismissed from A, Y from B, and Z from C"
        out += paired_posts(self, sent, si, out)   # "appointing A Acting Governor of S and B Acting Governor of T"
        out += paren_listed(self, sent, si, out)   # "was re-appointed CS Treasury, B (Energy), C (ICT) and D (Interior)"
        out += replace_surface(self, sent, si, out)
        out += assumed_post(self, sent, si, out)   # "X resigned from A, a position that will be assumed by Y"
        out += respective_replacements(self, sent, si, out)   # "A and B ..., respectively, replacing C and D"
        out += implied_charges(out, sent)   # "arrested on corruption charges": charged too
        out += implied_convictions(out, doc_index.text(sent))   # "was sentenced to five years": convicted too
        out += self.accusations.read(self, sent, si, out)   # "X, accused of ...", once X is arrested
        give_reported_agents(self, sent, out)   # "the National Police said X had been arrested"
        give_announced_agents(self, out)
        self.history += out
        for f in out:
            if f.type in ("DISMISSAL", "RESIGNATION", "SUSPENSION"):
                self.recent_out += f.subjects
                self.recent_left += [(s, f.sent_index) for s in f.subjects]
            elif f.type in ("APPOINTMENT", "NOMINATION") and not f.extra.get("no_event"):
                self.recent_in += [(s, f.sent_index) for s in f.subjects]   # "X was named ... She replaces Y"
        return out
