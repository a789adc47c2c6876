"""Posts in cabinet lists: "Kofi Mensah (Finance), Kwame Boateng (Defence)" names each
minister's portfolio in brackets; "Minister of Finance: Kofi Mensah" or "Finance - Kofi Mensah"
gives a post and its holder on one line. A bracketed portfolio counts only where the sentence
or the one before speaks of ministers or a cabinet, so "(Reuters)" or "(left)" never do.
"""
from __future__ import annotations

from graph.schema import PERSON

from .. import gazetteer as gz
from .facts import Position
from .titles import clean_title, has_head

CABINET_WORDS = {"cabinet", "minister", "ministers", "ministry", "ministries", "portfolio", "portfolios",
                 "government", "reshuffle", "line-up", "lineup"}


def _cabinet_context(r, sent, si) -> bool:
    words = {t.lower_ for t in sent}
    if si > 0:
        words |= {t.lower_ for t in r.state.sents[si - 1]}
    return bool(words & CABINET_WORDS)


def bracketed_portfolios(r, sent, si, mentions) -> list[Position]:
    """"Kofi Mensah (Finance)": the person is the country's minister of that portfolio."""
    doc, out, checked = sent.doc, [], None
    for m in mentions:
        if m.label != PERSON or m.entity is None or m.end + 2 >= sent.end or doc[m.end].text != "(":
            continue
        close = next((k for k in range(m.end + 1, min(m.end + 6, sent.end)) if doc[k].text == ")"), None)
        if close is None:
            continue
        inner = doc[m.end + 1:close].text
        dom = gz.portfolio(inner) or gz.portfolio(inner.replace("Minister of ", "").replace("minister of ", ""))
        if dom is None and has_head(inner.split()):   # "Kofi Mensah (Finance Minister)"
            title, former, country = clean_title(inner.split())
            org = r.org_for_title(title, country or r.state.country or r.state.country_hint, explicit=country)
            if org is not None and title:
                r.add_title(m.entity, title)
                out.append(Position(m.entity, title, org, si, "cabinet-list:brackets", 0.7, former))
            continue
        if dom is None:
            continue
        if checked is None:
            checked = _cabinet_context(r, sent, si)
        if not checked:
            return []
        title = f"{dom} minister"
        org = r.org_for_title(title, r.state.country or r.state.country_hint)
        if org is not None:
            r.add_title(m.entity, title)
            out.append(Position(m.entity, title, org, si, "cabinet-list:brackets", 0.7))
    return out


def title_colon_name(r, sent, si, mentions) -> list[Position]:
    """"Minister of Finance: Kofi Mensah", "Defence - Kwame Boateng": a post, a colon or dash,
    then the holder's name, at the start of a sentence or line, or of each part of a list
    cut by semicolons ("Finance: X; Defence: Y")."""
    out, start = [], sent.start
    for t in list(sent) + [None]:
        if t is None or t.text == ";":
            end = t.i if t is not None else sent.end
            out += _title_colon_segment(r, sent.doc[start:end], si, mentions)
            start = end + 1
    return out


def _title_colon_segment(r, sent, si, mentions) -> list[Position]:
    doc, out = sent.doc, []
    seps = (":", "-", "–", "—")
    for m in mentions:
        if m.label != PERSON or m.entity is None or not sent.start < m.start - 1 < sent.end \
                or doc[m.start - 1].text not in seps or m.end > sent.end:
            continue
        k = m.start - 2   # the post runs back to the segment's start or an earlier separator
        while k >= sent.start and doc[k].text not in seps:
            k -= 1
        words = [t.text for t in doc[k + 1:m.start - 1]]
        if not words or len(words) > 6:
            continue
        named = " ".join(words)
        for form in ("Ministry of ", "Minister of ", "Ministry", "Minister"):   # "Home Ministry - X"
            named = named.replace(form, "").replace(form.lower(), "")
        dom = gz.portfolio(named.strip())
        if dom is not None:
            words = [dom, "minister"]
        if not has_head(words):
            continue
        title, former, country = clean_title(words)
        org = r.org_for_title(title, country or r.state.country or r.state.country_hint)
        if org is None or not title:
            continue
        r.add_title(m.entity, title)
        out.append(Position(m.entity, title, org, si, "cabinet-list:colon", 0.7, former))
    return out
