"""Merging graph documents: one node per entity, one edge per fact, evidence accumulated.

Loading the same article twice changes nothing (evidence is keyed by article and
sentence), and a fact stated by three articles is one edge with three pieces of evidence.
Across articles, a person known only by a surname ("Shoigu") joins the one person in
the graph whose full name ends with it ("Sergei Shoigu").

Everything is found through indexes, so merging an article costs what the article
holds, not what the graph holds: persons by surname (the blocking key of the
resolution), and for each entity the events and relationships that touch it (renames).
"""
from __future__ import annotations

import re

from .tenure import settle_dates
from .schema import (PERSON, Article, Entity, Event, Evidence, GraphDocument, Relation,
                     confidence, event_id)


def _union(a: list, b: list) -> list:
    out = list(a)
    for x in b:
        if x not in out:
            out.append(x)
    return out


def _merge_evidence(a: list[Evidence], b: list[Evidence]) -> list[Evidence]:
    seen = {e.key(): e for e in a}
    out = list(a)
    for e in b:
        old = seen.get(e.key())
        if old is None:
            out.append(e)
            seen[e.key()] = e
        elif e.strength > old.strength:
            old.strength, old.rule = e.strength, e.rule
    return out


# "Mohammed bin Salman": the word after a patronymic particle is the father's name, so the
# person is filed under "bin salman", and a lone "Salman" (another person) does not join him
# (the same words as loaders/data/names.json patronymic_particles, which mentions reads: graph never
# imports loaders, so the list is written again here; change both together)
PATRONYMIC = {"bin", "binti", "bint", "ibn", "ben", "ould"}


# "Ramon Dizon Jr.": a generational suffix is not the surname (the same words as
# loaders/data/names.json name_suffixes; graph never imports loaders, change both together)
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


# "Zelenskyy" / "Zelenskiy" / "Zelensky": transliterations of one surname file under one key
# (loaders/mentions.py reads an article with the same spelling_key)
TRANSLIT_ENDING = re.compile(r"(?:(?<=n)|(?<=k))(?:yy|iy|yi|ii|y|i)$")   # Slavic "-sky", "-ny" endings only (not "Bashiri" / "Bashir")


def spelling_key(word: str) -> str:
    """Transliterations of one surname agree here: Kovalenkyy / Kovalenkiy / Kovalenky,
    Shevchukyi / Shevchuky (short words are left as they are: "Ali" is not "Al")."""
    w = word.lower()
    return TRANSLIT_ENDING.sub("", w) if len(w) >= 6 else w


def _surname_key(name: str) -> str:
    words = name.lower().replace(",", " ").split()
    while len(words) > 2 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    if len(words) > 2 and words[-2] in PATRONYMIC:
        return " ".join(words[-2:])
    return spelling_key(words[-1]) if words else ""


def _fullness(name: str) -> tuple[int, int]:
    """Which of an entity's names leads: most words, then longest."""
    return (len(name.split()), len(name))


def blocking_keys(entity: Entity) -> set[str]:
    """Keys two entities must share to be merged into one: its id, and for persons the
    surname of its name and of each alias (`surname:shoigu`).

    Any two entities `merge()` may fold together share at least one key, so a
    distributed merge can partition entities by key and resolve each block alone.
    """
    keys = {entity.id}
    if entity.label == PERSON:
        keys |= {"surname:" + _surname_key(n) for n in [entity.name, *entity.aliases] if n.split()}
    return keys


def _variant_given_name(word: str) -> bool:
    return word.lower().endswith(("ey", "ei", "iy", "yi")) and len(word) > 3


def _spelling_key(name: str) -> str:
    """Transliterations of one name agree here: Sergey/Sergei, Andrey/Andrei, Yuriy/Yuri."""
    words = name.lower().split()
    if not words:
        return ""
    first = words[0]
    for a, b in (("ey", "ei"), ("iy", "i"), ("yi", "i")):
        if first.endswith(a):
            first = first[: -len(a)] + b
    return " ".join([first] + words[1:])


