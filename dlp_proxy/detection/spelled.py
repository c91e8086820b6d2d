"""Values written out so that no pattern sees them, but a person or a model still reads them.

- Digits spelled as words, in Dutch or English: "een een een twee twee twee drie drie drie",
  "four one one one - one one one one ...", and letters in the NATO spelling alphabet
  ("November Lima nine one Alfa Bravo ..."). Six words or more in a row (a BSN has nine
  digits, a phone number ten); "een" is also the Dutch article, but never six times in a row.
- A value typed one character at a time with spaces between: "A K I A 2 Q X 7 ...",
  "j a n @ e x a m p l e . n l". Twelve characters or more, or eight with four digits (a phone
  number, a NINO); digits and IBANs spaced like this are already joined by the canonical text.
- Names typed one letter at a time: "J a n  d e  V r i e s", "F.a.t.i.m.a E.l A.m.r.a.n.i".
- A key read out in groups of four: "q8Vd 2Lr5 Tn7W k1Yp ...", "ghp_-Hq7R-mZ2k-...".
- A value as a list of quoted characters ("['N', 'L', '9', '1', ...]"), or one character a line
  (eight or more), or in groups joined by a word ("4111 then 1111 then ...", "NL91 dan ABNA dan
  ..."): each is read as the value written plainly.

Each becomes an extra text: the line it stands on, with the run written plainly, so a label
before it ("BSN:", "wachtwoord") stays in view, and a finding maps back onto the whole run.
"""

from __future__ import annotations

import re

from dlp_proxy.detection.canonical import Edit, apply_edits
from dlp_proxy.detection.extra_text import MAX_DECODED_RUNS, Extra

DIGIT_WORDS = {
    **dict.fromkeys(("nul", "zero"), "0"),
    **dict.fromkeys(("een", "één", "eén", "one"), "1"),
    **dict.fromkeys(("twee", "two"), "2"),
    **dict.fromkeys(("drie", "three"), "3"),
    **dict.fromkeys(("vier", "four"), "4"),
    **dict.fromkeys(("vijf", "five"), "5"),
    **dict.fromkeys(("zes", "six"), "6"),
    **dict.fromkeys(("zeven", "seven"), "7"),
    **dict.fromkeys(("acht", "eight"), "8"),
    **dict.fromkeys(("negen", "nine"), "9"),
}
NATO_WORDS = {
    word: letter.upper()
    for letter, words in zip(
        "abcdefghijklmnopqrstuvwxyz",
        """alfa/alpha bravo charlie delta echo foxtrot golf hotel india juliett/juliet kilo lima mike
        november oscar papa quebec romeo sierra tango uniform victor whiskey/whisky x-ray/xray yankee
        zulu""".split(),
        strict=True,
    )
    for word in words.split("/")
}
SPELLING = {**DIGIT_WORDS, "niner": "9", **NATO_WORDS}
MIN_SPELLED = 6
MIN_SPACED = 12
# ... or eight with four digits among them: a phone number or a UK National Insurance number
# typed one character at a time ("0 7 8 1 6 3 6 4 5 7 4", "T M 2 6 9 8 1 6 C").
MIN_SPACED_DIGITS = 8
_WORD = "|".join(sorted(map(re.escape, SPELLING), key=len, reverse=True))
_SPELLED = re.compile(rf"(?<!\w)(?:{_WORD})(?:[ \t,-]{{1,3}}(?:{_WORD})){{{MIN_SPELLED - 1},}}(?!\w)")
_SPELLING_WORD = re.compile(_WORD)
# Words a spelled value has two different ones of at least: digit words that are no article
# ("een" / "one" are also "a" / "one of"), NATO words. A set of the text's words is cheap to
# make; the pattern runs only when it holds two of them.
_TELLING = frozenset(w for w in SPELLING if w not in ("een", "één", "eén", "one"))
# A space, a letter or digit, a space, twice over: where a spaced-out run may be (cheap: it
# starts with a literal space).
_SPACED_HINT = re.compile(r" \w \w ")
# Starts and ends with a letter or digit: "key = A K I A ..." does not take the "=".
_SPACED = re.compile(rf"(?<!\S)\w[ \t](?:[\w@.:+/=-][ \t]){{{MIN_SPACED_DIGITS - 2},}}\w(?!\S)")


