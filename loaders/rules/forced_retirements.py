"""'Morsi retires defence minister', 'the president retired General X': "retire" with an object
is one person sending another into retirement, a dismissal of the object by the subject, not
the subject's own retirement. Only an object that names a person or a post counts ('retired
his jersey', 'retired the debt' are no one's exit)."""
from __future__ import annotations

from ..gazetteer import TITLE_WORDS


def retired_someone(r, tok) -> bool:
    """tok is a passive "retire" ("X was compulsorily retired by the government") or an active
    one whose direct object is a person or a title: someone sent another into retirement."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return True
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        return False
    if tok.dep_ == "amod" and any(c.dep_ == "nsubj" for c in tok.children):
        return True   # "President X retired Defence Minister Y": the parse made the verb a participle on the title
    return any(c.dep_ == "dobj" and c.lower_ not in ("himself", "herself", "themselves") and (
        r.people(c) or c.lower_ in TITLE_WORDS or c.lemma_.lower() in TITLE_WORDS) for c in tok.children)
