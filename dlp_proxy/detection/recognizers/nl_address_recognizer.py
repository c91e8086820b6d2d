"""LOCATION: Dutch and Flemish street addresses and Dutch postcodes; a bare city is not one.

Dutch streets come from the BAG register in deduce's data or end in a street suffix
("Kerkstraat 12", "Laan van Meerdervoort 1a"); the span runs on over an adjacent postcode
and place ("Kerkstraat 12, 1234 AB Amsterdam", Belgian "Frankrijklei 12 bus 3, 2000 Antwerpen").
A place may also follow after "te" or "in" ("Kerkstraat 12 te Utrecht"); an address in lower case
("molenweg 3, 7421 ab deventer") is read in a re-capitalised copy around its postcode (address_case).
British, American, German and French-Belgian addresses are street_address_recognizer's.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.names import deduce_lists
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.name_lexicon import lexicon
from dlp_proxy.detection.names.name_scan import table_cells
from dlp_proxy.detection.names.street_words import NL_LIVING_CUES, TOWN_WORD
from dlp_proxy.detection.recognizers.address_case import NL_LOWER_POSTCODE, recased_windows
from dlp_proxy.detection.results import metadata
from dlp_proxy.detection.span_index import SpanIndex, absorb

FULL = 0.85  # street + number + postcode or place, or postcode + place
STREET = 0.75  # street with a street suffix or a multi-word registered street, + number
PLAIN = 0.6  # one-word registered street without suffix ("Damrak 1"), or a postcode alone

# Suffixes that make a capitalised word a Dutch street on their own (BAG covers the rest).
NL_SUFFIXES = (*words.STREET_SUFFIXES, "pad", "baan", "lei")
# Suffixes of street names that also end ordinary words ("vergadering 3", "ervaring 2",
# "Jumbo Markt 5"): a street only with a postcode or place after the number.
NL_WEAK_SUFFIXES = tuple(
    """ring diep hof markt wal erf veld park oord haven hoeve horst donk akker kamp brink zijde weide wijk berg
    rade pad""".split()
)
# Words ending in such a suffix that are not streets ("onderweg 2 uur", "Notepad 2").
NOT_STREETS = frozenset(
    """onderweg halfweg snelweg overweg zijweg loopbaan rijbaan werkbaan notepad keypad touchpad
    trackpad launchpad numpad scratchpad gamepad mousepad""".split()
)
# One-word registered streets that are also ordinary words ("Sprint 3", "Kamer 12"): only with a postcode.
NOT_STREETS_ALONE = frozenset(
    """sprint groep kamer page bus postbus lijn vlucht deel punt nummer run delta hotel blok suite
    hal station centrum java versie fase stap level tabel bijlage artikel hoofdstuk pagina ronde
    week room chapter section step part box gate terminal platform spoor route model serie type
    apollo gemini artemis mercury mission
    editie aflevering seizoen episode season windows python release issue ticket order factuur""".split()
)
# Words that may precede the suffixed street word as part of its name.
MODIFIERS = frozenset(
    """oude nieuwe korte lange grote kleine hoge lage noord zuid oost west achter voor binnen buiten
    sint st burgemeester burg prins prinses koning koningin graaf gravin hertog dokter dr pastoor
    kapelaan generaal admiraal professor prof van de der den het 't ter ten op aan in bij""".split()
)
PO_BOXES = frozenset({"postbus", "antwoordnummer"})
# Labels between a street and its number: "Kerkstraat nr. 12", "Dorpsweg huisnummer 4".
NUMBER_WORDS = frozenset({"nr", "nr.", "no.", "huisnummer", "huisnr", "huisnr."})
INTERFIX_WORDS = frozenset("van de der den het 't ter ten op aan in bij".split())
# Street types that open a multi-word name: "Laan van Nieuw Oost-Indië", "Plein van de Verenigde Naties".
LEADING_TYPES = frozenset("Laan Plein Kade Singel Dreef".split())

