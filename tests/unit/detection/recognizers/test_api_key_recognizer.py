"""ApiKeyRecognizer: vendor-shaped credentials, and none of the hex strings, ids and placeholders developers paste."""

from __future__ import annotations

import base64
import hashlib
import re._parser as re_parser
import uuid
from collections.abc import Iterator

import pytest
import regex
from presidio_analyzer import Pattern

from dlp_proxy.detection.recognizers.api_key_recognizer import PATTERNS, SHORTEST_MATCH, ApiKeyRecognizer
from dlp_proxy.policy import Policy
from tests.unit.detection.recognizers.fakes import ALNUM, BASE64, HEX, URLSAFE, body

RECOGNIZER = ApiKeyRecognizer()

# Made-up values in each vendor's shape (none is a real credential).
OPENAI = "sk-proj-" + "Ab3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5oQ7s_-Uw"
OPENAI_LEGACY = "sk-" + "T3BlbkFJ" + "a1B2c3D4e5F6g7H8i9J0k1L2"
OPENAI_SVCACCT = "sk-svcacct-" + body(74, URLSAFE) + "T3BlbkFJ" + body(74, URLSAFE, seed=1)
OPENAI_ADMIN = "sk-admin-" + body(58, URLSAFE) + "T3BlbkFJ" + body(58, URLSAFE, seed=1)
ANTHROPIC = "sk-ant-api03-" + "aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3-_abAA"
ANTHROPIC_FULL = "sk-ant-api03-" + body(93, URLSAFE) + "AA"
ANTHROPIC_ADMIN = "sk-ant-admin01-" + body(93, URLSAFE) + "AA"
AWS = "AKIA" + "QYLPMN5HHHFPZAM2"
AWS_TEMPORARY = "ASIA" + "Z2X7KQW3RTY5UPLM"
GITHUB = "ghp_" + "aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2"
GITHUB_APP = "ghs_" + body(36)
GITHUB_FINE_GRAINED = "github_pat_" + body(22) + "_" + body(59, seed=1)
GITLAB = "glpat-" + "xYz12AbC34dEf56GhI78jK"
GITLAB_ROUTABLE = "glpat-" + body(27, URLSAFE) + ".01" + body(7, HEX)
GITLAB_DEPLOY = "gldt-" + body(20)
GITLAB_RUNNER = "glrt-" + body(20)
SLACK = "xoxb-" + "1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"
SLACK_USER = "xoxp-" + "1234567890-1234567890-1234567890123-" + body(32, HEX)
SLACK_WEBHOOK = (
    "https://hooks.slack.com/services/T" + body(8, "ABCDEFGHJK0123456789") + "/B" + body(10, "ABCDEFGHJK0123456789")
)
SLACK_WEBHOOK += "/" + body(24)
DISCORD_WEBHOOK = "https://discord.com/api/webhooks/" + body(18, "0123456789") + "/" + body(68, URLSAFE)
TEAMS_WEBHOOK = (
    "https://contoso.webhook.office.com/webhookb2/" + body(36, HEX + "-") + "@" + body(36, HEX + "-")
    + "/IncomingWebhook/" + body(32, HEX) + "/" + body(36, HEX + "-")
)  # fmt: skip
STRIPE = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"
STRIPE_RESTRICTED = "rk_live_" + body(99)
STRIPE_TEST = "sk_test_" + body(24)
STRIPE_WEBHOOK = "whsec_" + body(32)
GOOGLE = "AIza" + "SyA1234567890abcdefghijklmnopqrstuv"
GOOGLE_CLIENT_SECRET = "GOCSPX-" + body(28, URLSAFE)
GOOGLE_OAUTH_TOKEN = "ya29." + body(120, URLSAFE)
SENDGRID = "SG." + body(22, URLSAFE) + "." + body(43, URLSAFE)
NPM = "npm_" + body(36)
PYPI = "pypi-AgEIcHlwaS5vcmc" + body(150, URLSAFE)
HUGGINGFACE = "hf_" + body(34, ALNUM[10:])
SHOPIFY = "shpat_" + body(32, HEX)
DIGITALOCEAN = "dop_v1_" + body(64, HEX)
DATABRICKS = "dapi" + body(32, HEX)
ATLASSIAN = "ATATT3" + body(180, URLSAFE + "=") + "=" + body(8, HEX.upper())
TELEGRAM = "7123456789:" + "AA" + body(33, URLSAFE)
DISCORD = base64.b64encode(b"112233445566778899").decode() + "." + body(6, URLSAFE) + "." + body(27, URLSAFE)
AZURE_AD = "Abc" + "8Q~" + body(34, ALNUM + "_~.-")
TWILIO_SID = "SK" + body(32, HEX)
MAILGUN = "key-" + body(32, HEX)


def found(text: str) -> list[tuple[str, str]]:
    """(matched text, pattern name) per finding."""
    return [
        (text[r.start : r.end], r.analysis_explanation.pattern_name if r.analysis_explanation else "")
        for r in RECOGNIZER.analyze(text, ["SECRET"])
    ]


@pytest.mark.parametrize(
    ("key", "pattern"),
    [
        (OPENAI, "openai_key"),
        (OPENAI_LEGACY, "openai_key"),
        (OPENAI_SVCACCT, "openai_key"),
        (OPENAI_ADMIN, "openai_key"),
        (ANTHROPIC, "anthropic_key"),
        (ANTHROPIC_FULL, "anthropic_key"),
        (ANTHROPIC_ADMIN, "anthropic_key"),
        ("sk-ant-api03-" + body(20, URLSAFE), "anthropic_key"),  # cut short: still the key's start
        (AWS, "aws_access_key_id"),
        (AWS_TEMPORARY, "aws_access_key_id"),
        ("AKIA" + "Q8EG1N5T07WJXK9M", "aws_access_key_id"),  # digits 0, 1, 8, 9 occur in real key ids
        (GITHUB, "github_token"),
        (GITHUB_APP, "github_token"),
        (GITHUB_FINE_GRAINED, "github_fine_grained_pat"),
        (GITLAB, "gitlab_token"),
        (GITLAB_ROUTABLE, "gitlab_token"),
        (GITLAB_DEPLOY, "gitlab_token"),
        (GITLAB_RUNNER, "gitlab_token"),
        (SLACK, "slack_token"),
        (SLACK_USER, "slack_token"),
        (SLACK_WEBHOOK, "slack_webhook"),
        (DISCORD_WEBHOOK, "discord_webhook"),
        (TEAMS_WEBHOOK, "teams_webhook"),
        (STRIPE, "stripe_key"),
        (STRIPE_RESTRICTED, "stripe_key"),
        (STRIPE_TEST, "stripe_key"),
        (STRIPE_WEBHOOK, "stripe_webhook_secret"),
        (GOOGLE, "google_api_key"),
        (GOOGLE_CLIENT_SECRET, "google_oauth_client_secret"),
        (GOOGLE_OAUTH_TOKEN, "google_oauth_token"),
        (SENDGRID, "sendgrid_key"),
        (NPM, "npm_token"),
        (PYPI, "pypi_token"),
        (HUGGINGFACE, "huggingface_token"),
        (SHOPIFY, "shopify_token"),
        (DIGITALOCEAN, "digitalocean_token"),
        (DATABRICKS, "databricks_token"),
        (ATLASSIAN, "atlassian_token"),
        (TELEGRAM, "telegram_bot_token"),
        (DISCORD, "discord_bot_token"),
        (AZURE_AD, "azure_ad_client_secret"),
    ],
)
def test_when_text_holds_a_vendor_credential_then_the_whole_credential_is_one_finding(key: str, pattern: str) -> None:
    assert found(f"config: {key}\nthanks") == [(key, pattern)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: the vendor's name up to 200 characters before anchors a bare hex key
        (f"TWILIO_API_KEY={TWILIO_SID}", [(TWILIO_SID, "twilio_api_key")]),
        (f"twilio client = Client('{TWILIO_SID}', secret)", [(TWILIO_SID, "twilio_api_key")]),
        (f"mailgun: {MAILGUN}", [(MAILGUN, "mailgun_key")]),
        (f"TWILIO_ACCOUNT_SID=AC{body(32, HEX)}", [(f"AC{body(32, HEX)}", "twilio_api_key")]),
        (f"account_sid = 'AC{body(32, HEX)}'", [(f"AC{body(32, HEX)}", "twilio_api_key")]),
        (f"twilio:\n  api_key: SK{body(32, HEX)}", [(f"SK{body(32, HEX)}", "twilio_api_key")]),  # a section header
        (f"mailgun:\n  domain: mg.example.org\n  key: {MAILGUN}", [(MAILGUN, "mailgun_key")]),
        # invalid: the same shapes without the vendor are ordinary identifiers
        (f"cache key {MAILGUN}", []),
        (f"id {TWILIO_SID}", []),
        (f"id AC{body(32, HEX)}", []),
        (f"twilio{' ' * 201}SK{body(32, HEX)}", []),  # the name is too far back
        (f"ACCOUNT AC{body(32, HEX)}", []),
    ],
)
def test_when_a_weak_prefix_needs_the_vendor_name_then_it_counts_only_next_to_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f'"{OPENAI}"', [OPENAI]),  # quotes around it
        (f"Authorization: Bearer {OPENAI}.", [OPENAI]),  # the full stop is not part of it
        (f"OPENAI_API_KEY={OPENAI_LEGACY}", [OPENAI_LEGACY]),
        (f"{GITHUB} {AWS}", [GITHUB, AWS]),
        (f"x{GITHUB}", []),  # glued to a word: not a token boundary
        (f"{AWS}ABC", []),  # longer than an access key id
    ],
)
def test_when_a_credential_has_neighbours_then_the_span_is_exactly_the_credential(
    text: str, expected: list[str]
) -> None:
    assert [t for t, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904",  # git SHA-1
        "sha256: " + hashlib.sha256(b"release.tar.gz").hexdigest(),
        "md5 " + hashlib.md5(b"release.tar.gz").hexdigest(),  # noqa: S324  # a digest in the text, not a use of md5
        "id " + str(uuid.UUID("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b")),
        "image: nginx@sha256:" + hashlib.sha256(b"layer").hexdigest(),  # Kubernetes/Docker image digest
        "SGVsbG8gd29ybGQsIHRoaXMgaXMganVzdCBvcmRpbmFyeSB0ZXh0IGVuY29kZWQgaW4gYmFzZTY0Lg==",  # base64 of prose
        "version 1.2.3-beta.4+build.567, v2024.11.6",
        "the risky skill of asking for a desk key",  # plain words around 'sk' and 'key'
        "sk-learn is a nickname for scikit-learn",
        "task-management-system-for-2024-teams-and-projects",  # 'sk-' inside a word
        "sk-2024-roadmap-planning-document-v2-final",  # digits and letters, but words
        "sk-abcdefghijklmnopqrstuvwxyz",  # no digit: not a random body
        "Use `sk-...` or YOUR_API_KEY or <your-token> as the value.",
        "OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",  # documentation placeholder
        "sk-your-api-key-here-1234567890",
        "AKIAIOSFODNN7EXAMPLE",  # AWS's documentation example key
        "AKIA1234",  # prefix without the 16 characters
        "AKIA1234567890ABCDEFG",  # one character too many: not a key id
        "akiaqylpmn5hhhfpzam2",  # vendor prefixes are case-sensitive
        "ghp_short",
        "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "xoxb-not-a-token-at-all",  # no digit
        "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",  # Slack's docs
        "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",  # one case: an identifier, not a token
        "dapi" + "0" * 32,
        "-----BEGIN PUBLIC KEY-----",
        "-----BEGIN RSA PRIVATE KEY-----",  # private keys are PrivateKeyRecognizer's
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",  # JWTs too
        "NotBase64OfDigitsAtAllXYZ.abcdef.ghijklmnopqrstuvwxyz0123456",  # Discord shape, no user id inside
        "meeting at 10:30, call 123456789:Abc",  # colon after digits, not a Telegram token
    ],
)
def test_when_text_holds_no_credential_then_no_finding(text: str) -> None:
    assert found(text) == []


def test_when_credential_is_found_then_it_clears_the_default_threshold(policy: Policy) -> None:
    scores = [r.score for r in RECOGNIZER.analyze(f"{AWS} {GITHUB} {STRIPE} {ANTHROPIC}", ["SECRET"])]
    assert len(scores) == 4
    assert min(scores) >= policy.default_threshold


@pytest.mark.timeout(10)
def test_when_input_is_20000_characters_of_near_misses_then_scan_finishes_without_finding() -> None:
    crafted = "".join(
        [
            ("sk-" + "a-" * 30 + " ") * 100,  # sk- with a body that never qualifies
            ("ghp_" + "A" * 35 + " ") * 100,  # one character short
            ("AKIA" + "2" * 15 + " ") * 100,
            ("xoxb-" + "-" * 40) * 50,
            ("SK" + "0" * 31 + " twilio ") * 50,
            "0123456789abcdef" * 200,  # one long hex run
            ("M" + "a" * 24 + ".") * 100,  # Discord-ish dotted runs
            (body(35, BASE64) + "Q~") * 50,
        ]
    )
    assert len(crafted) >= 20_000
    assert found(crafted) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: AKIA/ASIA/ABIA/ACCA and 16 upper-case letters or digits, 0, 1, 8 and 9 included
        ("AKIA" + "Q8EG1N5T07WJXK9M", ["AKIA" + "Q8EG1N5T07WJXK9M"]),
        ("AKIA" + "1098BZ0Q18X9W0T8", ["AKIA" + "1098BZ0Q18X9W0T8"]),
        ("ASIA" + "1B8C9D0E1F8G9H0J", ["ASIA" + "1B8C9D0E1F8G9H0J"]),
        ("ABIA" + "Z9Y8X1W0V9U8T1S0", ["ABIA" + "Z9Y8X1W0V9U8T1S0"]),
        ("ACCA" + "8K0L1M9N8P0Q1R9S", ["ACCA" + "8K0L1M9N8P0Q1R9S"]),
        ("aws_access_key_id=AKIA" + "Q8EG1N5T07WJXK9M", ["AKIA" + "Q8EG1N5T07WJXK9M"]),
        ("aws_access_key_id = AKIA" + "Q8EG1N5T07WJXK9M\n", ["AKIA" + "Q8EG1N5T07WJXK9M"]),
        ('"AccessKeyId": "ASIA' + '1B8C9D0E1F8G9H0J"', ["ASIA" + "1B8C9D0E1F8G9H0J"]),
        ("AWS_ACCESS_KEY_ID:AKIA" + "Q8EG1N5T07WJXK9M", ["AKIA" + "Q8EG1N5T07WJXK9M"]),
        # invalid: other lengths, lower case, glued to a word, another prefix, the docs' example
        ("AKIA" + "Q8EG1N5T07WJXK9", []),  # 15
        ("AKIA" + "Q8EG1N5T07WJXK9MZ", []),  # 17
        ("AKIA" + "q8eg1n5t07wjxk9m", []),
        ("xAKIA" + "Q8EG1N5T07WJXK9M", []),
        ("AKIB" + "Q8EG1N5T07WJXK9M", []),
        ("AKIA" + "IOSFODNN7EXAMPLE", []),  # a placeholder: SecretPlaceholderRecognizer's, masked
    ],
)
def test_when_an_aws_key_id_has_any_of_its_36_characters_then_it_is_found(text: str, expected: list[str]) -> None:
    assert [t for t, _ in found(text)] == expected


# Round 2: vendor prefixes from the gitleaks / TruffleHog rule sets (bodies joined at run time).
DOCKER_PAT = "dckr_pat_" + body(27, URLSAFE)
GROQ = "gsk_" + body(52)
REPLICATE = "r8_" + body(37)
LINEAR = "lin_api_" + body(40)
POSTMAN = "PMAK-" + body(24, HEX) + "-" + body(34, HEX)
GRAFANA_SA = "glsa_" + body(32) + "_" + body(8, HEX)
HEROKU = "HRKU-" + body(60, URLSAFE)
NEW_RELIC = "NRAK-" + body(27, ALNUM.upper())
NEW_RELIC_LICENSE = body(36, HEX) + "NRAL"
VAULT = "hvs." + body(90, URLSAFE)
NOTION = "secret_" + body(43)
SQUARE = "EAAA" + body(60, URLSAFE)
MOLLIE = "live_" + body(30)
SAS_SIG = body(43, ALNUM) + "%3D"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a vendor prefix and a body of the documented shape
        (f"docker login -u acme -p {DOCKER_PAT}", [(DOCKER_PAT, "docker_pat")]),
        (f'client = Groq(api_key="{GROQ}")', [(GROQ, "groq_key")]),
        (f"export REPLICATE_API_TOKEN={REPLICATE}", [(REPLICATE, "replicate_token")]),
        (f"linear: {LINEAR}", [(LINEAR, "linear_key")]),
        (f"postman {POSTMAN}", [(POSTMAN, "postman_key")]),
        (f"grafana {GRAFANA_SA}", [(GRAFANA_SA, "grafana_token")]),
        (f"heroku {HEROKU}", [(HEROKU, "heroku_key")]),
        (f"NEW_RELIC_API_KEY={NEW_RELIC}", [(NEW_RELIC, "new_relic_key")]),
        (f"license {NEW_RELIC_LICENSE}", [(NEW_RELIC_LICENSE, "new_relic_key")]),
        (f"VAULT_TOKEN={VAULT}", [(VAULT, "vault_token")]),
        (f"NOTION_TOKEN={NOTION}", [(NOTION, "notion_token")]),
        (f"square {SQUARE}", [(SQUARE, "square_token")]),
        (f"MOLLIE_API_KEY={MOLLIE}", [(MOLLIE, "mollie_key")]),
        (f"https://acme.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig={SAS_SIG}", [(SAS_SIG, "azure_sas_signature")]),
        (
            "otpauth://totp/ACME:jan@x.nl?issuer=ACME&secret=K7QWZ2M4XR5TNV3LQ6PJ",
            [("K7QWZ2M4XR5TNV3LQ6PJ", "totp_seed")],
        ),
        ("otpauth://hotp/x?secret=k7qwz2m4xr5tnv3lq6pj&counter=3", [("k7qwz2m4xr5tnv3lq6pj", "totp_seed")]),
        # invalid: the same prefixes on identifiers, words and short bodies
        ("otpauth://totp/x?secret=ABC234", []),  # too short for a seed
        ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP", []),  # the documented example: a placeholder
        ("def test_handlesUnicodeCorrectlyInEveryLocale2(self):", []),
        ("secret_manager_access_token_for_the_service_x1 = 3", []),
        ("live_" + "a" * 30, []),
        ("gsk_" + "abc", []),
        ("The hvs. prefix marks Vault service tokens.", []),
        ("HRKU- tokens replace the old keys", []),
        ("see ?sig=short for the docs", []),
        ("dckr_pat_ is Docker's prefix", []),
        ("pk_live_ keys are publishable", []),
        (f"sk_{body(47, HEX)}", []),  # one hex digit short of an ElevenLabs key
        (f"sk_{body(48)}", []),  # not hex
        (f"pk_test_{body(24)}", []),  # a test publishable key opens nothing
        (f"pk_live_{body(24)}", []),  # a live one is public too: it is in every checkout page
    ],
)
def test_when_a_round2_vendor_prefix_holds_a_key_then_it_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


PLATFORM_TOKENS = [
    "xai-" + body(80),
    "pplx-" + body(48),
    "lsv2_pt_" + body(32, HEX) + "_" + body(10, HEX),
    "sbp_" + body(40, HEX),
    "sntryu_" + body(64, HEX),
    "dp.pt." + body(43),
    "dp.st.prd." + body(44),  # a Doppler service token names its environment
    "pul-" + body(40, HEX),
    "figd_" + body(40, URLSAFE),
    "CFPAT-" + body(43, URLSAFE),
    "pat" + body(14) + "." + body(64, HEX),
    "AGE-SECRET-KEY-1" + body(58, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"),
    "LTAI" + body(20),
    "sk.eyJ" + body(60, URLSAFE) + "." + body(22, URLSAFE),
    "access_token$production$" + body(16, "abcdefghijklmnopqrstuvwxyz0123456789") + "$" + body(32, HEX),
    "sk_" + body(48, HEX),  # ElevenLabs
]


@pytest.mark.parametrize("key", PLATFORM_TOKENS)
def test_when_a_platform_token_is_pasted_then_it_is_found(key: str) -> None:
    assert found(f"config: {key}\nthanks") == [(key, "platform_token")]


@pytest.mark.parametrize(
    "text",
    [
        "xai-" + "a" * 80,  # one character repeated
        "xai-grok-beta-model-and-the-rest-of-the-name-is-long-enough-to-be-eighty-chars-x",
        "pplx-" + "sonarReasoningProModelNameForTheApiThatIsLongEnough1",
        "LTAI" + "ExampleTextWithoutRandomness",
        "pat" + "ternMatchingIs" + ".md",
        "the lsv2_pt_ prefix marks LangSmith personal tokens",
    ],
)
def test_when_a_platform_prefix_holds_no_token_then_no_finding(text: str) -> None:
    assert found(text) == []


# Round 3: the prefix rules of gitleaks' rule set the recognizer lacked (bench/secret_vendors.py).
VENDOR_TOKENS = [
    "A3-"
    + body(6, HEX.upper() + "XYZ")
    + "-"
    + body(11, "ABCDEFGHJKLMNPQRSTVWXYZ0123456789")
    + "-"
    + "-".join(body(5, "ABCDEFGHJKLMNPQRSTVWXYZ0123456789", seed=k) for k in range(3)),  # 1Password secret key
    "ops_eyJ" + body(300, BASE64),  # 1Password service account
    "p8e-" + body(32),  # Adobe
    "AKCp" + body(69),  # Artifactory API key
    "cmVmd" + body(59),  # Artifactory reference token
    "ABSK" + body(132, BASE64),  # Amazon Bedrock long-lived API key
    "4b1d" + body(38),  # ClickHouse Cloud
    "CLOJARS_" + body(60, HEX),
    "v1.0-" + body(24, HEX) + "-" + body(146, HEX),  # Cloudflare origin CA
    "duffel_live_" + body(43, URLSAFE),
    "dt0c01." + body(24, HEX.upper() + "XYZ") + "." + body(64),  # Dynatrace
    "EZAK" + body(54),  # EasyPost
    "EAAC" + body(120),  # Facebook page token
    "FLWSECK_TEST-" + body(32, "abcdefgh0123456789") + "-X",  # Flutterwave
    "fo1_" + body(43, URLSAFE),  # Fly.io
    "fm2_" + body(140, BASE64),
    "fio-u-" + body(64, URLSAFE),  # Frame.io
    "eyJrIjoi" + body(80),  # Grafana API key
    "pat." + body(22, URLSAFE) + "." + body(24) + "." + body(20),  # Harness
    "ico-" + body(32),  # Infracost
    "s-s4t2ud-" + body(64, HEX),  # 42 Intra
    "API-" + body(26, "ABCDEFGHJKLMNPQRSTVWXYZ0123456789"),  # Octopus Deploy
    "sha256~" + body(43, URLSAFE),  # OpenShift
    "pscale_pw_" + body(43, URLSAFE),  # PlanetScale
    "pnu_" + body(36),  # Prefect
    "rdme_" + body(70, HEX + "ghijklmnopqrstuvwxyz"),  # ReadMe
    "rubygems_" + body(48, HEX),
    "tk-us-" + body(48, URLSAFE),  # Scalingo
    "xkeysib-" + body(64, HEX) + "-" + body(16),  # Brevo
    "sm_pat_" + body(16),  # SettleMint
    "shippo_live_" + body(40, HEX),
    "sgp_" + body(16, HEX) + "_" + body(40, HEX),  # Sourcegraph
    "tfp_" + body(59, URLSAFE),  # Typeform
    "AQVN" + body(36, URLSAFE),  # Yandex
    "t1." + body(40) + "." + body(86, URLSAFE),  # Yandex IAM
    "dnkey-" + body(26) + "-" + body(52),  # Defined Networking
    "pubkey-" + body(32, HEX),  # Mailgun public key
    "A" * 22 + body(90),  # X app bearer token
]


@pytest.mark.parametrize("key", VENDOR_TOKENS, ids=lambda k: k[:6])
def test_when_a_round3_vendor_token_is_pasted_then_it_is_found(key: str) -> None:
    assert found(f"Why does this fail? {key} is what I pass") == [(key, "vendor_token")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"apikey {body(32, HEX)}-us21", [(f"{body(32, HEX)}-us21", "mailchimp_key")]),
        (f"licence {body(6)}_{body(29)}_mmk", [(f"{body(6)}_{body(29)}_mmk", "maxmind_key")]),
        (f"token 123456789012345|{body(32, HEX)}", [(f"123456789012345|{body(32, HEX)}", "facebook_app_token")]),
        (f"OKTA_API_TOKEN=00{body(40, URLSAFE)}", [(f"00{body(40, URLSAFE)}", "okta_token")]),
        (f"Cookie: _gitlab_session={body(32, HEX)}", [(body(32, HEX), "gitlab_session")]),
    ],
)
def test_when_a_round3_key_without_a_prefix_is_pasted_then_it_is_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "See API-REFERENCEDOCUMENTATIONV202 for the details",  # words, not a random body
        "API-" + "A" * 26,
        "ico-arrowdownwardsmallsizefixedwidth",  # an icon name
        "sm_pat_configurationset",  # words
        "sm_pat_" + "ab" * 8,  # too few distinct characters
        "order 123456789012345|shippedtowarehousenumberfour",  # an id and words, not a secret
        "AAAAAAAAAAAAAAAAAAAAAA" + "A" * 90,  # base64 of zeros
        "sha1 4b1d" + body(36, HEX),  # a git SHA that starts like a ClickHouse key
        "digest 4b1d" + body(60, HEX),
        f"id 00{body(40, URLSAFE)}",  # Okta's shape without Okta
        f"session={body(32, HEX)}",  # not GitLab's cookie
        "4b1d" + "abcdefghij" * 3 + "klmnopqr",  # letters in order, no digit
    ],
)
def test_when_a_round3_shape_holds_no_token_then_no_finding(text: str) -> None:
    assert found(text) == []


# --- the pre-check: a text without a long run of non-space characters holds no key --------------


def _consumed_items(tree: list[tuple[object, object]]) -> Iterator[tuple[str, object]]:
    """The items of a parsed pattern that consume characters (look-arounds consume none)."""
    for op, av in tree:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue
        if name == "SUBPATTERN":
            yield from _consumed_items(av[3])  # type: ignore[index]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            yield from _consumed_items(av[2])  # type: ignore[index]
        elif name == "BRANCH":
            for branch in av[1]:  # type: ignore[index]
                yield from _consumed_items(branch)
        elif name == "ATOMIC_GROUP":
            yield from _consumed_items(av)  # type: ignore[arg-type]
        else:
            yield name, av


WHITE_SPACE = [chr(c) for c in range(0x110000) if chr(c).isspace() or regex.match(r"\s", chr(c))]


def _may_match_white_space(name: str, av: object) -> bool:
    if name == "LITERAL":
        return chr(av) in WHITE_SPACE  # type: ignore[arg-type]
    if name != "IN":
        return True  # ANY, a category outside a class, ...: not proven
    for op, arg in av:  # type: ignore[attr-defined]
        kind = str(op)
        if kind == "NEGATE":
            return True
        if kind == "LITERAL" and chr(arg) in WHITE_SPACE:
            return True
        if kind == "RANGE" and any(arg[0] <= ord(w) <= arg[1] for w in WHITE_SPACE):
            return True
        if kind == "CATEGORY" and "SPACE" in str(arg) or kind == "CATEGORY" and "NOT" in str(arg):
            return True
    return False


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.name)
def test_no_pattern_matches_white_space_or_fewer_characters_than_the_pre_check_asks(pattern: Pattern) -> None:
    """What makes skipping texts without a run of SHORTEST_MATCH non-space characters exact."""
    tree = re_parser.parse(pattern.regex)
    assert tree.getwidth()[0] >= SHORTEST_MATCH, f"{pattern.name} can match {tree.getwidth()[0]} characters"
    risky = [(n, av) for n, av in _consumed_items(list(tree)) if _may_match_white_space(n, av)]
    assert risky == [], f"{pattern.name} may consume white space: {risky}"


def test_a_key_in_a_text_of_short_words_is_still_found_and_prose_is_skipped() -> None:
    recognizer = ApiKeyRecognizer()
    key = "ghp_" + "aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hI6"
    assert [r.entity_type for r in recognizer.analyze(f"de sleutel is {key} ok", ["SECRET"])] == ["SECRET"]
    assert recognizer.analyze("een gewone zin met korte woorden, zonder sleutel", ["SECRET"]) == []


def test_the_look_behind_gates_say_what_their_patterns_require() -> None:
    """The words the mailgun, Twilio and SAS patterns' look-behinds need are tested once per text
    (ApiKeyRecognizer.gate_ok): with the word the key counts, without it neither way does."""
    from dlp_proxy.detection.recognizers.api_key_recognizer import _LOOKBEHIND_GATES

    r = ApiKeyRecognizer()
    hex32 = "3f9a1c77e2b84d0c9a6f5e21b7d43c88"
    sig = "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1h"
    cases = {
        "mailgun_key": (f"MAILGUN config: key-{hex32}", f"config: key-{hex32}"),
        "twilio_api_key": (f"Twilio: SK{hex32}", f"Service: SK{hex32}"),
        "azure_sas_signature": (f"https://x.blob.core.windows.net/c/f?sv=1&sig={sig}", f"https://x/c/f?sv=1&s={sig}"),
        "totp_seed": ("otpauth://totp/a?secret=K7QWZ2M4XR5TNV3LQ6PJ", "totp://a?secret=K7QWZ2M4XR5TNV3LQ6PJ"),
        "okta_token": (f"okta: 00{hex32}aB3dE5fG", f"id: 00{hex32}aB3dE5fG"),
        "gitlab_session": (f"_gitlab_session={hex32}", f"_session={hex32}"),
        "facebook_app_token": (f"123456789012345|{hex32}", f"123456789012345/{hex32}"),
    }
    for name, (with_word, without) in cases.items():
        pattern = next(p for p in r.patterns if p.name == name)
        assert r.gate_ok(pattern, with_word) and not r.gate_ok(pattern, without), name
        assert [x for x in r.analyze(with_word, ["SECRET"])], name
        assert not [x for x in r.analyze(without, ["SECRET"])], name
    assert set(_LOOKBEHIND_GATES) <= {p.name for p in r.patterns}


def test_the_long_run_test_answers_as_its_pattern() -> None:
    """_has_long_run splits the text instead of scanning it; the information separators, which
    str.split() splits at and \\S does not, send it back to the pattern."""
    import random

    from dlp_proxy.detection.recognizers.api_key_recognizer import _LONG_RUN, _has_long_run

    rng = random.Random(3)
    pieces = ["abcdefg", "xyz", "0123456789", " ", "\t", "\n", "\x1c", "\x1f", "\u00a0", "\u2003", "é", "-", "_"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert _has_long_run(text) == (_LONG_RUN.search(text) is not None), repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Telegram bot token in the Bot API's URL; not glued to another word
        (
            "https://api.telegram.org/bot1979373326:AAz7lt6k3MAkVuayJZpjiufnmDD6CmXfqRn/sendMessage",
            ["1979373326:AAz7lt6k3MAkVuayJZpjiufnmDD6CmXfqRn"],
        ),
        ("robot1979373326:AAz7lt6k3MAkVuayJZpjiufnmDD6CmXfqRn", []),
        # a Mollie test-mode key is a key; "test_" before a word is a placeholder
        ("MOLLIE_KEY_TEST=test_YGQqPgqUwvEXYxcH0pEWSOF8NphWq7", ["test_YGQqPgqUwvEXYxcH0pEWSOF8NphWq7"]),
        ("MOLLIE_KEY_TEST=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", []),
    ],
)
def test_when_a_telegram_token_is_in_a_url_or_a_mollie_key_is_in_test_mode_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert [value for value, _ in found(text)] == expected


def _bitlocker(seed: int) -> str:
    import random

    rng = random.Random(seed)
    return "-".join(f"{rng.randrange(0, 65536) * 11:06d}" for _ in range(8))


@pytest.mark.parametrize(
    "text",
    [
        "BitLocker recovery key for laptop NB-2231: {key}",
        "Herstelsleutel: {key} (id 4F2A)",
        "{key}",
        "Recovery key\n{key}\nKey ID: 4F2A19C0",
    ],
)
def test_when_a_bitlocker_recovery_key_is_pasted_then_it_is_one_secret(text: str) -> None:
    key = _bitlocker(len(text))
    text = text.format(key=key)
    found = [(r.entity_type, text[r.start : r.end]) for r in RECOGNIZER.analyze(text, ["SECRET"])]
    assert found == [("SECRET", key)]


@pytest.mark.parametrize(
    "text",
    [
        # a group that is no multiple of 11, or too large for 16 bits
        "Serials: 418902-553201-098716-330429-611358-702147-219978-450087",
        "Key: 368291-516923-041811-671330-359073-074756-226138-999999",
        # seven groups, nine groups, or one repeated group
        "368291-516923-041811-671330-359073-074756-226138",
        "368291-516923-041811-671330-359073-074756-226138-163218-163218",
        "000000-000000-000000-000000-000000-000000-000000-000000",
    ],
)
def test_when_digit_groups_fail_the_bitlocker_check_then_no_finding(text: str) -> None:
    assert RECOGNIZER.analyze(text, ["SECRET"]) == []
