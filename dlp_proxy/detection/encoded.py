"""Extra texts to scan besides the canonical text: secrets broken over lines, base64/base32/hex runs
decoded (base64 of base64, and of gzip, too), escapes undone (and, in `unmarked`, Markdown marks
taken out and underscores made spaces; in `spelled`, digits spelled as words and values spaced
out character by character written plainly).

Neither is done in the canonical text itself: joining two lines there would glue a list of
IBANs or keys (one a line) into one word no recognizer matches, and a decoded run is another
text altogether. Each extra text carries the span of the canonical text it stands for, so a
finding in it maps back (a decoded run as a whole: its characters have no offsets of their own).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import zlib

import regex

from dlp_proxy.detection.canonical import ChainedMap, Edit, apply_edits, canonicalize
from dlp_proxy.detection.extra_text import MAX_DECODED_RUNS, Extra
from dlp_proxy.detection.spelled import spelled_runs
from dlp_proxy.detection.unmarked import identifier_names, markdown_lines, spaced_identifiers

__all__ = [
    "MAX_DECODED_RUNS",
    "Extra",
    "char_code_runs",
    "decoded_runs",
    "extras",
    "hyphenated_lines",
    "joined_lines",
    "unescaped_runs",
]

# Bounds per scanned text, so a prompt full of base64 cannot make a scan expensive.
MIN_ENCODED_RUN = 24  # shorter base64/hex runs are identifiers and hashes, not hidden text
MAX_EXAMINED_RUNS = 1024  # candidate runs whose first bytes are decoded and looked at
MAX_DECODED_CHARS = 1_000_000  # characters of decoded (and joined) text scanned in all
MIN_PRINTABLE = 0.85  # share of printable characters for decoded bytes to count as text
_PROBE = 64  # characters decoded first: binary (an image) is rejected after these

_RUN_CHARS = r"[A-Za-z0-9+/_-]"
# A line that ends in a token-like run, and the line break after it (a trailing backslash and
# indentation included); the next line must start with such a run too.
_BREAK = re.compile(rf"(?<!{_RUN_CHARS}){_RUN_CHARS}{{8,}}+(?P<brk>[ \t]*+\\?[ \t]*+\r?\n[ \t]*+)(?={_RUN_CHARS}{{4}})")
_RUN = re.compile(rf"{_RUN_CHARS}++")
# ... and that run ends its line (base64 padding or a closing quote may follow): a CSV row
# ("K7390771;Misty Roman;...") or a log line ("2025-03-12T10:14:07Z INFO") goes on after it.
_RUN_ENDS_LINE = re.compile(r"={0,2}+[\"'`,)\]}]{0,3}+[ \t]*+(?:\r?\n|$)")
_B64_CHARS = r"[A-Za-z0-9+/_-]"
# Base64, base64url or hex, also wrapped over lines as in a PEM body. An "=" may stand before
# it: a cookie, a query parameter or an env line gives a name its value ("prefs=<base64>"), and
# base64 holds "=" only as padding at its end.
_ENCODED_RUN = re.compile(
    rf"(?<![A-Za-z0-9+/_-]){_B64_CHARS}{{16,}}+(?:[ \t]*+\r?\n[ \t]*+{_B64_CHARS}{{4,}}+)*+={{0,6}}+"
    r"(?![A-Za-z0-9+/=_-])"
)
_SPACE = re.compile(r"\s+")
# Hex bytes with a separator between each two: nine or more (a MAC address has six), one separator.
_SEPARATED_HEX = re.compile(
    r"(?<![0-9A-Fa-f:.-])[0-9A-Fa-f]{2}([:.-])(?:[0-9A-Fa-f]{2}\1){7,4096}+[0-9A-Fa-f]{2}(?![0-9A-Fa-f:.-])"
)
_HEX_SEPARATORS = re.compile(r"[:.-]")
_SEPARATED_HEX_HINT = re.compile(r"[:.-][0-9A-Fa-f]{2}[:.-][0-9A-Fa-f]{2}[:.-][0-9A-Fa-f]{2}[:.-]")
_HEX = re.compile(r"(?:[0-9a-f]{2})++|(?:[0-9A-F]{2})++")
_BASE32 = re.compile(r"[A-Z2-7]++={0,6}+")  # RFC 4648 base32: capitals and 2-7, padded to 8
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_WORD = re.compile(r"[A-Z]?[a-z]+")


def extras(text: str, budget: int = MAX_DECODED_CHARS) -> list[Extra]:
    """Joined secrets and decoded runs in `text` (canonical), at most `budget` characters in all."""
    found: list[Extra] = []
    budget = min(budget, MAX_DECODED_CHARS)
    runs = [
        *joined_lines(text),
        *hyphenated_lines(text),
        *decoded_runs(text),
        *unescaped_runs(text),
        *char_code_runs(text),
    ]
    named = [*spaced_identifiers(text), *identifier_names(text)]
    for extra in [*runs, *markdown_lines(text), *named, *spelled_runs(text)]:
        if len(extra.text) > budget:
            break
        budget -= len(extra.text)
        found.append(extra)
    return found


def _keyish(run: str) -> bool:
    """Letters with digits, or case mixed inside the word: "AKIAIOSFODNN7", "wJalrXUtnFEMI/K7MDENG"."""
    if any(c.isdigit() for c in run) and any(c.isalpha() for c in run):
        return True
    return any(c.isupper() for c in run[1:]) and any(c.islower() for c in run) and not _WORD.fullmatch(run)


def _joinable(left: str, right: str) -> bool:
    """Both sides of the break look like pieces of one key; prose ("Regards\\nJan Jansen") never does.
    The tail of a key may be short or in capitals ("EXAMPLE"), but not a word of prose."""
    if len(left) < 8 or not _keyish(left) or len(left) + len(right) < 16:
        return False
    return _keyish(right) or (len(right) >= 4 and right.isupper())


def joined_lines(text: str) -> list[Extra]:
    """Lines holding a key broken over a line break, rejoined: from the start of the first line
    to the end of the last, so a "name = " before the key stays in view."""
    chains: list[list[tuple[int, int]]] = []  # line breaks (start, end) of one broken run
    last_right = -1
    for m in _BREAK.finditer(text):
        right = _RUN.match(text, m.end())
        if right is None or not _RUN_ENDS_LINE.match(text, right.end()):
            continue
        if not _joinable(text[m.start() : m.start("brk")], right.group()):
            continue
        if chains and m.start() == last_right:
            chains[-1].append(m.span("brk"))
        else:
            chains.append([m.span("brk")])
        last_right = m.end()
        if len(chains) > MAX_DECODED_RUNS:
            break
    return _rejoined(text, chains[:MAX_DECODED_RUNS], "joined")


def _rejoined(text: str, chains: list[list[tuple[int, int]]], kind: str) -> list[Extra]:
    """Per chain of line breaks, its lines with the breaks taken out: from the start of the first
    line to the end of the last, mapped back character by character."""
    found: list[Extra] = []
    for breaks in chains:
        start = text.rfind("\n", 0, breaks[0][0]) + 1
        end = text.find("\n", breaks[-1][1])
        end = len(text) if end < 0 else end
        joined, offsets = apply_edits(text[start:end], [(s - start, e - start, "") for s, e in breaks])
        found.append(Extra(joined, kind, start, end, offsets))
    return found


# A word broken over a line break by a hyphen, as typeset text and PDFs break them ("Noorder-\nlicht"):
# letters before the hyphen, a lower-case letter after the break.
_HYPHEN_BREAK = regex.compile(r"(?<=\p{L}\p{L})-[ \t]*+\r?\n[ \t]*+(?=\p{Ll}\p{Ll})")


def hyphenated_lines(text: str) -> list[Extra]:
    """Lines holding words broken by a hyphen at their end, rejoined ("Zorg-\ngroep Noorder-\nlicht"
    reads "Zorggroep Noorderlicht"): from the start of the first line to the end of the last, so
    the words around stay in view. Each maps back character by character."""
    if "-" not in text or "\n" not in text:
        return []
    chains: list[list[tuple[int, int]]] = []
    last_end = -1
    for examined, m in enumerate(_HYPHEN_BREAK.finditer(text)):
        if examined >= MAX_EXAMINED_RUNS:
            break
        line_start = text.rfind("\n", 0, m.start()) + 1
        if chains and line_start <= last_end:  # this line continues the last chain
            chains[-1].append(m.span())
        else:
            if len(chains) >= MAX_DECODED_RUNS:
                break
            chains.append([m.span()])
        last_end = m.end()
    return _rejoined(text, chains, "hyphenated")


def decoded_runs(text: str) -> list[Extra]:
    """Base64, base64url and hex runs whose bytes are mostly printable UTF-8 text, decoded one level;
    hex also as bytes separated by colons, dashes or dots ("6a:61:6e:40:..."), as dumps print them."""
    found: list[Extra] = []
    if _SEPARATED_HEX_HINT.search(text) is not None:  # a cheap first look: most texts hold none
        for m in _SEPARATED_HEX.finditer(text):
            plain = _as_text(bytes.fromhex(_HEX_SEPARATORS.sub("", m.group())))
            if plain and len(found) < MAX_DECODED_RUNS:
                found.append(Extra(canonicalize(plain).text, "hex", m.start(), m.end()))
    for examined, m in enumerate(_ENCODED_RUN.finditer(text)):
        if examined >= MAX_EXAMINED_RUNS or len(found) >= MAX_DECODED_RUNS:
            break
        if m.end() - m.start() < MIN_ENCODED_RUN:
            continue
        start, end, run = m.start(), m.end(), m.group()
        decoded = _decode(run)
        if decoded is None and "\n" in run:  # the last "line" may be a word of the text after it
            end = start + run.rstrip().rfind("\n")
            run = text[start:end].rstrip()
            end = start + len(run)
            decoded = _decode(run)
        if decoded is not None:
            kind, plain = decoded
            inner = plain.strip()  # base64 of base64: one more level
            if len(inner) >= MIN_ENCODED_RUN and _ENCODED_RUN.fullmatch(inner):
                plain = (_decode(inner) or (kind, plain))[1]
            found.append(Extra(canonicalize(plain).text, kind, start, end))
    return found


# Escapes a person or a model reads through: %40 (URL), &#64; &#x40; &commat; (HTML),
# \u0040 \x40 \100 (JavaScript, JSON, Python, C octal), U+0040 (a code point), =40 (quoted-printable).
_ESCAPE = re.compile(
    r"%[0-9A-Fa-f]{2}|&#[0-9]{1,7};|&#[xX][0-9A-Fa-f]{1,6};|&[A-Za-z]{2,8};|\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}"
    r"|\\[0-3][0-7]{2}|U\+[0-9A-Fa-f]{4,6}|=[0-9A-F]{2}"
)
_ESCAPE_GAP = 24  # escapes closer than this belong to one run
_CONTEXT_BEFORE = 40  # characters of the run's line before it scanned with it, for a label


def unescaped_runs(text: str) -> list[Extra]:
    """Runs holding a URL, HTML or JavaScript escape, or two quoted-printable ones, decoded, from
    the white space before the first escape to the white space after the last. Each maps back
    character by character, an escape onto itself: a value in a URL's query is masked as the
    value, not as the whole URL, and two values in one run stay two findings."""
    if "%" not in text and "&" not in text and "\\" not in text and "=" not in text and "U+" not in text:
        return []
    # [start, end, weight]: a URL, HTML or JavaScript escape weighs 2, a quoted-printable one 1
    # ("x=12" in code looks like one); a run is decoded from weight 2 on.
    clusters: list[list[int]] = []
    for examined, m in enumerate(_ESCAPE.finditer(text)):
        if examined >= MAX_EXAMINED_RUNS:
            break
        weight = 1 if m.group().startswith("=") else 2
        if clusters and m.start() - clusters[-1][1] <= _ESCAPE_GAP:
            clusters[-1][1], clusters[-1][2] = m.end(), clusters[-1][2] + weight
        else:
            clusters.append([m.start(), m.end(), weight])
    found: list[Extra] = []
    for start, end, weight in clusters:
        if weight < 2 or len(found) >= MAX_DECODED_RUNS:
            continue
        while start > 0 and not text[start - 1].isspace() and end - start < 4096:
            start -= 1
        while end < len(text) and not text[end].isspace() and end - start < 4096:
            end += 1
        # the words before it on its line, as context: "bsn %31%31%31..." is a BSN by its label
        context = max(text.rfind("\n", 0, start) + 1, start - _CONTEXT_BEFORE)
        while context > 0 and not text[context - 1].isspace() and start - context < 2 * _CONTEXT_BEFORE:
            context -= 1
        start = context
        plain, stages = text[start:end], []
        for _ in range(2):  # "%2540" and "&#37;40" are "@" escaped twice
            edits = _unescape_edits(plain)
            if not edits:
                break
            plain, stage = apply_edits(plain, edits)
            stages.append(stage)
        if stages:
            canon = canonicalize(plain)
            found.append(Extra(canon.text, "escaped", start, end, ChainedMap((*stages, *canon.stages))))
    return found


# Characters written as their codes, six or more: a list ("String.fromCharCode(106, 97, 110)",
# "bytes([0x6a, 0x61])", "CHAR(106,97,110)") or calls joined by a concatenation
# ("chr(106)+chr(97)", "Chr(106) & Chr(97)", "CHAR(106)||CHAR(97)").
_CODE = r"(?:0[xX][0-9A-Fa-f]{2}|\d{2,3})"
_CODE_LIST = re.compile(rf"(?<![\w.]){_CODE}(?:[ \t]*+,[ \t]*+{_CODE}){{5,4096}}+(?![\w.])")
_CODE_CALL = r"\b(?:chr|Chr|ChrW|CHR|char|CHAR|Char)\([ \t]*+" + _CODE + r"[ \t]*+\)"
_CODE_CALLS = re.compile(rf"{_CODE_CALL}(?:[ \t]*+(?:\+|&|\|\||\.)[ \t]*+{_CODE_CALL}){{5,4096}}+")
_CODE_LIST_HINT = re.compile(r"\d[ \t]*,[ \t]*(?:0[xX])?[0-9A-Fa-f]{2,3}[ \t]*,[ \t]*(?:0[xX])?[0-9A-Fa-f]{2,3}[ \t]*,")
_ONE_CODE = re.compile(_CODE)


def char_code_runs(text: str) -> list[Extra]:
    """Printable ASCII written as character codes, six or more, decoded in place: each code becomes
    its character and the commas or concatenations between them go, so a finding maps back to its
    codes. The words before the run on its line are scanned with it, for a label ("const bsn =")."""
    found: list[Extra] = []
    lists = _CODE_LIST.finditer(text) if _CODE_LIST_HINT.search(text) is not None else iter(())
    calls = _CODE_CALLS.finditer(text) if "(" in text else iter(())
    for examined, m in enumerate((*lists, *calls)):
        if examined >= MAX_EXAMINED_RUNS or len(found) >= MAX_DECODED_RUNS:
            break
        codes = list(_ONE_CODE.finditer(text, m.start(), m.end()))
        values = [int(c.group(), 0) if c.group()[1:2] in "xX" else int(c.group()) for c in codes]
        if not all(32 <= v <= 126 for v in values):
            continue  # numbers, not text
        start = max(0, m.start() - _CONTEXT_BEFORE)
        start = text.rfind("\n", start, m.start()) + 1 or start  # from its line's start, if nearer
        edits: list[Edit] = []
        for i, c in enumerate(codes):  # a code becomes its character; what joins it to the next goes
            nxt = codes[i + 1].start() if i + 1 < len(codes) else c.end()
            edits.append((c.start() - start, c.end() - start, chr(values[i])))
            if nxt > c.end():
                edits.append((c.end() - start, nxt - start, ""))
        plain, offsets = apply_edits(text[start : m.end()], _without_call_words(text, start, codes, edits))
        found.append(Extra(plain, "charcodes", start, m.end(), offsets))
    return found


def _without_call_words(text: str, start: int, codes: list[re.Match[str]], edits: list[Edit]) -> list[Edit]:
    """For calls ("chr(106)+chr(97)"), the call words and brackets around each code go too."""
    if len(codes) < 2 or ")" not in text[codes[0].end() : codes[1].start()]:
        return edits
    out: list[Edit] = []
    for s, e, r in edits:
        if r:  # a code: take its "chr(" and ")" with it
            left = text.rfind("(", 0, start + s)
            word = left
            while word > start and text[word - 1].isalpha():
                word -= 1
            out.append((word - start, s, ""))
            out.append((s, e, r))
        else:  # the ")" + "chr(" between two codes: already covered up to the next call word
            out.append((s, e, ""))
    return _merged(out)


def _merged(edits: list[Edit]) -> list[Edit]:
    """Sorted edits with overlapping deletions clipped, so no two overlap."""
    out: list[Edit] = []
    pos = 0
    for s, e, r in sorted(edits, key=lambda x: (x[0], x[1])):
        s = max(s, pos)
        if s >= e and not r:
            continue
        out.append((s, max(s, e), r))
        pos = max(pos, e)
    return out


# One escape (a run of percent escapes together: "%C3%A9" is one character in UTF-8).
_ONE_ESCAPE = re.compile(
    r"(?P<pct>(?:%[0-9A-Fa-f]{2})++)|(?P<html>&#[0-9]{1,7};|&#[xX][0-9A-Fa-f]{1,6};|&[A-Za-z]{2,8};)"
    r"|\\u(?P<u>[0-9A-Fa-f]{4})|\\x(?P<x>[0-9A-Fa-f]{2})|\\(?P<o>[0-3][0-7]{2})"
    # a code point as Unicode writes it, and the separator before the next one ("U+006A U+0061")
    r"|U\+(?P<cp>[0-9A-Fa-f]{4,6})(?:[ ,]{1,2}(?=U\+))?|=(?P<qp>[0-9A-F]{2})"
)
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


def _unescape_edits(run: str) -> list[Edit]:
    """An edit for every escape in `run` that stands for other text. Quoted-printable only where
    the run has no URL escape: in a URL "token=AB12" is a value, not the byte 0xAB."""
    import html
    from urllib.parse import unquote

    quoted_printable = _PERCENT.search(run) is None
    edits: list[Edit] = []
    for m in _ONE_ESCAPE.finditer(run):
        if m["pct"]:
            plain = unquote(m["pct"], errors="replace")
        elif m["html"]:
            plain = html.unescape(m["html"])
        elif m["u"] or m["x"] or m["cp"]:
            code = int(m["u"] or m["x"] or m["cp"], 16)
            plain = "\ufffd" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else chr(code)
        elif m["o"]:
            plain = chr(int(m["o"], 8))
        elif quoted_printable:
            plain = chr(int(m["qp"], 16))
        else:
            continue
        if plain != m.group():
            edits.append((m.start(), m.end(), plain))
    return edits


def _decode(run: str) -> tuple[str, str] | None:
    compact = _SPACE.sub("", run)
    if len(compact) < MIN_ENCODED_RUN:
        return None
    if _HEX.fullmatch(compact):
        plain = _as_text(bytes.fromhex(compact[:_PROBE]), final=False) and _as_text(bytes.fromhex(compact))
        if plain:
            return "hex", plain
    if _BASE32.fullmatch(compact) and len(compact) % 8 in (0, 2, 4, 5, 7):
        try:
            data = base64.b32decode(compact + "=" * (-len(compact) % 8))
        except (binascii.Error, ValueError):
            data = b""
        plain = _as_text(data)
        if plain:
            return "base32", plain
    unpadded = compact.rstrip("=")
    if "=" in unpadded or len(unpadded) % 4 == 1 or len(compact) - len(unpadded) > 2:
        return None
    url = "-" in unpadded or "_" in unpadded
    if url and ("+" in unpadded or "/" in unpadded):
        return None
    altchars = b"-_" if url else None
    try:
        probe = base64.b64decode(unpadded[: min(_PROBE, len(unpadded) // 4 * 4)], altchars, validate=True)
        gzipped = probe.startswith(_GZIP)
        if not gzipped and not _as_text(probe, final=False):
            return None
        data = base64.b64decode(unpadded + "=" * (-len(unpadded) % 4), altchars, validate=True)
    except (binascii.Error, ValueError):
        return None
    plain = _as_text(_gunzip(data) if gzipped else data)
    return ("base64", plain) if plain else None


_GZIP = b"\x1f\x8b"
MAX_GUNZIPPED = 256 * 1024  # bytes a gzipped run may expand to; a larger one is not read (a bomb)


def _gunzip(data: bytes) -> bytes:
    """Gzip-compressed bytes (base64 of gzip: a way to hide text), inflated up to MAX_GUNZIPPED;
    b"" when they do not inflate or would grow past it."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, MAX_GUNZIPPED)
    except zlib.error:
        return b""
    return b"" if inflater.unconsumed_tail else out


def _as_text(data: bytes, final: bool = True) -> str:
    """The bytes as text if they are UTF-8 and mostly printable, else ""; `final=False` for a
    prefix, which may end inside a character."""
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(data, final=final)
    except UnicodeDecodeError:
        return ""
    if len(text) < (8 if final else 1) or len(_CONTROL.findall(text)) > (1 - MIN_PRINTABLE) * len(text):
        return ""
    return text
