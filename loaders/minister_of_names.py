"""A name written right after a "Minister of <portfolio>" title, no comma between (round 16), as
Greek and Balkan outlets write "Minister of Culture and Sport Lina Mendes resigned",
"Deputy Minister of Culture, Tourism and Sports Eleni Manou". The small model
runs the portfolio into the name ("Culture, Tourism and Sports Eleni Manou" as
one organisation), keeps part of it ("Tourism Eleni Manou" as a person) or tags
nothing. The capitalised run after "of" / "for" is the portfolio up to its last portfolio word
(rules/titles PORTFOLIO_WORDS), and the two or three capitalised words after it, none a portfolio
word, are the person; the title readers then see the title, its portfolio and the name.
(round 23) A capitalised word with an abstract noun's ending ("Reconciliation", "Solidarity",
"Empowerment": titles.json portfolio_suffixes) counts as a portfolio word too, so a portfolio
the lexicon lacks ("Minister of National Solidarity Tom Ward") is cut from the name as well."""
from __future__ import annotations

from spacy.tokens import Span

from . import doc_index
from .name_bounds import swap_in
from .rules.titles import PORTFOLIO_WORDS, abstract_portfolio_word

HEADS = ("minister", "ministers")
JOINERS = (",", "and", "&", "of", "for")
BODY_AFTER = ("ministry", "department")   # the portfolio's body written after it, before the name


def _portfolio_word(tok) -> bool:
    return tok.lower_ in PORTFOLIO_WORDS or abstract_portfolio_word(tok.text)


def _run(doc, k: int) -> int:
    """The end of the capitalised run from doc[k], past joiners that go on to a capitalised word."""
    while k < len(doc):
        if doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        elif doc[k].lower_ in JOINERS and k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
            k += 1
        else:
            break
    return k


def _name_after_portfolio(doc, i: int) -> Span | None:
    """The person after "Minister of <portfolio>" at doc[i] ("Minister"), or None."""
    if i + 3 >= len(doc) or doc[i + 1].lower_ not in ("of", "for"):
        return None
    start = i + 2
    if doc[start].lower_ == "the" and start + 1 < len(doc):
        start += 1   # (round 21) "Minister of the Environment X"
    if doc[start].text == "State" and start + 1 < len(doc) and doc[start + 1].lower_ == "for":
        start += 2   # "Minister of State for Labour X"
    end = _run(doc, start)
    last = max((k for k in range(start, end) if _portfolio_word(doc[k])), default=None)
    if last is None:
        return None
    if last + 1 < end and doc[last + 1].lower_ in BODY_AFTER:
        last += 1   # "Minister of State for Women and Child Development Ministry X"
    name = doc[last + 1:end]
    if not 2 <= len(name) <= 3 or any(t.lower_ in JOINERS or _portfolio_word(t) or not t.text[:1].isupper()
                                      for t in name):
        return None
    return Span(doc, name.start, name.end, label="PERSON")


def mend(doc, out: list[Span]) -> list[Span]:
    found = []
    for i, w in enumerate(doc_index.lowers(doc)):
        if w in HEADS:
            x = _name_after_portfolio(doc, i)
            if x is not None and not any(e.label_ == "PERSON" and e.start == x.start and e.end == x.end for e in out):
                found.append(x)
    return swap_in(out, found)   # (a span that ran the portfolio into the name goes with it)
