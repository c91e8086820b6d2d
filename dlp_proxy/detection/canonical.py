"""Canonical text for detection, and a map from its offsets back to the original text.

Attackers hide values in text a person or a model still reads: zero-width and bidi characters,
full-width digits, Cyrillic look-alikes, "jan (at) example (dot) nl", a BSN or IBAN with odd
separators. `canonicalize` undoes these so every recognizer sees the plain form, and
`Canonical.to_original` maps a finding back onto the characters the user sent (removed
invisible characters inside a span included), which is what masking replaces.

Each stage finds edits (replace text[start:end] by a string) in the previous stage's output;
a stage without edits costs one scan and leaves no map. Pure ASCII text skips the Unicode
stages; every pattern is bounded or possessive and starts only at a token boundary, so the
cost is linear. Pure functions: no presidio here.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tldextract

Edit = tuple[int, int, str]  # replace text[start:end] by the string


class OffsetMap:
    """One stage's edits: maps a span of its output back to a span of its input.

    A replacement as long as what it replaces maps character by character (case folding,
    look-alikes); one of another length maps every output character to the whole replaced
    span ("＠" -> "@" is 1:1, " (at) " -> "@" is 6:1). Deleted characters have no output
    character: a span reaching over them covers them.
    """

    __slots__ = ("_in_start", "_in_end", "_out_start", "_out_end")

    def __init__(self, edits: list[Edit]) -> None:
        self._in_start = [s for s, _, _ in edits]
        self._in_end = [e for _, e, _ in edits]
        self._out_start: list[int] = []
        self._out_end: list[int] = []
        shift = 0
        for s, e, r in edits:
            self._out_start.append(s + shift)
            shift += len(r) - (e - s)
            self._out_end.append(e + shift)

    def _char(self, p: int, end: bool) -> int:
        """Input offset of output character p: where it starts, or (end=True) where it ends."""
        j = bisect_right(self._out_start, p) - 1
        if j >= 0 and p < self._out_end[j]:
            in_s, in_e, out_s = self._in_start[j], self._in_end[j], self._out_start[j]
            if in_e - in_s == self._out_end[j] - out_s:
                return in_s + p - out_s + end
            return in_e if end else in_s
        shift = self._in_end[j] - self._out_end[j] if j >= 0 else 0
        return p + shift + end

    def back(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            p = self._char(start, False)
            return p, p
        return self._char(start, False), self._char(end - 1, True)


class ChainedMap:
    """Maps through several stages' maps, the last applied first: a decoded text, then its
    canonical form."""

    __slots__ = ("_stages",)

    def __init__(self, stages: tuple[OffsetMap, ...]) -> None:
        self._stages = stages

    def back(self, start: int, end: int) -> tuple[int, int]:
        for stage in reversed(self._stages):
            start, end = stage.back(start, end)
        return start, end


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, OffsetMap]:
    """The edited text and its map; `edits` sorted and not overlapping."""
    parts: list[str] = []
    pos = 0
    for s, e, r in edits:
        parts += (text[pos:s], r)
        pos = e
    parts.append(text[pos:])
    return "".join(parts), OffsetMap(edits)


@dataclass(frozen=True, slots=True)
class Canonical:
    """The text the recognizers read, and how its offsets map back to the original."""

    text: str
    original: str
    stages: tuple[OffsetMap, ...] = ()
    # The text for the statistical model: `text` with the commas of records kept (the last stage
    # only swaps characters one for one, so offsets are the same). The model reads
    # "12345,Dean Harvey,active" as a name in a cell, "12345;Dean" as a number.
    model_text: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.stages)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering every original character that produced text[start:end]."""
        for stage in reversed(self.stages):
            start, end = stage.back(start, end)
        return start, end


# --- 0: white space written as an escape --------------------------------------------------------

# "\n", "\r" and "\t" as two characters: a JSON string or a log line pasted as it was escaped
# ("Klant:\nJan de Vries\nBSN: 111222333"). Read as the white space they stand for, or the letter
# glues the value to it ("nJan", "t111222333") and no recognizer sees it. Two characters for two,
# so offsets map one for one.
_WHITE_ESCAPES = {"\\n": " \n", "\\r": "  ", "\\t": " \t"}
_WHITE_ESCAPE = re.compile(r"\\[nrt]")


# A backslash before punctuation inside a word: a Markdown or regex escape ("jan\\_jansen@acme\\.nl");
# LaTeX's thin and normal spaces between characters ("NL64\\,INGB\\,1330"); a quoted-printable soft
# line break inside a word ("NL62RABO07=\n26261995") in a text that is quoted-printable.
_PUNCT_ESCAPE = re.compile(r"(?<=[A-Za-z0-9])\\(?=[_.@*\-+#])|(?<=[A-Za-z0-9])\\[,;: ](?=[A-Za-z0-9])")
_SOFT_BREAK = re.compile(r"(?<=[A-Za-z0-9])=\r?\n(?=[A-Za-z0-9])")
_QP_ESCAPE = re.compile(r"=[0-9A-F]{2}")


