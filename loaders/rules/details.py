"""What an event says besides who: its date, the charge per subject, and the post it names
("appointed X as the new defence minister", "named X chancellor")."""
from __future__ import annotations

import re

from graph.schema import ORGANISATION, PERSON

from ..mentions import EntityBuild
from ..gazetteer import TITLE_WORDS
from .titles import OFFICE_NOUNS
from .. import doc_index
from .. import post_nominals

CHARGE_PATTERNS = re.compile(
    r"\b(?:accused|suspected|convicted|guilty)\s+of\s+(?P<a>[^,.;]+)|"
    r"\bcharged\s+with\s+(?P<b>[^,.;]+)|"
    r"\bon\s+(?:charges?|suspicion|accusations?)\s+of\s+(?P<c>[^,.;]+)|"
    r"\b(?:arrested|detained|jailed|convicted)\s+for\s+(?P<d>(?!\d)[^,.;]+)", re.I)


# where a post's name ends: the place, time or circumstance after it is not part of it
TRAILING_CLAUSE = re.compile(r"\s+(?:in|from|on|since|after|until|at|during|by|with|following|amid|replacing|"
                             r"succeeding|effective|when|while|who|which|that)\s+", re.I)


def date_of(r, trig, sent) -> str | None:
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        root = ent.root
        h, ok = root, False
        for _ in range(4):
            if h == trig:
                ok = True
                break
            if h.head.i == h.i:
                break
            h = h.head
        if ok:
            return ent.text
    return None


def charges_of(r, sent, subjects: list[EntityBuild]) -> dict[str, str]:
    """Charge per subject: a charge phrase belongs to the person named just before it."""
    out: dict[str, str] = {}
    persons = [m for m in r.state.mentions if m.label == PERSON and m.entity is not None
               and m.sent_index == r.state.current_si]
    for match in CHARGE_PATTERNS.finditer(doc_index.text(sent)):
        text = next(g for g in match.groups() if g)
        text = re.split(r"\b(?:and|who|whose|which|while|after|before|in)\b", text)[0].strip()
        at = sent.start_char + match.start()
        before = [m for m in persons if sent.doc[m.start].idx < at]
        owner = before[-1].entity if before else (subjects[0] if len(subjects) == 1 else None)
        if text and owner is not None and owner in subjects:
            out.setdefault(owner.key, text)
    return out


def position_of(r, trig) -> tuple[str | None, tuple[int, int] | None]:
    """The post a trigger names ("as the new defence minister", "named X chancellor"),
    and the token span it was read from; (None, None) if none."""
    for c in trig.children:
        if c.dep_ == "prep" and (c.lower_ in ("as", "to") or c.lower_ in ("for", "with") and _post_of(c)):
            found = post_in(r, c)   # "tapped for the position of trade minister", "rewarded with the post of"
            if found[0] is not None:
                return found
        if c.dep_ == "xcomp" and c.lemma_ in ("be", "serve") and any(a.lower_ == "to" for a in c.children):
            found = to_be_post(r, c)   # "was confirmed to be ambassador to Austria", "to serve as ambassador"
            if found[0] is not None:
                return found
        if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN") and r.entity_at(c, PERSON) is None:
            return (trig.doc[c.left_edge.i:c.right_edge.i + 1].text.split(",")[0].strip(),
                    (c.left_edge.i, c.right_edge.i + 1))
        if c.dep_ == "dobj" and c.lower_ in TITLE_WORDS and c.left_edge.i < c.i:
            # "appointed Vladislav Kuznetsov Acting Governor of the Chukotka Autonomous Area": the name
            # the parse made a compound of the title; the post is what follows the name
            m = r.state.mention_at(c.left_edge.i)
            if m is not None and m.label == PERSON and m.start == c.left_edge.i and m.end <= c.i:
                end = _next_name(r, trig.doc, m.end, c.right_edge.i + 1)   # "... of X Region and B Acting Governor of Y"
                return (trig.doc[m.end:end].text.split(",")[0].strip(), (m.end, end))
    for prep in _as_after_letters(r, trig):
        found = post_in(r, prep)
        if found[0] is not None:
            return found
    return None, None


