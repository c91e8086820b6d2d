"""SecretPlaceholderRecognizer: documentation stand-ins in a vendor's key shape are found (to be masked);
real keys, bare prefixes and prose are not."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.api_key_recognizer import ApiKeyRecognizer
from dlp_proxy.detection.recognizers.secret_placeholder_recognizer import SecretPlaceholderRecognizer
from tests.unit.detection.recognizers.fakes import ALNUM, body

RECOGNIZER = SecretPlaceholderRecognizer()
API_KEYS = ApiKeyRecognizer()

# The credential specimens of a third-party leak harness (pii-leak-benchmark), and AWS's own examples.
AWS_EXAMPLE = "AKIA" + "IOSFODNN7EXAMPLE"
AWS_EXAMPLE_2 = "AKIA" + "I44QH8DHBEXAMPLE"
AWS_SECRET_EXAMPLE = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY"
AWS_SECRET_EXAMPLE_2 = "je7MtGbClwBF/2Zp9Utk/" + "h3yCo8nvbEXAMPLEKEY"
GITHUB_EXAMPLE = "ghp_" + "EXAMPLENOTAREALGITHUBTOKEN0000000000"
SLACK_EXAMPLE = "xoxb-" + "00000-00000-EXAMPLENOTAREALTOKEN"
SLACK_WEBHOOK_EXAMPLE = "https://hooks.slack.com/services/" + "T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
OPENAI_MASKED = "sk-proj-" + "x" * 32
OPENAI_YOURS = "sk-" + "your-openai-api-key-goes-here"
GITHUB_MASKED = "ghp_" + "x" * 36
GOOGLE_EXAMPLE = "AIza" + "SyEXAMPLEexampleEXAMPLEexampleEXAMP"
# Real-shaped (made-up) keys: ApiKeyRecognizer's SECRET, never a placeholder.
AWS_REAL = "AKIA" + "Q8EG1N5T07WJXK9M"
GITHUB_REAL = "ghp_" + body(36, ALNUM)


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET_PLACEHOLDER"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: vendor shapes whose body says "example", "your", xxxx, zeros
        (
            f"aws key {AWS_EXAMPLE}, github token {GITHUB_EXAMPLE}, slack token {SLACK_EXAMPLE}",
            [AWS_EXAMPLE, GITHUB_EXAMPLE, SLACK_EXAMPLE],
        ),
        (f"[default]\naws_access_key_id={AWS_EXAMPLE}\n", [AWS_EXAMPLE]),
        (f"aws_secret_access_key = {AWS_SECRET_EXAMPLE}", [AWS_SECRET_EXAMPLE]),
        (f"{AWS_EXAMPLE_2} / {AWS_SECRET_EXAMPLE_2}", [AWS_EXAMPLE_2, AWS_SECRET_EXAMPLE_2]),
        (f"OPENAI_API_KEY={OPENAI_MASKED}", [OPENAI_MASKED]),
        (f'client = OpenAI(api_key="{OPENAI_YOURS}")', [OPENAI_YOURS]),
        (f"export GITHUB_TOKEN={GITHUB_MASKED}", [GITHUB_MASKED]),
        (f"webhook: {SLACK_WEBHOOK_EXAMPLE}", [SLACK_WEBHOOK_EXAMPLE]),
        (f"key={GOOGLE_EXAMPLE}&q=x", [GOOGLE_EXAMPLE]),
        # invalid: real-shaped keys are SECRET, not placeholders
        (AWS_REAL, []),
        (f"aws_access_key_id={AWS_REAL}", []),
        (GITHUB_REAL, []),
        (f"{AWS_REAL} is not {AWS_EXAMPLE}", [AWS_EXAMPLE]),
        # valid: a vendor prefix and a mask or elision for its body, too short for the vendor's shape
        ("OPENAI_API_KEY=sk-...", ["sk-..."]),
        ("OPENAI_API_KEY=sk-proj-...", ["sk-proj-..."]),
        ('ANTHROPIC_API_KEY="sk-ant-..."', ["sk-ant-..."]),
        ('curl -H "Authorization: Bearer sk-..." https://api.openai.com', ["sk-..."]),
        ("stripe.api_key = 'sk_test_...'", ["sk_test_..."]),
        ("OPENAI_API_KEY=sk-xxxx", ["sk-xxxx"]),
        ("token: ghp_****************************", ["ghp_****************************"]),
        ("GROQ_API_KEY=gsk_" + "x" * 24, ["gsk_" + "x" * 24]),
        ("DIGITALOCEAN_TOKEN=dop_v1_" + "x" * 64, ["dop_v1_" + "x" * 64]),
        ("shopify token shpat_" + "x" * 32, ["shpat_" + "x" * 32]),
        ("OPENAI_API_KEY=sk-<your-key>", ["sk-<your-key>"]),
        ("TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"]),
        # valid: a vendor prefix and a marked body of the wrong length, as examples are typed by hand
        ("token: ghp_" + "EXAMPLE" * 5, ["ghp_" + "EXAMPLE" * 5]),  # 35 characters, not 36
        ("The example key ghp_EXAMPLE1234567890abcdefEXAMPLE12345 fails.", ["ghp_EXAMPLE1234567890abcdefEXAMPLE12345"]),
        ("SLACK_TOKEN=xoxb-EXAMPLE-token", ["xoxb-EXAMPLE-token"]),
        # invalid: an elided prefix in a sentence names the shape; a bare prefix; prose with the marker words
        ("never hard-code, e.g. sk_live_...", []),
        ("Keys look like sk-... and are shown once.", []),
        ("In ASIA... the growth was 12 %.", []),
        ("OPENAI_API_KEY=sk-", []),
        ("the task-xxxx queue and disk-**** usage", []),
        ("Your example text, for example ... and more xxxx here.", []),
        ("api_key: <your-api-key-here>", []),
        ("EXAMPLE_CONSTANT_NAME_WITHOUT_ANY_VENDOR_PREFIX", []),
        ("AKIA" + "EXAMPLE", []),  # too short for a key id
        ("pip install hf_transfer, for example", []),  # the marker is no part of the prefixed word
    ],
)
def test_when_a_vendor_shaped_key_is_a_stand_in_then_it_is_a_placeholder(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("value", [AWS_EXAMPLE, GITHUB_EXAMPLE, SLACK_EXAMPLE, OPENAI_MASKED, GOOGLE_EXAMPLE])
def test_when_a_placeholder_is_found_then_it_is_never_also_a_secret(value: str) -> None:
    assert found(value) == [value]
    assert API_KEYS.analyze(value, ["SECRET"]) == []


def test_when_a_placeholder_is_found_then_it_clears_the_default_threshold() -> None:
    [result] = RECOGNIZER.analyze(AWS_EXAMPLE, ["SECRET_PLACEHOLDER"])
    assert result.score >= 0.5
    assert result.recognition_metadata["recognizer_name"] == "SecretPlaceholderRecognizer"


def test_when_another_entity_is_asked_then_no_finding() -> None:
    assert RECOGNIZER.analyze(AWS_EXAMPLE, ["SECRET"]) == []


@pytest.mark.timeout(10)
def test_when_input_is_20000_characters_of_markers_then_scan_finishes_without_finding() -> None:
    crafted = "".join(
        [
            "your example sample ... xxxx " * 400,  # markers in prose
            ("x" * 390 + " ") * 10,  # long masks
            ("EXAMPLE" * 60 + " ") * 10,  # long marker runs, no vendor prefix
            ("exampleAbCdEfGh1 ") * 200,  # many short tokens holding a marker
        ]
    )
    assert len(crafted) >= 20_000
    assert found(crafted) == []


# Published in the vendors' own documentation, with no marker in them.
STRIPE_DOCS = "sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc"
SLACK_DOCS = "xoxb-" + "17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"
GITHUB_DOCS = "ghp_" + "16C7e42F292c6912E7710c838347Ae178B4a"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: the published examples, wherever they stand
        (f"stripe.api_key = '{STRIPE_DOCS}'", [STRIPE_DOCS]),
        (f'"access_token": "{SLACK_DOCS}"', [SLACK_DOCS]),
        (f"Authorization: Bearer {GITHUB_DOCS}", [GITHUB_DOCS]),
        # invalid: one character different is someone's key, and a longer run is another token
        ("sk_test_" + "4eC39HqLyjWDarjtT1zdp7dd", []),
        (STRIPE_DOCS + "x", []),
    ],
)
def test_when_a_vendor_published_example_key_is_pasted_then_it_is_a_placeholder(text: str, expected: list[str]) -> None:
    assert found(text) == expected
    assert all(API_KEYS.analyze(value, ["SECRET"]) == [] for value in expected)


def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The token windows the recognizer examines for these marker spans (its loop)."""
    from dlp_proxy.detection.recognizers.secret_placeholder_recognizer import _token

    out, done = [], -1
    for start, end in spans:
        if start < done:
            continue
        lo, done = _token(text, start, end)
        out.append((lo, done))
    return out


def test_the_fast_marker_search_reads_the_same_tokens_as_the_marker_pattern() -> None:
    import random

    from dlp_proxy.detection.recognizers.secret_placeholder_recognizer import _MARKER, _marker_spans

    rng = random.Random(7)
    pieces = [
        "Example", "EXAMPLE", "examples", "your", "YOURS", "yourself", "placeholder", "dummy", "sample",
        "fake", "redacted", "change_me", "CHANGEME", "replace_me", "notareal", "not_a_real", "xxxx", "XxXxX",
        "***", "....", "…", "000000", "-0000-", "sk-", "ghp_", "AKIA", "=", ":", " ", " ", "\n", "é", "İ", "ſample",
        "\u212aey", "abc", "Q9", "_", "-", "/",
    ]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert _windows(text, _marker_spans(text)) == _windows(text, [m.span() for m in _MARKER.finditer(text)]), text
