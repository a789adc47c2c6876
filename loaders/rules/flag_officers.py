"""Flag-officer announcements of a defence ministry or an armed service (round 17).

The Defense Department and the services announce the president's nominations of generals and
admirals in one fixed shape, a list item a person:

  "Navy Rear Adm. X for appointment to the grade of vice admiral, and assignment as commander, Y."
  "Army Maj. Gen. X for appointment as judge advocate general, U.S. Army, Pentagon, Washington."
  "X is currently serving as chief of staff, A and B, Colorado Springs, Colorado."
  "X currently serves as deputy commander, U.S. Northern Command, Peterson Space Force Base."

The item has no verb the event rules read ("X for appointment to ..." is a nomination only by
the list's lead, "the president has made the following nominations"), the model reads the
service and the rank as a body ("Navy Rear Adm"), and the present post is a title and a body
written with a comma between them ("chief of staff, A"), where the apposition rules look for
"of". So, in an article that speaks of a nomination:
- a person written "<service> <rank> X for (re)appointment" is nominated (NOMINATION) and is
  an officer of the service (MEMBER_OF, with the rank as title);
- "X is currently serving as / currently serves as TITLE, BODY[, place]" (items may follow
  after ";") gives X that post at each body named before the next comma.
Services and ranks: loaders/officer_ranks.py."""
from __future__ import annotations

import re

from graph.schema import ORGANISATION, PERSON

from ..officer_ranks import SERVICES, rank_before, service_before
from .facts import EventFact, Position
from .. import doc_index

APPOINTMENT_NOUNS = frozenset({"appointment", "reappointment"})
SERVING = frozenset({"serving", "serves"})
NOMINATION_WORD = re.compile(r"\bnominat", re.I)


def _speaks_of_nomination(sents) -> bool:
    """The article speaks of a nomination ("the following nominations"): the list's lead."""
    # (one search over the sentences' texts joined by line breaks: a break, as a text's start, is
    # no word character, and no match runs over one; so some sentence has a match if the whole does)
    return NOMINATION_WORD.search("\n".join([doc_index.text(s) for s in sents])) is not None


def _nomination(st, si: int, m, doc) -> list:
    """"<service> <rank> X for appointment ...": X nominated, an officer of the service."""
    k = m.end
    if k < len(doc) and doc[k].text == "(":   # "X (Ret.) for appointment ...": a retired officer recalled
        k = next((t.i + 1 for t in doc[k:k + 5] if t.text == ")"), k)
    after = doc[k:k + 2]
    if len(after) < 2 or after[0].lower_ != "for" or after[1].lower_ not in APPOINTMENT_NOUNS:
        return []
    rank = rank_before(doc, m.start)
    if rank is None:
        return []
    end = next((t.i for t in doc[k:] if t.text in (".", ";")), len(doc))
    post = doc[k + 2:end].text.strip(" ,")
    post = post[3:] if post.startswith("to ") else post[3:] if post.startswith("as ") else post
    out = [EventFact("NOMINATION", si, [m.entity], None, None, post or None, rule="flag-officer-nomination",
                     strength=0.8)]
    service = service_before(doc, rank[1])
    if service:
        named = next((o for o in st.mentions if o.sent_index == si and o.label == ORGANISATION and o.entity is not None
                      and o.end == rank[1] and o.text.lower() in SERVICES), None)
        body = named.entity if named is not None else st.org_entity(service, None)   # ("Marine Corps" read as a body)
        body.aliases |= {service.split()[-1], service.replace("U.S. ", "US "), service.replace("U.S.", "United States")}
        out.append(Position(m.entity, rank[0], body, si, "flag-officer-service", 0.8, relation="MEMBER_OF"))
    return out


def _current_posts(si: int, m, doc, orgs) -> list[Position]:
    """"X is currently serving as TITLE, BODY[, place]" (; and TITLE, BODY ...): X's present posts."""
    toks = doc[m.end:m.end + 4]
    verb = next((t for t in toks if t.lower_ in SERVING), None)
    if verb is None or not any(t.lower_ == "currently" for t in doc[m.end:verb.i]) \
            or verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "as":
        return []
    out, i = [], verb.i + 2
    while i < len(doc):
        comma = next((t.i for t in doc[i:] if t.text in (",", ";", ".")), len(doc))
        title = doc[i:comma]
        if comma >= len(doc) or doc[comma].text != "," or not title or not all(t.is_lower for t in title if t.is_alpha):
            break
        stop = next((t.i for t in doc[comma + 1:] if t.text in (",", ";", ".")), len(doc))
        for o in orgs:
            if comma < o.start and o.end <= stop:
                out.append(Position(m.entity, title.text, o.entity, si, "flag-officer-current", 0.8))
        nxt = stop
        while nxt < len(doc) and doc[nxt].text not in (";", "."):
            nxt += 1   # (past the place after the body: "Norfolk, Virginia")
        if nxt >= len(doc) or doc[nxt].text != ";":
            break
        i = nxt + 1
        if i < len(doc) and doc[i].lower_ == "and":
            i += 1
    return out


def read(st) -> tuple[list[Position], list[EventFact]]:
    """The nominations, services and present posts of a flag-officer announcement."""
    if not _speaks_of_nomination(st.sents):
        return [], []
    positions, facts = [], []
    by_sent: dict[int, list] = {}
    for m in st.mentions:   # (one pass over the mentions, not one per sentence)
        if m.entity is not None:
            by_sent.setdefault(m.sent_index, []).append(m)
    for si, ms in sorted(by_sent.items()):
        orgs = [m for m in ms if m.label == ORGANISATION]
        doc = st.sents[si].doc
        for m in ms:
            if m.label != PERSON:
                continue
            for x in _nomination(st, si, m, doc):
                (facts if isinstance(x, EventFact) else positions).append(x)
            positions += _current_posts(si, m, doc, orgs)
    return positions, facts
