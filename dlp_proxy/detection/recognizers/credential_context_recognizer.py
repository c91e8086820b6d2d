"""SECRET: credentials that a context rather than a key name gives away: session cookies in HTTP
headers and curl flags, PIN and access codes stated in a sentence, and a quoted password after
a -p flag on any command line.

    Cookie: sessionid=a8f9k2lm3n4p5q6r7s8t9u0v1w; lang=nl        -> a8f9k2lm3n4p5q6r7s8t9u0v1w
    curl -b 'connect.sid=s%3AQx8...' https://x                   -> s%3AQx8...
    De pincode van de bedrijfstelefoon is 4821.                  -> 4821
    On-call phone in the top drawer. Passcode 492815.           -> 492815
    Toegangscode voor de kluis: 4471-8820                        -> 4471-8820
    ./backup.sh -p 'Gr4niet!Steen' --all                         -> Gr4niet!Steen

CredentialAssignmentRecognizer reads `key = value` and passwords in prose; a cookie is `name=value`
under a header whose names ("sessionid", "connect.sid") hold no credential word, a PIN is digits
only (a bare number after "is" is no password anywhere else), and a -p flag is a port for some
commands, so each needs its own, narrower shape. Every pattern is bounded and possessive.
"""

from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.recognizers.plain import PlainRecognizer
from dlp_proxy.detection.results import metadata
from dlp_proxy.detection.secret_values import is_placeholder, random_token, strong_password

# "Cookie:" / "Set-Cookie:" headers (also as "-H 'Cookie: ...'") and curl's -b / --cookie: the rest
# of the line, up to a closing quote.
_COOKIE_LINE = regex.compile(
    r"(?<![\w-])(?:(?i:(?:set-)?cookie)[ \t]*+:|(?:-b|--cookie)[ \t]++[\"']?)[ \t]*+(?P<pairs>[^\r\n\"']{1,4096}+)"
)
_PAIR = regex.compile(r"(?:^|;)[ \t]*+(?P<name>[A-Za-z0-9_.$-]{1,64}+)=(?P<value>[^;\s,]{1,2048}+)")
# Cookie names that hold a session or a login; CSRF cookies are sent to the page on purpose.
_SESSION_NAME = regex.compile(r"(?i:sess|sid$|auth|token|jwt|remember|login)")
_NOT_SECRET_NAME = regex.compile(r"(?i:csrf|xsrf)")
# PIN and access codes: the key, up to four words, "is"/":" and 4-8 digits (groups allowed:
# "4471-8820-1193"). A date is no code.
_PIN = regex.compile(
    r"(?:(?<![A-Za-z])(?i:pin(?:[ -]?code)?|toegangscode|access[ -]?code|puk(?:[ -]?code)?|alarmcode|deurcode"
    r"|kluiscode|beveiligingscode|security[ -]code|passcode)(?![A-Za-z])"
    r"(?:[ \t]++[^\s:.,;!?]{1,20}+){0,4}?[ \t]*+(?:(?i:is|was|luidt|wordt)[ \t]*+:?|:)"
    # a code word right before the digits needs no verb: "Passcode 492815", "deurcode 4471"
    r"|(?<![A-Za-z])(?i:passcode|pincode|pin-code|toegangscode|alarmcode|deurcode|kluiscode)(?=[ \t]++\d))"
    r"[ \t]*+[\"']?(?P<value>\d{4,8}+(?:[ -]\d{2,8}+){0,3}+)(?![\w-])"
)
_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}")
# A quoted value after -p, -P or -w on a command line ("-p 'x'", "-p'x'"): it must look like a
# password on its own, and hold nothing of a path, a JSON patch or a variable.
_FLAG = regex.compile(r"(?<=[ \t])-[pPw][ \t]*+(?P<q>[\"'])(?P<value>[^\"'\s]{6,128}+)(?P=q)")
_NOT_IN_FLAG = frozenset("{}[]/:$")


def _cookie_values(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the session cookies' values."""
    hits = []
    for line in _COOKIE_LINE.finditer(text):
        for pair in _PAIR.finditer(line.group("pairs")):
            name, value = pair.group("name"), pair.group("value")
            if _NOT_SECRET_NAME.search(name) or is_placeholder(value) or len(value) < 16:
                continue
            mixed = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
            if random_token(value, labelled=True) or (_SESSION_NAME.search(name) and mixed):
                start = line.start("pairs") + pair.start("value")
                hits.append((start, start + len(value), "cookie"))
    return hits


def _pins(text: str) -> list[tuple[int, int, str]]:
    return [(m.start("value"), m.end("value"), "pin") for m in _PIN.finditer(text) if not _DATE.match(m["value"])]


def _flags(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start("value"), m.end("value"), "password_flag")
        for m in _FLAG.finditer(text)
        if strong_password(m["value"]) and not _NOT_IN_FLAG.intersection(m["value"]) and not is_placeholder(m["value"])
    ]


class CredentialContextRecognizer(PlainRecognizer):
    """Session cookies, PIN and access codes, and quoted -p passwords on a command line."""

    SCORE = 0.8
    PIN_SCORE = 0.7
    ENTITIES = ("SECRET",)
    CONTEXT = ["cookie", "session", "pincode", "pin", "toegangscode", "password", "wachtwoord"]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "SECRET" not in entities:
            return []
        hits = []
        lower = text.lower()
        if "cookie" in lower or "-b" in text:
            hits += _cookie_values(text)
        if any(w in lower for w in ("pin", "code")):
            hits += _pins(text)
        if "-" in text:
            hits += _flags(text)
        return [
            RecognizerResult(
                "SECRET",
                start,
                end,
                self.PIN_SCORE if kind == "pin" else self.SCORE,
                analysis_explanation=AnalysisExplanation(self.name, self.SCORE, pattern_name=kind),
                recognition_metadata=metadata(self),
            )
            for start, end, kind in sorted(set(hits))
        ]
