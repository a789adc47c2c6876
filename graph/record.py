"""A person's record as one offline HTML page: `okg record NAME --out page.html`.

Posts held over time (a timeline), events with dates and agents, who they replaced and who
replaced them, and every source sentence with its article's title, date and link. One
self-contained file: inline CSS, no scripts, no network. Every text that came from an
article (names, titles, sentences, URLs) is HTML-escaped, and only http(s) addresses
become links.
"""
from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from .posts import posts
from .schema import PERSON, GraphDocument

CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1000px;color:#222;padding:0 1em}
h1{margin-bottom:.1em}.sub{color:#666;margin-top:0}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3em .5em;border-bottom:1px solid #eee;vertical-align:top}
.timeline{position:relative;margin:1em 0 2em;border-left:1px solid #ccc}
.row{position:relative;height:42px;margin:4px 0}.label{position:absolute;left:6px;top:0;font-size:13px;white-space:nowrap}
.bar{position:absolute;top:18px;height:20px;background:#cfe3ff;border:1px solid #6a9ee0;border-radius:4px;box-sizing:border-box}
.bar.open{border-right:3px dashed #6a9ee0}.bar.undated{background:repeating-linear-gradient(45deg,#eee,#eee 6px,#f8f8f8 6px,#f8f8f8 12px);border-color:#bbb}
.axis{position:relative;height:18px;font-size:11px;color:#777}.tick{position:absolute;top:0;border-left:1px solid #ddd;padding-left:2px;height:18px}
.src{margin:.2em 0 .8em 1em;color:#333}.src q{quotes:"\\201C" "\\201D"}.muted{color:#888}.warn{color:#a15c00}
"""


def _e(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _link(url: str | None, label: str) -> str:
    if url and re.match(r"^https?://", url, re.I):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(label)}</a>'
    return _e(label)


def find_person(doc: GraphDocument, name: str):
    """The person a name (or alias, or id) means: exact first, then a unique partial match."""
    people = [e for e in doc.entities if e.label == PERSON]
    low = name.strip().lower()
    exact = [e for e in people if low in ({e.id.lower(), e.name.lower()} | {a.lower() for a in e.aliases})]
    if len(exact) == 1:
        return exact[0]
    part = [e for e in people if low in e.name.lower()]
    if len(exact) > 1 or len(part) > 1:
        raise KeyError(f"{name!r} names several people: " + ", ".join(sorted(e.name for e in exact or part)))
    if not part:
        raise KeyError(f"no person named {name!r} in the graph")
    return part[0]


def _year(d: str | None) -> float | None:
    if not d:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", d)
    if not m:
        return None
    return int(m[1]) + (int(m[2]) - 1) / 12 if m[2] else int(m[1])


def _timeline(tenures) -> str:
    """One bar per post, placed between its start and end on a shared year axis."""
    spans = [(_year(t.start), _year(t.end) or _year(t.as_of)) for _, t in tenures]
    years = [y for s in spans for y in s if y is not None]
    if not years:
        lo, hi = date.today().year - 1, date.today().year + 1
    else:
        lo, hi = int(min(years)), int(max(years)) + 1
    width = max(hi - lo, 1)
    pos = lambda y: 100 * (y - lo) / width  # noqa: E731
    out = ['<div class="timeline">', '<div class="axis">']
    step = max(1, width // 10)
    out += [f'<span class="tick" style="left:{pos(y):.2f}%">{y}</span>' for y in range(lo, hi + 1, step)]
    out.append("</div>")
    for (post, t), (a, b) in zip(tenures, spans):
        label = f"{t.title} — {post.org_name} ({t.span()})"
        if a is None and b is None:
            cls, left, w = "bar undated", 0.0, 100.0
        else:
            a = a if a is not None else b
            b = b if b is not None else (hi if not t.former else a + 0.05)
            cls = "bar" + (" open" if t.end is None and not t.former else "")
            left, w = pos(a), max(pos(b) - pos(a), 0.8)
        out.append(f'<div class="row"><div class="{cls}" style="left:{left:.2f}%;width:{w:.2f}%"></div>'
                   f'<span class="label">{_e(label)}</span></div>')
    out.append("</div>")
    return "\n".join(out)


def record_html(doc: GraphDocument, name: str) -> str:
    """The page for one person (KeyError when the name does not pick one person)."""
    person = find_person(doc, name)
    pid = person.id
    names = {e.id: e.name for e in doc.entities}
    arts = {a.id: a for a in doc.articles}
    tenures = [(p, t) for p in posts(doc) for t in p.holders if t.person == pid]
    tenures.sort(key=lambda pt: (pt[1].start or pt[1].end or pt[1].as_of or "9999"))
    events = [ev for ev in doc.events if any(p.entity == pid for p in ev.participants)]
    events.sort(key=lambda ev: (ev.date or "9999", ev.type))
    replaced = [r for r in doc.relations if r.type == "REPLACED" and pid in (r.source, r.target)]
    facts = [r for r in doc.relations if r.type != "MENTIONS" and pid in (r.source, r.target)]

    parts = [f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
             f"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
             f"<title>{_e(person.name)} — record</title><style>{CSS}</style></head><body>",
             f"<h1>{_e(person.name)}</h1>"]
    sub = [f"also: {', '.join(person.aliases)}" if person.aliases else "",
           f"titles seen: {', '.join(person.titles)}" if person.titles else ""]
    parts.append(f'<p class="sub">{_e(" · ".join(s for s in sub if s))}</p>')

    parts.append("<h2>Posts over time</h2>")
    if tenures:
        parts.append(_timeline(tenures))
        parts.append("<table><tr><th>post</th><th>body</th><th>from</th><th>to</th><th>sources</th></tr>")
        for p, t in tenures:
            warn = ' <span class="warn">(sources disagree)</span>' if t.disputed else ""
            still = f"in post as of {t.as_of}" if t.as_of else ""
            to = t.end or ("left, date unknown" + (f" ({still})" if still else "") if t.former else still)
            parts.append(f"<tr><td>{_e(t.title)}</td><td>{_e(p.org_name)}</td><td>{_e(t.start or '')}</td>"
                         f"<td>{_e(to)}{warn}</td><td>{_e(len(t.articles))} article(s)</td></tr>")
        parts.append("</table>")
    else:
        parts.append('<p class="muted">No post held is stated.</p>')

    parts.append("<h2>Successions</h2>")
    if replaced:
        parts.append("<ul>")
        for r in replaced:
            pos = r.properties.get("position")
            when = r.properties.get("date")
            tail = (f" as {_e(pos)}" if pos else "") + (f" ({_e(when)})" if when else "")
            if r.source == pid:
                parts.append(f"<li>replaced <b>{_e(names.get(r.target, r.target))}</b>{tail}</li>")
            else:
                parts.append(f"<li>was replaced by <b>{_e(names.get(r.source, r.source))}</b>{tail}</li>")
        parts.append("</ul>")
    else:
        parts.append('<p class="muted">None stated.</p>')

    parts.append("<h2>Events</h2>")
    if events:
        parts.append("<table><tr><th>date</th><th>event</th><th>role</th><th>who</th><th>post / charge</th></tr>")
        for ev in events:
            role = ", ".join(sorted({p.role for p in ev.participants if p.entity == pid}))
            others = "; ".join(f"{p.role}: {names.get(p.entity, p.entity)}" for p in ev.participants
                               if p.entity != pid)
            when = ev.date or ""
            if ev.date_text:
                when += f" ({ev.date_text})"
            parts.append(f"<tr><td>{_e(when)}</td><td>{_e(ev.type.lower())}</td><td>{_e(role)}</td>"
                         f"<td>{_e(others)}</td><td>{_e(' / '.join(x for x in (ev.position, ev.charge) if x))}</td></tr>")
        parts.append("</table>")
    else:
        parts.append('<p class="muted">None stated.</p>')

    parts.append("<h2>Sources</h2>")
    by_article: dict[str, list[tuple[str, str]]] = {}
    for r in facts:
        what = f"{r.type} {names.get(r.target if r.source == pid else r.source, '')}".strip()
        for e in r.evidence:
            by_article.setdefault(e.article, []).append((what, e.sentence))
    for ev in events:
        for e in ev.evidence:
            by_article.setdefault(e.article, []).append((ev.type, e.sentence))
    order = sorted(by_article, key=lambda a: (arts[a].published or "") if a in arts else "", reverse=True)
    for aid in order:
        a = arts.get(aid)
        title = a.title if a else aid
        meta = " · ".join(x for x in ((a.published if a else None), (a.source if a else None)) if x)
        parts.append(f"<h3>{_link(a.url if a else None, title)}</h3>"
                     + (f'<p class="muted">{_e(meta)}</p>' if meta else ""))
        seen = set()
        for what, sentence in by_article[aid]:
            if sentence in seen:
                continue
            seen.add(sentence)
            facts_here = sorted({w for w, s in by_article[aid] if s == sentence})
            parts.append(f'<p class="src"><q>{_e(sentence)}</q> <span class="muted">— '
                         f'{_e(", ".join(facts_here))}</span></p>')
    if not by_article:
        parts.append('<p class="muted">No sources.</p>')
    parts.append('<p class="muted">Made by officials-kg from the articles above; dates are as the '
                 'articles give them (partial dates such as 2024-04 when the day is not known).</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


def write_record(doc: GraphDocument, name: str, out: str | Path) -> Path:
    p = Path(out)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(record_html(doc, name), encoding="utf-8")
    return p