class Resolver:
    """Maps incoming entity ids onto the ids already in the graph, through the surname index."""

    def __init__(self, index: "GraphIndex"):
        self.index = index
        self.entities = index.entities

    def _persons(self, surname: str) -> list[Entity]:
        """Persons whose name ends with surname, in the order they entered the graph."""
        ids = self.index._by_surname.get(surname, ())
        seq = self.index._seq
        return [self.entities[i] for i in sorted(ids, key=seq.__getitem__)]

    def canonical(self, ent: Entity) -> str:
        if ent.id in self.entities or ent.label != PERSON:
            return ent.id
        words = ent.name.split()
        if len(words) == 1:
            # surname only: join the single full-name person that ends with it
            hits = [e.id for e in self._persons(_surname_key(words[0])) if len(e.name.split()) > 1]
            if len(hits) == 1:
                return hits[0]
        elif _variant_given_name(words[0]):
            # "Sergey Shoigu" (one outlet's transliteration) joins "Sergei Shoigu" (another's)
            key = _spelling_key(ent.name)
            hits = [e.id for e in self._persons(_surname_key(ent.name)) if _spelling_key(e.name) == key]
            if len(hits) == 1:
                return hits[0]
        else:
            # "Volodymyr Zelenskyy" joins "Volodymyr Zelensky": the same given names, the surname transliterated
            given = [w.lower() for w in words[:-1]]
            hits = [e.id for e in self._persons(_surname_key(ent.name))
                    if [w.lower() for w in e.name.split()[:-1]] == given and len(e.name.split()) == len(words)]
            if len(hits) == 1:
                return hits[0]
        return ent.id

    def absorbed_by(self, ent: Entity) -> list[str]:
        """Surname-only persons already in the graph that a new full name should absorb."""
        if ent.label != PERSON or len(ent.name.split()) < 2:
            return []
        sur = _surname_key(ent.name)
        same = self._persons(sur)
        full = [e for e in same if len(e.name.split()) > 1]
        if full and all(e.id != ent.id for e in full):
            return []  # another full name shares the surname: ambiguous, leave alone
        return [e.id for e in same
                if e.id != ent.id and len(e.name.split()) == 1 and _surname_key(e.name) == sur]


