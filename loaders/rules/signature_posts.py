"""The signer of a department's statement (round 19): a State Department press statement is
signed by its spokesperson under the title, on the name's own line or after a comma:

  "Press Statement / Jane X / Department Spokesperson / Washington, DC / <date>"
  "<date> <time> / John Y, Department Spokesperson / The U.S. Department of State has ..."

"Department Spokesperson" names no body but "the Department", and the title rules find no
"of" after it. The department is the one the statement names: the first body of the text
called "Department of ..." or "... Department"; a statement from Washington that names none is
the State Department's, whose title it is (titles.json signature_titles: the titles read so,
with the word that names the body and that default). The model often leaves the name alone on
its line untagged: tag_signers tags it before the mentions are read."""
from __future__ import annotations

import re

from spacy.tokens import Span

from graph.schema import ORGANISATION, PERSON

from .. import gazetteer as gz
from ..page_edges import SIGNATURE_TITLES, signature_title
from .facts import Position
from .. import doc_index

US = "United States"


def _name_shaped(doc) -> bool:
    """The line is only a person's name: two to four capitalised words (initials allowed), no
    title word, no place."""
    words = [t for t in doc if not t.is_space]
    return 2 <= len(words) <= 4 and all(t.text[:1].isupper() and (t.is_alpha or re.fullmatch(r"[A-Z]\.", t.text))
                                        for t in words) \
        and not any(t.lower_ in gz.TITLE_WORDS or t.text.rstrip(".") in gz.PREFIXES for t in words) \
        and not gz.is_place(doc_index.text(doc).strip()) and not gz.country_of(doc_index.text(doc).strip())


def tag_signers(docs) -> None:
    """A line that is only a name, followed by a signature title's line, is a person even where
    the model tagged nothing on it ("Jane X" / "Department Spokesperson"): tagged in place."""
    for doc, nxt in zip(docs, docs[1:]):
        # (the next line's text first: joined once per Doc by doc_index, where doc.ents builds a
        # Span per entity at each read)
        if signature_title(doc_index.text(nxt)) and not doc.ents and _name_shaped(doc):
            doc.ents = [Span(doc, 0, len(doc), label="PERSON")]


def _title_after(sents, si: int, m) -> str | None:
    """The signature title written after the name: ", Department Spokesperson" in the name's
    sentence, or the next line when the name stands alone on its own."""
    doc = sents[si].doc
    sent = sents[si]
    rest = doc_index.text(doc[m.end:sent.end]).strip()   # (cut from the Doc's text, joined once)
    if rest.startswith(","):
        line = rest[1:]
    elif doc_index.text(doc[sent.start:m.start]).strip() or rest.strip(" .") or si + 1 >= len(sents):
        return None
    else:
        line = doc_index.text(sents[si + 1])
    return line.strip().rstrip(".").strip() if signature_title(line) else None


def _department(st, word: str, default: str):
    """The first body of the text whose name says it is a 'department' (word: the noun that
    the title's first word stands for); in a statement from Washington that names none, the
    body the title is of (default: the State Department's spokesperson)."""
    pat = re.compile(rf"\b{re.escape(word)}\b", re.I)
    for m in st.mentions:   # (mentions are in text order)
        if m.label == ORGANISATION and m.entity is not None and pat.search(m.entity.name):
            return m.entity
    if any(re.match(r"Washington\b", doc_index.text(s).strip()) for s in st.sents):   # the statement's dateline
        return st.org_entity(default, US)
    return None


def read(st) -> list[Position]:
    """The posts of the persons who sign a statement with a body-less title."""
    out = []
    for m in st.mentions:
        if m.label != PERSON or m.entity is None:
            continue
        title = _title_after(st.sents, m.sent_index, m)
        if title is None:
            continue
        body = _department(st, *SIGNATURE_TITLES[title.lower()])
        if body is not None:
            out.append(Position(m.entity, title, body, m.sent_index, "signature-title", 0.75))
    return out
