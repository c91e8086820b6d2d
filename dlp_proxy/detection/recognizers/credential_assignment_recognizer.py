"""SECRET: values given to credential keys (password=, "api_key": ..., token:) and passwords stated in prose
or in login instructions ("log in met admin / Welkom2024!").

The finding is the value only, so redaction keeps the key ("DB_PASSWORD=<SECRET>"). Keys come
from .env, YAML, JSON, INI/TOML, XML, code and HTTP headers (dlp_proxy.detection.secret_keys
says what a key name means). Values that are variables, calls, references or masks are left
alone; a stand-in literal ("changeme", "example123", "sk-your-key-here") or a value that only
names the secret as documentation writes it ("YOUR_API_KEY", "<your-api-key>", "<password>") is
SECRET_PLACEHOLDER, which the policy masks instead of blocking. Passwords on a command line
("mysql -pX", "sshpass -p X"), before a host ("root:X@10.0.0.5") and in .netrc count too. Any
other key ("key", "x_key", "sleutel") counts only with a random value (secret_values.random_token).
"""

from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.recognizers.credential_prose import ADMIN_LOGIN as _ADMIN_LOGIN
from dlp_proxy.detection.recognizers.credential_prose import APP_PASSWORD
from dlp_proxy.detection.recognizers.credential_prose import CHANGED as _CHANGED
from dlp_proxy.detection.recognizers.credential_prose import IT_IS as _IT_IS
from dlp_proxy.detection.recognizers.credential_prose import IT_IS_REACH as _IT_IS_REACH
from dlp_proxy.detection.recognizers.credential_prose import LOGIN as _LOGIN
from dlp_proxy.detection.recognizers.credential_prose import MENTION as _MENTION
from dlp_proxy.detection.recognizers.credential_prose import PASSWORD_BEFORE as _PASSWORD_BEFORE
from dlp_proxy.detection.recognizers.credential_prose import PHRASE_KEYS as _PHRASE_KEYS
from dlp_proxy.detection.recognizers.credential_prose import PROSE as _PROSE
from dlp_proxy.detection.recognizers.credential_prose import USER_PASS as _USER_PASS
from dlp_proxy.detection.recognizers.credential_prose import phrase_rest as _phrase_rest
from dlp_proxy.detection.recognizers.plain import PlainRecognizer
from dlp_proxy.detection.results import metadata
from dlp_proxy.detection.secret_keys import PROSE_PASSWORDS, key_kind, key_words
from dlp_proxy.detection.secret_values import (
    DEFAULT_PASSWORDS,
    PUBLISHED_EXAMPLES,
    credential_like,
    is_placeholder,
    mean_unit_length,
    names_a_secret,
    random_letters,
    random_token,
    stand_in,
)
from dlp_proxy.detection.secret_values import basic_auth as _is_basic_auth
from dlp_proxy.detection.secret_values import strong_password as _strong

SECRET = "SECRET"
PLACEHOLDER = "SECRET_PLACEHOLDER"

# A key: an identifier (optionally "--" or "_", up to two more words: "API key", "export DB_PASSWORD").
_KEY = r"[_-]{0,2}+[A-Za-z][A-Za-z0-9_.-]{0,63}+(?:[ \t][A-Za-z][A-Za-z0-9_.-]{0,30}+){0,2}+"
# ... that ends in one of these, or holds a password word ("db_password_prod"); key_kind() then
# decides on the whole key ("monkey" is not one, nor is "password_min_length").
_STEM = (
    r"(?<=(?i:password|passwd|pwd|pass|phrase|wachtwoord|paswoord|passwort|kennwort|secret|token|key|sleutel|key[_-]?id|auth|hmac"
    r"|geheim|credentials?|creds"
    r"|(?<![A-Za-z])(?:ww|pw|(?i:psk))|(?i:passcode|toegangscode|pincode|accesscode)"
    r"|(?i:[_.-]pat)|(?i:secret[_-]?key[_-]?base))"  # a personal access token ("AZDO_PAT"); Rails' secret_key_base
    r"|(?i:password|passwd|wachtwoord|paswoord)[_.-]?[A-Za-z0-9_.-]{1,40})"
)
# Quoted values may hold escapes; a bare value ends at whitespace, a quote or a list separator.
# '&' is part of a value (jdbc.password=oNQ8&tBD...), except in a query string (_check).
_VALUE = (
    r"(?:[bBrRuU]{0,2}+\"(?P<dq>(?:[^\"\\\r\n]|\\.){1,4096}+)\"|[bBrRuU]{0,2}+'(?P<sq>(?:[^'\\\r\n]|\\.){1,4096}+)'"
    r"|`(?P<bq>[^`\r\n]{1,4096}+)`|(?P<bare>[^\s\"'`,;]{1,512}+))"
)
_ASSIGNMENT = regex.compile(
    r"(?<![A-Za-z0-9_.-])(?P<kq>[\"']?)(?P<key>" + _KEY + r")" + _STEM + r"(?P=kq)\]?"
    # a type annotation between key and '=': `password: str = "..."`, `val password: String = "..."`
    r"(?:[ \t]*:[ \t]*(?:str|string|String|SecretStr|bytes|Optional\[str\])\b)?"
    r"[ \t]*(?::=|=>|=|:)[ \t]*" + _VALUE
)
# PHP constants: define('DB_PASSWORD', '...'); environment set-up: os.environ.setdefault("SECRET_KEY",
# "..."), putenv, setenv; a header or property set by a call: req.Header.Set("X-Auth-Token", "..."),
# xhr.setRequestHeader("X-Api-Key", "..."), props.setProperty("db.password", "...") (a ',' after any
# quoted string is too loose: ("api-key", "authorization") is a list of header names).
_DEFINE = regex.compile(
    r"\b(?:define|getenv|environ\.get|env|setdefault|putenv|setenv|SetEnvironmentVariable"
    r"|(?<=\.)(?:[Ss]et|[Aa]dd|append|put|setRequestHeader|setHeader|addHeader|header|withHeader|setProperty"
    r"|set_header|add_header|insert))"
    r"\([ \t]*(?P<kq>[\"'])(?P<key>" + _KEY + r")" + _STEM + r"(?P=kq)[ \t]*,[ \t]*"
    r"(?:\"(?P<dq>[^\"\r\n]{1,512}+)\"|'(?P<sq>[^'\r\n]{1,512}+)')"
)
# .NET appSettings: <add key="DbPassword" value="..." />
_APPSETTING = regex.compile(
    r"<add[ \t]++key=\"(?P<key>[A-Za-z][A-Za-z0-9_.:-]{0,63}+)\"[ \t]++value=\"(?P<dq>[^\"\r\n]{1,512}+)\""
)
# A name and its value as two fields: Kubernetes and ECS environment lists, Azure app settings,
# XML attributes ("- name: DB_PASSWORD\n  value: ...", '{"name": "API_KEY", "value": "..."}',
# '<setting name="DB_PASSWORD" value="..." />'). The name must be a credential key (key_kind).
_NAME_VALUE = regex.compile(
    r"(?<![A-Za-z0-9_])[\"']?(?i:name|key)[\"']?[ \t]*+[:=][ \t]*+(?P<kq>[\"']?)"
    r"(?P<key>[A-Za-z_][A-Za-z0-9_.-]{0,63}+)(?P=kq)[ \t]*+,?[ \t]*+(?:\r?\n[ \t]*+(?:-[ \t]++)?)?"
    r"[\"']?(?i:value)[\"']?[ \t]*+[:=][ \t]*+" + _VALUE
)
# A Terraform variable's default: variable "db_password" { default = "..." } (the key is the name).
_HCL_DEFAULT = regex.compile(
    r"(?<![\w-])variable[ \t]++\"(?P<key>[A-Za-z][A-Za-z0-9_-]{0,63}+)\"[ \t]*+\{[^{}]{0,240}?"
    r"(?<![\w-])default[ \t]*+=[ \t]*+\"(?P<dq>[^\"\r\n]{1,512}+)\""
)
_XML = regex.compile(r"<(?P<key>[A-Za-z][A-Za-z0-9_.-]{0,63}+)" + _STEM + r">(?P<bare>[^<\s]{1,512}+)</(?P=key)>")
_AUTHORIZATION = regex.compile(
    r"(?<![A-Za-z0-9_-])(?i:(?:proxy-)?authorization)[\"']?[ \t]*[:=,][ \t]*[\"']?"
    r"(?i:bearer|basic|token|bot|apikey|api-key|sso-key|ssws)[ \t]++"
    r"(?P<bare><[^<>\s]{1,60}+>|[^\s\"'<>]{8,4096}+)"
)
# curl -u user:password / --user=user:password: the password after the first ':'.
# Not "-u http://app" (az login's service principal): a URL is no user.
_CURL_USER = regex.compile(
    r"(?<!\S)(?:-u|--user)(?:[ \t]++|=)[\"']?(?P<key>[^\s:\"']{1,64}+):(?!//)(?P<dq>[^\s\"']{1,128}+)"
)

