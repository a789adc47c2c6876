"""Merging graph documents: one node per entity, one edge per fact, evidence accumulated.

Loading the same article twice changes nothing (evidence is keyed by article and
sentence), and a fact stated by three articles is one edge with three pieces of evidence.
Across articles, a person known only by a surname ("Shoigu") joins the one person in
the graph whose full name ends with it ("Sergei Shoigu").
"""
from __future__ import annotations

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


def _surname_key(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


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
    """Maps incoming entity ids onto the ids already in the graph."""

    def __init__(self, entities: dict[str, Entity]):
        self.entities = entities

    def canonical(self, ent: Entity) -> str:
        if ent.id in self.entities or ent.label != PERSON:
            return ent.id
        words = ent.name.split()
        if len(words) == 1:
            # surname only: join the single full-name person that ends with it
            hits = [e.id for e in self.entities.values()
                    if e.label == PERSON and len(e.name.split()) > 1
                    and _surname_key(e.name) == words[0].lower()]
            if len(hits) == 1:
                return hits[0]
        elif _variant_given_name(words[0]):
            # "Sergey Shoigu" (one outlet's transliteration) joins "Sergei Shoigu" (another's)
            key = _spelling_key(ent.name)
            hits = [e.id for e in self.entities.values() if e.label == PERSON and _spelling_key(e.name) == key]
            if len(hits) == 1:
                return hits[0]
        return ent.id

    def absorbed_by(self, ent: Entity) -> list[str]:
        """Surname-only persons already in the graph that a new full name should absorb."""
        if ent.label != PERSON or len(ent.name.split()) < 2:
            return []
        sur = _surname_key(ent.name)
        full = [e for e in self.entities.values()
                if e.label == PERSON and len(e.name.split()) > 1 and _surname_key(e.name) == sur]
        if full and all(e.id != ent.id for e in full):
            return []  # another full name shares the surname: ambiguous, leave alone
        return [e.id for e in self.entities.values()
                if e.label == PERSON and e.id != ent.id and len(e.name.split()) == 1
                and e.name.lower() == sur]


class GraphIndex:
    """A graph document held as dictionaries keyed by id, for merging."""

    def __init__(self, doc: GraphDocument | None = None):
        self.articles: dict[str, Article] = {}
        self.entities: dict[str, Entity] = {}
        self.events: dict[str, Event] = {}
        self.relations: dict[tuple[str, str, str], Relation] = {}
        if doc is not None:
            self.add(doc)

    # -- entities -----------------------------------------------------------
    def _put_entity(self, ent: Entity) -> None:
        old = self.entities.get(ent.id)
        if old is None:
            self.entities[ent.id] = Entity(ent.id, ent.label, ent.name, list(ent.aliases),
                                           list(ent.titles), ent.country)
            return
        names = _union([old.name] + old.aliases, [ent.name] + ent.aliases)
        old.name = max(names, key=lambda n: (len(n.split()), len(n)))
        old.aliases = [n for n in names if n != old.name]
        old.titles = _union(old.titles, ent.titles)
        old.country = old.country or ent.country

    def _rename(self, old_id: str, new_id: str) -> None:
        """Fold node old_id into new_id everywhere it appears."""
        ent = self.entities.pop(old_id, None)
        if ent is not None:
            self._put_entity(Entity(new_id, ent.label, ent.name, ent.aliases, ent.titles, ent.country))
        for ev in self.events.values():
            for p in ev.participants:
                if p.entity == old_id:
                    p.entity = new_id
        for key in [k for k in self.relations if old_id in (k[0], k[2])]:
            rel = self.relations.pop(key)
            rel.source = new_id if rel.source == old_id else rel.source
            rel.target = new_id if rel.target == old_id else rel.target
            if rel.source != rel.target:
                self._put_relation(rel)

    # -- facts --------------------------------------------------------------
    def _put_relation(self, rel: Relation) -> None:
        old = self.relations.get(rel.key())
        if old is None:
            self.relations[rel.key()] = Relation(rel.source, rel.type, rel.target,
                                                 dict(rel.properties), list(rel.evidence))
            old = self.relations[rel.key()]
        else:
            for k, v in rel.properties.items():
                if old.properties.get(k) in (None, "") and v not in (None, ""):
                    old.properties[k] = v
            old.evidence = _merge_evidence(old.evidence, rel.evidence)
            settle_dates(old)   # two articles' tenure dates: both kept on evidence, settled here
        old.confidence = confidence(old.evidence)

    def _put_event(self, ev: Event) -> None:
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
        old.confidence = confidence(old.evidence)

    def add(self, doc: GraphDocument) -> None:
        """Merge a document in; ids of incoming persons are resolved against the graph."""
        resolver = Resolver(self.entities)
        remap: dict[str, str] = {}
        for ent in doc.entities:
            new_id = resolver.canonical(ent)
            remap[ent.id] = new_id
            self._put_entity(Entity(new_id, ent.label, ent.name, ent.aliases, ent.titles, ent.country))
            for stale in resolver.absorbed_by(self.entities[new_id]):
                self._rename(stale, new_id)
        for art in doc.articles:
            self.articles[art.id] = art
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
