"""Neo4j's Cypher rewritten into Ladybug's, for the few forms users of this graph meet.

Ladybug speaks openCypher with differences from Neo4j; each rewrite below works on the
query text with strings and comments held aside (graph/cypher_text.py):

- `type(r)` -> `label(r)`; `labels(n)` -> `[label(n)]` (a list, as on Neo4j); `toString`,
  `toInteger`, `toFloat`, `split`, `relationships` -> Ladybug's names; `substring` counted
  from 0 (not `startNode`/`endNode`: Ladybug's start_node follows the direction a pattern
  was walked, Neo4j's the direction the relationship was stored);
- `shortestPath(p)` / `allShortestPaths(p)` -> Ladybug's `* SHORTEST` / `* ALL SHORTEST`;
- a variable-length relationship `[*1..3]` never uses one relationship twice (`* TRAIL`);
- two relationships of one MATCH pattern are never the same relationship;
- `EXISTS { (p)-->() }` and `exists((p)-->())` -> `EXISTS { MATCH (p)-->() }`;
- a label test in an expression (`WHERE x:Person`) -> `label(x) = 'Person'`;
- a map projection `p {.name}` -> `{name: p.name}`;
- list positions count from 0 (`l[0]`, `l[1..3]`, `head(l)`, `last(l)`), out of range is null;
- aliases that Ladybug reserves (`AS all`) are quoted;
- a property no table has reads as null (Ladybug would refuse the query); reserved words
  as property names (`r.end`) are quoted;
- columns are named by the text of the RETURN item, as Neo4j names them.
"""
from __future__ import annotations

import re

from .cypher_text import (QueryError, brace_depths, closing, depths, hold, mask, split_top, top_level,
                          unmask)

WRITE_CLAUSE = re.compile(r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|LOAD\s+CSV|CALL|COPY|ALTER|"
                          r"INSTALL|ATTACH|EXPORT|IMPORT)\b", re.I)
CLAUSE_END = re.compile(r"\b(ORDER\s+BY|SKIP|LIMIT|UNION|RETURN|WITH|MATCH|OPTIONAL|UNWIND|WHERE)\b", re.I)
DEFAULT_MAX_HOPS = 30  # Ladybug needs an upper bound where Neo4j's `*` has none


def _name_columns(m: str, lits: list[str]) -> str:
    """`RETURN p.name, count(*)` -> `RETURN p.name AS `p.name`, count(*) AS `count(*)``."""
    depth = depths(m)
    out, pos = [], 0
    for ret in re.finditer(r"\bRETURN\b(\s+DISTINCT\b)?", m, re.I):
        if depth[ret.start()] != 0:
            continue
        start = ret.end()
        end = next((e.start() for e in CLAUSE_END.finditer(m, start) if depth[e.start()] == 0), len(m))
        items = []
        for item in split_top(m[start:end]):
            text = item.strip()
            if text and text != "*" and not re.search(r"\bAS\b", top_level(text), re.I):
                name = unmask(text, lits)
                item = f" {text} AS " + hold(lits, "`" + name.replace("`", "``") + "`") + " "
            items.append(item)
        out.append(m[pos:start] + ",".join(items))
        pos = end
    out.append(m[pos:])
    return "".join(out)


def _quote_aliases(m: str, lits: list[str]) -> str:
    """`AS all`, `AS none`: names Neo4j allows and Ladybug reserves, quoted where they are made."""
    depth = depths(m)
    return re.sub(r"\bAS(\s+)([A-Za-z_]\w*)",
                  lambda x: x.group(0) if depth[x.start()] else f"AS{x.group(1)}" + hold(lits, f"`{x.group(2)}`"),
                  m, flags=re.I)


def _star(content: str, semantic: str) -> str:
    """The `*lo..hi` part of a relationship pattern with Ladybug's path semantic and bounds."""
    def repl(x: re.Match) -> str:
        lo, dots, hi = x.group(1), x.group(2), x.group(3)
        if dots:
            lo, hi = lo or "1", hi or str(DEFAULT_MAX_HOPS)
        elif lo:
            hi = lo
        else:
            lo, hi = "1", str(DEFAULT_MAX_HOPS)
        return f"* {semantic} {lo}..{hi}"
    return re.sub(r"\*\s*(\d+)?\s*(\.\.)?\s*(\d+)?", repl, content, count=1)