def _quoted_printable(text: str) -> bool:
    """The text says it is quoted-printable, or holds two of its escapes ("=E2=80=93"): a line that
    ends in "=" elsewhere is base64 padding or an assignment ("KEY=...=\nNEXT=...")."""
    return "quoted-printable" in text.lower() or len(_QP_ESCAPE.findall(text, 0, 100_000)) >= 2


def _escape_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    if "\\" in text:
        edits += [(m.start(), m.end(), _WHITE_ESCAPES[m.group()]) for m in _WHITE_ESCAPE.finditer(text)]
        edits += [(m.start(), m.end(), "" if len(m.group()) == 1 else "  ") for m in _PUNCT_ESCAPE.finditer(text)]
    if ("=\n" in text or "=\r\n" in text) and _quoted_printable(text):
        edits += [(m.start(), m.end(), "") for m in _SOFT_BREAK.finditer(text)]
    return sorted(edits)


# HTML tags inside a value or a name, as pasted from a web page or a mail ("111<span>222</span>333",
# "<b>Jan</b> de Vries"): an inline tag is dropped, so the pieces join as a reader sees them; a
# block or cell tag reads as a space, so cells do not glue together. Only HTML's own tag names:
# "List<String>" and "a<b && c>d" are code.
_INLINE_TAGS = "span|b|i|em|strong|u|s|a|font|mark|small|big|sub|sup|code|kbd|var|abbr|wbr|ins|del|tt|q|cite|bdi|bdo"
_BLOCK_TAGS = "p|div|br|hr|td|th|tr|li|ul|ol|dl|dt|dd|table|tbody|thead|tfoot|h[1-6]|blockquote|pre|section|article"
_TAG = re.compile(
    rf"</?(?:(?P<inline>{_INLINE_TAGS})|{_BLOCK_TAGS})(?:\s[^<>]{{0,200}}+)?/?>",
    re.IGNORECASE,
)


_COMMENT = re.compile(r"<!--.{0,200}?-->", re.DOTALL)
# A YAML anchor before a value ("pass: &pw Zomer2024!"): the value is what follows it.
_YAML_ANCHOR = re.compile(r"(?m)^[ \t]*+(?:-[ \t]++)?[\w.-]{1,64}+:[ \t]++(?P<anchor>&[\w-]{1,40}+[ \t]++)(?=[^\s#|>])")
# Markdown emphasis or a code mark between two digits ("813**829**495"): dropped, the digits join.
_EMPHASIS_BETWEEN_DIGITS = re.compile(r"(?<=\d)(?:\*\*|~~|\*|`)(?=\d)")


def _markup_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    if "<" in text:
        edits += [(m.start(), m.end(), "" if m.group("inline") else " ") for m in _TAG.finditer(text)]
        if "<!--" in text:
            edits += [(m.start(), m.end(), "") for m in _COMMENT.finditer(text)]
    if "*" in text or "~" in text or "`" in text:
        edits += [(m.start(), m.end(), "") for m in _EMPHASIS_BETWEEN_DIGITS.finditer(text)]
    if "&" in text and ":" in text:
        edits += [(m.start("anchor"), m.end("anchor"), "") for m in _YAML_ANCHOR.finditer(text)]
    edits.sort()
    return [e for i, e in enumerate(edits) if i == 0 or e[0] >= edits[i - 1][1]]


# --- 1, 2: invisible characters, odd spaces, NFKC per character -----------------------------

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Invisible characters outside category Cf: variation selectors, the combining grapheme joiner,
# Hangul fillers (rendered as nothing), the Mongolian vowel separator (Cf before Unicode 6.3).
_INVISIBLE = frozenset("\u034f\u115f\u1160\u180e\u3164\uffa0") | frozenset(map(chr, range(0xFE00, 0xFE10)))


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    if c in _INVISIBLE or 0xE0100 <= ord(c) <= 0xE01EF:
        return ""
    if 0xE0020 <= ord(c) <= 0xE007E:  # tag characters: invisible, but models read them as ASCII
        return chr(ord(c) - 0xE0000)
    category = unicodedata.category(c)
    if category == "Cf":  # zero-width space/joiners, soft hyphen, word joiner, bidi controls, BOM
        return ""
    if category == "Me":  # enclosing marks: the keycap of "1\ufe0f\u20e3" (an emoji digit), circles
        return ""
    if category == "Zs":  # NBSP, thin and ideographic spaces
        return " "
    if category == "Nd":  # Arabic-Indic, Devanagari, ... digits (NFKC keeps them): the digit itself
        return str(unicodedata.digit(c))
    return unicodedata.normalize("NFKC", c)


