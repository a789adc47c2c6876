"""A person's age written into a title phrase ("X, the 59-year-old former finance minister";
"a 45-year-old deputy governor"): the age describes the person, it is no word of the title.
Left in, it pushes the title's head word past where the rules look for it and the post is lost."""
from __future__ import annotations


def age_end(toks, k: int) -> int | None:
    """Where an age written from toks[k] ends ("59-year-old" as one token or as 59 - year - old;
    "59 years old"), or None when none starts there."""
    t = toks[k]
    if t.lower_.endswith(("-year-old", "-years-old")) and t.lower_[:1].isdigit():
        return k + 1
    if not t.like_num:
        return None
    words = [x.lower_ for x in toks[k + 1:k + 5]]
    for form in (["-", "year", "-", "old"], ["-", "years", "-", "old"], ["-year", "-old"], ["years", "old"], ["year", "old"]):
        if words[:len(form)] == form:
            return k + 1 + len(form)
    return None


def without_ages(toks) -> list:
    """The tokens of a title phrase with any age taken out."""
    out, k = [], 0
    while k < len(toks):
        end = age_end(toks, k)
        if end is None:
            out.append(toks[k])
            k += 1
        else:
            k = end
    return out
