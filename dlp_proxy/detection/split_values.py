"""Values cut in two so that neither piece matches: an IBAN's head in one message and its tail
in the next, a BSN's first digits in the prompt and the rest in another field.

The proxy scans all of a request's text as one (the prompt, earlier turns, the other fields),
so both pieces are in the scanned text, with other text between them. A piece alone is found by
nothing: "NL91ABNA" is no IBAN and "0417164300" could be a phone number. Joined, they pass the
checksum the whole value carries, and that is the evidence:

* an IBAN head (country code, check digits, and perhaps the start of the account part, written
  as a word of its own) and a later run of letters and digits, in groups of up to four or
  not, that together have the country's length and pass mod 97 and its format (python-stdnum).
  About one random tail in 97 passes mod 97, and a tail must also have the exact length and the
  country's format, so a head is needed that is no word: two capitals and two digits;
* a BSN head: a BSN word, a phrase that says only part of it follows ("begint met", "de eerste
  vijf cijfers", "first digits", "deel 1") and two to seven digits; and a later run of digits
  that makes nine with it and passes the eleven-test. One random tail in eleven passes, so
  the head must say it is a part;
* a card head: a card word, a phrase that says a part follows, and four to twelve digits (in
  groups or not); and, within the next 400 characters after a phrase that says the rest follows
  ("eindigt op", "the last digits are", "de rest"), the digits that make 15, 16 or 19 with it
  and pass the Luhn check with a card issuer's first digit. One random tail in ten passes Luhn,
  so both the head and the tail must be announced.

Each piece becomes a finding of the value's type, so each is masked (or the request blocked)
as the whole value would be. Across requests there is no state: two requests that each hold
half a value are each clean (README: what the proxy cannot see). Pure functions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from stdnum import iban, luhn
from stdnum.nl import bsn

# How far after a head its tail is looked for, and how many candidate tails are tried: a
# request's earlier turns and fields are usually near; the bounds keep a long text cheap.
REACH = 4000
MAX_TAILS = 64
MAX_HEADS = 64

# Two capitals, two digits, then perhaps up to three more groups, as a word of its own; not
# followed by more of the value (that is a whole IBAN, the IBAN recognizer's).
_IBAN_HEAD = re.compile(r"(?<![\w-])[A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{1,4}){0,3}(?![\w-])(?![ -][A-Z0-9]{1,4}(?![\w-]))")
_IBAN_HINT = re.compile(r"[A-Z]{2}[0-9]{2}")
# grouped_ibans: a country code, alone or with the start of the IBAN, as a piece of its own; then
# pieces of capitals and digits with at most GAP characters of anything else between them.
GAP = 40
MAX_PIECES = 16
_COUNTRY_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}(?:[0-9]{2}[A-Z0-9]{0,8})?(?![A-Za-z0-9])")
_GAP = re.compile(rf"[^A-Z0-9]{{1,{GAP}}}")
_PIECE = re.compile(r"[A-Z0-9]{1,30}(?![A-Z0-9])")
_IBAN_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+")
# A run of capitals and digits, compact or in groups (of up to four, like an IBAN printed).
_IBAN_TAIL = re.compile(r"(?<![\w-])[A-Z0-9]{1,30}(?:[ -][A-Z0-9]{1,4})*(?![\w-])")
_BBAN_PART = re.compile(r"(\d+)!?[anc]")

_BSN_HINTS = ("bsn", "burgerservice", "sofi", "citizen service")
_BSN_WORD = r"(?:bsn|burgerservicenummer|sofinummer|sofi-nummer|citizen service number)"
_PART = (
    r"(?:begint met|start(?:s|en)? met|starts with|begins with|begin(?:t)?|eerste deel(?: is)?|first part(?: is)?|"
    r"deel 1|part 1|de eerste(?: \w+)? cijfers(?: zijn)?|the first(?: \w+)? digits(?: are)?)"
)
_BSN_HEAD = re.compile(
    rf"(?i)\b{_BSN_WORD}\b[^\d\n]{{0,24}}?\b{_PART}[ \t]*:?[ \t]*(?P<digits>\d{{2,7}})(?![\d.,-]\d|\d)"
)
_DIGIT_RUN = re.compile(r"(?<![\w.,-])\d{2,7}(?![\w-]|[.,]\d)")


@cache
def _iban_length(country: str) -> int | None:
    """The full length of the country's IBAN, or None where stdnum knows no IBAN for it."""
    info = iban._ibandb.info(country + "00")  # stdnum's registry; no public accessor for the length
    spec = info[0][1].get("bban") if info else None
    if not spec:
        return None
    return 4 + sum(int(n) for n in _BBAN_PART.findall(spec))


def _compact(value: str) -> str:
    return value.replace(" ", "").replace("-", "")


def split_ibans(text: str) -> list[tuple[int, int]]:
    """The spans of both pieces of every IBAN written as a head and a later tail."""
    heads: list[tuple[re.Match[str], str, int]] = []
    for hint in _IBAN_HINT.finditer(text):  # a cheap first look: most texts hold none
        head = _IBAN_HEAD.match(text, hint.start())
        if head is None:
            continue
        compact = _compact(head.group())
        length = _iban_length(compact[:2])
        if length is not None and len(compact) < length:
            heads.append((head, compact, length - len(compact)))
            if len(heads) == MAX_HEADS:
                break
    if not heads:
        return []
    tails = _by_length(text, _IBAN_TAIL, heads[0][0].end())
    out: list[tuple[int, int]] = []
    for head, compact, need in heads:
        for start, end in _after(tails.get(need, []), head.end()):
            if iban.is_valid(compact + _compact(text[start:end]), check_country=False):
                out += [head.span(), (start, end)]
                break
    return out


