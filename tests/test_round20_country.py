"""Round 20b (country): the story's country is counted over the story's lines.

- story_lines: a page's menu ("This is Norway", "Norway's Parks", "Norwegian Stories") and its
  lists of other stories' headlines and cut-off teasers, with their dates and dashes, come as runs
  of lines that read as headlines. Their country names do not outcount the story's: when the
  story's own lines name a country twice, they decide the story's country (a bare "Vice President
  X" is that country's), and the story's own headline repeated in such a run still counts.
"""
import pytest

from tests.conftest import check_fact_case, fact_case, post_at, read_text as read

MENU = "\n".join(["1. This is Norway", "2. Norway's Parks", "3. Norwegian Stories", "4. Norwegian Songs",
                  "5. Norway Today", "6. Norwegian Cafe", "7. Norway's Kings", "8. People in Norway"])
RELATED = "\n".join(["Norwegian Police Investigate Harbour Fire", "-", "March 3, 2021",
                     "Norway's Speaker Calls Vote Unfair", "-", "March 2, 2021",
                     "Norway Opens New Embassy", "-", "March 2, 2021", "Norwegian Court Frees Editor", "-",
                     "March 1, 2021",
                     "Former Norwegian Minister Arlo Venn has been...", "-", "March 1, 2021"])


def _page(story: str, title: str, before: str = "", after: str = "") -> tuple[str, str]:
    return title, "\n".join(x for x in (before, story, after) if x)


CASES = [
    ("menu-before-story",
     *_page("Malawi's President Dano Kuma resigned on Wednesday.\n"
            "Vice President Tiro Banda will serve until parliament names a successor.\n"
            "Malawi's parliament meets next week.",
            "Malawi President Resigns", before=MENU),
     ("HOLDS_POSITION", "person:tiro-banda", "malawi")),
    ("related-headlines-after-story",
     *_page("Malawi's President Dano Kuma on Monday named Tiro Banda as his new chief of staff.\n"
            "Vice President Ama Sefu attended the ceremony in Tarvo, Malawi's capital.",
            "Malawi President Names Chief of Staff", after=RELATED),
     ("HOLDS_POSITION", "person:ama-sefu", "malawi")),
]


@pytest.mark.parametrize("name,title,text,fact", CASES, ids=[c[0] for c in CASES])
def test_story_lines_decide_the_country(extractor, name, title, text, fact):
    doc = read(extractor, text, title)
    check_fact_case(doc, [fact], post_at("norway"))
