"""SECRET: a random token next to a key word, in Dutch or English ("Hier is de sleutel: <40 random
characters>", "use this API key aB3x...", "token:\\n<token>").

Vendor shapes and `key = value` assignments have their own recognizers; this one catches the
keys with no shape of their own when prose names them. A token counts when a key word (sleutel,
wachtwoord, geheim, token, secret, key, api key, password, credentials, ...) stands before it
in the same sentence, at most _WINDOW characters back, or ends the line before it with a colon,
and the token looks generated (secret_values.random_token: 20-256 characters, mixed character
classes, normalised Shannon entropy >= 0.74, no words; never a host or file name, path, URL or
e-mail address). Pure hex and UUIDs count only when the key word names them directly
("sleutel: 3f2a...", "token = <uuid>"), so git SHAs, digests and request ids in a text about
tokens stay out.

The thresholds were measured, not guessed (bench/data corpus, both seeds, plus random draws):
the 932 non-secret tokens of 20+ characters in the tuning corpus (IBANs, SHAs, UUIDs, hosts,
user names, builds) and 55 hand-written look-alikes (model names, identifiers, paths, ARNs,
timestamps) all fail random_token; random tokens pass at 95-99 % for 20-24 characters, 97-100 %
for 32-40 and 99-100 % from 64 on, over base62, base64, base64url, and one letter case with
digits. Entropy alone does not separate them: written identifiers reach 0.93 normalised entropy,
as high as random ones; it rejects repetitive strings, and the word test does the rest.

The search runs token first (20+ character runs are rare in prose, key words are not), each
token looking back at most one window and one key word's length, so the cost stays linear.
"""

from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.recognizers.plain import PlainRecognizer
from dlp_proxy.detection.results import metadata
from dlp_proxy.detection.secret_keys import NOT_SECRET_KEYS, NOT_SECRET_TOKENS
from dlp_proxy.detection.secret_values import PUBLISHED_EXAMPLES, is_placeholder, random_token, strong_password

# Key words, singular and plural; Dutch compounds end in the word ("toegangssleutel", "api-sleutel",
# "beheerwachtwoord"), English ones stand alone ("api_key" and "x-api-key" still count: '_' and
# '-' are not letters).
_KEYWORD = regex.compile(
    r"(?<![\w-])[\w-]{0,30}?(?i:sleutel|wachtwoord|paswoord)(?i:s|en)?(?![A-Za-z])"
    r"|(?<![\w-])(?i:toegangs|sessie|verificatie|authenticatie)-?tokens?(?![A-Za-z])"
    r"|(?<![A-Za-z])(?i:geheim(?:en)?|inloggegevens|api[ _-]?keys?|apikeys?|access[ _-]?keys?|tokens?|secrets?"
    r"|keys?|passwords?|passwd|passphrases?|credentials?|bearer)(?![A-Za-z])"
)
# Words before the key word that make it something public or no credential ("public key",
# "max tokens", "primary key"), and words right after it that name something about the key
# ("key fingerprint", "token id", "secret name", "wachtwoordbeleid" is one word and never matches).
_QUALIFIER_BEFORE = regex.compile(r"(?<![A-Za-z])([A-Za-z]+)[ _-]*$")
_NOT_SECRET_BEFORE = NOT_SECRET_KEYS | frozenset(NOT_SECRET_TOKENS) | {"ssh", "gpg", "pgp", "rsa", "host"}
_AFTER = regex.compile(r"[ _-]?([A-Za-z]+)")
_NOT_SECRET_AFTER = frozenset(
    """id ids name names type types count limit limits length fingerprint fingerprints hash checksum digest
    thumbprint vault file files path url uri expiry expires expiration lifetime ttl policy manager format size
    usage rotation header headers field fields prefix scope scopes endpoint endpoints server store
    naam nummer beleid""".split()
)
# The token: base64, base64url, dotted, or with the symbols of a generated password
# ("6SLk8MIqwCGLLBp$D349"); a trailing full stop is trimmed.
_MIN_TOKEN = 20
_TOKEN = regex.compile(
    r"(?<![A-Za-z0-9+/=_.~!#$%&*@^-])[A-Za-z0-9+/_.~!#$%&*@^-]{20,256}+={0,2}+(?![A-Za-z0-9+/=_~!#$%&*@^-])"
)
# An SSH public key's base64 starts with the length-prefixed algorithm name: public, not a secret.
_SSH_PUBLIC_KEY = regex.compile(r"AAAA(?:B3NzaC1|C3NzaC1|E2VjZHNh)")
_WINDOW = 60  # characters from the end of the key word to the token
_LONGEST_KEYWORD = 40  # a Dutch compound ends in the key word: look back this much further for its start
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")
# Only these between the key word and the token make it a direct label ("key: x", "token = 'x'",
# "sleutel is x", "Bearer x"): then hex and UUIDs count too.
_LABEL = regex.compile(
    r"[ \t]*+(?:[:=]|(?i:is|was|luidt|wordt)(?=[ \t]))[ \t]*+[\"'`]?"
    # an apposition: "The new key, 3f2a..., replaces the old one"
    r"|[ \t]*+,[ \t]++"
    # a space after a compound that can only name a credential: "Bearer x", "auth token x", "api key x"
    r"|(?<=(?i:bearer|auth[ _-]token|access[ _-]token|api[ _-]?key|app[ _-]key|license[ _-]key|sleutel|secret"
    r"|toegangstoken))[ \t]++"
)
# What may stand between a line that ends in a colon and the token opening a later line: blank
# lines and a Markdown fence ("Hier is de sleutel:\n```\n<token>").
_LEAD = regex.compile(r"(?:[ \t]*+(?:```\w*+)?[ \t]*+\r?\n){0,3}+[ \t]*+[\"'`]?$")
# A token standing alone: after a sentence that ends in . ! ? or a dash, or at the start of a
# line, and ending its own line or the text ("Kun je deze API-sleutel instellen? <token>",
# "Here is the token for staging —\n\n<token>\n"). Then the key word may be in that sentence.
_ALONE_BEFORE = regex.compile(r"(?:[.!?—–:]|[^\s])(?P<gap>[ \t]*+(?:\r?\n[ \t]*+(?:```\w*+)?){0,3}+[ \t]*+[\"'`]?)$")
_ALONE_AFTER = regex.compile(r"[\"'`]?[.!?]?[ \t]*+(?:\r?\n|$)")


