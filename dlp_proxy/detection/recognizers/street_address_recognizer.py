"""LOCATION: British, American, Belgian and German street addresses, and postcodes under a label.

English addresses start with the house number ("488 Marcus Gardens, Lewisfort", "20822 Traci
Parkway\nTylermouth, OH 43215", "Flat 2\n5 Maple Close\nLeeds\nLS1 4AP"); German and Belgian ones
end with it ("Hans-Müller-Straße 12, 10115 Berlin", "Rue de la Loi 16, 1040 Bruxelles"). The span
runs on over a unit, town, state, ZIP or postcode and country, so the address is masked whole.
Dutch (and Flemish "...straat 12, 1000 Brussel") addresses are nl_address_recognizer's, French ones
written the French way ("12 rue de la Paix, 75002 Paris") fr_address_recognizer's.
A bare 4- or 5-digit number is never a postcode here: only under a label ("PLZ 10115",
labelled_postcode). An address all in lower case ("42 elm grove, reading rg1 5aa") is read in a
re-capitalised copy of the lines around its postcode (address_case).
"""

from __future__ import annotations

from functools import lru_cache

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.names import deduce_lists
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names import street_words as data
from dlp_proxy.detection.names.name_lexicon import lexicon
from dlp_proxy.detection.recognizers.address_case import UK_LOWER_POSTCODE, US_LOWER_STATE_ZIP, recased_windows
from dlp_proxy.detection.recognizers.labelled_postcode import TOWN as _TOWN
from dlp_proxy.detection.recognizers.labelled_postcode import labelled_postcodes
from dlp_proxy.detection.recognizers.nl_address_recognizer import FULL, NOT_STREETS, STREET
from dlp_proxy.detection.regex_time import scan_timeout
from dlp_proxy.detection.results import metadata
from dlp_proxy.detection.span_index import absorb

Span = tuple[int, int, float]


def _alternation(types: frozenset[str]) -> str:
    """Longest first, each also in capitals ("GARDENS"), as one regex alternation."""
    forms = set(types) | {t.upper() for t in types}
    return "|".join(regex.escape(t) for t in sorted(forms, key=lambda t: (-len(t), t)))