# .netrc: "machine host login user password secret", on one line or several.
_NETRC = regex.compile(
    r"(?<![A-Za-z])machine[ \t]++[^\s]{1,253}+\s++(?:login[ \t]++(?P<key>[^\s]{1,128}+)\s++)?password[ \t]++"
    r"(?P<bare>[^\s]{4,128}+)"
)
# A value that only names the secret it stands for, as documentation writes it: YOUR_API_KEY,
# <your-api-key>, your-secret-key, API_KEY_HERE. Masked as SECRET_PLACEHOLDER (it costs nothing,
# and placeholders never pass unmasked); a template or variable reference ("${API_KEY}") is not one.
_DOC_PLACEHOLDER = regex.compile(r"(?i)^[^${%]*?(?:(?:^|[^a-z])your(?:[^a-z]|$)|[^a-z]here>?$)|^<[^<>\s]{1,60}+>$")
# A password on a command line: "mysql -u root -pS3cret", "--password=x", "sshpass -p x",
# "docker login -u jan -p x", "az login -u app -p x", "redis-cli -a x"; only after one of these
# commands on the same line (not psql or pg_dump, whose -p is a port). And the token of a login
# command that takes it as its argument: "wandb login x", "huggingface-cli login --token x".
_CLI_PASSWORD = regex.compile(
    r"(?<![\w-])(?:mysql\w*+|mariadb\w*+|sshpass|(?:docker|az)[ \t]++login|redis-cli)(?![\w-])[^\n]{0,120}?"
    r"(?:(?<=[ \t]-p)(?!assword)|(?<=[ \t]-[pa][ \t])(?!\d{1,5}+(?:[ \t]|$))|(?<=[ \t]--password[= \t]))"
    r"[\"']?(?P<bare>[^\s\"'-][^\s\"']{3,127}+)"
    r"|(?<![\w-])(?:wandb|huggingface-cli|hf[ \t]++auth)[ \t]++login(?:[ \t]++--(?:relogin|host[= ]\S++))*+"
    r"[ \t]++(?:--token[= \t]++)?[\"']?(?P<bare>[A-Za-z0-9_-]{20,128}+)(?![\w-])"
)
# The password argument of a login call in code: smtplib's and imaplib's `server.login(user, "...")`,
# ftplib's, python-ldap's `simple_bind_s(dn, "...")`, `authenticate(user, "...")`. The value must look
# like a password (see _check: strong, generated, or an app password as Google shows it).
_APP_PASSWORD = regex.compile(APP_PASSWORD)
# The password among a connection call's positional arguments: PHP's `new mysqli(host, user, "...")`,
# `mysqli_connect(...)` and `new PDO(dsn, user, "...")`, JDBC's `DriverManager.getConnection(url,
# user, "...")` (over several lines too), .NET's `new NetworkCredential(user, "...")`.
_ARG = r"""(?:"[^"\n]{0,200}+"|'[^'\n]{0,200}+'|[^,()\n"']{1,100}+)"""
_POSITIONAL_CALL = regex.compile(
    rf"(?P<key>(?:new[ \t]++(?:mysqli|PDO)|mysqli_connect|mysql_connect|getConnection)\(\s*+{_ARG}\s*+,\s*+{_ARG}"
    rf"|new[ \t]++NetworkCredential\(\s*+{_ARG})"
    r"\s*+,\s*+(?P<q>[\"'])(?P<dq>[^\"'\n]{4,128}+)(?P=q)\s*+[,)]"
)
_LOGIN_CALL = regex.compile(
    r"(?<=\.)(?P<key>login|authenticate|simple_bind_s)\([ \t]*+"
    r"(?:\"[^\"\n]{0,100}+\"|'[^'\n]{0,100}+'|[^,()\n\"']{1,100}+),[ \t]*+(?:passw(?:or)?d[ \t]*+=[ \t]*+)?"
    r"(?P<q>[\"'])(?P<dq>[^\"'\n]{4,128}+)(?P=q)[ \t]*+\)"
)
# user:password@host without a scheme ("root:Toor!2024@192.168.1.10"), or Go's MySQL DSN
# ("rooster:...@tcp(10.20.0.15:3306)/db"): the password must look like one.
_USER_AT_HOST = regex.compile(
    r"(?<![\w/:.@-])(?P<key>[A-Za-z][\w.-]{0,31}+):(?P<bare>[^\s:@/\"']{6,64}+)@(?=[\w-]++(?:\.[\w-]++)++|(?:tcp|unix)\()"
)


