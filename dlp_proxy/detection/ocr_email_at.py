"""An e-mail address whose `@` OCR read as a letter, put back where the screen says an address
stands there. OCR text only, never typed text.

Measured on the OCR benchmark's tuning half 6 (bench/ocr.py: addresses in monospaced print at
11-16 px, in a contacts CSV, an LDAP entry and a mail log): the small `@` of DejaVu Sans Mono
and Liberation Mono was read as `e`, `a` or `g` ("diana.chapmaneblauwehaven.nl",
"tonyjordangbrightwater.co.uk"), in both readings, and re-reading the word's box at three or
four times its size read the same letter. Eight of the half's nine missed addresses were such
words. Nothing in the word tells which letter was the `@`, so the place is a guess: the right-most such
letter that leaves a local part and a domain of two labels, unless one leaves a large mail
provider's domain (gmail.com, ziggo.nl, btinternet.com, ...). The finding covers the whole word
either way, which is what the decision needs (an image is never masked in place).

A host name has the same shape as such a word ("mail.blauwehaven.nl"), so a word is only taken
for an address where the screen expects one:
  * after a mail word on its line: `e-mail`, `email`, `mail`, `mailto`, `e-mailadres`,
    `user.email`, `to=`, `from=`, a header's `Van:`, `Aan:`, `From:`, `To:`, `CC:`, `BCC:`,
    `Reply-To:`, or between angle brackets (`Name <word>`);
  * alone on a line under a label with a mail word (a form's field, its label above the box);
  * in a column of a delimited table (`;`, `,`, tab, `|`) whose header names that column
    `mail`/`e-mail`/`email`.
A word that starts as a server's name does (`www.`, `smtp.`, `imap.`, `mail.`, `mx1.`, ...) or
is part of a URL or a path stays as it is.
"""

from __future__ import annotations

import re
from typing import Final

from dlp_proxy.detection.tlds import known_tld
from dlp_proxy.textnorm import fold, tokens

# The letters (and signs) OCR read for a small `@`.
AT_LOOKALIKES: Final = frozenset("eag&®©")
# A word shaped like an address without its `@`: name characters, a dot and a top-level domain
# (the dot maybe read with a space after it, or as a low quote: "bluepeak. io", "gmail „com").
_WORD: Final = re.compile(
    r"(?<![A-Za-z0-9._%+@/:-])([A-Za-z0-9][A-Za-z0-9._%+-]{2,80})(\. ?| ?[\u201a\u201e])([A-Za-z]{2,6})"
    r"(?![A-Za-z0-9@/_-]|\.[A-Za-z0-9]|:[0-9])"
)
# Where the domain after a candidate `@` is one of the large mail providers', that is the place
# (public knowledge: the providers most addresses in the Netherlands, Belgium, the UK and the US
# are at); else the right-most look-alike.
MAIL_PROVIDERS: Final = frozenset({
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.nl", "hotmail.be", "hotmail.co.uk", "outlook.com",
    "outlook.nl", "outlook.be", "live.nl", "live.be", "live.com", "live.co.uk", "msn.com", "icloud.com", "me.com",
    "yahoo.com", "yahoo.co.uk", "ymail.com", "aol.com", "proton.me", "protonmail.com", "ziggo.nl", "kpnmail.nl",
    "kpnplanet.nl", "planet.nl", "home.nl", "xs4all.nl", "upcmail.nl", "telfort.nl", "telenet.be", "skynet.be",
    "btinternet.com", "sky.com", "virginmedia.com", "gmx.de", "gmx.net", "web.de", "t-online.de",
})  # fmt: skip
# "mail" as OCR may read it in small print: "mai l", "maiI", "maii".
_MAIL: Final = r"ma ?i ?[l1|i]"
_MAIL_WORD: Final = (
    rf"(?:e-?{_MAIL}(?:adres|address)?|{_MAIL}to|{_MAIL}|to=|from=|(?:van|aan|from|to|cc|bcc|reply-to)\s*:)"
)
# On the line before the word: a mail word, the last one before it (not ended by another field's value).
_MAIL_BEFORE: Final = re.compile(rf"(?i)(?:^|[^a-z]){_MAIL_WORD}[^@]{{0,40}}$")
_ANGLE_BEFORE: Final = re.compile(r"<\s*$")
_LABEL_LINE: Final = re.compile(rf"(?i)^\W*[\w -]{{0,30}}{_MAIL_WORD}[\w -]{{0,20}}\W*$")
_HEADER_FIELD: Final = re.compile(r"(?i)^\W*e?-?mail(?:adres|address)?\W*$")
_DELIMITERS: Final = (";", ",", "\t", "|")
_SERVER_PREFIXES: Final = (
    "www.",
    "smtp.",
    "imap.",
    "pop.",
    "pop3.",
    "mail.",
    "webmail.",
    "mx.",
    "mx1.",
    "mx2.",
    "ns1.",
)
_MIN_LOCAL: Final = 2


