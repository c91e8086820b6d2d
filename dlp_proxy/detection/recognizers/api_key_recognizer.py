"""SECRET: API keys and tokens with a vendor-specific shape (OpenAI, Anthropic, AWS, GitHub, ...)."""

from __future__ import annotations

import base64
import binascii

import regex
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.recognizers.hinted import HintedPatternRecognizer
from dlp_proxy.detection.secret_values import PUBLISHED_EXAMPLES, is_placeholder, looks_random, random_token

# Not preceded by a character a token can contain, so "task-..." never yields "sk-...".
_START = r"(?<![A-Za-z0-9_-])"
# Not followed by one either, for bodies of a fixed length.
_END = r"(?![A-Za-z0-9_-])"

# Every pattern starts with a vendor prefix, so hashes, UUIDs and git SHAs cannot match.
# Prefixes and lengths are the vendors' documented formats as collected by gitleaks and
# detect-secrets; bodies are bounded and possessive, so each pattern runs in linear time.
# Private keys, JWTs, connection strings and key=value assignments have their own recognizers.
PATTERNS = [
    # OpenAI: sk-, sk-proj-, sk-svcacct-, sk-admin- (legacy keys hold "T3BlbkFJ"); the
    # body is checked in validate_result, since "sk-" alone is a weak anchor.
    Pattern("openai_key", _START + r"sk-(?!ant-)[A-Za-z0-9_-]{20,300}+", 0.9),
    # Anthropic: sk-ant-api03- (API), -admin01- (Admin API), -oat01-/-ort01- (OAuth), -sid01- (session).
    # A full key has 95 characters after the prefix; a shorter paste of one still leaks it.
    Pattern("anthropic_key", _START + r"sk-ant-(?:api|admin|oat|ort|sid)\d\d-[A-Za-z0-9_-]{20,300}+", 0.95),
    # AWS access key ids: a 4-character prefix (AKIA long-term, ASIA temporary) and 16 upper-case
    # letters or digits, 0, 1, 8 and 9 included (the form detect-secrets and TruffleHog accept;
    # canonical.py compacts the same ids written with separators); a dash may follow
    # ("AKIA...-<secret>" glued together).
    Pattern(
        "aws_access_key_id", r"(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])", 0.9
    ),
    Pattern("github_token", _START + r"gh[pousr]_[A-Za-z0-9]{36,251}+" + _END, 0.95),
    Pattern("github_fine_grained_pat", _START + r"github_pat_[A-Za-z0-9_]{60,255}+" + _END, 0.95),
    # GitLab: personal/deploy/runner/trigger/feed/mail/agent/OAuth/SCIM/feature-flag/CI job
    # tokens (routable ones end in ".xxxxxxxxx"), and runner registration tokens.
    Pattern(
        "gitlab_token",
        _START
        + r"(?:gl(?:pat|dt|rt|ptt|ft|imt|agent|oas|soat|ffct|cbt)-[A-Za-z0-9_-]{20,300}+(?:\.[a-z0-9]{9}"
        + _END
        + r")?|GR1348941[A-Za-z0-9_-]{20,64}+)",
        0.95,
    ),
    # Slack bot/user/app/config/refresh tokens (xoxb-, xoxp-, xoxa-, xoxe.xoxp-, xapp-, ...).
    Pattern("slack_token", _START + r"(?:(?:xoxe\.)?xox[abposre]|xapp)-[A-Za-z0-9-]{10,250}+", 0.9),
    Pattern(
        "slack_webhook",
        r"https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+-]{20,250}+",
        0.9,
    ),
    # Discord and Microsoft Teams incoming webhooks: whoever has the URL can post to the channel.
    Pattern(
        "discord_webhook",
        r"https?://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}+/[A-Za-z0-9_-]{60,80}+",
        0.9,
    ),
    Pattern(
        "teams_webhook",
        r"https?://[A-Za-z0-9-]{1,63}+\.webhook\.office\.com/webhookb2/[0-9A-Fa-f-]{36}@[0-9A-Fa-f-]{36}"
        r"/IncomingWebhook/[0-9A-Fa-f]{32}/[0-9A-Fa-f-]{36}(?:/[A-Za-z0-9_-]{20,80}+)?",
        0.9,
    ),
    # Secret and restricted keys; publishable keys (pk_) are public by design, in every checkout page.
    Pattern("stripe_key", _START + r"(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{16,247}+" + _END, 0.95),
    Pattern("stripe_webhook_secret", _START + r"whsec_[A-Za-z0-9+/=]{24,100}+", 0.9),
    Pattern("google_api_key", _START + r"AIza[A-Za-z0-9_-]{35}" + _END, 0.9),
    Pattern("google_oauth_client_secret", _START + r"GOCSPX-[A-Za-z0-9_-]{28}" + _END, 0.95),
    Pattern("google_oauth_token", _START + r"ya29\.[A-Za-z0-9_-]{30,2048}+", 0.85),
    Pattern("sendgrid_key", _START + r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}" + _END, 0.95),
    Pattern("npm_token", _START + r"npm_[A-Za-z0-9]{36}" + _END, 0.9),
    # PyPI tokens are macaroons: the base64 of their header names pypi.org or test.pypi.org.
    Pattern("pypi_token", _START + r"pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}+", 0.95),
    Pattern("huggingface_token", _START + r"(?:hf_|api_org_)[A-Za-z0-9]{34,40}+" + _END, 0.9),
    Pattern("shopify_token", _START + r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}" + _END, 0.95),
    Pattern("digitalocean_token", _START + r"do[opr]_v1_[a-f0-9]{64}" + _END, 0.95),
    Pattern("databricks_token", _START + r"dapi[a-f0-9]{32}(?:-\d)?" + _END, 0.9),
    Pattern("atlassian_token", _START + r"ATATT3[A-Za-z0-9_=-]{150,300}+", 0.9),
    # Telegram bot tokens: the bot's numeric id, a colon, 35 characters starting with "A".
    # Also in the Bot API's URLs: "https://api.telegram.org/bot<token>/getMe".
    Pattern("telegram_bot_token", r"(?:(?<![\w:])|(?<=/bot))\d{8,10}:A[A-Za-z0-9_-]{34}" + _END, 0.85),
    # Discord bot tokens: base64 of the bot's numeric id (validated), a timestamp, an HMAC.
    Pattern(
        "discord_bot_token", _START + r"[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}" + _END, 0.85
    ),
    # Entra ID (Azure AD) client secrets of the current format carry "Q~" after 3 characters and a digit.
    Pattern("azure_ad_client_secret", r"(?<![\w~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![\w~.-])", 0.8),
    # Twilio API key and account SIDs and Mailgun keys are bare hex after a short prefix: they count
    # only with the vendor's name (or "account_sid") up to 200 characters before, a config section
    # header included ("mailgun:\n  key: key-..."); checked after the cheap match.
    Pattern(
        "twilio_api_key",
        _START + r"(?:SK|AC)[0-9a-f]{32}" + _END + r"(?<=(?i:twilio|account_?sid)[\s\S]{0,200}(?:SK|AC)[0-9a-f]{32})",
        0.85,
    ),
    Pattern(
        "mailgun_key",
        _START
        + r"(?:key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})"
        + _END
        + r"(?<=(?i:mailgun)[\s\S]{0,200}(?:key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}))",
        0.85,
    ),
    # Docker Hub personal access tokens, Groq, Replicate, Linear, Postman, Grafana service accounts
    # and Cloud tokens, Bitbucket app passwords, Heroku's current API keys.
    Pattern("docker_pat", _START + r"dckr_pat_[A-Za-z0-9_-]{24,100}+" + _END, 0.95),
    Pattern("groq_key", _START + r"gsk_[A-Za-z0-9]{40,64}+" + _END, 0.95),
    Pattern("replicate_token", _START + r"r8_[A-Za-z0-9]{30,40}+" + _END, 0.9),
    Pattern("linear_key", _START + r"lin_(?:api|oauth)_[A-Za-z0-9]{32,64}+" + _END, 0.95),
    Pattern("postman_key", _START + r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}" + _END, 0.95),
    Pattern(
        "grafana_token",
        _START + r"(?:glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}+={0,2}+)" + _END,
        0.95,
    ),
    Pattern("bitbucket_app_password", _START + r"ATBB[A-Za-z0-9_=.-]{28,40}+" + _END, 0.9),
    Pattern("heroku_key", _START + r"HRKU-[A-Za-z0-9_-]{40,80}+" + _END, 0.95),
    # New Relic user, insert and browser keys (NRAK-, NRII-, NRJS-) and license keys (40 hex ending NRAL).
    Pattern("new_relic_key", _START + r"(?:NR(?:AK|II|JS)-[A-Za-z0-9_-]{19,32}+|[a-f0-9]{36}NRAL)" + _END, 0.9),
    # HashiCorp Vault service, batch and recovery tokens.
    Pattern("vault_token", _START + r"hv[sbr]\.[A-Za-z0-9_-]{24,300}+" + _END, 0.9),
    # Notion integration secrets (secret_ + 43, ntn_ + 46), Square access and OAuth secrets,
    # Mollie API keys (live_/test_ + 30): the body must look random (validate_result).
    Pattern("notion_token", _START + r"(?:secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{46})" + _END, 0.9),
    Pattern("square_token", _START + r"(?:EAAA[A-Za-z0-9_-]{60}|sq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}+)" + _END, 0.9),
    Pattern("mollie_key", _START + r"(?:live|test)_[A-Za-z0-9]{30}" + _END, 0.85),
    # AI and developer platforms with a vendor prefix: xAI, Perplexity, LangSmith, Pinecone, Supabase,
    # Netlify, Sentry, Doppler, Pulumi, Figma, Buildkite, Contentful, Airtable, age secret keys,
    # Alibaba Cloud access key ids, Mapbox secret tokens, Firebase Cloud Messaging server keys,
    # Braintree access tokens, Terraform Cloud tokens and ElevenLabs keys (sk_ + 48 hex).
    Pattern(
        "platform_token",
        _START + r"(?:xai-[A-Za-z0-9]{70,90}+|pplx-[A-Za-z0-9]{40,56}+|lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}"
        r"|pcsk_[A-Za-z0-9_]{40,90}+|sbp_[a-f0-9]{40}|nfp_[A-Za-z0-9]{36,40}+|sntry[su]_[A-Za-z0-9+/=_]{60,200}+"
        r"|dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{2,35}+\.)?[A-Za-z0-9]{40,44}+|pul-[a-f0-9]{40}|figd_[A-Za-z0-9_-]{40,44}+"
        r"|bkua_[a-f0-9]{40}|CFPAT-[A-Za-z0-9_-]{43}|pat[A-Za-z0-9]{14}\.[a-f0-9]{64}|AGE-SECRET-KEY-1[0-9A-Z]{58}"
        r"|LTAI[A-Za-z0-9]{20}|sk\.eyJ[A-Za-z0-9_-]{20,300}+\.[A-Za-z0-9_-]{20,100}+"
        r"|AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,200}+|access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32}"
        r"|[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}+|sk_[a-f0-9]{48})" + _END,
        0.9,
    ),
    # More vendor prefixes from gitleaks' rule set: 1Password secret keys and service-account
    # tokens, Adobe client secrets, Artifactory API and reference tokens, Amazon Bedrock API keys,
    # ClickHouse Cloud, Clojars, Cloudflare origin CA keys, Duffel, Dynatrace, EasyPost, Facebook
    # page tokens, Flutterwave, Fly.io, Frame.io, Grafana API keys, Harness, Infracost, 42 Intra,
    # Mailchimp (32 hex and the data centre), MaxMind licence keys, Octopus Deploy, OpenShift,
    # PlanetScale, Prefect, ReadMe, RubyGems, Scalingo, Brevo (Sendinblue), SettleMint, Shippo,
    # Sourcegraph, Typeform, Yandex API keys and IAM tokens, Defined Networking, Authress, Mailgun
    # public keys, X (Twitter) app bearer tokens (22 "A"s), Facebook app tokens (app id | secret).
    # Weak prefixes need a random body (validate_result).
    Pattern(
        "vendor_token",
        _START + r"(?:A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}"
        r"|ops_eyJ[A-Za-z0-9+/]{250,4000}+={0,3}+|p8e-[A-Za-z0-9]{32}|AKCp[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{59}"
        r"|ABSK[A-Za-z0-9+/]{109,269}+={0,2}+|4b1d[A-Za-z0-9]{38}|CLOJARS_[A-Za-z0-9]{60}"
        r"|v1\.0-[a-f0-9]{24}-[a-f0-9]{146}|duffel_(?:test|live)_[A-Za-z0-9_=-]{43}"
        r"|dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}|EZ[AT]K[A-Za-z0-9]{54}|EAA[MC][A-Za-z0-9]{100,400}+"
        r"|FLW(?:SECK|PUBK)(?:_TEST)?-[a-hA-H0-9]{32}-X|fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,2000}+={0,3}+"
        r"|fio-u-[A-Za-z0-9_=-]{64}|eyJrIjoi[A-Za-z0-9]{70,400}+={0,3}+"
        r"|pat\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}|sat\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}"
        r"|ico-[A-Za-z0-9]{32}|s-s4t2(?:ud|af)-[a-f0-9]{64}"
        r"|API-[A-Z0-9]{26}|sha256~[A-Za-z0-9_-]{43}|pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_=.-]{32,64}+"
        r"|pnu_[A-Za-z0-9]{36}|rdme_[a-z0-9]{70}|rubygems_[a-f0-9]{48}|tk-us-[A-Za-z0-9_-]{48}"
        r"|xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}|xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}|sm_(?:aat|pat|sat)_[A-Za-z0-9]{16}"
        r"|shippo_(?:live|test)_[a-fA-F0-9]{40}|sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}"
        r"|tfp_[A-Za-z0-9_.=-]{59}|AQVN[A-Za-z0-9_-]{35,38}+|t1\.[A-Za-z0-9_-]{20,200}+={0,2}+\.[A-Za-z0-9_-]{86}={0,2}"
        r"|dnkey-[A-Za-z0-9_=-]{26}-[A-Za-z0-9_=-]{52}|pubkey-[a-f0-9]{32}|AAAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{80,120}+"
        r"|(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}+\.[A-Za-z0-9]{4,6}\.acc[_-][A-Za-z0-9-]{10,32}+\.[A-Za-z0-9+/_=-]{30,120}+)"
        + _END,
        0.9,
    ),
    # Three without a prefix: Mailchimp keys (32 hex, "-us" and the data centre), MaxMind licence
    # keys (ending "_mmk"), Facebook app tokens (the app's numeric id, "|", the app secret).
    Pattern("mailchimp_key", _START + r"[a-f0-9]{32}-us[0-9]{1,2}" + _END, 0.9),
    Pattern("maxmind_key", _START + r"[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk" + _END, 0.9),
    Pattern("facebook_app_token", r"(?<![\w|])\d{15,16}\|[A-Za-z0-9_-]{27,40}+" + _END, 0.85),
    # Okta API tokens ("00" and 40 characters) only with the vendor's name up to 200 characters
    # before, as Twilio's; a GitLab session cookie's value.
    Pattern(
        "okta_token",
        _START + r"00[A-Za-z0-9_=-]{40}" + _END + r"(?<=(?i:okta)[\s\S]{0,200}00[A-Za-z0-9_=-]{40})",
        0.85,
    ),
    Pattern("gitlab_session", r"(?<=_gitlab_session=)[0-9a-z]{32}" + _END, 0.9),
    # Azure shared access signatures: the sig= of a SAS URL (the HMAC, URL-encoded base64).
    Pattern("azure_sas_signature", r"(?<=[?&]sig=)[A-Za-z0-9%+/]{40,120}+(?:=|%3D|%3d)?", 0.9),
    # A one-time-password seed in an otpauth:// URI (what an authenticator's QR code holds): base32.
    Pattern(
        "totp_seed", r"(?<=otpauth://[^\s?]{1,300}\?(?:[^\s#]{0,500}&)?secret=)[A-Za-z2-7]{16,128}+(?:=|%3D){0,6}", 0.95
    ),  # A BitLocker recovery key: eight groups of six digits, each a multiple of 11 below 720896
    # (validate_result): it unlocks a whole encrypted disk.
    Pattern("bitlocker_recovery_key", r"(?<![\w-])\d{6}(?:-\d{6}){7}(?![\w-])", 0.9),
]

