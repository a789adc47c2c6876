"""Whether two titles name one post: "the new DG of the agency" and "director general of the National
Agency for ..." (same_post), "governor of Puerto Rico" and "Puerto Rico's new governor" (same_head).
Split out of replacements.py: a comparison of title strings, no rule of its own, read by the
replacement rules, departures.py and the record builder (extract.py)."""
from __future__ import annotations

import re

from ..lexicon import LEADING_POSTS, load

POST_ABBREVIATIONS = {k.lower(): v.lower() for k, v in load("titles")["post_abbreviations"].items()}
NOT_POST_WORDS = {"the", "new", "next", "incoming", "interim", "acting", "former", "outgoing", "then", "a", "an"}
ANAPHORIC_BODIES = {"agency", "ministry", "commission", "board", "bank", "bureau", "authority", "department",
                    "service", "office", "council", "corporation", "company", "force", "institution", "body"}
BARE_POSTS = {"minister", "president", "secretary", "chief", "head", "director", "leader", "chairman", "governor",
              "commander", "member", "official", "officer", "spokesman", "adviser"}
SECOND_WORDS = {"deputy", "vice", "assistant", "associate"}   # "deputy governor" is not the governor's post
PORTFOLIO_HEADS = {"minister", "secretary", "member", "official", "officer", "director", "head", "chief", "deputy"}
BRACKETED = re.compile(r"\([^)]*\)")
BODY_AFTER = re.compile(r"\s+(?:of|for|at|in)\s+")
LEADING_THE = re.compile(r"^the ")


def _post_and_body(title: str) -> tuple[str, str]:
    """"the new DG of the agency" -> ("director general", "the agency"); "director-general of the
    National Broadcasting Commission (NBC)" -> ("director general", "the national broadcasting commission")."""
    t = BRACKETED.sub(" ", title.lower()).replace("-", " ").replace("’s", "").replace("'s", "")
    words = [POST_ABBREVIATIONS.get(w, w) for w in t.split()]
    t = " ".join(words)
    post, body = (BODY_AFTER.split(t, maxsplit=1) + [""])[:2]
    post = " ".join(w for w in post.split() if w not in NOT_POST_WORDS)
    return post, body.strip()


def _bodies_agree(a: str, b: str) -> bool:
    """One body named twice, or once and then called "the agency" (or not named at all)."""
    def anaphoric(x):
        ws = [w for w in x.split() if w != "the"]
        return not ws or (len(ws) == 1 and x.startswith("the") and ws[0] in ANAPHORIC_BODIES)
    return anaphoric(a) or anaphoric(b) or LEADING_THE.sub("", a) == LEADING_THE.sub("", b)


def same_head(a: str, b: str) -> bool:
    """Two titles of one sentence with one head noun that names a single post ("governor of Puerto Rico",
    "Puerto Rico's new governor"); not "minister" or "secretary", which name a portfolio's post."""
    pa, pb = _post_and_body(a)[0].split(), _post_and_body(b)[0].split()
    ha, hb = pa[-1:], pb[-1:]
    if bool(set(pa) & SECOND_WORDS) != bool(set(pb) & SECOND_WORDS):
        return False   # "deputy governor" is not the governor's post
    return bool(ha) and ha == hb and ha[0] not in PORTFOLIO_HEADS


def same_post(given: str, held: str) -> bool:
    """Two titles that name one post: "the new DG of the agency" and "director general of the National
    Agency for the Prohibition of Trafficking in Persons" (a short form, a body called by its kind).
    A bare generic title ("minister", "head") names no one post by itself."""
    (p1, b1), (p2, b2) = _post_and_body(given), _post_and_body(held)
    kind = b1.split()[-1] if b1.startswith("the ") and len(b1.split()) == 2 else None
    if p1 and p1.split()[-1] in LEADING_POSTS and kind == "ministry" and p2.endswith("minister"):
        return True   # "fired Foreign Minister X" ... "appointed Y as caretaker of the ministry"
    if not p1 or p1 != p2:
        return False
    if p1 in BARE_POSTS and not (b1 and b2):
        return False
    return _bodies_agree(b1, b2)
