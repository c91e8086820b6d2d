"""`settings:` of the policy (rules/policy.yaml): the organisation's name, languages, fail
modes, limits, evidence and the pseudonym vault. Its own module so that schema.py stays small."""

from __future__ import annotations

from pydantic import Field

from dlp_proxy.policy.audio_section import Audio
from dlp_proxy.policy.common import ENV_NAME, FailMode, Images, Language, Mode, Strict, Texts


class Evidence(Strict):
    """Optional evidence in decision records (off by default; works councils and the DPO decide)."""

    # The prompt with every finding masked (never the original).
    masked_prompt: bool = False
    # A keyed fingerprint (HMAC-SHA256) per detected value, to answer "was this BSN sent
    # anywhere?" without storing it: `dlp-proxy audit fingerprint` computes one to search for.
    fingerprints: bool = False
    key_env: str = Field(default="DLP_EVIDENCE_KEY", pattern=ENV_NAME)


class Pseudonyms(Strict):
    """The vault of values replaced by placeholders (action pseudonymise), per user and tool."""

    # How long a user's placeholders stay restorable after their last use in that tool.
    ttl_hours: float = Field(default=24.0, gt=0)
    # The key values are encrypted with in Redis (DLP_REDIS_URL); needed there, optional in memory.
    key_env: str = Field(default="DLP_VAULT_KEY", pattern=ENV_NAME)


class Settings(Strict):
    name: str
    owner: str
    default_language: Language = "nl"
    fail_mode: FailMode = "block"
    max_body_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    detection_timeout_seconds: float = Field(default=10.0, gt=0)
    images: Images = "ocr"
    audio: Audio = "allow"
    # The time OCR may take for all images of one request together; past it the fail mode decides.
    ocr_timeout_seconds: float = Field(default=10.0, gt=0)
    # enforce: act on decisions; monitor: only log what would have happened (roll-out).
    mode: Mode = "enforce"
    # When a decision cannot be written to the log: block (fail closed) or allow.
    audit_fail_mode: FailMode = "block"
    evidence: Evidence = Field(default_factory=Evidence)
    pseudonyms: Pseudonyms = Field(default_factory=Pseudonyms)
    # A tool whose last review is older than this is reported by `policy check`.
    review_every_months: int = Field(default=12, ge=1)
    # Also know the bundled catalogue's AI services as unlisted tools; false: only the organisation's own.
    bundled_catalogue: bool = True
    # Show a browser user the policy summary once per policy version, before an approved tool's page
    # first loads; log their acknowledgement (dlp_proxy.proxy.first_contact_addon). Never for API clients.
    first_contact: bool = False
    help: Texts
