"""LOCATION: French street addresses as France writes them, the number first and the street type
in lower case: "55, boulevard Odette Fournier\\n57784 Lévy-sur-Perrier", "12 rue de la Paix, 75002
Paris", "rue de Langlois\\n64228 Costeville", "3 bis impasse des Lilas".

A number, the street type and a capitalised name make an address; without a number, a French
postcode and town must follow on the same or the next line. Types that are English words too
("place", "route", "passage", "square", "cours") need a connector ("place de la Mairie") or the
postcode. The span runs from the number (or the type) to the end of the town. Belgian and
German notations, the number after the street ("Rue de la Loi 16"), are street_address_recognizer's.
"""

from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.recognizers.nl_address_recognizer import FULL, STREET
from dlp_proxy.detection.recognizers.plain import PlainRecognizer
from dlp_proxy.detection.regex_time import scan_timeout
from dlp_proxy.detection.results import metadata

_TYPE_WORDS = (
    "rue avenue av. boulevard bd bld chemin impasse allée allee quai faubourg fbg promenade esplanade résidence "
    "residence parvis villa cité cite hameau montée ruelle sente traverse chaussée clos drève lotissement "
    "lieu-dit rond-point sentier venelle galerie place route passage square cours voie domaine"
).split()
_TYPES = "|".join(regex.escape(t) for t in sorted(_TYPE_WORDS, key=lambda t: (-len(t), t)))
# Street types that are also English (or everyday French) words: only with a connector or a postcode.
_AMBIGUOUS = frozenset("place route passage square cours voie domaine galerie villa clos".split())
_CONNECTOR = r"(?:de la|de l['’]|des|du|de|d['’]|aux|au|à la|la|le|les|l['’])(?:[ ]|(?<=['’]))"
_NAME = r"\p{Lu}[\p{L}'’.-]{0,40}+"
FR_STREET = regex.compile(
    rf"(?<![\p{{L}}\d'’,-])(?:(?P<num>\d{{1,4}}+(?:[ ]?(?:bis|ter|quater|[A-Da-d])(?![\p{{L}}]))?)(?:,[ ]?|[ ]))?"
    rf"(?P<type>(?i:{_TYPES}))[ ](?P<connector>{_CONNECTOR})?"
    rf"(?P<name>{_NAME}(?:[ -](?:{_CONNECTOR})?{_NAME}){{0,4}}+)"
)
# The postcode (two digits of the département, 01-98, then three) and town, after a comma or on the
# next line: "75002 Paris", "57784 Lévy-sur-Perrier", "13100 Aix-en-Provence CEDEX 1".
_TOWN_WORD = r"(?!CEDEX)\p{Lu}[\p{L}'’-]{0,40}+"
_POSTCODE_TOWN = regex.compile(
    r"(?:[ \t]*+,[ \t]*+|[ \t]*+\n[ \t]*+|[ \t]++)(?:0[1-9]|[1-8]\d|9[0-8])\d{3}[ ]"
    rf"{_TOWN_WORD}(?:[ -](?:(?:sur|sous|en|lès|les|de|du|des|la|le|aux)[ -])?{_TOWN_WORD}){{0,4}}+"
    r"(?:[ ]CEDEX(?:[ ]\d{1,2})?)?(?![\p{L}\d])"
)
# The number before a type, when there is one: "55, boulevard", "3 bis impasse".
_NUMBER_BEFORE = regex.compile(r"\d{1,4}+(?:[ ]?(?:bis|ter|quater|[A-Da-d]))?(?:,[ ]?|[ ])$")
_NUMBER_REACH = 14  # the longest number and separator: "1234 quater, "
_NOT_BEFORE = frozenset("'’,-")  # nor a letter or digit: the type is a word of its own


class FrAddressRecognizer(PlainRecognizer):
    """French street addresses: number, street type, name [, postcode and town]."""

    ENTITIES = ("LOCATION",)
    CONTEXT = ["adresse", "address", "adres", "domicile", "livraison"]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "LOCATION" not in entities:
            return []
        results = []
        for m in _streets(text):
            tail = _POSTCODE_TOWN.match(text, m.end())
            connector = m.group("connector") is not None
            ambiguous = m.group("type").lower() in _AMBIGUOUS
            if tail is not None:
                span = (m.start(), tail.end(), FULL)
            elif m.group("num") and (connector or not ambiguous):
                span = (m.start(), m.start() + len(m.group().rstrip(".")), STREET)  # not the full stop
            else:
                continue  # "rue de Langlois" alone, "5 Square Enix": no address without more
            start, end, score = span
            explanation = AnalysisExplanation(self.name, score, pattern_name="fr_address")
            results.append(
                RecognizerResult(
                    "LOCATION", start, end, score, analysis_explanation=explanation, recognition_metadata=metadata(self)
                )
            )
        return results


def _streets(text: str) -> list[regex.Match[str]]:
    """FR_STREET's matches, tried only where a street type stands: each type is looked for with
    str.find in the lower-cased text (searching with the pattern itself cost as much as all of
    street_address_recognizer)."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): offsets would shift
        return list(FR_STREET.finditer(text, timeout=scan_timeout(text, 5.0)))
    starts: set[int] = set()
    for word in _TYPE_WORDS:
        at = low.find(word + " ")
        while at >= 0:
            before = text[at - 1] if at else " "
            if not (before.isalnum() or before in _NOT_BEFORE):
                number = _NUMBER_BEFORE.search(text, max(0, at - _NUMBER_REACH), at)
                starts.add(at)
                if number is not None:
                    starts.add(number.start())
            at = low.find(word + " ", at + 1)
    found: list[regex.Match[str]] = []
    end = -1
    for start in sorted(starts):
        if start < end:
            continue  # inside the last address ("rue de la Place ...")
        m = FR_STREET.match(text, start)
        if m is not None:
            found.append(m)
            end = m.end()
    return found