def _var_length(m: str) -> str:
    """Relationship patterns `-[...*...]-`: shortest paths and trails as Neo4j means them."""
    for fn, semantic in (("allShortestPaths", "ALL SHORTEST"), ("shortestPath", "SHORTEST")):
        while (x := re.search(rf"\b{fn}\s*\(", m, re.I)):
            close = closing(m, x.end() - 1)
            inner = re.sub(r"(?<=-)\s*\[([^\]]*\*[^\]]*)\]",
                           lambda r: "[" + _star(r.group(1), semantic) + "]", m[x.end():close])
            m = m[:x.start()] + inner + m[close + 1:]
    return re.sub(r"(?<=-)\[([^\]]*\*[^\]]*)\]",
                  lambda r: r.group(0) if "SHORTEST" in r.group(1) else "[" + _star(r.group(1), "TRAIL") + "]",
                  m)


RENAMED = {"type": "label", "tostring": "to_string", "tointeger": "to_int64", "tofloat": "to_double",
           "split": "string_split", "relationships": "rels"}


def _functions(m: str) -> str:
    m = re.sub(r"(?<![\w.$])(type|toString|toInteger|toFloat|split|relationships)\s*\(",
               lambda x: RENAMED[x.group(1).lower()] + "(", m, flags=re.I)
    for x in reversed(list(re.finditer(r"(?<![\w.$])substring\s*\(", m, re.I))):
        close = closing(m, x.end() - 1)  # Neo4j counts from 0, Ladybug from 1
        args = split_top(m[x.end():close])
        if len(args) >= 2:
            args[1] = f" ({args[1].strip()}) + 1"
            if len(args) == 2:  # to the end of the string
                args.append(f" size({args[0].strip()})")
            m = m[:x.end()] + ",".join(args) + m[close:]
    # List comprehensions are not rewritten to list_filter/list_transform: Ladybug 0.22 gives
    # wrong lists when two lambdas read the same column in one RETURN.
    for fn, at in (("head", "0"), ("last", "-1")):  # as positions, rewritten in _subscripts
        while (x := re.search(rf"(?<![\w.$]){fn}\s*\(", m, re.I)):
            close = closing(m, x.end() - 1)
            m = m[:x.start()] + f"({m[x.end():close]})[{at}]" + m[close + 1:]
    while (x := re.search(r"(?<![\w.$])labels\s*\(", m, re.I)):
        close = closing(m, x.end() - 1)
        m = m[:x.start()] + "[label(" + m[x.end():close] + ")]" + m[close + 1:]
    while (x := re.search(r"\bexists\s*\(\s*\(", m, re.I)):  # exists((p)-->()): a pattern
        close = closing(m, x.end() - len(x.group(0)) + x.group(0).index("("))
        m = m[:x.start()] + "EXISTS { MATCH " + m[x.start() + x.group(0).index("(") + 1:close] + " }" + m[close + 1:]
    return re.sub(r"\bEXISTS\s*\{\s*\(", "EXISTS { MATCH (", m, flags=re.I)


LABEL_TEST_AFTER = {"WHERE", "AND", "OR", "XOR", "NOT", "WHEN", "THEN", "ELSE", "RETURN", "WITH", ","}


def _map_projections(m: str) -> str:
    """`p {.name, born: p.date}` -> `{name: p.name, born: p.date}` (not `p {.*}`)."""
    def project(x: re.Match) -> str:
        var, items = x.group(1), split_top(x.group(2))
        if not any(i.strip().startswith(".") for i in items) or any(i.strip() == ".*" for i in items):
            return x.group(0)
        out = []
        for item in items:
            item = item.strip()
            if re.fullmatch(r"\.[A-Za-z_]\w*", item):
                out.append(f"{item[1:]}: {var}{item}")
            elif re.fullmatch(r"[A-Za-z_]\w*", item):
                out.append(f"{item}: {item}")
            else:
                out.append(item)
        return "{" + ", ".join(out) + "}"
    return re.sub(r"(?<![\w:])([A-Za-z_]\w*)\s*\{([^{}]*)\}", project, m)


