"""A title whose body follows after a comma instead of "of" (round 12), as Nigerian and other
West African outlets write it:

  "the new Director General, National Agency for Food and Drug Administration and Control
   (NAFDAC), Prof. Mojisola Adeyeye, said"                      TITLE [(ACR)], BODY [(ACR)][,] NAME
  "Prof. Moji Adeyeye, the Director-General (DG), National Agency for ... (NAFDAC), says"
                                                                 NAME, [the] TITLE [(ACR)], BODY [(ACR)],

The parse reads the body as a second apposition, so no title rule places the person. These two
shapes are read from the words, as near_posts reads its three, and only for a person no rule
placed. The title is title words only (near_posts' test) with a head word; the body stands right
after the comma (no article: "X, the minister, the BBC said" is no post) and is closed by a comma,
a bracketed acronym or the name; it is no country or place (near_posts' caller filters those)."""
from __future__ import annotations


def acronym_at(doc, i: int) -> bool:
    """"(ACR)" starting at doc[i]: one bracketed word in capitals ("(JEM)", "(NAFDAC)")."""
    return i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper()


def acronym_then_name(doc, gap: list) -> bool:
    """The words between a body and a name are its bracketed acronym, with or without a comma:
    "... (PBOC) Yi Gang", "... (NAFDAC), Prof. X"."""
    return len(gap) in (3, 4) and acronym_at(doc, gap[0].i) and [t.text for t in gap[3:]] in ([], [","])


def title_words_back(doc, end: int, word, max_len: int) -> list:
    """The title words ending just before end, at most max_len, a leading "and" or dash dropped."""
    start = end
    while start > 0 and end - start < max_len and word(doc[start - 1]):
        start -= 1
    title = list(doc[start:end])
    while title and (title[0].lower_ == "and" or title[0].text == "-"):
        title = title[1:]
    return title


def _title_back(doc, end: int, word, max_len: int) -> list:
    """The title words ending just before end (a bracketed acronym after them skipped):
    "the new Director General (DG)" -> [Director, General] (with "new"; clean_title drops it)."""
    if end >= 3 and acronym_at(doc, end - 3):
        end -= 3
    return title_words_back(doc, end, word, max_len)


def _body_closed(doc, om) -> int | None:
    """Index after the body and its bracketed acronym, if a comma or the acronym closes it."""
    k = om.end
    if acronym_at(doc, k):
        return k + 3
    return k if k < len(doc) and doc[k].text == "," else None


def title_comma_body_name(doc, om, gap: list, word, max_len: int):
    """TITLE [(ACR)], BODY [(ACR)][,] NAME: gap is the words from the body's end to the name
    (honorifics dropped). The title, else None."""
    k = om.start - 1
    if k < 1 or doc[k].text != ",":
        return None
    if not ([t.text for t in gap] == [","] or acronym_then_name(doc, gap)):
        return None
    return _title_back(doc, k, word, max_len)


def name_comma_title_body(doc, pm, om, word, max_len: int):
    """NAME, [the] TITLE [(ACR)], BODY [(ACR)],: the title, else None."""
    gap = list(doc[pm.end:om.start])
    if len(gap) < 3 or gap[0].text != "," or gap[-1].text != "," or _body_closed(doc, om) is None:
        return None
    inner = gap[1:-1]
    if inner and inner[0].lower_ in ("the", "a", "an"):
        inner = inner[1:]
    if len(inner) > 3 and acronym_at(doc, inner[-3].i):
        inner = inner[:-3]
    if not inner or len(inner) > max_len or not all(word(t) for t in inner):
        return None
    return inner
