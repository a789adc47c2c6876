"""A large graph document of the real shape (people, bodies, posts, replacements, arrests),
made deterministically, for loads that must be bigger than any article set we ship:
the Neo4j write benchmark and the test that stops the server mid-load."""
from __future__ import annotations

import random

from graph.schema import (Article, Entity, Event, Evidence, Participant, Relation, entity_id,
                          event_id)

REL_MIX = ("HOLDS_POSITION", "HOLDS_POSITION", "REPLACED", "APPOINTED", "DISMISSED", "SUBORDINATE_OF",
           "MENTIONS", "ARRESTED")


def synthetic_document(relations: int, seed: int = 7):
    """About `relations` relationships among relations/5 people and relations/50 bodies."""
    from graph.schema import GraphDocument

    rng = random.Random(seed)
    n_people, n_orgs, n_articles = max(relations // 5, 10), max(relations // 50, 5), max(relations // 20, 2)
    people = [Entity(entity_id("Person", f"Person {i}"), "Person", f"Person {i}") for i in range(n_people)]
    orgs = [Entity(entity_id("Organisation", f"Ministry {i}"), "Organisation", f"Ministry {i}")
            for i in range(n_orgs)]
    arts = [Article(f"article:synthetic-{i}", f"Synthetic story {i}", published="2024-05-14")
            for i in range(n_articles)]
    rels, seen = [], set()
    while len(rels) < relations:
        typ = rng.choice(REL_MIX)
        src = rng.choice(people)
        dst = rng.choice(orgs if typ == "HOLDS_POSITION" else people)
        if (src.id, typ, dst.id) in seen or src.id == dst.id:
            continue
        seen.add((src.id, typ, dst.id))
        art = rng.choice(arts)
        sentence = f"{src.name} {typ.lower().replace('_', ' ')} {dst.name}, officials said."
        props = {"title": "deputy minister"} if typ == "HOLDS_POSITION" else {}
        rels.append(Relation(src.id, typ, dst.id, props, [Evidence(art.id, sentence, "synthetic", 0.9)], 0.9))
    events = []
    for i in range(relations // 20):
        subj, agent, art = rng.choice(people), rng.choice(people), rng.choice(arts)
        events.append(Event(event_id("ARREST", subj.id, f"2024-05-{1 + i % 28:02d}", art.id), "ARREST",
                            [Participant("subject", subj.id), Participant("agent", agent.id)],
                            date=f"2024-05-{1 + i % 28:02d}", charge="bribery",
                            evidence=[Evidence(art.id, f"{agent.name} arrested {subj.name}.", "synthetic", 0.9)],
                            confidence=0.9))
    uniq = {e.id: e for e in events}
    return GraphDocument(articles=arts, entities=people + orgs, events=list(uniq.values()), relations=rels)


def write_store(path, relations: int, seed: int = 7) -> None:
    """A store file holding synthetic_document(relations), as `okg build` would have left it
    (records in id order), written directly: merging it article by article would take long."""
    from graph.embedded import document_line, write_atomic
    from graph.schema import GraphDocument

    doc = synthetic_document(relations, seed)
    write_atomic(path, document_line(GraphDocument(
        articles=sorted(doc.articles, key=lambda a: a.id), entities=sorted(doc.entities, key=lambda e: e.id),
        events=sorted(doc.events, key=lambda e: e.id), relations=sorted(doc.relations, key=lambda r: r.key()))))
