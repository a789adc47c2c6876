"""Posts handed out pairwise: "A and B took over the defense and education portfolios,
respectively", "X and Y were appointed as ministers of science and research and higher
education respectively". The n coordinated persons get the n portfolios in order; a
portfolio list that can be cut more than one way ("science and research and higher
education" for two persons) is cut at its last joins, as such lists are written.
"""
from __future__ import annotations

import re

from graph.schema import PERSON

from .. import gazetteer as gz
from ..doc_index import any_of
from .facts import EventFact, Position

# the nouns a list of portfolios hangs on: "the defense and education portfolios", "ministers of ..."
PORTFOLIO_HEADS = frozenset({"portfolio", "portfolios", "ministries", "ministers", "departments", "dockets"})
PORTFOLIO_WORDS = frozenset(w for f in gz.domain_forms() for w in f.split())
JOINS = frozenset({"and", ",", "&"})
MAX_WORDS = 14


def _chunks(phrase: str) -> list[str]:
    return [c for c in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", phrase.strip()) if c]


def _cuts(chunks: list[str], n: int) -> list[str] | None:
    """The chunks joined into n portfolios, each one known; the last joins are cut first."""
    if n == 1:
        whole = " and ".join(chunks)
        return [gz.portfolio(whole)] if gz.portfolio(whole) else None
    for k in range(len(chunks) - 1, n - 2, -1):   # the last group starts at chunk k
        last = " and ".join(chunks[k:])
        if gz.portfolio(last) is None:
            continue
        rest = _cuts(chunks[:k], n - 1)
        if rest:
            return rest + [gz.portfolio(last)]
    return None


def _coordinated_persons(sent, mentions, before: int) -> list:
    """The persons joined by "and" or commas before the portfolio list, in order."""
    ms = sorted((m for m in mentions if m.label == PERSON and m.entity is not None and m.end <= before),
                key=lambda m: m.start)
    doc = sent.doc

    def root(m):
        return next((t for t in doc[m.start:m.end] if not m.start <= t.head.i < m.end), doc[m.end - 1])

    inside = {t.i for m in ms for t in doc[m.start:m.end]}
    persons = []
    for m in ms:
        t = root(m)
        if (t.dep_ == "conj" and t.head.i in inside) or any(c.dep_ == "conj" and c.i in inside for c in t.children):
            if m.entity not in persons:
                persons.append(m.entity)
    return persons


def respective_posts(r, sent, si: int, mentions) -> list[Position]:
    """Each of n coordinated persons holds the n-th portfolio of a list closed by "respectively"."""
    resp = next((t for t in sent if t.lower_ == "respectively"), None) if any_of(sent, ("respectively",)) else None
    if resp is None:
        return []
    k = resp.i - 1
    while k >= sent.start and (sent.doc[k].text == "," or sent.doc[k].lower_ in PORTFOLIO_HEADS):
        k -= 1
    end = k + 1
    while k >= sent.start and (sent.doc[k].lower_ in PORTFOLIO_WORDS or sent.doc[k].lower_ in JOINS):
        k -= 1
    before = k + 1
    words = [t.text for t in sent.doc[before:end]]
    while words and words[0].lower() in JOINS:
        words, before = words[1:], before + 1
    if len(words) < 3 or len(words) > MAX_WORDS:
        return []
    chunks = _chunks(" ".join(words).replace(" ,", ","))
    persons = _coordinated_persons(sent, mentions, before)
    if len(persons) < 2 or len(chunks) < len(persons):
        return []
    doms = _cuts(chunks, len(persons))
    if not doms:
        return []
    out = []
    where = r.state.country or r.state.country_hint
    for person, dom in zip(persons, doms):
        title = f"{dom} minister"
        org = r.org_for_title(title, where)
        if org is None:
            return []
        r.add_title(person, title)
        out.append(Position(person, title, org, si, "respectively", 0.7))
    return out


def drop_joined(positions: list[Position], pairwise: list[Position]) -> list[Position]:
    """The same persons' post read as the whole list ("ministers of science and research and
    higher education") gives way to the pairwise reading."""
    if not pairwise:
        return positions
    keyed = {(p.person.id, p.sent_index) for p in pairwise}
    return [p for p in positions if p in pairwise or (p.person.id, p.sent_index) not in keyed
            or p.relation != "HOLDS_POSITION" or " and " not in p.title]


def _listed_with(r, sent, e) -> list:
    """The persons coordinated with e's first mention in the sentence, in order, e first."""
    doc = sent.doc
    m = next((m for m in r.state.mentions if m.entity is e and sent.start <= m.start < sent.end), None)
    if m is None:
        return []
    tok = doc[m.start:m.end].root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return [p for p in r.people(tok, lists=False) if p.label == PERSON]


def respective_replacements(r, sent, si: int, found) -> list:
    """"A and B took over the defense and education portfolios, respectively, replacing C and D",
    "A and B replaced C and D respectively": the rule for "replace" reads A replacing C; the n-th
    successor replaces the n-th predecessor, when both lists count the same."""
    if not any_of(sent, ("respectively",)) or not any(t.lower_ == "respectively" for t in sent):
        return []
    out = []
    for f in found:
        if f.successor is None or f.predecessor is None or f.sent_index != si:
            continue
        new, old = _listed_with(r, sent, f.successor), _listed_with(r, sent, f.predecessor)
        if len(new) != len(old) or len(new) < 2 or new[0] is not f.successor or old[0] is not f.predecessor \
                or set(map(id, new)) & set(map(id, old)):
            continue
        out += [EventFact("APPOINTMENT", si, [n], f.agent, f.date_text, None, rule=f"{f.rule}:respectively",
                          strength=0.7, successor=n, predecessor=o, extra={"no_event": True})
                for n, o in zip(new[1:], old[1:])]
    return out
