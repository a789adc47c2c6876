"""A party's name before a government post (round 16): "PNL finance minister X", "the HDZ
mayor of Split, X", "former PSD minister X". The party marks the person's membership; the post
itself is at the body the rest of the title names (the ministry, the city), not at the party. Only
an organisation the story shows to be a party splits this way (a party by its name, the word after
it, or "party X" / "X party" at any of its mentions), so "FBI director X" or "NATO chief X" keep
their body. Titles whose head is a member noun ("Labour MP X") are parties.party_member_title's."""
from __future__ import annotations

from graph.schema import ORGANISATION

from ..party_names import GOVERNMENT_POSTS, portfolio_named
from .facts import Position
from .parties import MEMBER_NOUNS, is_institution, is_party, party_by_name
from .titles import is_title_word

LEAD_WORDS = ("the", "a", "an", "former", "ex", "then")
# GOVERNMENT_POSTS: posts of a government a party's member holds ("minister", "mayor"); a party's
# own posts ("Center Party leader", "ALDE spokesperson") stay at the party


def story_party(state, om) -> bool:
    """om names a party somewhere in the story: by its name, by the word after a mention ("the
    HDZ party"), or by "party" right before a mention ("the junior ruling party PNL")."""
    e = om.entity
    if e is None or is_institution(om):
        return False
    if party_by_name(e):
        return True
    for m in getattr(state, "mentions", ()):
        if m.entity is not e or m.label != ORGANISATION:
            continue
        doc = state.sents[m.sent_index].doc
        if is_party(doc, m) or (m.start > 0 and doc[m.start - 1].lower_ in ("party", "parties")):
            return True
    return False


def party_post(state, om, title: str) -> bool:
    """The title read after the organisation om is a government post ("minister", "mayor of X")
    and om a party of the story."""
    words = title.lower().split() if title else []
    return any(w in GOVERNMENT_POSTS for w in words) and story_party(state, om)


def post_after_party(state, om, title: str) -> bool:
    """party_post, the title not a membership noun: "PNL finance minister" (yes), "Labour MP",
    "HDZ mayor" (no: parties.party_member_title reads those as memberships). A party named by a
    portfolio's word ("Labour minister X") is read as the portfolio, as before."""
    words = title.lower().split() if title else []
    if portfolio_named(om.text):
        return False
    return not any(w in MEMBER_NOUNS for w in words) and party_post(state, om, title)


def member_position(m, party, si: int, rule: str, former: bool = False) -> Position:
    return Position(m.entity, "member", party, si, "member:party-post:" + rule, 0.7, former, relation="MEMBER_OF")


def split_party(r, toks, mentions):
    """A title phrase that opens (past "the", "former") with a party's name and goes on with a
    title word: (party mention, the phrase without the party's tokens); else None."""
    k = 0
    while k < len(toks) and toks[k].lower_ in LEAD_WORDS:
        k += 1
    if k >= len(toks):
        return None
    om = r.org_mention_at(mentions, toks[k].i)
    if om is None or om.start != toks[k].i or om.label != ORGANISATION:
        return None
    rest = [t for t in toks if t.i >= om.end]
    if not rest or not is_title_word(rest[0]) or rest[0].text[:1] in ("'", "’"):
        return None
    if not post_after_party(r.state, om, " ".join(t.text for t in rest)):
        return None
    return om, toks[:k] + rest


def party_just_before(r, mentions, i: int, m, si: int, title: str, rule: str) -> list[Position]:
    """The membership a party's name right before a title gives ("The HDZ mayor of Split, X":
    the title's rules read the post; this adds X's party). i: the token before the title."""
    om = r.org_mention_at(mentions, i) if i >= 0 else None
    if om is None or om.end != i + 1 or not party_post(r.state, om, title):
        return []
    return [member_position(m, om.entity, si, rule)]
