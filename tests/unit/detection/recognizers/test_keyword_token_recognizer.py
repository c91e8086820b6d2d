"""KeywordTokenRecognizer: a random token that a Dutch or English key word points at, and none of the
hashes, ids, names and paths that sit next to the same words."""

from __future__ import annotations

import hashlib

import pytest

from dlp_proxy.detection.recognizers.keyword_token_recognizer import KeywordTokenRecognizer
from tests.unit.detection.recognizers.fakes import ALNUM, BASE64, HEX, URLSAFE, body

RECOGNIZER = KeywordTokenRecognizer()

KEY40 = body(40, ALNUM, seed=3)  # "a 40-character random key", as after "Hier is de sleutel:"
KEY_B64 = body(40, BASE64, seed=4)
KEY_URLSAFE = body(32, URLSAFE, seed=5)
LOWER_DIGITS = "k3jh5gq9wmx2pl7rt0az4hd8"
HEX40 = body(40, HEX, seed=6)
UUID = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a key word before the token in the same sentence, Dutch and English
        (f"Hier is de sleutel: {KEY40}", [KEY40]),
        (f"Hier is de sleutel: {KEY40}.", [KEY40]),  # the full stop is not part of it
        (f"De API-sleutel voor het testaccount is {LOWER_DIGITS}.", [LOWER_DIGITS]),
        (f"de toegangssleutel {KEY_URLSAFE} werkt niet meer", [KEY_URLSAFE]),
        (f"Mijn wachtwoord: {KEY_B64}", [KEY_B64]),
        (f"Geheim: {KEY_URLSAFE}", [KEY_URLSAFE]),
        (f"Use this API key to call the service: {KEY40}", [KEY40]),
        (f"the token is '{KEY_URLSAFE}'", [KEY_URLSAFE]),
        (f"my secret {KEY40} stopped working", [KEY40]),
        (f"the credentials are admin and {KEY_URLSAFE}", [KEY_URLSAFE]),
        (f"Authorization: Bearer {KEY40}", [KEY40]),
        (f"keys: {KEY40}, {KEY_URLSAFE}", [KEY40, KEY_URLSAFE]),
        # valid: the key word ends the line before, with a colon
        (f"Hier is de sleutel:\n{KEY40}", [KEY40]),
        (f"Hier is de sleutel voor productie:\n  {KEY40}\n", [KEY40]),
        # valid: the token stands alone right after a sentence or line that names it
        (f"Hier is de sleutel\n{KEY40}", [KEY40]),
        (f"Kun je deze API-sleutel in de config zetten? {KEY40}", [KEY40]),
        (f"Here is the token for the staging API —\n\n{KEY40}\n\nStore it in the vault.", [KEY40]),
        (f"Here is the API key:\n```\n{KEY40}\n```", [KEY40]),
        # valid: hex and UUIDs when the key word names them directly
        (f"sleutel: {HEX40}", [HEX40]),
        (f"token = {UUID}", [UUID]),
        (f"API key is {HEX40}", [HEX40]),
        # invalid: no key word, or too far, or another sentence
        (KEY40, []),
        (f"Hier is de tekst: {KEY40}", []),
        (f"The key. Then, after the full stop, {KEY40}", []),
        (f"Here is the key for the {'very ' * 12}long story {KEY40}", []),  # beyond the window
        (f"the key\n\n\nsomething else\n{KEY40}", []),
        (f"Hier is de sleutel\n{KEY40} is het build-id", []),  # no colon, and the token is not alone
        (f"De sleutel tot succes. Build {KEY40} is groen.", []),
        (f"What is a token?\n{HEX40}", []),  # hex needs a key word naming it directly
        # invalid: hex, UUIDs, digests and ids the key word does not name directly
        (f"The key change is in commit {HEX40}", []),
        (f"request id {UUID} for the token refresh", []),
        (f"the token check failed, sha256 {hashlib.sha256(b'x').hexdigest()}", []),
        # invalid: the key word names something public or about the key
        (f"my public key is AAAAC3NzaC1lZDI1NTE5AAAAI{body(43, BASE64)}", []),
        (f"ssh key: AAAAC3NzaC1lZDI1NTE5AAAAI{body(43, BASE64)}", []),
        (f"key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{body(43, BASE64)}", []),
        (f"key fingerprint: SHA256:{body(43, BASE64)}", []),
        (f"token id: {KEY40}", []),
        (f"primary key {KEY40}", []),
        (f"max tokens: {KEY40}", []),
        (f"publieke sleutel: {KEY40}", []),
        # invalid: written text, names, paths, hosts, URLs, model names next to the key words
        ("The key takeaway: revenue grew in Q3 for client.chat.completions.create.", []),
        ("The token limit for gpt-4o-mini-2024-07-18 is 128000.", []),
        ("Our secrets live in projects/my-project-123/secrets/db-password/versions/3", []),
        (f"the secret is at https://vault.example.com/v1/secret/data/{KEY40}", []),
        ("api_key = os.environ['OPENAI_API_KEY']", []),
        ("wachtwoord ingesteld op 2025-03-12T10:14:07.123456Z", []),
        ("the key vault kv-prod-weu-01.vault.azure.net holds the token", []),
        ("Wachtwoordmanager2024Bitwarden is ons wachtwoordbeleid", []),
        ("model meta-llama/Llama-3.1-8B-Instruct keeps a key-value cache of 4096 tokens", []),
        # invalid: placeholders are SecretPlaceholderRecognizer's, masks are nothing
        ("key: AKIAIOSFODNN7EXAMPLE", []),
        ("api key: sk-your-key-here-1234567890", []),
        ("token: xxxxxxxxxxxxxxxxxxxxxxxx", []),
    ],
)
def test_when_a_key_word_points_at_a_random_token_then_the_token_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_when_the_key_word_labels_the_token_then_the_score_is_higher() -> None:
    [labelled] = RECOGNIZER.analyze(f"sleutel: {KEY40}", ["SECRET"])
    [nearby] = RECOGNIZER.analyze(f"de sleutel voor de API staat hier {KEY40}", ["SECRET"])
    assert labelled.score > nearby.score >= 0.5
    assert labelled.recognition_metadata["recognizer_name"] == "KeywordTokenRecognizer"


