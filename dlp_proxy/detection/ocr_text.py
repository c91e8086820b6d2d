"""Repairs to the text OCR reads from an image, before detection: only OCR text (typed text is
never touched), and only where the repair cannot make a finding out of ordinary text.

Measured on the OCR benchmark's tuning halves (bench/ocr.py): OCR splits values it read right.
  * E-mail addresses: spaces OCR put in them, a wrapped domain, a dropped dot before the
    top-level domain (dlp_proxy.detection.ocr_email).
  * An IBAN or phone number wrapped over a line break (chat bubbles, narrow phone columns):
    the break is joined only when the line ends with the start of an IBAN (country code and
    check digits) or of a phone number (`+`/`0`, at least 4 digits) and the next starts with
    its remaining digit groups.
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
    (`xo0xb`) or spaces around its dashes; an IBAN glued to the word before it
    ("PAYOUT_IBANDE64 5117 ..."): a space put in only where the IBAN passes mod 97.
  * An IBAN with a letter read for a digit (`O` for 0, `S` for 5, `I`/`l` for 1, ...): the
    digit spelling is taken only when it makes the IBAN's mod-97 check digits right, which a
    random string passes once in 97 times at the most.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Final

from dlp_proxy.detection.ocr_email import repair_email

# An IBAN's start at a line's end and its remaining groups on the next line.
_IBAN_WRAP: Final = re.compile(
    r"\b([A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4}){0,7}) {0,3}\n {0,3}(?=[A-Z0-9]{4}(?: [A-Z0-9]{1,4}){0,7}\b)"
)
# A phone number's start at a line's end ("+44 (0)7 764") and digits on the next line.
# Bounded repetitions: linear time on any text (an unbounded run of "0 0 0 ..." was quadratic).
_PHONE_WRAP: Final = re.compile(
    r"((?<![\w.,])(?:\+|\(?0)[0-9() -]{0,20}[0-9)]) {0,3}\n {0,3}(?=[0-9]{2,}(?:[ -]?[0-9]+){0,8}\b)"
)
_PHONE_MIN_DIGITS: Final = 4  # at a line's end: a start of a number, not a stray "0"
_PHONE_MAX_DIGITS: Final = 8  # ... and not a whole number already (the next line's is its own)
# IBAN-shaped words, letters allowed where OCR confuses them with digits.
_IBAN_WORD: Final = re.compile(r"\b([A-Z]{2})([0-9OoSIlBZ]{2})((?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
_K: Final = r"[A-Za-z0-9_-]"
_G: Final = r"(?: |\n{1,2})?"  # a gap OCR put in: a space, a line break, a blank line (sparse reading)
_SPLIT_KEYS: Final = (  # (shape with a gap allowed between characters, prefix to write)
    (re.compile(rf"(?<![A-Za-z0-9_-])A[Il]za(?:{_K}{_G}){{34}}{_K}(?!{_K})"), "AIza"),
    (re.compile(rf"(?<![A-Za-z0-9_-])gh([pousr])_(?:[A-Za-z0-9]{_G}){{35}}[A-Za-z0-9](?![A-Za-z0-9_-])"), ""),
    (re.compile(rf"(?<![A-Za-z0-9_-])[xX][oO0]{{1,2}}x([bp]){_G}-{_G}(?:[0-9]{_G}){{10,13}}-{_G}(?:[0-9]{_G}){{10,13}}-{_G}"
                rf"(?:[A-Za-z0-9]{_G}){{22,24}}[A-Za-z0-9](?![A-Za-z0-9_-])"), "xox"),
)  # fmt: skip
_SLACK_LAST: Final = 23  # at the least: Slack's 24 with one character dropped
# A known prefix split by spaces, then a random-looking body (a capital or digit in its first 31).
# An `_` of the prefix may be read as a space ("sk live_", "sk live eQVp"): written back.
_SPLIT_PREFIX: Final = re.compile(
    r"(?<![A-Za-z0-9_-])(?:sk ?- ?proj ?- ?|[sr]k(?: ?_ ?| )(?:live|test)(?: ?_ ?| )|github(?: ?_ ?| )pat(?: ?_ ?| ))"
    r"(?=[a-z_-]{0,30}[A-Z0-9])"
)
_LONG_BODY: Final = re.compile(r"[A-Za-z0-9_-]{12}")
# Keys of a fixed length (an `_` ending a prefix may be read as a space): (prefix as OCR reads
# it, prefix to write or "" as read, alphabet, length after the prefix).
_FIXED_SHAPES: Final = (
    ("A[Il]za", "AIza", "A-Za-z0-9_-", 35),
    ("gh[pousr][_ ]", "", "A-Za-z0-9", 36),  # GitHub's recognizer takes longer tokens too: 37 joined
    ("github_pat_", "", "A-Za-z0-9_", 82),
    ("glpat-", "", "A-Za-z0-9_-", 20),
    ("hf[_ ]", "", "A-Za-z0-9", 34),
    ("npm[_ ]", "", "A-Za-z0-9", 36),
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
# Prefixed keys of a free length: the key's start, and a piece OCR split off it.
_KEY_START: Final = re.compile(r"(?<![A-Za-z0-9_-])(?:[sr]k_(?:live|test)_|sk-proj-|sk-)[A-Za-z0-9_-]+")
# Not a piece: a word followed by punctuation or `=` (the next line's name in a `.env` file).
_KEY_PIECE: Final = re.compile(r"(?: |\n{1,2})([A-Za-z0-9_-]+)(?![A-Za-z0-9_.,:;!?'\"=-])")
_MAX_KEY: Final = 300
# An IBAN glued to the word before it ("PAYOUT_IBANDE64 5117 ...": OCR dropped the `=`).
_GLUED_IBAN: Final = re.compile(r"(?<=[A-Za-z_=:])([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
_DIGIT_FOR: Final = {"O": "0", "o": "0", "S": "5", "I": "1", "l": "1", "B": "8", "Z": "2"}
_MAX_CONFUSED: Final = 6  # 2**6 spellings at the most per word


def repair(text: str) -> str:
    """The OCR text with split e-mail addresses, wrapped IBANs and phone numbers and split vendor
    keys joined, and IBAN digits read as letters put right where the check digits confirm it."""
    text = repair_email(text)
    text = _IBAN_WRAP.sub(_join_iban, text)
    text = _PHONE_WRAP.sub(_join_phone, text)
    text = _SPLIT_PREFIX.sub(_write_prefix, text)
    for shape, prefix in _SPLIT_KEYS:
        text = shape.sub(functools.partial(_join_key, prefix=prefix), text)
    text = _join_fixed_keys(text)
    text = _join_key_pieces(text)
    text = _GLUED_IBAN.sub(lambda m: " " + m.group(1) if _mod97(m.group(1)) else m.group(0), text)
    return _IBAN_WORD.sub(_iban_digits, text)


def _write_prefix(match: re.Match[str]) -> str:
    """A key's prefix without the spaces OCR put in it, a space read for its `_` put back."""
    found = match.group(0)
    words = found.replace("_", " ").replace("-", " - ").split()
    if "-" in words:
        return "".join(words)
    if "_" not in found and not _LONG_BODY.match(match.string, match.end()):
        return found  # "sk live 2024": without an `_`, only before a key's long random body (12+)
    return "_".join(words) + "_"