# Every pattern matches at least this many characters, none of them white space (the bodies are
# runs of token characters; tests/unit/detection/recognizers/test_api_key_recognizer.py proves
# both from the patterns): a text without such a run holds no key, and the 41 searches are skipped.
SHORTEST_MATCH = 15
_LONG_RUN = regex.compile(rf"\S{{{SHORTEST_MATCH}}}")
# Characters str.split() splits at that the pattern's \S does not (information separators).
_SPLIT_ONLY = frozenset("\x1c\x1d\x1e\x1f")


def _has_long_run(text: str) -> bool:
    """Whether _LONG_RUN matches: the longest piece of text.split() tells it, far cheaper than the
    pattern's scan, unless the text holds a character only str.split() splits at."""
    if _SPLIT_ONLY.isdisjoint(text):
        return max(map(len, text.split()), default=0) >= SHORTEST_MATCH
    return _LONG_RUN.search(text) is not None


_OPENAI_PREFIX = regex.compile(r"sk-(?:(?:proj|svcacct|admin)-)?")
# The words the look-behinds of three patterns require (the same matching as in the patterns).
_LOOKBEHIND_GATES = {
    "azure_sas_signature": regex.compile(r"[?&]sig="),
    "totp_seed": regex.compile(r"otpauth://"),
    "mailgun_key": regex.compile(r"(?i:mailgun)"),
    "twilio_api_key": regex.compile(r"(?i:twilio|account_?sid)"),
    "okta_token": regex.compile(r"(?i:okta)"),
    "gitlab_session": regex.compile(r"_gitlab_session="),
    "facebook_app_token": regex.compile(r"\d\|"),
    "bitlocker_recovery_key": regex.compile(r"\d{6}-\d{6}-"),
}
_ALNUM_RUN = regex.compile(r"[A-Za-z0-9]++")