def grouped_ibans(text: str) -> list[tuple[int, int]]:
    """The groups of every IBAN written as a run of short pieces with other characters between
    them: CSV fields ("NL;91;ABNA;0417164300"), a YAML list or Markdown rows of groups, string
    literals with comments between them, a spreadsheet formula's arguments. Each piece is a run
    of capitals and digits; what separates two pieces holds neither and is at most GAP long."""
    out: list[tuple[int, int]] = []
    heads = 0
    for head in _COUNTRY_TOKEN.finditer(text):
        length = _iban_length(head.group()[:2])
        if length is None:
            continue
        heads += 1
        if heads > MAX_HEADS:
            break
        pieces, total, pos = [head.span()], len(head.group()), head.end()
        while total < length and len(pieces) < MAX_PIECES:
            gap = _GAP.match(text, pos)
            piece = _PIECE.match(text, gap.end()) if gap is not None else None
            if piece is None:
                break
            pieces.append(piece.span())
            total += len(piece.group())
            pos = piece.end()
        if total != length or len(pieces) < 2:
            continue
        value = "".join(text[s:e] for s, e in pieces)
        if _IBAN_SHAPE.fullmatch(value) and iban.is_valid(value, check_country=False):
            out += pieces
    return out


def split_bsns(text: str) -> list[tuple[int, int]]:
    """The spans of both pieces of every BSN announced as a part and completed further on."""
    lowered = text.lower()
    if not any(word in lowered for word in _BSN_HINTS):  # a cheap first look: most texts hold none
        return []
    heads = [m for m, _ in zip(_BSN_HEAD.finditer(text), range(MAX_HEADS), strict=False)]
    if not heads:
        return []
    tails = _by_length(text, _DIGIT_RUN, heads[0].end())
    out: list[tuple[int, int]] = []
    for head in heads:
        digits = head.group("digits")
        for start, end in _after(tails.get(9 - len(digits), []), head.end()):
            number = digits + text[start:end]
            if bsn.is_valid(number) and len(set(number)) >= 3:
                out += [head.span("digits"), (start, end)]
                break
    return out


_CARD_HINTS = ("kaart", "card", "visa", "mastercard", "amex", "betaalpas", "pas ")
_CARD_WORD = r"(?:creditcard|credit card|kaartnummer|kaart|card number|card|visa|mastercard|amex|betaalpas|pasnummer)"
_CARD_HEAD = re.compile(
    rf"(?i)\b{_CARD_WORD}\b[^\d\n]{{0,24}}?\b{_PART}[ \t]*:?[ \t]*(?P<digits>[2-6]\d{{3}}(?:[ -]?\d{{1,4}}){{0,2}})"
    r"(?![\d.,-]\d|\d)"
)
_REST = (
    r"(?:eindigt op|eindigend op|eindigen op|ends with|ends in|ending in|ending with|de rest(?: is)?|the rest(?: is)?|"
    r"rest(?:ant)? is|laatste(?: \w+)? cijfers(?: zijn)?|the last(?: \w+)? digits(?: are)?|deel 2|part 2|tweede deel|"
    r"second part)"
)
_CARD_TAIL = re.compile(rf"(?i)\b{_REST}[ \t]*:?[ \t]*(?P<digits>\d{{1,4}}(?:[ -]?\d{{1,4}}){{0,3}})(?![\d.,-]\d|\d)")
CARD_REACH = 400


def split_cards(text: str) -> list[tuple[int, int]]:
    """The spans of both pieces of every card number announced in two parts."""
    lowered = text.lower()
    if not any(word in lowered for word in _CARD_HINTS):  # a cheap first look: most texts hold none
        return []
    out: list[tuple[int, int]] = []
    for head, _ in zip(_CARD_HEAD.finditer(text), range(MAX_HEADS), strict=False):
        first = _compact(head.group("digits"))
        tail = _CARD_TAIL.search(text, head.end(), head.end() + CARD_REACH)
        if tail is None:
            continue
        number = first + _compact(tail.group("digits"))
        if len(number) in (15, 16, 19) and luhn.is_valid(number) and len(set(number)) > 1:
            if len(number) != 15 or number.startswith(("34", "37")):
                out += [head.span("digits"), tail.span("digits")]
    return out


def _by_length(text: str, pattern: re.Pattern[str], pos: int) -> dict[int, list[tuple[int, int]]]:
    """Every run of `pattern` from `pos` on, and each run less trailing groups ("0417 1643 00 12":
    the tail, and a number after it), by compact length, in text order. One pass over the text."""
    out: dict[int, list[tuple[int, int]]] = {}
    for m in pattern.finditer(text, pos):
        run = m.group()
        while run:
            out.setdefault(len(_compact(run)), []).append((m.start(), m.start() + len(run)))
            cut = max(run.rfind(" "), run.rfind("-"))
            run = run[:cut] if cut > 0 else ""
    return out


def _after(spans: list[tuple[int, int]], pos: int) -> list[tuple[int, int]]:
    """At most MAX_TAILS of `spans` (in text order) that start at `pos` or later and within REACH."""
    i = bisect_left(spans, (pos, 0))
    return [span for span in spans[i : i + MAX_TAILS] if span[0] < pos + REACH]