def _join_phone(match: re.Match[str]) -> str:
    start = match.group(1)
    if not _PHONE_MIN_DIGITS <= sum(ch.isdigit() for ch in start) <= _PHONE_MAX_DIGITS:
        return match.group(0)
    return start + " "


def _join_iban(match: re.Match[str]) -> str:
    """An IBAN's start joined to its groups on the next line, unless it is a whole IBAN already."""
    start = match.group(1)
    return match.group(0) if _mod97(start) else start + " "


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
    if prefix == "xox":  # "Xoxb", "x0xb", "xo0xb" (a round letter read twice)
        return "xox" + key[key.index("x", 1) + 1 :]
    return prefix + key[len(prefix) :] if prefix else key


def _join_fixed_keys(text: str) -> str:
    """Fixed-length keys joined across the gaps OCR put in them, where the pieces make the length."""
    for start, written, piece, gap, length, underscore, longest in _FIXED_KEYS:
        out: list[str] = []
        at = 0
        for match in start.finditer(text):
            joined = _fixed_key(text, match.end(), piece, gap, (length, longest), underscore)
            if match.start() < at or joined is None:
                continue
            body, end = joined
            out.append(text[at : match.start()] + (written or match.group(1).replace(" ", "_")) + body)
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
        out.append(text[at : start.end()])
        at, length = start.end(), len(start.group(0))
        while (piece := _KEY_PIECE.match(text, at)) and _random_looking(piece.group(1)):
            if length + len(piece.group(1)) > _MAX_KEY:
                break
            out.append(piece.group(1))
            at, length = piece.end(), length + len(piece.group(1))
    out.append(text[at:])
    return "".join(out)


def _random_looking(piece: str) -> bool:
    """A piece of a key, not a word: it holds a digit, or a capital after its first letter."""
    return any(ch.isdigit() for ch in piece) or any(ch.isupper() for ch in piece[1:])


def _iban_digits(match: re.Match[str]) -> str:
    """The IBAN with confusable letters read as digits where that alone passes mod 97; else as read.
    Letters are candidates in the check digits and in groups of only digits and confusable
    letters: a bank code such as "ABNA" stays as it is."""
    word = match.group(0)
    country, rest = match.group(1), match.group(2) + match.group(3)
    if _mod97(word):
        return word
    spots = [i for i in range(2) if rest[i] in _DIGIT_FOR]
    offset = 2
    for group in _groups(rest[2:]):
        if all(ch.isdigit() or ch in _DIGIT_FOR for ch in group.strip()):
            spots += [offset + i for i, ch in enumerate(group) if ch in _DIGIT_FOR]
        offset += len(group)
    if not spots or len(spots) > _MAX_CONFUSED:
        return word
    for choice in itertools.product((False, True), repeat=len(spots)):
        if not any(choice):
            continue
        candidate = list(rest)
        for flip, i in zip(choice, spots, strict=True):
            if flip:
                candidate[i] = _DIGIT_FOR[candidate[i]]
        if _mod97(country + "".join(candidate)):
            return country + "".join(candidate)
    return word


def _groups(body: str) -> list[str]:
    """The IBAN's body in its groups as written (spaces kept with the group they precede), or
    in fours when written without spaces."""
    if " " in body:
        return re.findall(r" ?[^ ]+", body)
    return [body[i : i + 4] for i in range(0, len(body), 4)]


def _mod97(iban: str) -> bool:
    compact = iban.replace(" ", "")
    if not compact.isalnum() or not compact[2:4].isdigit():
        return False
    digits = "".join(str(int(ch, 36)) for ch in compact[4:] + compact[:4])
    return int(digits) % 97 == 1
