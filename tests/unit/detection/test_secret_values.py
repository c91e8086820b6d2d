"""The placeholder and credential-shape checks the SECRET recognizers share."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.secret_values import credential_like, is_placeholder, names_a_secret


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
