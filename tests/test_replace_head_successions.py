"""Round 25 (replace): a head of state who "replaced" someone took his place, not removed him, when

- rules/head_successions.succeeded: the head himself came into office in the story ("new President X has
  been sworn into office ... President X is replacing Y"), or the one replaced left of his own accord in
  the same sentence ("X replaced former speaker Y, who resigned Sunday"): REPLACED, no DISMISSED;
- rules/replacements._beyond_a_clause: a with-phrase inside a clause of the one replaced ("Y, who quit after
  the audit ended with a fine") is not whom Y was replaced with.

"President X replaced Finance Minister Y" (a head who was already in office, a minister who did not leave of
his own accord) is still a removal.
"""
import pytest

from tests.conftest import check_relation_case, read_text as read

SUCCESSIONS = [
    pytest.param("Tomas Bwalya was sworn in as president of Zambara on Monday. President Bwalya is replacing "
                 "caretaker leader Joseph Mwale.",
                 [("REPLACED", "Tomas Bwalya", "Joseph Mwale")], [("DISMISSED", "Tomas Bwalya", "Joseph Mwale")],
                 id="new-head-is-replacing-y"),
    pytest.param("Tomas Bwalya took the oath of office as president on Monday. President Bwalya is replacing "
                 "caretaker leader Joseph Mwale.",
                 [("REPLACED", "Tomas Bwalya", "Joseph Mwale")], [("DISMISSED", "Tomas Bwalya", "Joseph Mwale")],
                 id="head-who-took-the-oath-is-replacing-y"),
    pytest.param("Sara Vell, who will serve as interim president until June, replaced former Senate speaker Manuel "
                 "Oreja, who resigned Sunday.",
                 [("REPLACED", "Sara Vell", "Manuel Oreja")], [("DISMISSED", "Sara Vell", "Manuel Oreja")],
                 id="head-replaced-y-who-resigned"),
    pytest.param("Sara Vell replaced party treasurer Manuel Oreja, who quit after the audit ended with a fine.",
                 [("REPLACED", "Sara Vell", "Manuel Oreja")], [], id="with-phrase-inside-the-relative-clause"),
]


@pytest.mark.parametrize("text,must,must_not", SUCCESSIONS)
def test_the_head_took_the_post(extractor, text, must, must_not):
    check_relation_case(read(extractor, text), "head-succession", must, must_not)


STILL_REMOVALS = [   # (a guard: read so before round 25 as well)
    pytest.param("President Tomas Bwalya replaced Finance Minister Joseph Mwale on Monday.",
                 [("DISMISSED", "Tomas Bwalya", "Joseph Mwale")], [("REPLACED", "Tomas Bwalya", "Joseph Mwale")],
                 id="head-in-office-replaced-a-minister"),
]


@pytest.mark.parametrize("text,must,must_not", STILL_REMOVALS)
def test_a_head_in_office_removes(extractor, text, must, must_not):
    check_relation_case(read(extractor, text), "head-removal", must, must_not)
