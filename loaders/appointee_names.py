"""The one appointed is a person: a name the small model missed or read as a body or a place
where a verb of appointing puts it, with a post written after it.

"Tinubu nominated Olayemi Cardoso to serve as governor" (the model read a facility), "Mehmet
Simsek, who held the post before, was appointed as minister" (nothing read), "Nadine Dorries
was promoted to culture secretary" (a body), "appointed Coordinating Minister for Economy
Hatta Rajasa as acting finance minister" (nothing read after a title): without the person
the appointment is lost. The name is the object (or the passive subject) of a verb of
names.json appointee_verbs, two to four capitalised words that can be a person's name
(name_bounds._name_run), with "as" / "to" / "to serve as" / "to be" and a title word after
it. Used by ner_repair."""
from __future__ import annotations

from spacy.symbols import VERB

from . import doc_index

from . import gazetteer as gz
from . import name_bounds
from .lexicon import word_set
from .rules.titles import PORTFOLIO_WORDS

APPOINTEE_VERBS = word_set("names", "appointee_verbs")
PERSONAL = ("PERSON",)
NUMERIC = ("DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY")


def _post_after(verb, head) -> bool:
    """A title word in what "as" / "to" / an infinitive ("to serve as", "to be") on the verb or
    on the name opens: the post the one appointed takes."""
    for c in [*verb.children, *head.children]:
        if c.i <= head.i and c.head.i == head.i:
            continue
        if (c.dep_ == "prep" and c.lower_ in ("as", "to")) or (c.dep_ in ("xcomp", "advcl") and c.lemma_ in ("serve", "be")):
            if any(t.lower_ in gz.TITLE_HEADS for t in c.subtree):
                return True
    return False


def _name_words(doc, head) -> tuple[int, int] | None:
    """The capitalised words ending at head that can be a person's name: read leftwards over
    its compounds, stopping at a title, institution, portfolio or country word."""
    start = head.i
    while start - 1 >= head.sent.start and doc[start - 1].head.i == head.i and doc[start - 1].dep_ in ("compound", "flat") \
            and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].lower_ not in gz.TITLE_WORDS and doc[start - 1].lower_ not in gz.ORG_HEADS \
            and doc[start - 1].lower_ not in PORTFOLIO_WORDS and not gz.country_of(doc[start - 1].text):
        start -= 1
    words = list(doc[start:head.i + 1])
    if head.lower_ in PORTFOLIO_WORDS or not name_bounds._name_run(doc, words):
        return None
    return start, head.i + 1


def untagged_name(doc, head, owner) -> tuple[int, int] | None:
    """(start, end) of the name ending at head when no person span covers it and no span of the
    model runs past it (owner: token index -> the model's span), else None."""
    span = _name_words(doc, head)
    if span is None:
        return None
    a, b = span
    spans = {owner[k] for k in range(a, b) if k in owner}
    if any(x.label_ in PERSONAL + NUMERIC or x.start < a or x.end > b for x in spans):
        return None   # already a person, or part of a longer name the model read
    return span


def _appointing_verb(doc) -> bool:
    """Some verb's lemma (lower-cased) is an appointing verb's (the verbs found in the Doc's
    array of parts of speech: no Token is made for the other words)."""
    lemmas = doc_index.lemmas(doc)   # (doc[i].lemma_.lower(), read once per Doc)
    return any(lemmas[i] in APPOINTEE_VERBS for i, pos in enumerate(doc_index.pos_ids(doc)) if pos == VERB)


def appointee_names(doc, out) -> list[tuple[int, int]]:
    """(start, end) of each appointee's name that no person span covers."""
    if not _appointing_verb(doc):
        return []
    owner = {i: x for x in out for i in range(x.start, x.end)}
    found = []
    for i, pos in enumerate(doc_index.pos_ids(doc)):   # (a Token for the verbs only)
        if pos != VERB:
            continue
        verb = doc[i]
        if verb.lemma_.lower() not in APPOINTEE_VERBS:
            continue
        for head in verb.children:
            if head.dep_ not in ("dobj", "nsubjpass") or head.pos_ != "PROPN" or not _post_after(verb, head):
                continue
            span = untagged_name(doc, head, owner)
            if span is not None:
                found.append(span)
    return found
