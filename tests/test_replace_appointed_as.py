"""Round 25 (replace): the successor named by the appointment verb that governs "to replace" / "replacing".

- rules/as_title_subjects.as_title_subject: "appointed X as prime minister to replace Y", "would appoint X as
  his new chief of staff replacing Y": the parse makes the title after "as" the subject of the replacing verb
  (or hangs the participle on "as"); that subject is no one, so X, the appointment verb's object, replaces Y.
- rules/as_title_subjects.appoints_an_object: "D reinstalled X to her post ..., replacing Y": the one whose
  post changes is the verb's object; D, its subject, replaced no one, even when X is not known as a person.
- data/triggers.json: "reinstall" appoints, like "reinstate".
"""
import pytest

from tests.conftest import check_relation_case, read_text as read

APPOINTED_AS = [
    pytest.param("The assembly appointed Omar Haddad, a former trade minister, as prime minister to replace "
                 "Karim Nasser.",
                 [("REPLACED", "Omar Haddad", "Karim Nasser")], [], id="appointed-x-as-title-to-replace-y"),
    pytest.param("Last Thursday, the council appointed a former trade minister, Omar Haddad, as prime minister to "
                 "replace Karim Nasser, who was appointed last year.",
                 [("REPLACED", "Omar Haddad", "Karim Nasser")], [], id="appointed-a-title-x-as-title-to-replace-y"),
    pytest.param("The governor said he would appoint Lena Park as his new chief of staff replacing Tom Brandt "
                 "last Friday.",
                 [("REPLACED", "Lena Park", "Tom Brandt")], [], id="appoint-x-as-title-replacing-y"),
]


@pytest.mark.parametrize("text,must,must_not", APPOINTED_AS)
def test_the_one_appointed_replaces(extractor, text, must, must_not):
    check_relation_case(read(extractor, text), "appointed-as", must, must_not)


NOT_THE_APPOINTER = [
    pytest.param("Director Ana Lobo reinstalled the former chief to her post as president of the Harbor Agency, "
                 "replacing Paul Dane.",
                 [], [("REPLACED", "Ana Lobo", "Paul Dane")], id="unnamed-object-not-the-subject"),
]


@pytest.mark.parametrize("text,must,must_not", NOT_THE_APPOINTER)
def test_the_appointer_replaces_no_one(extractor, text, must, must_not):
    check_relation_case(read(extractor, text), "not-the-appointer", must, must_not)
