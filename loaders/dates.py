"""Dates as written ("in April", "on 12 May 2024", "last week") to ISO, possibly partial.

Resolved against the article's publication date when it is known; a month without a
year and no publication date stays unresolved (date_text keeps what was written).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def resolve(text: str, published: date | None = None) -> str | None:
    """ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for a date expression, or None."""
    t = text.lower().strip()
    t = re.sub(r"^(?:in|on|since|from|by|during|early|late|mid|last|this)\s+", lambda m: m[0] if m[0].strip() in ("last", "this") else "", t)
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", t)
    mon = next((MONTHS[w] for w in re.findall(r"[a-z]+", t) if w in MONTHS), None)
    day = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b", re.sub(r"\b(1[89]\d\d|20\d\d)\b", "", t))
    if mon and year:
        if day and 1 <= int(day[1]) <= 31:
            try:
                return date(int(year[1]), mon, int(day[1])).isoformat()
            except ValueError:
                pass
        return f"{year[1]}-{mon:02d}"
    if year and not mon:
        return year[1]
    if mon and published:
        y = published.year if mon <= published.month else published.year - 1
        if day and 1 <= int(day[1]) <= 31:
            try:
                return date(y, mon, int(day[1])).isoformat()
            except ValueError:
                pass
        return f"{y}-{mon:02d}"
    if published:
        if "yesterday" in t:
            return (published - timedelta(days=1)).isoformat()
        if t in ("today", "on today"):
            return published.isoformat()
        for i, wd in enumerate(WEEKDAYS):
            if wd in t:
                back = (published.weekday() - i) % 7   # "on Tuesday" in Tuesday's paper: that day
                if back == 0 and re.search(r"\blast\s+" + wd, t):
                    back = 7
                return (published - timedelta(days=back)).isoformat()
        if "last week" in t:
            return (published - timedelta(days=7)).isoformat()[:7]
        if "last month" in t:
            first = published.replace(day=1) - timedelta(days=1)
            return f"{first.year}-{first.month:02d}"
        if "last year" in t:
            return str(published.year - 1)
    return None
