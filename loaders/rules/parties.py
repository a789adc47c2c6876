"""What makes an organisation a party: its name or the word after it ("the Thai Rak Thai party",
"Iraqiya bloc"), a known party name ("the Kuomintang"), or a political member noun after it
("BJP lawmaker"); and not an institution ("Senate", "EU"). Split out of members.py: these
predicates decide no membership themselves; the membership rules (members.py, party_marks.py,
plural_members.py) and the title rules (title_before.py, appositions.py) ask them. Word lists
in data/titles.json."""
from __future__ import annotations

import re

from graph.schema import ORGANISATION

from .. import doc_index
from .. import gazetteer as gz
from ..lexicon import load
from ..party_names import MEMBER_NOUNS   # party member nouns (data/titles.json), read for the model's spans too

_T = load("titles")
PARTY_WORDS = frozenset(w.lower() for w in _T.get("party_words", []))
# "a Zanu-PF lawmaker", "a Cambodian People's Party general": a party's member, not a post at it
# "Trinamool Congress MP X", "a Kuomintang lawmaker": these nouns make the body before them a party
POLITICAL_NOUNS = frozenset(w.lower() for w in _T.get("political_member_nouns", []))
NOT_PARTY_HEADS = frozenset(w.lower() for w in _T.get("not_party_heads", []))
NOT_PARTY_ORGS = frozenset(w.lower() for w in _T.get("not_party_orgs", []))
PARTY_NAMES = frozenset(w.lower() for w in _T.get("party_names", []))


def after_acronym(doc, i: int) -> int:
    """The index after a bracketed acronym starting at i ("Tehrik-e Insaf (PTI) party"), or i."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and (
            doc[i + 1].text.isupper() or doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha):
        return i + 3   # ("Parti Amanah Negara (Amanah) politician X": a short name, not only capitals)
    return i


def _names(om) -> list[str]:
    e = om.entity
    return [n.lower() for n in ([e.name, *e.aliases] if e is not None else [])]


def is_party(doc, om) -> bool:
    """A party-like organisation: its name or the word after it (past a bracketed acronym) is a
    party word ("the Thai Rak Thai party", "the National Party", "Iraqiya bloc", "his Tehrik-e
    Insaf (PTI) party"), another of its names is ("the DPP", named the Democratic Progressive
    Party before), or it is a party known by a name without one ("the Kuomintang")."""
    low = doc_index.lowers(doc)   # (doc[i].lower_ by index, read once per Doc)
    last = low[om.end - 1]
    k = after_acronym(doc, om.end)
    if k < len(doc) - 1 and low[k] == "political":   # "Movement Towards Socialism (MAS) political party"
        k += 1
    nxt = low[k] if k < len(doc) else ""
    if last in PARTY_WORDS or nxt in PARTY_WORDS or (not PARTY_WORDS.isdisjoint(low[om.start:om.end - 2])
                                                     and _party_word_for(doc[om.start:om.end])):   # (it needs one)
        return True
    return om.entity is not None and party_by_name(om.entity)


def _party_word_for(words) -> bool:
    """A party named by what it stands for: a capitalised party word, then "for" ("National League
    for Democracy", "Movement for Democratic Change", "New Politics Alliance for Democracy"), or
    "Party of" ("Party of Regions")."""
    return any(t.text[:1].isupper() and t.lower_ in PARTY_WORDS and (
        words[k + 1].lower_ == "for" or t.lower_ == "party" and words[k + 1].lower_ == "of")
        for k, t in enumerate(words[:-2]))


def acronym_org(r, text: str):
    """The one organisation of the article known by this acronym ("PDP"), or None."""
    if not (text.isupper() and 2 <= len(text) <= 8):
        return None
    def initials(name):
        return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())
    found = {e.id: e for e in r.state.ents.values() if e.label == ORGANISATION
             and (text in e.aliases or text == e.name or initials(e.name) == text)}
    return next(iter(found.values())) if len(found) == 1 else None


def party_by_name(e) -> bool:
    """An organisation whose name (or another of its names) is a party's: "Peoples Democratic Party (PDP)"."""
    names = [n.lower() for n in [e.name, *e.aliases]]
    return any(n in PARTY_NAMES or (n.split() and n.split()[-1] in PARTY_WORDS) for n in names)


def is_institution(om) -> bool:
    """An organisation whose name makes it an institution, not a party ("Senate", "EU")."""
    names = _names(om)
    return any(n in NOT_PARTY_ORGS or set(n.replace("-", " ").split()) & NOT_PARTY_HEADS for n in names) \
        and not any(n in PARTY_NAMES for n in names)


def political_party(doc, om, noun: str) -> bool:
    """The organisation om, right before the member noun, is a party: a party by its name, or
    any non-institution before a political noun ("Trinamool Congress MP", "BJP lawmaker")."""
    return is_party(doc, om) or (noun in POLITICAL_NOUNS and not is_institution(om))


def party_member_title(doc, om, title: str) -> bool:
    """"Zanu-PF lawmaker X", "Labour MP X", "Trinamool Congress MP X": a member noun after a
    party names a membership."""
    head = re.split(r"\s+(?:from|for|of)\s+", title.strip())[0].split() if title else []
    if not head or head[-1].lower() not in MEMBER_NOUNS:   # ("a MAS senator from El Alto": the noun before "from")
        return False
    if len(head) >= 2 and head[-1].lower() == "general" and head[-2].lower() in gz.TITLE_HEADS:
        return False   # (round 25) "MDC Secretary General X": a post-positive "General" of a party's post
    return political_party(doc, om, head[-1].lower())
