"""Posts in cabinet lists: "Kofi Mensah (Finance), Kwame Boateng (Defence)" names each
minister's portfolio in brackets; "Minister of Finance: Kofi Mensah" or "Finance - Kofi Mensah"
gives a post and its holder on one line; "X, Ministry of Finance; Y, Ministry of Health" cuts a
list by semicolons, each part a holder and the body of the post. A bracketed portfolio counts only
where the sentence or the one before speaks of ministers or a cabinet, so "(Reuters)" or "(left)"
never do.
"""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from .. import gazetteer as gz
from .. import doc_index, list_names
from .facts import Position
from ..org_names import ministry_domain
from .titles import clean_title, has_head

MINISTRY_WORDS = {"Ministry", "Department", "Office"}   # a body a minister of state serves in

CABINET_WORDS = {"cabinet", "minister", "ministers", "ministry", "ministries", "portfolio", "portfolios",
                 "government", "reshuffle", "line-up", "lineup", "secretaries", "cs", "css"}
CONTEXT_SENTENCES = 3   # a caption or a quote may stand between "the new Cabinet" and its list


def _cabinet_context(r, sent, si) -> bool:
    """The sentence or one of the few before it speaks of ministers or a cabinet."""
    words = {t.lower_ for t in sent}
    for k in range(max(0, si - CONTEXT_SENTENCES), si):
        words |= {t.lower_ for t in r.state.sents[k]}
    return bool(words & CABINET_WORDS)


def _bracketed_domain(doc, m, sent) -> tuple[str | None, int | None]:
    """The portfolio in brackets right after a person's mention, and the closing bracket."""
    if m.label != PERSON or m.entity is None or m.end + 2 >= sent.end or doc[m.end].text != "(":
        return None, None
    close = next((k for k in range(m.end + 1, min(m.end + 6, sent.end)) if doc[k].text == ")"), None)
    if close is None:
        return None, None
    inner = doc[m.end + 1:close].text
    return gz.portfolio(inner) or gz.portfolio(inner.replace("Minister of ", "").replace("minister of ", "")), close


def bracketed_portfolios(r, sent, si, mentions) -> list[Position]:
    """"Kofi Mensah (Finance)": the person is the country's minister of that portfolio."""
    doc, out, checked = sent.doc, [], None
    # two or more "Name (Portfolio)" in one sentence are a cabinet list by themselves
    bracketed = [(m, *_bracketed_domain(doc, m, sent)) for m in mentions]   # read once, used twice
    listed = sum(dom is not None for _, dom, _ in bracketed) >= 2
    for m, dom, close in bracketed:
        if close is None:
            continue
        inner = doc[m.end + 1:close].text
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
            checked = listed or _cabinet_context(r, sent, si)
        if not checked:
            return []
        title = f"{dom} minister"
        org = r.org_for_title(title, r.state.country or r.state.country_hint)
        if org is not None:
            r.add_title(m.entity, title)
            out.append(Position(m.entity, title, org, si, "cabinet-list:brackets", 0.7))
    return out


SEPARATORS = (":", "-", "–", "—")   # between a post and its holder's name


def title_colon_name(r, sent, si, mentions) -> list[Position]:
    """"Minister of Finance: Kofi Mensah", "Defence - Kwame Boateng": a post, a colon or dash,
    then the holder's name, at the start of a sentence or line, or of each part of a list
    cut by semicolons ("Finance: X; Defence: Y")."""
    out, start = [], sent.start
    if not any(m.label == PERSON and m.entity is not None and sent.start < m.start - 1 < sent.end
               and sent.doc[m.start - 1].text in SEPARATORS for m in mentions):
        return out   # (no segment has a name right after a separator)
    for t in list(sent) + [None]:
        if t is None or t.text == ";":
            end = t.i if t is not None else sent.end
            out += _title_colon_segment(r, sent.doc[start:end], si, mentions)
            start = end + 1
    return out


def _title_colon_segment(r, sent, si, mentions) -> list[Position]:
    doc, out = sent.doc, []
    seps = SEPARATORS
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
        # a line of its own ("Transport and Infrastructure Development – James Macharia") is a
        # cabinet list's line: its first portfolio word is enough
        own_line = _whole_line(sent) and list_names.list_item(doc)
        dom = gz.portfolio(named.strip())
        loose = None if dom is not None or not own_line else gz.portfolio(named.strip(), lenient=True)
        if dom or loose:
            words = [dom or loose, "minister"]
        if not has_head(words):
            continue
        title, former, country = clean_title(words)
        where = country or r.state.country or r.state.country_hint
        # a portfolio kept as written names its own ministry, not the first portfolio word's
        org = r.state.org_entity(f"Ministry of {loose}", where) if loose else r.org_for_title(title, where)
        if org is None or not title:
            continue
        r.add_title(m.entity, title)
        out.append(Position(m.entity, title, org, si, "cabinet-list:colon", 0.7, former))
    return out


