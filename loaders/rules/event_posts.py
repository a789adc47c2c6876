"""The post an event names: "appointed X as the new defence minister", "sacked X as home
secretary", "X was named chancellor in his place" (the one replaced held it)."""
from __future__ import annotations

import re
from dataclasses import replace

from graph.schema import ORGANISATION, PERSON

from ..mentions import Mention
from .appositions import title_phrase
from .facts import Position
from .title_before import deputy_body
from .title_orgs import BODY_TITLES
from .titles import ARTICLES, clean_title, has_head, without_leading


# where an event's post phrase stops naming the post: the one replaced, what is said of them, and
# a second post set beside it with its own article ("head the X Ministry and the deputy health
# minister"); not a comma ("minister of finance, planning and economic development" is one post)
POST_ENDS = re.compile(r"\s*[;(]|\s+(?:in place of|in the place of|replacing|succeeding|to replace|who|whom|which)\b"
                       r"|\s+and\s+(?:the|a|an|his|her|its)\s")

# "president of the country": the post of the story's country, whatever body appointed to it
OF_THE_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?:country|nation)$", re.I)
# "elected X as the country's new prime minister": the same, written as a possessive
COUNTRYS = re.compile(r"^\s*(?:the\s+)?(?:country|nation)(?:'s|’s|\s+'s|\s+’s)\s+", re.I)


def _approved_elsewhere(f, title: str) -> bool:
    """(round 25) An appointment a body approves is to a post of another body: "parliament approved X
    as prime minister" makes X no officer of the parliament (but "approved X as speaker" does)."""
    return f.rule.startswith("approved:") and "speaker" not in title.lower()


def from_events(r, facts) -> list[Position]:
    """"appointed X as the new defence minister", "sacked X as home secretary": the
    post an appointment or a dismissal names."""
    out = []
    for f in facts:
        if f.extra.get("member_of") is not None:   # "five members of the police ... are: A, B"
            out += [Position(s, "member", f.extra["member_of"], f.sent_index, "member:group-list", 0.65,
                             relation="MEMBER_OF") for s in f.subjects]
        if f.position and f.predecessor is not None and not f.rule.startswith("noun:"):
            # "X was named chancellor in his place": the one replaced held that post
            out += [replace(p, person=f.predecessor, former=True, rule="replaced-in-post", strength=0.65)
                    for p in from_events(r, [replace(f, type="APPOINTMENT", subjects=[f.successor],
                                                       predecessor=None, successor=None,
                                                       extra={"position_span": f.extra.get("position_span")})])]
        if f.position and f.successor is not None and f.extra.get("no_event"):
            f = replace(f, subjects=[f.successor], extra={})   # "X ... as defence minister in place of Y"
        if f.position and f.type in ("APPOINTMENT", "DISMISSAL", "SUSPENSION", "NOMINATION", "RESIGNATION") \
                and f.gives_post():   # ("the end of X's term as T": T is X's)
            # "minister in place of Y, who was moved to the textile ministry": the post is "minister"
            span = f.extra.get("position_span")
            f, span = _cut_at_next_name(r, f, span)   # "as T1 and B T2": T1 alone is A's post
            if f is None:
                continue
            title, former, country = clean_title(POST_ENDS.split(f.position)[0].split() or f.position.split())
            title = DANGLING.sub("", title) or title   # "appointed A as interior minister and B as ...": no "and"
            countrys = OF_THE_COUNTRY.search(title) is not None or _countrys(r, f)
            # "elected X as president of the country" / "as the country's new prime minister":
            title = OF_THE_COUNTRY.sub("", title)                    # the country's post, not the electing body's
            named = r.org_in_span(f.sent_index, span) if span and title.lower() not in BODY_TITLES else None
            if named is not None:   # "as secretary of Russia's Security Council": the post names its body
                org = named
                title = re.split(r"\s+(?:of|at|in)\s+", title)[0]
            else:
                org = r.org_for_title(title, country or r.state.country) if has_head(title.split()) else None
            if org is None and span and has_head(title.split()):
                phrased = _read_as_phrase(r, f, span, former)
                if phrased:   # "sacked as governor of the central bank": the phrase names the body
                    out += phrased
                    continue
            if org is None and span and has_head(title.split()):
                org = _body_after_to(r, f.sent_index, span[1])   # "appointed Chief of Staff to the UN mission"
            if org is None and has_head(title.split()):
                org = deputy_body(r, title)   # "the junta named X as the deputy governor" after "central bank governor Y"
            if org is None and f.agent is not None and f.agent.label == ORGANISATION and has_head(title.split()) \
                    and not countrys and not _approved_elsewhere(f, title):
                org = f.agent   # "the House voted to remove McCarthy as speaker": the House's speaker
            for subj in _before_dangling(r, f, span):
                if org is not None and subj.label == PERSON:
                    r.add_title(subj, title)
                    out.append(Position(subj, title, org, f.sent_index, f"event-post:{f.type.lower()}", 0.75,
                                        former or f.type in ("DISMISSAL", "SUSPENSION", "RESIGNATION")))
    return out


