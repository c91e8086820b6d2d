"""Which tunnelled host names look like AI services, and their counts: discovery without decryption.

A host in neither catalogue is tunnelled untouched; all the proxy sees of it is the name the client
asked for (SNI, or the CONNECT target) and how long the connection stayed open. `ai_pattern` says
whether that name looks like an AI service; `Tally` counts such names per flush interval, bounded,
and `observed_records` turns the counts into the decision log's `observed` records. Counts only:
never a user, a client address, a path or a byte of the traffic.

The patterns, and why (each is a row in the report to classify, never a decision):
- cloud AI endpoints whose first label is the customer's own resource (`*.openai.azure.com`,
  Bedrock, Vertex AI, SageMaker runtime, Hugging Face endpoints): a catalogue cannot list them,
  and they carry the same prompts as the vendors' public APIs;
- words in a label that AI products are named by (`gpt`, `llm`, `openai`, `claude`, ...), matched on
  whole hyphen-separated tokens or their start or end: `chatgpt-proxy`, `llmgateway`, `azureopenai`,
  but not `hallmark` (`llm` inside a word) or `egypt` (ends in `gpt`, listed as a known word);
- a token that is exactly `ai` (`ai.example.com`, `my-ai-app.io`), and every name under the `.ai`
  TLD: the TLD is marketed to AI companies and the names employees reach under it are few.
  We count `.ai` names whatever their traffic; the record's `long_lived` (connections open
  `LONG_LIVED_SECONDS` or more, the one trace of streaming visible from outside) lets the report
  tell a chat app held open for its answer from a page that was only loaded.
Substrings inside words (`ai` in `mail.google.com`, `gemini` inside nothing) never match, so
ordinary names under `google.com`, `googleapis.com`, CDNs and identity providers are not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from dlp_proxy.pipeline.hosts import is_ip_literal, normalise

MAX_NAMES: Final = 10_000  # distinct names per flush interval; further ones only add to the overflow count
LONG_LIVED_SECONDS: Final = 30.0  # a tunnel open this long: a streamed answer or a held-open app
OVERFLOW_HOST: Final = "*"  # the host of the record that counts connections beyond MAX_NAMES
OVERFLOW_PATTERN: Final = "overflow"

# Managed AI endpoints of the clouds, by the domain under the customer's resource name.
CLOUD_SUFFIXES: Final = {
    ".openai.azure.com": "cloud:azure-openai",
    ".cognitiveservices.azure.com": "cloud:azure-ai-services",
    ".services.ai.azure.com": "cloud:azure-ai-foundry",
    ".models.ai.azure.com": "cloud:azure-ai-models",
    ".inference.ml.azure.com": "cloud:azure-ml-endpoint",
    ".endpoints.huggingface.cloud": "cloud:huggingface-endpoint",
    ".hf.space": "cloud:huggingface-space",
}
CLOUD_NAMES: Final = (
    (re.compile(r"bedrock(-runtime|-agent-runtime|-agent)?(-fips)?\.[a-z0-9-]+\.amazonaws\.com"), "cloud:aws-bedrock"),
    (re.compile(r"runtime\.sagemaker\.[a-z0-9-]+\.amazonaws\.com"), "cloud:aws-sagemaker"),
    (re.compile(r"([a-z0-9-]+-)?aiplatform\.googleapis\.com"), "cloud:google-vertex-ai"),
    (re.compile(r"generativelanguage\.googleapis\.com"), "cloud:google-gemini-api"),
)
# Words AI products are named by: a token (a label split at hyphens and digits) that is one of
# them, or starts or ends with one (`chatgpt`, `llmproxy`). `ai` only as a whole token.
KEYWORDS: Final = (
    "gpt",
    "llm",
    "openai",
    "anthropic",
    "claude",
    "gemini",
    "copilot",
    "chatbot",
    "mistral",
    "ollama",
    "inference",
)
WHOLE_TOKENS: Final = frozenset({"ai"})
# Ordinary words that start or end with a keyword.
KNOWN_WORDS: Final = frozenset({"egypt", "egyptian", "philanthropic", "misanthropic", "claudette", "geminids"})
# Registrable domains that carry a keyword but are no AI service (the keyword is their own name).
NOT_AI: Final = frozenset({"gemini.com"})  # Gemini, a crypto exchange

_NAME = re.compile(r"(?=.{1,253}\Z)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\.)+[a-z][a-z0-9-]{0,62}\Z")
_TOKEN_SPLIT = re.compile(r"[-_0-9]+")


def host_name(name: str | None) -> str | None:
    """The name as the report shows it (lower case, no port or trailing dot), or None when it is no
    DNS host name: an IP literal, a single label, or anything with other characters (a client's
    SNI is its own text; nothing else than a plain name may reach the log)."""
    host = normalise(name)
    if host is None or is_ip_literal(host) or not _NAME.match(host):
        return None
    return host


def ai_pattern(host: str) -> str | None:
    """The pattern a normalised host name matches (`cloud:azure-openai`, `keyword:gpt`, `token:ai`,
    `tld:ai`), or None when it does not look like an AI service."""
    if any(host == d or host.endswith("." + d) for d in NOT_AI):
        return None
    for suffix, pattern in CLOUD_SUFFIXES.items():
        if host.endswith(suffix):
            return pattern
    for regex, pattern in CLOUD_NAMES:
        if regex.fullmatch(host):
            return pattern
    labels = host.split(".")
    for token in (t for label in labels[:-1] for t in _TOKEN_SPLIT.split(label) if t):
        if token in WHOLE_TOKENS:
            return f"token:{token}"
        if token in KNOWN_WORDS:
            continue
        for word in KEYWORDS:
            if token.startswith(word) or token.endswith(word):
                return f"keyword:{word}"
    return "tld:ai" if labels[-1] == "ai" else None


@dataclass
class Seen:
    """One name's counts in the current interval; times are Unix seconds."""

    pattern: str
    first: float
    last: float
    connections: int = 0
    long_lived: int = 0


