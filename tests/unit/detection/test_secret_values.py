"""The placeholder and credential-shape checks the SECRET recognizers share."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.secret_values import (
    credential_like,
    is_placeholder,
    names_a_secret,
    normalised_entropy,
    random_token,
    shannon_entropy,
    stand_in,
)
from tests.unit.detection.recognizers.fakes import ALNUM, BASE64, HEX, URLSAFE, body


@pytest.mark.parametrize(
    ("value", "placeholder"),
    [
        # placeholders, template references and masked values
        ("", True),
        ("password", True),
        ("CHANGEME", True),
        ("null", True),
        ("<password>", True),
        ("<your-token>", True),
        ("[REDACTED]", True),
        ("{password}", True),
        ("${DB_PASSWORD}", True),
        ("${DB_PASSWORD:-fallback}", True),
        ("$DB_PASSWORD", True),
        ("$(cat /run/secrets/db)", True),
        ("%DB_PASSWORD%", True),
        ("{{ .Values.password }}", True),
        ("{{pass}}", True),
        ("{% secret %}", True),
        ("********", True),
        ("...", True),
        ("xxxxxxxx", True),
        ("00000000", True),
        ("sk-xxxxxxxxxxxx1234", True),
        ("sk-...", True),
        ("YOUR_API_KEY", True),
        ("sk-your-key-here", True),
        ("API_KEY_GOES_HERE", True),
        ("AKIAIOSFODNN7EXAMPLE", True),
        ("test-key", True),
        ("fake_access_token", True),
        ("my-mock-secret", True),
        ("deadbeef", True),
        ("ghp_EXAMPLENOTAREALGITHUBTOKEN0000000000", True),  # a third-party harness's specimens
        ("xoxb-00000-00000-EXAMPLENOTAREALTOKEN", True),
        ("AKIA0000009QZK7NB2XJ", True),  # a run of six zeros
        ("xoxb-000-1234567890-AbCdEfGhIjKl", True),  # an all-zero field
        # real-looking values
        ("hunter22", False),
        ("Zomer2024!", False),
        ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", False),  # "test" inside a vendor prefix
        ("p@ss;w0rd", False),
        ("Xy9~abcdefgh", False),
        ("where-is-it-2024", False),  # "here" not at the end
        # a '$' before a variable name, or before a password
        ("$db_pass", True),
        ("$this->password", True),
        ("$cfg.db_pass", True),
        ("$CONFIG_DIR/db.pw", True),
        ("$APPDATA\\dlp\\pw.txt", True),
        ("$pKj3dlC!fio9", False),  # a symbol right after the name: a password that starts with '$'
        ("$Zomer2024!", False),
    ],
)
def test_is_placeholder(value: str, placeholder: bool) -> None:
    assert is_placeholder(value) is placeholder


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("hunter2", True),
        ("Zomer2024!", True),
        ("p@ss", True),
        ("Welkom", False),
        ("user_input", False),
        ("a-b.c", False),
    ],
)
def test_credential_like_wants_a_digit_or_a_symbol(value: str, expected: bool) -> None:
    assert credential_like(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("myPassword", True), ("SECRET_TOKEN", True), ("my-api-key-1", True), ("Zomer2024!", False)],
)
def test_names_a_secret(value: str, expected: bool) -> None:
    assert names_a_secret(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # stand-ins with substance: masked as SECRET_PLACEHOLDER
        ("changeme", True),  # a shipped default password
        ("changeit", True),
        ("example123", True),
        ("vertex-test-key", True),
        ("sk-your-key-here", True),
        ("AKIAIOSFODNN7EXAMPLE", True),
        ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", True),
        ("sk-proj-xxxxxxxxxxxxxxxxxxxxxxxx", True),  # the prefix is left: "skproj"
        ("sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc", True),  # Stripe's published example key
        # nothing of a credential: references, masks, words for the slot, names of the secret
        ("", False),
        ("${DB_PASSWORD}", False),
        ("<your-api-key-here>", False),
        ("{{ vault_db_password }}", False),
        ("$DB_PASS", False),
        ("%DB_PASS%", False),
        ("********", False),
        ("xxxxxxxxxxxxxxxx", False),
        ("sk-...", False),
        ("REDACTED", False),
        ("[REDACTED]", False),
        ("password", False),
        ("YOUR_API_KEY", False),
        ("your-password-here", False),
        # not a placeholder at all
        ("Zomer2024!", False),
        ("aB3xK9mPq2Lz7RtY4wVn8cJd5FhG1sQe6UoI0pZk", False),
    ],
)
def test_stand_in_is_a_placeholder_with_substance(value: str, expected: bool) -> None:
    assert stand_in(value) is expected


def test_entropy_is_bits_per_character_and_normalised_by_length_and_classes() -> None:
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("abcd") == pytest.approx(2.0)
    assert normalised_entropy("abcd") == pytest.approx(1.0)  # four distinct of four possible
    assert normalised_entropy("A" * 30 + "==") < 0.2


@pytest.mark.parametrize(
    ("value", "labelled", "expected"),
    [
        # generated: mixed classes, no words
        (body(40, BASE64), False, True),
        (body(20, ALNUM), False, True),
        (body(32, URLSAFE), False, True),
        ("k3jh5gq9wmx2pl7rt0az4hd8", False, True),  # one case and digits
        ("AKIAQ8EG1N5T07WJXK9MBC2D", False, True),
        ("Gh4KwdPqz8TmvRb2XyLcNsJfWqAeUoZtVkMb", False, True),
        # letters alone in both cases: generated when the case units are no words
        ("RdbTFOqEkmpaeIvCWenN", False, True),
        ("ysqrfwndhWLZQMlfZJLh", False, True),
        ("GdWmPyagqqrvJIGA", True, True),  # 16 characters: enough when a key word names it
        ("GdWmPyagqqrvJIGA", False, False),
        ("getUserNameFromDatabase", True, False),
        ("HTTPServerErrorHandler", True, False),
        ("AbstractSingletonProxyFactoryBean", True, False),
        # hex and UUIDs only when a key word names them
        (body(40, HEX), False, False),
        (body(40, HEX), True, True),
        ("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", False, False),
        ("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", True, True),
        ("0" * 40, True, False),  # no entropy
        ("1" * 16 + "23456789" * 2, True, False),  # digits only
        # written: words, identifiers, names, paths, hosts, versions
        (body(19, ALNUM), False, False),  # too short
        (body(257, BASE64), False, False),  # too long: a blob, not a key
        ("getUserAccessTokenFromCache2", False, False),
        ("AWS_SECRET_ACCESS_KEY_PRODUCTION", False, False),
        ("process.env.GITHUB_TOKEN", False, False),
        ("gpt-4o-mini-2024-07-18", False, False),
        ("Qwen2.5-72B-Instruct-GPTQ-Int4", False, False),
        ("meta-llama/Llama-3.1-8B-Instruct", False, False),
        ("PBKDF2WithHmacSHA256", False, False),
        ("pg-main-02.eu-west-1.rds.amazonaws.com", False, False),
        ("tokenizer_config.json", False, False),
        ("projects/my-project-123/secrets/db-password/versions/3", False, False),
        ("~/.config/gcloud/credentials2024", False, False),
        ("2025-03-12T10:14:07.123456Z", False, False),
        ("GB20LOYD23387586140725", False, False),  # an IBAN: mostly digits
        ("bedrijfsomschrijving", False, False),
        ("Wachtwoordmanager2024Bitwarden", False, False),
        ("jan.jansen2024@example.com", False, False),
        ("A" * 30 + "==", False, False),  # repetitive
        ("abcabcabcabcabcabc123", False, False),
        ("request_id=" + body(24, ALNUM), False, False),  # key=value: not one token
    ],
)
def test_random_token_tells_generated_from_written(value: str, labelled: bool, expected: bool) -> None:
    assert random_token(value, labelled=labelled) is expected
