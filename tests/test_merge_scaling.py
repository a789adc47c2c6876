"""Merging by index gives what merging by scanning gives, in any article order, and its cost
does not grow with the graph it merges into."""
import json
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import synthetic_document
from graph.merge import GraphIndex, Resolver, _surname_key, blocking_keys, merge
from graph.schema import (PERSON, Entity, Event, Evidence, GraphDocument, Participant, Relation, entity_id,
                          event_id)


class ScanResolver(Resolver):
    """The reference: candidates found by looking at every entity, as before the index."""

    def _persons(self, surname):
        return [e for e in self.entities.values() if e.label == PERSON and _surname_key(e.name) == surname]


class ScanIndex(GraphIndex):
    resolver = ScanResolver

    def _rename(self, old_id, new_id):
        ent = self.entities.pop(old_id, None)
        if ent is not None:
            self._unindexed(ent)
            self._put_entity(Entity(new_id, ent.label, ent.name, ent.aliases, ent.titles, ent.country))
        for ev in self.events.values():
            for p in ev.participants:
                if p.entity == old_id:
                    p.entity = new_id
        for key in [k for k in self.relations if old_id in (k[0], k[2])]:
            rel = self._pop_relation(key)
            rel.source = new_id if rel.source == old_id else rel.source
            rel.target = new_id if rel.target == old_id else rel.target
            if rel.source != rel.target:
                self._put_relation(rel)


def _scan_merge(docs):
    index = ScanIndex()
    for d in docs:
        index.add(d)
    return index.document()


GIVEN = ["Sergei", "Sergey", "Andrei", "Andrey", "Anna", "Yuriy", "Yuri"]
SURNAMES = ["Shoigu", "Belousov", "Ivanov", "Li"]
NAMES = [f"{g} {s}" for g in GIVEN for s in SURNAMES] + SURNAMES + ["Anna Maria Ivanova"]


@st.composite
def articles(draw):
    """One article's records: persons by full name, surname or a variant spelling, and facts."""
    art = f"article:{draw(st.integers(0, 5))}"
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True))
    people = [Entity(entity_id(PERSON, n), PERSON, n, draw(st.lists(st.sampled_from(NAMES), max_size=2)),
                     draw(st.lists(st.sampled_from(["minister", "general"]), max_size=1)))
              for n in names]
    org = Entity("organisation:ministry", "Organisation", "Ministry")
    rels, events = [], []
    for i in range(draw(st.integers(0, 6))):
        a, b = draw(st.sampled_from(people)), draw(st.sampled_from(people + [org]))
        typ = "HOLDS_POSITION" if b is org else draw(st.sampled_from(["REPLACED", "APPOINTED", "DISMISSED"]))
        if a.id != b.id:
            rels.append(Relation(a.id, typ, b.id, {}, [Evidence(art, f"{a.name} {typ} {b.name} {i}.", "r",
                                                                draw(st.sampled_from([0.5, 0.8])))]))
    for p in draw(st.lists(st.sampled_from(people), max_size=2)):
        events.append(Event(event_id("ARREST", p.id, "2024-05-01", art), "ARREST", [Participant("subject", p.id)],
                            date="2024-05-01", evidence=[Evidence(art, f"{p.name} was arrested.", "r", 0.7)]))
    return GraphDocument(entities=people + [org], events=events, relations=rels)


def _dump(doc):
    return json.dumps(doc.to_dict(), sort_keys=True)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(articles(), min_size=1, max_size=6), data=st.data())
def test_index_merge_equals_scan_merge_in_any_order(docs, data):
    order = data.draw(st.permutations(docs))
    copy = lambda ds: [GraphDocument.from_dict(d.to_dict()) for d in ds]  # noqa: E731  (merging mutates evidence)
    assert _dump(merge(*copy(order))) == _dump(_scan_merge(copy(order)))
    # a stored graph (taken over as it is) plus later articles = all articles at once
    half = len(order) // 2
    index = GraphIndex.of_merged(merge(*copy(order[:half])))
    for d in copy(order[half:]):
        index.add(d)
    assert _dump(index.document()) == _dump(merge(*copy(order)))
    # any two persons that end up as one shared a blocking key
    for d in copy(order):
        for e in d.entities:
            if e.label == PERSON:
                assert blocking_keys(e) & {e.id, "surname:" + _surname_key(e.name)}


def test_loading_again_changes_nothing():
    doc = GraphDocument(entities=[Entity("organisation:x", "Organisation", "X Ministry", ["Ministry of X of Y"])])
    once = merge(doc)
    assert _dump(merge(once, doc)) == _dump(once)


def test_changes_hold_only_what_an_add_touched():
    index = GraphIndex.of_merged(merge(synthetic_document(2000)))
    index.take_changes()
    full = Entity("person:person-12-x", PERSON, "Person 12 X")          # surname 'x': new
    single = Entity("person:x", PERSON, "X")
    index.add(GraphDocument(entities=[single]))
    index.add(GraphDocument(entities=[full], relations=[Relation(full.id, "REPLACED", "person:person-3",
                                                                 evidence=[Evidence("article:n", "s")])]))
    delta, gone_entities, gone_relations = index.take_changes()
    assert {e.id for e in delta.entities} == {full.id} and gone_entities == ["person:x"]
    assert [r.key() for r in delta.relations] == [(full.id, "REPLACED", "person:person-3")]
    assert index.take_changes()[0].entities == []


def test_index_of_a_large_graph_is_not_quadratic():
    """40,000 persons merged one by one: the all-pairs resolver compared each with each
    (minutes); the surname index takes seconds."""
    doc = synthetic_document(200_000)
    t = time.perf_counter()
    index = GraphIndex(doc)
    assert time.perf_counter() - t < 60 and len(index.entities) == len(doc.entities)