_EN_NAME = r"(?:\d{1,3}(?:st|nd|rd|th)|\p{Lu}[\p{L}'’-]*\.?)"
# Faker writes "054 Burns Rapid": a leading zero is kept.
# "17/203", "405-1260": a unit and the house number, the Australian and Canadian way.
_NUMBER = r"(?:[1-9]\d{0,5}|0\d{0,4})[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?"
# "Apt. 464", "Suite 200", "Unit B", "Flat 12a": a unit word and a value with a digit or one capital.
_UNIT = rf"(?:{data.EN_UNITS})(?:\.[ ]?|[ ])#?(?:\d[\w-]{{0,5}}|[A-Z]\d{{0,4}}[A-Z]?)(?![\w-])"
# A full stop after an abbreviation ("St.", "Blvd."), not after a word ending the sentence.
_EN_TYPES = _alternation(data.EN_STRONG_TYPES | data.EN_WEAK_TYPES)
_EN_TYPE = rf"(?P<type>{_EN_TYPES})(?![\p{{L}}\d'’-])(?:(?<!\p{{L}}{{5}})\.)?"
_FLOOR = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Ground|Top)[ ]Floor"
)
# A second type after the first: "9 Cedar Hollow Rd", "301 Pine Ridge Trail".
_EN_TYPE2 = rf"(?:[ ](?P<type2>{_EN_TYPES})(?![\p{{L}}\d'’-])(?:(?<!\p{{L}}{{5}})\.)?)?"
# "#12" after the street is a unit too: "301 Pine Ridge Trail #12".
_EN_AFTER = (
    rf"(?:[ ](?:NW|NE|SW|SE|N|S|E|W)\b\.?)?"
    rf"(?P<unit>,?[ ](?:{_UNIT}|{_FLOOR}|\#\d{{1,5}}[A-Za-z]?(?![\w-]))|,?\n[ \t]*{_UNIT})?"
)
# A named building between the flat and the number: "Flat 2B, Wellington Court, 6 Park Road".
_BUILDING = r"(?:\p{Lu}[\p{L}'’-]+[ ]){1,3}(?:Court|House|Building|Mansions|Tower|Lodge|Apartments|Hall|Chambers)"
# "Unit 5/42 Bellevue St": the unit word before an Australian unit/number pair.
_SLASH_UNIT = r"(?:Unit|Flat|Villa|Shop)[ ](?=\d{1,4}/\d)"
EN_ADDRESS = regex.compile(
    rf"(?<![\w.,/$€£#+-])(?P<lead>{_UNIT},?[ ]?\n?[ \t]*(?:{_BUILDING},?[ ]?\n?[ \t]*)?|{_SLASH_UNIT})?"
    rf"(?P<num>{_NUMBER})[ ](?P<name>(?:{_EN_NAME}[ ]){{1,4}}?){_EN_TYPE}{_EN_TYPE2}{_EN_AFTER}"
)
# Where an English address may start (a unit word or a number before a capital): cheap to find,
# and the full pattern is tried only there (scanning a text with it is five times slower).
EN_START = regex.compile(
    rf"(?<![\w.,/$€£#+-])(?:(?:{data.EN_UNITS})(?:\.[ ]?|[ ])#?[\dA-Z]"
    rf"|\d{{1,6}}(?:[-/]\d{{1,5}})?[A-Za-z]?[ ](?:\p{{Lu}}|\d))"
)
# A British flat above a street without number: "Flat 12\nMarcus Gardens".
EN_UNIT_STREET = regex.compile(
    rf"(?<![\w-])(?:Flat|Studio|Apartment|Apt\.?|Unit|Suite)[ ]#?\d{{1,4}}[A-Za-z]?[ \t]*(?:,[ \t]*|\n[ \t]*)"
    rf"(?P<name>(?:{_EN_NAME}[ ]){{1,3}}?){_EN_TYPE}"
)
PO_BOX = regex.compile(r"(?<![\w-])P\.?[ ]?O\.?[ ]?Box[ ]\d{1,6}(?![\w-])")
MILITARY = regex.compile(
    r"(?<![\w-])(?:(?:PSC|CMR|Unit)[ ]\d{3,5},?[ ]Box[ ]\d{3,5}|(?:USNS|USNV|USS|USCGC)[ ]\p{Lu}[\p{L}'’-]+"
    r"(?:[ ]\p{Lu}[\p{L}'’-]+)?)(?:,[ ]?|[ ]|\n)(?:APO|FPO|DPO)[ ](?:AA|AE|AP)[ ]\d{5}(?:-\d{4})?(?![\w-])"
)

