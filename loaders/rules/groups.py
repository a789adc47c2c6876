"""Events stated for a group, whose members are named later: "five members of the national
police, charged in an indictment, ..." then "The five defendants ... are: A, B, C, D and
E"; "Federal Police arrest Senate security officers" then "X faced arrest, along with
agents A, B and C"; "decided to expel two of its members" then "A and B have been
linked to ..." (a subject listing as many names as the group counted, in the next
sentence). A trigger whose subject is a plural noun with no names is kept as a
group event; a list of names that a plural noun or "they" introduces within the next few
sentences (a colon list, "are A, B and C", "including A and B") receives it; so does each
line of a list right after the group ("Here are the new ministers appointed" then "- A -
Minister-designate for X", one person a line)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph.schema import ORGANISATION, PERSON

from .. import gazetteer as gz
from ..lexicon import EVENT_NOUNS, EVENT_VERBS, NUMBER_WORDS, QUOTE_MARKS, REPORTING_VERBS as REPORTING, load, word_set
from ..mentions import EntityBuild
from .appositions import ALIAS_OPENERS
from .coordination import colon_list
from .facts import EventFact
from .group_parts import group_part
from .. import doc_index

WITHIN = 4   # sentences between a group event and the list that names its members


@dataclass
class GroupEvent:
    type: str
    agent: EntityBuild | None
    sent_index: int
    rule: str
    org: EntityBuild | None = None   # "members of the national police": the body the group belongs to
    count: int | None = None          # "two of its members": how many the group holds
    named: list = None                # members named one a sentence so far ("The energy minister, X, ...")
    noun: str | None = None           # the group's noun, when an official one ("ministers", "cabinet members")
    included: list = None             # members named at the group's own sentence ("five ministers including X")


def is_group(noun) -> bool:
    """A plural noun phrase that names nobody: "five members", "Senate security officers"."""
    return noun is not None and (noun.tag_ in ("NNS", "NNPS") and noun.pos_ in ("NOUN", "PROPN")
                                 or plural_participle(noun))


PLURAL_PARTICIPLES = frozenset(load("triggers").get("plural_participle_nouns", []))


def plural_participle(noun) -> bool:
    """"The accused appeared in court", "The accused are A and B": a participle the parse tags as a
    verb, used as a plural noun; plural when its verb is ("The accused, X, was" is one person)."""
    if noun.lower_ not in PLURAL_PARTICIPLES \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "all", "both") for c in noun.children):
        return False
    subj = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in QUANTIFIERS:
        subj = noun.head.head   # "All of the accused were charged"
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subj.head
    return verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have")
                                     for c in verb.children)


QUANTIFIERS = frozenset({"all", "both"})   # not "some of the accused": not every one of them
NUMBERS = {w: n for w, n in NUMBER_WORDS.items() if n <= 10}   # a group counted to ten


def counted(noun) -> tuple[object, int | None]:
    """"two of its members", "two senior members": the plural noun and how many it counts."""
    if noun is None:
        return noun, None
    if noun.lower_ in QUANTIFIERS:   # "All of the accused were arrested": the group is the accused
        of = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"), None)
        return (of, None) if of is not None else (noun, None)
    if noun.tag_ == "CD":   # "two of its members"
        n = NUMBERS.get(noun.lower_) or (int(noun.text) if noun.text.isdigit() else None)
        of = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"), None)
        return (of, n) if of is not None else (noun, None)
    num = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if num is None:
        return noun, None
    return noun, NUMBERS.get(num.lower_) or (int(num.text) if num.text.isdigit() else None)


UNNAMED_HEADS = {"leader", "official", "officer", "member", "politician", "lawmaker", "legislator", "man", "woman",
                 "suspect", "aide", "executive", "businessman", "activist", "figure"}


def remember_unnamed(r, etype: str, noun, agent, si: int) -> None:
    """"Police arrested a top leader of the opposition party." then "X was arrested at his home":
    the agent stated for one unnamed person, kept for that person's own event just after."""
    if agent is None or noun is None or noun.tag_ != "NN" or r.people(noun):
        return
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and not (
            noun.lower_ in gz.TITLE_WORDS and any(c.dep_ == "amod" and c.lower_ in ("new", "next") for c in noun.subtree
                                                  if c.i < noun.i)
            and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "the", "its", "his", "her", "their")
                        for c in noun.children)):
        return   # "appointed a new chief", "has appointed new inspector general of police (IGP) Punjab"
    if noun.lemma_.lower() in UNNAMED_HEADS or noun.lower_ in gz.TITLE_WORDS:
        r.unnamed.append((etype, agent, si))


