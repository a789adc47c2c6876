"""The body a title names in its own "of" / "for" phrase, when nothing else gives one (round 9).

Where the model leaves a body's capitalised name untagged, the title reader takes the name
into the title, and the title's body is lost: "X, Head of the Public Associations Department",
"the head of the Sociedad Rural agrarian employers' association, X", "X, spokeswoman for
political rights group The Alternative ASEAN Network on Burma", "X, Minister of State for
Matabeleland South Province". The capitalised name after the title's last "of" / "for" is then
the post's body, when it is plainly a body's name: it ends in a body word ("Department"), or a
region's word ("Province"), or a lower-case word for a body stands beside it ("group X", "X
... association"). Not "Director of Public Prosecutions" or "vice mayor of Economic Affairs"
(a portfolio or a field, no body word), nor a country or a ministry's portfolio (read before).
Used only when org_for_title and the story's other bodies give none. Word lists:
data/names.json complement_group_nouns, complement_region_words.
"""
from __future__ import annotations

from .. import gazetteer as gz
from ..lexicon import load

_N = load("names")
GROUP_NOUNS = frozenset(_N.get("complement_group_nouns", []))
REGION_WORDS = frozenset(w.lower() for w in _N.get("complement_region_words", []))
JOINERS = frozenset({"of", "on", "for", "and", "the"})   # inside a name: "Alternative ASEAN Network on Burma"


def _capitalised(w: str) -> bool:
    return w[:1].isupper()


def complement_body_name(title: str) -> str | None:
    """The body's name in a title's last "of" / "for" phrase, or None."""
    words = title.replace("’", "'").split()
    k = max((i for i, w in enumerate(words[:-1]) if w.lower() in ("of", "for")), default=None)
    if k is None:
        return None
    rest = [w for w in words[k + 1:] if w != "'"]
    if rest and rest[0].lower() == "the":
        rest = rest[1:]
    i = 0
    while i < len(rest) and not _capitalised(rest[i]):
        i += 1
    described, run = rest[:i], []
    j = i
    while j < len(rest) and (_capitalised(rest[j]) or (
            rest[j].lower() in JOINERS and j + 1 < len(rest) and _capitalised(rest[j + 1]))):
        run.append(rest[j])
        j += 1
    tail = rest[j:]
    if len(run) < 2 or any(_capitalised(w) for w in tail) or (described and tail):
        return None
    name = " ".join(run)
    last = run[-1].lower()
    if not (last in gz.ORG_HEADS or last in REGION_WORDS or (described and described[-1].lower() in GROUP_NOUNS)
            or (tail and tail[-1].lower() in GROUP_NOUNS)):
        return None
    if gz.country_of(name) or gz.portfolio(name) or any(w.lower() in gz.TITLE_HEADS for w in run):
        return None
    return name


def complement_body(st, title: str):
    """The post's body named in its title's own "of" phrase (see complement_body_name), or None."""
    name = complement_body_name(title)
    if name is None:
        return None
    e = st.org_entity(name, st.country_hint)
    if name != e.name:
        e.aliases.add(name)
    return e
