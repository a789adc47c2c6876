"""A body's long name that the model cut at a lower-case or verb-like word (round 16).

"the Samoa Independent Commission Against Corruption" is read as "Samoa Independent
Commission" and a person "Against Corruption"; "the Committee Representing the Coastal
Assembly" as "Committee Representing"; "the Commission for the Promotion of Piety
and the Prevention of Vice" as "Promotion of Piety". The body then has a wrong, short name
and its holders' posts are lost. A span whose name holds an institution word ("Commission",
"Committee") takes in the capitalised words written right after it, through "against",
"representing", "for", "of", "on", "the"; a span just after "<Institution word> for the"
takes in that word. No title before a name, date or punctuation is crossed.

The model may also cut such a name into two names at "and" or "for", one of which holds the
institution word and the other only a remit: "the United Front" + "for" + "Rural
Renewal", "the Union Harmony" + "and" + "Development Association of X", "the State
Calm" (untagged) + "and" + "Renewal Council of X", "the Supreme Council for Calm" +
"and" + "Order" (read as a person). `join_halves` makes them one body again.
"""
from __future__ import annotations

from spacy.tokens import Span

from . import doc_index
from . import gazetteer as gz
from .lexicon import word_set

LINKS = frozenset({"against", "representing", "for", "of", "on", "the"})   # written inside such a name
# office words that name a body as well as its holder, last in the body's name ("the Parliamentary
# and Health Service Ombudsman"): data/names.json
OFFICE_BODIES = word_set("names", "office_bodies")


def _cap(t) -> bool:
    return t.text[:1].isupper() and t.is_alpha


def _plain(t) -> bool:
    """A capitalised word that may go on a body's name: no date, and no title word before a name
    ("the Commission President X"; "Prevention of Vice" ends a name)."""
    doc = t.doc
    before_name = t.i + 1 < len(doc) and _cap(doc[t.i + 1])
    return _cap(t) and not (t.lower_ in gz.TITLE_WORDS and before_name) \
        and t.ent_type_ not in ("DATE", "TIME", "CARDINAL")


def _in_person(t) -> bool:
    """A word of a person's name (not one the model made of "Against Corruption")."""
    if t.ent_type_ != "PERSON":
        return False
    k = t.i
    while k > 0 and t.doc[k - 1].ent_type_ == "PERSON" and t.doc[k].ent_iob_ != "B":
        k -= 1
    return t.doc[k].lower_ not in LINKS


def _same_model_span(doc, i: int, k: int) -> bool:
    """Tokens i..k lay in one name of the model's own (a later repair cut it)."""
    return bool(doc[i].ent_type_) and all(doc[j].ent_iob_ == "I" and doc[j].ent_type_ == doc[i].ent_type_
                                          for j in range(i + 1, k + 1))


def _tail_end(doc, end: int, sent_end: int) -> int:
    """Where the name written on from end stops (end itself if nothing goes on). It goes on only
    through a linking word ("Commission Against", "Committee ... the", "Piety and the"), never
    onto a name written after the body ("the Task Force Adam X", "the Party of Rashed X")."""
    if end >= sent_end or doc[end].lower_ not in LINKS | {"and"}:
        return end
    k, last = end, end
    while k < sent_end:
        t = doc[k]
        if _in_person(t) or (t.ent_type_ in ("ORG", "GPE", "NORP") and not _same_model_span(doc, end - 1, k)):
            break   # (another body's or place's name is left whole)
        if _plain(t):
            k += 1
            last = k
        elif t.lower_ in LINKS and k + 1 < sent_end and (_plain(doc[k + 1]) or doc[k + 1].lower_ == "the"):
            k += 1
        elif t.lower_ == "and" and k + 3 < sent_end and doc[k + 1].lower_ == "the" and _plain(doc[k + 2]) \
                and doc[k + 3].lower_ == "of" and any(x.lower_ in ("of", "for") for x in doc[end - 3:end]):
            k += 1   # "Promotion of Piety and the Prevention of Vice": two parts of one remit
        else:
            break
    return last


def _closes(doc, k: int, sent_end: int) -> bool:
    """A body's name ends before token k: the sentence ends, or a word not written with a capital."""
    return k >= sent_end or not _cap(doc[k])


def _left_out_end(doc, start: int, end: int, sent_end: int) -> int:
    """Where a body's name ends that the model cut just before its last word(s), left untagged
    (end itself if it did not): an office word that names a body as well as its holder
    ("Parliamentary and Health Service" + "Ombudsman"); one capitalised word after "<Head> of X"
    ("Department of Parliamentary" + "Advisers"); "and Cabinet" after "of <head of government>"
    ("Department of Premier" + "and Cabinet", "Office of the President" + "and Cabinet")."""
    if end >= sent_end or end - start < 2:
        return end
    t = doc[end]
    if t.lower_ in OFFICE_BODIES and _cap(t) and not t.ent_type_ and _closes(doc, end + 1, sent_end):
        return end + 1
    if doc[end - 2].lower_ == "of" and _cap(t) and not t.ent_type_ and t.lower_ not in gz.TITLE_WORDS \
            and _cap(doc[end - 1]) and _closes(doc, end + 1, sent_end):
        return end + 1
    if t.lower_ == "and" and doc[end - 1].lower_ in gz.TITLE_WORDS and end + 1 < sent_end \
            and doc[end + 1].lower_ == "cabinet" and _cap(doc[end + 1]) and _closes(doc, end + 2, sent_end) \
            and any(x.lower_ == "of" for x in doc[start:end]):
        return end + 2
    return end