def give_unnamed_agents(r, facts) -> None:
    """Events of one named subject without an agent take the agent of the same kind of event
    stated for an unnamed person in the two sentences before (remember_unnamed), if only one."""
    si = r.state.current_si
    for f in facts:
        if f.agent is not None or len(f.subjects) != 1 or f.extra.get("no_event"):
            continue
        agents = {id(a): a for t, a, at in r.unnamed if t == f.type and 0 < si - at <= 2}
        if len(agents) == 1:
            a = next(iter(agents.values()))
            if a not in f.subjects:
                f.agent, f.rule = a, f.rule + "+unnamed-lede-agent"


COLLECTIVE = frozenset({"cabinet", "government", "team", "lineup", "line-up", "board"})   # a group in the singular


def remember(r, etype: str, noun, agent, si: int, rule: str, included: list | None = None) -> None:
    """Keep a group event for its members named later; with included, the members its own sentence
    names ("decommissioned five ministers including X"): the group is kept when it counts more."""
    if included:
        noun, count = counted(noun)
        if noun is not None and noun.tag_ in ("NNS", "NNPS") and count and count > len(included) \
                and noun.lemma_.lower() in gz.TITLE_WORDS:
            r.groups.append(GroupEvent(etype, agent, si, rule, None, count, noun=noun.lemma_.lower(),
                                       included=list(included)))
        return
    remember_unnamed(r, etype, noun, agent, si)
    noun, count = counted(noun)
    collective = noun is not None and noun.lemma_.lower() in COLLECTIVE and noun.tag_ == "NN"   # "named a new cabinet"
    if (is_group(noun) or collective) and not r.people(noun):
        org = None
        if noun.lemma_.lower() in ("member", "officer", "official", "agent", "employee", "leader"):
            orgs = [r.state.mention_at(t.i) for t in noun.subtree if t.i != noun.i] + [
                r.state.mention_at(i) for i in range(noun.i + 1, min(noun.i + 14, noun.sent.end))]
            org = next((o.entity for o in orgs if o is not None and o.label == ORGANISATION), None)
        official = noun.lemma_.lower() in gz.TITLE_WORDS or (noun.lemma_.lower() in ("member", "official") and any(
            c.lower_ in ("cabinet", "government", "senior", "party") for c in noun.children))
        r.groups.append(GroupEvent(etype, agent, si, rule, org, count, noun=noun.lemma_.lower() if official else None))


def list_root(sent):
    """The verb of the sentence's "be" / "include" list, also when the source is told after it
    ("Those arrested included A; B; and C, the source said": the parse's root is "said")."""
    root = sent.root
    if root.lemma_.lower() in REPORTING and root.pos_ == "VERB":
        inner = next((c for c in root.children if c.dep_ == "ccomp" and c.lemma_ in ("be", "include")
                      and c.i < root.i), None)
        return inner if inner is not None else root
    return root


def named_members(r, sent) -> list[EntityBuild]:
    """The names a plural subject introduces in this sentence: "The five defendants ... are: A, B"."""
    root = list_root(sent)
    if root.lemma_ not in ("be", "include"):   # "They include Mrs. A, Mr. B, ..."
        return []
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not (is_group(subj) or subj.lower_ in ("they", "these", "those")):
        return []
    names = colon_list(r, root)
    if not names:
        for c in root.children:
            if c.dep_ == "attr" or (c.dep_ == "dobj" and root.lemma_ == "include"):
                names = r.people(c)
                if not names:   # "They are household names, including A and B"
                    names = [x for p in c.children if p.dep_ == "prep" and p.lower_ in ("including", "among")
                             for o in p.children if o.dep_ == "pobj" for x in r.people(o)]
    if root.lemma_ == "include" and names:   # the parse broke the list ("..., suspended director, A and B")
        names = names + [x for x in _included_after(r, root) if x not in names]
    _, count = counted(subj)
    if count is not None and len(names) < count:
        # "The three defendants ... are A, a/k/a "A2," B, and C": an alias breaks the parse's list;
        # the persons named after the verb, as many as the subject counts, are the list
        after = []
        for m in r.state.mentions:
            if m.sent_index == r.state.current_si and m.label == PERSON and m.entity is not None \
                    and m.start > root.i and m.entity not in after and not _an_alias(sent.doc, m.start):
                after.append(m.entity)
        names = after if len(after) == count else names
    return [n for n in names if n.label == PERSON]


CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "agent"})


def _included_after(r, root) -> list[EntityBuild]:
    """"The accused include the finance director, A, the party's provincial treasurer, B,
    dismissed roads manager, C and two contractors, D and E": every person named
    after "include" whose word hangs on it through no clause of its own ("who was named by X")."""
    names = []
    for m in r.state.mentions:
        if m.sent_index != r.state.current_si or m.label != PERSON or m.entity is None or m.start <= root.i \
                or m.entity in names:
            continue
        t, ok = root.doc[m.end - 1], True
        while t.i != root.i and t.head.i != t.i:
            if t.dep_ in CLAUSES or (t.dep_ == "prep" and t.lower_ in ("by", "of")):
                # (round 19: "A, the acting president of the party of former premier X": X is A's description)
                ok = False
                break
            t = t.head
        if ok and t.i == root.i:
            names.append(m.entity)
    return names


def _an_alias(doc, start: int) -> bool:
    """The name at start follows "a/k/a" or "also known as" (quotes aside): another name of the
    person before it, not one more member of the list."""
    k = start
    while k > 0 and doc[k - 1].text in QUOTE_MARKS:
        k -= 1
    return any(tuple(t.lower_ for t in doc[max(0, k - len(o)):k]) == o for o in ALIAS_OPENERS)


def named_in_a_paper(t) -> bool:
    """"named in the indictment", "identified in the complaint": a document names them, no one
    named them to a post."""
    return t.lemma_.lower() in ("name", "identify", "list") and any(
        c.dep_ == "prep" and c.lower_ in ("in", "by") for c in t.children)


def own_event_types(sent) -> set[str]:
    """The event types the subject of a "be" / "include" list names itself ("Those dismissed are",
    "The sacked ministers are", "The arrested officials include"): the list is theirs only."""
    root = list_root(sent)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root.lemma_ in ("be", "include") else None
    out = set()
    words = [subj] + [c for c in subj.children if c.dep_ in ("amod", "acl", "compound")] if subj is not None else []
    for t in words:   # the head and its own modifiers, not a relative clause ("who ... will be arraigned")
        if named_in_a_paper(t):
            continue   # "The three defendants named in the indictment are A, B and C": no appointment
        w = t.lower_
        for lemma in (t.lemma_.lower(), w[:-2], w[:-1]):
            kind = EVENT_VERBS.get(lemma) if t.tag_ in ("VBN", "VBD", "JJ") else EVENT_NOUNS.get(lemma)
            if kind:
                out.add(kind)
                break
    return out


def colon_continued(r, sent, si: int) -> list[EntityBuild]:
    """"Two ministers resigned on Monday:" then "Ali Musa and Sani Bala.": a verbless list of
    names right after a sentence that ends with a colon."""
    if si == 0 or not r.state.sents[si - 1].text.rstrip().endswith(":") or any(
            t.pos_ in ("VERB", "AUX") for t in sent):
        return []
    names = []
    for m in r.state.mentions:
        if m.sent_index == si and m.label == PERSON and m.entity is not None and m.entity not in names:
            names.append(m.entity)
    return names


def counted_subjects(r, sent, recent) -> tuple[list[EntityBuild], list]:
    """"decided to expel two of its members. A and B have been linked to ...": the next
    sentence's subject lists exactly as many names as the group counted."""
    if recent[-1].sent_index != r.state.current_si - 1 or recent[-1].count is None or announcing(sent.root):
        return [], recent   # "A and B made the announcement": the announcers, not the group
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    names = []
    for t in (subj.subtree if subj is not None else []):   # every name the subject phrase holds
        m = r.state.mention_at(t.i)
        if m is not None and m.label == PERSON and m.entity is not None and m.entity not in names:
            names.append(m.entity)
    return (names, [recent[-1]]) if len(names) == recent[-1].count else ([], recent)


