"""Untagged names that open with a known given name (round 21): "relieving Yury X of his
duties", "the candidacy of Alexei Y for the post of", "Deputy ... Ministers Ivan Z and W" with
the first name left out. The small model tags nothing on such words;
two or three capitalised proper nouns, in no span of the model's (a surname read as a one-word
nationality that is no country's aside), standing alone between
lower-case words or punctuation, the first a given name the word lists know (gazetteer
first_names, names.json given_names) and none a title, body, country or place word, are a
person's name. Called by ner_repair with the spans it has mended so far."""
from __future__ import annotations

from spacy.tokens import Span

from . import doc_index
from . import gazetteer as gz
from . import name_bounds


def _cap(tok) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha


def _name_word(tok) -> bool:
    """A surname word: capitalised, a proper noun, no title, body, portfolio or country word."""
    return _cap(tok) and tok.pos_ == "PROPN" and tok.lower_ not in gz.TITLE_WORDS \
        and tok.lower_ not in gz.ORG_HEADS and tok.lower_ not in gz.domain_forms() and not gz.country_of(tok.text)


def _title(tok) -> bool:
    """A title word right before the name ("Ministers Ivan X"): the run starts after it."""
    w = tok.lower_
    return w in gz.TITLE_WORDS or (w.endswith("s") and w[:-1] in gz.TITLE_WORDS)


def given_name_runs(doc, out: list[Span]) -> list[Span]:
    """The person spans of untagged given-name runs (see the module's docstring)."""
    texts = doc_index.texts(doc)
    if name_bounds.GIVEN_NAMES.isdisjoint(texts):
        return []   # every run opens with a known given name
    owner = {i: x for x in out for i in range(x.start, x.end)}
    taken = set(owner)
    # a surname the model read as a one-word nationality that is no country's ("Lukeryan" as NORP)
    loose = {i for i, x in owner.items() if len(x) == 1 and x.label_ == "NORP" and not gz.country_of(x.text)}
    found = []
    for i, w in enumerate(texts):
        if w not in name_bounds.GIVEN_NAMES or i in taken or doc[i].pos_ != "PROPN" \
                or (i > 0 and ((_cap(doc[i - 1]) and not _title(doc[i - 1])) or doc[i - 1].text == "-")):
            continue   # (inside a longer run of capitalised words: not a name this rule reads)
        end = i + 1
        while end < len(doc) and end - i < 3 and (end not in taken or end in loose) and _name_word(doc[end]):
            end += 1
        if end - i < 2 or (end < len(doc) and (_cap(doc[end]) or doc[end].text == "-")):
            continue   # one word only, or the capitalised run goes on
        if not name_bounds._name_run(doc, list(doc[i:end])) or doc[i:end].sent != doc[i].sent:
            continue
        found.append(Span(doc, i, end, label="PERSON"))
    return found