# a post phrase that ends in a coordinator: the parse ran it into the next pair ("appointed A as
# interior minister and B as deputy finance minister")
DANGLING = re.compile(r"[\s,]+(?:and|or)$|,$")


def _cut_at_next_name(r, f, span):
    """The event and its post span cut before a person named inside the span, with the "and" or
    comma before it: "appointed A as Minister of State for X and B Minister of State for Y" (the
    parse ran A's post over B's pair) gives A "Minister of State for X", not B's post's body."""
    if not span or f.sent_index != r.state.current_si:
        return f, span
    doc = r.state.current_doc
    inside = [m.start for m in r.state.mentions if m.sent_index == f.sent_index and m.label == PERSON
              and span[0] < m.start < span[1]]
    if not inside:
        return f, span
    end = min(inside)
    # (round 18) "named A as T1 and B to the X portfolio": T1 is A's, not B's, named inside the phrase
    within = {id(m.entity) for m in r.state.mentions if m.sent_index == f.sent_index and m.label == PERSON
              and span[0] < m.start < span[1]}
    subjects = [s for s in f.subjects if id(s) not in within]
    if not subjects:
        return None, None
    while end > span[0] and (doc[end - 1].lower_ in ("and", "or") or doc[end - 1].is_punct):
        end -= 1
    if end <= span[0]:
        return f, span
    extra = dict(f.extra, position_span=(span[0], end))
    return replace(f, position=doc[span[0]:end].text, extra=extra, subjects=subjects), (span[0], end)


def _before_dangling(r, f, span) -> list:
    """The subjects an event's post belongs to: all of them, but in a list of pairs ("appointed A
    as T1 and B as T2", "A as T1, and B as T2": the post phrase ends in a dangling "and", or a
    subject named after it has its own "as"), only those named before the phrase; B's own post
    is read by the pair rules."""
    if len(f.subjects) < 2 or not span or f.sent_index != r.state.current_si:
        return f.subjects
    mine = [m for m in r.state.mentions if m.sent_index == f.sent_index and m.label == PERSON
            and any(m.entity is s for s in f.subjects)]
    doc = r.state.current_doc
    paired = any(m.start >= span[1] and m.end < len(doc) and doc[m.end].lower_ == "as" for m in mine)
    if not (paired or DANGLING.search(f.position.strip())):
        return f.subjects
    before = {id(m.entity) for m in mine if m.end <= span[0]}
    return [s for s in f.subjects if id(s) in before] or f.subjects


def _countrys(r, f) -> bool:
    """The event's post phrase opens with "the country's" ("as the country's new prime minister")."""
    span = f.extra.get("position_span")
    if not span:
        return False
    return COUNTRYS.search(r.state.sents[f.sent_index].doc[span[0]:span[1]].text) is not None


def _body_after_to(r, si: int, end: int):
    """The body named by "to the ORG" right after a post's words ("Presidential Envoy to the Urals
    Federal District", "Chief of Staff to the X Organisation"); not a country ("envoy to Syria")."""
    doc = r.state.sents[si].doc
    k = end
    if k >= len(doc) or doc[k].lower_ != "to":
        return None
    k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    om = next((m for m in r.state.mentions if m.sent_index == si and m.label == ORGANISATION and m.start == k
               and m.entity is not None), None)
    return om.entity if om is not None and om.entity.name != (om.entity.country or "") else None


def _read_as_phrase(r, f, span, former) -> list[Position]:
    """The post phrase of an event read as an apposition is ("head of the central bank",
    "governor of Lagos State"), for each person subject."""
    doc = r.state.sents[f.sent_index].doc
    toks = [t for t in doc[span[0]:span[1]]]
    end = next((k for k, t in enumerate(toks) if t.text in (",", ";", "(") or t.ent_type_ in ("DATE", "TIME")), None)
    toks = toks[:end] if end is not None else toks
    toks = without_leading(toks, ARTICLES + ("new", "next", "his", "her", "its", "their"))
    mentions = [m for m in r.state.mentions if m.sent_index == f.sent_index]
    out = []
    for subj in f.subjects:
        if subj.label != PERSON or not toks:
            continue
        m = Mention(PERSON, toks[0].i, toks[0].i, subj.name, f.sent_index, subj)
        for p in title_phrase(r, toks, f.sent_index, m, mentions, f"event-post:{f.type.lower()}"):
            if p.relation == "HOLDS_POSITION":
                out.append(replace(p, strength=min(p.strength, 0.75),
                                   former=former or p.former or f.type in ("DISMISSAL", "SUSPENSION", "RESIGNATION")))
    return out
