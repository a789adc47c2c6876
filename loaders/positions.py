"""Positions: who holds which post where, read from titles and appositions.

This module only dispatches to the rule families in loaders/rules/:
  title_before   "Deputy Defense Minister Timur Ivanov", "FSB director X"
  area_posts     "Kigoma Regional Commissioner X", "X, the Bungoma County Commissioner" (the place's region)
  appositions    "X, head of the ... of the General Staff"; "the chief of the General Staff, X"
  lead_clauses   "The Party, which X heads, ..." (read from the words: the parser takes "X heads" for a noun)
  leaders        "X, who leads the party"; "the bloc, led by X"; "X had served as secretary of the council"; "X is a top official at Y";
                 "X will take charge of the ministry"; "The new Chief of Navy will be X"
  members        "X, a member of the Central Committee", "his Peru Possible party" (MEMBER_OF, not a post)
  party_marks    "Sen. X (R-Texas)", "Democratic Sen. X", "X, who belongs to the Y Party" (MEMBER_OF)
  party_adjectives  "X, a Republican, ...", "Democratic at-large members X and Y" (MEMBER_OF)
  party_fellows  "his UPP colleagues, X and Y", "his fellow party member X" (MEMBER_OF)
  legislature_seats  "Republican Senator X" in a story naming the Senate: the Senate's seat
  plural_members "Both are members of the Y Party", "the two ministers from the Y party" (MEMBER_OF)
  subordinates   "his chief of staff John Harris", "X, Putin's spokesman", "X, who reports to Y" (SUBORDINATE_OF); "his deputy X"
                 holds the deputy post of his post
  post_verbs     "X was sworn in as governor", "X took over as army chief", "X became prime minister"
  held_posts     "X served as chief of staff at the Ministry of Defence"; "X has held senior posts at the Central Bank";
                 "X is to retire after five years as commissioner of the Metropolitan Police"
  joined_as_posts  "X served as A of B, and as director of C"; "as chief of staff at B and C"; "including periods as
                 Chief Constable at A and B"; "X, former Minister of A; former Minister of B" (further posts of one holder)
  gapped_posts   "A took the oath as Deputy Prime Minister, B as the Minister for Finance": B's own "as" post
  as_posts       "the promotion of X as the new mines minister", "posts, including X as minister of foreign affairs"
  cabinet_lists  "Kofi Mensah (Finance), Kwame Boateng (Defence)"; "Minister of Finance: Kofi Mensah";
                 "• Sonny Angara – Secretary of Education" (a list line: name, dash, post)
  event_posts    "appointed X as the new defence minister"
  respectively   "A and B took over the defense and education portfolios, respectively"
  title_then_name  "Georgia's interior minister has resigned. ... Bacho Akhalaia said" (the next sentence names the holder)
  lede_holders     "Kenya's finance minister was arrested on Monday. Mr Henry Rotich turned himself in"
  parts          "the party's Central Committee", "X, an arm of Y" (PART_OF)
  counterparts   "X and his Zimbabwean counterpart, Y": Y holds X's post in Zimbabwe
  title_orgs     the institution a title names ("Defense Minister" -> Ministry of Defense)
  titles         which words of a title phrase are the post
"""
from __future__ import annotations

from graph.schema import ORGANISATION, PERSON

from .mentions import EntityBuild, Mention
from .rules import event_posts
from .rules.appositions import apposition_after, apposition_before
from .rules.area_posts import area_post_positions, sentence_posts
from .rules.cabinet_lists import bracketed_portfolios, name_comma_body, name_then_post, title_colon_name
from .rules.facts import Position
from .rules.led_bodies import led_bodies
from .rules.leaders import (copula_post, elected_its_title, government_of, leads, led_by, pronoun_copula,
                            pronoun_leads, takes_charge)
from .rules.lead_clauses import relative_lead
from .rules.legislature_seats import legislator_seat
from .rules.named_bodies import body_named_elsewhere
from .rules.complement_bodies import complement_body
from .rules.counterparts import counterparts, other_countries
from .rules.described_members import described_members
from .rules.served_under import served_under
from .rules.members import (body_members, including_members, its_member_noun, memberships, of_party,
                            party_possessive, party_titles_before, plural_member_title, copula_party)