def _label_predicates(m: str, lits: list[str]) -> str:
    """`WHERE x:Person` (a label test in an expression) -> `label(x) = 'Person'`;
    `x:A|B` is either, `x:A:B` both (no node here has two labels)."""
    braces = brace_depths(m)

    def test(x: re.Match) -> str:
        before = re.search(r"(\w+|\S)\s*$", m[:x.start()])
        if braces[x.start()] or not before or before.group(1).upper() not in LABEL_TEST_AFTER:
            return x.group(0)  # a map key, or a node of a pattern
        var, labels = x.group(1), x.group(2)
        if "|" in labels:
            names = [n.strip() for n in labels.split("|")]
            return "(" + " OR ".join(f"label({var}) = " + hold(lits, f"'{n}'") for n in names) + ")"
        names = [n.strip() for n in labels.split(":")]
        return "(" + " AND ".join(f"label({var}) = " + hold(lits, f"'{n}'") for n in names) + ")"
    return re.sub(r"(?<=[\s,])([A-Za-z_]\w*)\s*:\s*([A-Za-z_]\w*(?:\s*[:|]\s*[A-Za-z_]\w*)*)"
                  r"(?=\s*(?:$|[),]|\b(?:AND|OR|XOR|THEN|ELSE|WHEN|END|AS|RETURN|WITH|ORDER|SKIP|LIMIT|UNION)\b))",
                  test, m, flags=re.I)


KEYWORDS = {"IN", "RETURN", "WITH", "AND", "OR", "XOR", "NOT", "WHEN", "THEN", "ELSE", "BY", "AS", "UNWIND",
            "WHERE", "DISTINCT", "CONTAINS", "SET", "CASE", "END", "IS", "NULL"}


def _operand_start(m: str, end: int) -> int:
    """Start of the operand ending just before end: a name (a.b), f(...), [...], (...)."""
    i = end
    while i > 0:
        ch = m[i - 1]
        if ch in ")]":
            d, j = 0, i - 1
            while j >= 0:
                d += m[j] in ")]"
                d -= m[j] in "(["
                if d == 0:
                    break
                j -= 1
            i = j
        elif ch == "\x02":
            i = m.rindex("\x01", 0, i)
        elif ch.isalnum() or ch in "_.$":
            i -= 1
        else:
            break
    return i


def _subscripts(m: str) -> str:
    """Neo4j counts list positions from 0 (x[0], x[1..3] without its end), Ladybug from 1
    (x[1], x[2..3] with it); an index out of range is null on Neo4j, an error on Ladybug."""
    starts = [x.start() for x in re.finditer(r"(?<=[\w)\]\x02])\[", m)]
    for pos in reversed(starts):
        word = re.search(r"(\w+)$", m[:pos])
        if word and word.group(1).upper() in KEYWORDS:
            continue
        close = closing(m, pos)
        inner = m[pos + 1:close]
        if re.fullmatch(r"\s*\x01\d+\x02\s*", inner):  # a map key or a string: not a position
            continue
        parts = split_top(inner.replace("..", "\x03"), "\x03")
        if len(parts) == 2:
            lo, hi = (p.strip() for p in parts)
            lo = _shift(lo, "CASE WHEN ({e}) >= 0 THEN ({e}) + 1 ELSE ({e}) END", lambda n: n + 1 if n >= 0 else n)
            hi = _shift(hi, "CASE WHEN ({e}) >= 0 THEN ({e}) ELSE ({e}) - 1 END", lambda n: n if n >= 0 else n - 1)
            m = m[:pos] + f"[{lo}..{hi}]" + m[close + 1:]
            continue
        if len(parts) != 1:
            continue
        # one position as a one-item slice (slices clamp, so out of range is empty) and its
        # only item (list_min of an empty list is null)
        at = _shift(inner.strip(), "CASE WHEN ({e}) >= 0 THEN ({e}) + 1 ELSE ({e}) END",
                    lambda n: n + 1 if n >= 0 else n)
        start = _operand_start(m, pos)
        m = m[:start] + f"list_min({m[start:pos]}[{at}..{at}])" + m[close + 1:]
    return m


