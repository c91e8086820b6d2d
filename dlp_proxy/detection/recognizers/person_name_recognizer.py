"""PERSON: Dutch and English personal names from name lists and the words around them, no NER model.

The lists are deduce's (first names, surnames, interfixes), English, Belgian and German first
names (intl_first_names), English dictionary words (english_words), our own titles, salutations,
sign-offs, labels and ordinary words (name_words) and the words that make a lone first name a
person (cue_words); the rules live in name_finder and the modules it names. In a table
(a CSV export) the header says which columns hold names ("voornaam;achternaam"): their cells
are names whatever the lists say ("Green", "Field" under "last_name").
"""

from __future__ import annotations

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.name_finder import MEDIUM, STRONG, WEAK, NameFinder
from dlp_proxy.detection.names.name_lexicon import Lexicon, lexicon
from dlp_proxy.detection.names.name_scan import CAPITALISED, table_cells
from dlp_proxy.detection.results import metadata
from dlp_proxy.detection.span_index import SpanIndex

__all__ = ["MEDIUM", "STRONG", "WEAK", "PersonNameRecognizer"]

# Headers of a column that holds nothing but personal names (compared as name_scan.column_name
# makes them): every name-shaped cell counts.
PERSON_COLUMNS = frozenset(
    {"first name", "firstname", "fname", "given name", "given names", "forename", "voornaam", "voornamen",
     "roepnaam", "last name", "lastname", "lname", "surname", "family name", "achternaam", "geslachtsnaam",
     "geboortenaam", "full name", "fullname", "volledige naam", "klantnaam", "naam klant", "customer name",
     "client name", "contact name", "contactpersoon", "contact person", "employee name", "naam medewerker",
     "medewerker", "werknemer", "employee", "patient name", "patiënt", "patient", "cliënt", "huurder",
     "tenant", "aanvrager", "applicant", "sollicitant", "candidate", "kandidaat", "deelnemer", "participant",
     "leerling", "student", "person", "persoon", "requester", "assignee", "reporter", "owner name",
     "account holder", "rekeninghouder", "tenaamstelling", "signatory", "ondertekenaar"}
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line
# Headers that may hold a person or a thing ("name" of a product, "contact" as a channel): a
# cell counts when a word of it is a listed first name or surname, or it holds initials.
MAYBE_PERSON_COLUMNS = frozenset(
    {"name", "naam", "contact", "klant", "customer", "client", "owner", "eigenaar", "author", "auteur",
     "user", "gebruiker", "behandelaar", "manager", "verkoper", "sales rep", "account manager"}
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line
# A cheap test whether a text can hold such a header at all (most prompts cannot): a word of a
# header name anywhere in the case-folded text. Substring tests on one casefold() cost a tenth of
# a case-insensitive alternation, and they find every match it would (casefold() folds at least
# what the alternation's simple case folding does: "K", "ſ", capitals).
COLUMN_WORDS = tuple(sorted({w.casefold() for c in PERSON_COLUMNS | MAYBE_PERSON_COLUMNS for w in c.split()}))


def column_hint(text: str) -> bool:
    folded = text.casefold()
    return any(w in folded for w in COLUMN_WORDS)


# A name cell: capitalised words, interfixes, initials, hyphens; "Jansen, Pieter" too.
INTERFIX_WORDS = frozenset(words.INTERFIX_STARTS | {"'t", "in", "op", "uit", "den", "ter"})
_PART = r"[\p{L}'’][\p{L}\p{M}'’.-]*"
NAME_CELL = regex.compile(rf"(?:\p{{Lu}}\.){{1,4}}|(?:(?:\p{{Lu}}\.){{1,4}}[ ]?)?{_PART}(?:,?[ ]{{1,2}}{_PART}){{0,5}}")


class PersonNameRecognizer(LocalRecognizer):
    """Personal names in Dutch and English text, found from lists and patterns (no spaCy)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["PERSON"], supported_language=supported_language, name="PersonNameRecognizer"
        )

    def load(self) -> None:
        lexicon()  # read the lists at start-up rather than on the first prompt

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PERSON" not in entities or not text:
            return []
        spans = NameFinder(text, lexicon()).find()
        taken = SpanIndex((s, e) for s, e, _ in spans)
        spans += [c for c in name_cells(text, lexicon()) if not taken.contains(c[0], c[1])]
        return [
            RecognizerResult("PERSON", start, end, score, recognition_metadata=metadata(self))
            for start, end, score in sorted(spans)
        ]


def name_cells(text: str, lex: Lexicon) -> list[tuple[int, int, float]]:
    """Cells of the name columns of a table, when they are shaped like a name.

    Under an unsure header ("name", "contact") a cell needs a listed first name or surname,
    unless most cells of the column have one: then the column holds people, and "Ysolde
    Contreras" among "Mary Long" and "Daniel Ward" is a person too."""
    if not column_hint(text):
        return []
    sure: list[tuple[int, int, float]] = []
    unsure: dict[str, list[tuple[int, int, bool]]] = {}
    for start, end, column in table_cells(text, PERSON_COLUMNS | MAYBE_PERSON_COLUMNS):
        cell = text[start:end]
        if len(cell) > 60 or NAME_CELL.fullmatch(cell) is None or not any(c.isupper() for c in cell):
            continue
        parts = [p.strip(".,'’-") for p in cell.replace(",", " ").split()]
        # An assistant may be an assignee ("Copilot"); a product name in a column of people is a
        # person all the same ("Julia", "Cassandra" under "first_name").
        products = column not in PERSON_COLUMNS and any(p.lower() in words.PRODUCTS for p in parts)
        if products or any(p.lower() in words.ASSISTANTS for p in parts):
            continue
        listed = any(p in lex.first_names or p in lex.surnames for p in parts) or "." in cell
        if column in PERSON_COLUMNS:
            sure.append((start, end, STRONG if listed else MEDIUM))
            continue
        # "Kees de Vries", "J. Smit"; not "USB Hub", "Power BI", "Gaming Mouse".
        shaped = all(CAPITALISED.fullmatch(p) or p.lower() in INTERFIX_WORDS or len(p) == 1 for p in parts)
        if shaped and not all(p.lower() in lex.ordinary for p in parts):
            unsure.setdefault(column, []).append((start, end, listed))
    for cells in unsure.values():
        people = 2 * sum(listed for _, _, listed in cells) > len(cells)
        sure += [(s, e, MEDIUM) for s, e, listed in cells if listed or (people and len(cells) > 2)]
    return sure