@dataclass
class Tally:
    """Connections per AI-looking name since the last flush, at most `limit` names; a name beyond
    that adds to `overflow`. Not thread-safe: the event loop is its only user."""

    limit: int = MAX_NAMES
    names: dict[str, Seen] = field(default_factory=dict)
    overflow: int = 0
    overflow_first: float = 0.0
    overflow_last: float = 0.0

    def _seen(self, host: str, pattern: str, now: float, connection: bool) -> Seen | None:
        seen = self.names.get(host)
        if seen is None:
            if len(self.names) >= self.limit:
                self._overflowed(1 if connection else 0, now, now)
                return None
            seen = self.names[host] = Seen(pattern, now, now)
        seen.last = max(seen.last, now)
        return seen

    def connected(self, host: str, pattern: str, now: float) -> None:
        """A tunnel to `host` started."""
        if (seen := self._seen(host, pattern, now, True)) is not None:
            seen.connections += 1

    def closed_long(self, host: str, pattern: str, now: float) -> None:
        """A tunnel to `host` closed after at least LONG_LIVED_SECONDS (perhaps counted in an
        earlier interval: then this interval has the name with no new connection)."""
        if (seen := self._seen(host, pattern, now, False)) is not None:
            seen.long_lived += 1

    def take(self) -> Tally:
        """The counts so far, leaving this tally empty (the next interval starts)."""
        taken = Tally(self.limit, self.names, self.overflow, self.overflow_first, self.overflow_last)
        self.names, self.overflow, self.overflow_first, self.overflow_last = {}, 0, 0.0, 0.0
        return taken

    def only(self, hosts: set[str]) -> Tally:
        """The counts of these names (OVERFLOW_HOST: the overflow's), e.g. those whose records failed."""
        names = {h: s for h, s in self.names.items() if h in hosts}
        if OVERFLOW_HOST not in hosts:
            return Tally(self.limit, names)
        return Tally(self.limit, names, self.overflow, self.overflow_first, self.overflow_last)

    def merge(self, older: Tally) -> None:
        """Add counts back that could not be written (the log failed), within the same bound."""
        for host, s in older.names.items():
            mine = self.names.get(host)
            if mine is not None:
                mine.first, mine.last = min(mine.first, s.first), max(mine.last, s.last)
                mine.connections += s.connections
                mine.long_lived += s.long_lived
            elif len(self.names) < self.limit:
                self.names[host] = s
            else:
                self._overflowed(s.connections, s.first, s.last)
        if older.overflow:
            self._overflowed(older.overflow, older.overflow_first, older.overflow_last)

    def _overflowed(self, connections: int, first: float, last: float) -> None:
        self.overflow += connections
        self.overflow_first = min(self.overflow_first, first) if self.overflow_first else first
        self.overflow_last = max(self.overflow_last, last)

    def __bool__(self) -> bool:
        return bool(self.names) or self.overflow > 0


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def observed_records(tally: Tally, policy_version: str) -> Iterator[dict[str, Any]]:
    """One `observed` record per name (dlp_proxy/audit/schema.json), sorted by name, then the
    overflow's (host `*`) when names were left uncounted."""
    rows = [(host, s.pattern, s.connections, s.long_lived, s.first, s.last) for host, s in sorted(tally.names.items())]
    if tally.overflow:
        rows.append((OVERFLOW_HOST, OVERFLOW_PATTERN, tally.overflow, 0, tally.overflow_first, tally.overflow_last))
    for host, pattern, connections, long_lived, first, last in rows:
        record: dict[str, Any] = {
            "event": "observed",
            "schema_version": 1,
            "policy_version": policy_version,
            "host": host,
            "pattern": pattern,
            "connections": connections,
        }
        if long_lived:
            record["long_lived"] = long_lived
        record["first_seen"], record["last_seen"] = _iso(first), _iso(last)
        yield record
