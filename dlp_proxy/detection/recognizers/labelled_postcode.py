"""LOCATION: a postcode alone, made one by its label ("PLZ: 10115 Berlin", "ZIP 90210", "postcode 9000").

A bare 4- or 5-digit number is never a postcode (a year, an amount, an order): only after a label.
"zip" is also an archive ("zip 10000 files"): after a bare "zip" a lower-case word ends the match,
but for a few that leave it a ZIP code ("ZIP 90210 please"). Part of street_address_recognizer.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from dlp_proxy.detection.names import street_words as data
from dlp_proxy.detection.recognizers.nl_address_recognizer import STREET
from dlp_proxy.detection.regex_time import scan_timeout

LABELLED_POSTCODE = regex.compile(
    rf"(?i:(?<![\p{{L}}\d_])(?P<label>{data.POSTCODE_LABELS})(?![\p{{L}}\d]))[\p{{L}} /]{{0,14}}?"
    r"[\"']?[ \t]*[:=#]?[ \t]*[\"']?"
    rf"(?P<code>{data.UK_POSTCODE}|\d{{5}}(?:-\d{{4}})?|[1-9]\d{{3}}(?![ ]?[A-Z]{{2}}(?!\w)))(?![\w-])"
)
# A town after a street or postcode: up to three capitalised words ("Newcastle upon Tyne").
TOWN = regex.compile(
    rf"{data.TOWN_WORD}(?:[ ](?:(?:upon|on|under|by|in|le|la|de|of|the|am|an der|im|ob der|bei)[ ])?"
    rf"{data.TOWN_WORD}){{0,2}}(?:[ ]\(\p{{Lu}}[\p{{L}}-]*\))?"
)
# Words after "zip 90210" that leave it a ZIP code ("ZIP 90210 please"), unlike "zip 10000 files".
_AFTER_ZIP = frozenset("please is area to for only was has had are were so but then".split())
_NEXT_WORD = regex.compile(r"\p{Ll}+")


def labelled_postcodes(text: str, all_ordinary: Callable[[str], bool]) -> list[tuple[int, int, float]]:
    """Postcodes under a label ("PLZ: 10115 Berlin", "zip 90210"), with the town after them;
    `all_ordinary` tells a town from ordinary words ("zip 90210 Please" ends at the code)."""
    out: list[tuple[int, int, float]] = []
    for m in list(LABELLED_POSTCODE.finditer(text, timeout=scan_timeout(text, 5.0))):
        after = text[m.end() : m.end() + 2]
        bare_zip = m.group("label").casefold() == "zip" and m.group("code").isdigit()
        if bare_zip and len(after) == 2 and after[0] == " " and after[1].islower():
            # "zip 10000 files"; but "postcode 9000 is Gent", "PLZ 80331 gehört zu München"
            word = _NEXT_WORD.match(text, m.end() + 1)
            listed = word is not None and word.group() in _AFTER_ZIP and len(m.group("code")) == 5
            if ":" not in text[m.end("label") : m.start("code")] and not listed:
                continue
        end = m.end()
        town = TOWN.match(text, end + 1) if after[:1] == " " else None
        if town is not None and not all_ordinary(town.group()):
            end = town.end()
        out.append((m.start("code"), end, STREET))
    return out
