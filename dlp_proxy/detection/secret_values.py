"""Checks shared by the SECRET recognizers: placeholders, and whether a value looks like a credential."""

from __future__ import annotations

import base64
import binascii
import math
from collections import Counter

import regex

# Whole values (compared in lower case) that say "a secret goes here" rather than being one.
PLACEHOLDER_WORDS = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "pwd",
        "passphrase",
        "wachtwoord",
        "paswoord",
        "geheim",
        "secret",
        "token",
        "key",
        "apikey",
        "api_key",
        "api-key",
        "changeme",
        "changeit",
        "example",
        "sample",
        "test",
        "testing",
        "dummy",
        "placeholder",
        "redacted",
        "hidden",
        "masked",
        "removed",
        "none",
        "null",
        "nil",
        "undefined",
        "true",
        "false",
        "yes",
        "no",
        "empty",
        "string",
        "str",
        "text",
        "value",
        "default",
        "required",
        "optional",
        "todo",
        "tbd",
        "fixme",
        "foo",
        "bar",
        "foobar",
        "baz",
        "deadbeef",
    }
)

# Shapes of placeholders and references: the whole value (first group) or a marker anywhere.
_PLACEHOLDER = regex.compile(
    r"""(?ix)
    ^(?:
        <[^<>]*+>                           # <password>, <your-token>
      | \[[^\[\]]*+\]                       # [REDACTED]
      | \{[^{}]*+\}                         # {password} in a format string
      | \$\{[^}]*+\}? | \$\(                # ${DB_PASSWORD}, $(cat ...)
      | \$[a-z_]\w*+(?:$|[/\\.:$()\[\]{}=+-])  # $PASSWORD, $cfg->pw, $HOME/x, $f(x); "$pKj3!x" is a password
      | %[a-z_][a-z0-9_]*+%(?:$|[\\/.;])     # %PASSWORD%, %APPDATA%\x (Windows); not "%u0EWi8%puD*"
      | [\W_]++$                            # ****, ..., ---
      | (.)\1*+$                            # xxxxxxxx, 00000000
    )
    | \$\{ | \{\{ | \}\} | \{%              # templates anywhere: ${...}, {{ ... }}, {% ... %}
    | x{4} | \*{3} | \.{3} | …              # masked or elided: sk-xxxx, ****, sk-...
    | (?:^|[^a-z])your                      # YOUR_API_KEY, <your-token>, sk-your-key-here
    | [^a-z]here$ | [_-]key$                # API_KEY_GOES_HERE, PASTE_TOKEN_HERE, test-key
    | ^(?:test|fake|mock|dummy|sample|demo)(?:[_-]|$) | [_-](?:fake|mock)(?:[_-]|$)   # test-key, fake_token
    | example | placeholder | change_?me | replace_?me | redacted | dummy
    | not_?a_?real | 0{6} | (?:^|-)0{3,}+-          # NOTAREAL, runs of zeros, an all-zero field: xoxb-00000-...
    """
)


def is_placeholder(value: str) -> bool:
    """True for documentation placeholders, template references and masked values."""
    v = value.strip()
    if not v or v.lower() in PLACEHOLDER_WORDS:
        return True
    m = _PLACEHOLDER.search(v)
    if m is not None and m.group().lower() in _TEST_MODE and len(v) >= 24 and _PLACEHOLDER.search(v, m.end()) is None:
        return not random_token(v[m.end() :])  # "test_YGQqPgqUwvEXYxcH0pEWSOF8NphWq7": a test-mode key (Mollie)
    return m is not None and not (m.start() == 0 and v[0] == "$" and _generated_name(v[1:]))


# A value opening with one of these is a test-mode key when a generated token follows.
_TEST_MODE = frozenset({"test_", "test-"})


