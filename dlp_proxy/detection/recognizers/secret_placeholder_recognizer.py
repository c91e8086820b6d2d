"""SECRET_PLACEHOLDER: documentation stand-ins in a vendor's key shape (AKIAIOSFODNN7EXAMPLE,
ghp_EXAMPLE..., xoxb-00000-00000-EXAMPLE..., sk-proj-xxxx...), AWS's documented example keys, and a
vendor prefix with a masked body too short for the vendor's shape ("sk-xxxx", "ghp_****", and
"sk-proj-..." where a value goes).

ApiKeyRecognizer leaves these out (they are not credentials, so nothing to block), but sending
them unmasked is still wrong: a third-party leak harness counts them as leaked credentials, and
an elided or "example" key in a prompt is often a real key's neighbour. The bundled policy masks
this type in every approved tool. Only a token that holds a stand-in marker is looked at, so the
vendor patterns run on a handful of short spans rather than on the whole text.
"""

from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.recognizers.api_key_recognizer import PATTERNS as VENDOR_PATTERNS
from dlp_proxy.detection.recognizers.plain import PlainRecognizer
from dlp_proxy.detection.results import metadata
from dlp_proxy.detection.secret_values import PUBLISHED_EXAMPLES, is_placeholder

ENTITY = "SECRET_PLACEHOLDER"