ANNOUNCEMENT_NOUNS = word_set("triggers", "announcement_nouns")


def announcing(verb) -> bool:
    """"A and B made the announcement", "A of the Criminal Division announced today": a verb that
    only tells who announced the news (press releases name the officials after the lede)."""
    lemma = verb.lemma_.lower()
    return lemma in REPORTING or lemma == "make" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ANNOUNCEMENT_NOUNS for c in verb.children)


def one_by_one(r, sent, si: int, recent) -> tuple[list[EntityBuild], list]:
    """"announced the resignation of two cabinet members." then "The education minister, X, ..."
    and "The energy minister, Y, ...": one titled member a sentence, in the sentences right
    after, until as many as counted are named."""
    g = next((g for g in reversed(recent) if g.count and g.count >= 2 and g.noun), None)
    if g is None:
        return [], recent
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    person = None
    if subj is not None and subj.lower_ in gz.TITLE_WORDS and any(d.lower_ == "the" for d in subj.children) \
            and (subj.lemma_.lower() == g.noun or g.noun in ("member", "official")):   # "cabinet members": ministers
        person = next((x for c in subj.children if c.dep_ == "appos" for x in r.people(c, lists=False)), None)
    if person is None:
        g.named = None   # the one-a-sentence run is broken
        return [], recent
    if not g.named and si - g.sent_index > 2:
        return [], recent   # a run must start right after the group
    g.named = (g.named or []) + ([person] if person not in (g.named or []) else [])
    if len(g.named) == g.count:
        return list(g.named), [g]
    return [], recent


def titled_in_next(r, sent, si: int, recent) -> tuple[list[EntityBuild], list]:
    """"Sharon has fired two of his cabinet ministers." then "Sharon summoned Transportation
    Minister A and Tourism Minister B ...": the next sentence names exactly as
    many persons as the group counted, each with a title of the group's noun."""
    g = next((g for g in reversed(recent) if g.count and g.noun and si - g.sent_index == 1), None)
    if g is None:
        return [], recent
    names = []
    for m in r.state.mentions:
        if m.sent_index != si or m.label != PERSON or m.entity is None or m.entity in names or m.entity is g.agent:
            continue
        if any(t.lower().split()[-1].rstrip("s") == g.noun for t in m.entity.titles if t.split()):
            names.append(m.entity)
    return (names, [g]) if len(names) == g.count else ([], recent)


LIST_MARKS = ("-", "•", "*", "–", "—", "·", "▪")


def is_list_line(sent) -> bool:
    """A line of a list: "- A - Minister-designate for X", "• A", "3. A"."""
    t = doc_index.text(sent).lstrip()
    return t.startswith(LIST_MARKS) or bool(re.match(r"\d{1,2}[.)]\s", t))


OFFICE_CHANGES = frozenset({"APPOINTMENT", "DISMISSAL", "NOMINATION", "SUSPENSION"})   # what a cabinet list states


def _introduces(sent) -> bool:
    """"Here are the new ministers appointed:", "The new ministers are:", "Below is the full list:"."""
    return doc_index.text(sent).rstrip().endswith(":") and len(sent) <= 14


def _bare_line(sent) -> bool:
    """A short line with no verb: "Finance: Ali Musa", "Ali Musa - Minister of Finance"."""
    return len(sent) <= 16 and not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in sent)