# Pre-filters: a word every match of a pattern holds, searched with the same (?i) matching as the
# pattern (str.casefold would differ: "sİgn" matches (?i:sign), its casefold does not). A text with
# none of a pattern's gate words is not searched with it; test_credential_gates checks the words
# cover every key word the patterns name. _KEYED_GATE serves _STEM, _PROSE, _MENTION, _AUTHORIZATION
# and _APPSETTING ("<add key=").
class _WordGate:
    """A pre-filter: whether a text holds one of some words, answered as `search` of the pattern
    (?i:w1|w2|...) (or, case-sensitive, w1|w2|...) would, but by str.find in the text or its lower
    case: the patterns' scan was most of this recognizer's time on a text without key words.
    lower() finds what (?i) finds except around "İ" (two characters in lower case; (?i) reads it
    as "i") and "ſ" ((?i) reads it as "s"): a text with either is searched with the pattern."""

    _UNFOLDED = frozenset("\u0130\u017f")

    def __init__(self, words: tuple[str, ...], ignore_case: bool) -> None:
        self.words = tuple(w.lower() for w in words) if ignore_case else words
        self.ignore_case = ignore_case
        alternatives = "|".join(regex.escape(w) for w in words)
        self.pattern = regex.compile(f"(?i:{alternatives})" if ignore_case else alternatives)

    def search(self, text: str) -> bool | None:
        """True where the pattern would find a word, else None (as a failed search)."""
        if self.ignore_case and not self._UNFOLDED.isdisjoint(text):
            found = self.pattern.search(text) is not None
        else:
            hay = text.lower() if self.ignore_case else text
            found = any(w in hay for w in self.words)
        return True if found else None


_KEYED_GATE = _WordGate(
    (
        "pass",
        "pw",
        "phrase",
        "psk",
        "wachtwoord",
        "paswoord",
        "passwort",
        "kennwort",
        "secret",
        "token",
        "key",
        "sleutel",
        "auth",
        "hmac",
        "geheim",
        "cred",
        "ww",
        "toegangscode",
        "pincode",
        "accesscode",
        "inlogcode",
        "logincode",
        "recovery",
        "backup",
        "herstel",
        "wifi",
        "wi-fi",
        "wlan",
        "netzwerkschl",
        "_pat",
        "-pat",
        ".pat",
    ),  # fmt: skip
    ignore_case=True,
)
_LOGIN_GATE = _WordGate(("log", "aanmelden", "sign", "cred"), ignore_case=True)
_CLI_GATE = _WordGate(("mysql", "mariadb", "sshpass", "docker", "redis-cli", "az", "login"), ignore_case=False)
_GATES: dict[regex.Pattern[str], _WordGate] = {
    _ASSIGNMENT: _KEYED_GATE,
    _DEFINE: _KEYED_GATE,
    _XML: _KEYED_GATE,
    _HCL_DEFAULT: _WordGate(("variable",), ignore_case=False),
    _APPSETTING: _KEYED_GATE,
    _NAME_VALUE: _KEYED_GATE,
    _AUTHORIZATION: _KEYED_GATE,
    _CURL_USER: _WordGate(("-u",), ignore_case=False),
    _NETRC: _WordGate(("machine",), ignore_case=False),
    _CLI_PASSWORD: _CLI_GATE,
    _USER_AT_HOST: _WordGate(("@",), ignore_case=False),
    _PROSE: _KEYED_GATE,
    _MENTION: _KEYED_GATE,
    _LOGIN: _LOGIN_GATE,
    _USER_PASS: _KEYED_GATE,
    _CHANGED: _KEYED_GATE,
    _IT_IS: _KEYED_GATE,
    _ADMIN_LOGIN: _WordGate(("admin", "root", "beheerder", "superuser", "@"), ignore_case=True),
    _LOGIN_CALL: _WordGate(("login(", "authenticate(", "simple_bind_s("), ignore_case=False),
    _POSITIONAL_CALL: _WordGate(
        ("mysqli", "mysql_connect", "PDO(", "getConnection(", "NetworkCredential("), ignore_case=False
    ),
}

