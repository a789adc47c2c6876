"""Cypher text as the rewrites see it: strings, `quoted names` and comments held aside as
placeholders (so no rewrite ever touches them), and the bracket arithmetic on what is left.
"""
from __future__ import annotations

import re


class QueryError(ValueError):
    """A query the embedded store cannot run (one line)."""


def mask(query: str) -> tuple[str, list[str]]:
    """Replace literals and `names` by \\x01N\\x02 placeholders and drop comments."""
    out, lits, i, n = [], [], 0, len(query)
    while i < n:
        ch = query[i]
        if query.startswith("//", i):
            j = query.find("\n", i)
            i = n if j < 0 else j
            continue
        if query.startswith("/*", i):
            j = query.find("*/", i + 2)
            if j < 0:
                raise QueryError("unterminated comment in query")
            i = j + 2
            out.append(" ")
            continue
        if ch in "'\"`":
            j = i + 1
            while j < n and query[j] != ch:
                j += 2 if query[j] == "\\" and ch != "`" else 1
            if j >= n:
                raise QueryError("unterminated string literal in query")
            out.append(hold(lits, query[i:j + 1]))
            i = j + 1
            continue
        out.append(ch)
        i += 1
    return "".join(out), lits


def hold(lits: list[str], text: str) -> str:
    lits.append(text)
    return f"\x01{len(lits) - 1}\x02"


def unmask(masked: str, lits: list[str]) -> str:
    return re.sub(r"\x01(\d+)\x02", lambda m: lits[int(m.group(1))], masked)


def depths(s: str) -> list[int]:
    """Bracket depth (any of ( [ {) at each position."""
    d, out = 0, []
    for ch in s:
        if ch in ")]}":
            d -= 1
        out.append(d)
        if ch in "([{":
            d += 1
    return out


def closing(s: str, start: int) -> int:
    """Index of the bracket closing the one at start."""
    d = 0
    for j in range(start, len(s)):
        if s[j] in "([{":
            d += 1
        elif s[j] in ")]}":
            d -= 1
            if d == 0:
                return j
    raise QueryError("unbalanced brackets in query")


def split_top(s: str, sep: str = ",") -> list[str]:
    parts, d, cur = [], 0, []
    for ch in s:
        if ch in "([{":
            d += 1
        elif ch in ")]}":
            d -= 1
        if ch == sep and d == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def top_level(s: str) -> str:
    """s with everything inside brackets blanked out."""
    depth = depths(s)
    return "".join(ch if depth[i] == 0 else " " for i, ch in enumerate(s))


def brace_depths(s: str) -> list[int]:
    d, out = 0, []
    for ch in s:
        if ch == "}":
            d -= 1
        out.append(d)
        if ch == "{":
            d += 1
    return out