def _as_after_letters(r, trig) -> list:
    """(round 24) "appoint Mr X PSM as Secretary of ...", "the reappointment of Mr X AO PSM as
    Secretary of ...": the parser makes the post-nominal letters the head of the name and hangs
    the "as" phrase on them, not on the trigger; after an event noun it hangs it on the name too
    ("the reappointment of X as Secretary"). The "as" phrases of such an object."""
    objs = [c for c in trig.children if c.dep_ == "dobj" and post_nominals.name_before_letters(c) is not None] + [
        p for c in trig.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
        and (post_nominals.name_before_letters(p) is not None or (trig.pos_ == "NOUN" and r.entity_at(p, PERSON) is not None))]
    return [g for o in objs for g in o.children if g.dep_ == "prep" and g.lower_ == "as"]


def _post_of(prep) -> bool:
    """"for / with the position of <title>": the phrase names a post, not a reason or a thing given
    (the office nouns of titles.json, which post_verbs reads in the same phrase)."""
    return any(p.dep_ == "pobj" and p.lemma_.lower() in OFFICE_NOUNS and any(
        o.dep_ == "prep" and o.lower_ == "of" for o in p.children) for p in prep.children)


def to_be_post(r, verb) -> tuple[str | None, tuple[int, int] | None]:
    """The post of "to be ambassador to Austria" / "to serve as ambassador" after an appointing
    verb ("the Senate voted to confirm X to be an assistant secretary"), and its span."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and verb.lemma_ == "serve":
            return post_in(r, c)
        if c.dep_ == "attr" and verb.lemma_ == "be" and c.pos_ in ("NOUN", "PROPN") and r.entity_at(c, PERSON) is None:
            start = next((k.i + 1 for k in c.lefts if k.dep_ in ("det", "poss")), c.left_edge.i)
            return (verb.doc[start:c.right_edge.i + 1].text.split(",")[0].strip(), (start, c.right_edge.i + 1))
    return None, None


def _next_name(r, doc, start: int, end: int) -> int:
    """Where a post read after one name ends: before the next person named in it, with the "and"
    that joins them ("appointing A Acting Governor of X and B Acting Governor of Y", round 10)."""
    for k in range(start, end):
        m = r.state.mention_at(k)
        if m is not None and m.label == PERSON and m.start == k:
            while k > start and doc[k - 1].lower_ in ("and", ","):
                k -= 1
            return k
    return end


def post_in(r, prep) -> tuple[str | None, tuple[int, int] | None]:
    """The post an "as" or "to" phrase names ("as the new defence minister"), and its span."""
    for p in prep.children:
        if p.dep_ == "pobj":
            span = prep.doc[p.left_edge.i:p.right_edge.i + 1].text
            span = re.sub(r"^(?:the\s+)?(?:post|position|role|office|job|portfolio)\s+of\s+", "", span, flags=re.I)
            span = re.sub(r"^(?:the\s+)?(?:country|nation)(?:'s|’s)\s+", "", span, flags=re.I)   # "the country's new PM"
            span = re.sub(r"^(?:(?:the|a|an|new|his|her|its|their)\s+)+", "", span.split(",")[0].strip(), flags=re.I)
            span = re.sub(r"^(?:new\s+)?(?:post|position|role|job|office)$", "", span, flags=re.I)
            span = TRAILING_CLAUSE.split(span)[0]   # "chief of naval staff in Nigeria on Monday"
            if span and not r.state.mention_at(p.i) or (r.state.mention_at(p.i) and r.state.mention_at(p.i).label == ORGANISATION):
                return span, (p.left_edge.i, p.right_edge.i + 1)
    return None, None