def _generated_name(name: str) -> bool:
    """A "$" and a name no one gives a variable: upper and lower case and digits mixed in short
    units that are no words ("$yuzVj2eK43U" is a password; "$apiKey2", "$HOME" are variables)."""
    if len(name) < 8 or not name.isalnum():
        return False
    has_all = any(c.isupper() for c in name) and any(c.islower() for c in name) and any(c.isdigit() for c in name)
    return has_all and mean_unit_length(name) <= 3 and not _made_of_words("".join(c for c in name if c.isalpha()))


# A value that names a secret instead of being one: password=my_password, Password=myPassword.
_SECRET_WORDS = ("password", "passwd", "wachtwoord", "paswoord", "secret", "token", "api_key", "apikey", "api-key")


def names_a_secret(value: str) -> bool:
    """True when the value holds one of the words for a secret ("myPassword", "SECRET_TOKEN")."""
    low = value.lower()
    return any(w in low for w in _SECRET_WORDS)


def credential_like(value: str) -> bool:
    """A digit or a symbol in it: "hunter2", "Zomer2024!"; not a word or a variable name."""
    return any(c.isdigit() or not (c.isalnum() or c in "_-.") for c in value)


def random_letters(value: str, min_length: int = 12) -> bool:
    """Letters alone, in one case, that no English or Dutch word could be: three or more letter
    pairs rare in both languages ("wxecauwxzqoaiwmm", an app password), which 94 % of random
    16-letter strings have and 4 of 28,599 Dutch street words of 12+ letters (letter_bigrams)."""
    if (
        len(value) < min_length
        or not value.isascii()
        or not value.isalpha()
        or not (value.islower() or value.isupper())
    ):
        return False
    from dlp_proxy.detection.letter_bigrams import COMMON_BIGRAMS

    low = value.lower()
    return sum(low[i : i + 2] not in COMMON_BIGRAMS for i in range(len(low) - 1)) >= 3


def looks_random(body: str, min_length: int = 16, min_distinct: int = 8) -> bool:
    """Long enough, letters and digits mixed, and enough different characters."""
    return (
        len(body) >= min_length
        and any(c.isdigit() for c in body)
        and any(c.isalpha() for c in body)
        and len(set(body)) >= min_distinct
    )


def basic_auth(value: str) -> bool:
    """base64 of "user:password" with a password that is not a placeholder."""
    try:
        user, sep, password = base64.b64decode(value, validate=True).decode().partition(":")
    except (binascii.Error, ValueError):
        return False
    return bool(sep and user) and len(password) >= 4 and not is_placeholder(password) and password != user


def strong_password(value: str) -> bool:
    """Whether a value looks like a password on its own: letters, digits, and a symbol or mixed
    case; not an acronym like SHA256 or PBKDF2. Or letters alone whose case jumps like a generated
    one's ("jbCpPugnIQqM"), not a name ("KeePassXC", "iCloud")."""
    has_upper = any(c.isupper() for c in value)
    has_lower = any(c.islower() for c in value)
    has_symbol = any(not c.isalnum() and c not in "-_." for c in value)  # "reset-2024" is a slug
    if value.isalpha() and has_upper and has_lower and len(value) >= 10:
        return mean_unit_length(value) <= 2.0
    symbols = sum(not c.isalnum() and c not in "-_." for c in value)
    if has_upper and has_lower and symbols >= 2 and len(value) >= 10 and not any(c.isdigit() for c in value):
        return mean_unit_length(value.strip("!#$%&*?@^+=~")) <= 3.0  # "q?mGSHeIaE&^"; not "Hello,World!"
    return (
        any(c.isdigit() for c in value)
        and (has_upper or has_lower)
        and (has_symbol or (has_upper and has_lower))
        and not value.isupper()
    )


# --- stand-ins: literals written where a credential goes -------------------------------------

