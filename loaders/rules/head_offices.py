"""The office of a head of state or government as the body of a post (round 9).

Staff and ministers of a president's or prime minister's office hold their post there:
"Eugene Arhin, the Director of Communications of the Presidency", "Minister of State in
President's office, Regional Administration and Local Government Mr X", "Minister [in the
Presidency] Jackson Mthembu", "Cheong Wa Dae spokesperson Ko Min-jung". The model tags none of
these phrases, so the title has no body and the post is lost. This family makes each such
phrase a mention of one body per article: "Presidency" (the country's, through org_names'
national bodies: "Ghanaian Presidency") or "Office of the Prime Minister", carrying the form
the story wrote as an alias ("President's Office", "presidential office", "Cheong Wa Dae").

A phrase is a mention only where it names the office as a body: written capitalised ("the
Presidency", "Office of the President"), or next to a post ("spokesman of the president's
office", "presidential office spokesperson"). Not "his presidency" (a term), nor "the office of
president" (the post itself). Word lists: data/gazetteer.json head_offices.
"""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from .. import doc_index
from .. import gazetteer as gz

_DATA = gz.data().get("head_offices", {})
# the body each office is built as, by its forms: ("president's office",) -> "Presidency"
def _key(form: str) -> tuple[str, ...]:
    """A form as the tokenizer splits it: "President's Office" -> ("president", "'s", "office")."""
    return tuple(form.lower().replace("’", "'").replace("'s", " 's").split())


FORMS = {_key(f): rec["name"] for rec in _DATA.get("offices", []) for f in rec["forms"]}
# forms that are the office only when capitalised ("the Presidency": "his presidency" is a term)
CAPITALISED_ONLY = frozenset(_key(f) for f in _DATA.get("capitalised_only", []))
# forms that are the office only next to a post word ("State House" is also a building)
NEEDS_POST = frozenset(_key(f) for f in _DATA.get("needs_post", []))
LONGEST = max((len(k) for k in FORMS), default=0)
FIRST_WORDS = frozenset(k[0] for k in FORMS if k)   # a form starts only at one of these
# words before the phrase that tie it to a post: "Minister in the ...", "Director of ... of the ..."
LINKS = frozenset({"in", "at", "of", "to", "from", "for", "["})


def _words(doc, i: int, n: int) -> tuple[str, ...]:
    return tuple(w.replace("’", "'") for w in doc_index.lowers(doc)[i:i + n])   # (doc[j].lower_, read once per Doc)


def _near_post(doc, start: int, end: int) -> bool:
    """A post word just before the phrase ("Minister of State in the President's Office",
    "Director of Communications of the Presidency") or just after it ("... spokesperson")."""
    if end < len(doc) and doc[end].lower_ in gz.TITLE_HEADS:
        return True
    j = start - 1
    while j >= 0 and doc[j].lower_ in ("the", "'s", "’s"):
        j -= 1
    if j < 0 or doc[j].lower_ not in LINKS:
        return False
    return any(t.lower_ in gz.TITLE_HEADS for t in doc[max(0, j - 4):j])


def _heads_longer_name(doc, end: int) -> bool:
    """The phrase opens a ministry's longer name ("President's Office, Regional Administration and
    Local Government", "President's Office - Public Service Management"): not the office itself."""
    return end + 1 < len(doc) and doc[end].text in (",", "-", "–") and doc[end + 1].text[:1].isupper() \
        and doc[end + 1].ent_type_ == "ORG"


