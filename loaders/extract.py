"""One article in, graph records out: entities, events and relations with their evidence.

The order is the reader's: find who and what is named (mentions), resolve names to
entities, read positions from titles, read events from triggers, then draw the
relations the events and positions imply. Every fact keeps the sentence it came from
(a substring of the article text) and the rule that read it.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator

from graph.posts import post_key
from graph.schema import (ORGANISATION, PERSON, Article, Entity, Event, Evidence, GraphDocument,
                          Participant, Relation, article_id, confidence, event_id)

from .clean import clean_text
from .dates import parse_published, resolve as resolve_date
from .lexicon import LEADING_POSTS, word_set
from .rules.adjacent_changes import adjacent_replacements
from .rules.near_posts import near_posts
from .rules import common_bodies, head_offices, staff_offices, written_portfolios
from .rules.per_story import the_one
from .rules.same_posts import SECOND_WORDS, same_head, same_post
from .rules.successions import country_head, former_head_post, leaving, unplaced_appointees
from .events import EventFact, EventReader
from .gender import article_genders, pronoun_gender
from . import gazetteer as gz
from . import body_positions, cut_names, place_bodies, wrapped_lines
from .rules import flag_officers, honorable_judges, lede_removals, police_ranks, signature_posts
from .rules.story_arresters import give_story_arrester
from .rules.term_ends import succession_to_that_post
from .rules.case_groups import case_group_events
from .org_names import country_names
from .mentions import (EntityBuild, Mention, article_countries, collect_mentions, ministry_aliases, ministry_domain,
                       org_identity, resolve)
from .nlp import load_pipeline
from .positions import TAKING_RULES, Position, PositionReader, core_title
from .sources import RawArticle
from .succession_posts import left_post, taken_post
from .tenure import date_document
from . import doc_index


AREA_REFERENCES = word_set("links", "area_reference_nouns")   # "the region", "the province"
AREA_WORDS = word_set("names", "area_words")   # the last word of an area's name ("Territory", "Oblast")
EMPLOYER_HEADS = word_set("links", "employer_heads")   # "the Infrastructure Ministry dismissed X": X worked there


def _first_of_joined(tok):
    """(round 25) "He was a close adviser ..., before Mr. X became a senator, and he served as ...":
    the pronoun subject of a clause joined by "and" to one whose subject is the same pronoun is
    that earlier pronoun (the names between belong to clauses of their own)."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return tok
    first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return first if first is not None and first.lower_ == tok.lower_ and first.i < tok.i else tok


def _bare(title: str) -> str:
    return re.sub(r"^(?:the|a|an|new)\s+", "", title.strip(), flags=re.I)


@dataclass
class Block:
    start: int  # character offset of the block in the article text
    text: str