_ATTRIBUTE = regex.compile(r"[A-Za-z_]\w*+(?:\.[A-Za-z_]\w*+)++")  # self.password, process.env.TOKEN
# A type or class name (`private_key: PKCS7PrivateKeyTypes`, `HTTPBasicAuth`), not a password: two or
# more capitalised words, and made of nothing but words, acronyms and numbers. Random values have
# capitalised runs too ("18MW3NUdngpUoFrutV"), but also runs like "Ud" or "eQ6P4g" that no name has.
# The look-ahead asks for two lower-case letters after each capital, not "two or more": the same
# test (the lazy run absorbs the rest), without trying every length of "Aaaa...a" (quadratic).
_TYPE_NAME = regex.compile(
    r"(?=(?:[A-Za-z0-9]*?[A-Z][a-z]{2}){2})[a-z]*+(?:[A-Z][a-z]{2,}+|[A-Z]{2,}\d*(?![a-z])|[A-Z]\d++|\d++)++"
)
# A file path ("~/.ssh/id_rsa", "./key.pem", "C:\\keys\\x.pfx", "/run/secrets/db", "/x/server.key")
# or a URL. A leading "/" alone is not enough: base64 secrets may start with one.
_PATH_OR_URL = regex.compile(
    r"(?:~|\.{1,2}|[A-Za-z]:)[\\/]|/(?:bin|etc|home|opt|tmp|usr|var|run|srv|mnt|data|app|secrets|Users|vault)/"
    r"|/[\w./-]*\.[a-z]{2,4}$|[A-Za-z][A-Za-z0-9+.-]*+://"
)
_HEX40 = regex.compile(r"[0-9a-f]{40}")
# A .env or compose line: an upper-case key opening its line ("DB_PASS=x", "- POSTGRES_PASSWORD=x",
# "  MYSQL_PASSWORD: x") and a value that ends it. Shell and YAML take such a value literally.
_ENV_KEY = regex.compile(r"(?:export[ \t]++)?[A-Z][A-Z0-9_]{1,63}+")
_RUNNER = regex.compile(r"(?:sudo|env)(?:[ \t]++-[A-Za-z-]++)*+[ \t]++")  # runs the command with the variable set
_LINE_START = regex.compile(r"[ \t]*+(?:-[ \t]++)?(?:" + _RUNNER.pattern + ")?")
_LINE_END = regex.compile(r"[ \t]*+(?:#[^\n]*+)?(?:\r?\n|$)")
# ... or the command the variable is set for: "PGPASSWORD=... psql -h db", "DB_PASS=... FOO=1 ./run.sh"
_COMMAND_AFTER = regex.compile(r"[ \t]++(?:[A-Z][A-Z0-9_]*+=[^\s]*+[ \t]++)*+(?:\./|/)?[a-z][\w.-]*+(?:[ \t]|\r?\n|$)")
# Key words whose hex value is a fingerprint or a digest rather than a key ("GPG_KEY=7169605F...").
_HEX_NAMES = frozenset({"gpg", "pgp", "ssh", "host", "commit", "sha", "md5", "checksum"})
_COLOUR = regex.compile(r"#[0-9A-Fa-f]{3,8}")


def _suffix(short: list[str], long: list[str]) -> bool:
    return bool(short) and long[-len(short) :] == short


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


# Kinds of key whose stand-in value is masked as SECRET_PLACEHOLDER; a stand-in under "key" or
# "x_key" alone says too little (`key: example-value`).
_PLACEHOLDER_KINDS = frozenset({"password", "password_inner", "secret", "token", "key", "curl_user", "authorization"})


def _code_like(value: str) -> bool:
    """A call or an index in a value: "os.getenv('X')", "settings['key']", "f(" (a call cut off),
    not a password with brackets ("evc4OMxna(Fe", "sB%8sgNn(V^)")."""
    # the call ends the value or goes on as code does: "os.getenv('X').strip()"; not "gu9GilIt()$M"
    if _INTERPOLATION.search(value):
        return True  # configparser's "%(DB_PASS)s", a reference to another option
    return any(m.end() == len(value) or value[m.end()] in ".)]," for m in _CALL_OR_INDEX.finditer(value))


_INTERPOLATION = regex.compile(r"%\(\w++\)[sd]")
# A call or index: an identifier, then brackets that close (or the value ends at the opening one).
# Arguments hold names, quotes, numbers and commas, not a password's symbols ("sB%8sgNn(V^)").
_CALL_OR_INDEX = regex.compile(r"[A-Za-z_][\w.]*+(?:\((?:[\w\s.,'\"=:/*-]*+\)|$)|\[(?:[\w\s.,'\"-]*+\]|$))")


# A constant's name in capitals with underscores ("MQTT_PASS_1", "DB_PASSWORD"): a reference in code.
_CONSTANT = regex.compile(r"[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)++")
_CONSTANT_SECRET_PARTS = frozenset(
    {"PASS", "PWD", "PW", "PASSWORD", "PASSWD", "KEY", "TOKEN", "SECRET", "CRED", "CREDS"}
)


def _secret_constant(value: str) -> bool:
    return _CONSTANT.fullmatch(value) is not None and not _CONSTANT_SECRET_PARTS.isdisjoint(value.split("_"))


def _bare_literal(value: str) -> bool:
    """In code a bare value is usually a variable, a call or an attribute, not a literal; one that
    looks generated is a literal (no one names a variable "RdbTFOqEkmpaeIvCWenN")."""
    remark = value[0] in "([" and (")" in value or "]" in value or value[1:].isalpha())  # "(zie het ticket)"
    if _code_like(value) or remark or (value[0] in "*&@" and not _strong(value)):
        return False  # f(x), (a remark), *ptr, &buf, @decorator; not "&IB2brjxe8jBWnegZ", "(c%9Purs99UZ"
    if random_token(value, labelled=True):
        return True
    if _ATTRIBUTE.fullmatch(value) or _TYPE_NAME.fullmatch(value) or _secret_constant(value):
        return False
    if value[0] == "!" and value[1:].isalpha():
        return False  # a YAML tag: "encryption_key: !vault |", "password: !secret db_password"
    return credential_like(value) or value.lower() in DEFAULT_PASSWORDS or _strong(value)


_SENTENCE_MARKS = frozenset(".!?:;,")
_SPACED_PASSWORD_KEYS = PROSE_PASSWORDS | {"pass", "passwd"}