def mentions(sents, found, make):
    """Mentions (make(start, end, text, sent_index, written)) of a head of state's or
    government's office the model and the other repairs left untagged."""
    taken = {(m.sent_index, i) for m in found for i in range(m.start, m.end)}
    out = []
    for si, sent in enumerate(sents):
        doc = sent.doc
        lowers = doc_index.lowers(doc)   # (doc[i].lower_ by index, read once per Doc)
        i = sent.start
        while i < sent.end:
            hit = None
            starts = lowers[i].replace("’", "'") in FIRST_WORDS   # (else no length can match)
            for n in (range(min(LONGEST, sent.end - i), 0, -1) if starts else ()):
                key = _words(doc, i, n)
                if key in FORMS:
                    hit = (n, key)
                    break
            if hit is None:
                i += 1
                continue
            n, key = hit
            span = doc[i:i + n]
            if any((si, k) in taken for k in range(i, i + n)):   # (a tag the model gave and the repairs dropped is no mention)
                i += n
                continue
            capitalised = all(t.text[:1].isupper() for t in span if t.lower_ not in ("of", "the", "'s", "’s"))
            if _heads_longer_name(doc, i + n):
                i += n
                continue
            near = _near_post(doc, i, i + n)
            if not near or (key in CAPITALISED_ONLY and not capitalised):
                i += n
                continue
            out.append(make(i, i + n, FORMS[key], si, span.text))
            i += n
    return out + owned_offices(sents, found, make)


# the title of a head, as the words before the name, and the office that title's holder has
HEAD_TITLES = {tuple(t.split()): rec["name"] for rec in _DATA.get("offices", []) for t in rec.get("owner_titles", [])}
WRITTEN = {rec["name"]: rec["owned_form"] for rec in _DATA.get("offices", []) if "owned_form" in rec}


def _head_office(doc, person) -> str | None:
    """The office of the head a person mention is titled as ("President Volodymyr Zelensky" ->
    "Presidency"), or None."""
    for words, office in HEAD_TITLES.items():
        k = person.start - len(words)
        if k >= 0 and tuple(t.lower_ for t in doc[k:person.start]) == words:
            return office
    return None


def _post_of(doc, start: int, end: int) -> bool:
    """A post word before "of" that governs the phrase ("deputy head of his office") or right
    after it ("his office spokesman")."""
    if end < len(doc) and doc[end].lower_ in gz.TITLE_HEADS:
        return True
    j = start - 1
    while j >= 0 and j > start - 4 and doc[j].lower_ not in LINKS:
        j -= 1
    return j >= 1 and doc[j].lower_ == "of" and any(t.lower_ in gz.TITLE_HEADS for t in doc[max(0, j - 3):j])


def owned_offices(sents, found, make):
    """"President X appointed Y as deputy head of his office": an office named by a possessive
    pronoun next to a post, whose owner is titled president (or prime minister), is the
    Presidency (or the Prime Minister's Office); "his" is the one person so
    titled whom the sentence named before it ("appointed Governor Y as deputy head of his office":
    not Y)."""
    persons = [m for m in found if m.label == PERSON]
    taken = {(m.sent_index, i) for m in found for i in range(m.start, m.end)}
    out = []
    for si, sent in enumerate(sents):
        doc, named = sent.doc, [m for m in persons if m.sent_index == si]
        lowers = doc_index.lowers(doc)   # (doc[k].lower_ by index, read once per Doc)
        for k in range(sent.start, sent.end - 1):
            if lowers[k + 1] != "office" or (si, k + 1) in taken:
                continue
            if lowers[k] not in ("his", "her"):
                continue
            heads = {id(m.entity or m): m for m in named if m.end <= k and _head_office(doc, m)}
            owner = next(iter(heads.values())) if len(heads) == 1 else None   # the one head named before
            office = _head_office(doc, owner) if owner is not None else None
            if office is not None and _post_of(doc, k, k + 2):
                out.append(make(k + 1, k + 2, office, si, WRITTEN[office]))
    return out


def name_forms(ents, country: str | None) -> None:
    """Give each head office of the article the names readers use for it: a country's
    "Presidency" is also its "Office of the President", "President's Office", "Presidency of
    Ghana" (gold and users name it any of these ways). A foreign country's office gets only the
    forms that name its country (as ArticleState.org_entity does for ministries)."""
    for rec in _DATA.get("offices", []):
        base = rec["name"].lower()
        for e in ents.values():
            if e.label != ORGANISATION or (e.key != base and not (e.country and e.key == f"{e.country.lower()} {base}")):
                continue
            owner = e.country or country
            if owner in (None, country):
                e.aliases |= set(rec.get("aliases", []))
            if owner:
                e.aliases |= {f.format(country=owner) for f in rec.get("country_aliases", [])}
            e.aliases.discard(e.name)
