"""'X was on Friday charged by the EFCC', 'X was in October 2016 convicted': a date phrase between
"was" and the participle makes the parser read "was" as the main verb (with X its subject) and
the participle as a clause on it; the participle is a passive with X as its subject."""


def dated_participle(tok):
    """The subject token of "was" when tok is a participle cut off from it by a date phrase; else None."""
    be = tok.head
    if tok.tag_ != "VBN" or tok.dep_ != "advcl" or be.lemma_ != "be" or be.i > tok.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
        return None
    between = [c for c in be.children if be.i < c.i < tok.i]
    if len(between) != 1 or between[0].dep_ != "prep" or between[0].right_edge.i != tok.i - 1 \
            or not any(t.ent_type_ in ("DATE", "TIME") for t in between[0].subtree):
        return None   # only the date phrase may stand between them: "was on Friday charged"
    return next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