# A key read out or copied in groups of four ("pEwJ suLv rlEo ...", "ghp_-E0Pz-caOG-..."): six
# groups or more, one kind of separator, the last group shorter perhaps; most groups mix letters
# with digits or both cases, so four-letter words in a row ("that with from have") never count,
# and the whole has both cases and digits (see spelled_runs).
_GROUPED = re.compile(
    r"(?<![\w-])[A-Za-z0-9_]{4}(?:(?P<sep>[ -])[A-Za-z0-9+/]{4})(?:(?P=sep)[A-Za-z0-9+/]{4}){4,}+"
    r"(?:(?P=sep)[A-Za-z0-9+/=]{1,4}+)?(?![\w-])"
)
_GROUP = re.compile(r"[A-Za-z0-9_+/=]+")


def _random_group(group: str) -> bool:
    has_digit = any(c.isdigit() for c in group)
    return (has_digit and any(c.isalpha() for c in group)) or (group.lower() != group and group.upper() != group)


# Words written one letter at a time, as a name is hidden from a scanner: letters with single spaces
# and two or three spaces between words ("J a n  d e  V r i e s"), or with dots or dashes between
# letters and a space between words ("F.a.t.i.m.a E.l A.m.r.a.n.i", "S-a-n-d-e-r B-a-k-k-e-r").
# Two words or more and eight letters: "J.P. de Vries", "U.S.A." and "e.g. i.e." stay as written.
MIN_SPACED_LETTERS = 8
_L = r"[^\W\d_]"
_SPACED_WORDS = re.compile(
    rf"(?<!\S){_L}(?: {_L}){{1,20}}(?:[ \t]{{2,3}}{_L}(?: {_L}){{1,20}})+(?!\S)"
    rf"|(?<![\w.-]){_L}(?P<sep>[.-]){_L}(?:(?P=sep){_L}){{0,20}}\.?(?:[ \t]{_L}(?:(?P=sep){_L}){{1,20}}\.?)+(?![\w-])"
)
_SPACED_WORDS_HINT = re.compile(rf"(?<!\S){_L}[ .-]{_L}[ .-]{_L}")
_WORD_BREAK = re.compile(r"[ \t]{2,3}")


# A list of quoted single characters: "['N', 'L', '9', '1', ...]", '"a","b",...'.
MIN_LISTED_CHARS = 8
_CHAR_LIST = re.compile(rf"(?P<q>['\"])\w(?P=q)(?:[ \t]*,[ \t]*(?P=q)\w(?P=q)){{{MIN_LISTED_CHARS - 1},}}")
_CHAR_IN_LIST = re.compile(r"['\"](\w)['\"]")
# One character a line: "N\nL\n9\n1\n...".
_VERTICAL = re.compile(rf"(?m)^[ \t]*\w[ \t]*(?:\n[ \t]*\w[ \t]*){{{MIN_LISTED_CHARS - 1},}}$")
_VERTICAL_HINT = re.compile(r"\n[ \t]*\w[ \t]*\n[ \t]*\w[ \t]*\n")
# Groups of letters and digits joined by one word said between them: "4111 then 1111 then 1111".
_JOIN_WORDS = ("then", "dan", "and", "en", "next", "plus", "daarna", "followed by", "gevolgd door")
_WORD_JOINED = re.compile(
    r"(?<![\w-])[A-Za-z0-9]{2,6}(?P<w>[ \t]+(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in _JOIN_WORDS)
    + r")[ \t]+)[A-Za-z0-9]{2,6}(?:(?P=w)[A-Za-z0-9]{2,6}){1,10}(?![\w-])",
    re.IGNORECASE,
)
_JOINED_GROUP = re.compile(r"[A-Za-z0-9]{2,6}")
# Eight digits in groups of six at most: a group with a digit stands before a joining word, which
# comes again after the next group (cheap: it starts at a digit; written in lower case).
_JOIN_HINT = re.compile(
    r"\d[A-Za-z0-9]{0,5}[ \t]+(" + "|".join(w.split()[0] for w in _JOIN_WORDS) + r")[ \t][^\n]{2,16}?[ \t]\1[ \t]"
)


