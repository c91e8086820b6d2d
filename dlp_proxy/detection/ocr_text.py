"""Repairs to the text OCR reads from an image, before detection: only OCR text (typed text is
never touched), and only where the repair cannot make a finding out of ordinary text.

Measured on the OCR benchmark's tuning halves (bench/ocr.py): OCR splits values it read right.
  * E-mail addresses: spaces OCR put in them, a wrapped domain, a dropped dot before the
    top-level domain (dlp_proxy.detection.ocr_email).
  * An IBAN or phone number wrapped over a line break (chat bubbles, narrow phone columns):
    the break is joined only when the line ends with the start of an IBAN (country code and
    check digits) or of a phone number (`+`/`0`, at least 4 digits) and the next starts with
    its remaining digit groups.
  * Vendor keys split or with a misread prefix: dlp_proxy.detection.ocr_keys.
  * An IBAN glued to the word before it ("PAYOUT_IBANDE64 5117 ..."; tuning halves 2 and 3): a
    space put in only where the IBAN is valid, mod 97 and its country's length (the length
    added in round 3: a typed "NL02INGB1089406693" held a mod-97 "GB1089406693").
  * Measured on tuning half 4 (input boxes, a key list, an admin table, a shell): an IBAN
    without spaces wrapped in a table cell, joined where only the whole passes mod 97; a
    bank code's letter read as a digit (NL, GB, IE: "TRI0"), spelled back under mod 97; a
    dotted BSN with a space next to a dot ("649.339. 800"), joined where the eleven-test passes.
  * Check draw of tuning half 4 with a new seed (30): an IBAN's short last group ("42") wrapped
    alone onto the next line of a table cell, joined where only the whole is a valid IBAN.
  * An IBAN with a letter read for a digit (`O` for 0, `S` for 5, `I`/`l` for 1, ...): the
    digit spelling is taken only when it makes the IBAN's mod-97 check digits right, which a
    random string passes once in 97 times at the most.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from stdnum import iban as stdnum_iban
from stdnum.nl import bsn

from dlp_proxy.detection.ocr_email import repair_email
from dlp_proxy.detection.ocr_keys import repair_keys

# An IBAN's start at a line's end and its remaining groups on the next line.
_IBAN_WRAP: Final = re.compile(
    r"\b([A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4}){0,7}) {0,3}\n {0,3}(?=[A-Z0-9]{4}(?: [A-Z0-9]{1,4}){0,7}\b)"
)
# An IBAN's groups at a line's end and its short last group (1 to 3 characters) alone on the next.
_IBAN_TAIL_WRAP: Final = re.compile(
    r"\b([A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4}){2,7}) {0,3}\n{1,2} {0,3}([A-Z0-9]{1,3})(?![A-Za-z0-9])"
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
# An IBAN glued to the word before it ("PAYOUT_IBANDE64 5117 ...": OCR dropped the `=`).
_GLUED_IBAN: Final = re.compile(r"(?<=[A-Za-z_=:])([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
_DIGIT_FOR: Final = {"O": "0", "o": "0", "S": "5", "I": "1", "l": "1", "B": "8", "Z": "2"}
_MAX_CONFUSED: Final = 6  # 2**6 spellings at the most per word
_LETTER_FOR: Final = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z"}
_LETTER_BANKS: Final = frozenset({"NL", "GB", "IE"})  # IBANs whose bank code is four letters
_BANK_END: Final = 8  # the bank code: characters 5 to 8
# An IBAN without spaces at a line's end (a table cell wrapped it), its rest on the next line.
_COMPACT_IBAN_WRAP: Final = re.compile(
    r"(?<![A-Za-z0-9])([A-Z]{2}[0-9OoSIlBZ]{2}[A-Z0-9]{6,28}) {0,3}\n{1,2} {0,3}([A-Z0-9]{1,16})(?![A-Za-z0-9])"
)
# A BSN written with dots and a space OCR put next to one ("649.339. 800", "381.057 .537").
_SPACED_BSN: Final = re.compile(r"(?<![0-9.])([0-9]{3}) ?\. ?([0-9]{3}) ?\. ?([0-9]{3})(?![0-9]|\.[0-9])")


def repair(text: str) -> str:
    """The OCR text with split e-mail addresses, wrapped IBANs and phone numbers and split vendor
    keys joined, and IBAN digits read as letters put right where the check digits confirm it."""
    text = repair_email(text)
    text = _IBAN_WRAP.sub(_join_iban, text)
    text = _IBAN_TAIL_WRAP.sub(_join_iban_tail, text)
    text = _COMPACT_IBAN_WRAP.sub(_join_compact_iban, text)
    text = _SPACED_BSN.sub(_join_bsn, text)
    text = _PHONE_WRAP.sub(_join_phone, text)
    text = repair_keys(text)
    text = _GLUED_IBAN.sub(_unglue_iban, text)
    return _IBAN_WORD.sub(_iban_digits, text)


def _unglue_iban(match: re.Match[str]) -> str:
    """A space before an IBAN glued to the word before it, where the whole IBAN is valid: check digits
    and its country's length ("NL02INGB1089406693" holds "GB10 8940 6693", too short for GB)."""
    found = match.group(1)
    return " " + found if stdnum_iban.is_valid(found.replace(" ", "")) else match.group(0)