class GraphIndex:
    """A graph document held as dictionaries keyed by id, for merging.

    Besides the records it keeps the indexes that make a merge local (persons by surname,
    events and relationships by the entities they touch) and which records changed since
    `take_changes()` was last called, so a store can save only those.
    """

    resolver = Resolver

    def __init__(self, doc: GraphDocument | None = None):
        self.articles: dict[str, Article] = {}
        self.entities: dict[str, Entity] = {}
        self.events: dict[str, Event] = {}
        self.relations: dict[tuple[str, str, str], Relation] = {}
        self._by_surname: dict[str, set[str]] = {}       # person ids by surname key
        self._seq: dict[str, int] = {}                    # entity id -> order of entry
        # entity id -> ids of its events / keys of its relationships (with their order of
        # entry): built on the first rename, from the records themselves, then kept up
        self._events_of: dict[str, set[str]] | None = {}
        self._relations_of: dict[str, set[tuple]] | None = {}
        self._rel_seq: dict[tuple, int] = {}
        self._counter = 0
        self._changed: dict[str, set] = {"articles": set(), "entities": set(), "events": set(),
                                          "relations": set()}
        self._removed: dict[str, set] = {"entities": set(), "relations": set()}
        if doc is not None:
            self.add(doc)

    @classmethod
    def of_merged(cls, doc: GraphDocument) -> "GraphIndex":
        """Index a document that is already the output of a merge (a store file), taking
        its records over as they are instead of merging them one by one."""
        return cls.of_records({a.id: a for a in doc.articles}, doc.entities,
                              {e.id: e for e in doc.events}, {r.key(): r for r in doc.relations})

    @classmethod
    def of_records(cls, articles: dict, entities: list[Entity], events: dict, relations: dict) -> "GraphIndex":
        """Like of_merged, from records already keyed (events by id, relationships by key).
        The event and relationship dictionaries are taken as they are: a store may hand
        over a dict subclass that decodes a record only when the merge reads it."""
        index = cls()
        index.articles = articles
        for e in entities:
            index.entities[e.id] = e
            index._indexed(e)
        index.events, index.relations = events, relations
        index._events_of = index._relations_of = None
        return index

    def _event_index(self) -> dict[str, set[str]]:
        if self._events_of is None:
            self._events_of = {}
            for ev in self.events.values():
                for p in ev.participants:
                    self._events_of.setdefault(p.entity, set()).add(ev.id)
        return self._events_of

    def _relation_index(self) -> dict[str, set[tuple]]:
        if self._relations_of is None:
            self._relations_of = {}
            for key in self.relations:        # in order of entry
                self._relation_indexed(key)
        return self._relations_of

    def _next(self) -> int:
        self._counter += 1
        return self._counter

    # -- entities -----------------------------------------------------------
    def _indexed(self, ent: Entity) -> None:
        self._seq[ent.id] = self._next()
        if ent.label == PERSON:
            self._by_surname.setdefault(_surname_key(ent.name), set()).add(ent.id)

    def _unindexed(self, ent: Entity) -> None:
        self._seq.pop(ent.id, None)
        if ent.label == PERSON:
            self._by_surname.get(_surname_key(ent.name), set()).discard(ent.id)

    def _put_entity(self, ent: Entity) -> None:
        self._changed["entities"].add(ent.id)
        self._removed["entities"].discard(ent.id)
        old = self.entities.get(ent.id)
        if old is None:
            self.entities[ent.id] = new = Entity(ent.id, ent.label, ent.name, list(ent.aliases),
                                                 list(ent.titles), ent.country)
            self._indexed(new)
            return
        known = [old.name] + old.aliases
        names = _union(known, [ent.name] + ent.aliases)
        # a name seen for the first time leads if it is fuller: loading again changes nothing
        name = max([old.name] + names[len(known):], key=_fullness)
        if old.label == PERSON and _surname_key(name) != _surname_key(old.name):
            self._by_surname.get(_surname_key(old.name), set()).discard(old.id)
            self._by_surname.setdefault(_surname_key(name), set()).add(old.id)
        old.name = name
        old.aliases = [n for n in names if n != old.name]
        old.titles = _union(old.titles, ent.titles)
        old.country = old.country or ent.country

    def _rename(self, old_id: str, new_id: str) -> None:
        """Fold node old_id into new_id everywhere it appears."""
        ent = self.entities.pop(old_id, None)
        if ent is not None:
            self._unindexed(ent)
            self._changed["entities"].discard(old_id)
            self._removed["entities"].add(old_id)
            self._put_entity(Entity(new_id, ent.label, ent.name, ent.aliases, ent.titles, ent.country))
        events_of, relations_of = self._event_index(), self._relation_index()
        for ev_id in events_of.pop(old_id, ()):
            ev = self.events[ev_id]
            for p in ev.participants:
                if p.entity == old_id:
                    p.entity = new_id
            events_of.setdefault(new_id, set()).add(ev_id)
            self._changed["events"].add(ev_id)
        keys = sorted(relations_of.pop(old_id, ()), key=self._rel_seq.__getitem__)
        for key in keys:
            rel = self._pop_relation(key)
            rel.source = new_id if rel.source == old_id else rel.source
            rel.target = new_id if rel.target == old_id else rel.target
            if rel.source != rel.target:
                self._put_relation(rel)

    # -- facts --------------------------------------------------------------
    def _relation_indexed(self, key: tuple) -> None:
        if self._relations_of is None:
            return  # not built yet: it will be, from the relationships themselves
        self._rel_seq[key] = self._next()
        self._relations_of.setdefault(key[0], set()).add(key)
        self._relations_of.setdefault(key[2], set()).add(key)

    def _pop_relation(self, key: tuple) -> Relation:
        rel = self.relations.pop(key)
        self._rel_seq.pop(key, None)
        for end in (key[0], key[2]) if self._relations_of is not None else ():
            self._relations_of.get(end, set()).discard(key)
        self._changed["relations"].discard(key)
        self._removed["relations"].add(key)
        return rel

    def _put_relation(self, rel: Relation) -> None:
        key = rel.key()
        self._changed["relations"].add(key)
        self._removed["relations"].discard(key)
        old = self.relations.get(key)
        if old is None:
            self.relations[key] = Relation(rel.source, rel.type, rel.target,
                                           dict(rel.properties), list(rel.evidence))
            old = self.relations[key]
            self._relation_indexed(key)
        else:
            for k, v in rel.properties.items():
                if old.properties.get(k) in (None, "") and v not in (None, ""):
                    old.properties[k] = v
            old.evidence = _merge_evidence(old.evidence, rel.evidence)
            settle_dates(old)   # two articles' tenure dates: both kept on evidence, settled here
        old.confidence = confidence(old.evidence)

    def _put_event(self, ev: Event) -> None:
        self._changed["events"].add(ev.id)
        old = self.events.get(ev.id)
        if old is None:
            self.events[ev.id] = old = Event(ev.id, ev.type, list(ev.participants), ev.date,
                                             ev.date_text, ev.position, ev.charge,
                                             list(ev.evidence))
        else:
            have = {(p.role, p.entity) for p in old.participants}
            old.participants += [p for p in ev.participants if (p.role, p.entity) not in have]
            for attr in ("date", "date_text", "position", "charge"):
                if not getattr(old, attr) and getattr(ev, attr):
                    setattr(old, attr, getattr(ev, attr))
            old.evidence = _merge_evidence(old.evidence, ev.evidence)
        for p in ev.participants if self._events_of is not None else ():
            self._events_of.setdefault(p.entity, set()).add(ev.id)
        old.confidence = confidence(old.evidence)

    def add(self, doc: GraphDocument) -> None:
        """Merge a document in; ids of incoming persons are resolved against the graph."""
        resolver = self.resolver(self)
        remap: dict[str, str] = {}
        for ent in doc.entities:
            new_id = resolver.canonical(ent)
            remap[ent.id] = new_id
            self._put_entity(Entity(new_id, ent.label, ent.name, ent.aliases, ent.titles, ent.country))
            for stale in resolver.absorbed_by(self.entities[new_id]):
                self._rename(stale, new_id)
        for art in doc.articles:
            self.articles[art.id] = art
            self._changed["articles"].add(art.id)
        m = lambda i: remap.get(i, i)  # noqa: E731
        for ev in doc.events:
            parts = [type(p)(p.role, m(p.entity)) for p in ev.participants]
            subj = next((p.entity for p in parts if p.role == "subject"), None)
            new_id = ev.id
            if subj and subj != next((p.entity for p in ev.participants if p.role == "subject"), None):
                new_id = event_id(ev.type, subj, ev.date, ev.evidence[0].article if ev.evidence else "")
            self._put_event(Event(new_id, ev.type, parts, ev.date, ev.date_text, ev.position,
                                  ev.charge, list(ev.evidence)))
        for rel in doc.relations:
            s, t = m(rel.source), m(rel.target)
            if s != t:
                self._put_relation(Relation(s, rel.type, t, dict(rel.properties), list(rel.evidence)))

    def take_changes(self) -> tuple[GraphDocument, list[str], list[tuple[str, str, str]]]:
        """What changed since the last call: the changed records in their current state,
        the ids of entities and the keys of relationships that are gone; then forget it."""
        ch, rm = self._changed, self._removed
        delta = GraphDocument(
            articles=[self.articles[i] for i in sorted(ch["articles"])],
            entities=[self.entities[i] for i in sorted(ch["entities"]) if i in self.entities],
            events=[self.events[i] for i in sorted(ch["events"]) if i in self.events],
            relations=[self.relations[k] for k in sorted(ch["relations"]) if k in self.relations])
        gone = (sorted(rm["entities"] - self.entities.keys()),
                sorted(k for k in rm["relations"] if k not in self.relations))
        for s in (*ch.values(), *rm.values()):
            s.clear()
        return delta, gone[0], gone[1]

    def document(self) -> GraphDocument:
        return GraphDocument(
            articles=sorted(self.articles.values(), key=lambda a: a.id),
            entities=sorted(self.entities.values(), key=lambda e: e.id),
            events=sorted(self.events.values(), key=lambda e: e.id),
            relations=sorted(self.relations.values(), key=lambda r: r.key()),
        )


def merge(*docs: GraphDocument) -> GraphDocument:
    index = GraphIndex()
    for d in docs:
        index.add(d)
    return index.document()
