"""The words of a title phrase are no part of a name (round 9).

Titles of several words whose words are not all title words ("Special Agent in Charge",
lexicon titles.json title_phrases) are read by the model as pieces of names around them:

  "Drug Enforcement Administration Special Agent in Charge Joseph M. Arabit"
      -> the organisation "Drug Enforcement Administration Special"
  "Adolphus P. Wright, Special Agent in Charge, United States Drug Enforcement Administration"
  "Craig Larrabee, Acting Special Agent in Charge of Homeland Security Investigations"
      -> a place "Charge"

A name that lies inside such a phrase is dropped and one that runs into it is cut where the
phrase begins or ends, so that the title rules see the body, the title and the person apart.
Used by ner_repair as its last mend, as name_bounds and list_names are."""
from __future__ import annotations

from spacy.tokens import Span

from . import doc_index
from . import gazetteer as gz
from .lexicon import PHRASES_BY_FIRST


def _phrases(doc) -> list[tuple[int, int]]:
    """(start, end) of every title phrase of the text, the longest at each place; the first word
    written with a capital ("Special Agent in Charge", not "a special agent")."""
    found, i = [], 0
    lowers = doc_index.lowers(doc)
    n_tokens = len(lowers)
    while i < n_tokens:
        if lowers[i] not in PHRASES_BY_FIRST:
            i += 1
            continue
        hit = next((n for n in (_match(doc, i, p) for p in PHRASES_BY_FIRST[lowers[i]]) if n), 0)
        if hit and doc[i].text[:1].isupper():
            found.append((i, i + hit))
            i += hit
        else:
            i += 1
    return found


def _match(doc, i: int, phrase: tuple[str, ...]) -> int:
    """The number of tokens from i that spell the phrase, a line break between its words allowed
    ("Special Agent" / "in Charge of ..." wrapped in a release), or 0."""
    j = i
    for word in phrase:
        while j < len(doc) and doc[j].is_space and j > i:
            j += 1
        if j >= len(doc) or doc[j].lower_ != word:
            return 0
        j += 1
    return j - i


def _name_word(tok) -> bool:
    """A word of a person's name: capitalised, a proper noun, no institution word or country."""
    return tok.text[:1].isupper() and tok.pos_ == "PROPN" and tok.lower_ not in gz.ORG_HEADS \
        and tok.lower_ not in gz.TITLE_WORDS and not gz.country_of(tok.text)


def _names_after(doc, ents: list[Span], phrases) -> list[Span]:
    """"Assistant Director in Charge Deirdre Fike of the FBI's ...": two to four name words right
    after a title phrase, which the model left untagged in a long sentence, are a person."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for _, b in phrases:
        end = b
        while end < len(doc) and end - b < 4 and end not in taken and _name_word(doc[end]):
            end += 1
        if end - b >= 2 and (end == len(doc) or not doc[end].text[:1].isupper()):
            found.append(Span(doc, b, end, label="PERSON"))
    return ents + found


def mend(doc, ents: list[Span]) -> list[Span]:
    """ents with no name inside a title phrase and none running into one, and the untagged name
    right after one."""
    phrases = _phrases(doc)
    if not phrases:
        return ents
    out = []
    for e in ents:
        start, end = e.start, e.end
        for a, b in phrases:
            if start >= a and end <= b:
                start = end   # "Charge" of "Special Agent in Charge": no name
            elif start < a < end <= b:
                end = a       # "Drug Enforcement Administration Special": the body ends before the title
            elif a <= start < b < end:
                start = b     # "Charge Joseph M. Arabit": the name begins after the title
                while start < end and doc[start].is_lower:
                    start += 1   # "Air Staff of Nigeria" of "Chief of the Air Staff of Nigeria": "Nigeria"
        if end > start:
            label = "GPE" if e.label_ == "ORG" and gz.country_of(doc[start:end].text) else e.label_
            out.append(e if (start, end) == (e.start, e.end) else Span(doc, start, end, label=label))
    return _names_after(doc, out, phrases)