_WORD = r"[\p{L}'’][\p{L}\p{M}'’.\-]*"
# A house number after a word and one space, with an optional addition ("1a", "12-14", "12 hs").
NL_NUMBER = regex.compile(
    r"(?<=[\p{L}.][ \t])(?:[1-9]\d{0,4}|0\d{0,3})(?:(?:hs|bis|huis)(?![\p{L}\d])|[a-zA-Z](?![\p{L}\d])"
    r"|-\d{1,4}[a-zA-Z]?(?![\p{L}\d])|/\d{1,3}(?![\d/])|[ -](?:hs|bis|I{1,3}|IV|huis|[A-Z])(?![\p{L}\d]))?"
    r"(?![\d\p{L}]|[.,:/]\d|%)"
)
# Dutch postcode: 1000-9999 and two capitals, never SA, SD or SS.
NL_POSTCODE = regex.compile(r"(?<![\w-])[1-9]\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}(?![\w-])")
# Letter pairs after four digits that are units or abbreviations ("1024 MB", "1500 BC").
NOT_POSTCODE_LETTERS = frozenset(
    "MB GB KB TB PB MW KW GW KM CM MM KG AD BC CE AM PM PC TV EU US UK NL EN ID OK".split()
)
# Postcode letters that are also words in lower case ("2024 is", "1500 en"): see _lower_case.
WORD_PAIRS = frozenset(
    "is in en of op at to on or as by de te je we ik er om na al be he it me my no so up us zo nu ja uw ze go".split()
)
# A Belgian postcode after a street and number ("Kerkstraat 12, 1000 Brussel"), and a box number
# before it ("12 bus 3").
BE_POSTCODE = regex.compile(r"(?:B-)?[1-9]\d{3}(?![\w-])(?:[,;|]?[ \t]*\n?[ \t]*)(?=\p{Lu})")
# Matched at every house number: `re`, because the regex module looks for the box word in
# the whole rest of the text before it tries a match there (quadratic over a long text).
BE_BOX = re.compile(r",?[ \t]+(?:bus|bte|boîte)\.?[ ]?\d{1,4}[A-Za-z]?(?![\w-])")
_BE_PLACE = regex.compile(rf"{TOWN_WORD}(?:[ ](?:aan[ ]de[ ])?{TOWN_WORD}){{0,2}}")
# A range of postcodes ("van 3511 AB tot 3584 ZZ", "1011 AB-1099 ZZ", "t/m"): an area, not an
# address; a postcode alone on either side of such a join is not reported.
_RANGE_JOIN = r"[ \t]*+(?:-|–|—|tot(?:[ \t]+en[ \t]+met)?|t/m|tm|to|through|until|till|thru)[ \t]*+"
_RANGE_AHEAD = regex.compile(_RANGE_JOIN + r"[1-9]\d{3}[ ]?[A-Z]{2}(?![\w-])")
_RANGE_BEHIND = regex.compile(r"(?<![\w-])[1-9]\d{3}[ ]?[A-Z]{2}" + _RANGE_JOIN + r"\Z")
POSTCODE_CONTEXT = regex.compile(r"(?i)\b(?:postcode|post code|zip|adres|address|woonplaats|woont|gevestigd)\b")
# Between the parts of an address: a comma, a line break or spaces; in an exported record a
# semicolon or bar between cells (the canonical text reads a CSV record's commas as ";").
_SEPARATOR = regex.compile(r"[ \t]*(?:[,;|][ \t]*|\n[ \t]*|[ \t]+)")
_IN_PLACE = regex.compile(r"[ \t]+(?:te|in)(?=[ \t])")
_PLACE_WORDS = regex.compile(rf"{_WORD}(?:[ \t-]{_WORD}){{0,3}}")
_WORD_BACKWARDS = regex.compile(rf"(?r){_WORD}")
_LETTERS = regex.compile(r"\p{L}{3}")
# Table headers of an address column (compared as name_scan.column_name makes them).
ADDRESS_COLUMNS = frozenset(
    {"adres", "address", "woonadres", "huisadres", "postadres", "bezoekadres", "factuuradres", "afleveradres",
     "home address", "postal address", "street address", "mailing address", "billing address",
     "shipping address", "delivery address", "addr", "straat", "street", "straat en huisnummer"}
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line
# "ik woon op de", "woonachtig te Veldhoven,", "adres:" right before the street.
_LIVING_CUE = regex.compile(rf"(?i)\b(?:{NL_LIVING_CUES})\b[^\n.!?]{{0,28}}$")
_CAPITAL = regex.compile(r"(?<![\p{L}'’-])\p{Lu}")
ADDRESS_COLUMN_HINT = regex.compile(r"(?i)adres|address|addr|straat|street")
# A street column beside a house-number column ("straat;huisnummer;postcode"): the street cell and
# its number make the address, though the street cell holds no digit.
STREET_COLUMNS = frozenset({"straat", "street", "straatnaam", "street name"})
NUMBER_COLUMNS = frozenset({"huisnummer", "huisnr", "huisnr.", "house number", "housenumber", "nr", "nr.", "no."})


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    return frozenset(
        deduce_lists.common_words() | words.NL_WORDS | words.EN_WORDS | words.PRODUCTS | words.MONTHS_AND_DAYS
    )


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return deduce_lists.places() | words.WORLD_PLACES


class AddressRecognizer(LocalRecognizer):
    """Street + house number [+ postcode + place], Dutch postcodes, and English street addresses."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["LOCATION"], supported_language=supported_language, name="AddressRecognizer"
        )

    def load(self) -> None:
        deduce_lists.streets(NL_SUFFIXES)  # read the street and place lists at start-up
        deduce_lists.places()
        _ordinary()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "LOCATION" not in entities or not text:
            return []
        spans = self._dutch(text)
        taken = SpanIndex((s, e) for s, e, _ in spans)
        for m in NL_POSTCODE.finditer(text):
            if taken.covers(m.start()):
                continue
            end = _place_end(text, m.end())
            if end is not None:  # "1012 NL Breda" is a postcode though "NL" alone is not
                spans.append((m.start(), end, FULL))
            elif m.group()[-2:] in NOT_POSTCODE_LETTERS or _in_range(text, m.start(), m.end()):
                continue
            else:
                context = POSTCODE_CONTEXT.search(text, max(0, m.start() - 40), m.start())
                spans.append((m.start(), m.end(), STREET if context else PLAIN))
        spans = absorb(spans, self._address_column(text))  # a cell replaces its pieces
        spans = absorb(spans, self._lower_case(text))
        return [RecognizerResult("LOCATION", s, e, score, recognition_metadata=metadata(self)) for s, e, score in spans]

    def _dutch(self, text: str) -> list[tuple[int, int, float]]:
        out: list[tuple[int, int, float]] = []
        last_end = 0
        for m in NL_NUMBER.finditer(text):
            if m.start() < last_end:
                continue
            street = _street_before(text, m.start())
            if street is None:
                continue
            start, score = street
            capital = _CAPITAL.search(text, start, m.start())
            if not score and capital and text[start : m.start()].strip().casefold() not in PO_BOXES:
                if _LIVING_CUE.search(text, max(0, start - 40), start):
                    start, score = capital.start(), STREET  # "ik woon op de Dam 1": no postcode or place needed
            end, full = _after_number(text, m.end(), sure=score > 0)
            if full:
                score = FULL
            if score > 0:
                out.append((start, end, score))
                last_end = end
        return out

    def _lower_case(self, text: str) -> list[tuple[int, int, float]]:
        """Whole addresses in lower case ("molenweg 3, 7421 ab deventer"), read in a re-capitalised copy."""
        out: list[tuple[int, int, float]] = []
        for offset, copy in recased_windows(text, (NL_LOWER_POSTCODE,)):
            for start, end, score in self._dutch(copy):
                code = NL_POSTCODE.search(copy, start, end) if score == FULL else None
                if code is None:
                    continue
                # "sprint 12, 2024 is gepland": after a word pair, only a street with a suffix
                if code.group()[-2:].casefold() in WORD_PAIRS and not any(
                    w.casefold().endswith(NL_SUFFIXES) for w in copy[start : code.start()].split()
                ):
                    continue
                out.append((offset + start, offset + end, FULL))
        return out

    def _address_column(self, text: str) -> list[tuple[int, int, float]]:
        """Cells of a table column headed "adres" / "address": in a CSV export the cell is the
        address, whatever its shape; a number in it tells it from "onbekend" or "n/a"."""
        if not ADDRESS_COLUMN_HINT.search(text):
            return []
        out: list[tuple[int, int, float]] = []
        numbers: dict[int, list[tuple[int, int]]] = {}  # line start -> house-number cells on it
        streets: list[tuple[int, int]] = []
        for start, end, column in table_cells(text, ADDRESS_COLUMNS | NUMBER_COLUMNS):
            digit = any(c.isdigit() for c in text[start:end])
            if column in NUMBER_COLUMNS:
                if digit and end - start <= 10:
                    numbers.setdefault(text.rfind("\n", 0, start), []).append((start, end))
            elif end - start <= 150 and _LETTERS.search(text, start, end):
                if digit:
                    out.append((start, end, STREET))
                elif column in STREET_COLUMNS:
                    streets.append((start, end))
        for start, end in streets:
            after = [n for n in numbers.get(text.rfind("\n", 0, start), []) if n[0] > end]
            if after:
                out.append((start, after[0][1], STREET))
        return out


def _in_range(text: str, start: int, end: int) -> bool:
    """The postcode at start..end opens or closes a range of postcodes."""
    return (
        _RANGE_AHEAD.match(text, end) is not None or _RANGE_BEHIND.search(text, max(0, start - 24), start) is not None
    )


def _street_before(text: str, number_start: int) -> tuple[int, float] | None:
    """(start, score) of the street name ending right before a house number; None if none.

    A score of 0 means "a street only if a postcode or place follows" (ordinary or lower-case words).
    """
    line_start = max(text.rfind("\n", max(0, number_start - 120), number_start) + 1, number_start - 120, 0)
    # The words before the number, nearest last; stop at anything that is not a word.
    found: list[tuple[int, str]] = []
    for m in _WORD_BACKWARDS.finditer(text, line_start, number_start):
        between = text[m.end() : found[-1][0] if found else number_start]
        if between not in (" ", "\t") or len(found) == 6:
            break
        found.append((m.start(), m.group()))
    if len(found) > 1 and found[0][1].casefold() in NUMBER_WORDS:
        found = found[1:]  # "Kerkstraat nr. 12": the street is the word before the label
    if not found:
        return None
    if found[0][1].casefold() in PO_BOXES:
        return found[0][0], 0.0  # "Postbus 123": an address only with its postcode
    for k in range(len(found), 2, -1):  # "Laan van Nieuw Oost-Indië 123", not in the register
        run = [w for _, w in reversed(found[:k])]
        if run[0] in LEADING_TYPES and run[1] in INTERFIX_WORDS and run[-1][0].isupper():
            return found[k - 1][0], STREET
    streets = deduce_lists.streets(NL_SUFFIXES)
    # The longest run of words that is a registered street ("Laan van Meerdervoort").
    for k in range(len(found), 0, -1):
        run = [w for _, w in reversed(found[:k])]
        if " ".join(run).casefold() in streets and (k > 1 or not run[0].casefold().endswith(NL_SUFFIXES)):
            if not run[0][0].isupper():
                return found[k - 1][0], 0.0
            if k > 1:
                return found[k - 1][0], STREET
            ordinary = run[0].casefold() in _ordinary() or run[0].casefold() in NOT_STREETS_ALONE
            return found[0][0], 0.0 if ordinary else PLAIN
    last = found[0][1]
    folded = last.casefold().rstrip(".")
    if folded in NOT_STREETS:
        return None
    if not any(folded.endswith(s) and len(folded) >= len(s) + 2 for s in NL_SUFFIXES):
        weak = [s for s in NL_WEAK_SUFFIXES if folded.endswith(s) and len(folded) >= len(s) + 3]
        if not (weak and last[0].isupper()):
            return None
        # Named after a person ("Emmahof 3", "Lucasring 12"): a street, though "-ring" ends English words.
        prefix = last[: len(last) - len(weak[0])]
        lex = lexicon()
        named = (prefix in lex.first_names or prefix in lex.surnames) and prefix not in lex.ambiguous_first_names
        return found[0][0], STREET if named else 0.0
    # Extend left over capitalised name parts ("Nieuwe Binnenweg", "Van Heenvlietlaan"), and
    # over lower-case interfixes only between two of them ("Burgemeester de Withstraat");
    # "naar de Kerkstraat" and "Woont op de Kerkstraat" stop at "Kerkstraat".
    start, i = found[0][0], 1
    while i < len(found):
        j = i
        while j < len(found) and found[j][1] in INTERFIX_WORDS:
            j += 1
        if j < len(found) and found[j][1][0].isupper() and found[j][1].casefold() in MODIFIERS:
            start, i = found[j][0], j + 1
        else:
            break
    return start, STREET if last[0].isupper() else 0.0


def _after_number(text: str, pos: int, sure: bool) -> tuple[int, bool]:
    """End of the address after its house number, and whether a postcode or place follows.

    A Belgian postcode is four digits, like a year: after a street that is `sure` (a suffix or
    a registered name) any capitalised place follows it, after an ordinary word a listed one."""
    box = BE_BOX.match(text, pos)
    pos = box.end() if box is not None else pos
    sep = _SEPARATOR.match(text, pos)
    if sep is None or sep.group().count("\n") > 1:
        return pos, False
    code = NL_POSTCODE.match(text, sep.end())
    if code is not None:  # right after a street and number, "1012 NL" and "4628BC" are postcodes
        return _place_end(text, code.end()) or code.end(), True
    code = BE_POSTCODE.match(text, sep.end())
    place = _BE_PLACE.match(text, code.end()) if code is not None else None
    if place is not None:  # "5335 Halen" after a street, though "halen" is also a verb
        if sure or any(p.casefold() in _places() for p in (place.group(), place.group().split()[0])):
            return place.end(), True
    in_place = _IN_PLACE.match(text, pos) if sure else None
    if in_place is not None:  # "Kerkstraat 12 te Utrecht", "Groenedijk 7 in Rotterdam": a listed place
        listed = _place_end(text, in_place.end())
        if listed is not None:
            return listed, True
        # an unlisted town, as a Belgian one: "Heidisingel 66 in Arbrefontaine, phone ..."
        town = _BE_PLACE.match(text, in_place.end() + 1)
        if town is not None and _town(text, town, own_line=False):
            return town.end(), True
    if any(c in sep.group() for c in ",;|\n"):
        listed = _place_end(text, pos)
        if listed is not None:
            return listed, True
        town = _BE_PLACE.match(text, sep.end()) if sure else None
        if town is not None and _town(text, town, own_line=not any(c in sep.group() for c in ",;|")):
            return town.end(), True
    return pos, False


def _town(text: str, town: regex.Match[str], own_line: bool) -> bool:
    """Whether capitalised words after a street's comma or line break are its (unlisted) town:
    not ordinary words, not a label, not a first name on a line of its own."""
    parts = town.group().split()
    if all(p.casefold() in _ordinary() for p in parts) or text.startswith(":", town.end()):
        return False
    first_name = parts[0] in lexicon().first_names
    after = text[town.end() : town.end() + 2]
    if not after or after[0] in "\n.,;!?)]\"'":
        return not (own_line and first_name)
    return after[0] == " " and after[1:].islower() and not (len(parts) == 1 and first_name)


def _place_end(text: str, pos: int) -> int | None:
    """End of a listed Dutch place right after `pos` (one separator between), or None."""
    sep = _SEPARATOR.match(text, pos)
    if sep is None or sep.group().count("\n") > 1:
        return None
    m = _PLACE_WORDS.match(text, sep.end())
    if m is None or not (m.group()[0].isupper() or m.group()[0] in "'’"):
        return None
    places = deduce_lists.places()
    parts = regex.split(r"([ \t-])", m.group())  # words and the separators between them
    for k in range(len(parts), 0, -2):
        candidate = "".join(parts[:k]).rstrip(".,")
        if candidate.casefold() in places:
            return int(sep.end()) + len(candidate)
    return None
