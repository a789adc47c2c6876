"""A text hard-wrapped at a fixed width (a plain-text press release) is read in sentences, not
in lines: loaders/wrapped_lines.py, used by loaders/extract.blocks."""
from loaders.extract import blocks
from loaders.wrapped_lines import hard_wrapped
from tests.conftest import read_text as read, subject_events

WRAPPED = (
    "NAIROBI - The president of Kenya on Tuesday appointed\n"
    "Peter Otieno as the new Minister of Finance,\n"
    "replacing John Kamau, who had resigned after\n"
    "weeks of pressure over the budget. Otieno was\n"
    "until now the governor of the central bank.\n"
)
PARAGRAPHS = (
    "Budget Day\n"
    "The President on Tuesday appointed Peter Otieno as the new Minister of Finance.\n"
    "Related stories\n"
    "Kenya's shilling falls\n"
    "Otieno was until now the governor of the central bank.\n"
)


def test_a_wrapped_text_is_read_as_running_prose():
    lines = [b.text for b in blocks(WRAPPED)]
    assert hard_wrapped(WRAPPED.strip().split("\n"))
    assert len(lines) == 1 and lines[0].startswith("NAIROBI") and lines[0].endswith("central bank.")
    start = blocks(WRAPPED)[0].start
    assert WRAPPED[start:start + len(lines[0])] == lines[0]   # still the article's own text


def test_lines_of_an_unwrapped_page_never_merge():
    assert not hard_wrapped(PARAGRAPHS.strip().split("\n"))
    assert [b.text for b in blocks(PARAGRAPHS)] == [l for l in PARAGRAPHS.split("\n") if l]


def test_a_fact_split_across_wrapped_lines_is_found(extractor):
    doc = read(extractor, WRAPPED)
    events = subject_events(doc)
    assert ("APPOINTMENT", "person:peter-otieno") in events
    ev = next(e for e in doc.events if e.type == "APPOINTMENT")
    assert ev.evidence and all(x.sentence in WRAPPED for x in ev.evidence)