def _spaced_password(value: str, words: list[str]) -> bool:
    """A quoted password with spaces: a passphrase of three to eight words after a passphrase key
    ('wachtwoordzin = "paard batterij nietje correct"'), or, after a password key, two or more
    words that mix letters with digits or symbols ('"p@ss w0rd with spaces"'). Not a message
    ('"must be at least 8 characters."', '"Enter your password"')."""
    parts = value.split()
    if not 2 <= len(parts) <= 8 or len(value) > 100 or value[-1] in _SENTENCE_MARKS:
        return False
    if not words or not (words[-1] in _PHRASE_KEYS or any(w in _SPACED_PASSWORD_KEYS for w in words)):
        return False
    if words[-1] in _PHRASE_KEYS and len(parts) >= 3 and all(p.isalpha() for p in parts) and len(value) >= 15:
        return True
    if len(parts) == 4 and all(len(p) == 4 and p.isalpha() and p.islower() for p in parts):
        return random_letters("".join(parts))  # an app password as Google shows it: "dqip yrwu ktzb ksex"
    mixed = [p for p in parts if any(c.isalpha() for c in p) and credential_like(p) and p[-1] not in _SENTENCE_MARKS]
    return len(mixed) >= 2


def _verdict(value: str, words: list[str], kind: str, literal: bool, min_length: int) -> str | None:
    """SECRET, PLACEHOLDER (a stand-in literal where the key wants a credential), or None."""
    if kind == "private_key_id":
        return SECRET if _HEX40.fullmatch(value) else None
    if kind == "basic_auth":  # Docker's base64 of user:password, or a generated one ("auth: <token>" for Redis)
        return SECRET if _is_basic_auth(value) or random_token(value, labelled=True) else None
    if len(value) < min_length or (
        any(c.isspace() for c in value) and not (literal and _spaced_password(value, words))
    ):
        return None
    if kind in _PLACEHOLDER_KINDS and _DOC_PLACEHOLDER.search(value):
        return PLACEHOLDER
    value_words = key_words(value)
    if names_a_secret(value) or _suffix(value_words, words) or _suffix(words, value_words):
        return None  # api_key=API_KEY, consumer_key="test_consumer_key": a name, not a value
    if _COLOUR.fullmatch(value) or _PATH_OR_URL.match(value):
        return None  # Token: "#d8dee9" in a theme; a file holding the secret, or an endpoint
    if not literal and not _bare_literal(value):
        return None
    if is_placeholder(value) or value in PUBLISHED_EXAMPLES:
        return PLACEHOLDER if kind in _PLACEHOLDER_KINDS and stand_in(value) else None
    if kind == "weak_key":  # only what looks generated: "sleutel: Xk9#mQ2!vLp$7Rt", not "key: user:1234:profile"
        symbol = any(not c.isalnum() for c in value)
        jumbled = len(value) >= 10 and symbol and _strong(value) and mean_unit_length(value) <= 2.5
        hex_ok = "-" not in value and not _HEX_NAMES.intersection(words)  # "AZURE_OPENAI_KEY=<32 hex>"
        memorable = _MEMORABLE.fullmatch(value) is not None  # "ldap.bind.credentials=Bosrand2543@"
        return SECRET if random_token(value, labelled=hex_ok) or jumbled or memorable else None
    if kind == "token" and not (
        (len(value) >= 8 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value))
        or (len(value) >= 16 and (_strong(value) or random_token(value, labelled=literal)))
    ):
        return None  # tokens are random: {"token": "incredible"} is a word from a model's logprobs
    if kind == "password_inner" and not credential_like(value):
        return None  # "password_policy": "strict"
    return SECRET


def _value(m: regex.Match[str]) -> tuple[int, str, bool]:
    """Start, text and literal-ness of the value a match holds, trimmed of what surrounds it."""
    group = next(g for g in ("dq", "sq", "bq", "app", "bare") if g in m.re.groupindex and m.group(g) is not None)
    start, value = m.start(group), m.group(group)
    if group == "bare" and "&" in value and m.string[max(0, m.start() - 1) : m.start()] in ("?", "&"):
        value = value.split("&", 1)[0]  # ?user=x&password=y&next=z: the value ends at '&'
    # A bare value in code is often a variable; between quotes or XML tags it is a literal.
    literal = group != "bare" or m.re is _XML
    in_query = m.re is _ASSIGNMENT and m.string[max(0, m.start() - 1) : m.start()] in ("?", "&")
    literal = literal or (in_query and not _code_like(value))  # a query string holds literals
    literal = literal or (m.re is _ASSIGNMENT and _env_password(m, _trim(value), start + len(_trim(value))))
    literal = literal or (
        m.re is _ASSIGNMENT
        and group == "bare"
        and (
            _yaml_password(m, _trim(value), start + len(_trim(value)))
            or _ini_password(m, _trim(value), start + len(_trim(value)))
        )
    )
    literal = literal or (
        m.re is _ASSIGNMENT and _CLI_FLAG.search(m.string, max(0, m.start() - 16), m.start()) is not None
    )
    if not literal:
        value = _trim(value)
        lead = len(value) - len(value.lstrip("`*"))
        if lead:  # Markdown around it: `hunter2`, **Zomer2024!**
            start, value = start + lead, _trim(value[lead:].rstrip("`*"))
    return start, value, literal


# A key=value given to a command-line flag is a literal, not code: "kubectl create secret
# --from-literal=password=...", "helm --set db.password=...", "docker run -e DB_PASS=...".
_CLI_FLAG = regex.compile(r"(?:--from-literal=|--set(?:-string)?[ =]|--build-arg[ =]|--env[ =]|(?<![\w-])-e[ =])\Z")


def _env_password(m: regex.Match[str], value: str, end: int) -> bool:
    """Whether the match is a whole .env or compose line giving an upper-case password key a plain
    word ("DB_PASS=letmein", "- POSTGRES_PASSWORD=postgres"), or sets it for a command on a shell
    line ("PGPASSWORD=Zomer2024 psql -h db"); not code ("PASSWORD=os.urandom")."""
    line = m.string.rfind("\n", 0, m.start()) + 1
    runner = _RUNNER.match(m.group("key"))  # "sudo PGPASSWORD": a key may take in words before it
    key = m.group("key")[runner.end() :] if runner else m.group("key")
    return (
        _LINE_START.fullmatch(m.string, line, m.start()) is not None
        and _ENV_KEY.fullmatch(key) is not None
        and key_kind(key_words(key)) == "password"
        and (_LINE_END.match(m.string, end) is not None or _COMMAND_AFTER.match(m.string, end) is not None)
        and "(" not in value
        and "[" not in value  # os.environ['X'], settings['x']: a lookup
        and _ATTRIBUTE.fullmatch(value) is None
    )