# Prefixes that are also ordinary identifier starts ("secret_", "live_", "test_"): the body must look random.
_RANDOM_BODY_PREFIXES = (
    "secret_", "ntn_", "live_", "test_", "gsk_", "r8_", "lin_", "xai-", "pplx-", "LTAI", "pcsk_",
    "p8e-", "4b1d", "ico-", "API-", "pnu_", "cmVmd", "AKCp", "00", "AQVN",
)  # fmt: skip
# Short bodies (16 characters) after a weak prefix: letters and digits mixed, enough distinct ones.
_SHORT_RANDOM_PREFIXES = ("sm_aat_", "sm_pat_", "sm_sat_")
# A Facebook app token: the app's numeric id, "|", the app secret.
_APP_TOKEN = regex.compile(r"\d{15,16}\|(?P<secret>.+)")


def _openai_body_ok(token: str) -> bool:
    """sk-<random>: long, letters and digits, one unbroken random stretch ("sk-learn-..." has none)."""
    prefix = _OPENAI_PREFIX.match(token)
    body = token[prefix.end() :] if prefix else token
    longest = max((len(m) for m in _ALNUM_RUN.findall(body)), default=0)
    return looks_random(body, min_length=20, min_distinct=10) and longest >= 12


def _discord_ok(token: str) -> bool:
    """The first segment is the base64 of the bot's numeric user id."""
    first = token.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(first + "=" * (-len(first) % 4))
    except (binascii.Error, ValueError):
        return False
    return 15 <= len(decoded) <= 21 and decoded.isdigit()