# Dash look-alikes between digits (an en dash, a non-breaking hyphen, a minus): a plain hyphen there.
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d")
# Dots and bullets between digit groups ("111·222·333", "111•222•333"): read as a separator too.
_BULLETS = frozenset("\u00b7\u2022\u2219\u22c5\u2027\u30fb")
# Combining marks that underline, overline or strike a character through ("1̲1̲1̲", "J̶a̶n̶"): styling
# a reader looks past. Accents stay (the name lists fold them).
_STYLING_MARKS = frozenset("\u0305\u0332\u0333\u0335\u0336\u0337\u0338\u033f\u20d2\u20d3\u20e5\u20e6")


def _styling_mark(text: str, i: int) -> bool:
    """text[i] is a combining mark on an ASCII digit, or an underline or strike-through on an
    ASCII letter (other marks on it may stand between)."""
    c = text[i]
    if unicodedata.category(c) != "Mn":
        return False
    j = i - 1
    while j > 0 and unicodedata.category(text[j]) == "Mn" and i - j < 4:
        j -= 1
    base = text[j] if j >= 0 else ""
    return base.isascii() and (base.isdigit() or (base.isalpha() and c in _STYLING_MARKS))


def _between_digits(text: str, i: int) -> bool:
    """Whether text[i] has a digit either side, up to two spaces away ("536 – 22")."""
    before = text[max(0, i - 3) : i].rstrip(" ")
    after = text[i + 1 : i + 4].lstrip(" ")
    return bool(before) and before[-1].isdigit() and bool(after) and after[0].isdigit()


def _unicode_edits(text: str) -> list[Edit]:
    if text.isascii():
        return []
    edits: list[Edit] = []
    for m in _NON_ASCII.finditer(text):
        c = m.group()
        if (c in _DASHES or c in _BULLETS) and _between_digits(text, m.start()):
            folded = "-"
        elif _styling_mark(text, m.start()):
            folded = ""
        else:
            folded = _fold_char(c)
        if folded == " " and _inside_address(text, m.start(), m.end()):
            folded = ""  # "jan\u00a0@example.nl", "jan@exa\u00a0mple.nl": an odd space hiding an address
        if folded != c:
            edits.append((m.start(), m.end(), folded))
    return edits


_ADDRESS_REACH = 254  # the longest e-mail address
_AT_SIGNS = ("@", "\uff20")


