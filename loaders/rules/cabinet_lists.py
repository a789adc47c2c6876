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
    then the holder's name, at the start of a sentence or line."""
    doc = sent.doc
    sep = next((t for t in sent[:8] if t.text in (":", "-", "–", "—") and t.whitespace_), None)
    if sep is None or sep.i == sent.start:
        return []
    m = next((x for x in mentions if x.label == PERSON and x.entity is not None and x.start == sep.i + 1), None)
    if m is None:
        return []
    words = [t.text for t in doc[sent.start:sep.i]]
    named = " ".join(words)
    for form in ("Ministry of ", "Minister of ", "Ministry", "Minister"):   # "Home Ministry — X"
        named = named.replace(form, "").replace(form.lower(), "")
    dom = gz.portfolio(named.strip())
    if dom is not None:
        words = [dom, "minister"]
    if not has_head(words):
        return []
    title, former, country = clean_title(words)
    org = r.org_for_title(title, country or r.state.country or r.state.country_hint)
    if org is None or not title:
        return []
    r.add_title(m.entity, title)
    return [Position(m.entity, title, org, si, "cabinet-list:colon", 0.7, former)]