# A YAML mapping line: "key: value" (a key of letters, digits, '_', '-' or '.').
_YAML_LINE = regex.compile(r"[ \t]*+(?:-[ \t]++)?[A-Za-z_][\w.-]{0,63}+:(?:[ \t]++[^\s#][^\n]*+|[ \t]*+)")
_YAML_KEY = regex.compile(r"[a-z][A-Za-z0-9_.-]{0,63}+")
# Words that say something about the password rather than being it ("password: required").
_YAML_NOT_VALUES = frozenset(
    """true false yes no on off null none nil empty required optional unchanged changed hidden masked redacted
    secret unknown same expired reset random generated onbekend vergeten verlopen gewijzigd leeg verplicht""".split()
)


def _yaml_password(m: regex.Match[str], value: str, end: int) -> bool:
    """Whether the match is a YAML line giving a lower-case password key a plain word
    ("  password: vakantie" under "datasource:", or beside another "key: value" line): YAML takes it
    literally. Not a label in a mail ("Password: forgotten": a capital, no mapping around it)."""
    text = m.string
    line = text.rfind("\n", 0, m.start()) + 1
    if (
        _LINE_START.fullmatch(text, line, m.start()) is None
        or _YAML_KEY.fullmatch(m.group("key")) is None
        or not text[m.end("key") : m.start("bare")].strip().startswith(":")
        or key_kind(key_words(m.group("key"))) != "password"
        or _LINE_END.match(text, end) is None
        or not value.isalnum()
        or value.lower() in _YAML_NOT_VALUES
    ):
        return False
    if m.start() > line:
        return True  # indented: inside a mapping
    above = _line_at(text, line - 1) if line else ""
    newline = text.find("\n", end)
    below = _line_at(text, newline + 1) if newline >= 0 else ""
    return any(_YAML_LINE.fullmatch(other) is not None for other in (above, below))


# A section header of an INI file (.pypirc, .gitconfig, php.ini, my.cnf): "[nexus]", "[client]".
_INI_SECTION = regex.compile(r"(?m)^\[[\w .:\-\"]{1,64}+\][ \t]*+\r?$")
_INI_REACH = 2000  # characters above the line in which its section header is looked for


def _ini_password(m: regex.Match[str], value: str, end: int) -> bool:
    """Whether the match is a line of an INI section giving a lower-case password key a plain word
    ("password = czpyzmESdxYrtt" under "[nexus]"): INI files hold literals, never code."""
    text = m.string
    line = text.rfind("\n", 0, m.start()) + 1
    return (
        m.start() == line
        and _YAML_KEY.fullmatch(m.group("key")) is not None
        and text[m.end("key") : m.start("bare")].strip().startswith("=")
        and key_kind(key_words(m.group("key"))) == "password"
        and _LINE_END.match(text, end) is not None
        and value.isalnum()
        and value.lower() not in _YAML_NOT_VALUES
        and _INI_SECTION.search(text, max(0, line - _INI_REACH), line) is not None
    )


