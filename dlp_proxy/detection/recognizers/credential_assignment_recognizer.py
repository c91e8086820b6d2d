"""SECRET: values given to credential keys (password=, "api_key": ..., token:) and passwords stated in prose
or in login instructions ("log in met admin / Welkom2024!").

The finding is the value only, so redaction keeps the key ("DB_PASSWORD=<SECRET>"). Keys come
from .env, YAML, JSON, INI/TOML, XML, code and HTTP headers; values that are placeholders,
variables or calls rather than literals are left alone.
"""

from __future__ import annotations

import base64
import binascii

import regex
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.results import metadata
from dlp_proxy.detection.secret_values import credential_like, is_placeholder, names_a_secret

# A key: an identifier (optionally "--" or "_", up to two more words: "API key", "export DB_PASSWORD").
_KEY = r"[_-]{0,2}+[A-Za-z][A-Za-z0-9_.-]{0,63}+(?:[ \t][A-Za-z][A-Za-z0-9_.-]{0,30}+){0,2}+"
# ... that ends in one of these; _kind() then decides on the whole key ("monkey" is not one).
_STEM = r"(?<=(?i:password|passwd|pwd|pass|phrase|wachtwoord|secret|token|key|sleutel|key[_-]?id|auth))"
# Quoted values may hold escapes; a bare value ends at whitespace, a quote or a list separator.
# '&' is part of a value (jdbc.password=oNQ8&tBD...), except in a query string (_check).
_VALUE = (
    r"(?:\"(?P<dq>(?:[^\"\\\r\n]|\\.){1,4096}+)\"|'(?P<sq>(?:[^'\\\r\n]|\\.){1,4096}+)'"
    r"|`(?P<bq>[^`\r\n]{1,4096}+)`|(?P<bare>[^\s\"'`,;]{1,512}+))"
)
_ASSIGNMENT = regex.compile(
    r"(?<![A-Za-z0-9_.-])(?P<kq>[\"']?)(?P<key>" + _KEY + r")" + _STEM + r"(?P=kq)\]?"
    # a type annotation between key and '=': `password: str = "..."`, `val password: String = "..."`
    r"(?:[ \t]*:[ \t]*(?:str|string|String|SecretStr|bytes|Optional\[str\])\b)?"
    r"[ \t]*(?::=|=>|=|:)[ \t]*" + _VALUE
)
# PHP constants: define('DB_PASSWORD', '...') (a ',' after any quoted string is too loose:
# ("api-key", "authorization") is a list of header names).
_DEFINE = regex.compile(
    r"\bdefine\([ \t]*(?P<kq>[\"'])(?P<key>" + _KEY + r")" + _STEM + r"(?P=kq)[ \t]*,[ \t]*"
    r"(?:\"(?P<dq>[^\"\r\n]{1,512}+)\"|'(?P<sq>[^'\r\n]{1,512}+)')"
)
_XML = regex.compile(r"<(?P<key>[A-Za-z][A-Za-z0-9_.-]{0,63}+)" + _STEM + r">(?P<bare>[^<\s]{1,512}+)</(?P=key)>")
_AUTHORIZATION = regex.compile(
    r"(?<![A-Za-z0-9_-])(?i:(?:proxy-)?authorization)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?i:bearer|basic|token|bot|apikey|api-key|sso-key)[ \t]++(?P<bare>[A-Za-z0-9._~+/=:-]{8,4096}+)"
)
# "het wachtwoord is Zomer2024!", "the password for the VPN is hunter2", "API key is ...".
# Dutch writes compounds as one word ("het beheerwachtwoord", "root-wachtwoord"): "wachtwoord"
# needs no word boundary before it; what follows must still be a space.
_PASSWORD_WORD = r"(?:(?<![A-Za-z])(?i:password|passwd)|(?i:wachtwoord))"
_PROSE = regex.compile(
    r"(?P<key>" + _PASSWORD_WORD + r"|(?<![A-Za-z])(?i:passphrase|pincode|api[ -]?key|api[ -]?sleutel"
    r"|access[ -]token|secret[ -]key|client[ -]secret|token))"
    # up to four words between key and verb, none ending a clause ("secret key and salt. The default is")
    r"(?:[ \t]++[^\s]{1,30}+(?<![.,;:!?])){0,4}?[ \t]++(?i:is|was|luidt|wordt|blijft)[ \t]*+:?[ \t]*+"
    r"(?:[\"'“‘«](?P<dq>[^\"'”’»\r\n]{4,128}+)[\"'”’»]|(?P<bare>[^\s\"'“”‘’«»]{4,128}+))"
)

