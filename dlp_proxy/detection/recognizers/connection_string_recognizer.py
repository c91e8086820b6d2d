"""SECRET: credentials inside connection strings (URLs with user:password@, ADO.NET/ODBC, Azure)."""

from __future__ import annotations

from urllib.parse import unquote

from presidio_analyzer import Pattern

from dlp_proxy.detection.recognizers.hinted import HintedPatternRecognizer
from dlp_proxy.detection.secret_values import is_placeholder, names_a_secret

# Each pattern reports only the credential: `\K` (regex module) drops what precedes it from the
# reported span, so "postgres://app:s3cret@db" yields "app:s3cret@" and "Password=x;" yields "x".

# URL schemes that carry a user:password@ part; an optional driver ("postgresql+psycopg2",
# "mongodb+srv") and a "git+" prefix are allowed. "jdbc:postgresql://" matches on "postgresql".
_SCHEMES = (
    r"(?i:(?:git\+)?(?:postgres(?:ql)?|mysql|mariadb|mongodb|rediss?|amqps?|mssql|sqlserver|oracle|clickhouse"
    r"|neo4j|couchdb|mqtts?|ftps?|sftp|smtps?|ldaps?|https?)(?:\+[a-z0-9_]{1,20}+)?)"
)
# User: no ':' or '@'. Password: up to the last '@' of the authority (a raw '@' in a password
# is common), so this part backtracks, bounded by 256 characters. No ',' in either: that is a
# multi-host URL ("https://h1:123,h2:456/"). A '#' or '?' in the password is allowed: people type
# them unencoded ("https://deploy:Xk9#mQ2v@pypi.acme.nl"), and an '@' must still follow.
_USERINFO = r"[^\s:/?#@'\"<>\[\]{},]{0,128}+:[^\s/'\"<>,]{1,256}@"

# Keys that make a ';'-separated string a connection string (ADO.NET, ODBC, JDBC properties).
_CONN_KEYS = (
    r"(?i:\b(?:server|data source|host|hostname|driver|dsn|database|initial catalog|uid|user id|userid"
    r"|username|user|address|addr|network address|provider|port|endpoint))\s*="
)
# Skip the rest of one element and at most ten more, each up to its ';' (the next key is
# looked for at element starts only, which keeps a run of ";;;;" cheap).
_ELEMENTS = r"(?:[^;\r\n]{0,300}+;){0,11}?[ \t]*"
_PWD_KEY = r"(?<![A-Za-z])(?i:password|pwd)\s*=\s*"
# The value, without its quotes or ODBC braces when it has them; unquoted it ends at ';' or space.
_VALUE = (
    r"(?:\"\K[^\"\r\n]{1,256}+(?=\")|'\K[^'\r\n]{1,256}+(?=')|\{\K[^}\r\n]{1,256}+(?=\})"
    r"|[^;\s\"'{}][^;\s\"']{0,255}+)"
)

PATTERNS = [
    Pattern("url_credentials", rf"(?<![A-Za-z0-9.+-]){_SCHEMES}://\K{_USERINFO}", 0.85),
    # Password=/Pwd= after a connection-string key ("Server=...;User Id=sa;Password=...") ...
    Pattern("password_in_connection_string", rf"{_CONN_KEYS}{_ELEMENTS}{_PWD_KEY}\K{_VALUE}", 0.85),
    # ... or before one ("Password=...;Server=...").
    Pattern(
        "password_before_connection_keys",
        rf"{_PWD_KEY}\K{_VALUE}(?=[\"'}}]?[ \t]*;{_ELEMENTS}{_CONN_KEYS})",
        0.85,
    ),
    # Azure Storage / Cosmos DB (AccountKey=), Service Bus / Event Hubs / IoT Hub
    # (SharedAccessKey=), SignalR (AccessKey=): base64 keys.
    Pattern(
        "azure_connection_key",
        r"(?<![A-Za-z])(?i:AccountKey|SharedAccessKey|AccessKey)\s*=\s*\K[A-Za-z0-9+/]{20,200}+={0,2}(?![A-Za-z0-9+/=])",
        0.9,
    ),
    # Shared access signatures (Azure SAS URLs and SharedAccessSignature=): the sig= value.
    Pattern("azure_sas_signature", r"(?i:\bsv=)[^\s'\"<>]{0,500}?[?&;](?i:sig)=\K[A-Za-z0-9%+/=]{20,200}+", 0.85),
]

# The Azurite/Storage Emulator account key: the same published value on every machine.
_AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


class ConnectionStringRecognizer(HintedPatternRecognizer):
    """Passwords and keys embedded in connection strings; placeholders like user:password@ do not count."""

    PATTERNS = PATTERNS
    CONTEXT = ["connection", "connectionstring", "database", "db", "dsn", "url", "verbinding", "storage"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="SECRET",
            name="ConnectionStringRecognizer",
            patterns=list(self.PATTERNS),
            context=self.CONTEXT,
            supported_language=supported_language,
            # Case-insensitive parts are marked (?i:...) in the patterns; values keep their case.
            global_regex_flags=0,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        secret = pattern_text
        if pattern_text.endswith("@") and ":" in pattern_text:  # user:password@ from a URL
            user, _, password = pattern_text[:-1].partition(":")
            secret = unquote(password)
            if secret == unquote(user):  # guest:guest@, root:root@: well-known defaults
                return False
        # "Password=myPassword", "user:password@": the example from the documentation.
        if len(secret) < 3 or is_placeholder(secret) or names_a_secret(secret) or secret == _AZURITE_KEY:
            return False
        return None
