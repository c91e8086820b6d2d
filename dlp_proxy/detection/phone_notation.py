"""How phone numbers are written (NL, BE, DE, UK, US/Canada, E.164) and what only looks like one.

The PHONE_NUMBER recognizer (recognizers/phone_recognizer.py) finds candidates with the
notations here, asks libphonenumber about them (`evidence`), and rejects digits that belong
to something else: a date, an IBAN group, a labelled order number, an amount.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import phonenumbers
import regex

# An extension, kept inside the span: x3372, x 3372, ext. 12, ext 12, extension 12, toestel 12, tst. 12.
EXTENSION = r"(?P<ext>,?[ \t]{0,2}(?i:x|ext(?:ension)?\.?|toestel|tst\.?)[ \t]{0,2}:?[ \t]{0,2}\d{1,6}(?![ .\-]?\d))"
# Not glued to a word, a longer number, a decimal or an e-mail address.
_END = r"(?![\w@\-]|[.,]\d)"
# Not the tail of a longer run of digit groups (a card number, the next group of an IBAN).
_NOT_A_TAIL = r"(?<![\w+.\-/]|\d[ .\-/]|\d/\s)"


class Kind(enum.Enum):
    """Notation families: which regions libphonenumber is asked, and how much the shape says."""

    INTERNATIONAL = "international"  # +31 6 12345678, 0044 20 7946 0958, 001-700-486-1258
    NATIONAL = "national"  # a trunk 0: 06-12345678, 020 7946 0958, (030) 1234567, 02 123 45 67
    NANP = "nanp"  # US/Canada with separators: (415) 555-2671, 415.555.2671, 1-415-555-2671
    NANP_BARE = "nanp_bare"  # 4155552671, 14155552671


@dataclass(frozen=True)
class Notation:
    """One way of writing numbers: its family and the pattern that finds candidates."""

    kind: Kind
    pattern: regex.Pattern[str]


_SEP = r"[ .\-]?"
NOTATIONS = (
    Notation(
        Kind.INTERNATIONAL,
        regex.compile(
            rf"(?<![\w+]|\d[ .\-/])(?P<number>(?:\+|00)[1-9]\d{{0,2}}(?:{_SEP}\(0\))?"
            rf"(?:{_SEP}\(?\d{{1,5}}+\)?){{1,6}}+){EXTENSION}?{_END}"
        ),
    ),
    Notation(
        Kind.NATIONAL,
        regex.compile(
            rf"{_NOT_A_TAIL}(?P<number>(?:\(0[1-9]\d{{0,3}}\)|0[1-9]\d{{0,3}})(?:(?:\s?[\-/.]\s?|[ \t])?\d){{5,10}})"
            rf"{EXTENSION}?{_END}"
        ),
    ),
    Notation(
        Kind.NANP,
        regex.compile(
            rf"{_NOT_A_TAIL}(?P<number>(?:1[ .\-])?(?:\(\d{{3}}\)[ .\-]?\d{{3}}[ .\-]|\d{{3}}([.\-])\d{{3}}\2"
            rf"|\d{{3}} \d{{3}} )\d{{4}}){EXTENSION}?{_END}"
        ),
    ),
    Notation(Kind.NANP_BARE, regex.compile(rf"(?<!\w)(?P<number>1?[2-9]\d{{9}}){EXTENSION}?(?!\w)")),
)

# Regions whose national notation (with a trunk 0) we read, most likely first. A number
# counts when any of them accepts it, so the text's language would only change the order.
TRUNK_REGIONS = ("NL", "BE", "DE", "GB", "FR")
NANP_REGIONS = ("US",)  # libphonenumber validates Canadian numbers under country code 1 too


class Evidence(enum.IntEnum):
    NONE = 0
    POSSIBLE = 1  # the right length for a region: libphonenumber's is_possible_number
    VALID = 2  # in an assigned range: is_valid_number


def evidence(number: str, kind: Kind) -> Evidence:
    """What libphonenumber says about `number` (no extension) in the regions its notation fits."""
    text = number.strip()
    if kind is Kind.INTERNATIONAL:
        regions: tuple[str | None, ...] = (None,)
        text = "+" + text[2:] if text.startswith("00") else text
    else:
        regions = TRUNK_REGIONS if kind is Kind.NATIONAL else NANP_REGIONS
    best = Evidence.NONE
    for region in regions:
        try:
            parsed = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return Evidence.VALID
        reason = phonenumbers.is_possible_number_with_reason(parsed)
        if reason == phonenumbers.ValidationResult.IS_POSSIBLE:
            best = Evidence.POSSIBLE
    return best


# Belgian landlines have nine digits, written 02 123 45 67 or 050 12 34 56.
_BE_NINE = regex.compile(
    r"\(?0\d\)?(?:\s?/\s?|[ \-])\d{3}[ \-]\d{2}[ \-]\d{2}|\(?0\d{2}\)?(?:\s?/\s?|[ \-])\d{2}[ \-]\d{2}[ \-]\d{2}"
)
_SEPARATED = regex.compile(r"\d[ .\-/()]+\d|^\(")


def digits(number: str) -> int:
    """How many digits the number has, without an international `00` prefix."""
    return sum(c.isdigit() for c in number) - (2 if number.startswith("00") else 0)


def separated(number: str) -> bool:
    """Written in groups (or with the area code in brackets), not as one run of digits."""
    return bool(_SEPARATED.search(number))


def shape_is_telling(number: str, kind: Kind, extension: bool) -> bool:
    """Whether the way the number is written says "phone" by itself, so that a possible
    number (right length, range not known to be assigned) counts without a context word.

    A `+`, an extension, US punctuation or a grouped national number with a trunk 0 do;
    a bare run of digits, or three groups of digits between spaces, do not."""
    count = digits(number)
    if extension or number.startswith("+"):
        return True
    if kind is Kind.INTERNATIONAL:
        return separated(number)
    if kind is Kind.NANP:
        return any(c in number for c in "().-")
    if kind is Kind.NATIONAL:
        return separated(number) and (10 <= count <= 12 or bool(_BE_NINE.fullmatch(number)))
    return False


# Words that make a number near them a phone number, Dutch and English. A possible number
# in a weak notation needs one of these; a valid bare US number may also have a general one.
_PHONE_WORD = regex.compile(
    r"(?i)\b(?:tel(?:nr|efoon\w*|ephone\w*|\.)?|phone\w*|ph\.|call\w*|bel(?:len|t)?|gebeld|mob(?:iel|ile|\.)?|"
    r"gsm|fax|cell\w*|whatsapp|sms|text(?:ing)?\s+me|dial|reach\w*|bereikbaar)(?!\w)"
)
_GENERAL_WORD = regex.compile(r"(?i)\b(?:nummer|number|nr|no|contact\w*)(?:\W+\w{1,4}){0,2}\W*$")
_BEFORE, _AFTER = 40, 20


def phone_word_near(text: str, start: int, end: int) -> bool:
    """A phone word in the 40 characters before the number or the 20 after it, same line."""
    before = text[max(0, start - _BEFORE) : start].rsplit("\n", 1)[-1]
    after = text[end : end + _AFTER].split("\n", 1)[0]
    return bool(_PHONE_WORD.search(before) or _PHONE_WORD.search(after))


def general_word_before(text: str, start: int) -> bool:
    """`nummer`, `number`, `nr`, `contact` ... before the number, at most two short words
    between (`number is`, `contact me at`), on the same line."""
    return bool(_GENERAL_WORD.search(text[max(0, start - _BEFORE) : start].rsplit("\n", 1)[-1]))


_RUN_BEFORE = regex.compile(r"[\p{L}\p{N}][\-_/.#:]?$")
_RUN_AFTER = regex.compile(r"^[\-_/.#:]?[\p{L}\p{N}]")


def stands_alone(text: str, start: int, end: int) -> bool:
    """Not part of a longer run of letters and digits (`INV-4155552671`, `4155552671-01`, `id#...`)."""
    return not (_RUN_BEFORE.search(text[max(0, start - 2) : start]) or _RUN_AFTER.search(text[end : end + 2]))


# Dates are valid mobile numbers to libphonenumber (06-05-2026); so are ISO dates' digits
# and the hours of a time range (09.30-17.30).
_DATE = regex.compile(
    r"\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([-/.])\d{1,2}\2\d{1,2}|\d{1,2}[.:]\d{2}\s?[-–]\s?\d{1,2}[.:]\d{2}"
)
# Stems that label a number of another kind on their own ("order 0612345678", "KvK: ...").
_LABEL_ALONE = (
    r"kvk|coc|btw|vat|bsn|sofi|ssn|social[\s\-]?security|rijksregister|steuer[\s\-]?id|"
    r"iban|bic|rekening|account|order|bestelling|factuur|invoice|inv|"
    r"ref|referentie|reference|kenmerk|ticket|case|zaak|dossier|incident|transactie|transaction|tracking|"
    r"zending|shipment|pakket|parcel|sku|ean|isbn|issn|serial|build|versie|version|release|timestamp|"
    r"epoch|unix|ts|id|uid|pid|process|proces|thread|job|batch|run|regel|row|rij|record|uptime|"
    r"pin|postcode|zip|bedrag|amount|totaal|total|prijs|price|saldo|balance|commerce|handelsregister|"
    r"duns|kbo|siren|siret"
)
# Stems that label a number only with "nummer", "number", "id", ...: "klantnummer", "case id".
_LABEL_COMPOUND = (
    r"klant|customer|client|user|gebruiker|member|lid|leden|artikel|article|item|product|"
    r"serie|polis|policy|contract|pas|kaart|card|bestel|ordre|registratie|registration|aanvraag|"
    r"request|patient|patiënt|personeels|employee|studenten|student|ondernemings|enterprise|company|bedrijfs"
)
_SUFFIX = r"[\s\-_]?(?:nummer|nr|number|no|id|code)s?\.?"
_NOT_A_PHONE_BEFORE = regex.compile(
    rf"(?i)(?:\b(?:(?:{_LABEL_ALONE})s?(?:{_SUFFIX})?|(?:{_LABEL_COMPOUND}){_SUFFIX})"
    r"[\s.:#=\-]{0,12}(?:(?:nr|nummer|number|no)\.?[\s.:#=\-]{0,4})?"
    # a short qualifier in brackets: "Social Security Number (SSN): ", "Order (web shop): "
    r"(?:\([\w .'’\-]{1,24}\)[\s.:#=\-]{0,4})?"
    # an identifier's or a company number's label and "is": "our DUNS is 08-146-6849", "his SSN is
    # ..." ("my number on the account is" stays a phone)
    r"|\b(?:ssn|social[\s\-]?security(?:[\s\-]?(?:number|no|nr))?|bsn|sofi(?:nummer)?|burgerservicenummer"
    r"|rijksregister(?:nummer)?|steuer[\s\-]?id|kvk(?:[\s\-]?nummer)?|btw(?:[\s\-]?nummer)?|vat(?:[\s\-]?number)?"
    r"|iban|duns|kbo|siren|siret|ondernemingsnummer|enterprise[ \t]number)[ \t]+(?:is|was|luidt)[ \t]+"
    r"|\b(?-i:[A-Z]{2}\d{2}\s?[A-Z0-9]{4}|[A-Z]{2}\d{2})\s|[€$£#]\s?|\b(?:eur|usd|gbp)\s?"
    # a Belgian VAT or enterprise number: "BE 0412.345.678", "BE0412345678"
    r"|\b(?-i:BE)[\s.]?)$"
)


# A unit after the number makes it a quantity: "4039523954 s", "2135550123 rows", "... KB".
_UNIT_AFTER = regex.compile(
    r"(?i)[ \t]?(?:%|ms|sec(?:onds?)?|seconden|minut\w*|bytes?|[km]i?b|rows|rijen|records|keer|times|"
    r"euros?|eur|usd|dollars?)(?!\w)"
)


# More digit groups after a number, the next one not opening a number of its own.
_RUN_GOES_ON = regex.compile(r"[ \t\-/.][1-9]")


def run_goes_on(text: str, end: int) -> bool:
    """Whether the digits at `end` continue the number's run ("0151 1234 5678 9012"), rather
    than start another number ("06-12345678 06-87654321") or nothing at all."""
    return bool(_RUN_GOES_ON.match(text, end))


# The Belgian national number as the eID card prints it (85.07.30-033.28): never a phone's notation.
_RRN_CARD = regex.compile(r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}")


def national_number_notation(number: str) -> bool:
    """The Belgian national number as the eID prints it ("85.07.30-033.28"): no group of it, nor
    the whole, is a phone number."""
    return _RRN_CARD.fullmatch(number) is not None


def belongs_to_something_else(text: str, start: int, end: int) -> bool:
    """A date, an amount, a quantity, an IBAN group or a number after another kind's label."""
    return bool(
        _DATE.fullmatch(text, start, end)
        or _NOT_A_PHONE_BEFORE.search(text[max(0, start - 30) : start])
        or _UNIT_AFTER.match(text, end)
    )


def shorter(number: str) -> str:
    """The number without its last group of digits (after a space, dot or dash)."""
    cut = max(number.rfind(" "), number.rfind("-"), number.rfind("."))
    return number[:cut].rstrip(" .-(") if cut > 0 else ""
