"""SECRET: passwords in the file formats and commands that hold them in a shape of their own.

- a `.pgpass` line, `hostname:port:database:username:password` (the password is the fifth field;
  `*` may stand for any of the first four, `\\:` escapes a colon), found by its shape: a host, a
  port number or `*`, two more fields and the password, alone on its line;
- PowerShell's `ConvertTo-SecureString "..." -AsPlainText`, which only takes a plain-text password;
- a password hash in crypt notation as `/etc/shadow` and `.htpasswd` hold them (`$apr1$`, `$1$`,
  `$5$`, `$6$`, bcrypt `$2b$10$`, `$argon2id$`, yescrypt `$y$`, `{SSHA}`): offline guessing
  recovers weak passwords from them, so they are credentials too.

- SQL that sets a password: `CREATE USER ... IDENTIFIED BY 'x'` (MySQL, Oracle), `... WITH PASSWORD
  'x'` and `ALTER ROLE ... PASSWORD 'x'` (PostgreSQL), `SET PASSWORD ... = 'x'`, `LOGIN ... WITH
  PASSWORD = 'x'` (SQL Server): the quoted literal;
- Windows' `net user NAME PASSWORD` (the second argument, not `*`, which prompts);
- `htpasswd -b` (batch mode: the password on the command line) and Python's basic-auth pairs
  (`auth=("user", "x")`, `HTTPBasicAuth("user", "x")`);
- Redis and LDAP configuration (`requirepass X`, `masterauth X`, nslcd's `bindpw X`, slapd's
  `rootpw X`) and Wi-Fi keys (`psk="..."` in
  wpa_supplicant.conf, `wpa_passphrase=` in hostapd.conf);
- network device configuration (Cisco IOS, ASA and NX-OS lines, Juniper's `secret "$9$..."`):
  `enable secret 0 X`, `username U privilege 15 password 7 X`, `wpa-psk ascii 0 X`, `crypto isakmp
  key X address ...`, `tacacs-server key X`, `key-string 7 X`, `snmp-server community X RO`,
  `pre-shared-key X`. A type-7 password is only obfuscated (any tool reverses it), the others are
  the plain key or a crackable hash. The line must end after the value (or its address, access
  mode or list number), so prose that starts with "password" is not read as one.

Each finding is the value only, so redaction keeps the rest of the line.
"""

from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.recognizers.plain import PlainRecognizer
from dlp_proxy.detection.results import metadata
from dlp_proxy.detection.secret_values import is_placeholder

SECRET = "SECRET"

