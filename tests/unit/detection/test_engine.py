"""The engine as a whole: language routing, long texts, adversarial input, offsets."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.engine import PresidioDetector, _after_greeting, _regions
from dlp_proxy.detection.factory import build_detector
from dlp_proxy.detection.language import Span, guess_language, paragraph_languages
from dlp_proxy.policy import load_policy
from tests.paths import TEST_POLICY


@pytest.fixture(scope="module")
def detector() -> PresidioDetector:
    return build_detector(load_policy(TEST_POLICY)).load()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wat is de status van de factuur die nog openstaat?", "nl"),
        ("Leg de voordelen van Kubernetes uit aan een klant.", "nl"),
        ("Can you explain the advantages of Kubernetes to a customer?", "en"),
        ("Please summarise this meeting and list the action items.", "en"),
    ],
)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_mixed_text_gets_a_language_per_paragraph() -> None:
    text = "Kun je deze foutmelding uitleggen?\n\nThe server returned an error for the request."
    assert [s.language for s in paragraph_languages(text)] == ["nl", "en"]


@pytest.mark.parametrize(
    "text",
    [
        "Wat is de status van de factuur die nog openstaat?",
        "Leg de voordelen van Kubernetes uit.",
        "Schrijf een korte tekst over duurzaamheid voor de nieuwsbrief.",
        "Maak een planning voor de migratie naar Azure.",
    ],
)
def test_when_text_is_dutch_then_english_ner_does_not_tag_ordinary_words(detector: PresidioDetector, text: str) -> None:
    assert detector.scan(text) == []


def test_when_english_paragraph_names_a_person_then_ner_finds_it(detector: PresidioDetector) -> None:
    text = "Kun je dit samenvatten?\n\nYesterday Elizabeth Warren met the board in Boston to discuss the budget."
    spans = {text[f.start : f.end] for f in detector.scan(text) if f.entity_type == "PERSON"}
    assert "Elizabeth Warren" in spans


def test_a_100kb_prompt_is_scanned_whole(detector: PresidioDetector) -> None:
    filler = "Dit is een lange geplakte tekst over de jaarplanning en de begroting. " * 1500
    text = filler + "Mail de uitkomst naar laatste.regel@voorbeeld.nl."
    assert len(text) > 100_000
    found = [f for f in detector.scan(text) if f.entity_type == "EMAIL_ADDRESS"]
    assert [text[f.start : f.end] for f in found] == ["laatste.regel@voorbeeld.nl"]


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "crafted",
    [
        "x" * 5000 + "@" + "a." * 2500,
        "a" * 50_000,
        ("1234 " * 10_000),
        ("sk-" + "a" * 199 + " ") * 200,
        ("Jan " * 20_000),
        ("-----BEGIN PRIVATE KEY-----" + "A" * 60_000),
        ("eyJ" + "a" * 100 + ".") * 500,
        ("::" + "f" * 4) * 5000,
    ],
    ids=["email-dots", "long-word", "digit-groups", "sk-run", "names", "pem-without-end", "jwt-ish", "colons"],
)
def test_crafted_input_finishes(detector: PresidioDetector, crafted: str) -> None:
    detector.scan(crafted)  # a catastrophic pattern would hit the timeout


def test_text_over_the_limit_is_a_detection_error(detector: PresidioDetector) -> None:
    from dlp_proxy.errors import DetectorError

    small = build_detector(load_policy(TEST_POLICY))
    small.max_chars = 100
    small._analyzer = detector._analyzer  # same loaded analyzer, smaller limit
    with pytest.raises(DetectorError):
        small.scan("a" * 101)


def test_regions_merge_only_adjacent_paragraphs_and_cut_long_ones() -> None:
    text = "English one.\n\nEnglish two.\n\nNederlands hier.\n\n" + "word " * 20
    spans = paragraph_languages(text)
    spans = [Span(s.start, s.end, lang) for s, lang in zip(spans, ["en", "en", "nl", "en"], strict=True)]
    regions = _regions(spans, {"en"}, 40, text)
    assert regions[0] == (0, len("English one.\n\nEnglish two."), "en")  # neighbours merge
    assert all("Nederlands" not in text[a:b] for a, b, _ in regions)  # never across Dutch
    assert all(end - start <= 40 for start, end, _ in regions)
    assert regions[-1][1] == len(text)


def test_the_warm_up_text_reaches_every_common_recognizer(detector: PresidioDetector) -> None:
    """load() scans WARM_UP_TEXT so that what loads on first use (name lists, the suffix list,
    the model's first run) is loaded before the first prompt: it must hold a value of each kind."""
    from dlp_proxy.detection.warm_up import WARM_UP_TEXT

    found = {f.entity_type for f in detector.scan(WARM_UP_TEXT)}
    assert found >= {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IBAN_CODE",
        "NL_BSN",
        "CREDIT_CARD",
        "US_SSN",
        "SECRET",
        "IP_ADDRESS",
        "LOCATION",
    }


def test_the_models_other_labels_log_no_warning(detector: PresidioDetector, caplog: pytest.LogCaptureFixture) -> None:
    """The NER model also tags numbers, products and laws; presidio warned about each label it
    cannot map, in every worker's log. Only PERSON is read, the rest is ignored quietly."""
    text = "Mark Carter ordered 3 laptops with 25 percent off under the Data Protection Act and a Pixel 8."
    with caplog.at_level("WARNING"):
        found = detector.scan(text)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("presidio")] == []
    assert any(f.entity_type == "PERSON" for f in found)


@pytest.mark.parametrize(
    ("span", "kept"),
    [
        ("Congrats Hendrik", "Hendrik"),
        ("Happy birthday Leopold", "Leopold"),
        ("Hi Sam", "Sam"),
        ("Dear Mr Jones", "Mr Jones"),
        ("Hendrik Visser", "Hendrik Visser"),
        ("Thanks", "Thanks"),  # the last word stays: the span is then no plausible name
    ],
)
def test_greetings_the_model_runs_into_a_name_are_left_out(span: str, kept: str) -> None:
    text = f"x {span} y"
    start = _after_greeting(text, 2, 2 + len(span))
    assert text[start : 2 + len(span)] == kept