def line_event(r, sent, si: int) -> list[EventFact]:
    """"Here are the new ministers appointed" then one line per person ("- A - Minister-designate
    for X", "- B takes over the Gender Ministry"): each line's person, named at its start, gets
    the group's event, when only list lines come between the group and the line."""
    g = next((g for g in reversed(r.groups) if g.sent_index < si), None)
    if g is None:
        return []
    listed = is_list_line(sent)
    if not listed and (g.type not in OFFICE_CHANGES or not _bare_line(sent)):
        return []   # (the tests below that need not read the lines between, first)
    between = [r.state.sents[j] for j in range(g.sent_index + 1, si)]
    colon = next((k for k, b in enumerate(between) if _introduces(b)), None)
    if colon is None and r.state.sents[g.sent_index].text.rstrip().endswith(":"):
        colon = -1   # "appointed the following ministers:" introduces the lines itself
    if listed:   # "- A - Minister-designate for X": list lines, or a line that introduces them, between
        if not all(is_list_line(b) or _introduces(b) for b in between):
            return []
    elif g.type not in OFFICE_CHANGES or colon is None or not _bare_line(sent) \
            or not all(_bare_line(b) for b in between[colon + 1:]):
        return []   # "The new ministers are:" then "Finance: A", "B - Minister of Health": verbless lines after a colon
    first = min((m for m in r.state.mentions if m.sent_index == si and m.entity is not None),
                key=lambda m: m.start, default=None)
    if first is None or first.label != PERSON or first.start - sent.start > 3:
        return []
    return [EventFact(g.type, si, [first.entity], g.agent, None, None, rule=f"group-line:{g.rule}", strength=0.6)]


def group_events(r, sent, si: int) -> list[EventFact]:
    lined = line_event(r, sent, si)
    if lined:
        return lined
    recent = [g for g in r.groups if 0 <= si - g.sent_index <= WITHIN]
    if not recent:
        return own_list(r, sent, si)
    parts = group_part(r, sent, si, recent)
    if parts:
        return parts   # "Three of the four ministers that resigned - A, B and C - ..."
    names, only = one_by_one(r, sent, si, recent)
    if len(names) >= 2:
        return [EventFact(g.type, si, names, g.agent, None, None, rule=f"group-one-by-one:{g.rule}", strength=0.6)
                for g in only]
    names = named_members(r, sent)
    own = own_event_types(sent)
    if names and own:   # "Those dismissed are A, B": the list's own event, not the suspension told before
        recent = [g for g in recent if g.type in own]
        if not recent:
            return own_list(r, sent, si)
    if len(names) < 2:
        names = colon_continued(r, sent, si)
    if len(names) < 2:
        names, recent = counted_subjects(r, sent, recent)
    if len(names) < 2:
        names, recent = titled_in_next(r, sent, si, recent)
    if len(names) < 2:
        return []
    out, seen = [], set()
    org = next((g.org for g in recent if g.org is not None), None)
    for g in recent:
        if g.type in seen:
            continue
        seen.add(g.type)
        out.append(EventFact(g.type, si, names, g.agent, None, None, rule=f"group-list:{g.rule}", strength=0.65,
                             extra={"member_of": org} if org is not None and not out else {}))
    return out


def own_list(r, sent, si: int) -> list[EventFact]:
    """"Those arrested included A; B; and C, the source said" with no group told before: the
    list's subject states the event itself, each listed person's."""
    names = named_members(r, sent)
    if len(names) < 2:
        return []
    return [EventFact(kind, si, names, None, None, None, rule="group-own-list", strength=0.6)
            for kind in sorted(own_event_types(sent))]


def listed_after(r, noun) -> list[EntityBuild]:
    """"appointed two new ministers: A for finance and B for defence", "arrested two officials
    on Monday, A and B": the names listed after a plural noun of its sentence, after a colon,
    or after a comma when as many as the noun counts."""
    if noun is None or noun.tag_ not in ("NNS", "NNPS") or r.people(noun):
        return []
    _, count = counted(noun)
    colon = next((t for t in noun.sent if t.text == ":" and t.i > noun.i), None)
    start = colon.i if colon is not None else noun.right_edge.i
    names = []
    for m in r.state.mentions:
        if m.sent_index == r.state.current_si and m.label == PERSON and m.entity is not None \
                and m.start > start and m.entity not in names:
            names.append(m.entity)
    if colon is not None and len(names) >= 2 and count in (None, len(names)):
        return names
    comma = any(t.text == "," for t in noun.doc[start:min(m.start for m in r.state.mentions
                                                            if m.sent_index == r.state.current_si
                                                            and m.entity is names[0])]) if names else False
    return names if colon is None and count is not None and len(names) == count and comma else []
