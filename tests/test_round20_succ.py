"""Round 20 (succ: successions and court outcomes).

- wrapped_lines: a hard-wrapped release (a press release copied from a plain-text feed) whose
  line ends inside a sentence on a capitalised word, the next line opening with another
  ("... convicted Riverton Police" / "Sergeant X for ..."; "... the Westfield Police Patrolmen's" /
  "Association."; "... beginning in or around January" / "2016 and ..."), is read in one block
  when the line is prose no longer than the lines the text wraps; a heading written out at its
  full length, or a next line that opens a dateline ("WASHINGTON", "Calvert City – Today ..."),
  still ends the block.
- wrapped_lines.for_parse: the model reads a joined block with a space for each line break, so a
  body or a name wrapped over two lines ("the Federal Bureau of" / "Investigation", "the U.S.
  Department of the" / "Treasury's Office ...") is one name; evidence still quotes the article's
  own text (own_sentences).
"""
from loaders.extract import blocks
from tests.conftest import read_text as read, subject_events

CAPITAL_BREAK = (
    "A federal jury on Friday convicted Riverton Police\n"
    "Sergeant Dale Amico for obstruction of justice during a federal\n"
    "investigation into the use of force by officers after a traffic\n"
    "stop, announced Acting U.S. Attorney Nora Pell of the Western\n"
    "District of Calvert. Amico misled a federal agent who was\n"
    "conducting the investigation, the evidence at trial showed.\n"
)
ASSOCIATION_BREAK = (
    "The officers fired at the car after a long chase through the\n"
    "city, which ended in a school parking lot with two people dead.\n"
    "Tom Rennick is president of the Westfield Police Patrolmen's\n"
    "Association. The deputy was charged with lying to agents of the\n"
    "bureau about the shooting, prosecutors said in a statement on\n"
    "the case.\n"
)
HEADING_THEN_DATELINE = (
    "Sanctions target corrupt officials and their networks on International Integrity Day\n"
    "Calvert City – Today, on International Integrity Day, the Treasury is designating\n"
    "three officials of the Ministry of Ports, who used their posts to enrich\n"
    "themselves and their families, and who moved the money through banks\n"
    "abroad, the department said.\n"
)


def test_a_sentence_broken_between_two_capitalised_words_is_one_block():
    bl = blocks(CAPITAL_BREAK)
    assert bl[0].text.startswith("A federal jury") and "Sergeant Dale Amico" in bl[0].text.replace("\n", " ")
    assert CAPITAL_BREAK[bl[0].start:bl[0].start + len(bl[0].text)] == bl[0].text   # still the article's own text
    heading = blocks(HEADING_THEN_DATELINE)   # a long heading before a dateline stays apart
    assert heading[0].text == HEADING_THEN_DATELINE.split("\n")[0] and "Integrity Day" in heading[1].text


def test_the_conviction_of_the_officer_named_after_the_break_is_found(extractor):
    doc = read(extractor, CAPITAL_BREAK)
    assert ("CONVICTION", "person:dale-amico") in subject_events(doc)


def test_a_body_named_across_the_break_is_one_body(extractor):
    doc = read(extractor, ASSOCIATION_BREAK)
    names = {e.name for e in doc.entities if e.label == "Organisation"}
    assert "Westfield Police Patrolmen's Association" in names
    assert "Westfield Police Patrolmen" not in names



BODY_BREAK = (
    "The agents of the Federal Bureau of\n"
    "Investigation began a criminal inquiry into the use of force by the\n"
    "officers in February, after a video of the arrest came to light, and\n"
    "the sergeant, Dale Amico, who approved the report, misled an agent who\n"
    "was conducting the inquiry, prosecutors said in court on Friday.\n"
)


def test_a_body_wrapped_over_two_lines_is_read_whole(extractor):
    doc = read(extractor, BODY_BREAK)
    names = {e.name for e in doc.entities if e.label == "Organisation"}
    assert "Federal Bureau of Investigation" in names and "Federal Bureau" not in names
    sentences = [x.sentence for e in doc.events for x in e.evidence] + \
        [x.sentence for r in doc.relations for x in r.evidence]
    assert all(x in BODY_BREAK for x in sentences)   # evidence quotes the text as written, line breaks kept