# A field of a .pgpass line: no colon or white space, except an escaped colon.
_FIELD = r"(?:[^\s:\\]|\\[:\\]){1,128}+"
_PGPASS = regex.compile(
    # the host: *, a name, an IPv4 or a bracketed IPv6 address
    r"(?m)^[ \t]*+(?:\*|(?=[\w.-]{0,253}?[A-Za-z])[A-Za-z0-9_.-]{1,253}+|\d{1,3}+(?:\.\d{1,3}+){3}"
    r"|\[[0-9A-Fa-f:]{2,39}\])"
    r":(?:\*|\d{1,5}+):" + _FIELD + ":" + _FIELD + r":(?P<value>" + _FIELD + r")[ \t]*+$"
)
_SECURE_STRING = regex.compile(
    r"(?i:ConvertTo-SecureString)[ \t]++(?:-(?i:String)[ \t]++)?"
    r"(?:\"(?P<value>[^\"\r\n]{1,256}+)\"|'(?P<sq>[^'\r\n]{1,256}+)')"
    r"(?=[^\r\n]{0,80}?-(?i:AsPlainText))"
)
_CRYPT_HASH = regex.compile(
    r"(?<![\w$])(?P<value>"
    r"\$(?:1|5|6|apr1|md5)\$(?:rounds=\d{1,9}+\$)?[./A-Za-z0-9]{1,16}+\$[./A-Za-z0-9]{22,86}+"
    r"|\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}"
    r"|\$argon2(?:id|i|d)\$v=\d{1,3}+\$m=\d{1,9}+,t=\d{1,9}+,p=\d{1,3}+\$[A-Za-z0-9+/]{8,128}+\$[A-Za-z0-9+/]{16,256}+"
    r"|\$y\$[./A-Za-z0-9]{1,32}+\$[./A-Za-z0-9]{1,64}+\$[./A-Za-z0-9]{43}"
    r"|\{(?:SSHA|SSHA256|SSHA512|SHA)\}[A-Za-z0-9+/]{20,128}+={0,2}+"
    r")(?![\w$])"
)
_SQL_PASSWORD = regex.compile(
    r"(?i:\bIDENTIFIED[ \t]++BY(?:[ \t]++PASSWORD)?|\bWITH[ \t]++(?:ENCRYPTED[ \t]++)?PASSWORD(?:[ \t]*+=)?"
    r"|\b(?:ROLE|USER)[ \t]++[^\s;]{1,64}+[ \t]++(?:ENCRYPTED[ \t]++)?PASSWORD|\bSET[ \t]++PASSWORD\b[^;\n]{0,80}?=)"
    r"[ \t]*+(?:'(?P<value>[^'\r\n]{1,128}+)'|\"(?P<sq>[^\"\r\n]{1,128}+)\")"
)
_NET_USER = regex.compile(
    r"(?i:\bnet[ \t]++user)[ \t]++(?:\"[^\"\r\n]{1,64}+\"|[^\s/\"]{1,64}+)[ \t]++"
    r"(?:\"(?P<sq>[^\"\r\n]{1,128}+)\"|(?P<value>(?![*/])[^\s\"]{1,128}+))"
)
_SERVICE_KEY = regex.compile(
    r"(?m)^[ \t]*+(?:(?:requirepass|masterauth|bindpw|rootpw)[ \t]++"
    r"(?:\"(?P<sq>[^\"\r\n]{1,128}+)\"|(?P<value>[^\s\"]{1,128}+))"
    r"|(?:psk|wpa_passphrase|sae_password)[ \t]*+=[ \t]*+(?:\"(?P<q2>[^\"\r\n]{8,63}+)\"|(?P<bare>[^\s\"]{8,64}+)))"
    r"|\bpsk=\"(?P<q3>[^\"\r\n]{8,63}+)\""
)
# htpasswd in batch mode takes the password as its last argument: "htpasswd -bc FILE USER PASSWORD",
# "htpasswd -nb USER PASSWORD" (no file).
_HTPASSWD = regex.compile(
    r"\bhtpasswd[ \t]++(?:-(?=[A-Za-z]{0,5}b)(?![A-Za-z]{0,5}n)[A-Za-z]{1,6}+[ \t]++[^\s\"']{1,256}+"
    r"|-(?=[A-Za-z]{0,5}b)(?=[A-Za-z]{0,5}n)[A-Za-z]{1,6}+)"  # -n prints instead of writing a file
    r"[ \t]++[^\s\"']{1,64}+[ \t]++[\"']?(?P<value>[^\s\"']{4,128}+)"
)
# Basic authentication in Python code: requests' auth=("user", "password"), HTTPBasicAuth("user", "password").
_AUTH_PAIR = regex.compile(
    r"(?:\bauth[ \t]*+=[ \t]*+\(|\bHTTP(?:Basic|Digest)Auth\()[ \t]*+([\"'])[^\"'\r\n]{1,64}+\1[ \t]*+,[ \t]*+"
    r"(?:\"(?P<sq>[^\"\r\n]{4,128}+)\"|'(?P<value>[^'\r\n]{4,128}+)')[ \t]*+\)"
)
# Network device configuration lines, at the start of a line (indented in a block): the keyword,
# an optional encryption type (0 plain, 5/8/9 hashes, 7 reversible) and the value, ending the line
# but for what IOS puts after it. A bare "password"/"secret"/"key" needs the type digit.
_TYPE = r"(?:[ \t]++[0-9](?=[ \t]))?"
_NETWORK_KEYWORD = (
    r"(?:enable[ \t]++(?:secret|password)(?:[ \t]++level[ \t]++\d{1,2}+)?"
    + _TYPE
    + r"|username[ \t]++[^\s\"]{1,64}+(?:[ \t]++privilege[ \t]++\d{1,2}+)?[ \t]++(?:secret|password)"
    + _TYPE
    + r"|(?:secret|password|key)[ \t]++[0-9](?=[ \t])"
    + r"|secret(?=[ \t]++\"\$9\$)"  # Juniper's reversible $9$ encoding
    + r"|wpa-psk[ \t]++(?:ascii|hex)"
    + _TYPE
    + r"|crypto[ \t]++isakmp[ \t]++key"
    + _TYPE
    + r"|(?:tacacs|radius)-server(?:[ \t]++host[ \t]++[^\s\"]{1,64}+)?[ \t]++key"
    + _TYPE
    + r"|key-string"
    + _TYPE
    + r"|snmp-server[ \t]++community"
    + r"|(?:ikev[12][ \t]++(?:local|remote)-authentication[ \t]++)?pre-shared-key(?:[ \t]++ascii-text)?"
    + _TYPE
    + r"|authentication-key"
    + _TYPE
    + r"|ppp[ \t]++(?:chap|pap)[ \t]++(?:password|sent-username[ \t]++[^\s\"]{1,64}+[ \t]++password)"
    + _TYPE
    + r")"
)
_NETWORK_DEVICE = regex.compile(
    r"(?m)^[ \t]*+(?:set[ \t]++)?" + _NETWORK_KEYWORD + r"[ \t]++"
    r"(?:\"(?P<sq>[^\"\r\n]{4,256}+)\";?|(?P<value>[^\s\"]{4,128}+))"
    r"(?:[ \t]++(?:address[ \t]++[^\s]{1,64}+|R[OW](?:[ \t]++[^\s]{1,64}+)?|\d{1,5}+|encrypted|mask[ \t]++\S{1,64}+))?"
    r"[ \t]*+\r?$"
)
_DEVICE_WORDS = (
    "enable ", "username ", "secret ", "password ", "key ", "wpa-psk ", "crypto ", "tacacs-server ",
    "radius-server ", "snmp-server ", "pre-shared-key ", "ikev", "authentication-key ", "ppp ", "set ",
)  # fmt: skip