def _inside_address(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (an odd space) splits an e-mail address: it stands against the
    "@", or inside the domain ("jan@exa mple.nl": the part before it is not yet a whole address)."""
    if (start > 0 and text[start - 1] in _AT_SIGNS) or (end < len(text) and text[end] in _AT_SIGNS):
        return True
    left = text[max(0, start - _ADDRESS_REACH) : start]
    right = text[end : end + 2]
    if not left or left[-1].isspace() or not right[:1].isalnum():
        return False
    word = left.split()[-1]
    if "@" not in word:
        return False
    domain = word.rsplit("@", 1)[1].rstrip(".,;:!?)")
    return not ("." in domain and _known_suffix(domain))


# --- 3: Cyrillic and Greek look-alikes inside identifier-like tokens --------------------------

CONFUSABLES = {
    **dict(zip("АВЕКМНОРСТХЅІЈԚԜҮ", "ABEKMHOPCTXSIJQWY", strict=True)),  # Cyrillic capitals
    **dict(zip("аеорсухѕіјһԁԛԝӏ", "aeopcyxsijhdqwl", strict=True)),  # Cyrillic small letters
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX", strict=True)),  # Greek capitals
    **dict(zip("οιρνκυαχ", "oipvkuax", strict=True)),  # Greek small letters
}
_TRANSLATE = str.maketrans(CONFUSABLES)
_TOKEN_CHAR = r"[\w@.+/=-]"
_CONFUSABLE_CLASS = "[" + "".join(CONFUSABLES) + "]"
_HAS_CONFUSABLE = re.compile(_CONFUSABLE_CLASS)
# A token (starting at a token boundary, so linear) holding at least one look-alike.
_CONFUSABLE_TOKEN = re.compile(rf"(?<!{_TOKEN_CHAR}){_TOKEN_CHAR}*?{_CONFUSABLE_CLASS}{_TOKEN_CHAR}*+")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


def _confusable_edits(text: str) -> list[Edit]:
    """Fold look-alikes only in tokens that also hold ASCII letters or digits ("AКIA...",
    "jаn@example.nl"): Russian or Greek prose has none and stays as written."""
    if text.isascii() or not _HAS_CONFUSABLE.search(text):
        return []
    edits: list[Edit] = []
    for m in _CONFUSABLE_TOKEN.finditer(text):
        token = m.group()
        if _ASCII_ALNUM.search(token):
            edits.append((m.start(), m.end(), token.translate(_TRANSLATE)))
    return edits


# --- 4: obfuscated e-mail addresses -------------------------------------------------------------

_SP = r"[ \t]*+"
# "@" and "." as words: English, Dutch ("apenstaartje", "punt"), German ("Klammeraffe", "Punkt"), French.
_AT_WORDS = ("at", "apenstaartje", "klammeraffe", "arobase")
_DOT_WORDS = ("dot", "punt", "punkt", "point")
_AT_WORD = "|".join(_AT_WORDS)
_DOT_WORD = "|".join(_DOT_WORDS)
_AT_MARK = _AT_WORD + "|@"  # inside brackets the sign itself is disguise enough
_DOT_MARK = _DOT_WORD + r"|\."
_BRACKETED = rf"{_SP}[(\[{{<]{_SP}(?i:WORD){_SP}[)\]}}>]{_SP}"  # "(at)", "[dot]", and defanged "[@]", "[.]"
_AT = rf"(?:{_BRACKETED.replace('WORD', _AT_MARK)}|[ \t]++(?i:{_AT_WORD})[ \t]++|{_SP}@{_SP})"
_DOT = rf"(?:{_BRACKETED.replace('WORD', _DOT_MARK)}|[ \t]++(?i:{_DOT_WORD})[ \t]++|{_SP}\.{_SP})"
# In the local part a dot as a word too ("jan punt de punt vries at ..."), not a spaced one.
_LOCAL_DOT = rf"(?:{_BRACKETED.replace('WORD', _DOT_MARK)}|[ \t]++(?i:{_DOT_WORD})[ \t]++|\.)"
_LABEL = r"[^\W_](?:[\w-]{0,61}+(?<=[^\W_]))?"
_OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.+%-])[\w%+-]{{1,64}}+(?:{_LOCAL_DOT}[\w%+-]{{1,64}}+){{0,8}}+(?P<at>{_AT}){_LABEL}(?:{_DOT}{_LABEL}){{1,8}}"
)
_BRACKETED_HINT = re.compile(rf"[(\[{{<][ \t]*+(?i:{_AT_MARK}|{_DOT_MARK})[ \t]*+[)\]}}>]")
_EITHER_WORD = f"{_AT_MARK}|{_DOT_MARK}"
_SEPARATOR = re.compile(rf"{_BRACKETED.replace('WORD', _EITHER_WORD)}|[ \t]++(?i:{_EITHER_WORD})[ \t]++|{_SP}[@.]{_SP}")
# Words for "@" and "." other than "at" and "dot" that the cheap test before the pattern looks for.
_OTHER_WORDS = (" punt ", " Punt ", " punkt ", " Punkt ", " point ", "apenstaartje", "lammeraffe", "arobase")


@lru_cache(maxsize=1)
def _suffixes() -> tldextract.TLDExtract:
    import tldextract

    # The public suffix list bundled in the wheel: no download (as in the e-mail recognizer).
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _known_suffix(domain: str) -> bool:
    return bool(_suffixes()(domain).suffix)


def _kind(separator: str) -> str:
    """plain "@"/".", spaced " @ ", bare " at "/" dot ", or bracketed "(at)"/"[dot]"."""
    word = separator.strip().lower()
    if separator in ("@", "."):
        return "plain"
    if word in ("@", "."):
        return "spaced"
    return "bare" if word in _AT_WORDS or word in _DOT_WORDS else "bracketed"


def _email_edits(text: str) -> list[Edit]:
    """`jan (at) example (dot) nl`, `jan[at]example[dot]nl`, `jan @ example . nl` -> jan@example.nl.

    Rewritten only when the result is an address with a known public suffix, and only when
    something besides a plain "@" is obfuscated: `x @ w.int` is Python. "at" as a bare word
    needs a dot written as a word too: `look at example.com` is prose."""
    # Substring tests first: one regex over every prompt is the cost to keep small.
    spaced = " @" in text or "@ " in text or "dot " in text or "DOT " in text or "Dot " in text
    if not spaced and not any(w in text for w in _OTHER_WORDS) and not _BRACKETED_HINT.search(text):
        return []
    edits: list[Edit] = []
    for m in _OBFUSCATED_EMAIL.finditer(text):
        seps = list(_SEPARATOR.finditer(text, m.start("at"), m.end()))
        kinds = [_kind(s.group()) for s in seps]
        if kinds[0] == "bare" and any(k in ("plain", "spaced") for k in kinds[1:]):
            continue
        if kinds[0] in ("plain", "spaced") and all(k == "plain" for k in kinds[1:]):
            continue
        # The longest domain that still ends in a known suffix: "jan (at) x (dot) nl. Dank" ends at "nl".
        for last in range(len(seps) - 1, 0, -1):
            end = seps[last + 1].start() if last + 1 < len(seps) else m.end()
            labels = [text[a.end() : b.start()] for a, b in zip(seps[:last], seps[1 : last + 1], strict=True)]
            domain = ".".join([*labels, text[seps[last].end() : end]])
            tld = domain.rsplit(".", 1)[-1]
            if tld.isalpha() and len(tld) >= 2 and _known_suffix(domain):
                edits += [(s.start(), s.end(), "." if i else "@") for i, s in enumerate(seps[: last + 1])]
                local = _SEPARATOR.finditer(text, m.start(), m.start("at"))
                edits += [(s.start(), s.end(), ".") for s in local if s.group() != "."]  # "jan punt de punt vries"
                break
    return sorted(e for e in edits if text[e[0] : e[1]] != e[2])


# --- 5: separators inside BSNs, IBANs and card numbers -------------------------------------

# One to three spaces, dots, dashes, underscores or slashes; or one pipe, colon or tab, as a POS log,
# a form and a pasted spreadsheet row write them ("4903|2226|9317|1621", "956\t354\t117").
_SEPS = r"(?:[ .\-_/]{1,3}+|[|:\t])"
# A run of digits joined by separators; not part of a longer number, amount or word.
# (The look-behinds follow the first digit: re checks them only where a digit stands.)
_DIGIT_RUN = re.compile(
    rf"\d(?<![\w.,/-]\d)(?<!\d[ .\-_/|:\t]\d)(?:{_SEPS}\d|\d){{8,18}}+(?![\w]|[ .,\-_/]{{1,3}}\d|[|:\t]\d)"
)
# Layouts the recognizers already read: left alone, so their scores stay as they are
# (the dotted BSN counts without context; the compact form needs a context word). The US
# SSN's 123-45-6789 and 123 45 6789 too: compacted, one SSN in eleven (those passing the
# eleven-test) lost the layout that makes it an SSN without a label.
_STANDARD_DIGITS = re.compile(
    r"\d+|\d{3} \d{3} \d{3}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}"
    r"|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|3[47]\d{2}([ -])\d{6}\2\d{5}"
)
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_DATE_INSIDE = re.compile(r"(?<!\d)(?:\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})|\d{4}[-./]\d{1,2}[-./]\d{1,2})(?!\d)")
_SPACED_DIGITS = re.compile(r"\d(?:[ .\-_/]{1,3}\d)+")
# Single digits joined by commas, semicolons or line breaks: "1,1,1,2,2,2,3,3,3", one digit a line.
_SINGLE_DIGITS = re.compile(r"(?<![\d,.;])\d(?:[ \t]*+(?:[,;]|\r?\n)[ \t]*+\d(?!\d)){8,18}+(?![\d,;])")
_GROUPS = re.compile(r"\d+")
# Country code and check digits, then 11-30 letters or digits, any separator between any two.
_IBAN_RUN = re.compile(
    r"(?<![A-Za-z0-9])(?P<c1>[A-Za-z])[ .\-_/]?(?P<c2>[A-Za-z])[ .\-_/]?\d[ .\-_/]?\d"
    # wrapped over a line too, or grouped with middle dots, bullets, pipes or colons
    r"(?:(?:[ .\-_/]{0,2}+|[ \t]*+\r?\n[ \t]*+|[\u00b7\u2022\u2219|:])[A-Za-z0-9]){11,30}+"
)
_STANDARD_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{4}){2,7}+(?:[ -]?[A-Z0-9]{1,4})?")
_ALNUM = re.compile(r"[A-Za-z0-9]+")


def _bsn_ok(digits: str, run: str) -> bool:
    from stdnum.nl import bsn

    if not bsn.is_valid(digits) or len(set(digits)) < 3:
        return False
    letter_spaced = all(len(g) == 1 for g in _GROUPS.findall(run))
    # A leading 0 in groups is a phone number ("02 123 45 67" in Belgium), not a BSN.
    return letter_spaced or not digits.startswith("0")


def _card_ok(digits: str, run: str) -> bool:
    from stdnum import luhn

    if digits[0] not in "23456" or not luhn.is_valid(digits) or len(set(digits)) < 2:
        return False
    groups = [len(g) for g in _GROUPS.findall(run)]
    # Card layouts with odd or mixed separators: 4-4-4-4(-3), Amex 4-6-5, or one digit at a time.
    return all(g == 1 for g in groups) or groups == [4, 6, 5] or (all(g == 4 for g in groups[:-1]) and groups[-1] <= 4)


def _ssn_layout(run: str) -> bool:
    """Three, two and four digits (a US SSN's groups) with one kind of separator between them,
    the area, group and serial in the issued ranges."""
    groups = _GROUPS.findall(run)
    if [len(g) for g in groups] != [3, 2, 4]:
        return False
    seps = {s.strip() or " " for s in re.split(r"\d+", run)[1:-1]}
    area, group, serial = groups
    return len(seps) == 1 and area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _dashed(text: str, start: int, end: int) -> list[Edit]:
    """Edits that write every separator in text[start:end] as one dash."""
    edits: list[Edit] = []
    pos = start
    for m in _ALNUM.finditer(text, start, end):
        if m.start() > pos:
            edits.append((pos, m.start(), "-"))
        pos = m.end()
    return edits


def _compact(text: str, start: int, end: int, upper: bool = False) -> list[Edit]:
    """Edits that drop every separator in text[start:end] (and upper-case its letters)."""
    edits: list[Edit] = []
    pos = start
    for m in _ALNUM.finditer(text, start, end):
        if m.start() > pos:
            edits.append((pos, m.start(), ""))
        if upper and not m.group().isupper() and any(c.isalpha() for c in m.group()):
            edits.append((m.start(), m.end(), m.group().upper()))
        pos = m.end()
    return edits


def _iban_length(country: str) -> int | None:
    return _iban_lengths().get(country)


@lru_cache(maxsize=1)
def _iban_lengths() -> dict[str, int]:
    """Country code -> IBAN length, from python-stdnum's copy of the SWIFT IBAN registry."""
    from stdnum import numdb

    lengths: dict[str, int] = {}
    db = numdb.get("iban")
    # numdb's rows are (length, low, high, properties, children); "bban" reads like "4!a10!n".
    for _, country, _, props, _ in db.prefixes:
        lengths[country] = 4 + sum(int(n) for n in re.findall(r"(\d+)!", props.get("bban", "")))
    return lengths


def _iban_edits(text: str, m: re.Match[str]) -> list[Edit]:
    from stdnum import iban

    length = _iban_length((m.group("c1") + m.group("c2")).upper())
    if length is None:
        return []  # "is 12 ...", "in 12 ...": prose, not a country code
    chars = [(m.start() + i, c) for i, c in enumerate(m.group()) if c.isalnum()]
    if len(chars) < length:
        return []
    start, end = m.start(), chars[length - 1][0] + 1
    if end < len(text) and text[end].isalnum():
        return []  # the country's length ends inside a word
    span = text[start:end]
    if _STANDARD_IBAN.fullmatch(span) or not iban.is_valid("".join(c for _, c in chars[:length]), check_country=False):
        return []
    return _compact(text, start, end, upper=True)


# An underscore or dash gluing a word to a 9-digit number or an IBAN (an identifier-only field
# such as a chat message's `name`, or a URL path step, has no spaces); it reads as a space.
_GLUED_IDENTIFIER = re.compile(r"(?<=[A-Za-z])[_-](?P<value>\d{9}|[A-Z]{2}\d{2}[A-Z0-9]{11,30})(?![A-Za-z0-9])")


def _iban_valid(value: str) -> bool:
    from stdnum import iban

    return _iban_length(value[:2]) == len(value) and iban.is_valid(value, check_country=False)


# An AWS access key id with separators between its characters.
_AWS_KEY_ID_RUN = re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)(?:[ .\-_/]?+[A-Z0-9]){16}(?![A-Za-z0-9])")


def _identifier_edits(text: str) -> list[Edit]:
    """Compact BSNs, IBANs and card numbers written with odd separators, and upper-case an IBAN
    written in lower case, when the compact value passes its checksum: dates, amounts,
    versions and IP addresses fail it (or their shape is excluded) and stay as written."""
    edits: list[Edit] = []
    for m in _DIGIT_RUN.finditer(text):
        run = m.group()
        if _STANDARD_DIGITS.fullmatch(run) or _IPV4.fullmatch(run) or _DATE_INSIDE.search(run):
            continue
        digits = "".join(_GROUPS.findall(run))
        if _ssn_layout(run):  # "536 - 22 - 4139", "536_22_4139": the SSN's own layout, written oddly
            edits += _dashed(text, m.start(), m.end())
        elif (len(digits) == 9 and _bsn_ok(digits, run)) or (
            13 <= len(digits) <= 19 and "\t" not in run and _card_ok(digits, run)  # not a row of figures
        ):
            edits += _compact(text, m.start(), m.end())
    if "," in text or "\n" in text or ";" in text:
        for m in _SINGLE_DIGITS.finditer(text):  # "1,1,1,2,2,2,3,3,3", one digit a line
            digits = "".join(_GROUPS.findall(m.group()))
            if (len(digits) == 9 and _bsn_ok(digits, m.group())) or (
                13 <= len(digits) <= 19 and _card_ok(digits, m.group())
            ):
                edits += _compact(text, m.start(), m.end())
    for m in _IBAN_RUN.finditer(text):
        edits += _iban_edits(text, m)
    for m in _GLUED_IDENTIFIER.finditer(text):  # "bsn_111222333", "iban-NL91ABNA0417164300": a word glued on
        value = m.group("value")
        if (value.isdigit() and _bsn_ok(value, value)) or (not value.isdigit() and _iban_valid(value)):
            edits.append((m.start(), m.start() + 1, " "))
    for m in _AWS_KEY_ID_RUN.finditer(text):  # "AKIA-ABCD-..." : no checksum, but the prefix is exact
        if not m.group().isalnum():
            edits += _compact(text, m.start(), m.end())
    edits.sort()
    return [e for i, e in enumerate(edits) if i == 0 or e[0] >= edits[i - 1][1]]


# --- 6: string literals joined in code -------------------------------------------------------

# Quoted pieces without spaces joined by +, ., ||, & or nothing ("AKIA" + "Z7QX4PLM" + "9RT2VWYB",
# Python's "abc" "def"): a secret split to pass a scanner. Joined in the canonical text; pieces
# with spaces ("Hello " + "world") are prose and stay.
_LITERAL = r"[^\s\"'\\]{1,200}+"
# Over a line break without an operator (Python's implicit joining inside brackets) only when the
# next piece ends its field: a quoted CSV row ("...","Notes"\n"Leveranciers","Makro") is no code.
_JOIN_OPERATOR = r"(?:\+|\.|\|\||&)"
_JOINED_LITERALS = re.compile(
    rf"(?P<q>[\"'])({_LITERAL})(?P=q)"
    rf"(?:(?:[ \t]*+{_JOIN_OPERATOR}[ \t]*+(?:\r?\n[ \t]*+)?|[ \t]*+\r?\n[ \t]*+{_JOIN_OPERATOR}[ \t]*+|[ \t]*+)"
    rf"(?P=q){_LITERAL}(?P=q)"
    rf"|[ \t]*+\r?\n[ \t]*+(?P=q){_LITERAL}(?P=q)(?![ \t]*+[,;\t]))++"
)


# The pieces of a list handed to a join with nothing between them: ''.join(['sk-proj-Ab3', 'dE6gH9']),
# ["ghp_", "x"].join(""), concat('NL91', 'ABNA'). A list of strings elsewhere is a list ("names =
# ['Jan', 'Piet']"), and ', '.join(...) puts a separator between.
_LITERAL_LIST = rf"(?P<body>(?P<q>[\"'])({_LITERAL})(?P=q)(?:[ \t]*+,[ \t]*+(?:\r?\n[ \t]*+)?(?P=q){_LITERAL}(?P=q))++)"
# Joined with nothing between: ''.join(...), [...].join(""), CONCAT(...), Rust's concat!(...), Go's
# strings.Join([]string{...}, ...), PowerShell's -join (...).
_JOIN_CALL = re.compile(
    rf"(?:(?P<e>[\"'])(?P=e)\.join\(|(?:concat!?|Concat|CONCAT|\bcat)\(|strings\.Join\(\[\]string\{{|-join[ \t]*+)"
    rf"[ \t]*+[\[(@]?\(?[ \t]*+{_LITERAL_LIST}"
)
_LIST_JOINED = re.compile(rf"\[[ \t]*+{_LITERAL_LIST}[ \t]*+\][ \t]*+\.join\([ \t]*+(?P<e>[\"'])(?P=e)[ \t]*+\)")


def _joined_literal_edits(text: str) -> list[Edit]:
    """Edits that drop what stands between joined string literals (closing quote, operator,
    opening quote), so the pieces read as one value."""
    if '"' not in text and "'" not in text:
        return []
    edits: list[Edit] = []
    spans = [(m.start(), m.group(), m.group("q")) for m in _JOINED_LITERALS.finditer(text)]
    if "join(" in text or "cat(" in text or "CAT(" in text or "cat!(" in text or "Join(" in text or "-join" in text:
        for pattern in (_JOIN_CALL, _LIST_JOINED):
            spans += [(m.start("body"), m.group("body"), m.group("q")) for m in pattern.finditer(text)]
    for start, run, q in spans:
        pieces = list(re.finditer(re.escape(q) + "(" + _LITERAL + ")" + re.escape(q), run))
        for a, b in zip(pieces, pieces[1:], strict=False):
            edits.append((start + a.end(1), start + b.start(1), ""))
    edits.sort()
    return [e for i, e in enumerate(edits) if i == 0 or e[0] >= edits[i - 1][1]]  # two patterns, one gap


# --- 7: comma-separated records ----------------------------------------------------------------

# A comma with no space after it: a CSV field separator ("Jan Jansen,111222333,1981-03-12") unless
# it is inside a number (_in_number).
_CSV_COMMA = re.compile(r",(?=[^\s,])|,(?=,)")
_DIGITS_AFTER = re.compile(r"\d{1,4}")


def _in_number(line: str, i: int) -> bool:
    """The comma at line[i] is a thousands separator ("1,234,567") or a decimal comma ("333,00"):
    digits before it and three, or one or two, after it. Not after an identifier's run of eight
    or more digits ("85073003328,3": the next field). Bounded look-arounds: linear in the line."""
    before = 0
    while before < 8 and i - before > 0 and line[i - before - 1].isdigit():
        before += 1
    after = _DIGITS_AFTER.match(line, i + 1)
    if before == 0 or before >= 8 or after is None:
        return False
    return len(after.group()) <= 3


_NOT_CSV = re.compile(r"[{}=<>]")  # code, JSON, markup: their commas are not a record's


def _csv_edits(text: str) -> list[Edit]:
    """In comma-separated records, each separating comma (none inside double quotes or a number)
    becomes ";". The recognizers read ",1981" after a number as a decimal ("111222333,50"), so a
    BSN, SSN or phone number with a number in the next field was missed; ";" separates fields
    for them and for the table-column labels (name_scan.table_cells). A record is a line without
    the marks of code, JSON or markup and with two or more separating commas, or one when the line
    above or below has one too ("id,ssn" over "1,536904399"): a header and its rows alike, so a
    table keeps one delimiter."""
    if _CSV_COMMA.search(text) is None:
        return []  # prose: a space after every comma
    lines = text.split("\n")
    commas = [_separating_commas(line) for line in lines]
    every = [_separating_commas(line, numbers=True) if commas[i] else [] for i, line in enumerate(lines)]
    widths = _table_widths(commas, every)
    edits: list[Edit] = []
    pos = 0
    for i, line in enumerate(lines):
        found = commas[i]
        if len(every[i]) > len(found) >= 1 and len(every[i]) in widths[i]:
            # "Kevin Ross,617-482-3390,48 Maple Grove Lane,...": with the comma after "3390" the row
            # has as many fields as the header above it, so that comma separates, no decimal
            found = every[i]
        if len(found) == 1:
            paired = (i > 0 and len(commas[i - 1]) == 1) or (i + 1 < len(lines) and len(commas[i + 1]) == 1)
            found = found if paired else []
        edits += [(pos + c, pos + c + 1, ";") for c in found]
        pos += len(line) + 1
    return edits


def _table_widths(commas: list[list[int]], every: list[list[int]]) -> list[frozenset[int]]:
    """Per line, the separator counts (two or more) of the lines of its table (a run of lines with
    separating commas) that have no comma a number could hold: a header's or a plain row's."""
    out: list[frozenset[int]] = [frozenset()] * len(commas)
    i = 0
    while i < len(commas):
        if not commas[i]:
            i += 1
            continue
        j = i
        while j < len(commas) and commas[j]:
            j += 1
        widths = frozenset(len(commas[k]) for k in range(i, j) if len(commas[k]) >= 2 and every[k] == commas[k])
        out[i:j] = [widths] * (j - i)
        i = j
    return out


def _separating_commas(line: str, numbers: bool = False) -> list[int]:
    """Offsets of the commas that may separate fields of a record; with `numbers`, also those
    that could be inside a number ("3390,48")."""
    if "," not in line or _NOT_CSV.search(line):
        return []
    quoted = _quoted_spans(line) if '"' in line else []
    opens = [a for a, _ in quoted]
    out = []
    for m in _CSV_COMMA.finditer(line):
        c = m.start()
        k = bisect_right(opens, c) - 1  # the last quote opened before the comma (spans do not overlap)
        if (k >= 0 and c < quoted[k][1]) or (not numbers and _in_number(line, c)):
            continue
        out.append(c)
    return out


def _quoted_spans(line: str) -> list[tuple[int, int]]:
    """The (open, close) offsets of each double-quoted field of a CSV line."""
    spans = []
    start = line.find('"')
    while start >= 0:
        close = line.find('"', start + 1)
        while close >= 0 and line[close + 1 : close + 2] == '"':  # "" is an escaped quote
            close = line.find('"', close + 2)
        if close < 0:
            spans.append((start, len(line)))
            break
        spans.append((start, close))
        start = line.find('"', close + 1)
    return spans


def canonicalize(text: str) -> Canonical:
    """The canonical form of `text`; unchanged (no map) when nothing needs undoing."""
    stages: list[OffsetMap] = []
    current = text
    stages_in_order = (
        _escape_edits,
        _markup_edits,
        _unicode_edits,
        _confusable_edits,
        _joined_literal_edits,
        _email_edits,
        _identifier_edits,
    )
    for find in stages_in_order:
        edits = find(current)
        if edits:
            current, stage = apply_edits(current, edits)
            stages.append(stage)
    model_text = current
    edits = _csv_edits(current)  # one character for one: last, so model_text keeps the same offsets
    if edits:
        current, stage = apply_edits(current, edits)
        stages.append(stage)
    return Canonical(text=current, original=text, stages=tuple(stages), model_text=model_text)