def test_when_another_entity_is_asked_then_no_finding() -> None:
    assert RECOGNIZER.analyze(f"sleutel: {KEY40}", ["EMAIL_ADDRESS"]) == []


@pytest.mark.timeout(10)
def test_when_input_is_20000_characters_of_near_misses_then_scan_finishes_without_finding() -> None:
    crafted = "".join(
        [
            "key token secret sleutel wachtwoord " * 100,  # key words without tokens
            ("key: " + "a" * 300 + " ") * 20,  # runs too long and too plain
            ("token " + body(40, HEX) + " ") * 50,  # hex not named directly
            "x" * 5000,  # one long word
            ("toegangs" * 5 + " ") * 50,  # long words that never end in a key word
            ("secret:\n\n\n\n") * 100,  # colons with nothing after
        ]
    )
    assert len(crafted) >= 20_000
    assert found(crafted) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: hex right after a compound that can only name a credential
        ("twilio auth token " + body(32, HEX, seed=5), [body(32, HEX, seed=5)]),
        ("datadog api key " + body(32, HEX, seed=6), [body(32, HEX, seed=6)]),
        ("newrelic license key " + body(40, HEX, seed=7), [body(40, HEX, seed=7)]),
        # invalid: a bare "token"/"key" with a space before hex (a digest, a cache key, a commit)
        ("the token " + body(40, HEX, seed=8), []),
        ("cache key " + body(32, HEX, seed=9), []),
        ("the auth token expires after 3600 seconds", []),
    ],
)
def test_when_a_credential_compound_is_followed_by_hex_then_the_hex_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generated password with symbols, a few words after the key word
        ("I rotated the secret, the new one is 6SLk8MIqwCGLLBp$D349.", ["6SLk8MIqwCGLLBp$D349"]),
        ("Het wachtwoord was tot gisteren 7b^grF9^h5x6MHUr#k2Lm, nu niet meer.", ["7b^grF9^h5x6MHUr#k2Lm"]),
        # ... and symbol-bearing strings that are no token
        ("The password rule: use at least !@#$%^&*-_+ symbols", []),
        ("My email for the token is jan.de.vries@example-company.com", []),
        ("the key ######################## is masked", []),
    ],
)
def test_when_a_key_word_points_at_a_token_with_symbols_then_it_is_found(text: str, expected: list[str]) -> None:
    assert [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET"])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short lead-in after the sentence with the key word; a key word and a comma before hex
        (
            "Heb je het access token nog? Het was cYJfKJCMbtoA60mmEcaUT7cj2TjT7N8ILrI6hOeO",
            ["cYJfKJCMbtoA60mmEcaUT7cj2TjT7N8ILrI6hOeO"],
        ),
        ("Do you still have the API key? It's q8W2eR4tY6uI8oP0aS2dF4gHjK", ["q8W2eR4tY6uI8oP0aS2dF4gHjK"]),
        (
            "The new key, d19b5a4c603de5f2a5d850fb26100a50, replaces the one from March.",
            ["d19b5a4c603de5f2a5d850fb26100a50"],
        ),
        # ... and the same shapes around no token
        ("Heb je het access token nog? Het was verlopen.", []),
        ("Which commit? It was 3f2a9c1d7e8b4a6f0c2d9e1b7a5c3f8d2e4b6a9c", []),
    ],
)
def test_when_a_lead_in_or_a_comma_stands_between_key_word_and_token_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a password alone under a line that names it and ends in a colon (shorter than a token)
        ("The new VPN password (valid from Monday):\n\n9NQvgwmWt69y31\n\nCan you draft a mail?", ["9NQvgwmWt69y31"]),
        ("Het wachtwoord voor de NAS:\nZomer2024!Kaas", ["Zomer2024!Kaas"]),
        # ... not a word, a link or an address there, nor a remark
        ("Password reset link:\nhttps://acme.example/reset", []),
        ("The password policy:\nrequired", []),
        ("Wachtwoord vergeten? Mail naar:\nhelpdesk@acme.nl", []),
        # a UUID under a line where the key word points down at it
        (f"De API key staat hieronder:\n\n{UUID}\n", [UUID]),
        (f"The request id of the failed call, for the key team:\n\n{UUID}\n", []),
        # a 40-character token near an AWS key id is its secret access key
        (f"[09:41] Ruben: AKIAPBO50B5TMN75IP1E\n[09:42] Ruben: {KEY_B64}\n", [KEY_B64]),
        (f"[09:42] Ruben: {KEY_B64}\n", []),
        # ... but not a commit's SHA in a log that also shows a key id
        (
            "commit 6ac35d8d4f1e2b3a9c8d7e6f5a4b3c2d1e0f9a8b\n\n    rotate key AKIAPBO50B5TMN75IP1E\n",
            ["AKIAPBO50B5TMN75IP1E"],
        ),
    ],
)
def test_when_a_password_or_key_stands_below_its_label_or_beside_an_aws_key_id_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected
