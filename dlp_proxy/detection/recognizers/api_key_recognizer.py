"""SECRET: API keys, tokens and private keys with a recognisable vendor format."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

# Each pattern is anchored on a vendor prefix, so hashes, UUIDs and git SHAs do not match.
# Formats follow the vendors' documentation and the rules of detect-secrets/gitleaks.
PATTERNS = [
    Pattern("openai_key", r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}+", 0.9),
    Pattern("anthropic_key", r"\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{20,200}+", 0.95),
    Pattern("aws_access_key_id", r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b", 0.9),
    Pattern("github_token", r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}+\b", 0.95),
    Pattern("github_fine_grained_pat", r"\bgithub_pat_[A-Za-z0-9_]{60,255}+\b", 0.95),
    Pattern("gitlab_token", r"\bglpat-[A-Za-z0-9_-]{20,}+\b", 0.95),
    Pattern("slack_token", r"\bxox[abposr]-[A-Za-z0-9-]{10,250}+\b", 0.9),
    Pattern("slack_webhook", r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,}+", 0.9),
    Pattern("stripe_key", r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}+\b", 0.95),
    Pattern("google_api_key", r"\bAIza[0-9A-Za-z_-]{35}\b", 0.9),
    Pattern(
        "private_key_block",
        r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----",
        0.99,
    ),
    Pattern(
        "jwt",
        r"\beyJ[A-Za-z0-9_-]{8,2000}+\.eyJ[A-Za-z0-9_-]{8,8000}+\.[A-Za-z0-9_-]{16,2000}+",
        0.85,
    ),
]


class ApiKeyRecognizer(PatternRecognizer):
    """Credentials with a vendor-specific shape (OpenAI, Anthropic, AWS, GitHub, ...)."""

    CONTEXT = ["key", "token", "secret", "api", "sleutel", "wachtwoord", "password", "credential"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="SECRET",
            name="ApiKeyRecognizer",
            patterns=PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            # Vendor prefixes are case-sensitive ("AKIA", "ghp_"), so no IGNORECASE.
            global_regex_flags=0,
        )
