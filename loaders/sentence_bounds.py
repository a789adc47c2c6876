"""No sentence ends at an abbreviated honorific or rank before a name.

The small model's parser sometimes starts a new sentence after "Amb." or "Lt." ("re-appointed
Commissioner Amb. | Ali Derrick Simwinga and made him Vice Chairperson", "replacing Lt. | Gen John
Milton"): the name then stands in a sentence without the verb or title that links it. This
component runs before the parser and marks the capitalised word after such an abbreviation as
no sentence start; the parser keeps preset boundaries. The abbreviations are the honorifics of
data/names.json written with a dot ("Brig. Gen.", "Amb.") and its name_abbreviations ("Mrs.").

Nor does one end at a bracketed acronym that a capitalised word follows on the same line
("Governor of People's Bank of China (PBOC) | Yi Gang attends", "Director General, National
Agency for ... (NAFDAC) | Prof. X has said"; round 12): a sentence ends at a stop, not a bracket."""
from __future__ import annotations

from spacy.language import Language

from . import doc_index
from . import gazetteer as gz
from .lexicon import load

_NAMES = load("names")
ABBREVIATED = frozenset(w.lower() for h in _NAMES["honorifics"] + _NAMES["name_abbreviations"]
                        for w in h.split() if w.endswith(".") and len(w) > 2)


def _abbreviation_ends_at(doc, i: int) -> bool:
    """doc[i] closes an abbreviated honorific: "Amb." as one token, or "Amb" + "." written together."""
    t = doc[i]
    if t.lower_ in ABBREVIATED:
        return True
    return t.text == "." and i > 0 and not doc[i - 1].whitespace_ and f"{doc[i - 1].lower_}." in ABBREVIATED


@Language.component("okg_sentence_bounds")
def keep_honorific_with_name(doc):
    texts = doc_index.texts(doc)
    for i in range(len(doc) - 1):
        # both rules need doc[i] to close an abbreviation (every one of ABBREVIATED ends with
        # ".") or a bracket: most tokens are neither, and their neighbours are not read
        if texts[i][-1:] != "." and texts[i] != ")":
            continue
        nxt = doc[i + 1]
        if nxt.is_alpha and nxt.text[:1].isupper() and nxt.lower_ not in gz.TITLE_WORDS \
                and _abbreviation_ends_at(doc, i):   # (not before another title: "Hon. Justice X" is left to the model)
            nxt.is_sent_start = False
        elif (nxt.is_alpha or nxt.lower_ in ABBREVIATED) and nxt.text[:1].isupper() and _acronym_ends_at(doc, i):
            nxt.is_sent_start = False
    return doc


def _acronym_ends_at(doc, i: int) -> bool:
    """doc[i] closes "(ACR)" (one word in capitals) with a plain space after it, not a line break."""
    return i >= 2 and doc[i].text == ")" and doc[i].whitespace_ == " " and doc[i - 2].text == "(" \
        and doc[i - 1].text.isupper() and doc[i - 1].is_alpha
