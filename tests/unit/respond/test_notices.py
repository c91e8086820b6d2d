"""notices: the language of a notice, and what a block notice says (never a value)."""

from __future__ import annotations

import pytest

from dlp_proxy.findings import DataClass, Finding, count_by_type
from dlp_proxy.policy import Policy, Tool, decide
from dlp_proxy.respond.notices import block_notice, describe_counts, pick_language, redact_notice


@pytest.mark.parametrize(
    ("header", "default", "expected"),
    [
        ("nl-NL", "en", "nl"),
        ("en-GB;q=0.9", "nl", "en"),
        ("fr, en;q=0.5", "nl", "en"),  # first supported language, even at lower quality
        ("fr-FR,fr;q=0.9,nl;q=0.8,en;q=0.7", "en", "nl"),
        ("nl;q=0.5, en;q=0.9", "nl", "en"),  # by quality, not by position
        ("en, nl", "nl", "en"),  # equal quality: the first listed
        ("EN-us", "nl", "en"),
        ("", "nl", "nl"),
        ("", "en", "en"),
        (None, "nl", "nl"),
        ("fr, de", "en", "en"),  # nothing supported
        ("*", "nl", "nl"),
        ("en;q=0", "nl", "nl"),  # q=0 means "not acceptable"
        ("nl;q=0, en;q=0.1", "nl", "en"),
        ("en;q=0, nl;q=0.2", "en", "nl"),
        ("en;q=abc, nl;q=0.1", "en", "nl"),  # an unreadable quality counts as 0
    ],
)
def test_when_accept_language_is_given_then_the_best_supported_language_is_picked(
    header: str | None, default: str, expected: str
) -> None:
    assert pick_language(header, default) == expected


def test_when_counts_are_described_then_types_get_labels_in_the_notice_language() -> None:
    counts = {"EMAIL_ADDRESS": 2, "IBAN_CODE": 1, "NEW_TYPE": 3}
    assert describe_counts(counts, "nl") == "2 x e-mailadres, 1 x IBAN, 3 x NEW_TYPE"
    assert describe_counts(counts, "en") == "2 x email address, 1 x IBAN, 3 x NEW_TYPE"


# Values the notice must never repeat, with hand-made findings pointing at them.
PROMPT = "Mail jan.jansen@voorbeeld.nl, IBAN NL91ABNA0417164300, key AKIAIOSFODNN7EXAMPLE"
VALUES = ["jan.jansen@voorbeeld.nl", "NL91ABNA0417164300", "AKIAIOSFODNN7EXAMPLE"]


TYPES: list[tuple[str, DataClass]] = [("EMAIL_ADDRESS", "personal"), ("IBAN_CODE", "personal"), ("SECRET", "secret")]


def findings_in_prompt() -> list[Finding]:
    out = []
    for value, (entity_type, data_class) in zip(VALUES, TYPES, strict=True):
        start = PROMPT.index(value)
        out.append(Finding(entity_type, data_class, start, start + len(value), 1.0, "hand-made"))
    return out


@pytest.mark.parametrize(
    ("lang", "found_word", "email_label"),
    [("nl", "Gevonden: ", "1 x e-mailadres"), ("en", "Found: ", "1 x email address")],
)
def test_when_a_prompt_is_blocked_then_the_notice_has_counts_rule_and_decision_id_and_no_value(
    policy: Policy, tools: dict[str, Tool], lang: str, found_word: str, email_label: str
) -> None:
    findings = findings_in_prompt()
    decision = decide(policy, tools["openai-api"], findings)
    notice = block_notice(policy, tools["openai-api"], decision, count_by_type(findings), "d3c1510n", lang)
    assert decision.rule_id == "SECRET-BLOCK"
    assert found_word in notice
    assert email_label in notice
    assert "1 x IBAN" in notice
    assert "SECRET-BLOCK" in notice
    assert "d3c1510n" in notice
    assert policy.settings.help.get(lang) in notice
    # its decision page and the cheat sheet, as plain addresses (SDK errors, chat answers)
    assert "http://dlp-proxy.local/d/d3c1510n " in notice
    assert notice.endswith(": http://dlp-proxy.local/cheatsheet")
    for fragment in [*VALUES, "jan.jansen", "Mail jan", "NL91", "AKIA"]:
        assert fragment not in notice


@pytest.mark.parametrize(("tool", "alternative"), [("claude", "ChatGPT (betaald)"), ("anthropic-api", "OpenAI API")])
def test_when_an_unlisted_tool_is_blocked_then_the_notice_names_the_alternative(
    policy: Policy, tools: dict[str, Tool], tool: str, alternative: str
) -> None:
    decision = decide(policy, tools[tool], [])
    notice = block_notice(policy, tools[tool], decision, {}, "d1", "en")
    assert decision.rule_id == "TOOL-UNLISTED"
    assert "TOOL-UNLISTED" in notice
    assert f"Use instead: {alternative}" in notice
    assert "This AI tool is not on the list of approved tools." in notice
    assert "Found" not in notice  # nothing was found


def test_when_an_approved_tool_is_blocked_then_no_alternative_is_offered(
    policy: Policy, tools: dict[str, Tool]
) -> None:
    tool = tools["openai-api"].model_copy(update={"alternative": "something else"})
    secret = Finding("SECRET", "secret", 0, 5, 1.0, "hand-made")
    notice = block_notice(policy, tool, decide(policy, tool, [secret]), {"SECRET": 1}, "d1", "en")
    assert "Use instead" not in notice


def test_when_detection_failed_then_the_notice_says_the_prompt_was_not_checked(
    policy: Policy, tools: dict[str, Tool]
) -> None:
    decision = decide(policy, tools["openai-api"], [], detection_failed=True)
    notice = block_notice(policy, tools["openai-api"], decision, {}, "d1", "en", "detection_timeout")
    assert notice.startswith("This message could not be checked and was therefore not sent (the check took too long)")
    assert "FAIL-CLOSED" in notice
    assert "d1" in notice


def test_when_a_request_is_masked_then_the_notice_has_counts_and_decision_id() -> None:
    assert redact_notice({"EMAIL_ADDRESS": 2}, "d1", "en") == (
        "Sent with data masked by the AI policy: 2 x email address. Decision: d1. "
        "Details: http://dlp-proxy.local/d/d1 | Cheat sheet: http://dlp-proxy.local/cheatsheet"
    )


@pytest.mark.parametrize(
    ("reason", "words"),
    [("host_mismatch", "names different servers"), ("ambiguous_body", "a field name occurs twice")],
)
def test_a_refused_request_says_it_cannot_be_judged_safely_and_why(
    policy: Policy, tools: dict[str, Tool], reason: str, words: str
) -> None:
    from dlp_proxy.pipeline.decide import refusal

    decision = refusal(policy, tools["openai-api"], reason)
    notice = block_notice(policy, tools["openai-api"], decision, {}, "abc123", "en", reason)
    assert notice.startswith("Not sent: this request cannot be judged safely: ")
    assert words in notice and "FAIL-CLOSED" in notice and "abc123" in notice
