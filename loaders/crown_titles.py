"""Offices held in the Crown's name, read as titles and not as bodies.

UK and Commonwealth releases write some offices with the Crown's style before the title:
"HM Inspector of Constabulary X", "Her Majesty's Chief Inspector of Constabulary", "appointed as
Her Majesty's Inspector of Constabulary". The small model tags the whole phrase as an
organisation, so the holder gets no post and a body that does not exist ("HM Inspector of
Constabulary") enters the graph. A span that is a crown style (data/titles.json crown_styles)
followed by a title that names its body (gazetteer.json title_orgs: "inspector of
constabulary" is Her Majesty's Inspectorate of Constabulary) is that title: mentions drops it as
a body, and the title rules read the post at the title's body."""
from __future__ import annotations

from . import gazetteer as gz
from .lexicon import load

CROWN_STYLES = tuple(sorted((tuple(s.lower().replace("’", "'").replace("'", " '").split())
                             for s in load("titles").get("crown_styles", [])), key=len, reverse=True))
# titles whose body the title itself names (gazetteer.json title_orgs), lower case
BODY_NAMING_TITLES = frozenset(rec["title"] for rec in gz.data().get("title_orgs", []))


def _words(toks) -> list[str]:
    return [t.lower_.replace("’", "'") for t in toks if not t.is_space]


def style_length(toks) -> int:
    """How many of the first tokens are a crown style ("HM" 1; "Her Majesty 's" 3; "Majesty 's"
    2, where a rule has taken "Her" for a possessive pronoun), else 0."""
    words = _words(toks)
    for style in CROWN_STYLES + (("majesty", "'s"),):
        if tuple(words[:len(style)]) == style:
            return len(style)
    return 0


def without_style_tokens(toks) -> list:
    """toks without a crown style before a title: "Her Majesty's Inspector of Constabulary" ->
    "Inspector of Constabulary"; toks as they are when no title follows the style."""
    n = style_length(toks)
    return list(toks[n:]) if n and n < len(toks) and toks[n].text[:1].isupper() else list(toks)


def is_crown_title(toks) -> bool:
    """toks (a span's tokens) are a crown style and a title that names its body:
    "HM Inspector of Constabulary", "Her Majesty's Chief Inspector of Constabulary"."""
    n = style_length(toks)
    if not n:
        return False
    rest = " ".join(w for w in _words(toks)[n:])
    return rest in BODY_NAMING_TITLES


def without_style(title: str) -> str:
    """A lower-case title without the crown style before it: "her majesty's inspector of
    constabulary" -> "inspector of constabulary"; any other title as it is."""
    words = title.replace("’", "'").replace("'s", " 's").split()
    for style in CROWN_STYLES:
        if tuple(words[:len(style)]) == style and len(words) > len(style):
            return " ".join(words[len(style):])
    return title


def styles_title(span) -> bool:
    """span is a crown style alone, a title word written right after it ("HM" of "HM Chief
    Inspector of Constabulary X"): the style of that title, not a body."""
    toks = [t for t in span if not t.is_space]
    doc = span.doc
    return bool(toks) and style_length(toks) == len(toks) and span.end < len(doc) \
        and doc[span.end].text[:1].isupper() and doc[span.end].lower_ in gz.TITLE_WORDS