from .rules.party_adjectives import party_adjectives
from .rules.party_fellows import party_fellows
from .rules.party_marks import party_marks
from .rules.plural_members import counted_from_party, plural_members
from .rules.parts import parts
from .rules.post_verbs import post_verbs
from .rules.respectively import drop_joined, respective_posts
from .rules.subordinates import deputies, reports_to, subordination, subordination_after
from .rules.title_before import title_before
from .rules.title_orgs import org_for_title
from .rules.lede_holders import lede_holder
from .rules.held_posts import held_posts, years_as
from .rules.field_offices import field_office_posts
from .rules.joined_as_posts import joined_as_posts, semicolon_posts
from .rules.gapped_posts import gapped_posts
from .rules.as_posts import as_posts
from .rules.title_then_name import new_title_back, title_then_name
from .rules.titles import core_title

__all__ = ["Position", "PositionReader", "core_title"]

# rules by which a person takes a post (not those that describe one held long since)
TAKING_RULES = ("event-post:appointment", "event-post:nomination", "took-post", "took-charge", "respectively", "copula",
                "office-object", "cabinet-list", "title-then-name:named", "new-title-back",
                "as-post")   # ("the promotion of X as the new mines minister": as_posts reads posts given in lists)
NEAR_SENTENCES = 2


