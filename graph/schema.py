"""The one schema of officials-kg: labels, relationship types, event types and records.

Every store, exporter and view imports its vocabulary from here, so a label or a
relationship type can never come from article text: anything outside these closed
sets is rejected when a record is made.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

FORMAT = "officials-kg/1"

PERSON, ORGANISATION, EVENT, ARTICLE = "Person", "Organisation", "Event", "Article"
NODE_LABELS = (PERSON, ORGANISATION, EVENT, ARTICLE)
ENTITY_LABELS = (PERSON, ORGANISATION)

# Relationship types between entities (the facts), then the bookkeeping ones.
FACT_TYPES = (
    "REPLACED", "ARRESTED", "DISMISSED", "APPOINTED", "SUBORDINATE_OF",
    "HOLDS_POSITION", "MEMBER_OF", "PART_OF",
)
LINK_TYPES = ("INVOLVES", "MENTIONS", "REPORTED_IN")
REL_TYPES = FACT_TYPES + LINK_TYPES

EVENT_TYPES = (
    "ARREST", "DISMISSAL", "APPOINTMENT", "RESIGNATION", "CHARGE", "CONVICTION",
    "SENTENCE", "RELEASE", "NOMINATION", "SUSPENSION",
)
ROLES = ("agent", "subject", "successor", "predecessor")

# Which labels each fact type may join (source labels, target labels).
ENDPOINTS = {
    "REPLACED": ((PERSON,), (PERSON,)),
    "ARRESTED": ((PERSON, ORGANISATION), (PERSON,)),
    "DISMISSED": ((PERSON, ORGANISATION), (PERSON,)),
    "APPOINTED": ((PERSON, ORGANISATION), (PERSON,)),
    "SUBORDINATE_OF": ((PERSON, ORGANISATION), (PERSON, ORGANISATION)),
    "HOLDS_POSITION": ((PERSON,), (ORGANISATION,)),
    "MEMBER_OF": ((PERSON,), (ORGANISATION,)),
    "PART_OF": ((ORGANISATION,), (ORGANISATION,)),
}
# ... and the bookkeeping types (MENTIONS also joins whatever a document's relations say).
LINK_ENDPOINTS = {
    "INVOLVES": ((EVENT,), ENTITY_LABELS),
    "MENTIONS": ((ARTICLE,), ENTITY_LABELS),
    "REPORTED_IN": ((EVENT,), (ARTICLE,)),
}

# The properties a store holds on each node label and relationship type, by name and Python
# type (`list` is a list of strings), as Cypher sees them on Neo4j and on the embedded index.
# Relation.properties is open: a property not declared here is typed from its values by the
# store that needs a type (graph/lbug_index.py), so a new one never breaks a store.
ENTITY_PROPERTIES = {"id": str, "name": str, "aliases": list, "titles": list, "country": str}
FACT_PROPERTIES = {"confidence": float, "evidence": list, "articles": list, "article_count": int,
                   "title": str, "position": str, "date": str, "end": str,
                   # tenures (HOLDS_POSITION) and successions (REPLACED) over time
                   "start": str, "as_of": str, "post": str, "former": bool, "dates_disputed": bool}
NODE_PROPERTIES = {
    ARTICLE: {"id": str, "name": str, "title": str, "url": str, "published": str, "source": str},
    PERSON: ENTITY_PROPERTIES,
    ORGANISATION: ENTITY_PROPERTIES,
    EVENT: {"id": str, "name": str, "type": str, "date": str, "date_text": str, "position": str,
            "charge": str, "evidence": list, "articles": list, "confidence": float,
            "article_count": int},
}
REL_PROPERTIES = {**{t: FACT_PROPERTIES for t in FACT_TYPES + ("MENTIONS",)},
                  "INVOLVES": {"role": str}, "REPORTED_IN": {}}


class SchemaError(ValueError):
    """A record that does not fit the closed vocabulary."""


def slug(text: str) -> str:
    """A stable, ASCII, lower-case slug: the variable part of every id."""
    s = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s or "x"


def entity_id(label: str, name: str) -> str:
    if label not in ENTITY_LABELS:
        raise SchemaError(f"unknown entity label {label!r}")
    return f"{label.lower()}:{slug(name)}"


def label_of_id(node_id: str) -> str:
    """The label a node id was made for (`person:x` -> Person); ids carry their label."""
    prefix = node_id.split(":", 1)[0]
    for label in NODE_LABELS:
        if label.lower() == prefix:
            return label
    raise SchemaError(f"id {node_id!r} does not name a label")


def article_id(title: str, url: str | None = None, text: str = "") -> str:
    """Deterministic: the same article (same url, or same title) always gets the same id."""
    return "article:" + slug(url or title or text[:80])[:120]


@dataclass
class Evidence:
    """One sentence of one article that states a fact, and the rule that read it."""
    article: str
    sentence: str
    rule: str = ""
    strength: float = 1.0
    dates: dict | None = None   # what this sentence says of a tenure: start, end, as_of (partial ISO)

    def key(self) -> tuple[str, str]:
        return (self.article, self.sentence)


@dataclass
class Article:
    id: str
    title: str
    url: str | None = None
    published: str | None = None
    source: str | None = None


@dataclass
class Entity:
    id: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    country: str | None = None

    def __post_init__(self):
        if self.label not in ENTITY_LABELS:
            raise SchemaError(f"unknown entity label {self.label!r}")


@dataclass
class Participant:
    role: str
    entity: str

    def __post_init__(self):
        if self.role not in ROLES:
            raise SchemaError(f"unknown role {self.role!r}")


@dataclass
class Event:
    id: str
    type: str
    participants: list[Participant] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    position: str | None = None
    charge: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 1.0

    def __post_init__(self):
        if self.type not in EVENT_TYPES:
            raise SchemaError(f"unknown event type {self.type!r}")

    def role(self, role: str) -> list[str]:
        return [p.entity for p in self.participants if p.role == role]

    @property
    def articles(self) -> list[str]:
        return sorted({e.article for e in self.evidence})


@dataclass
class Relation:
    source: str
    type: str
    target: str
    properties: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 1.0

    def __post_init__(self):
        if self.type not in REL_TYPES:
            raise SchemaError(f"unknown relationship type {self.type!r}")

    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type, self.target)

    @property
    def articles(self) -> list[str]:
        return sorted({e.article for e in self.evidence})


def event_id(etype: str, subject: str | None, date: str | None, article: str) -> str:
    """Same type, subject and date -> same event, whichever article reports it."""
    if subject:
        base = f"event:{etype.lower()}:{subject.split(':', 1)[-1]}"
        return base + (f":{date}" if date else "")
    return f"event:{etype.lower()}:{article.split(':', 1)[-1]}"


def _evidence_from(d: dict) -> Evidence:
    return Evidence(article=d["article"], sentence=d["sentence"], rule=d.get("rule", ""),
                    strength=d.get("strength", 1.0), dates=d.get("dates"))


def confidence(evidence: list[Evidence]) -> float:
    """Rule strength combined over supporting articles (noisy-or): more articles, more trust.

    One article at strength s gives s; n independent articles give 1 - (1 - s)^n.
    """
    best: dict[str, float] = {}
    for e in evidence:
        best[e.article] = max(best.get(e.article, 0.0), e.strength)
    miss = 1.0
    for s in best.values():
        miss *= 1.0 - s
    return round(1.0 - miss, 4)


@dataclass
class GraphDocument:
    """The export format (see DESIGN.md): the contract with evaluation tools."""
    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_dict(self) -> dict:
        def ev(e: Event) -> dict:
            d = asdict(e)
            for x in d["evidence"]:
                x.pop("dates", None)
            d["articles"] = e.articles
            d["article_count"] = len(e.articles)
            return d

        def rel(r: Relation) -> dict:
            d = asdict(r)
            for x in d["evidence"]:
                if x.get("dates") is None:
                    x.pop("dates", None)   # only evidence that dates a tenure carries dates
            d["articles"] = r.articles
            d["article_count"] = len(r.articles)
            return d

        return {
            "format": FORMAT,
            "articles": [asdict(a) for a in self.articles],
            "entities": [asdict(e) for e in self.entities],
            "events": [ev(e) for e in self.events],
            "relations": [rel(r) for r in self.relations],
        }

    @classmethod
    def from_dict(cls, d: dict) -> "GraphDocument":
        if d.get("format") != FORMAT:
            raise SchemaError(f"not an {FORMAT} document (format={d.get('format')!r})")
        return cls(
            articles=[Article(**{k: a.get(k) for k in ("id", "title", "url", "published", "source")})
                      for a in d.get("articles", [])],
            entities=[Entity(id=e["id"], label=e["label"], name=e["name"],
                             aliases=list(e.get("aliases", [])), titles=list(e.get("titles", [])),
                             country=e.get("country"))
                      for e in d.get("entities", [])],
            events=[Event(id=e["id"], type=e["type"],
                          participants=[Participant(**p) for p in e.get("participants", [])],
                          date=e.get("date"), date_text=e.get("date_text"),
                          position=e.get("position"), charge=e.get("charge"),
                          evidence=[_evidence_from(x) for x in e.get("evidence", [])],
                          confidence=e.get("confidence", 1.0))
                    for e in d.get("events", [])],
            relations=[Relation(source=r["source"], type=r["type"], target=r["target"],
                                properties=dict(r.get("properties", {})),
                                evidence=[_evidence_from(x) for x in r.get("evidence", [])],
                                confidence=r.get("confidence", 1.0))
                       for r in d.get("relations", [])],
        )
