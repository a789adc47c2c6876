"""Is an article in English? Pages in other languages are skipped, not misread.

The rules and the spaCy pipeline read English; a French or Russian page run through
them gives nonsense entities. Most inputs are plainly English, which the share of
English function words tells at once, so the language identifier (py3langid, a
maintained fork of langid.py whose model ships in the wheel and takes a second to
load) is asked only about texts where few such words appear, to name their language.

The identifier is restricted to languages news pages are written in: its full set names
Nigerian Pidgin or Bikol for a terse English brief full of names ("President X sacked
Agriculture Minister Y and Power Minister Z"), which would skip a real English story.
And it must be sure: a text is not English only when English gets at most 1 - SURE of
the probability. `loaders.foreign` asks the same identifier about single sentences.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Function words frequent in English and rare as words of other Latin-script languages
# (no "a", "on", "in", "die", "was": those are French, German or Dutch words too).
_ENGLISH = frozenset(
    "the of and to is for that said with by his her has have were from who which this "
    "it be at are not but their they had been will would after its also".split())
_WORD = re.compile(r"[^\W\d_]+")
ENGLISH_SHARE = 0.15   # English news runs at 0.15-0.35, other languages below 0.03;
                       # below it the identifier decides
SAMPLE_CHARS = 5000
SURE = 0.9
NEWS_LANGUAGES = ("en es pt fr de it nl ca ro hr sr bs sl mk bg ru uk pl cs sk hu tr id ms sw tl "
                  "sv da no fi et lv lt sq el af ht vi zh ja ko ar fa ur hi bn th he ta ka hy az "
                  "kk uz mn km my ne si am").split()   # no Hausa or Somali: terse West African English


@lru_cache(maxsize=1)
def identifier():
    """py3langid over NEWS_LANGUAGES, with probabilities (loaded once, on first use)."""
    import py3langid.langid as langid
    ident = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    ident.set_languages([lang for lang in NEWS_LANGUAGES if lang in ident.nb_classes])
    return ident


def english_word_share(words: list[str]) -> float:
    """The share of lower-case words that are English function words."""
    return sum(w in _ENGLISH for w in words) / len(words) if words else 0.0


def english_share(text: str) -> float:
    return english_word_share(_WORD.findall(text[:SAMPLE_CHARS].lower()))


def surely_not_english(text: str) -> str | None:
    """The identifier's language when it is sure the text is not English, else None."""
    ranked = identifier().rank(text)
    if dict(ranked).get("en", 0.0) > 1 - SURE:
        return None
    return ranked[0][0]


def language_of(text: str) -> str:
    """ISO 639-1 code of the text's language ('en' for English or when unsure)."""
    if english_share(text) >= ENGLISH_SHARE:
        return "en"
    return surely_not_english(text[:SAMPLE_CHARS]) or "en"


def not_english(text: str) -> str | None:
    """The language code when the text is not English (too little text counts as English:
    fewer than 8 words, and fewer than 20 letters for scripts written without spaces)."""
    sample = text[:SAMPLE_CHARS]
    if len(_WORD.findall(sample)) < 8 and sum(c.isalpha() for c in sample) < 20:
        return None
    lang = language_of(text)
    return None if lang == "en" else lang
