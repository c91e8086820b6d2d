"""Checks shared by the SECRET recognizers: placeholders, and whether a value looks like a credential."""

from __future__ import annotations

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
      | %[a-z_][a-z0-9_]*+%                 # %PASSWORD% (Windows)
      | [\W_]++$                            # ****, ..., ---
      | (.)\1*+$                            # xxxxxxxx, 00000000
    )
    | \$\{ | \{\{ | \}\} | \{%              # templates anywhere: ${...}, {{ ... }}, {% ... %}
    | x{4} | \*{3} | \.{3} | …              # masked or elided: sk-xxxx, ****, sk-...
    | (?:^|[^a-z])your                      # YOUR_API_KEY, <your-token>, sk-your-key-here
    | [^a-z]here$ | [_-]key$                # API_KEY_GOES_HERE, PASTE_TOKEN_HERE, test-key
    | ^(?:test|fake|mock|dummy|sample|demo)(?:[_-]|$) | [_-](?:fake|mock)(?:[_-]|$)   # test-key, fake_token
    | example | placeholder | change_?me | replace_?me | redacted | dummy
    """
)


def is_placeholder(value: str) -> bool:
    """True for documentation placeholders, template references and masked values."""
    v = value.strip()
    return not v or v.lower() in PLACEHOLDER_WORDS or _PLACEHOLDER.search(v) is not None


# A value that names a secret instead of being one: password=my_password, Password=myPassword.
_SECRET_WORDS = ("password", "passwd", "wachtwoord", "secret", "token", "api_key", "apikey", "api-key")


def names_a_secret(value: str) -> bool:
    """True when the value holds one of the words for a secret ("myPassword", "SECRET_TOKEN")."""
    low = value.lower()
    return any(w in low for w in _SECRET_WORDS)


def credential_like(value: str) -> bool:
    """A digit or a symbol in it: "hunter2", "Zomer2024!"; not a word or a variable name."""
    return any(c.isdigit() or not (c.isalnum() or c in "_-.") for c in value)


def looks_random(body: str, min_length: int = 16, min_distinct: int = 8) -> bool:
    """Long enough, letters and digits mixed, and enough different characters."""
    return (
        len(body) >= min_length
        and any(c.isdigit() for c in body)
        and any(c.isalpha() for c in body)
        and len(set(body)) >= min_distinct
    )