def _institution(span) -> bool:
    """A body's name, not a title ("Chief of Staff")."""
    doc, low = span.doc, doc_index.lowers(span.doc)   # (a Token for the institution words only)
    return any(low[k] in gz.ORG_HEADS and _cap(doc[k]) for k in range(span.start, span.end)) \
        and low[span.start] not in gz.TITLE_WORDS


def mend(doc, ents: list[Span]) -> list[Span]:
    """Body spans widened over the rest of their name; spans they swallow go."""
    out: list[Span] = []
    ents = sorted(ents, key=lambda e: e.start)
    skip_to = -1
    low = doc_index.lowers(doc)   # (each token's lower-cased text, read once per Doc)
    for e in ents:
        if e.start < skip_to:
            continue
        if e.label_ != "ORG" or any(x is not e and x.start <= e.start and x.end > e.end for x in ents):
            out.append(e)   # (a longer span over it is already there: filter_spans keeps that one)
            continue
        start = e.start
        if start >= 3 and low[start - 1] == "the" and low[start - 2] == "for" \
                and _cap(doc[start - 3]) and doc[start - 3].lower_ in gz.ORG_HEADS \
                and not any(x.end > start - 3 for x in out):
            start -= 3   # "Commission for the" + "Promotion of Piety"
        span = doc[start:e.end]
        end = _tail_end(doc, e.end, e.sent.end) if _institution(span) else e.end
        if any(low[k] in gz.ORG_HEADS and _cap(doc[k]) for k in range(start, e.end)):   # ("Parliamentary ..." opens with a title word)
            end = _left_out_end(doc, start, end, e.sent.end)
        for x in ents:   # a span the tail runs into is taken whole ("Against Impunity in Ruritania")
            if e.end <= x.start < end < x.end and x.label_ in ("ORG", "PERSON"):
                end = x.end
        if (start, end) == (e.start, e.end):
            out.append(e)
            continue
        # a trailing "of" / "the" is never kept; an absorbed span is dropped
        out.append(Span(doc, start, end, label="ORG"))
        skip_to = end
    return join_halves(doc, out)


JOINED_BY = frozenset({"and", "for"})   # "Calm and Order", "Front for Rural Renewal"


def _headed(span) -> bool:
    return any(_cap(t) and t.lower_ in gz.ORG_HEADS for t in span)


def _remit(tokens, first_head: bool = False) -> bool:
    """Capitalised words that name no body, place or person of their own ("Rural Renewal",
    "Order"): no institution word, title word, given name or country. With first_head, an
    institution word may open them ("Union Harmony"), not end them."""
    text = " ".join(t.text for t in tokens)
    heads = tokens[1:] if first_head else tokens
    return bool(tokens) and all(_cap(t) and t.lower_ not in gz.TITLE_WORDS and t.text not in gz.FIRST_NAMES
                                and t.ent_type_ not in ("GPE", "NORP", "DATE") for t in tokens) \
        and not any(t.lower_ in gz.ORG_HEADS for t in heads) and not gz.country_of(text) \
        and text.lower() not in gz.known_orgs()


def _closed(doc, k: int, sent_end: int) -> bool:
    """A name ends before token k: the sentence ends, or punctuation or a word without a capital."""
    return k >= sent_end or not _cap(doc[k])


def join_halves(doc, ents: list[Span]) -> list[Span]:
    """Two halves of one body's name made one: an institution's span and a remit's span (or an
    untagged remit after "the") written with "and" or "for" between them."""
    ents = sorted(ents, key=lambda e: e.start)
    drop, new = set(), {}
    for i, e in enumerate(ents):
        if e.label_ != "ORG" or not _headed(e) or i in drop:
            continue
        sent_end = e.sent.end
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        # "Supreme Council for Calm" + "and" + "Order"; "United Front" + "for" + "Rural Renewal"
        if nxt is not None and nxt.start == e.end + 1 and doc[e.end].lower_ in JOINED_BY \
                and nxt.label_ in ("ORG", "PERSON") and len(nxt) <= 2 and _remit(list(nxt)) \
                and _closed(doc, nxt.end, sent_end) \
                and (doc[e.end].lower_ == "for" and e[-1].lower_ in gz.ORG_HEADS
                     or doc[e.end].lower_ == "and" and nxt.label_ == "PERSON" and len(nxt) == 1
                     and any(t.lower_ in ("for", "of") for t in e[1:-1])):
            # (after "and" only a one-word "person" the model made of the remit's last word: "and
            # Reuters" is a body of its own)
            new[i] = Span(doc, e.start, nxt.end, label="ORG")
            drop.add(i + 1)
            continue
        if e.start < 2 or doc[e.start - 1].lower_ != "and":
            continue
        prev = ents[i - 1] if i > 0 else None
        if prev is not None and prev.end == e.start - 1 and prev.label_ == "ORG" and len(prev) >= 2 \
                and _remit(list(prev), first_head=True) and (i - 1) not in new:
            new[i] = Span(doc, prev.start, e.end, label="ORG")   # "Union Harmony" + "and" + "..."
            drop.add(i - 1)
            continue
        k = e.start - 1   # "the State Calm" (untagged) + "and" + "Renewal Council of X"
        while k - 1 >= e.sent.start and _cap(doc[k - 1]) and not doc[k - 1].ent_type_ and e.start - 1 - (k - 1) <= 3:
            k -= 1
        if k < e.start - 1 and k - 1 >= e.sent.start and doc[k - 1].lower_ == "the" \
                and (prev is None or prev.end <= k) and _remit(list(doc[k:e.start - 1])):
            new[i] = Span(doc, k, e.end, label="ORG")
    return [new.get(i, e) for i, e in enumerate(ents) if i not in drop]