_DE_NUMBER = (
    r"(?:[1-9]\d{0,3}|0\d{0,3})(?:[ ]?[a-zA-Z](?![\p{L}\d]))?(?:[ ]?[-/][ ]?\d{1,4}[a-zA-Z]?)?(?![\d\p{L}]|[.,]\d)"
)
DE_ADDRESS = regex.compile(
    r"(?=\p{Lu})(?<![\p{L}\d'’.-])(?P<street>"
    # the groups lazy: only the type before the number ends the street, so this finds what a greedy
    # loop finds, without the regex module's quadratic backtracking over "Aa-Aa-Aa-..."
    rf"(?P<hyphen>\p{{Lu}}\p{{Ll}}++(?:-\p{{Lu}}\p{{Ll}}++)*?-(?:{data.DE_TYPES}))"
    rf"|(?P<adjective>\p{{Lu}}\p{{Ll}}+er[ ](?:{data.DE_TYPES}))"
    r"|(?P<prefix>(?:Am|An der|An den|Im|In der|In den|Auf dem|Auf der|Zum|Zur|Hinter der|Unter den|Vor dem)"
    r"[ ]\p{Lu}[\p{L}-]+)"
    rf"|\p{{Lu}}\p{{Ll}}[\p{{L}}-]*?(?:(?P<strong>{data.DE_STRONG_SUFFIXES})|{data.DE_WEAK_SUFFIXES}))"
    # the number right after the street, or labelled as in a form ("Goethestraße, Hausnummer 12")
    rf"(?:,?[ ](?:Hausnummer|Hausnr\.|Nr\.)[ ]?|[ ])(?P<num>{_DE_NUMBER})"
)
_FR_NAME = r"(?:\p{Lu}[\p{L}'’.-]+|[IVX]+)"
_FR_CONNECTOR = rf"(?:{data.FR_CONNECTORS})(?:[ ]|(?<=['’]))"
FR_ADDRESS = regex.compile(
    rf"(?<![\p{{L}}\d'’-])(?P<type>{data.FR_TYPES})[ ](?P<connector>{_FR_CONNECTOR})?"
    rf"(?P<name>{_FR_NAME}(?:[ ](?:{_FR_CONNECTOR})?{_FR_NAME}){{0,4}}),?[ ](?P<num>{_DE_NUMBER})"
    r"(?:,?[ ](?:bte|boîte|bus|b)\.?[ ]?\d{1,4}[A-Za-z]?(?![\w-]))?"
)

# Between the parts of an address; in an exported record a semicolon or bar between cells (the
# canonical text reads a CSV record's commas as ";").
_SEPARATOR = regex.compile(r"[ \t]*(?:[,;|][ \t]*(?:\n[ \t]*)?|\n[ \t]*|[ \t]+)")
_IN_TOWN = regex.compile(r"[ \t]+(?:in|te)[ \t]+")
_STATE_ZIP = regex.compile(
    rf"(?:{data.US_STATE_CODES}|{data.US_STATE_NAMES})(?P<zip>[ ]{{1,2}}{data.US_ZIP})?(?![\w-])"
)
_ZIP = regex.compile(rf"{data.US_ZIP}(?![\w-])")
# An Australian state and postcode ("Epping NSW 2121"), a Canadian province and postal code
# ("Vancouver, BC V6Z 1M4"), or the postal code alone after the town.
_AU_CA_CODE = regex.compile(
    r"(?:(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ ]{1,2}\d{4}"
    r"|(?:(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT),?[ ]{1,2})?[ABCEGHJ-NPRSTVXY]\d[A-Z][ ]?\d[A-Z]\d)(?![\w-])"
)
# A British postcode, or an Irish Eircode ("D02 X285", "T92YRFD": routing key and unique identifier).
_UK_POSTCODE = regex.compile(
    rf"(?:{data.UK_POSTCODE}|(?:[AC-FHKNPRTV-Y]\d{{2}}|D6W)[ ]?[0-9AC-FHKNPRTV-Y]{{4}})(?![\w-])"
)
_EU_POSTCODE = regex.compile(r"(?:(?:D|DE|B|BE)-)?(?P<code>[1-9]\d{3}|\d{5})(?![\w-])")
_COUNTRY = regex.compile(rf"(?:,[ \t]*|\n[ \t]*|[ ])(?:{data.COUNTRIES})(?![\w-])")
# What may follow a town that ends the address: the end, a line break, punctuation.
_TOWN_END = regex.compile(r"[ \t]*(?:$|[\n.,;!?)\]\"'»|])")
_CUE = regex.compile(
    rf"(?i)(?:\b(?:{data.ADDRESS_CUES})\b[^\n]{{0,30}}|\b(?:{data.SEND_VERBS})\b[^\n]{{0,20}}\b(?:to|naar)[ ]"
    r"|\b(?:at|op)[ ]|@[ ]?)\Z"
)
# Units of a home, not of an office or a count ("Room 4", "Floor 2"): "27970 Jenkins Lakes Apt. 027".
_DWELLING = regex.compile(r"(?:Apartment|Apt|Suite|Ste|Unit|Flat|Studio)\b|\#\d")
# An address word before a street (also ending a compound: "Lieferadresse:", "Rechnungsanschrift").
_ADDRESS_CUE = regex.compile(rf"(?i)(?:{data.ADDRESS_CUES})\b[^\n]{{0,30}}\Z")
_MEASURE = regex.compile(r"[ ]?(?:[KMGTP]B|%|€|EUR|Euro|km|m²|qm|Stück|Min|h)(?![\p{L}\d])")
_NAME_AFTER = regex.compile(r"\.?[ ]\p{Lu}\p{Ll}")
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+)[ \t]*[:#.]?[ \t]*\Z")


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    return frozenset(deduce_lists.common_words() | words.NL_WORDS | words.MONTHS_AND_DAYS | _english_words())


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Ordinary English words; Dutch ones stay out ("Allen Place" is no "allen")."""
    return words.EN_WORDS | words.PRODUCTS | words.MONTHS_AND_DAYS | data.NOT_WEAK_STREET_NAMES


def _all_ordinary(phrase: str) -> bool:
    """Every word of a town or street name is an ordinary word ("New" alone, not "New Gregorystad")."""
    ordinary = _ordinary()
    return all(w.casefold().rstrip(".") in ordinary for w in phrase.split())


@lru_cache(maxsize=1)
def _strong_types() -> frozenset[str]:
    return frozenset(t.casefold() for t in data.EN_STRONG_TYPES)


class StreetAddressRecognizer(LocalRecognizer):
    """Street addresses of the UK, US, Belgium and Germany, and labelled postcodes (LOCATION)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["LOCATION"], supported_language=supported_language, name="StreetAddressRecognizer"
        )

    def load(self) -> None:
        _ordinary()  # read the word and name lists at start-up
        lexicon()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "LOCATION" not in entities or not text:
            return []
        spans = _english(text) + _german(text) + _french(text) + _boxes(text) + labelled_postcodes(text, _all_ordinary)
        spans = absorb(spans, _irish(text))  # a townland address before its county and Eircode
        spans = absorb(spans, _lower_case(text))  # a whole lower-case address replaces its pieces
        return [RecognizerResult("LOCATION", s, e, score, recognition_metadata=metadata(self)) for s, e, score in spans]


