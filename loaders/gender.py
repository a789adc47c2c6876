"""Which persons of an article are men and which are women, as far as the article itself says:
an honorific or a kin or job word right before the name ("Mr", "Mrs", "his wife",
"spokeswoman"; data/gender.json), and the pronouns after the name in sentences that name
no other person ("Modise ... will start her role"). ArticleState.antecedent reads it so that
"she" is never taken for a man the article named, nor "he" for a woman ("Kganyago's term was
extended ... Modise will start her role. She replaces Y": she is Modise). Persons the article
marks neither way, or both ways, stay unknown and any pronoun may point at them."""
from __future__ import annotations

from collections import Counter, defaultdict

from graph.schema import PERSON

from . import doc_index
from .lexicon import load

_G = load("gender")
MARKS = {**{w: "m" for w in _G["male"]}, **{w: "f" for w in _G["female"]}}
PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
            "she": "f", "her": "f", "hers": "f", "herself": "f"}
HONORIFIC_WEIGHT = 3   # "Mrs X" outweighs a pronoun that may point at someone unnamed


def pronoun_gender(word: str) -> str | None:
    """"m" for he/him/his/himself, "f" for she/her/hers/herself, else None."""
    return PRONOUNS.get(word.lower())


def article_genders(sents, mentions) -> dict[str, str]:
    """Entity id -> "m" or "f", for the persons the article marks clearly (twice as many
    marks one way as the other)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    by_sent = defaultdict(list)
    for m in mentions:
        if m.label == PERSON and m.entity is not None:
            by_sent[m.sent_index].append(m)
    for si, ms in by_sent.items():
        sent = sents[si]
        doc = sent.doc
        for m in ms:
            for i in (m.start - 1, m.start):
                if sent.start <= i < m.end:
                    g = MARKS.get(doc[i].text.rstrip(".").lower())
                    if g:
                        votes[m.entity.id][g] += HONORIFIC_WEIGHT
        if len({m.entity.id for m in ms}) != 1:
            continue   # two persons named: a pronoun may be either's
        first = min(ms, key=lambda m: m.start)
        low = doc_index.lowers(doc)   # (the pronoun test first, on the Doc's strings: a Token only for a pronoun)
        for k in range(first.end, sent.end):
            g = PRONOUNS.get(low[k])
            if g and (doc[k].pos_ == "PRON" or doc[k].tag_ == "PRP$"):
                votes[first.entity.id][g] += 1
    out = {}
    for eid, v in votes.items():
        if v["m"] >= 2 * v["f"] and v["m"]:
            out[eid] = "m"
        elif v["f"] >= 2 * v["m"] and v["f"]:
            out[eid] = "f"
    return out