def _line_at(text: str, pos: int) -> str:
    """The line holding position `pos` (a line break at `pos` ends the line before it)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : len(text) if end < 0 else end].rstrip("\r")


_PUBLIC = frozenset({"public", "publieke", "openbare", "publishable", "pub"})
_WORD_BEFORE = regex.compile(r"(?i)(\p{L}+)[ \t]++\Z")


def _public_key(m: regex.Match[str]) -> bool:
    """The key word is a bare "key" or "sleutel" right after "public" ("public key: ..."): the key
    group holds the last word only, so the word before it is read from the text."""
    if "key" not in m.re.groupindex or m.group("key") is None or m.group("key").lower() not in ("key", "sleutel"):
        return False
    before = _WORD_BEFORE.search(m.string, max(0, m.start("key") - 16), m.start("key"))
    return before is not None and before.group(1).lower() in _PUBLIC


# A key's fingerprint as ssh and gpg print it ("SHA256:/onvr0qpk...", "MD5:3a:2f:..."): public.
_FINGERPRINT = regex.compile(r"(?:SHA256|SHA1|MD5):[A-Za-z0-9+/:]{16,}={0,2}$")


def _check(m: regex.Match[str]) -> tuple[int, int, str, str] | None:
    """(start, end, kind, entity type) of the value a match holds when it counts, else None."""
    start, value, literal = _value(m)
    ref = m.string.rfind("${", max(0, m.start() - 64), m.start())
    if not value or (ref >= 0 and "}" not in m.string[ref : m.start()]):
        return None  # "${DB_PASSWORD:?missing}": a shell default or message inside a reference
    if _public_key(m) or _FINGERPRINT.match(value):
        return None  # "# public key: age1...", "key fingerprint is SHA256:...": published on purpose
    verdict: str | None
    if m.re is _AUTHORIZATION:  # Authorization: Bearer/Basic <credential>
        kind = "authorization"
        verdict = None if len(value) < 8 or names_a_secret(value) else SECRET
        if _DOC_PLACEHOLDER.search(value):
            verdict = PLACEHOLDER
        elif verdict and is_placeholder(value):
            verdict = PLACEHOLDER if stand_in(value) else None
    elif m.re in (_CLI_PASSWORD, _USER_AT_HOST):
        kind = "password_mention"  # the value must look like a password on its own
        ok = _strong(value) or (m.re is _CLI_PASSWORD and credential_like(value) and len(value) >= 6)
        verdict = _verdict(value, ["password"], "password", True, 4) if ok else None
    elif m.re is _NETRC:
        kind = "password"
        verdict = _verdict(value, ["password"], kind, True, 4) if value != m.group("key") else None
    elif m.re is _CURL_USER:  # curl -u user:password
        kind = "curl_user"
        verdict = _verdict(value, ["password"], kind, True, 4) if value != m.group("key") else None
    elif m.re is _MENTION:
        kind = "password_mention"
        words = key_words(m.group("key"))
        # a password word: a strong value; "client secret", "API key": a generated one, or one with a symbol
        passwordish = words[-1] in PROSE_PASSWORDS
        ok = _strong(value) and (passwordish or not value.isalnum()) or (not passwordish and random_token(value))
        if m.group("bare_key"):  # "the key <40 hex> stopped working"; not "the token gpt-4o-mini"
            ok = random_token(value, labelled=True) or (
                len(value) >= 12 and _strong(value) and mean_unit_length(value) <= 2.5
            )
            # a secret may be a memorable password: "use the secret Winter7738#"
            ok = ok or (m.group("bare_key").lower() == "secret" and _strong(value) and not value.isalnum())
            ok = ok or _MEMORABLE.fullmatch(value) is not None  # "use the key Zomer5419$"
        # a password word before 40 hex or another generated value: "gebruik het wachtwoord fc6c7a..."
        ok = ok or (passwordish and random_token(value, labelled=True))
        # letters no word could be, in capitals as a router's sticker prints them ("wachtwoord HZTTNXGO")
        sticker = passwordish and value.isupper() and random_letters(value, min_length=8)
        # letters whose case jumps, drawn at random ("wachtwoord vaQqrpxCCduF"), not a CamelCase name
        jumping = any(c.isupper() for c in value[1:]) and any(c.islower() for c in value)
        drawn = passwordish and value.isalpha() and jumping and random_letters(value.lower(), min_length=10)
        drawn = drawn and _TYPE_NAME.fullmatch(value) is None
        ok = ok or sticker or drawn
        verdict = _verdict(value, words, "password", sticker or drawn, 8) if ok else None
    elif m.re is _LOGIN_CALL or m.re is _POSITIONAL_CALL:
        kind = "login"
        app = _APP_PASSWORD.fullmatch(value) is not None and len(set(value.split())) == 4  # four groups of four
        ok = " " not in value and (_strong(value) or random_token(value, labelled=True))
        # an app password passed to login() is one, whatever its letters ("ofin gwrf grso mepd")
        verdict = SECRET if app else _verdict(value, ["password"], "password", True, 6) if ok else None
    elif m.re is _IT_IS:
        kind = "login"
        before = _PASSWORD_BEFORE.search(m.string, max(0, m.start() - _IT_IS_REACH), m.start())
        # a loose cue: a mark besides letters and digits too ("Zomerzon2025!", "Forklift_2024_wh"),
        # not a product's name and version ("It's Windows11 only now")
        marked = any(not c.isalnum() for c in value.rstrip(".,;:!?")) or value.endswith("!")
        ok = before is not None and marked and _strong(value)
        verdict = _verdict(value, ["password"], "password", True, 6) if ok else None
    elif m.re in (_LOGIN, _USER_PASS, _CHANGED, _ADMIN_LOGIN):  # key: the user name; prose, not code ("&H8Np...")
        kind = "login"
        ok = value != m.group("key") and (_strong(value) or (m.re is _CHANGED and _jumbled(value)))
        # "gebr: r.vandijk ww zeeuwsmeisje77": after a user name and a password word, digits with letters do
        digits_and_letters = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        ok = ok or (m.re is _USER_PASS and len(value) >= 8 and digits_and_letters)
        verdict = _verdict(value, ["password"], "password", True, 6) if ok else None
    else:
        words = key_words(m.group("key"))
        kind = key_kind(words) or ""
        if m.re is _PROSE and m.string[max(0, m.start("key") - 1) : m.start("key")] in ("_", "."):
            return None  # the end of an identifier ("next_page_token:"): _ASSIGNMENT reads the whole key
        if m.re is _PROSE:
            # Stated in a sentence: 4+ characters for a password, 8+ for a token or key.
            # a recovery or backup code is used once, like a password
            recovery = bool(_RECOVERY_CODE.search(m.group("key")))
            passwordish = words[-1] in PROSE_PASSWORDS or words == ["ww"] or recovery
            if m.group("app") is not None:  # "app password: rahq cvxe vgfb rpzm"
                ok = passwordish and random_letters(value.replace(" ", ""))
                return (start, start + len(value), "password", SECRET) if ok else None
            if words == ["pass"] and not (_strong(value) or random_token(value, labelled=True)):
                return None  # "pass is e1Uw15BmaSc"; not "the boarding pass is ready"
            if not passwordish and m.group("bare") is not None:
                value = value.rstrip("?")  # "deze sleutel: AKIA...?": a key ends before the question mark
            generated = random_token(value, labelled=True) or (len(value) >= 8 and _strong(value))
            if m.group("colon") and not passwordish and not generated:
                return None  # "token count for gpt-4o: ..." is no credential; "wachtwoord voor de NAS: ..." is
            if m.group("bare_key") and not generated:
                return None  # "the key is to keep it short", "the secret ingredient is cardamom"
            direct = m.group("eq") == "=" and not m.string[m.end("key") : m.start("eq")].strip()
            if m.group("eq") and (direct or not _bare_literal(value)):
                return None  # "password = os.environ[...]" is code (_ASSIGNMENT); "pwd for the host = X" is prose
            kind = kind or ("password" if passwordish else "token")
            # a password stated in a sentence with a digit or symbol is one, whatever its case ("Koffie4All")
            # not code, nor a remark in brackets ("staat hieronder:\n(zie het ticket)")
            literal = literal or (
                passwordish and credential_like(value) and not _code_like(value) and value[0] not in "(["
            )
            # letters alone that no word could be: an app password, a recovery code ("LYALJYFZ")
            # ... or in capitals, as a router's sticker prints it ("wachtwoord HZTTNXGO")
            short = recovery or (value.isupper() and value.isalpha())
            literal = literal or (passwordish and random_letters(value, min_length=8 if short else 12))
            verdict = _verdict(value, words, kind, literal, 4 if passwordish else 8)
            if verdict is None and kind == "weak_key" and _MEMORABLE.fullmatch(value) and m.group("bare") is not None:
                verdict = SECRET  # "de sleutel is nu Lente9721!": a password by its shape, whatever it is called
            stated = m.group("bare") is not None and not (m.group("colon") or m.group("eq"))
            if verdict is None and passwordish and stated and _word_password(value):
                verdict = SECRET  # "the password is sunflower", "het wachtwoord is KoffieMetMelk"
            if verdict == SECRET and words[-1] in _PHRASE_KEYS and m.group("bare") is not None:
                value += _phrase_rest(m.string, start + len(value))
            elif verdict == SECRET and _RECOVERY_CODE.search(m.group("key")) and m.group("bare") is not None:
                value += _code_list_rest(m.string, start + len(value), value)  # "codes: 8f3k-2m9x, 7q1z-5w8v"
        elif kind == "password_inner" and any(c in " \t" for c in m.group("key")) and not _strong(value):
            verdict = None  # "Password for admin: ..." in prose: the value must look like one on its own
        else:
            verdict = _verdict(value, words, kind, literal, 6) if kind else None
    if verdict is None or (kind in ("password_mention", "login") and verdict != SECRET):
        return None
    return start, start + len(value), kind, verdict


_RECOVERY_CODE = regex.compile(r"(?i:recovery|backup|herstel)")
# The next code of a list of recovery codes: a comma, semicolon or spaces, then a code.
# Between two codes of a list: a comma or semicolon, "and" or "en" (after a comma too), or spaces.
_NEXT_CODE = regex.compile(r"(?:[ \t]*+[,;])?[ \t]++(?i:and|en|or|of|und)[ \t]++|[ \t]*+[,;][ \t]*+|[ \t]++")
_CODE = regex.compile(r"[A-Za-z0-9-]{4,32}+")


def _code_list_rest(text: str, end: int, first: str) -> str:
    """The further codes of a list after the first ("8f3k-2m9x, 7q1z-5w8v, 3n6b-9c2d"): each as long
    as the first (give or take one) and, like it, holding a digit; up to 16 of them."""
    first = first.rstrip(",;")
    rest_end = end
    for _ in range(16):
        sep = _NEXT_CODE.match(text, rest_end)
        code = _CODE.match(text, sep.end()) if sep else None
        if code is None or abs(len(code.group()) - len(first)) > 1 or not any(c.isdigit() for c in code.group()):
            break
        after = code.end()
        if after < len(text) and (text[after].isalnum() or text[after] in "_-"):
            break
        rest_end = after
    return text[end:rest_end]


# Capitalised words run together, as a passphrase is written: "KoffieMetMelk", "BlueHorseBattery".
_CAMEL_WORDS = regex.compile(r"(?:\p{Lu}\p{Ll}{1,}+){3,6}+")


def _word_password(value: str) -> bool:
    """A password made of words, stated after "the password is": capitalised words run together
    ("KoffieMetMelk"), or an English word WordNet knows only as a noun ("sunflower", "football"),
    which no sentence about a password ends in ("is wrong", "is required", "is expired", "is
    below" are adjectives, verbs and adverbs as well)."""
    if _CAMEL_WORDS.fullmatch(value):
        return True
    from dlp_proxy.detection.names.english_words import english_words, non_noun_words

    low = value.lower()
    return (
        value.isalpha()
        and len(value) >= 5
        and (value.islower() or value[1:].islower())
        and low in english_words()
        and low not in non_noun_words()
    )


def _jumbled(value: str) -> bool:
    """Mixed case and symbols in short runs, as a generator writes them ("TuGP#jL#pLhh"), no digit needed."""
    return (
        len(value) >= 10
        and not value.isalnum()
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and mean_unit_length(value) <= 2.5
    )


# A memorable password: a capitalised word, digits and a symbol ("Lente9721!", "Zomer$2024").
_MEMORABLE = regex.compile(r"\p{Lu}\p{Ll}{2,12}+(?:\d{2,6}+[!#$%&*?@^]{1,3}+|[!#$%&*?@^]{1,3}+\d{2,6}+)")


class CredentialAssignmentRecognizer(PlainRecognizer):
    """The value of `password = "..."`, `wachtwoord: ...`, `"api_key": "..."`, `Authorization: Bearer ...`."""

    SCORE = 0.85
    HEADER_SCORE = 0.9
    PROSE_SCORE = 0.75
    MENTION_SCORE = 0.6
    LOGIN_SCORE = 0.6
    ENTITIES = (SECRET, PLACEHOLDER)
    CONTEXT = ["password", "wachtwoord", "secret", "token", "key", "credential", "login", "inloggen"]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        wanted = {SECRET, PLACEHOLDER}.intersection(entities)
        if not wanted:
            return []
        found: dict[tuple[int, int], tuple[float, str, str]] = {}
        open_gates: dict[_WordGate, bool] = {}
        for pattern, score in (
            (_ASSIGNMENT, self.SCORE),
            (_DEFINE, self.SCORE),
            (_XML, self.SCORE),
            (_HCL_DEFAULT, self.SCORE),
            (_APPSETTING, self.SCORE),
            (_NAME_VALUE, self.SCORE),
            (_AUTHORIZATION, self.HEADER_SCORE),
            (_CURL_USER, self.SCORE),
            (_NETRC, self.SCORE),
            (_CLI_PASSWORD, self.SCORE),
            (_USER_AT_HOST, self.MENTION_SCORE),
            (_PROSE, self.PROSE_SCORE),
            (_MENTION, self.MENTION_SCORE),
            (_LOGIN, self.LOGIN_SCORE),
            (_USER_PASS, self.LOGIN_SCORE),
            (_CHANGED, self.LOGIN_SCORE),
            (_IT_IS, self.LOGIN_SCORE),
            (_ADMIN_LOGIN, self.LOGIN_SCORE),
            (_LOGIN_CALL, self.SCORE),
            (_POSITIONAL_CALL, self.SCORE),
        ):
            gate = _GATES[pattern]
            if gate not in open_gates:
                open_gates[gate] = gate.search(text) is not None
            if not open_gates[gate]:
                continue  # no word this pattern needs: it cannot match
            for m in pattern.finditer(text):
                hit = _check(m)
                if hit is not None and hit[3] in wanted:
                    found.setdefault(hit[:2], (score, hit[2], hit[3]))
        return [
            RecognizerResult(
                entity,
                start,
                end,
                score,
                analysis_explanation=AnalysisExplanation(self.name, score, pattern_name=kind),
                recognition_metadata=metadata(self),
            )
            for (start, end), (score, kind, entity) in sorted(found.items())
        ]