def _join_phone(match: re.Match[str]) -> str:
    start = match.group(1)
    if not _PHONE_MIN_DIGITS <= sum(ch.isdigit() for ch in start) <= _PHONE_MAX_DIGITS:
        return match.group(0)
    return start + " "


def _join_iban(match: re.Match[str]) -> str:
    """An IBAN's start joined to its groups on the next line, unless it is a whole IBAN already."""
    start = match.group(1)
    return match.group(0) if _mod97(start) else start + " "


def _join_iban_tail(match: re.Match[str]) -> str:
    """An IBAN's short last group joined from the next line, where only the whole is a valid IBAN."""
    start, tail = match.groups()
    whole = f"{start} {tail}"
    return whole if stdnum_iban.is_valid(whole.replace(" ", "")) and not _mod97(start) else match.group(0)


def _iban_digits(match: re.Match[str]) -> str:
    """The IBAN as read, or spelled right where that alone passes mod 97."""
    return _spelled(match.group(0)) or match.group(0)


def _spelled(word: str) -> str | None:
    """The IBAN-shaped word if it passes mod 97, else its first spelling that does: letters read
    for digits in the check digits and in groups of only digits and confusable letters (a bank
    code such as "ABNA" stays), and digits read for letters in a bank code of four letters
    (NL, GB, IE: "TRI0" is TRIO); None when none does."""
    if _mod97(word):
        return word
    for candidate in _bank_spellings(word):
        if fixed := _digit_spelling(candidate[:2], candidate[2:]):
            return fixed
    return None


def _bank_spellings(word: str) -> list[str]:
    """The word, then each spelling of its bank code with letters for the digits OCR read."""
    compact = word.replace(" ", "")
    if word[:2] not in _LETTER_BANKS or len(compact) < _BANK_END:
        return [word]
    at = [i for i, ch in enumerate(word) if not ch.isspace()][4:_BANK_END]  # the bank code's places
    spots = [i for i in at if word[i] in _LETTER_FOR]
    if not spots or any(not (word[i].isalpha() or i in spots) for i in at):
        return [word]
    spellings = [word]
    for choice in itertools.product((False, True), repeat=len(spots)):
        if any(choice):
            letters = list(word)
            for flip, i in zip(choice, spots, strict=True):
                letters[i] = _LETTER_FOR[letters[i]] if flip else letters[i]
            spellings.append("".join(letters))
    return spellings


def _digit_spelling(country: str, rest: str) -> str | None:
    if _mod97(country + rest):
        return country + rest
    spots = [i for i in range(2) if rest[i] in _DIGIT_FOR]
    offset = 2
    for group in _groups(rest[2:]):
        if all(ch.isdigit() or ch in _DIGIT_FOR for ch in group.strip()):
            spots += [offset + i for i, ch in enumerate(group) if ch in _DIGIT_FOR]
        offset += len(group)
    if not spots or len(spots) > _MAX_CONFUSED:
        return None
    for choice in itertools.product((False, True), repeat=len(spots)):
        if not any(choice):
            continue
        candidate = list(rest)
        for flip, i in zip(choice, spots, strict=True):
            if flip:
                candidate[i] = _DIGIT_FOR[candidate[i]]
        if _mod97(country + "".join(candidate)):
            return country + "".join(candidate)
    return None


def _join_compact_iban(match: re.Match[str]) -> str:
    """An IBAN written without spaces and wrapped in a table cell, joined where only the whole passes."""
    head, tail = match.group(1), match.group(2)
    return head + tail if _spelled(head + tail) and not _spelled(head) else match.group(0)


def _join_bsn(match: re.Match[str]) -> str:
    """A dotted BSN with a space OCR put next to a dot, joined where the eleven-test passes."""
    if " " not in match.group(0) or not bsn.is_valid("".join(match.groups())):
        return match.group(0)
    return ".".join(match.groups())


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