def _english(text: str) -> list[Span]:
    out: list[Span] = []
    last_end = 0
    # Matches first, in each loop here: the timeout guards the regex, not the judging per match.
    for candidate in list(EN_START.finditer(text, timeout=scan_timeout(text, 5.0))):
        m = (
            EN_ADDRESS.match(text, candidate.start(), timeout=scan_timeout(text, 5.0))
            if candidate.start() >= last_end
            else None
        )
        if m is None:
            continue
        span = _judge_english(text, m)
        if span is not None:
            out.append(span)
            last_end = span[1]
    for m in list(EN_UNIT_STREET.finditer(text, timeout=scan_timeout(text, 5.0))):
        if m.start() >= last_end and _street_kind(m.group("name"), m.group("type")):
            end, strength = _tail(text, m.end())
            out.append((m.start(), end, FULL if strength else STREET))
    return out


def _lower_case(text: str) -> list[Span]:
    """Whole English addresses in lower case ("42 elm grove, reading rg1 5aa"), read in a
    re-capitalised copy: only those running on to the postcode."""
    out: list[Span] = []
    anchors = (UK_LOWER_POSTCODE, US_LOWER_STATE_ZIP)
    for offset, copy in recased_windows(text, anchors):
        for start, end, score in _english(copy):
            if score >= FULL and any(p.search(text, offset + start, offset + end) for p in anchors):
                out.append((offset + start, offset + end, FULL))
    return out