def restore_at(text: str) -> str:
    """The OCR text with the `@` put back in address-shaped words where the screen expects an
    address (see the module's notes); other text unchanged."""
    if not any(ch in AT_LOOKALIKES for ch in text):
        return text
    lines = text.split("\n")
    words = _screen_words(text)
    headers: list[tuple[str, int]] = []  # (delimiter, column) of delimited headers with a mail column seen so far
    for n, line in enumerate(lines):
        headers += _mail_columns(line)
        if "." in line or "\u201a" in line or "\u201e" in line:
            lines[n] = _restore_line(line, _previous_text_line(lines, n), headers, words)
    return "\n".join(lines)


def _restore_line(line: str, above: str, headers: list[tuple[str, int]], words: frozenset[str]) -> str:
    out: list[str] = []
    last = 0
    for match in _WORD.finditer(line):
        word = f"{match.group(1)}.{match.group(3)}"
        if "@" in word or not known_tld(match.group(3)) or word.lower().startswith(_SERVER_PREFIXES):
            continue
        if not _expects_address(line, match.start(), match.end(), above, headers):
            continue
        if fixed := _with_at(word, words):
            out += [line[last : match.start()], fixed]
            last = match.end()
    return "".join(out) + line[last:] if out else line


def _expects_address(line: str, start: int, end: int, above: str, headers: list[tuple[str, int]]) -> bool:
    before = line[:start]
    if _ANGLE_BEFORE.search(before) or _MAIL_BEFORE.search(before):
        return True
    if not line[:start].strip() and not line[end:].strip(" .,;:") and _LABEL_LINE.match(above):
        return True  # alone on its line, a mail label above
    return any(_column_of(line, start, delimiter) == column for delimiter, column in headers)


def _with_at(word: str, words: frozenset[str] = frozenset()) -> str | None:
    """The word with an `@` look-alike made an `@`, where that leaves a local part of two or
    more characters (not ending in a dot) and a domain of two labels or more: the one before a
    large mail provider's domain, else the one after a local part made of the screen's words
    (the name beside the address: "lizzulrich" of "Liz Zulrich"), else the right-most."""
    places = [i for i in range(len(word) - 1, _MIN_LOCAL - 1, -1) if _splits(word, i)]
    if not places:
        return None
    at = next((i for i in places if word[i + 1 :].lower() in MAIL_PROVIDERS), None)
    if at is None:
        at = next((i for i in places if _made_of(word[:i], words)), places[0])
    return f"{word[:at]}@{word[at + 1 :]}"


def _screen_words(text: str) -> frozenset[str]:
    """The screen's words of two letters or more, folded ("Zulrich" -> "zulrich")."""
    return frozenset(w for _, _, w in tokens(text) if len(w) >= 2 and w.isalpha())


def _made_of(local: str, words: frozenset[str]) -> bool:
    """Whether a local part is the screen's words (and initials) run together, digits and the
    marks `.`, `_`, `-` aside: "liz.zulrich", "lzulrich82", "j.vanderleek"."""
    letters = "".join(ch for ch in fold(local) if ch.isalpha())
    if not letters or not words:
        return False
    reach = [True] + [False] * len(letters)  # reach[k]: letters[:k] is words and initials
    for end in range(1, len(letters) + 1):
        reach[end] = any(
            reach[start] and (letters[start:end] in words or (end - start == 1 and start == 0))
            for start in range(max(0, end - 30), end)
        )
    return reach[-1] and len(letters) >= 3


def _splits(word: str, i: int) -> bool:
    if word[i] not in AT_LOOKALIKES:
        return False
    local, labels = word[:i], word[i + 1 :].split(".")
    if local[-1] in ".-_+" or len(labels) < 2 or not labels[0][:1].isalnum() or len(labels[0]) < 2:
        return False
    return all(re.fullmatch(r"[A-Za-z0-9-]+", label) for label in labels)


def _mail_columns(line: str) -> list[tuple[str, int]]:
    """A delimited header line's mail columns: [(delimiter, column index)]."""
    found = []
    for delimiter in _DELIMITERS:
        fields = line.split(delimiter)
        if len(fields) >= 2:
            found += [(delimiter, i) for i, f in enumerate(fields) if _HEADER_FIELD.match(f)]
    return found


def _column_of(line: str, start: int, delimiter: str) -> int | None:
    if delimiter not in line:
        return None
    return line[:start].count(delimiter)


def _previous_text_line(lines: list[str], n: int) -> str:
    for line in reversed(lines[max(0, n - 2) : n]):
        if line.strip():
            return line
    return ""