def _qualified(text: str, start: int, end: int) -> bool:
    """Whether the key word at text[start:end] is about something public or not a credential."""
    before = _QUALIFIER_BEFORE.search(text, max(0, start - 30), start)
    if before and before.group(1).lower() in _NOT_SECRET_BEFORE:
        return True
    after = _AFTER.match(text, end)
    return bool(after and after.group(1).lower() in _NOT_SECRET_AFTER)


def _keyword_in(text: str, lo: int, hi: int, reach: int) -> regex.Match[str] | None:
    """The last key word in text[lo:hi] that ends at or after `reach`, in the same sentence as hi,
    and is not about something public; None when there is none."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, hi)]
    lo = max([lo, *ends])
    last = None
    for kw in _KEYWORD.finditer(text, lo, hi):
        if kw.end() >= reach and not _qualified(text, kw.start(), kw.end()):
            last = kw
    return last


def _line_start(text: str, pos: int) -> int:
    """Where the line holding `pos` starts, looking back no further than a window and a key word."""
    floor = max(0, pos - _WINDOW - _LONGEST_KEYWORD)
    return max(floor, text.rfind("\n", floor, pos) + 1)


def _pointed_at(text: str, start: int) -> tuple[bool, bool]:
    """Whether a key word points at the token starting at `start`, and whether it labels it directly:
    before it on its line, or on the line above when that line ends in a colon."""
    kw = _keyword_in(text, _line_start(text, start), start, start - _WINDOW)
    if kw is not None:
        label = _LABEL.match(text, kw.end(), start)
        return True, bool(label and label.end() == start)
    lead = _LEAD.search(text, max(0, start - 40), start)
    if lead is None or "\n" not in lead.group():
        return False, False  # the token does not open its line
    above = text[_line_start(text, lead.start()) : lead.start()].rstrip(" \t\r")
    if not above.endswith(":"):
        return False, False
    colon = _line_start(text, lead.start()) + len(above) - 1
    kw = _keyword_in(text, _line_start(text, colon), colon, colon - _WINDOW)
    if kw is None:
        return False, False
    between = text[kw.end() : colon].strip(" \t\"'`").lower().split()
    # "De API key staat hieronder:", "the token is below:": the key word still names the value
    return True, all(word in _POINTING_WORDS for word in between)


# Words between a key word and the colon ending its line that only point at the value below.
_POINTING_WORDS = frozenset("staat staan is are hieronder below beneath follows volgt hier here as:".split())
# An AWS access key id: a 40-character token near one is its secret access key, labelled or not
# ("[09:41] Ruben: AKIA...\n[09:42] Ruben: <40 characters>").
_AWS_KEY_ID = regex.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])")
_AWS_SECRET_REACH = 200
_AWS_SECRET = regex.compile(r"[A-Za-z0-9/+]{40}")
_HEX40 = regex.compile(r"[0-9a-f]{40}|[0-9A-F]{40}")
# A password alone on its line, under a line that names it and ends in a colon ("The new VPN
# password (valid from Monday):\n\n9NQvgwmWt69y31"): shorter than a token, so found apart.
_PASSWORD_ABOVE = regex.compile(
    r"(?im)^[^\n]{0,120}?(?<![A-Za-z])(?:wachtwoord|paswoord|password|passwd|passcode|passphrase|ww|pw)(?![A-Za-z])"
    r"[^\n:]{0,60}+:[ \t]*+\r?\n(?:[ \t]*+\r?\n)?[ \t]*+[\"'`]?(?P<value>[^\s\"'`]{6,64}+)[\"'`]?[ \t]*+(?:\r?\n|\Z)"
)
_PASSWORD_PARTS = ("wachtwoord", "pass", "ww", "pw")
_URL_OR_ADDRESS = regex.compile(r"://|^www\.|^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def _passwords_above(text: str) -> list[tuple[int, int]]:
    """Spans of passwords alone on the line under a line that names a password and ends in a colon."""
    if ":" not in text or "\n" not in text:
        return []
    low = text.lower()  # every key word of the pattern holds one of these: most texts skip its scan
    if not any(part in low for part in _PASSWORD_PARTS):
        return []
    out = []
    for m in _PASSWORD_ABOVE.finditer(text):
        value = m.group("value")
        if _URL_OR_ADDRESS.search(value) or is_placeholder(value) or value in PUBLISHED_EXAMPLES:
            continue
        if strong_password(value) or random_token(value, labelled=True):
            out.append(m.span("value"))
    return out


def _near_aws_key_id(text: str, start: int, end: int) -> bool:
    return _AWS_KEY_ID.search(text, max(0, start - _AWS_SECRET_REACH), end + _AWS_SECRET_REACH) is not None


# A short lead-in between that sentence and the token: "Heb je het token nog? Het was <token>".
_LEAD_IN = regex.compile(
    r"(?<![\w-])(?i:(?:het|dat|dit|die|it|that|this)[ \t]++(?:was|is|luidt|luidde)|it['’]s|hier|here)[ \t]*+:?[ \t]*+\Z"
)


def _alone_after_key_sentence(text: str, start: int, end: int) -> bool:
    """Whether the token stands alone right after a sentence or line that holds a key word."""
    if _ALONE_AFTER.match(text, end) is None:
        return False
    lead = _LEAD_IN.search(text, max(0, start - 16), start)
    if lead is not None:
        start = lead.start()
    before = _ALONE_BEFORE.search(text, max(0, start - 48), start)
    if before is None:
        return False
    cut = before.start("gap")  # where the sentence or line before ends
    if "\n" not in before.group("gap") and text[cut - 1] not in ".!?—–":
        return False  # mid-sentence: _pointed_at has looked already
    stop = cut - 1 if text[cut - 1] in ".!?" else cut  # _keyword_in cuts at sentence ends
    line = _line_start(text, stop)
    if "-----" in text[line:stop]:
        return False  # a PEM body line under "-----BEGIN PRIVATE KEY-----": the private key recognizers'
    return _keyword_in(text, line, stop, stop - _WINDOW) is not None


class KeywordTokenRecognizer(PlainRecognizer):
    """A random token that a Dutch or English key word points at."""

    SCORE = 0.7
    LABEL_SCORE = 0.8
    ENTITIES = ("SECRET",)
    CONTEXT = ["key", "token", "secret", "password", "sleutel", "wachtwoord", "geheim", "credentials"]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "SECRET" not in entities:
            return []
        found: dict[tuple[int, int], float] = dict.fromkeys(_passwords_above(text), self.LABEL_SCORE)
        # Token first: tokens of 20+ characters are rare in prose, key words are not. A token's
        # characters hold no white space, so it lies inside one piece of text.split(): a text
        # without a piece that long holds none (a split is far cheaper than the pattern's scan).
        if max(map(len, text.split()), default=0) < _MIN_TOKEN:
            return self._results(found)
        for m in _TOKEN.finditer(text):
            value = m.group().rstrip(".")
            if _SSH_PUBLIC_KEY.match(value):
                continue
            pointed, labelled = _pointed_at(text, m.start())
            pointed = pointed or _alone_after_key_sentence(text, m.start(), m.start() + len(value))
            if not pointed and len(value) == 40 and _near_aws_key_id(text, m.start(), m.end()):
                # not 40 hex: a git commit's SHA in a log that also shows a key id
                pointed = labelled = _AWS_SECRET.fullmatch(value) is not None and _HEX40.fullmatch(value) is None
            stand_in = is_placeholder(value) or value in PUBLISHED_EXAMPLES  # SecretPlaceholderRecognizer's
            if pointed and not stand_in and random_token(value, labelled=labelled):
                found[(m.start(), m.start() + len(value))] = self.LABEL_SCORE if labelled else self.SCORE
        return self._results(found)

    def _results(self, found: dict[tuple[int, int], float]) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                "SECRET",
                start,
                end,
                score,
                analysis_explanation=AnalysisExplanation(self.name, score, pattern_name="keyword_token"),
                recognition_metadata=metadata(self),
            )
            for (start, end), score in sorted(found.items())
        ]
