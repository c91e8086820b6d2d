"""SECRET: the cells of a table column whose header names a password, secret, token or key.

    | Systeem | Gebruiker | Wachtwoord |          system,user,password
    |---------|-----------|------------|          crm,beheer,Xk9mQ2vLp
    | CRM     | beheer    | Xk9mQ2vLp  |   ->     Xk9mQ2vLp (both)

A Markdown table (a header row, a `|---|` row, then rows), or a CSV, semicolon or tab-separated
block whose first line is its header. The header cell decides (secret_keys.key_kind: "Wachtwoord",
"Password", "API key", "Token", "Client secret"; not "Password policy" or "Key"); a cell counts when
it is one word of 4 to 256 characters that is no stand-in ("-", "n/a", "zie kluis", "${DB_PASS}",
"changeme") and looks like a credential: a digit or symbol, random, or (in a Markdown table only)
letters whose case jumps ("REfXwBvVQP", not "required"). In a delimited block, where two lines of
prose or code with a comma each could pass for a table, every header cell must be a plain label.
Each finding is the cell's value only.
"""

from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.recognizers.plain import PlainRecognizer
from dlp_proxy.detection.results import metadata
from dlp_proxy.detection.secret_keys import key_kind, key_words
from dlp_proxy.detection.secret_values import credential_like, is_placeholder, random_token, strong_password

SECRET = "SECRET"
# Header kinds whose column holds credentials ("weak_key": a bare "Key" column may hold anything).
_COLUMN_KINDS = frozenset({"password", "password_inner", "secret", "token", "key"})
_GATE = regex.compile(r"(?i:pass|pw|wachtwoord|paswoord|secret|geheim|token|key|sleutel|inlogcode|pincode)")
_RULE = regex.compile(r"[ \t]*+\|?[ \t]*+:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)*+\|?[ \t]*+")
_SEPARATORS = (",", ";", "\t")
_MAX_HEADER_CELL = 40
_MAX_HEADER_WORDS = 3
# A header cell of a delimited block is a plain label: no code ("user, password = get_creds()").
_LABEL = regex.compile(r"[\w][\w .#/-]{0,39}+")
_NOT_A_VALUE = frozenset("- -- — n/a na nvt none geen null nil ? ... *** ****".split())


def _cells(line: str, sep: str, offset: int) -> list[tuple[int, str]]:
    """(start in the text, stripped text) of each cell of a table line."""
    out = []
    pos = 0
    body = line
    if sep == "|":
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        pos = lead + 1 if body.startswith("|") else lead
        body = body[1:] if body.startswith("|") else body
        body = body[:-1] if body.endswith("|") else body
    for raw in body.split(sep):
        stripped = raw.strip()
        at = offset + pos + (raw.find(stripped) if stripped else 0)
        if sep != "|" and len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':
            at, stripped = at + 1, stripped[1:-1]  # a quoted CSV cell (a KeePass export): its text
        out.append((at, stripped))
        pos += len(raw) + 1
    return out


def _secret_columns(header: list[tuple[int, str]], sep: str) -> list[int]:
    if sep != "|" and any(
        len(cell.split()) > _MAX_HEADER_WORDS or "." in cell or not _LABEL.fullmatch(cell) for _, cell in header
    ):
        return []  # a sentence with commas or a line of code, not a header line
    return [
        i
        for i, (_, cell) in enumerate(header)
        if 0 < len(cell) <= _MAX_HEADER_CELL and key_kind(key_words(cell)) in _COLUMN_KINDS
    ]


def _value(cell: str, sep: str) -> bool:
    if not 4 <= len(cell) <= 256 or any(c.isspace() for c in cell) or cell.lower() in _NOT_A_VALUE:
        return False
    if set(cell) & set("{}<>()=") or is_placeholder(cell):  # is_placeholder knows "$DB_PASS", "$(cat x)"
        return False
    if credential_like(cell) or strong_password(cell) or random_token(cell):
        return True
    # in a Markdown table a word in letters only counts when its case jumps ("REfXwBvVQP"), not
    # "required", "Optional" or "None" in a table of settings
    return sep == "|" and cell.isalpha() and any(c.isupper() for c in cell[1:]) and any(c.islower() for c in cell)


def table_secrets(text: str) -> list[tuple[int, int]]:
    """(start, end) of every credential cell under a credential header."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line.rstrip("\r")))
        pos += len(line) + 1
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        start, line = lines[i]
        sep = _separator(line, lines[i + 1][1] if i + 1 < len(lines) else "")
        if sep is None:
            i += 1
            continue
        header = _cells(line, sep, start)
        columns = _secret_columns(header, sep)
        j = i + (2 if sep == "|" else 1)
        while j < len(lines) and _row_of(lines[j][1], sep, len(header)):
            row = _cells(lines[j][1], sep, lines[j][0])
            for c in columns:
                if c < len(row) and _value(row[c][1], sep):
                    found.append((row[c][0], row[c][0] + len(row[c][1])))
            j += 1
        i = max(j, i + 1)
    return found


def _separator(line: str, next_line: str) -> str | None:
    """'|' for a Markdown header with its rule below; ',', ';' or tab for a delimited header line."""
    if line.lstrip().startswith("|") and _RULE.fullmatch(next_line):
        return "|"
    for sep in _SEPARATORS:
        if line.count(sep) >= 1 and next_line.count(sep) == line.count(sep):
            return sep
    return None


def _row_of(line: str, sep: str, width: int) -> bool:
    if sep == "|":
        return line.lstrip().startswith("|")
    return line.count(sep) == width - 1


class CredentialTableRecognizer(PlainRecognizer):
    """The credential cells of Markdown and delimited tables with a password, secret, token or key column."""

    SCORE = 0.8
    ENTITIES = (SECRET,)
    CONTEXT = ["password", "wachtwoord", "secret", "token", "key"]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if SECRET not in entities or _GATE.search(text) is None:
            return []
        return [
            RecognizerResult(
                SECRET,
                start,
                end,
                self.SCORE,
                analysis_explanation=AnalysisExplanation(self.name, self.SCORE, pattern_name="table_column"),
                recognition_metadata=metadata(self),
            )
            for start, end in table_secrets(text)
        ]