class PositionReader:
    def __init__(self, state):
        self.state = state  # extract.ArticleState: entities, mentions, default country
        self.posts: dict[str, Position] = {}   # a person's id -> the first post read for them
        self.pairwise: list[Position] = []   # posts handed out "respectively"
        self.area_read: set[tuple[str, int, str]] = set()   # (person id, sentence, title) of region posts read

    def org_for_title(self, title: str, country: str | None, explicit: str | None = None) -> EntityBuild | None:
        org = org_for_title(self.state, title, country, explicit)
        if org is None and explicit is None:   # "X was named the new governor": the body the story placed the post at
            org = body_named_elsewhere(self.state, title)
        if org is None:   # "Head of the Public Associations Department": the title took the body's name in
            org = complement_body(self.state, title)
        return org

    def from_events(self, facts) -> list[Position]:
        return self._without_area_places(drop_joined(event_posts.from_events(self, facts), self.pairwise))

    def _without_area_places(self, found: list[Position]) -> list[Position]:
        """A region post read by area_posts ("took over as the new Nandi County Commissioner") is
        not read again by another rule at the place alone ("Nandi")."""
        self.area_read |= {(p.person.id, p.sent_index, p.title.lower()) for p in found if p.rule.startswith("area-post")}
        return [p for p in found if p.rule.startswith("area-post") or not any(
            (p.person.id, p.sent_index) == (who, si) and p.title.lower().endswith(title) for who, si, title in self.area_read)]

    def read(self, sent, si: int, mentions: list[Mention]) -> list[Position]:
        out: list[Position] = []
        persons = [m for m in mentions if m.label == PERSON and m.entity is not None]
        region_posts = sentence_posts(sent, mentions) if persons else []
        for m in persons:
            area = area_post_positions(self, sent, si, m, mentions, region_posts)   # "Kigoma Regional Commissioner X"
            out += area
            read = {p.rule for p in area}
            before = [] if "area-post:before" in read else title_before(self, sent, si, m, mentions)
            self._remember_bodies(before)   # "central bank governor Y met deputy governor X" (deputy_body)
            out += before
            out += [] if "area-post:apposition-after" in read else apposition_after(self, sent, si, m, mentions)
            out += [] if "area-post:apposition-before" in read else apposition_before(self, sent, si, m, mentions)
            out += leads(self, sent, si, m, mentions)
            out += takes_charge(self, sent, si, m, mentions)
            out += government_of(self, sent, si, m, mentions)
            out += copula_post(self, sent, si, m, mentions)
            out += memberships(self, sent, si, m, mentions)
            out += of_party(self, sent, si, m, mentions)
            out += party_titles_before(self, sent, si, m, mentions)
            out += plural_member_title(self, sent, si, m, mentions)
            out += its_member_noun(self, sent, si, m, mentions)
            out += party_marks(self, sent, si, m, mentions)
            out += party_adjectives(self, sent, si, m, mentions)
            out += party_fellows(self, sent, si, m, mentions)
            out += legislator_seat(self, sent, si, m, mentions)
            out += body_members(self, sent, si, m, mentions)
            out += subordination(self, sent, si, m, mentions)
            out += subordination_after(self, sent, si, m, mentions)
        out += pronoun_leads(self, sent, si, mentions)
        out += pronoun_copula(self, sent, si, mentions)
        out += deputies(self, out)
        out += post_verbs(self, sent, si, mentions)
        out += held_posts(self, sent, si, mentions)
        out += years_as(self, sent, si, mentions)
        out += joined_as_posts(self, sent, si, mentions)   # "served as A of B, and as director of C"
        out += semicolon_posts(self, sent, si, mentions)   # "X, former Minister of A; former Minister of B"
        out += gapped_posts(self, sent, si, mentions)
        out += as_posts(self, sent, si, mentions)   # "the promotion of X as the new mines minister"
        out += led_by(self, sent, si, mentions)
        out += led_bodies(self, sent, si, mentions)   # "the X-led JJP"
        out += relative_lead(self, sent, si, mentions)
        out += elected_its_title(self, sent, si, mentions)
        out += party_possessive(self, sent, si, mentions)
        out += bracketed_portfolios(self, sent, si, mentions)
        out += title_colon_name(self, sent, si, mentions)
        out += name_then_post(self, sent, si, mentions)
        out += name_comma_body(self, sent, si, mentions)
        out += parts(self, sent, si, mentions)
        out += including_members(self, sent, si, mentions)
        out += plural_members(self, sent, si, mentions)
        out += counted_from_party(self, sent, si, mentions)
        out += copula_party(self, sent, si, mentions)
        out += described_members(self, sent, si, mentions)   # "The deputy mayor, a member of the X party, ..."
        out += served_under(self, sent, si, mentions)   # "X was a minister in the government of President Y"
        out += reports_to(self, sent, si, mentions)
        placed = {p.person.id for p in out if p.relation == "HOLDS_POSITION" and p.org is not None}
        out += [p for p in title_then_name(self, sent, si, mentions) + new_title_back(self, sent, si, mentions)
                + lede_holder(self, sent, si, mentions)   # "Kenya's finance minister was arrested. Mr Henry Rotich ..."
                if p.person.id not in placed]   # "Georgia's interior minister has resigned. X said"
        countered = counterparts(self, sent, si, mentions, out)   # "his Zimbabwean counterpart, Robert Mugabe"
        if countered:
            out = other_countries(out, countered) + countered
        out = self._without_area_places(out)
        pairwise = respective_posts(self, sent, si, mentions)
        self.pairwise += pairwise
        out = drop_joined(out, pairwise) + pairwise
        out += field_office_posts(self, out)   # "Special Agent in Charge of the Chicago Office of the FBI": the FBI's too
        self._remember_bodies(out)
        for p in out:
            if p.org is not None and p.unit is None and p.relation == "HOLDS_POSITION":
                self.posts.setdefault(p.person.id, p)
                if not p.former and p.title.split():
                    self.state.title_holders.setdefault(p.title.split()[-1].lower(), []).append(p.person)
        return out

    def _remember_bodies(self, found: list[Position]) -> None:
        """Which body a title names, for later titles of the article that name none."""
        for p in found:
            if p.org is not None and p.unit is None and p.relation == "HOLDS_POSITION" \
                    and p.rule != "moved-to-ministry":   # ("moved to the Ministry of X" says no title names X)
                self.state.title_orgs.setdefault(core_title(p.title), p.org)

    def org_in_span(self, si: int, span: tuple[int, int]):
        ms = [m for m in self.state.mentions if m.sent_index == si and m.label == ORGANISATION
              and m.entity is not None and span[0] <= m.start < span[1]]
        return ms[-1].entity if ms else None

    def org_mention_at(self, mentions, i):
        for m in mentions:
            if m.label == ORGANISATION and m.start <= i < m.end:
                return m
        return None

    @staticmethod
    def add_title(ent: EntityBuild, title: str) -> None:
        if title and title not in ent.titles:
            ent.titles.append(title)
