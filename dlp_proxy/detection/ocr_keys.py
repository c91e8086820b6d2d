"""Repairs to vendor keys in OCR text (dlp_proxy.detection.ocr_text runs them): OCR text only,
and only where the repair cannot make a finding out of ordinary text.

Measured on the OCR benchmark's tuning halves (bench/ocr.py):
  * A vendor key of a fixed shape split by spaces or a line break OCR put in it, or with its
    prefix misread (`Alza` for `AIza`, `xOxb` for `xoxb`): joined only when the pieces make
    exactly the vendor's length and shape (Google API keys, GitHub tokens, Slack tokens), which
    ordinary words next to each other do not; and a prefixed key of a free length (Stripe,
    OpenAI) continued by the random-looking pieces that follow it (each with a digit, or a
    capital after its first letter), never by an ordinary word. Sparse reading (page
    segmentation 11) puts a blank line between the lines of a wrapped key: one is crossed too.
  * A key's prefix split by spaces ("sk- proj -", "sk_live _"): written whole when a
    random-looking body (a capital or digit early on) follows it.
  * A `_` inside a fixed-length key read as a space ("glpat-xmCICOoUO1A5 TUGNW58", 19
    characters for GitLab's 20): the pieces are joined with a `_` at the first space only when
    that makes exactly the vendor's length in its alphabet (Google, GitLab, GitHub fine-grained);
    joined as they are when they make it without one (also Hugging Face, npm).
  * A Slack token whose random last part OCR read one character long or short (an `I`
    inserted): 23 to 25 characters are joined, a trailing ordinary word is left out.
  * Measured on the tuning halves 2 and 3 (new seed; a `.env` editor, toasts, a letter): a
    prefix's `_` read as a space ("sk live 94cT...", "ghp Ib..."): written back before a long
    random body (12 or more key characters; "sk live 2024" stays) or where the pieces make a
    fixed length; a GitHub token with a character OCR put in (37 long: GitHub's recognizer
    takes longer tokens); a Slack token read with a capital `X`, a doubled round letter
    (`xo0xb`) or spaces around its dashes.
  * Measured on tuning half 4 (a key list in 11-12 px print, an admin table, a shell): a date
    under a key ("2026-11-12", a created column) is no piece of it, nor is a piece outside
    Stripe's alphabet after a Stripe prefix; a `]` or `}` between key characters (or before a
    gap) after a known prefix is a `J` or `j`; OpenAI's mid-key "T3BlbkFJ" read with an `I` or
    split is written back after 16 key characters; a space before a GitHub prefix's `_`
    ("ghp _ZA6..."); an AWS access key id wrapped in a table cell, joined at exactly 16.
  * Measured on tuning half 5 (keys in CI logs, shells, config snippets): an AWS access key id
    with spaces in its prefix or an `I` read as `T`, `l`, `1` or `|` ("AKI AHFOY IBGI4U6MIWEA",
    "AKTAYOT7..."): written whole where exactly 16 upper-case letters and digits follow (split:
    a digit among them); a short plain piece ("j", "Sf", "Lwadf") inside a free-length key where a
    random-looking piece of 6 or more follows it; GitLab's prefix with spaces around its dash ("glpat -
    QS8I...", joined only at exactly 20); Stripe's "sk_Live_" (a capital L); a `]`
    or `}` for a `J`/`j` in a Slack token's random last part.
  * Measured on tuning half 6 (keys in monospaced shells and LDAP entries): Stripe's prefix with its
    `l` read twice ("sk_lLive_"); up to three short plain pieces in a row inside a free-length key
    before a long random-looking one ("...BGo Ch Inl Re 1A6z9mleT ..."); check draws of tuning halves 4
    and 5 with new seeds (30, 28): a `]` for `J` in a fixed-length key (exactly its length), GitLab's
    prefix split inside ("gl pat -"), an AWS access key id wrapped over a line.
"""

from __future__ import annotations

import functools
import re
from typing import Final