def _judge_english(text: str, m: regex.Match[str]) -> Span | None:
    """The span and score of an English street match, or None when it is an ordinary phrase."""
    start = m.start() if m.group("lead") else m.start("num")
    number = m.group("num")
    year = len(number) == 4 and number.isdigit() and int(number) in data.YEARS
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    word_before = before.group(1).casefold() if before else ""
    if word_before in data.NOT_BEFORE_NUMBER or (year and word_before in data.YEAR_LEADS):
        return None
    kind = _street_kind(m.group("name"), m.group("type"))
    if kind and m.group("type2"):  # "Cedar Hollow Rd": the stronger reading of the two types
        second = _street_kind(f"{m.group('name')}{m.group('type')} ", m.group("type2"))
        kind = min((kind, second), key=_KIND_RANK.index)
    end, strength = _tail(text, m.end())
    if not kind:  # "4 Wheel Drive"; but "7 Power Gateway\nButlerburgh\nCW52 8FZ" runs on to a postcode
        coded = strength == 2 and any(c.isdigit() for c in text[m.end() : end])
        return (start, end, FULL) if coded else None
    unit = bool(m.group("unit") or m.group("lead"))
    cue = _CUE.search(text, max(0, start - 40), start) is not None
    digits = number.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    if strength == 2 or (strength == 1 and (unit or cue or len(digits) >= 3 and not year)):
        return start, end, FULL
    if kind == "ordinary" and not _DWELLING.search(m.group("unit") or ""):
        return None  # "3 Main Points", "2 Supreme Court": an address only with a postcode, town or flat
    if year and not (strength or unit or cue):
        return None
    if kind == "strong":
        if m.group("type") in ("Dr", "DR") and not strength and _NAME_AFTER.match(text, m.end()):
            return None  # "3 Jan Dr Smith": a doctor, not a drive
        return start, end, FULL if strength or unit else STREET
    if strength or unit:
        return start, end, FULL
    # A weak type alone: after an address word or named after a person. Not for a long house
    # number alone: "+ 3555 DefaultHandler Reveals Base Resource Path" is a changelog line.
    if cue or _names(m.group("name")):
        return start, end, STREET
    return None


_KIND_RANK = ("strong", "weak", "ordinary", "")


def _street_kind(name: str, street_type: str) -> str:
    """'strong' or 'weak' (the street type), 'ordinary' when ordinary words precede a weak type,
    '' when the words make no street at all ("4 Wheel Drive", "2 TB Drive")."""
    folded = [w.casefold().rstrip(".") for w in name.split()]
    if any(w in data.NOT_STREET_NAMES for w in folded):
        return ""
    caps = street_type.isupper() and len(street_type) > 1
    if caps and not name.isupper():
        return ""  # "2 Docker PORT": capitals only in an address written all in capitals
    if street_type.casefold().rstrip(".") in _strong_types():
        return "strong"
    if caps or all(w in _english_words() or len(w) < 2 for w in folded):
        return "ordinary"  # "3 SSH KEYS" is no more an address than "3 Main Points"
    return "weak"


def _names(name: str) -> bool:
    """Whether the street is named after a person ("Marcus Gardens", "Keith Union")."""
    lex = lexicon()
    parts = [w for w in name.split() if w[:1].isupper()]
    return bool(parts) and all(
        (w in lex.first_names or w in lex.surnames) and w not in lex.ambiguous_first_names for w in parts
    )