class _DeviceLines:
    """The gate of _NETWORK_DEVICE: a line that opens with one of its keywords (prose that only
    mentions a key or a password has none); far cheaper than a multi-line pattern's scan."""

    def search(self, text: str) -> bool | None:
        if not any(w.rstrip() in text for w in ("secret", "password", "key", "wpa-psk", "community")):
            return None
        return any(line.lstrip(" \t").startswith(_DEVICE_WORDS) for line in text.split("\n")) or None


# What every match of a pattern holds, searched first: a text without it is not searched with the
# pattern (the same (?i) matching as the pattern, so no casing slips past the gate).
_GATES: tuple[tuple[regex.Pattern[str], regex.Pattern[str] | _DeviceLines, str], ...] = (
    (_PGPASS, regex.compile(":"), "pgpass"),
    (_SECURE_STRING, regex.compile("(?i:SecureString)"), "secure_string"),
    (_CRYPT_HASH, regex.compile(r"\$(?:1|2|5|6|y|apr1|md5|argon2)|\{S?SHA"), "password_hash"),
    (_SQL_PASSWORD, regex.compile(r"(?i:password|identified)"), "sql_password"),
    (_NET_USER, regex.compile(r"(?i:net[ \t]++user)"), "net_user"),
    (
        _SERVICE_KEY,
        regex.compile(r"requirepass|masterauth|bindpw|rootpw|psk|wpa_passphrase|sae_password"),
        "service_key",
    ),
    (_HTPASSWD, regex.compile("htpasswd"), "htpasswd"),
    (_AUTH_PAIR, regex.compile(r"auth[ \t]*+=|Auth\("), "auth_pair"),
    (
        _NETWORK_DEVICE,
        _DeviceLines(),
        "network_device",
    ),
)
# The SNMP communities every device ships with: no secret, whoever reads them.
_DEFAULT_COMMUNITIES = frozenset({"public", "private"})
_MIN_COLONS = 4  # a .pgpass line has five fields


class CredentialFileRecognizer(PlainRecognizer):
    """Passwords in .pgpass lines, PowerShell SecureString calls, SQL, `net user`, Redis, Wi-Fi and
    network device configuration; password hashes in crypt notation."""

    SCORE = 0.85
    ENTITIES = (SECRET,)
    CONTEXT = ["password", "wachtwoord", "pgpass", "htpasswd", "shadow", "hash"]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if SECRET not in entities:
            return []
        results = []
        for pattern, gate, kind in _GATES:
            if gate.search(text) is None:
                continue
            if pattern is _PGPASS and text.count(":") < _MIN_COLONS:
                continue
            for m in pattern.finditer(text):
                group = next(
                    g for g in ("value", "sq", "q2", "bare", "q3") if g in pattern.groupindex and m.group(g) is not None
                )
                value = m.group(group)
                if kind != "password_hash" and (len(value) < 4 or is_placeholder(value)):
                    continue
                if kind == "network_device" and value.casefold() in _DEFAULT_COMMUNITIES:
                    continue
                results.append(
                    RecognizerResult(
                        SECRET,
                        m.start(group),
                        m.end(group),
                        self.SCORE,
                        analysis_explanation=AnalysisExplanation(self.name, self.SCORE, pattern_name=kind),
                        recognition_metadata=metadata(self),
                    )
                )
        return results
