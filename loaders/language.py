"""Is an article in English? Pages in other languages are skipped, not misread.

The rules and the spaCy pipeline read English; a French or Russian page run through
them gives nonsense entities. Most inputs are plainly English, which the share of
English function words tells at once, so the language identifier (py3langid, a
maintained fork of langid.py whose model ships in the wheel and takes a second to
load) is asked only about texts where few such words appear, to name their language.
"""
from __future__ import annotations

import re

# Function words frequent in English and rare as words of other Latin-script languages
# (no "a", "on", "in", "die", "was": those are French, German or Dutch words too).
_ENGLISH = frozenset(
    "the of and to is for that said with by his her has have were from who which this "
    "it be at are not but their they had been will would after its also".split())
_WORD = re.compile(r"[^\W\d_]+")
ENGLISH_SHARE = 0.15   # English news runs at 0.15-0.35, other languages below 0.03;
                       # below it the identifier decides
SAMPLE_CHARS = 5000


def english_word_share(words: list[str]) -> float:
    """The share of lower-case words that are English function words."""
    return sum(w in _ENGLISH for w in words) / len(words) if words else 0.0


def english_share(text: str) -> float:
    return english_word_share(_WORD.findall(text[:SAMPLE_CHARS].lower()))


def language_of(text: str) -> str:
    """ISO 639-1 code of the text's language ('en' for English)."""
    if english_share(text) >= ENGLISH_SHARE:
        return "en"
    import py3langid
    return py3langid.classify(text[:SAMPLE_CHARS])[0]


def not_english(text: str) -> str | None:
    """The language code when the text is not English (too little text counts as English)."""
    if len(_WORD.findall(text[:SAMPLE_CHARS])) < 8:
        return None
    lang = language_of(text)
    return None if lang == "en" else lang