_K: Final = r"[A-Za-z0-9_-]"
_G: Final = r"(?: |\n{1,2})?"  # a gap OCR put in: a space, a line break, a blank line (sparse reading)
_SPLIT_KEYS: Final = (  # (shape with a gap allowed between characters, prefix to write)
    (re.compile(rf"(?<![A-Za-z0-9_-])A[Il]za(?:{_K}{_G}){{34}}{_K}(?!{_K})"), "AIza"),
    (re.compile(rf"(?<![A-Za-z0-9_-])gh([pousr])_(?:[A-Za-z0-9]{_G}){{35}}[A-Za-z0-9](?![A-Za-z0-9_-])"), ""),
    (re.compile(rf"(?<![A-Za-z0-9_-])[xX][oO0]{{1,2}}x([bp]){_G}-{_G}(?:[0-9]{_G}){{10,13}}-{_G}(?:[0-9]{_G}){{10,13}}-{_G}"
                rf"(?:[A-Za-z0-9\]}}]{_G}){{22,24}}[A-Za-z0-9](?![A-Za-z0-9_-])"), "xox"),
)  # fmt: skip
# An AWS access key id, its prefix split or its `I` misread, then exactly 16 of its characters.
_AWS_ID: Final = re.compile(r"(?<![A-Za-z0-9_-])A ?([KS]) ?[IlT1|] ?A((?:(?: |\n{1,2})?[A-Z0-9]){16})(?![A-Za-z0-9_-])")
_SLACK_LAST: Final = 23  # at the least: Slack's 24 with one character dropped
# A known prefix split by spaces, then a random-looking body (a capital or digit in its first 31).
# An `_` of the prefix may be read as a space ("sk live_", "sk live eQVp"): written back.
_SPLIT_PREFIX: Final = re.compile(
    r"(?<![A-Za-z0-9_-])(?:sk ?- ?proj ?- ?|[sr]k(?: ?_ ?| )(?:l?[lL]ive|test)(?: ?_ ?| )"
    r"|github(?: ?_ ?| )pat(?: ?_ ?| ))"
    r"(?=[a-z_-]{0,30}[A-Z0-9])"
)
_LONG_BODY: Final = re.compile(r"[A-Za-z0-9_-]{12}")
# Keys of a fixed length (an `_` ending a prefix may be read as a space): (prefix as OCR reads
# it, prefix to write or "" as read, alphabet, length after the prefix).
_FIXED_SHAPES: Final = (
    ("A[Il]za", "AIza", "A-Za-z0-9_-", 35),
    ("gh[pousr](?: ?_| )", "", "A-Za-z0-9", 36),  # GitHub's recognizer takes longer tokens too: 37 joined
    ("github_pat_", "", "A-Za-z0-9_", 82),
    ("[gG]l ?pat ?- ?", "glpat-", "A-Za-z0-9_-", 20),  # "glpat - J7Ze...", "gl pat -": spaces in its prefix
    ("hf[_ ]", "", "A-Za-z0-9", 34),
    ("npm[_ ]", "", "A-Za-z0-9", 36),
    ("A[KS]IA", "", "A-Z0-9", 16),  # AWS access key ids: upper case, wrapped in a table cell
)
_FIXED_KEYS: Final = tuple(
    (
        re.compile(rf"(?<![A-Za-z0-9_-])({prefix})(?=[{alphabet}])"),
        written,
        re.compile(rf"[{alphabet}]{{1,{length + 1}}}"),  # a piece: longer than the key is no piece of it
        re.compile(rf"(?: |\n{{1,2}})(?=[{alphabet}])"),  # a gap OCR put in: a space, a line break, a blank line
        length,
        "_" in alphabet,
        length + 1 if prefix.startswith("gh") else length,  # a character OCR put in
    )
    for prefix, written, alphabet, length in _FIXED_SHAPES
)
# A fixed-length key with a `]` or `}` OCR read for a `J` or `j` ("glpat-F]OGY6EP3BKkGi2Nh2sK").
_FIXED_BRACKETS: Final = re.compile(
    r"(?<![A-Za-z0-9_-])(AIza|gh[pousr]_|glpat-|hf_|npm_)([A-Za-z0-9_\]}-]{16,90})(?![A-Za-z0-9_-])"
)
_FIXED_LENGTHS: Final = {"AIza": 35, "glpat-": 20, "hf_": 34, "npm_": 36}  # else GitHub's 36 (or 37)


def _fixed_brackets(match: re.Match[str]) -> str:
    """The key with `J`/`j` for the brackets OCR read, where that gives exactly the vendor's length."""
    prefix, body = match.group(1), match.group(2)
    if "]" not in body and "}" not in body:
        return match.group(0)
    length = _FIXED_LENGTHS.get(prefix, 36)
    return (
        prefix + body.translate(_BRACKET_FOR)
        if len(body) in (length, length + prefix.startswith("gh"))
        else match.group(0)
    )


