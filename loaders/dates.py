"""Dates as written ("in April", "on 12 May 2024", "last month") to ISO dates, possibly partial.

dateparser (a well-kept library, already pulled in by trafilatura) reads each expression
and says how precise it is (day, month or year), which becomes `2024-04-12`, `2024-04` or
`2024`. Expressions without a year ("in April", "on Tuesday", "last month") are resolved
against the article's publication date, looking back from it (news reports the past); with
no publication date they stay unresolved, and `date_text` keeps what was written.

`find_dates` finds the date expressions of a sentence (spans), `article_date` the date an
article gives for itself (a dateline or "Published:" line at its top, or its URL).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"

# One date expression, most specific forms first.
_ONE = (rf"(?:{DAY}\s+{MONTH},?\s+{YEAR}|{MONTH}\s+{DAY},?\s+{YEAR}|{YEAR}-\d\d-\d\d|{MONTH}\s+{YEAR}"
        rf"|{MONTH}(?:\s+{DAY})?,?\s+(?:of\s+)?(?:last|this|next)\s+year"
        rf"|{MONTH}\s+{DAY}\b|{DAY}\s+{MONTH}|(?:early|mid|late)[- ]{YEAR}|{YEAR}|{MONTH}(?=[\s,.;:)]|$)"
        rf"|(?:last|this|next)\s+(?:week|month|year|{WEEKDAY})|{WEEKDAY}|yesterday|today)")
DATE_RE = re.compile(_ONE)
RANGE_RE = re.compile(rf"\b(?:from|between)\s+(?P<a>{_ONE})\s+(?:to|until|till|and|-|–)\s+(?P<b>{_ONE})"
                      rf"|(?P<c>{YEAR})\s*[-–]\s*(?P<d>{YEAR}|\d\d)\b")
SINCE_RE = re.compile(rf"\bsince\s+(?P<a>{_ONE})")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass
class DateSpan:
    """A date expression of a sentence: where it is, what it says, and its ISO date."""
    start: int
    end: int
    text: str
    iso: str | None


@lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser
    return DateDataParser(languages=["en"])


def _iso(dt: datetime, period: str) -> str:
    if period == "year":
        return f"{dt.year:04d}"
    if period in ("month", "week"):
        return f"{dt.year:04d}-{dt.month:02d}"
    return dt.date().isoformat()


def parse_published(value: str | None) -> date | None:
    """An article's publication date from what its metadata says (ISO, RFC 2822, 'May 12, 2024')."""
    if not value or not str(value).strip():
        return None
    v = str(value).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if not re.search(r"\b" + YEAR + r"\b", v):
        return None
    data = _parser().get_date_data(v[:80])
    if data.date_obj is None or data.period != "day":
        return None
    return data.date_obj.date()


def normalise_published(value: str | None) -> str | None:
    """The publication date as ISO (`2024-05-12`) when it can be read, else as given."""
    d = parse_published(value)
    return d.isoformat() if d else (value or None)


_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_WRITTEN = re.compile(r"(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>[A-Za-z]+)\.?,?\s+(?P<y1>\d{4})"
                      r"|(?P<m2>[A-Za-z]+)\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
                      r"|(?P<m3>[A-Za-z]+)\.?,?\s+(?P<y3>\d{4}))")


def _written(t: str) -> str | None:
    """"5 March 2024", "March 5, 2024", "March 2024": the common written dates, read without
    asking dateparser (which gives the same), or None for any other form."""
    m = _WRITTEN.fullmatch(t)
    if m is None or not re.fullmatch(YEAR, m["y1"] or m["y2"] or m["y3"]):
        return None
    month = _MONTHS.get((m["m1"] or m["m2"] or m["m3"]).lower())
    if month is None:
        return None
    year = int(m["y1"] or m["y2"] or m["y3"])
    if m["m3"]:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, int(m["d1"] or m["d2"])).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=4096)   # (pure: the same words and publication date give the same date)