def blocks(text: str) -> list[Block]:
    """Lines of the cleaned text: paragraphs, headings and captions never merge (the lines of a
    hard-wrapped text do: loaders/wrapped_lines.py)."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append(Block(pos + lead, line.strip()))
        pos += len(line) + 1
    return wrapped_lines.join(out, text, Block)   # a text wrapped at a fixed width: its lines run on


class ArticleState:
    """What the readers share while going through one article."""

    def __init__(self, sents, mentions: list[Mention], ents: dict[str, EntityBuild], country,
                 country_hint: str | None = None):
        self.sents = sents
        self.mentions = mentions
        self.ents = ents
        self.country = country              # named at least twice: heads of state are its
        self.country_hint = country_hint    # named at all: a bare "Defence Ministry" is its
        self.parts: list[tuple[EntityBuild, EntityBuild]] = []   # (unit, body it is part of)
        self.title_orgs: dict[str, EntityBuild] = {}   # a post's core title -> the institution it was named with
        self.title_holders: dict[str, list[EntityBuild]] = {}   # a post's head word -> its current holders
        self._at: dict[tuple[int, int], Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self._at[(id(self._doc_of(m)), i)] = m
        self.current_doc = None
        self._genders: dict[str, str] | None = None

    def _doc_of(self, m: Mention):
        return self.sents[m.sent_index].doc

    def mention_at(self, i: int) -> Mention | None:
        return self._at.get((id(self.current_doc), i))

    def mention_of(self, tok) -> Mention | None:
        """The mention tok is part of, in any sentence of the article (not only the current one)."""
        return self._at.get((id(tok.doc), tok.i))

    def antecedent(self, tok, exclude: EntityBuild | None = None,
                   prefer_subject: bool = False, also_exclude: EntityBuild | None = None) -> EntityBuild | None:
        """The nearest person mentioned before tok (this sentence or the two before); with
        prefer_subject, the nearest one that was a grammatical subject, if any. A pronoun that
        repeats the subject of the clause its own is joined to ("He was ..., before Mr. X became
        ..., and he served as ...") stands for the same person: the first pronoun is resolved."""
        tok = _first_of_joined(tok)
        si = self.current_si
        cands = []
        for m in self.mentions:
            if m.label != PERSON or m.entity is None or m.entity is exclude or m.entity is also_exclude:
                continue
            if m.sent_index == si and m.start < tok.i or si - 2 <= m.sent_index < si:
                cands.append(m)
        want = pronoun_gender(tok.lower_)
        if want is not None:   # "she" is no man the article named (loaders/gender.py)
            cands = [m for m in cands if self.may_be(m.entity, want)]
        if not cands:
            return None
        cands.sort(key=lambda m: (m.sent_index, m.start))
        if prefer_subject:   # the subject of the nearest sentence that names anyone, not one further back
            nearest = [m for m in cands if m.sent_index == cands[-1].sent_index]
            subj = [m for m in nearest if self._is_subject(m)]
            if subj:
                return subj[-1].entity
        return cands[-1].entity

    @property
    def genders(self) -> dict[str, str]:
        """Person id -> "m" / "f" where the article marks it (loaders/gender.py), read once."""
        if self._genders is None:
            self._genders = article_genders(self.sents, self.mentions)
        return self._genders

    def may_be(self, entity: EntityBuild, sex: str) -> bool:
        """Nothing in the article marks entity as of the other sex than a pronoun's ("she" is no
        man the article named)."""
        return self.genders.get(entity.id, sex) == sex

    def last_org_before(self, si: int, i: int) -> EntityBuild | None:
        """The organisation mentioned last before token i of sentence si (this one or the one before)."""
        cands = [m for m in self.mentions if m.label == ORGANISATION and m.entity is not None and
                 ((m.sent_index == si and m.start < i) or m.sent_index == si - 1)]
        return cands[-1].entity if cands else None

    def org_by_head(self, word: str) -> EntityBuild | None:
        """"the bureau", "the commission": the one organisation of the article named with that word."""
        hits = {m.entity.id: m.entity for m in self.mentions if m.label == ORGANISATION and m.entity is not None
                and word in [w.lower() for w in m.entity.name.split()]}
        if not hits:   # a body only a title named so far ("central bank governor X ... deputy governor of the bank")
            hits = {e.id: e for e in self.ents.values() if e.label == ORGANISATION and e.used
                    and word in [w.lower() for w in e.name.split()]}
        if not hits and word in AREA_REFERENCES:   # "acting head of the region": the article's one "Primorye Territory"
            hits = {e.id: e for e in [m.entity for m in self.mentions if m.label == ORGANISATION]
                    + [e for e in self.ents.values() if e.label == ORGANISATION and e.used]
                    if e is not None and e.name.split()[-1].lower() in AREA_WORDS}
            hits = hits or {e.id: e for key, e in self.title_orgs.items()
                            if key.split()[-1:] == ["governor"]}   # "Primorye Governor X": Primorye is a region
        return the_one(hits.values())

    def person_by_title(self, word: str, before_si: int) -> EntityBuild | None:
        """"the president", "the chancellor": the one person of the article holding that post now."""
        hits = {e.id: e for e in self.title_holders.get(word, [])}
        return the_one(hits.values())

    def _is_subject(self, m: Mention) -> bool:
        doc = self.sents[m.sent_index].doc
        root = doc[m.start:m.end].root
        while root.dep_ in ("compound", "appos", "conj") and root.head.i != root.i:
            root = root.head
        return root.dep_ in ("nsubj", "nsubjpass")

    def org_entity(self, name: str, country: str | None) -> EntityBuild:
        key, display, c = org_identity(name, country)
        e = self.ents.get(f"O:{key}")
        if e is None:
            from .mentions import ministry_aliases
            e = self.ents[f"O:{key}"] = EntityBuild(ORGANISATION, key, display, country=c)
            e.aliases |= ministry_aliases(display)
            adj = gz.adjective_of(c) if c else ""
            if c and adj != c and display.startswith(f"{adj} "):   # "Sierra Leonean Police" is "Sierra Leone Police"
                e.aliases.add(f"{c}{display[len(adj):]}")
            if c and c not in (self.country, self.country_hint):   # another country's: only forms that name it
                e.aliases = {a for a in e.aliases if a.split()[0] == display.split()[0]
                             or gz.country_of(a.split()[0]) == c or a.endswith(f" of {c}")}
        e.used = True
        return e

    def country_entity(self, country: str) -> EntityBuild:
        key = country.lower()
        e = self.ents.get(f"O:{key}")
        if e is None:
            e = self.ents[f"O:{key}"] = EntityBuild(ORGANISATION, key, country, country=country)
            e.aliases |= country_names(country)   # "U.S.", "USA", "America"
        e.used = True
        return e

    def unit_entity(self, name: str, short: str, parent: EntityBuild) -> EntityBuild:
        key = name.lower()
        e = self.ents.get(f"O:{key}")
        if e is None:
            e = self.ents[f"O:{key}"] = EntityBuild(ORGANISATION, key, name, {short}, country=parent.country)
            e.aliases.add(f"{short} of the {parent.name}")
            e.aliases |= {f"{short} of the {a}" for a in parent.aliases if len(a.split()) > 1}
        e.used = True
        self.parts.append((e, parent))
        return e


class Extractor:
    """Reads articles with one spaCy pipeline; `extract` gives a GraphDocument per article."""

    def __init__(self, model: str | None = None):
        self.model = model
        self.nlp = load_pipeline(model)

    def extract(self, raw: RawArticle) -> GraphDocument:
        return self.extract_many([raw])[0]

    def extract_many(self, raws: list[RawArticle], batch_size: int = 64, n_process: int = 1):
        """Articles to documents, in order (see `extract_stream`)."""
        return list(self.extract_stream(raws, batch_size=batch_size, n_process=n_process))

    def extract_stream(self, raws: Iterable[RawArticle], batch_size: int = 64,
                       n_process: int = 1) -> Iterator[GraphDocument]:
        """One document per article, lazily: all articles' blocks go through a single
        nlp.pipe stream, so batching pays off across articles. With n_process > 1, whole
        articles go to worker processes (`loaders.workers`), rules included."""
        if n_process > 1:
            from .workers import extract_in_workers
            yield from extract_in_workers(self, raws, n_process)
            return
        pending: deque = deque()

        def texts():
            for raw in raws:
                bl = blocks(clean_text(raw.text))
                pending.append((raw, bl))
                yield from ((wrapped_lines.for_parse(b.text), None) for b in bl)
                if not bl:
                    yield "", None   # an article with no text still gets its (empty) document

        got: list = []
        for doc, _ in self.nlp.pipe(texts(), batch_size=batch_size, n_process=n_process, as_tuples=True):
            got.append(doc)
            raw, bl = pending[0]
            if len(got) >= max(len(bl), 1):
                pending.popleft()
                yield self._document(raw, bl, got[:len(bl)])
                got = []

    # ------------------------------------------------------------------------------
    def _document(self, raw: RawArticle, bl: list[Block], docs) -> GraphDocument:
        return self.records(self.read(raw, docs, bl))

    def records(self, r: "Reading") -> GraphDocument:
        """The graph records of what the readers found, dated."""
        head_offices.name_forms(r.state.ents, r.state.country_hint)   # "Presidency": "Office of the President", ...
        texts = r.texts or [doc_index.text(s) for s in r.state.sents]   # the article's own words of each sentence
        builder = RecordBuilder(r.article.id, r.state.sents, r.published, texts)
        doc = builder.build(r.article, r.state.mentions, r.state.ents, r.positions, r.facts, r.state.parts)
        return date_document(doc, r.published, texts)   # events' dates, posts' start / end / as_of

    def read(self, raw: RawArticle, docs, bl: list[Block] | None = None) -> "Reading":
        """What the readers found in one parsed article (docs: its blocks bl, parsed), before it
        becomes records (benchmarks/learned_baseline.py learns from this)."""
        aid = article_id(raw.title, raw.url, raw.text)
        article = Article(aid, raw.title, raw.url, raw.published, raw.source)
        signature_posts.tag_signers(docs)   # "Jane X" on its own line, then "Department Spokesperson"
        sents = [s for d in docs for s in d.sents if doc_index.text(s).strip()]
        mentions = collect_mentions(sents)
        mentions = body_positions.relabel(cut_names.drop_cut(mentions, sents), sents)   # "...General Hurl"; "the Petronas chairman"
        mentions = sorted(mentions + [m for family in (head_offices, common_bodies) for m in family.mentions(
            sents, mentions, lambda a, b, text, si, written: Mention(ORGANISATION, a, b, text, si, alias=written))],
            key=lambda m: (m.sent_index, m.start))   # "Director of ... of the Presidency"; "court of first instance judge X"
        country, hint = article_countries(docs, raw.title)
        if hint is None and given_country(raw.country):   # the text names no country: `okg build --country`
            country = hint = given_country(raw.country)
        ents = resolve(mentions, hint)
        state = ArticleState(sents, mentions, ents, country, hint)
        published = parse_published(raw.published)
        pos_reader, ev_reader = PositionReader(state), EventReader(state)
        state.history = ev_reader.history   # the events of the sentences read so far ("Both leaders ...")
        positions: list[Position] = []
        facts: list[EventFact] = []
        by_sentence: dict[int, list[Mention]] = {}   # (one pass, not one per sentence)
        for m in mentions:
            by_sentence.setdefault(m.sent_index, []).append(m)
        for si, sent in enumerate(sents):
            state.current_doc, state.current_si = sent.doc, si
            ms = list(by_sentence.get(si, ()))
            positions += pos_reader.read(sent, si, ms)
            found = ev_reader.read(sent, si)
            facts += found + implied_replacements(found, si)
            facts += adjacent_replacements(facts, sent, si, implied_replacements)   # "sacked Y as DG." "appointed Z."
            facts += succession_to_that_post(facts, si)   # "... his term ends in March." "appointed Z to that position"
            positions += pos_reader.from_events(found)
        more_posts, more_facts = flag_officers.read(state)   # "Navy Rear Adm. X for appointment to the grade of ..."
        positions, facts = positions + more_posts + honorable_judges.read(state), facts + more_facts   # "the Hon. X, of the Court"
        positions += signature_posts.read(state)   # "John Y, Department Spokesperson"
        positions += police_ranks.read(state)   # "Officer X" in a story on one town's police department
        facts += ev_reader.read_headline(raw.title)   # "President Sacks Finance Minister"
        facts += case_group_events(ev_reader, facts)   # "Both defendants were detained and charged": each of them
        give_story_arrester(state, facts)   # "X was also arrested" in a story of one arresting body
        positions += near_posts(state, positions)   # "NLC Commissioner X" where the parse placed X nowhere
        positions += lede_removals.read(state, facts, pos_reader.org_for_title)   # "replaced his defense minister. X resigned"
        bl = blocks(clean_text(raw.text)) if bl is None else bl
        texts = wrapped_lines.own_sentences(bl, docs)   # evidence quotes the article's own text
        return Reading(article, state, positions, facts, published, texts)


def given_country(text: str | None) -> str | None:
    """The country `okg build --country` gives ("Ghana"; "Mexico / United States" and
    "Russia (war in Ukraine)" give their first), when the gazetteer knows it."""
    first = re.split(r"\s*[/;,(]\s*", text.strip())[0] if text else ""
    return gz.country_of(first) if first else None


@dataclass
class Reading:
    """One article as the readers left it: its sentences, mentions and entities (state),
    the posts and events they read."""
    article: Article
    state: ArticleState
    positions: list[Position]
    facts: list[EventFact]
    published: object
    texts: list[str] | None = None   # the article's own text of each sentence (the parse read lines joined by spaces)


def implied_replacements(found: list[EventFact], si: int) -> list[EventFact]:
    """"removed X as foreign minister and reappointed Y to the post": one sentence that
    dismisses one person and appoints another states a replacement."""
    if any(f.predecessor is not None and not f.rule.startswith("noun:") for f in found):
        return []
    found = [f for f in found if not f.extra.get("no_event")]
    out = [f for f in found if f.type in ("DISMISSAL", "RESIGNATION") and len(f.subjects) == 1]
    ins = [f for f in found if f.type == "APPOINTMENT" and len(f.subjects) == 1]
    if len(out) != 1 or len(ins) != 1 or out[0].subjects[0] is ins[0].subjects[0]:
        return []
    new, old = ins[0].subjects[0], out[0].subjects[0]
    given, left = ins[0].position, out[0].position
    one_head = bool(given and left) and same_head(given, left)   # (same_head reads both ways alike)
    if _other_post(given, left, old.titles) and not one_head:
        return []   # "sacked Finance Minister X and appointed Y as defence minister": two posts
    if out[0].type == "RESIGNATION" and not (left and not given) \
            and not (given and left and (not _other_post(left, given, []) or one_head)):
        return []   # "X resigned as governor ... and Y was sworn in (as the new governor)": the post must be the one left
    taken = left if out[0].type == "DISMISSAL" else None   # (a resignation's may run on past "and")
    return [EventFact("APPOINTMENT", si, [new], None, None, given or taken,
                      rule="dismissal-and-appointment", strength=0.7, successor=new, predecessor=old,
                      extra={"no_event": True})]


def _moved_on(post: Position, facts: list[EventFact], at: int) -> bool:
    """The post is one its holder is appointed to in the article ("Y takes over from X, who was
    recently appointed Chief of Staff to the UN mission"; "Y will assume the post of health minister,
    replacing X. X will instead helm the Federal Territories Ministry", a post read after the
    replacement at sentence `at`, as one taken): the one who succeeds X takes another."""
    held = re.sub(r"\s+(?:to|of|at|for|in)$", "", core_title(post.title))   # ("Chief of Staff to")
    if post.sent_index > at and (post.rule.startswith(TAKING_RULES) or any(
            f.type == "APPOINTMENT" and post.person in f.subjects and f.sent_index == post.sent_index for f in facts)):
        return True
    return any(f.type == "APPOINTMENT" and post.person in f.subjects and f.position and f.successor is None
               and (core_title(_bare(f.position)) == held or same_post(f.position, post.title)
                    or (f.sent_index == post.sent_index and held and held in core_title(_bare(f.position))))
               for f in facts)


def _sole_head(title: str, org=None) -> bool:
    """A title only one person holds at a time: the head of a body or a territory ("acting head",
    "Governor", "director general"), a ministry's minister; not a deputy's."""
    lw = title.lower().replace("-", " ").split()
    if any(w in SECOND_WORDS or w in ("co", "state") for w in lw):   # a deputy's post, a co-chair, a state minister
        return False
    if staff_offices.staff_title(title):
        return False   # (round 25) "chief of staff", "communications director": one of a leader's office's many posts
    if org is not None and lw and lw[-1] == "minister" and "ministry" in org.name.lower().split():
        return True   # ("commerce minister" of the Ministry of Trade)
    words = core_title(_bare(title)).replace("-", " ").split()
    if not words:
        return False
    words = [w for w in words if w not in ("acting", "interim", "new", "caretaker", "substantive")]
    if country_head(words, org):
        return True   # a country's president or prime minister
    return bool(words) and (words[-1] in LEADING_POSTS or words[-1] in ("governor", "mayor") or words[0] in LEADING_POSTS
                            and len(words) <= 3)


def _other_post(given: str | None, taken: str | None, old_titles: list[str]) -> bool:
    """The appointment names a post, and the one dismissed is known to hold another."""
    if not given:
        return False
    held = {post_key(t) for t in ([taken] if taken else old_titles)} - gz.RANKS   # "General" is a rank, no post
    if not held or post_key(given) in held:
        return False
    if _leading(post_key(given)) and re.search(r"\b(?:of|at) the (?:ministry|agency|department|commission|office)$",
                                              given.lower()):
        return False   # "dismissed Foreign Minister X and appointed Y as caretaker of the ministry"
    # "appointed Y as the new head of the armed forces, after he dismissed Commander in Chief X":
    # a generic lead of a body and a command post may be one post
    return not (_leading(post_key(given)) and any(_leading(t) for t in held))


def _leading(key: str) -> bool:
    words = re.sub(r"\b(?:new|next|interim|acting)\b", " ", key).split()
    return bool(words) and (words[0] in LEADING_POSTS or words[-1] in LEADING_POSTS)


class RecordBuilder:
    """Turns what the readers found into schema records with evidence."""

    def __init__(self, aid: str, sents, published, texts: list[str]):
        self.aid = aid
        self.sents = sents
        self.texts = texts   # each sentence as the article writes it (evidence quotes these)
        self.published = published
        self.relations: dict[tuple, Relation] = {}

    def ev(self, si: int, rule: str, strength: float) -> Evidence:
        return Evidence(self.aid, self.texts[si].strip(), rule, strength)

    def rel(self, s: EntityBuild, typ: str, t: EntityBuild, props: dict, evidence: Evidence) -> None:
        if s is None or t is None or s is t:
            return
        key = (s.id, typ, t.id)
        r = self.relations.get(key)
        if r is None:
            r = self.relations[key] = Relation(s.id, typ, t.id, {k: v for k, v in props.items() if v})
        else:
            for k, v in props.items():
                if v and not r.properties.get(k):
                    r.properties[k] = v
        if evidence.key() not in {e.key() for e in r.evidence}:
            r.evidence.append(evidence)
        r.confidence = confidence(r.evidence)
        s.used = t.used = True

    def build(self, article, mentions, ents, positions, facts, parts) -> GraphDocument:
        held: dict[str, Position] = {}
        succeeded: set[str] = set()   # persons whose known post is one they take from a predecessor
        for p in positions:
            if p.org is None:
                continue
            props = {"title": p.title, "end": "former" if p.former else None}
            if p.relation != "HOLDS_POSITION":   # a membership ("a member of the party") is not a post
                self.rel(p.person, p.relation, p.org, {"end": props["end"]}, self.ev(p.sent_index, p.rule, p.strength))
                continue
            self.rel(p.person, "HOLDS_POSITION", p.org, props, self.ev(p.sent_index, p.rule, p.strength))
            if p.unit is None and p.rule not in ("leads-organisation", "moved-to-ministry") and (
                    not p.former or p.rule.startswith("event-post")):   # (one moved to a ministry left another)
                held.setdefault(p.person.id, p)   # a party's leadership or a long-past post is not handed on
        for unit, parent in parts:
            si = next((p.sent_index for p in positions if p.unit is unit), 0)
            self.rel(unit, "PART_OF", parent, {}, self.ev(si, "unit-of-organisation", 0.8))

        events: dict[tuple, Event] = {}
        for f in facts:
            date = resolve_date(f.date_text, self.published) if f.date_text else None
            for subj in f.subjects:
                position = f.position
                charge = f.extra.get("charges", {}).get(subj.key) or f.charge
                if f.predecessor is not None:
                    pp = held.get(f.predecessor.id)
                    if pp is not None and f.position and core_title(pp.title) != core_title(_bare(f.position)) \
                            and not same_post(f.position, f"{pp.title} of {pp.org.name}"):   # "the new DG of the agency"
                        pp = None   # replaced in another post than the one we know of
                    if f.rule.startswith("noun:"):   # "his predecessor, X" says nothing of which post, or when,
                        pp = left_post(positions, f.predecessor, f.sent_index)   # unless X left it in that sentence
                    moved_on = pp is not None and (_moved_on(pp, facts, f.sent_index) or f.predecessor.id in succeeded)
                    if pp is not None and not f.position and pp.rule.startswith(TAKING_RULES) \
                            and pp.sent_index < f.sent_index or moved_on:
                        pp = None   # "named X minister ... Y to succeed X in the intelligence post": not the post X just took
                    position = position or (pp.title if pp else None)
                    ev = self.ev(f.sent_index, f.rule, f.strength)
                    self.rel(f.successor, "REPLACED", f.predecessor, {"position": position, "date": date}, ev)
                    if pp is not None:
                        self.rel(f.successor, "HOLDS_POSITION", pp.org, {"title": pp.title, "start": date},
                                 self.ev(f.sent_index, "successor-takes-post", 0.7))
                        if held.setdefault(f.successor.id, pp) is pp:
                            succeeded.add(f.successor.id)   # a post he comes into, not one he may leave
                    elif (f.predecessor.id not in held or moved_on) and not f.rule.startswith("noun:"):
                        # "X is the new chairperson ... X, who succeeds Y": Y held the post before
                        tp = taken_post(positions, f.successor, f.sent_index, f.position)
                        if tp is not None:
                            self.rel(f.predecessor, "HOLDS_POSITION", tp.org, {"title": tp.title, "end": "former"},
                                     self.ev(f.sent_index, "predecessor-held-post", 0.65))
                elif f.type in ("DISMISSAL", "RESIGNATION"):
                    pp = held.get(subj.id)
                    position = position or (pp.title if pp else None)
                if f.extra.get("no_event"):
                    continue
                key = (f.type, subj.id)
                evd = self.ev(f.sent_index, f.rule, f.strength)
                e = events.get(key)
                if e is None:
                    parts_ = [Participant("subject", subj.id)]
                    if f.agent is not None:
                        parts_.append(Participant("agent", f.agent.id))
                    if f.predecessor is not None:
                        parts_ += [Participant("successor", f.successor.id),
                                   Participant("predecessor", f.predecessor.id)]
                    e = events[key] = Event(event_id(f.type, subj.id, date, self.aid), f.type, parts_,
                                            date, f.date_text, position, charge, [evd])
                else:
                    if f.agent is not None and not e.role("agent"):
                        e.participants.append(Participant("agent", f.agent.id))
                    e.date, e.date_text = e.date or date, e.date_text or f.date_text
                    e.position, e.charge = e.position or position, e.charge or charge
                    if evd.key() not in {x.key() for x in e.evidence}:
                        e.evidence.append(evd)
                subj.used = True
                if f.agent is not None:
                    f.agent.used = True
                    rtype = {"DISMISSAL": "DISMISSED", "APPOINTMENT": "APPOINTED", "ARREST": "ARRESTED"}.get(f.type)
                    if rtype:
                        self.rel(f.agent, rtype, subj, {"position": position, "date": date,
                                                        "charge": charge}, evd)
        self._same_post_replacements(facts, events, held)
        self._same_body_replacements(facts, positions, held)
        self._employer_posts(facts, positions)
        for e in events.values():
            e.confidence = confidence(e.evidence)

        self._subordination(positions)
        return self._document(article, mentions, ents, events)

    def _same_post_replacements(self, facts, events, held: dict[str, Position]) -> None:
        """"Halevi resigned as chief of staff ... Katz named Zamir as the next chief of staff":
        the one named to a post replaces the one who left that post in the same article."""
        left, left_at = {}, []
        for f in facts:
            if f.type in ("DISMISSAL", "RESIGNATION") and f.gives_post():
                for s in f.subjects:   # (a term's end leaves its post too: rules/term_ends.py)
                    for t in s.titles + ([f.position] if f.position else []):
                        left.setdefault(core_title(_bare(t)), s)
                        left_at.append((t, s, f.sent_index))
        named = {f.successor.id for f in facts if f.successor is not None}
        for f in facts:
            if f.type != "APPOINTMENT" or not f.position or f.predecessor is not None or f.extra.get("no_event"):
                continue
            post = core_title(_bare(re.sub(r"^(?:next|new|interim|incoming)\s+", "", _bare(f.position), flags=re.I)))
            old = left.get(post)
            if old is None:   # "sacked X as director general of NAPTIP. ... appointed Y as the new DG of the agency"
                near = {id(s): s for t, s, at in left_at if abs(at - f.sent_index) <= 3 and same_post(f.position, t)}
                old = the_one(near.values())
            for s in f.subjects:
                # a bare "minister" or "head" is too common a word to say it is the same post
                if old is not None and old is not s and s.id not in named \
                        and post not in ("minister", "president", "secretary", "chief", "head", "director"):
                    self.rel(s, "REPLACED", old, {"position": f.position},
                             self.ev(f.sent_index, "same-post-replacement", 0.65))
                    pp = held.get(old.id)
                    if pp is not None and same_post(f.position, pp.title):   # "the new DG of the agency": NAPTIP's
                        self.rel(s, "HOLDS_POSITION", pp.org, {"title": pp.title},
                                 self.ev(f.sent_index, "successor-takes-post", 0.65))

    def _same_body_replacements(self, facts, positions: list[Position], held: dict[str, Position]) -> None:
        """"Dmitry Medvedev accepted the resignation of Primorye Governor X ... appoints Y acting head
        of the region": the one who left the head post of a body and the one who takes the head post
        of the same body, one of each in the article, are a replacement though the titles differ."""
        left: dict[str, dict[str, EntityBuild]] = {}
        for f in facts:
            if f.type in ("DISMISSAL", "RESIGNATION") and not f.extra.get("no_event"):
                for s in f.subjects:
                    p = held.get(s.id)
                    if p is None or not _sole_head(p.title, p.org):
                        p = former_head_post(s, positions, _sole_head)   # "the ANC ousting former President Y"
                    if p is not None and _sole_head(p.title, p.org):
                        left.setdefault(p.org.id, {})[s.id] = s
        appointed_at = {(s.id, f.sent_index) for f in facts if f.type == "APPOINTMENT" and not f.extra.get("no_event")
                        for s in f.subjects}
        unplaced = unplaced_appointees(facts)   # "X took the oath of office" ... "President X"
        taking = [p for p in positions if p.org is not None and p.unit is None and not p.former
                  and p.relation == "HOLDS_POSITION" and _sole_head(p.title, p.org)
                  and (p.rule.startswith(TAKING_RULES) or (p.person.id, p.sent_index) in appointed_at
                       or p.person.id in unplaced)]
        new_post = {(p.person.id, p.org.id) for p in taking}
        for p in positions:   # "the former commerce minister Y will serve as the labour minister": Y moved on
            if p.org is not None and p.unit is None and p.relation == "HOLDS_POSITION" and _sole_head(p.title, p.org) \
                    and (p.person.id, p.org.id) not in new_post and any(
                        q.person is p.person and q.org is not p.org for q in taking):
                left.setdefault(p.org.id, {})[p.person.id] = p.person
        replaced = {(r.source, r.target) for r in self.relations.values() if r.type == "REPLACED"}
        in_replacement = {x for pair in replaced for x in pair}
        leavers = leaving(facts)
        for p in taking:
            if p.person.id in leavers:
                continue   # one who leaves the post in the story is not its new holder
            olds = [o for o in left.get(p.org.id, {}).values() if o is not p.person]
            if len(olds) != 1 or p.person.id in in_replacement or olds[0].id in in_replacement \
                    or len({q.person.id for q in taking if q.org is p.org}) != 1:
                continue
            self.rel(p.person, "REPLACED", olds[0], {"position": p.title},
                     self.ev(p.sent_index, "same-body-replacement", 0.6))

    def _employer_posts(self, facts, positions: list[Position]) -> None:
        """"A day after the interview, the Slovenian Infrastructure Ministry promptly dismissed X": a
        ministry or an agency that dismisses someone the story gives no post is where that person worked."""
        placed = {p.person.id for p in positions if p.org is not None and p.relation == "HOLDS_POSITION"}
        placed |= {r.source for r in self.relations.values() if r.type == "HOLDS_POSITION"}
        for f in facts:
            if f.type != "DISMISSAL" or f.agent is None or f.agent.label != ORGANISATION or f.extra.get("no_event") \
                    or not EMPLOYER_HEADS & {w.lower() for w in f.agent.name.split()}:
                continue
            for s in f.subjects:
                if s.label == PERSON and s.id not in placed:
                    self.rel(s, "HOLDS_POSITION", f.agent, {"title": f.position or "official", "end": "former"},
                             self.ev(f.sent_index, "dismissed-by-employer", 0.6))

    def _subordination(self, positions: list[Position]) -> None:
        """Heads of a unit answer to the head of the body the unit is part of."""
        heads: dict[str, list[Position]] = {}
        for p in positions:
            if p.unit is None and p.org is not None and re.match(r"^(chief|head|director|commander|chairman)\b",
                                                                 p.title, re.I):
                heads.setdefault(p.org.id, []).append(p)
        for p in positions:
            if p.unit is None or p.org is None:
                continue
            parent = [r for r in self.relations.values() if r.type == "PART_OF" and r.source == p.unit.id]
            for r in parent:
                bosses = {h.person.id: h for h in heads.get(r.target, []) if h.person is not p.person}
                if len(bosses) == 1:
                    boss = next(iter(bosses.values()))
                    self.rel(p.person, "SUBORDINATE_OF", boss.person, {},
                             self.ev(p.sent_index, "unit-head-answers-to-body-head", 0.7))

    def _document(self, article, mentions, ents, events) -> GraphDocument:
        mentioned = {m.entity.id for m in mentions if m.entity is not None}
        keep = [e for e in ents.values() if (e.id in mentioned or e.used)
                and not place_bodies.place_only(e, mentions, self.sents)]   # "offices in Athens": a place, not a body
        first_sent: dict[str, int] = {}
        for m in mentions:
            if m.entity is not None:
                first_sent.setdefault(m.entity.id, m.sent_index)
        entities = []
        for e in keep:
            aliases = sorted(a for a in e.aliases if a and a != e.name)
            if e.label == ORGANISATION and e.country and ministry_domain(e.name)[0]:
                # "foreign ministry" is every country's: it would join the ministries of two countries
                own = {e.country.lower(), gz.adjective_of(e.country).lower()}
                forms = ministry_aliases(e.name) if aliases else set()   # (read once, not once per alias)
                aliases = [a for a in aliases if any(f"{a} ".lower().startswith(f"{o} ") for o in own)
                           or a in forms   # (own forms of several words: "South Korean")
                           or written_portfolios.kept(a, e.name)]   # the text's own "Department of X"
            entities.append(Entity(e.id, e.label, e.name, aliases, list(e.titles), e.country))
            si = first_sent.get(e.id)
            if si is not None:
                self.relations[(article.id, "MENTIONS", e.id)] = Relation(
                    article.id, "MENTIONS", e.id, {}, [self.ev(si, "mention", 1.0)])
        return GraphDocument([article], entities, list(events.values()), list(self.relations.values()))