def _tail(text: str, pos: int) -> tuple[int, int]:
    """End of the address after its street (and unit), and what followed: 2 a state, ZIP or
    postcode, 1 a town alone, 0 nothing."""
    sep = _SEPARATOR.match(text, pos)
    if sep is None or sep.group().count("\n") > 1:
        return pos, 0
    hard = any(c in sep.group() for c in ",;|\n")
    code = _code(text, sep.end(), after_town=False)
    if code is not None:
        return _country(text, code), 2
    town = _TOWN.match(text, sep.end())
    if town is None:
        return pos, 0
    # A town of one to three words: the longest that a state, ZIP or postcode follows.
    ends = [town.start() + w.end() for w in regex.finditer(r"[^ ]+", town.group())]
    for end in reversed(ends):
        sep2 = _SEPARATOR.match(text, end)
        if sep2 is not None and sep2.group().count("\n") <= 1:
            code = _code(text, sep2.end(), after_town=True)
            if code is not None:
                return _country(text, code), 2
    if hard and _plausible_town(text, town, "\n" in sep.group() and "," not in sep.group()):
        return _country(text, town.end()), 1
    return pos, 0


def _plausible_town(text: str, town: regex.Match[str], own_line: bool) -> bool:
    """Whether capitalised words after a street are its town (not a label, a person, a word)."""
    parts = town.group().split()
    if _all_ordinary(town.group()) or text.startswith(":", town.end()):
        return False  # "New", or a label on the next line ("Contact:")
    first_name = parts[0] in lexicon().first_names
    if _TOWN_END.match(text, town.end()) is not None:
        return not (own_line and first_name)  # a name on the line under an address is a person more often
    person = len(parts) == 1 and first_name
    # The sentence runs on ("..., Lewisfort and pays on time"), but not after a name ("..., John and I").
    return text.startswith(" ", town.end()) and text[town.end() + 1 : town.end() + 2].islower() and not person


def _irish(text: str) -> list[Span]:
    """Irish addresses by their county and Eircode, with or without a house number: "Cnoc na Gréine,
    Clonakilty, Co. Cork, P85 W2K6". Up to three parts before the county on its line, each
    capitalised; the first part may open with a number or a flat ("Apt 4, ...")."""
    if "Co" not in text and "County" not in text:
        return []
    out: list[Span] = []
    for m in _IE_COUNTY_CODE.finditer(text):
        start = m.start()
        for _ in range(3):
            part = _IE_PART.search(text, max(0, start - 60), start)
            if part is None:
                break
            start = part.start()
        if start < m.start():
            out.append((start, m.end(), FULL))
    return out


# "Co. Cork, P85 W2K6", "County Wicklow A98 P6F3": a county and an Eircode end an Irish address.
_IE_COUNTY = r"(?:Co\.?|County)[ ]\p{Lu}\p{Ll}+"
_IE_COUNTY_CODE = regex.compile(
    rf"{_IE_COUNTY}(?:,?[ ](?:[AC-FHKNPRTV-Y]\d{{2}}|D6W)[ ]?[0-9AC-FHKNPRTV-Y]{{4}})(?![\w-])"
)
# A part before it: capitalised words (a number or particle may open it), then a comma.
_IE_PART = regex.compile(
    r"(?<![\p{L}\d])(?:\d{1,4}[A-Za-z]?[ ]|(?:Apt|Flat|Unit)\.?[ ]\d{1,4}[A-Za-z]?,?[ ])?"
    r"\p{Lu}[\p{L}'’.-]*+(?:[ ](?:na|an|na[ ]|de|of|the|\p{Lu}[\p{L}'’.-]*+)){0,4}+,[ ]\Z"
)


def _code(text: str, pos: int, after_town: bool) -> int | None:
    """End of a state (with or without ZIP), ZIP or UK postcode at `pos`, or None."""
    m = _STATE_ZIP.match(text, pos)
    if m is not None and (after_town or m.group("zip")):
        return int(m.end())
    m = _UK_POSTCODE.match(text, pos) or (
        (_ZIP.match(text, pos) or _AU_CA_CODE.match(text, pos)) if after_town else None
    )
    return int(m.end()) if m is not None else None


def _country(text: str, pos: int) -> int:
    m = _COUNTRY.match(text, pos)
    return m.end() if m is not None else pos