# "user admin, password Zomer2021!", "wachtwoord Welkom01": no separator and no verb, so the
# value must look like a password on its own (see _strong).
_MENTION = regex.compile(r"(?P<key>" + _PASSWORD_WORD + r")[ \t]++(?P<bare>[^\s\"'“”‘’«»]{8,128}+)")

# Login instructions: "Inloggen met root / Zomer2024!", "log in as admin/Welkom01!", "login: jan / S3cret!x",
# "sign in with deploy:Dpl0y-2024". The value must look like a password on its own (see _strong);
# a '/' or ':' in it would make "sign in with example.com/login/oauth2" a finding, so it may hold neither.
_LOGIN = regex.compile(
    r"(?<![A-Za-z])(?:(?i:log(?:ge)?[ -]?in|inloggen|aanmelden|sign[ -]?in)[ \t]++(?i:met|with|as|als|using)[ \t]++"
    r"|(?i:login|inlog|inloggegevens|credentials|creds)[ \t]*+:[ \t]*+)"
    r"(?:(?i:user(?:name)?|gebruiker(?:snaam)?|account)[ \t]++)?"
    r"(?P<key>[\w.@\\-]{1,64}+)(?:[ \t]*+/[ \t]*+|:)(?P<bare>[^\s\"'“”‘’«»/:]{6,128}+)(?![/:])"
)

# curl -u user:password / --user=user:password: the password after the first ':'.
_CURL_USER = regex.compile(r"(?<!\S)(?:-u|--user)(?:[ \t]++|=)[\"']?(?P<key>[^\s:\"']{1,64}+):(?P<dq>[^\s\"']{1,128}+)")

# Keys ending in "token" that name something public or not a credential at all.
_NOT_SECRET_TOKENS = tuple(
    """csrf xsrf page next continuation cancellation sync eos bos pad unk sep cls mask max num total start end
    stop special input output prompt completion reasoning cached pagination""".split()
)
# "<qualifier>_key" / "<qualifier>key" that name a secret ("primary_key", "sort_key" do not).
_KEY_QUALIFIERS = frozenset(
    "api access secret private account subscription master encryption decryption signing auth client app "
    "shared storage service webhook license consumer session jwt hmac crypto geheime toegangs".split()
)
_PASSWORDISH = ("password", "passwd", "passphrase", "wachtwoord", "pincode")
_CAMEL = regex.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = regex.compile(r"[_.\- \t]+")
_ATTRIBUTE = regex.compile(r"[A-Za-z_]\w*+(?:\.[A-Za-z_]\w*+)++")  # self.password, process.env.TOKEN
# A type or class name (`private_key: PKCS7PrivateKeyTypes`, `HTTPBasicAuth`), not a password: two or
# more capitalised words, and made of nothing but words, acronyms and numbers. Random values have
# capitalised runs too ("18MW3NUdngpUoFrutV"), but also runs like "Ud" or "eQ6P4g" that no name has.
_TYPE_NAME = regex.compile(
    r"(?=(?:[A-Za-z0-9]*?[A-Z][a-z]{2,}){2})[a-z]*+(?:[A-Z][a-z]{2,}+|[A-Z]{2,}\d*(?![a-z])|[A-Z]\d++|\d++)++"
)
# A file path ("~/.ssh/id_rsa", "./key.pem", "C:\\keys\\x.pfx", "/run/secrets/db", "/x/server.key")
# or a URL. A leading "/" alone is not enough: base64 secrets may start with one.
_PATH_OR_URL = regex.compile(
    r"(?:~|\.{1,2}|[A-Za-z]:)[\\/]|/(?:bin|etc|home|opt|tmp|usr|var|run|srv|mnt|data|app|secrets|Users|vault)/"
    r"|/[\w./-]*\.[a-z]{2,4}$|[A-Za-z][A-Za-z0-9+.-]*+://"
)
_HEX40 = regex.compile(r"[0-9a-f]{40}")
_COLOUR = regex.compile(r"#[0-9A-Fa-f]{3,8}")


