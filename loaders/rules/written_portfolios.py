"""The names the text writes for a ministry we build, kept as its aliases.

A ministry built from a title's portfolio takes the lexicon's usual form of the portfolio
word it found ("the land management minister" -> "Ministry of Lands", "Minister of
Macro-economic Planning and Investment Promotion" -> "Ministry of Planning and Investment"),
and a body the text names "Department of Immigration" is merged as a country's "Ministry of
Immigration". Readers search for the name as written, so:
- written_forms: the whole portfolio as the title writes it around the word the lexicon knew
  gives the ministry "Ministry of <portfolio>" and "<portfolio> Ministry" as aliases;
- kept: the export's filter of a country's ministry aliases (which drops forms every country
  has, "foreign ministry") keeps these forms and the "Department of X" the text wrote.
Only words of the title or the text itself: no form is made up beyond "Ministry of"/"Ministry".
"""
from __future__ import annotations

import re

from .. import gazetteer as gz

# words that end a portfolio: the title's head, its joiners to a body or place, its modifiers
_ENDS = frozenset({"of", "the", "in", "at", "to", "on", "from", "with", "by", "as", "a", "an",
                   "minister", "ministers", "minister-designate", "ministry", "secretary", "state"})
# words before a portfolio that belong to the post or the sentence, not to the portfolio
_LEFT_ONLY_ENDS = frozenset({"deputy", "acting", "former", "interim", "shadow", "junior", "senior", "cabinet",
                             "vice", "new", "then", "outgoing", "incoming", "federal", "union", "provincial",
                             "regional", "first", "second", "third", "chief", "principal", "be", "is", "was",
                             "his", "her", "its", "their", "our", "and", "&", "for"})
_JOINS = frozenset({"and", "&", "for"})
# after "for", a polity is whose the ministry is ("Minister of Mines for the Republic"), not its portfolio
_POLITY = frozenset({"republic", "state", "kingdom", "federation", "union", "nation", "country",
                     "government", "people", "region", "province", "county", "district"})


def _word(w: str) -> str:
    return w.strip(",;:()\"'’").lower()


def _part(w: str, upper: bool, left: bool) -> bool:
    """A word that can belong to a portfolio written in the matched span's case."""
    lw = _word(w)
    if not lw or not re.match(r"^[\w][\w\-]*$", lw) or lw in _ENDS or lw in gz.TITLE_HEADS:
        return False
    if left and lw in _LEFT_ONLY_ENDS:
        return False
    if gz.country_of(w.strip(",;:")):
        return False
    return w[:1].isupper() if upper else w.islower()


def portfolio_as_written(words: list[str], i: int, j: int) -> str | None:
    """The whole portfolio the title writes around words[i:j] (the part the lexicon knew),
    or None when the title writes no more than that part."""
    upper = words[i][:1].isupper()
    a, b = i, j
    while a > 0 and _part(words[a - 1], upper, left=True) and not words[a - 1].endswith(","):
        a -= 1
    while b < len(words) and not words[b - 1].endswith((",", ";", ":")):   # a comma ends it ("X, Y and Z")
        if _part(words[b], upper, left=False):
            b += 1
        elif _word(words[b]) in _JOINS and b + 1 < len(words) and _part(words[b + 1], upper, left=False) \
                and not (_word(words[b]) == "for" and (_word(words[b + 1]) in _POLITY
                                                       or gz.is_place(words[b + 1].strip(",;:")))):
            b += 2   # "Planning and Investment Promotion", "Welfare Services for War Veterans"
        else:
            break
    if (a, b) == (i, j):
        return None
    text = " ".join(words[a:b]).strip(" ,;:")
    if not upper:   # "land management minister": the portfolio as a ministry writes it
        text = " ".join(w if w in ("and", "for") else w[:1].upper() + w[1:] for w in text.split())
    return text


def written_forms(words: list[str], i: int, j: int) -> set[str]:
    """"Ministry of Land Management" and "Land Management Ministry" for a ministry built from
    the lexicon's "Land" of "land management minister"; empty when the title adds nothing."""
    written = portfolio_as_written(words, i, j)
    if not written:
        return set()
    return {f"Ministry of {written}", f"{written} Ministry"}


def kept(alias: str, name: str) -> bool:
    """Whether the export keeps this alias of a country's ministry: a portfolio the lexicon does
    not know whole (the country's own, as written), or "Department of X" of the same portfolio."""
    from ..org_names import ministry_domain
    m = re.match(r"^(?:Ministry (?:of|for) (?P<a>.+)|(?P<b>.+) Ministry)$", alias)
    if m and not gz.portfolio(m.group("a") or m.group("b")) and " " in (m.group("a") or m.group("b")):
        return True
    if re.match(r"^Department (?:of|for) [A-Z]", alias):
        dom = ministry_domain(alias)[0]
        return dom is not None and dom == ministry_domain(name)[0]
    return False