def _whole_line(sent) -> bool:
    """The sentence is its line's text, but for a list mark the parser cut off ("•")."""
    doc = sent.doc
    if sent.end != len(doc):
        return False
    texts = doc_index.texts(doc)   # (by index: no Span of the text before, whose first word mostly ends the test)
    return all(texts[i] in list_names.LIST_MARKS or doc[i].is_punct for i in range(sent.start))


def name_then_post(r, sent, si, mentions) -> list[Position]:
    """"• Sonny Angara – Secretary of Education", "Jesus Crispin Remulla – Department of Justice
    (DOJ)": a list line with the holder's name, a dash and the post. The body is the one the
    post side names, else the one its title names ("Secretary of Education" in the Philippines)."""
    doc = sent.doc
    if not _whole_line(sent):
        return []
    found = list_names.person_and_post(doc)
    if found is None:
        return []
    (ns, ne), (ps, pe) = found
    if ns > ps:
        return []   # "Health – Cleopa Mailu" is title_colon_name's
    person = next((m.entity for m in mentions if m.label == PERSON and m.entity is not None
                   and ns <= m.start < ne), None)
    if person is None:
        return []
    body = next((m.entity for m in mentions if m.label == ORGANISATION and m.entity is not None
                 and ps <= m.start < pe), None)
    words = [t.text for t in doc[ps:pe] if t.text not in ("(", ")") and not (
        t.i > ps and doc[t.i - 1].text == "(")]   # "(DOJ)" is the body's short name
    country = r.state.country or r.state.country_hint
    if has_head(words):
        title, former, explicit = clean_title(words)
        org = body or r.org_for_title(title, explicit or country, explicit=explicit)
    else:
        dom = gz.portfolio(" ".join(words), lenient=True)
        title, former = (f"{dom} minister" if dom else "head"), False
        org = body if body is not None else (r.org_for_title(title, country) if dom else None)
    if org is None or not title:
        return []
    r.add_title(person, title)
    return [Position(person, title, org, si, "cabinet-list:name-dash-post", 0.7, former)]


def name_comma_body(r, sent, si, mentions) -> list[Position]:
    """"The ministers sworn in are X, Ministry of Water; Y, Ministry of Youth and Sport; and
    Z, Lands and Mines": a list cut by semicolons whose parts end in a
    holder's name, a comma and the ministry (or its portfolio) the holder serves in."""
    doc = sent.doc
    if ";" not in doc_index.text(sent):
        return []   # (no cuts)
    cuts = [t.i for t in sent if t.text == ";"]
    if len(cuts) < 2 or not _cabinet_context(r, sent, si):
        return []
    out, start = [], sent.start
    for end in cuts + [sent.end]:
        out += _name_comma_segment(r, doc, start, end, si, mentions)
        start = end + 1
    return out


def _name_comma_segment(r, doc, start: int, end: int, si, mentions) -> list[Position]:
    while end > start and doc[end - 1].is_punct:
        end -= 1   # the sentence's full stop
    persons = [m for m in mentions if m.label == PERSON and m.entity is not None and start <= m.start and m.end < end]
    if not persons:
        return []
    m = persons[-1]
    if doc[m.end].text != "," or m.end + 1 >= end:
        return []
    body = next((o for o in mentions if o.label == ORGANISATION and o.entity is not None
                 and o.start == m.end + 1 and o.end <= end), None)
    if body is not None and not (ministry_domain(body.entity.name)[0] or set(body.entity.name.split()) & MINISTRY_WORDS):
        body = None   # ("X, Reuters; ...": no ministry; "X, Local Government and Rural Development": a portfolio)
    if body is not None:
        title, org = "minister", body.entity
    else:
        dom = gz.portfolio(doc[m.end + 1:end].text)
        org = r.org_for_title(f"{dom} minister", r.state.country or r.state.country_hint) if dom else None
        title = f"{dom} minister" if dom else None
    if org is None or not title:
        return []
    r.add_title(m.entity, title)
    return [Position(m.entity, title, org, si, "cabinet-list:name-comma-body", 0.7)]