def _listed_runs(text: str) -> list[Edit]:
    """Quoted character lists, one character a line, and groups joined by a word, written plainly."""
    edits: list[Edit] = []
    if "','" in text or "', '" in text or '","' in text or '", "' in text:
        for m in _CHAR_LIST.finditer(text):
            edits.append((m.start(), m.end(), "".join(_CHAR_IN_LIST.findall(m.group()))))
    if _VERTICAL_HINT.search(text):
        for m in _VERTICAL.finditer(text):
            edits.append((m.start(), m.end(), "".join(m.group().split())))
    if _JOIN_HINT.search(text):
        for m in _WORD_JOINED.finditer(text):
            groups = [g for g in _JOINED_GROUP.findall(m.group()) if g.lower() != m.group("w").strip().lower()]
            joined = " ".join(groups)
            if sum(c.isdigit() for c in joined) >= 8:  # a card, an IBAN, a BSN, a phone number
                edits.append((m.start(), m.end(), joined))
    return edits


def _may_spell(low: str) -> bool:
    return len(_TELLING.intersection(low.replace(",", " ").replace(".", " ").replace("-", " ").split())) >= 2


def spelled_runs(text: str) -> list[Extra]:
    """Lines with digits or letters spelled as words, or a value spaced out character by
    character, written plainly."""
    edits: list[Edit] = []
    low = text.lower()
    if _may_spell(low):
        if len(low) != len(text):  # a letter that lower-cases to two ("İ"): offsets would shift
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        for m in _SPELLED.finditer(low):
            digits = "".join(SPELLING[w.group()] for w in _SPELLING_WORD.finditer(m.group()))
            edits.append((m.start(), m.end(), digits))
    if _SPACED_HINT.search(text):
        for m in _SPACED.finditer(text):
            plain = m.group()[::2]
            if len(plain) >= MIN_SPACED or sum(c.isdigit() for c in plain) >= 4:
                edits.append((m.start(), m.end(), plain))
    if _SPACED_WORDS_HINT.search(text):
        for m in _SPACED_WORDS.finditer(text):
            pieces = m.group().split() if m.group("sep") else _WORD_BREAK.split(m.group())
            words = [w.replace(" ", "").replace(".", "").replace("-", "") for w in pieces]
            if len(words) >= 2 and sum(map(len, words)) >= MIN_SPACED_LETTERS:
                edits.append((m.start(), m.end(), " ".join(words)))
    edits += _listed_runs(text)
    if "-" in text or " " in text:
        for m in _GROUPED.finditer(text):
            groups = _GROUP.findall(m.group())
            joined = "".join(groups)
            # both cases and digits, as a generated key has: not a product key or a licence code in
            # capitals, a fingerprint or hash in hex, an IBAN, a number in groups
            mixed = any(c.islower() for c in joined) and any(c.isupper() for c in joined)
            if mixed and any(c.isdigit() for c in joined) and sum(map(_random_group, groups)) * 2 >= len(groups):
                edits.append((m.start(), m.end(), joined))
    if not edits:
        return []
    edits.sort()
    edits = [e for i, e in enumerate(edits) if i == 0 or e[0] >= edits[i - 1][1]]
    by_line: dict[tuple[int, int], list[Edit]] = {}
    for start, end, plain in edits:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        by_line.setdefault((line_start, len(text) if line_end < 0 else line_end), []).append((start, end, plain))
    found: list[Extra] = []
    for (line_start, line_end), line_edits in list(by_line.items())[:MAX_DECODED_RUNS]:
        local = [(s - line_start, e - line_start, p) for s, e, p in line_edits]
        plain, offsets = apply_edits(text[line_start:line_end], local)
        found.append(Extra(plain, "spelled", line_start, line_end, offsets))
    return found