def _shift(bound: str, template: str, literal) -> str:
    if not bound:
        return ""
    if re.fullmatch(r"-?\d+", bound):
        return str(literal(int(bound)))
    return template.format(e=bound)


def _properties(m: str, lits: list[str], known: set[str]) -> str:
    """Known properties quoted (`r.end`), unknown ones read as null as on Neo4j."""
    def access(x: re.Match) -> str:
        var, prop = x.group(1), x.group(2)
        if prop not in known:
            return "NULL"
        return f"{var}." + hold(lits, f"`{prop}`")
    m = re.sub(r"(?<![\w$.\x02])([A-Za-z_]\w*|\x01\d+\x02)\s*\.\s*([A-Za-z_]\w*)\b(?!\s*\()", access, m)
    braces = brace_depths(m)

    def key(x: re.Match) -> str:
        if braces[x.start()] == 0 or x.group(2) not in known:
            return x.group(0)
        return x.group(1) + hold(lits, f"`{x.group(2)}`") + x.group(3)
    return re.sub(r"([{,]\s*)([A-Za-z_]\w*)(\s*:)", key, m)


def _distinct_relationships(m: str) -> str:
    """Neo4j never binds one relationship twice in a MATCH: say so where Ladybug would."""
    depth = depths(m)
    out, pos, counter = [], 0, 0
    for x in re.finditer(r"\b(OPTIONAL\s+)?MATCH\b", m, re.I):
        if depth[x.start()] != 0 or x.start() < pos:
            continue
        start = x.end()
        where = None
        end = len(m)
        for e in CLAUSE_END.finditer(m, start):
            if depth[e.start()] != 0:
                continue
            if e.group(1).upper() == "WHERE" and where is None:
                where = e
                continue
            end = e.start()
            break
        pattern = m[start:where.start() if where else end]
        rels = []

        def name(r: re.Match) -> str:
            nonlocal counter
            body = r.group(1)
            if "*" in body:  # variable length: its own TRAIL semantic covers it
                return r.group(0)
            v = re.match(r"\s*([A-Za-z_]\w*|\x01\d+\x02)", body)  # a name, or a `quoted` one
            if v and not body.lstrip().startswith(":"):
                rels.append(v.group(1))
                return r.group(0)
            counter += 1
            rels.append(f"__r{counter}")
            return f"[__r{counter}{body}]"
        pattern = re.sub(r"(?<=-)\[([^\]]*)\]", name, pattern.replace("--", "-[]-"))
        rels = list(dict.fromkeys(rels))  # a name used twice is one relationship
        conds = [f"id({a}) <> id({b})" for i, a in enumerate(rels) for b in rels[i + 1:]]
        if where is not None:
            cond = m[where.end():end]
            clause = pattern + (f" WHERE {' AND '.join(conds)} AND ({cond})" if conds else f" WHERE{cond}")
        else:
            clause = pattern + (f" WHERE {' AND '.join(conds)} " if conds else "")
        out.append(m[pos:start] + clause)
        pos = end
    out.append(m[pos:])
    return "".join(out)


def translate(query: str, known: set[str]) -> str:
    """Neo4j Cypher -> Ladybug Cypher (see the module docstring); raises QueryError."""
    m, lits = mask(query.strip())
    m = m.strip().rstrip(";").strip()
    if not m:
        raise QueryError("empty query")
    if WRITE_CLAUSE.search(m):
        raise QueryError("the embedded store is read-only to Cypher; use --neo4j for writes")
    m = _name_columns(m, lits)
    m = _quote_aliases(m, lits)
    m = _var_length(m)
    m = _distinct_relationships(m)
    m = _functions(m)
    m = _map_projections(m)
    m = _label_predicates(m, lits)
    m = _subscripts(m)
    m = _properties(m, lits, known)
    return unmask(m, lits)