# Shapes with no vendor prefix that AWS publishes as its examples: the secret access keys of its
# documentation ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") end in EXAMPLEKEY at 40 characters.
_EXTRA = (
    ("aws_example_secret_key", regex.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{30}EXAMPLEKEY(?![A-Za-z0-9+/=])")),
)
# A vendor prefix and a mask or elision for the body, too short or too odd for the vendor's own
# shape: "sk-...", "sk-proj-xxxx", "sk-ant-...", "ghp_****", "gsk_xxxx", "dop_v1_xxxx", "shpat_...".
_VENDOR_PREFIX = (
    r"sk-(?:(?:proj|svcacct|admin)-|ant-(?:(?:api|admin)\d\d-)?)?|(?:sk|rk|pk)_(?:live|test)_|gh[pousr]_|github_pat_"
    r"|glpat-|xox[abpe]-|AKIA|AIza|hf_|gsk_|r8_|npm_|pypi-|dckr_pat_|shp(?:at|ss|ca|pa)_|do[opr]_v1_|SG\."
    r"|NRAK-|lin_api_|PMAK-|hv[sb]\.|whsec_|GOCSPX-|glsa_|HRKU-"
)
# An elision ("sk-...") only where a value goes (after '=', ':', a quote or "Bearer"): in a sentence
# ("never hard-code, e.g. sk_live_...") it names the shape, not a key.
_PREFIX_MASK = regex.compile(
    r"(?<![A-Za-z0-9_-])(?:"
    + _VENDOR_PREFIX
    + r")[A-Za-z0-9]{0,6}?(?:[xX]{3,}+|\*{3,}+|<[^<>\s]{1,40}+>)[A-Za-z0-9_.*…-]*+"
    r"|(?<=(?:[=:\"'`]|(?i:bearer))[ \t]{0,2})(?:" + _VENDOR_PREFIX + r")[A-Za-z0-9]{0,6}?(?:\.{3,}+|…)(?![A-Za-z0-9])"
)
# A vendor prefix and a body holding a stand-in marker, whatever its length: examples are written by
# hand and often miss the vendor's exact shape ("ghp_EXAMPLEEXAMPLE...", 35 characters, not 36).
_PREFIXED = regex.compile(r"(?<![A-Za-z0-9_-])(?:" + _VENDOR_PREFIX + r")[A-Za-z0-9_-]{8,200}+(?![A-Za-z0-9_-])")
_VENDOR = tuple((p.name, regex.compile(p.regex)) for p in VENDOR_PATTERNS)
# The vendors' published examples, which hold no marker: looked for as they are.
_PUBLISHED = regex.compile(
    r"(?<![A-Za-z0-9_-])(?:" + "|".join(regex.escape(e) for e in sorted(PUBLISHED_EXAMPLES)) + r")(?![A-Za-z0-9_-])"
)
# The markers of a stand-in (see secret_values.is_placeholder); found first, cheaply.
_MARKER = regex.compile(
    r"(?i:example|notareal|not_a_real|your|placeholder|dummy|sample|fake|redacted|change_?me|replace_?me)"
    r"|[xX]{4}|\*{3}|\.{3}|…|0{6}|-0{3,}+-"
)
# The same markers found faster: the words by str.find in the lower-cased text, the marks by a
# case-sensitive pattern. Used when lower() keeps every offset and folds as the pattern does: not
# with "İ" (two characters in lower case), "ſ" or the Kelvin sign (the pattern's (?i) reads them as
# "s" and "k").
_MARKER_WORDS = (
    "example", "notareal", "not_a_real", "your", "placeholder", "dummy", "sample", "fake", "redacted",
    "changeme", "change_me", "replaceme", "replace_me",
)  # fmt: skip
_MARKER_MARKS = regex.compile(r"[xX]{4}|\*{3}|\.{3}|…|0{6}|-0{3,}+-")
_UNFOLDED = frozenset("\u0130\u017f\u212a")


def _marker_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the stand-in markers in text, in order of start. Where _MARKER's own
    matches overlap these (a word inside a longer one), the tokens they lie in are the same, and
    the tokens are what the recognizer reads."""
    if not _UNFOLDED.isdisjoint(text):
        return [m.span() for m in _MARKER.finditer(text)]
    low = text.lower()
    spans = [m.span() for m in _MARKER_MARKS.finditer(text)]
    for word in _MARKER_WORDS:
        k = low.find(word)
        while k >= 0:
            spans.append((k, k + len(word)))
            k = low.find(word, k + 1)
    return sorted(spans)


# The characters of the token a marker sits in (a URL's too: Slack webhooks are keys), how far
# it is followed, and the shortest token a vendor shape fits in ("xoxb-" and 10 characters).
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~+/=:*…-")
_REACH = 400
_SHORTEST = 15


def _token(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of token characters around text[start:end], at most _REACH each way."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    while start > lo and text[start - 1] in _TOKEN_CHARS:
        start -= 1
    while end < hi and text[end] in _TOKEN_CHARS:
        end += 1
    return start, end


class SecretPlaceholderRecognizer(PlainRecognizer):
    """Vendor-shaped keys whose body says they are examples, masked rather than blocked."""

    SCORE = 0.9
    ENTITIES = (ENTITY,)
    CONTEXT = ["key", "token", "secret", "sleutel", "example", "voorbeeld"]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if ENTITY not in entities:
            return []
        found: dict[tuple[int, int], str] = {}
        if any(example in text for example in PUBLISHED_EXAMPLES):  # each match holds one as written
            found = {m.span(): "published_example" for m in _PUBLISHED.finditer(text)}
        done = -1  # the end of the last token examined: one token may hold several markers
        for marker_start, marker_end in _marker_spans(text):
            if marker_start < done:
                continue
            start, done = _token(text, marker_start, marker_end)
            for m in _PREFIX_MASK.finditer(text, max(0, start - 16), done + 1):  # "sk-<your-key>": '<', '>' end a token
                found.setdefault(m.span(), "vendor_prefix_mask")
            if done - start < _SHORTEST:
                continue  # "your", "..." in prose
            for name, pattern in (*_VENDOR, *_EXTRA, ("vendor_prefix_marked", _PREFIXED)):
                for m in pattern.finditer(text, start, done):
                    if is_placeholder(m.group()):
                        found.setdefault(m.span(), name)
        return [
            RecognizerResult(
                ENTITY,
                start,
                end,
                self.SCORE,
                analysis_explanation=AnalysisExplanation(self.name, self.SCORE, pattern_name=name),
                recognition_metadata=metadata(self),
            )
            for (start, end), name in sorted(found.items())
        ]
