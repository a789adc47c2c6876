"""loaders/doc_index.py: the per-sentence word sets the rules' early exits ask (real spaCy)."""
from __future__ import annotations

import gc

from loaders import doc_index
from loaders.doc_index import any_of, words
from loaders.rules.phrases import trigger_lemma
from loaders.rules.titles import has_head, phrase_ending_at
from loaders.tenure import _where


def test_words_hold_text_lower_and_lemmas_of_that_sentence_only(extractor):
    doc = extractor.nlp("The President dismissed the Minister. He was accused of bribery.")
    first, second = list(doc.sents)
    w1, w2 = words(first), words(second)
    assert {"president", "dismissed", "dismiss"} <= w1 and "President" not in w1   # lower-cased forms
    assert "accuse" in w2 and "accused" in w2 and "accuse" not in w1
    assert any_of(second, ("warrant",), ("accuse",)) and not any_of(first, ("accuse", "warrant"))
    assert words(first) is w1   # built once per sentence
    assert words(doc) >= w1 | w2   # a whole Doc is a span too


def test_sets_go_with_their_document(extractor):
    doc = extractor.nlp("X resigned.")
    words(doc)
    assert id(doc) in doc_index._WORDS
    n = len(doc_index._WORDS)
    del doc
    gc.collect()
    assert len(doc_index._WORDS) == n - 1   # nothing kept after the article is read


def test_rewritten_helpers_answer_as_before(extractor):
    doc = extractor.nlp("He was re-appointed Special Agent in Charge and reappointed later.")
    mended = extractor.nlp("The board resacked him, unsacked her and redetained them; it rearrests.")
    assert [trigger_lemma(t) for t in mended if t.is_alpha and t.lower_.startswith(("re", "un"))] == \
        ["sack", "unsacke", "detain", "arrest"]   # (what the rule gave before it was memoised)
    charge = next(t for t in doc if t.lower_ == "charge")
    assert phrase_ending_at(doc, charge.i, 0) == 4 and phrase_ending_at(doc, charge.i, charge.i - 2) == 3
    assert phrase_ending_at(doc, len(doc) + 3, 0) == 0   # out of range: no phrase, no error
    assert has_head(["Special", "Agent", "in", "Charge"]) and not has_head(["Agent", "in"])
    assert _where("Ivanov met ivanov; IVANOV left", ["Ivanov", ""]) == [0, 11, 19]
    assert _where("aaaa", ["aa"]) == [0, 2]   # non-overlapping, as re.finditer gave


def test_text_is_spacys_text_of_each_sentence_and_of_the_doc(extractor):
    doc = extractor.nlp("The President dismissed the Minister.  He was accused of bribery (twice) .\n\nA new line: “X,” he said. ")
    for span in [doc, *doc.sents, doc[2:5], doc[len(doc) - 1:]]:
        assert doc_index.text(span) == span.text
    assert doc_index.text(doc) is doc_index.text(doc)   # joined once per document


def test_the_bench_baseline_is_the_model_as_shipped(extractor):
    """`make bench` counts what load_pipeline adds (entity-ruler patterns, our components) as
    our cost: with OUR_COMPONENTS disabled the pipeline is the model's own."""
    import spacy

    from loaders.nlp import OUR_COMPONENTS
    nlp = extractor.nlp
    assert set(OUR_COMPONENTS) <= set(nlp.pipe_names)
    shipped = spacy.load(nlp.meta["okg_model"]).pipe_names
    assert [p for p in nlp.pipe_names if p not in OUR_COMPONENTS] == shipped


def test_the_rulers_token_matcher_runs_only_where_its_words_are(extractor):
    """loaders/nlp.py _TriggeredMatcher: the same matches as spaCy's Matcher with the same
    patterns; a Doc with none of a pattern's needed words is not searched."""
    from spacy.matcher import Matcher

    from loaders.nlp import ruler_patterns
    nlp = extractor.nlp
    guarded = nlp.get_pipe("entity_ruler").matcher
    plain = Matcher(nlp.vocab)
    for p in ruler_patterns():
        if not isinstance(p["pattern"], str):
            plain.add("ORG", [p["pattern"]])
    for text in ("The Kenyan Ministry of Health and Foreign Affairs Ministry met.", "The MoD said so.",
                 "Nigerian Armed Forces and the General Staff", "uMsunduzi Local Municipality",
                 "the Prosecutor General's Office", "Nothing to see here.", ""):
        doc = nlp.make_doc(text)
        assert sorted(guarded(doc)) == sorted(plain(doc)), text
        assert sorted(guarded(doc[1:])) == sorted(plain(doc[1:])), text
    assert "ministry" in {w for needs in guarded._needs for words in needs for w in words}
    assert guarded._needs is not None and all(needs for needs in guarded._needs)