def _suffix(short: list[str], long: list[str]) -> bool:
    return bool(short) and long[-len(short) :] == short


def _words(name: str) -> list[str]:
    """'x-api-key' -> [x, api, key]; 'clientSecret' -> [client, secret]; 'DB_PASSWORD' -> [db, password]."""
    return [w for w in _SEPARATORS.split(_CAMEL.sub("_", name.strip("\"'-")).lower()) if w]


def _kind(words: list[str]) -> str | None:
    """What a key names: password, secret, token, key, private_key_id, or nothing secret."""
    if not words:
        return None
    last, before = words[-1], words[:-1]
    joined = "".join(words)
    if last.endswith(_PASSWORDISH[:4]) or last in ("pwd", "pass"):
        return "password"
    if last.endswith("secret"):
        return "secret"
    if last.endswith("token"):
        return None if any(joined.endswith(w + "token") for w in _NOT_SECRET_TOKENS) else "token"
    if words == ["auth"]:
        return "basic_auth"  # "auth": "<base64 of user:password>" in a Docker config.json
    if joined.endswith("privatekeyid"):
        return "private_key_id"  # GCP service-account JSON: the id of the key in "private_key"
    if last in ("key", "sleutel"):
        return "key" if before and before[-1] in _KEY_QUALIFIERS else None
    if any(last == q + "key" for q in _KEY_QUALIFIERS) or last in ("apisleutel", "toegangssleutel"):
        return "key"
    return None


def _trim(value: str) -> str:
    """Drop sentence punctuation and unbalanced closing brackets after a bare value."""
    while value:
        last = value[-1]
        pair = {")": "(", "]": "[", "}": "{", ">": "<"}.get(last)
        if last in ".,:;" or (pair is not None and value.count(last) > value.count(pair)):
            value = value[:-1]
        else:
            break
    return value


def _is_basic_auth(value: str) -> bool:
    """base64 of "user:password" with a password that is not a placeholder."""
    try:
        user, sep, password = base64.b64decode(value, validate=True).decode().partition(":")
    except (binascii.Error, ValueError):
        return False
    return bool(sep and user) and len(password) >= 4 and not is_placeholder(password) and password != user


def _strong(value: str) -> bool:
    """Letters, digits, and a symbol or mixed case; not an acronym like SHA256 or PBKDF2."""
    has_upper = any(c.isupper() for c in value)
    has_lower = any(c.islower() for c in value)
    has_symbol = any(not c.isalnum() and c not in "-_." for c in value)  # "reset-2024" is a slug
    return (
        any(c.isdigit() for c in value)
        and (has_upper or has_lower)
        and (has_symbol or (has_upper and has_lower))
        and not value.isupper()
    )


def _value_ok(value: str, words: list[str], kind: str, literal: bool, min_length: int) -> bool:
    if kind == "private_key_id":
        return _HEX40.fullmatch(value) is not None
    if kind == "basic_auth":
        return _is_basic_auth(value)
    if len(value) < min_length or any(c.isspace() for c in value) or is_placeholder(value):
        return False
    value_words = _words(value)
    if names_a_secret(value) or _suffix(value_words, words) or _suffix(words, value_words):
        return False  # api_key=API_KEY, consumer_key="test_consumer_key": a name, not a value
    if _COLOUR.fullmatch(value):
        return False  # Token: "#d8dee9" in a syntax-highlighting theme
    if kind == "token" and not (
        len(value) >= 8 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
    ):
        return False  # tokens are random: {"token": "incredible"} is a word from a model's logprobs
    if _PATH_OR_URL.match(value):
        return False  # a file holding the secret, or an endpoint
    if not literal:
        # In code a bare value is usually a variable, a call or an attribute, not a literal.
        if value[0] in "(*&@" or "(" in value or "[" in value:
            return False
        if _ATTRIBUTE.fullmatch(value) or _TYPE_NAME.fullmatch(value):
            return False
        return credential_like(value)
    return True