def _eu_tail(text: str, pos: int, digits: int) -> int | None:
    """End of a Belgian (4 digits) or German (5) postcode and its town after `pos`, or None."""
    sep = _SEPARATOR.match(text, pos)
    if sep is None or sep.group().count("\n") > 1:
        return None
    code = _EU_POSTCODE.match(text, sep.end())
    if code is None or len(code.group("code")) != digits:
        return None
    sep2 = _SEPARATOR.match(text, code.end())
    if sep2 is None or sep2.group().count("\n") > 1 or "," in sep2.group():
        return None  # "52062, Aachen" in prose is no postcode and town; a record's cells are "52062;Aachen"
    town = _TOWN.match(text, sep2.end())
    if town is None or _all_ordinary(town.group()):
        return None
    return _country(text, town.end())


def _german(text: str) -> list[Span]:
    out: list[Span] = []
    for m in list(DE_ADDRESS.finditer(text, timeout=scan_timeout(text, 5.0))):
        street = m.group("street")
        if street.casefold() in NOT_STREETS or street.casefold() in _ordinary():
            continue
        end = _eu_tail(text, m.end(), 5) or _eu_tail(text, m.end(), 4)
        if end is not None:
            out.append((m.start(), end, FULL))
            continue
        if m.group("prefix"):
            continue  # "Am Markt 5", but also "Im Jahr 2024": only with a postcode
        sure = m.group("hyphen") or m.group("strong") or m.group("adjective") or _named_street(street)
        # "Lieferadresse: Schinkeplatz 50": an address word makes a weak suffix a street
        if not sure and _ADDRESS_CUE.search(text, max(0, m.start() - 40), m.start()):
            sure = _MEASURE.match(text, m.end()) is None  # not "Speicherplatz 5 GB"
        year = m.group("num").isdigit() and int(m.group("num")) in data.YEARS
        end, strength = _tail(text, m.end())
        if strength and (sure or not year):  # "Textorring 377, Grevenbroich", not "Spring 2024, Berlin"
            out.append((m.start(), end, FULL))
        elif sure:
            # "Weißstraße 57 in Olpe": a town after "in"
            at = _IN_TOWN.match(text, m.end())
            town = _TOWN.match(text, at.end()) if at is not None else None
            if town is not None and _plausible_town(text, town, own_line=False):
                out.append((m.start(), _country(text, town.end()), FULL))
            else:
                out.append((m.start(), m.end(), STREET))
    return out


def _named_street(street: str) -> bool:
    """A one-word street with a weak suffix named after a person ("Heinzring")."""
    suffix = regex.search(rf"(?:{data.DE_WEAK_SUFFIXES})$", street)
    return suffix is not None and _names(street[: suffix.start()])


def _french(text: str) -> list[Span]:
    out: list[Span] = []
    for m in list(FR_ADDRESS.finditer(text, timeout=scan_timeout(text, 5.0))):
        end = _eu_tail(text, m.end(), 4) or _eu_tail(text, m.end(), 5)
        if end is not None:
            out.append((m.start(), end, FULL))
            continue
        names = [w.casefold() for w in m.group("name").split() if w[:1].isupper()]
        ordinary = all(w in _ordinary() for w in names)
        if m.group("connector") or (m.group("type") not in data.FR_AMBIGUOUS and not ordinary):
            end, strength = _tail(text, m.end())
            out.append((m.start(), end, FULL if strength else STREET))
    return out


def _boxes(text: str) -> list[Span]:
    """US military addresses (always whole) and post-office boxes with their town and ZIP."""
    out: list[Span] = [(m.start(), m.end(), FULL) for m in MILITARY.finditer(text, timeout=scan_timeout(text, 5.0))]
    for m in list(PO_BOX.finditer(text, timeout=scan_timeout(text, 5.0))):
        end, strength = _tail(text, m.end())
        if strength:  # "P.O. Box 45, Springfield": a box and its town; a box alone is no address
            out.append((m.start(), end, FULL if strength == 2 else STREET))
    return out