# Prefixed keys of a free length: the key's start, and a piece OCR split off it.
# A `]` or `}` between key characters is a `J` or `j` OCR misread (mono and serif print); a key
# in brackets ("[sk-...]") is left as it is.
_KEY_START: Final = re.compile(
    r"(?<![A-Za-z0-9_\[{-])(?:[sr]k_(?:live|test)_|sk-proj-|sk-)[A-Za-z0-9_-]+"
    r"(?:[\]}][A-Za-z0-9_-]+)*(?:[\]}](?= [A-Za-z0-9]))?"
)
_BRACKET_FOR: Final = str.maketrans({"]": "J", "}": "j"})
# OpenAI's project keys hold "T3BlbkFJ" mid-key: read with `I` for `l`, or split before it;
# only after 16 key characters (a key's first part), never in words.
_OPENAI_MARK: Final = re.compile(r"(?<=[A-Za-z0-9_-]{16})T3B(?: |\n{1,2})?[lI1|](?: |\n{1,2})?bkFJ")
# Not a piece of any key: a date ("2026-11-12", a key list's created column).
_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Not a piece: a word followed by punctuation or `=` (the next line's name in a `.env` file).
_KEY_PIECE: Final = re.compile(
    r"(?: |\n{1,2})([A-Za-z0-9_-]+(?:[\]}][A-Za-z0-9_-]+)*(?:[\]}](?= [A-Za-z0-9]))?)(?![A-Za-z0-9_.,:;!?'\"=-])"
)
_MAX_KEY: Final = 300
_SHORT_PIECE: Final = 5  # a plain piece this short may be bridged to the random piece after it ...
_BRIDGED: Final = 6  # ... one of at least this many characters
_MAX_BRIDGED: Final = 3  # short plain pieces in a row bridged ("Ch Inl Re 1A6z9mleT")


def repair_keys(text: str) -> str:
    """The OCR text with split vendor keys joined and their misread prefixes written right."""
    text = _SPLIT_PREFIX.sub(_write_prefix, text)
    text = _AWS_ID.sub(_aws_id, text)
    for shape, prefix in _SPLIT_KEYS:
        text = shape.sub(functools.partial(_join_key, prefix=prefix), text)
    text = _join_fixed_keys(text)
    text = _OPENAI_MARK.sub("T3BlbkFJ", text) if "T3B" in text else text
    return _join_key_pieces(text)


def _aws_id(match: re.Match[str]) -> str:
    """An AWS access key id written whole; pieces joined only where the body holds a digit (upper-case
    words in a row, "ASIA PACIFIC ...", never make one)."""
    body = "".join(match.group(2).split())
    if any(ch.isspace() for ch in match.group(0)) and not any(ch.isdigit() for ch in body):
        return match.group(0)
    return f"A{match.group(1)}IA{body}"


def _write_prefix(match: re.Match[str]) -> str:
    """A key's prefix without the spaces OCR put in it, a space read for its `_` put back."""
    found = match.group(0)
    words = found.replace("_", " ").replace("-", " - ").replace("lLive", "live").replace("Live", "live").split()
    if "-" in words:
        return "".join(words)
    if "_" not in found and not _LONG_BODY.match(match.string, match.end()):
        return found  # "sk live 2024": without an `_`, only before a key's long random body (12+)
    return "_".join(words) + "_"


def _join_key(match: re.Match[str], prefix: str) -> str:
    """The key without the whitespace OCR put in it, its prefix written right."""
    found = match.group(0)
    if prefix == "xox":
        head, gap, last = found.rpartition(" ")  # a Slack token's last piece may be the next word
        if gap and not _random_looking(last) and len("".join(head.split()).rsplit("-", 1)[1]) >= _SLACK_LAST:
            return _joined(head, prefix) + gap + last
    return _joined(found, prefix)


def _joined(found: str, prefix: str) -> str:
    key = "".join(found.split())
    if prefix == "xox":  # "Xoxb", "x0xb", "xo0xb" (a round letter read twice); `]` for `J`
        return "xox" + key[key.index("x", 1) + 1 :].translate(_BRACKET_FOR)
    return prefix + key[len(prefix) :] if prefix else key


def _join_fixed_keys(text: str) -> str:
    """Fixed-length keys joined across the gaps OCR put in them, where the pieces make the length."""
    if "]" in text or "}" in text:
        text = _FIXED_BRACKETS.sub(_fixed_brackets, text)
    for start, written, piece, gap, length, underscore, longest in _FIXED_KEYS:
        out: list[str] = []
        at = 0
        for match in start.finditer(text):
            joined = _fixed_key(text, match.end(), piece, gap, (length, longest), underscore)
            if match.start() < at or joined is None:
                continue
            body, end = joined
            out.append(text[at : match.start()] + (written or _prefix(match.group(1))) + body)
            at = end
        out.append(text[at:])
        text = "".join(out)
    return text


def _fixed_key(
    text: str, at: int, piece: re.Pattern[str], gap: re.Pattern[str], lengths: tuple[int, int], underscore: bool
) -> tuple[str, int] | None:
    """(body, end) of the key whose body starts at `at`: its pieces joined when they make exactly
    `length` (or up to `longest`, where the vendor's recognizer takes longer keys: a character
    OCR put in); or, one short, joined with a `_` for the first space between them (where the
    alphabet has `_`); else None. At most `longest` + 1 characters of pieces are read."""
    length, longest = lengths
    pieces: list[str] = []
    gaps: list[str] = []
    one_short: tuple[str, int] | None = None
    total = 0
    while run := piece.match(text, at):
        pieces.append(run.group(0))
        total, at = total + len(run.group(0)), run.end()
        if length <= total <= longest:
            return "".join(pieces), at
        if total > longest:
            break
        if total == length - 1 and underscore and " " in gaps:
            first = gaps.index(" ") + 1
            one_short = "".join(pieces[:first]) + "_" + "".join(pieces[first:]), at
        if not (between := gap.match(text, at)):
            break
        gaps.append(between.group(0))
        at = between.end()
    return one_short


def _join_key_pieces(text: str) -> str:
    out: list[str] = []
    at = 0
    for start in _KEY_START.finditer(text):
        if start.start() < at:
            continue
        key = start.group(0).translate(_BRACKET_FOR)
        out.append(text[at : start.start()] + key)
        at, length = start.end(), len(key)
        stripe = key.startswith(("sk_", "rk_"))  # a Stripe key's body is letters and digits only
        while (piece := _KEY_PIECE.match(text, at)) and (
            _continues(word := piece.group(1).translate(_BRACKET_FOR), stripe) or _bridges(text, piece, stripe)
        ):
            if length + len(word) > _MAX_KEY:
                break
            out.append(word)
            at, length = piece.end(), length + len(word)
    out.append(text[at:])
    return "".join(out)


def _bridges(text: str, piece: re.Match[str], stripe: bool) -> bool:
    """A short plain-looking piece ("j", "Sf", "Lwadf": 1 to 5 key characters OCR split off) is more of
    the key when a long random-looking piece follows it (6 or more characters, a digit or inner capital: no word),
    not the next key's start; up to three short pieces in a row ("Ch Inl Re 1A6z9mleT", tuning half 6)."""
    for _ in range(_MAX_BRIDGED):
        word = piece.group(1)
        if len(word) > _SHORT_PIECE or (stripe and not word.isalnum()):
            return False
        after = _KEY_PIECE.match(text, piece.end())
        if after is None or _KEY_START.match(after.group(1)):  # the next key is no piece of this one
            return False
        if len(after.group(1)) >= _BRIDGED and _continues(after.group(1), stripe):
            return True
        piece = after  # another short piece: up to three in a row
    return False


def _continues(piece: str, stripe: bool) -> bool:
    """Whether a piece after a free-length key is more of it: random-looking, no date, and in
    Stripe's alphabet after a Stripe prefix."""
    if _DATE.fullmatch(piece) or (stripe and not piece.isalnum()):
        return False
    return _random_looking(piece)


def _prefix(read: str) -> str:
    """A fixed-length key's prefix as OCR read it, its `_` written where a space stands for it."""
    return read.replace(" ", "") if "_" in read else read.replace(" ", "_")


def _random_looking(piece: str) -> bool:
    """A piece of a key, not a word: it holds a digit, or a capital after its first letter."""
    return any(ch.isdigit() for ch in piece) or any(ch.isupper() for ch in piece[1:])