def _check(m: regex.Match[str]) -> tuple[int, int, str] | None:
    """(start, end, kind) of the value a match holds when it counts, else None."""
    group = next(g for g in ("dq", "sq", "bq", "bare") if g in m.re.groupindex and m.group(g) is not None)
    start, value = m.start(group), m.group(group)
    if group == "bare" and "&" in value and m.string[max(0, m.start() - 1) : m.start()] in ("?", "&"):
        value = value.split("&", 1)[0]  # ?user=x&password=y&next=z: the value ends at '&'
    # A bare value in code is often a variable; between quotes or XML tags it is a literal.
    literal = group != "bare" or m.re is _XML
    if not literal:
        value = _trim(value)
        lead = len(value) - len(value.lstrip("`*"))
        if lead:  # Markdown around it: `hunter2`, **Zomer2024!**
            start, value = start + lead, _trim(value[lead:].rstrip("`*"))
    if m.re is _AUTHORIZATION:  # Authorization: Bearer/Basic <credential>
        ok = len(value) >= 8 and not (is_placeholder(value) or names_a_secret(value))
        return (start, start + len(value), "authorization") if ok else None
    if m.re is _CURL_USER:  # curl -u user:password
        ok = value != m.group("key") and _value_ok(value, ["password"], "password", True, 4)
        return (start, start + len(value), "curl_user") if ok else None
    words = _words(m.group("key"))
    kind = _kind(words)
    if m.re is _MENTION:
        ok = _strong(value) and _value_ok(value, words, "password", False, 8)
        return (start, start + len(value), "password_mention") if ok else None
    if m.re is _LOGIN:  # the key group holds the user name; an instruction in prose, not code ("&H8Np...")
        ok = value != m.group("key") and _strong(value) and _value_ok(value, ["password"], "password", True, 6)
        return (start, start + len(value), "login") if ok else None
    if m.re is _PROSE:
        # Stated in a sentence: 4+ characters for a password, 8+ for a token or key.
        passwordish = words[-1] in _PASSWORDISH
        kind = kind or ("password" if passwordish else "token")
        ok = _value_ok(value, words, kind, literal, 4 if passwordish else 8)
    else:
        ok = kind is not None and _value_ok(value, words, kind, literal, 6)
    return (start, start + len(value), kind or "") if ok else None


class CredentialAssignmentRecognizer(LocalRecognizer):
    """The value of `password = "..."`, `wachtwoord: ...`, `"api_key": "..."`, `Authorization: Bearer ...`."""

    name: str  # set by EntityRecognizer.__init__; declared for the type checker

    SCORE = 0.85
    HEADER_SCORE = 0.9
    PROSE_SCORE = 0.75
    MENTION_SCORE = 0.6
    LOGIN_SCORE = 0.6
    CONTEXT = ["password", "wachtwoord", "secret", "token", "key", "credential", "login", "inloggen"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["SECRET"],
            supported_language=supported_language,
            name="CredentialAssignmentRecognizer",
            context=self.CONTEXT,
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "SECRET" not in entities:
            return []
        found: dict[tuple[int, int], tuple[float, str]] = {}
        for pattern, score in (
            (_ASSIGNMENT, self.SCORE),
            (_DEFINE, self.SCORE),
            (_XML, self.SCORE),
            (_AUTHORIZATION, self.HEADER_SCORE),
            (_CURL_USER, self.SCORE),
            (_PROSE, self.PROSE_SCORE),
            (_MENTION, self.MENTION_SCORE),
            (_LOGIN, self.LOGIN_SCORE),
        ):
            for m in pattern.finditer(text):
                hit = _check(m)
                if hit is not None:
                    found.setdefault(hit[:2], (score, hit[2]))
        return [
            RecognizerResult(
                "SECRET",
                start,
                end,
                score,
                analysis_explanation=AnalysisExplanation(self.name, score, pattern_name=kind),
                recognition_metadata=metadata(self),
            )
            for (start, end), (score, kind) in sorted(found.items())
        ]