# Shipped default passwords: placeholders in a template, but a system that kept them has this
# literal as its live password (Elasticsearch "changeme", Java keystores "changeit").
DEFAULT_PASSWORDS = frozenset({"changeme", "changeit", "change_me", "change-me"})
# A reference to a value kept elsewhere, a template, or a mask: nothing of a credential in it.
_REFERENCE = regex.compile(
    r"""(?x)
    ^(?: <[^<>]*+> | \[[^\[\]]*+\] | \{[^{}]*+\} | \$\{ | \$\( | \$[A-Za-z_] | %[A-Za-z_]\w*+% )
    | \$\{ | \{\{ | \}\} | \{%
    """
)
# Keys the vendors publish in their own documentation without a marker in them, copied into
# countless tutorials and test suites: no one's credential, so masked like AKIAIOSFODNN7EXAMPLE.
PUBLISHED_EXAMPLES = frozenset(
    {
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",  # Stripe API reference
        "sk_test_BQokikJOvBiI2HlWgH4olfQ2",  # Stripe API reference, earlier versions
        "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy",  # Slack OAuth documentation
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a",  # GitHub's token format announcement
        "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",  # Telegram Bot API documentation
        "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",  # Telegram Bot API documentation
        "JBSWY3DPEHPK3PXP",  # one-time-password seed of Google Authenticator's key URI format
    }
)
_MASK_RUN = regex.compile(r"[xX]{3,}+|\*++|\.{2,}+|…++|0{4,}+")
_ALNUM = regex.compile(r"[A-Za-z0-9]")


def stand_in(value: str) -> bool:
    """A literal written in place of a credential that still has substance of its own:
    "changeme", "example123", "sk-your-key-here", "AKIAIOSFODNN7EXAMPLE".

    Not an empty value, a reference or template ("${DB_PASSWORD}", "<your-key>", "{{ x }}"),
    a mask ("****", "xxxx", "sk-..."), a bare word for the slot ("password", "REDACTED") or
    a name of the secret ("YOUR_API_KEY"): nothing of a credential in them. (Where a credential
    key holds one, credential_assignment masks "YOUR_API_KEY" and "<password>" anyway, and
    secret_placeholder masks a vendor prefix with a masked body, "sk-proj-...".)
    """
    v = value.strip()
    if v.lower() in DEFAULT_PASSWORDS or v in PUBLISHED_EXAMPLES:
        return True
    if not is_placeholder(v) or _REFERENCE.search(v) or v.lower() in PLACEHOLDER_WORDS or names_a_secret(v):
        return False
    return len(_ALNUM.findall(_MASK_RUN.sub("", v))) >= 6


# --- random tokens ----------------------------------------------------------------------------

# Measured (see keyword_token_recognizer's docstring): random tokens of 20-256 characters over
# base62, base64, base64url, upper case + digits and lower case + digits keep a normalised
# Shannon entropy >= 0.747 in 99.9 % of draws; repetitive and structured strings fall below
# ("AAAA...==" 0.07, "abcabc...123" 0.46, "XXXXX-XXXXX-..." 0.12, an OID 0.64).
MIN_NORMALISED_ENTROPY = 0.74
# Mean length of a token's letter/digit units ("getUserToken2" -> get, User, Token, 2): random
# mixed-case tokens break into units of 1-3 characters (99.5 % of 24+ character draws <= 3.0),
# identifiers and model names into words.
MAX_MIXED_UNIT = 3.0
MAX_SINGLE_CASE_UNIT = 4.0
# Hex and UUIDs named directly by a key word: 16 symbols, so at most 4 bits; 99.9 % of random
# 32-64 digit draws keep >= 3.0 (detect-secrets' hex limit), "0000...0001" and "deadbeef..." fall below.
MIN_HEX_ENTROPY = 3.0
MIN_TOKEN = 20
# A key word naming the value directly ("API_KEY=", "de sleutel is") vouches for shorter ones.
MIN_LABELLED_TOKEN = 16
# A CamelCase unit: a capitalised or lower-case word, or a run of capitals ("HTTP" in "HTTPServer").
_CASE_UNIT = regex.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
MAX_TOKEN = 256
_UNITS = regex.compile(r"[A-Z][a-z]{2,}+|[a-z]++|[A-Z]++|[0-9]++")
_SEPARATOR_CHARS = frozenset("-_.:\\~")
_HEX_ONLY = regex.compile(r"[0-9a-f]++|[0-9A-F]++")
_UUID = regex.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# A host name or a file name ("db.example.com", "config.json", "app.git"), a path ("~/x", "./x",
# "a/config/b"), a URL, or an e-mail address.
_NAME_LIKE = regex.compile(
    r"\.[a-z]{2,6}+(?:[/:]|$)|^(?:~|\.{1,2}|[A-Za-z]:)[\\/]|^/[a-z]{2,}+/|(?:^|/)[a-z]{3,}+(?:/|$)|://|@"
)


