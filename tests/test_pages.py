"""One main story per page, and pages not in English skipped with one line."""
import json

import pytest

from loaders.clean import clean_text, main_story_lines
from loaders.language import language_of, not_english
from loaders.sources import LoadFailure, RawArticle, read_inputs
from tests.conftest import run_okg

STORY = [
    "Minister sacked over fuel deal",
    "Share this on Facebook",
    "Facebook sharing button Share",
    "President Amara Koné on Monday dismissed Energy Minister Jean-Paul Ibou over a disputed "
    "fuel import contract, the presidency said in a statement.",
    "Photo: the presidency",
    "Koné named the deputy energy minister, Awa Sangaré, as acting minister.",
]
TEASERS = [
    "01:13",
    "Court jails former mayor Victor Ndanga for fraud",
    "Go to video",
    "Police chief Ruth Obiri suspended after protests",
]
RELATED = ["Related stories", "Parliament speaker Omar Diallo resigns after vote."]
COMMENTS = ["3 comments", "Thomas Beno: The general Ali Kamara should be arrested too."]


def test_teasers_related_blocks_and_comments_are_dropped_whole_lines():
    page = "\n".join(STORY + TEASERS + RELATED + COMMENTS)
    cleaned = clean_text(page)
    assert len(cleaned.split("\n")) == len(page.split("\n"))          # line count kept
    for line in STORY[0:1] + STORY[3:4] + STORY[5:6]:
        assert line in cleaned
    for gone in ("Share this", "sharing button", "Photo:", "Victor Ndanga", "Ruth Obiri",
                 "Omar Diallo", "Ali Kamara", "01:13"):
        assert gone not in cleaned, gone
    for kept in cleaned.split("\n"):
        assert kept == "" or kept in page                            # evidence stays findable


def test_story_end_before_the_story_begins_is_only_a_line():
    """A menu "Related" at the top of a page does not cut the story below it."""
    lines = ["Related", "President Amara Koné dismissed Energy Minister Jean-Paul Ibou on Monday "
             "over a fuel contract, the presidency said."]
    assert main_story_lines(lines) == [False, True]


def test_a_sentence_that_starts_like_a_marker_does_not_end_the_story():
    lines = [STORY[3], "More from the statement was expected later on Monday, officials said.",
             "In other news, the cabinet met on Tuesday and approved the budget for next year."]
    assert main_story_lines(lines) == [True, True, True]


def test_page_furniture_names_do_not_reach_the_graph(extractor):
    page = "\n".join(STORY[1:] + TEASERS + RELATED + COMMENTS)
    doc = extractor.extract(RawArticle("page.txt", STORY[0], page))
    names = {e.name for e in doc.entities}
    assert any("Ibou" in n for n in names), names
    assert not any(x in n for n in names for x in ("Ndanga", "Obiri", "Diallo", "Kamara", "Beno")), names


def test_language_of():
    assert language_of(" ".join(STORY)) == "en"
    assert language_of("Le président a limogé le ministre de la Défense mardi, a annoncé "
                       "son bureau dans un communiqué publié dans la soirée.") == "fr"
    assert language_of("Президент уволил министра обороны во вторник, сообщила его "
                       "пресс-служба в своём заявлении.") == "ru"
    assert not_english("Koné, Ibou, Sangaré.") is None               # too little text to judge


@pytest.mark.parametrize("brief", [
    # terse English briefs full of names: the identifier's full set calls them Nigerian Pidgin
    "Nigerian President Amadu Bello sacked Agriculture Minister Sani Nanoko and Power Minister "
    "Salihu Mamadu.",
    "Governor Ahmet Ozkan arrested; Lt Gen Adebayo Olowo named army chief",
])
def test_terse_english_briefs_are_english(brief):
    assert not_english(brief) is None


@pytest.mark.parametrize("text, lang", [
    ("国家主席任命了新的国防部长，新华社星期二报道。", "zh"),          # no spaces: letters, not words
    ("الرئيس يقيل وزير الدفاع ويعين بديلا له في الحكومة الجديدة", "ar"),
    ("O presidente nomeou o ministro da Fazenda na terça-feira, informou o Planalto.", "pt"),
])
def test_pages_in_other_scripts_and_languages_are_named(text, lang):
    assert not_english(text) == lang


def test_pages_not_in_english_are_skipped_with_one_line(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "en.txt").write_text("\n".join(STORY))
    (folder / "fr.json").write_text(json.dumps({
        "title": "Le ministre limogé",
        "text": "Le président Amara Koné a limogé lundi le ministre de l'Énergie Jean-Paul Ibou, "
                "a annoncé la présidence dans un communiqué. Il a nommé la vice-ministre Awa "
                "Sangaré ministre par intérim."}))
    items = list(read_inputs([str(folder)]))
    assert [type(i) for i in items] == [RawArticle, LoadFailure]
    assert str(items[1]) == f"{folder / 'fr.json'}: not English (fr)"

    g = tmp_path / "g.json"
    r = run_okg("build", folder, "--graph", g, "--no-html", "-q")
    assert r.returncode == 1
    assert r.stderr.strip() == f"okg: {folder / 'fr.json'}: not English (fr)"
    stored = json.loads(g.read_text())
    assert len(stored["articles"]) == 1 and any("Ibou" in e["name"] for e in stored["entities"])
