"""Round 18 (relations): REPLACED stated through a post noun that belongs to the one replaced.

- rules/taken_posts.post_owner: a taking verb (take, assume, fill) whose object post noun names
  its holder by "of" ("assumed the position of X", "will be filling the place of X"): the subject
  replaces X (replacements.take_over read only "took X's place").
- rules/taken_posts.assumed_post: a post noun set beside what X has just left, with a passive
  relative clause naming who takes it ("X resigned from A, a position that will be assumed by Y"):
  Y replaces X.
- Not a replacement: a post named by its title ("assumed the position of finance minister"), or
  one only hoped for ("may be filled by Y").
"""
import pytest

from tests.conftest import check_relation_case, read_text as read

TAKEN_POSTS = [
    pytest.param("Minister Arta Dervishi was moved to the interior ministry on Monday. Besnik Kola, a former "
                 "trade envoy, has assumed the position of Dervishi.",
                 [("REPLACED", "Besnik Kola", "Arta Dervishi")], [], id="assumed-the-position-of-x"),
    pytest.param("Senator Paulo Ramos, a veteran of the coalition, will be filling the place of Jorge Matos as "
                 "Minister of Mines.",
                 [("REPLACED", "Paulo Ramos", "Jorge Matos")], [], id="filling-the-place-of-x"),
    pytest.param("Former judge Miriam Osei took the post of Daniel Mensah at the start of the year.",
                 [("REPLACED", "Miriam Osei", "Daniel Mensah")], [], id="took-the-post-of-x"),
    pytest.param("On Tuesday, Rosa Quintero resigned from the Ministry of Energy, a position that will be "
                 "assumed by Tomas Aguirre, the current deputy minister.",
                 [("REPLACED", "Tomas Aguirre", "Rosa Quintero")], [], id="a-position-that-will-be-assumed-by-y"),
    pytest.param("Ingrid Sol resigned as head of the port authority on Friday, a post that will be filled by "
                 "Karl Brandt.",
                 [("REPLACED", "Karl Brandt", "Ingrid Sol")], [], id="a-post-that-will-be-filled-by-y"),
]


@pytest.mark.parametrize("text,must,must_not", TAKEN_POSTS)
def test_post_noun_of_the_one_replaced(extractor, text, must, must_not):
    check_relation_case(read(extractor, text), "taken-post", must, must_not)


NOT_TAKEN = [
    pytest.param("Lena Park, the party's treasurer, assumed the position of finance minister in May.",
                 [], [("REPLACED", "Lena Park", "finance")], id="post-named-by-its-title"),
    pytest.param("Omar Said resigned from the Ministry of Water, a post that may be filled by Rami Haddad.",
                 [], [("REPLACED", "Rami Haddad", "Omar Said")], id="hoped-for-taker"),
]


@pytest.mark.parametrize("text,must,must_not", NOT_TAKEN)
def test_no_replacement_without_the_holder(extractor, text, must, must_not):
    check_relation_case(read(extractor, text), "not-taken", must, must_not)


# MEMBER_OF said of a definite description that stands for the story's named person
# (rules/described_members.py, with reference.referent: "the deputy mayor" for a deputy mayor).
DESCRIBED_MEMBERS = [
    pytest.param("City deputy mayor Paolo Ferri resigned on Monday. The deputy mayor, a member of the centrist "
                 "Civic Union party, denies any wrongdoing.",
                 [("MEMBER_OF", "Paolo Ferri", "Civic Union")], [], id="the-deputy-mayor-a-member-of"),
    pytest.param("Senator Marta Lenz was named undersecretary on Friday. The opposition filed a motion against "
                 "the Senator, a member of the Green Renewal party, on Monday.",
                 [("MEMBER_OF", "Marta Lenz", "Green Renewal")], [], id="the-senator-a-member-of"),
    pytest.param("Police arrested Mayor Arif Wibowo in a raid on Tuesday. The arrest of the Hanura party "
                 "politician was confirmed by a spokesman.",
                 [("MEMBER_OF", "Arif Wibowo", "Hanura")], [], id="the-party-politician"),
    pytest.param("On Monday, deputy mayor Paolo Ferri met deputy mayor Marco Bruni at the city hall. The deputy "
                 "mayor, a member of the Civic Union party, left early.",
                 [], [("MEMBER_OF", "Paolo Ferri", "Civic Union"), ("MEMBER_OF", "Marco Bruni", "Civic Union")],
                 id="two-who-fit-none"),
]


@pytest.mark.parametrize("text,must,must_not", DESCRIBED_MEMBERS)
def test_membership_of_a_described_person(extractor, text, must, must_not):
    check_relation_case(read(extractor, text), "described-member", must, must_not)


# SUBORDINATE_OF for a post held under a named leader (rules/served_under.py).
SERVED_UNDER = [
    pytest.param("Former minister Rahmat Hidayat was questioned on Monday. Rahmat Hidayat was a minister in the "
                 "government of former President Joko Susilo.",
                 [("SUBORDINATE_OF", "Rahmat Hidayat", "Joko Susilo")], [], id="minister-in-the-government-of"),
    pytest.param("Police arrested Carlos Mendes on Tuesday. Carlos Mendes served briefly in the government of "
                 "President Luis Ferreira last year, but quit after a month.",
                 [("SUBORDINATE_OF", "Carlos Mendes", "Luis Ferreira")], [], id="served-in-the-government-of"),
    pytest.param("Jean Mbala, 52, was police chief of the capital, served as head of the justice department and "
                 "recently became deputy police chief under Pierre Okemba.",
                 [("SUBORDINATE_OF", "Jean Mbala", "Pierre Okemba")], [], id="became-deputy-chief-under"),
    pytest.param("Residents said they would not be safe under Governor John Kamau. Peter Mwangi was the second "
                 "official to resign under President Felipe Aranda.",
                 [], [("SUBORDINATE_OF", "Peter Mwangi", "Felipe Aranda")], id="no-post-stated"),
]


@pytest.mark.parametrize("text,must,must_not", SERVED_UNDER)
def test_post_held_under_a_leader(extractor, text, must, must_not):
    check_relation_case(read(extractor, text), "served-under", must, must_not)
