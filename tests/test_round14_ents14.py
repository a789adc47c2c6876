"""Round 14 (entities): a full name the model left untagged, found by its surname.

- loaders/mentions._given_names_before: when the article names two persons with one surname
  (a father and a son, a husband and a wife), an untagged "Karim Wade's" found by its surname
  is the person whose given name is written before it, not whichever of them came last; so the
  other one does not take the bare surname as his alias."""
import pytest

from tests.conftest import read_text as read

CASES = [
    pytest.param("Karim Wade, son of former president Abdoulaye Wade, was jailed on Wednesday. He served in "
                 "the government of his father, Abdoulaye Wade.\n\nSeven of Karim Wade's associates were charged "
                 "as accomplices.", "Abdoulaye Wade", "Wade", id="son-after-father"),
]


@pytest.mark.parametrize("text,person,alias", CASES)
def test_shared_surname_keeps_to_its_given_name(extractor, text, person, alias):
    doc = read(extractor, text)
    got = {e.name: set(e.aliases) for e in doc.entities if e.label == "Person"}
    assert person in got, sorted(got)
    assert alias not in got[person], got