def bitlocker_key(token: str) -> bool:
    """Eight groups of six digits, each a multiple of 11 whose quotient fits in 16 bits: the
    check Windows applies to a typed recovery key. A random group passes it one time in eleven."""
    groups = token.split("-")
    return len(groups) == 8 and all(g.isdigit() and int(g) % 11 == 0 and int(g) < 720896 for g in groups)


def _mixed_case(token: str) -> bool:
    """Hugging Face tokens mix upper and lower case; "hf_load_model..." identifiers do not."""
    body = token.removeprefix("hf_").removeprefix("api_org_")
    return any(c.isupper() for c in body) and any(c.islower() for c in body)


class ApiKeyRecognizer(HintedPatternRecognizer):
    """Credentials with a vendor-specific shape (OpenAI, Anthropic, AWS, GitHub, GitLab, Slack, Stripe, ...)."""

    PATTERNS = PATTERNS
    CONTEXT = [
        "key",
        "token",
        "secret",
        "api",
        "sleutel",
        "wachtwoord",
        "password",
        "credential",
        "bearer",
        "authorization",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="SECRET",
            name="ApiKeyRecognizer",
            patterns=list(self.PATTERNS),
            context=self.CONTEXT,
            supported_language=supported_language,
            # Vendor prefixes are case-sensitive ("AKIA", "ghp_"), so no IGNORECASE.
            global_regex_flags=0,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if not _has_long_run(text):
            return []  # no run of SHORTEST_MATCH characters without white space: no pattern can match
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

    def gate_ok(self, pattern: Pattern, text: str) -> bool:
        # What the look-behinds of these patterns require, which required_literals cannot read:
        # tested once per text instead of at every position of the scan.
        gate = _LOOKBEHIND_GATES.get(pattern.name)
        return gate is None or gate.search(text) is not None

    def validate_result(self, pattern_text: str) -> bool | None:
        # Documentation placeholders ("sk-proj-xxxx...", "AKIAIOSFODNN7EXAMPLE", "ghp_YOUR...")
        # masked values and the vendors' published examples are not credentials
        # (SecretPlaceholderRecognizer reports them as SECRET_PLACEHOLDER, to be masked); nor is
        # a body of one repeated character.
        if pattern_text[0].isdigit() and pattern_text[6:7] == "-":
            return None if bitlocker_key(pattern_text) and len(set(pattern_text)) >= 5 else False
        if is_placeholder(pattern_text) or pattern_text in PUBLISHED_EXAMPLES or len(set(pattern_text)) < 8:
            return False
        if pattern_text.startswith("sk-") and not pattern_text.startswith("sk-ant-"):
            return None if _openai_body_ok(pattern_text) else False
        if pattern_text.startswith(("xox", "xapp-")):
            return None if any(c.isdigit() for c in pattern_text) else False
        if pattern_text.startswith(("hf_", "api_org_")):
            return None if _mixed_case(pattern_text) else False
        if pattern_text.startswith(_SHORT_RANDOM_PREFIXES):
            body = pattern_text.split("_", 2)[2]
            return None if looks_random(body, min_length=16, min_distinct=10) else False
        app = _APP_TOKEN.fullmatch(pattern_text)
        if app is not None:
            return None if random_token(app["secret"], labelled=True) else False
        if pattern_text.startswith(_RANDOM_BODY_PREFIXES):
            prefix = next(x for x in _RANDOM_BODY_PREFIXES if pattern_text.startswith(x))
            return None if random_token(pattern_text[len(prefix) :]) else False
        if pattern_text[0] in "MNO" and pattern_text.count(".") == 2:
            return None if _discord_ok(pattern_text) else False
        return None  # a vendor prefix and the right shape: keep the pattern's score