def shannon_entropy(value: str) -> float:
    """Bits per character of the value's own character distribution."""
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values()) if n else 0.0


def normalised_entropy(value: str) -> float:
    """Entropy over the most a value of this length and these character classes can have."""
    size = (
        26 * any(c.islower() for c in value)
        + 26 * any(c.isupper() for c in value)
        + 10 * any(c.isdigit() for c in value)
        + len({c for c in value if not c.isalnum()})
    )
    most = math.log2(min(len(value), size)) if min(len(value), size) > 1 else 1.0
    return shannon_entropy(value) / most


def _made_of_words(letters: str) -> bool:
    """Whether a third or more of a run of letters lies in CamelCase units that are English words
    of three letters or more: "getUserNameFromDatabase", "HTTPServerError" are; a generated
    "ysqrfwndhWLZQMlfZJLh" is not."""
    from dlp_proxy.detection.names.english_words import english_words, is_english_word

    vocabulary = english_words()
    covered = sum(len(u) for u in _CASE_UNIT.findall(letters) if len(u) >= 3 and is_english_word(u, vocabulary))
    return covered * 3 >= len(letters)


def mean_unit_length(value: str) -> float:
    """Mean length of the letter and digit units of a value: "getUserToken2" -> get, User, Token, 2 -> 3.25."""
    units = _UNITS.findall(value)
    return sum(map(len, units)) / len(units) if units else float(len(value))


def random_token(value: str, *, labelled: bool = False) -> bool:
    """Whether a 20-256 character token looks generated rather than written: mixed character
    classes, high entropy, no words; never a host or file name, path, URL or e-mail address.

    Pure hex (git SHAs, digests) and UUIDs count only when `labelled` (a key word names the
    value directly: "sleutel: 3f2a...").
    """
    n = len(value)
    if not (MIN_LABELLED_TOKEN if labelled else MIN_TOKEN) <= n <= MAX_TOKEN or _NAME_LIKE.search(value):
        return False
    if _HEX_ONLY.fullmatch(value) or _UUID.fullmatch(value):
        return labelled and n >= 32 and not value.isdigit() and shannon_entropy(value) >= MIN_HEX_ENTROPY
    core = value.rstrip("=")
    lower = any(c.islower() for c in core)
    upper = any(c.isupper() for c in core)
    digits = sum(c.isdigit() for c in core)
    separators = sum(c in _SEPARATOR_CHARS for c in core)
    unit = mean_unit_length(core)
    if "=" in core or digits > 0.6 * n or separators > 0.15 * n or normalised_entropy(value) < MIN_NORMALISED_ENTROPY:
        return False
    if lower and upper:
        if digits:
            return unit <= MAX_MIXED_UNIT
        # letters alone: jumbled case ("RdbTFOqEkmpaeIvCWenN"), or case runs that are no words
        # ("ysqrfwndhWLZQMlfZJLh"); not an identifier made of words ("getUserNameFromDatabase")
        return unit <= 2.5 or not _made_of_words(core)
    # One letter case and digits, no separators: "k3jh5gq9wmx2pl7rt0az", not "gpt-4o-mini-2024".
    return (lower or upper) and digits >= 0.1 * n and not separators and unit <= MAX_SINGLE_CASE_UNIT