def resolve(text: str, published: date | None = None) -> str | None:
    """ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for one date expression, or None."""
    t = re.sub(r"^(?:in|on|since|from|by|during|until|till|as of)\s+", "", (text or "").strip(), flags=re.I)
    t = t.rstrip(".,;: ")
    low = t.lower()
    if not t:
        return None
    m = re.fullmatch(rf"(early|mid|late)[- ]({YEAR})", low)
    if m:
        return m[2]
    has_year = re.search(r"\b" + YEAR + r"\b", t) is not None
    if not has_year and published is None:
        return None
    if published is not None and not has_year:
        wd = next((i for i, w in enumerate(WEEKDAYS) if re.fullmatch(rf"(?:last\s+)?{w}", low)), None)
        if wd is not None:
            back = (published.weekday() - wd) % 7   # "on Tuesday" in Tuesday's paper: that day
            if back == 0 and low.startswith("last"):
                back = 7
            return (published - timedelta(days=back)).isoformat()
        if low == "this year":
            return str(published.year)
    if re.fullmatch(YEAR, t):
        return t
    if re.fullmatch(r"\d{1,3}", t):
        return None   # "Barnier, 73," is an age, not a year
    if re.search(r"\b(?:next|following|previous|same)\s+(?:day|week|month)\b|\bday (?:before|after)\b", low):
        return None   # counted from another happening, not from the article's date
    m = re.fullmatch(rf"({MONTH})(?:\s+({DAY}))?,?\s+(?:of\s+)?(last|this|next)\s+year", t, re.I)
    if m:
        if published is None:
            return None
        year = published.year + {"last": -1, "this": 0, "next": 1}[m[3].lower()]
        return resolve(f"{m[2] or ''} {m[1]} {year}".strip(), None)
    written = _written(t)
    if written is not None:
        return written
    try:
        data = (_parser() if published is None else _dated_parser(published)).get_date_data(t[:60])
    except (ValueError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    return _iso(data.date_obj, data.period or "day")


@lru_cache(maxsize=64)
def _dated_parser(published: date):
    from dateparser.date import DateDataParser
    return DateDataParser(languages=["en"], settings={
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime(published.year, published.month, published.day)})


def find_dates(sentence: str, published: date | None = None) -> list[DateSpan]:
    """The date expressions of a sentence, left to right, each with its ISO date (or None)."""
    out = []
    for m in DATE_RE.finditer(sentence):
        txt = m.group(0)
        if re.fullmatch(MONTH, txt) and txt.rstrip(".") in ("May", "Mar", "March") and \
                not re.search(r"\b(?:in|since|until|by|early|late|mid|last|this|of)\s+$", sentence[:m.start()], re.I):
            continue   # "may" and "march" are verbs more often than months
        if re.fullmatch(YEAR, txt) and re.search(r"[$€£]\s*$|\d[.,]$", sentence[:m.start()]):
            continue
        out.append(DateSpan(m.start(), m.end(), txt, resolve(txt, published)))
    return out


@lru_cache(maxsize=2048)   # (pure, and an immutable answer: tenure asks it of each post's sentences again)
def find_range(sentence: str, published: date | None = None) -> tuple[str | None, str | None, str] | None:
    """"from 1994 to 2012", "between May 2008 and 2024", "2007-2012": (start, end, text) or None."""
    m = RANGE_RE.search(sentence)
    if not m:
        return None
    if m.group("a"):
        return resolve(m.group("a"), published), resolve(m.group("b"), published), m.group(0)
    a, b = m.group("c"), m.group("d")
    if len(b) == 2:
        b = a[:2] + b
    return (a, b, m.group(0)) if b >= a else None


@lru_cache(maxsize=2048)   # (pure, and an immutable answer)
def find_since(sentence: str, published: date | None = None) -> tuple[str | None, str] | None:
    """"since February 2007": (start, text) or None."""
    m = SINCE_RE.search(sentence)
    return (resolve(m.group("a"), published), m.group(0)) if m else None


# -- the date an article gives for itself ---------------------------------------------

_DATELINE = re.compile(
    rf"^\s*(?:(?:published|posted|updated|date|dated)\s*(?:on)?\s*[:\-–]?\s*)?(?:{WEEKDAY},?\s+)?"
    rf"(?P<d>{DAY}\s+{MONTH},?\s+{YEAR}|{MONTH}\s+{DAY},?\s+{YEAR}|{YEAR}-\d\d-\d\d)\b", re.I)
_PLACE_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z .'-]{{1,40}},?\s*(?:\([^)]*\)\s*)?[,\-–—]?\s*(?P<d>{MONTH}\s+{DAY},?\s+{YEAR}|"
    rf"{DAY}\s+{MONTH},?\s+{YEAR}|{YEAR}-\d\d-\d\d)\b")
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?:/|\b)"
                       r"|(?P<y2>(?:19|20)\d\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?=[/_-]|\.html?|$)")


def dateline_date(text: str, lines: int = 3) -> str | None:
    """A date at the very top of an article: "Published: 12 May 2024", "May 12, 2024",
    "MOSCOW, May 12, 2024 —". Only the first few non-empty lines are looked at."""
    seen = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        seen += 1
        if seen > lines:
            break
        for rx in (_DATELINE, _PLACE_DATELINE):
            m = rx.match(line.strip())
            if m:
                d = parse_published(m.group("d"))
                if d:
                    return d.isoformat()
    return None


def url_date(url: str | None) -> str | None:
    """A date in an article's address: /2024/05/12/, /2024-05-12-, 20240512."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("m2"), m.group("d2"))
    try:
        return date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def article_date(text: str, url: str | None = None) -> str | None:
    """The date an article without metadata gives for itself: its dateline, else its URL."""
    return dateline_date(text) or url_date(url)
