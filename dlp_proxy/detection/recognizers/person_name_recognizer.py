"""PERSON: Dutch and English personal names from name lists and the words around them, no NER model.

The lists are deduce's (first names, surnames, interfixes), English, Belgian and German first
names (intl_first_names), English dictionary words (english_words), our own titles, salutations,
sign-offs, labels and ordinary words (name_words) and the words that make a lone first name a
person (cue_words); the rules live in name_finder and the modules it names. In a table
(a CSV export) the header says which columns hold names ("voornaam;achternaam"): their cells
are names whatever the lists say ("Green", "Field" under "last_name"); so does a key in JSON, YAML,
a query string or XML ('"firstName": "hope"', name_fields).
"""

from __future__ import annotations

import unicodedata

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.names import cue_words as cues
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.english_words import is_english_word
from dlp_proxy.detection.names.name_case import title_case
from dlp_proxy.detection.names.name_finder import MEDIUM, STRONG, WEAK, NameFinder
from dlp_proxy.detection.names.name_lexicon import Lexicon, lexicon
from dlp_proxy.detection.names.name_scan import CAPITALISED, column_name, table_cells
from dlp_proxy.detection.names.roster_names import roster_cells
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
     "account holder", "rekeninghouder", "tenaamstelling", "signatory", "ondertekenaar", "sn"}
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line
# Headers that may hold a person or a thing ("name" of a product, "contact" as a channel): a
# cell counts when a word of it is a listed first name or surname, or it holds initials.
MAYBE_PERSON_COLUMNS = frozenset(
    {"name", "naam", "contact", "klant", "customer", "client", "owner", "eigenaar", "author", "auteur",
     "user", "gebruiker", "behandelaar", "manager", "verkoper", "sales rep", "account manager", "cn",
     "display name", "user name"}
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line
# A cheap test whether a text can hold such a header at all (most prompts cannot): a word of a
# header name anywhere in the case-folded text. Substring tests on one casefold() cost a tenth of
# a case-insensitive alternation, and they find every match it would (casefold() folds at least
# what the alternation's simple case folding does: "K", "ſ", capitals).
COLUMN_WORDS = tuple(
    sorted({w.casefold() for c in PERSON_COLUMNS | MAYBE_PERSON_COLUMNS for w in c.split() if len(w) > 2})
    + ["sn:", "cn:"]  # LDAP's surname and common name: two letters are in too many words to look for alone
)


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
        text = unaccented_names(text, lexicon())  # same length: every offset holds
        spans = NameFinder(text, lexicon()).find()
        taken = SpanIndex((s, e) for s, e, _ in spans)
        spans += [c for c in name_cells(text, lexicon()) if not taken.contains(c[0], c[1])]
        taken = SpanIndex((s, e) for s, e, _ in spans)
        spans += [c for c in name_fields(text, lexicon()) if not taken.contains(c[0], c[1])]
        taken = SpanIndex((s, e) for s, e, _ in spans)
        spans += [c for c in contact_names(text, lexicon()) if not taken.contains(c[0], c[1])]
        taken = SpanIndex((s, e) for s, e, _ in spans)
        spans += [(s, e, MEDIUM) for s, e in roster_cells(text, lexicon()) if not taken.overlaps(s, e)]
        taken = SpanIndex((s, e) for s, e, _ in spans)
        spans += [(s, e, MEDIUM) for s, e in caps_surname_lines(text, lexicon()) if not taken.contains(s, e)]
        taken = SpanIndex((s, e) for s, e, _ in spans)
        spans += [(s, e, MEDIUM) for s, e in family_names(text, lexicon()) if not taken.overlaps(s, e)]
        marked = marked_names(text, lexicon())
        if marked:  # whole: "Seo-yeon Kim" over its "Kim"
            index = SpanIndex(marked)
            spans = [sp for sp in spans if not index.contains(sp[0], sp[1])] + [(s, e, MEDIUM) for s, e in marked]
        return [
            RecognizerResult("PERSON", start, end, score, recognition_metadata=metadata(self))
            for start, end, score in sorted(spans)
            if not _named_after(text, end) and not _acronym_after_article(text, start, end)
        ]


# A capitalised word of an institution right after the name: "Van Gogh Museum", "Johan Cruijff
# ArenA", "Máxima Ziekenhuis", "Anne Frank Huis": the name is the institution's, not a person in the text.
_INSTITUTION_AFTER = regex.compile(r"[ \t]++(?P<word>\p{Lu}\p{L}++)(?![\p{L}\d-])")


# An article before a short word in capitals makes it a thing: "the NAS", "van de NAS", "onze CRM".
_ARTICLE_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}])(?:the|a|an|our|this|that|your|het|een|deze|onze|jullie|die|dat)|(?<=\p{Ll}[ \t]++)de)[ \t]++\Z"
)


def _acronym_after_article(text: str, start: int, end: int) -> bool:
    """One word of two to four capitals after an article ("the NAS"; in Dutch "de" after a lower-case
    word: "van de NAS", not "Jan de VOS"): an acronym, not a person."""
    word = text[start:end]
    if not (2 <= len(word) <= 4 and word.isalpha() and word.isupper()):
        return False
    return _ARTICLE_BEFORE.search(text, max(0, start - 24), start) is not None


def _named_after(text: str, end: int) -> bool:
    """An institution's word ("Museum", "MC"), or a street or institution compound ("Coenplein",
    "Cruijffkliniek"), follows the name."""
    m = _INSTITUTION_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group("word")
    folded = word.casefold()
    if regex.match(r"[ \t]*+\d", text[m.end() : m.end() + 8]):
        return False  # "Jan de Vries Kerkstraat 12": the person's address follows the name
    compound = len(folded) > 6 and folded.endswith(words.STREET_SUFFIXES + words.INSTITUTION_SUFFIXES)
    return folded in words.INSTITUTION_WORDS or word in ("MC", "UMC") or compound


def name_cells(text: str, lex: Lexicon) -> list[tuple[int, int, float]]:
    """Cells of the name columns of a table, when they are shaped like a name.

    Under an unsure header ("name", "contact") a cell needs a listed first name or surname,
    unless most cells of the column have one: then the column holds people, and "Ysolde
    Contreras" among "Mary Long" and "Daniel Ward" is a person too."""
    if not column_hint(text):
        return []
    sure: list[tuple[int, int, float]] = []
    unsure: dict[str, list[tuple[int, int, bool, bool]]] = {}
    for start, end, column in table_cells(text, PERSON_COLUMNS | MAYBE_PERSON_COLUMNS):
        cell = text[start:end]
        if len(cell) > 60 or NAME_CELL.fullmatch(cell) is None or cell.lower() in FIELD_STAND_INS:
            continue
        if not any(c.isupper() for c in cell) and (column not in PERSON_COLUMNS or not cell.replace(" ", "").isalpha()):
            continue  # "annette" under "first_name" is a name; under "name" it may be a login
        parts = [p.strip(".,'’-") for p in cell.replace(",", " ").split()]
        # An assistant may be an assignee ("Copilot"); a product name in a column of people is a
        # person all the same ("Julia", "Cassandra" under "first_name").
        products = column not in PERSON_COLUMNS and any(p.lower() in words.PRODUCTS for p in parts)
        if products or any(p.lower() in words.ASSISTANTS for p in parts):
            continue
        listed = any(_listed(p, lex) for p in parts) or "." in cell
        if column in PERSON_COLUMNS:
            sure.append((start, end, STRONG if listed else MEDIUM))
            continue
        # "Kees de Vries", "J. Smit"; not "USB Hub", "Power BI", "Gaming Mouse". An export in capitals
        # writes "OKONJO, CHIDI": every word in capitals, the surname first before a comma.
        caps = "," in cell and cell.isupper() and all(len(p) > 1 for p in parts)
        shaped = caps or all(CAPITALISED.fullmatch(p) or p.lower() in INTERFIX_WORDS or len(p) == 1 for p in parts)
        if shaped and not all(p.lower() in lex.ordinary for p in parts):
            unsure.setdefault(column, []).append((start, end, listed, caps))
    for cells in unsure.values():
        people = 2 * sum(listed for _, _, listed, _ in cells) > len(cells) and len(cells) > 2
        # a cell in capitals only in a column of people: "USB, HUB" names a product
        sure += [(s, e, MEDIUM) for s, e, listed, caps in cells if (listed and not caps) or people]
    return sure


# A key and its value in JSON, YAML, a query string or XML: '"first_name": "hope"', "lastName:
# Bates", "name=Hope Bates", "<firstName>Hope</firstName>". The key as a column name (camelCase
# split), the value quoted or running to the end of the field.
_KEYED = regex.compile(
    r"""(?<![\w-])["']?(?P<key>[A-Za-z][A-Za-z_-]{1,29}+(?<=[A-Za-z]))["']?[ \t]*+(?:(?P<colon>:)|=)[ \t]*+"""
    r"""(?:"(?P<dq>[^"\n]{1,60})"|'(?P<sq>[^'\n]{1,60})'"""
    # unquoted: after a colon to the end of the field ("name: Grant Underwood"), after "=" up to the
    # next key (logfmt's "level=info user_name=..."; "name=Hope Bates")
    r"""|(?(colon)(?P<bare>[^\s"'{}\[\]<>&,;|=:][^\n"'{}\[\]<>&,;|=:]{0,59})"""
    r"""|(?P<bare_eq>[^\s"'{}\[\]<>&,;|=:]{1,30}(?:[ ](?![\w-]+=)[^\s"'{}\[\]<>&,;|=:]{1,30}){0,3})))"""
)
_TAGGED = regex.compile(r"<(?P<key>[A-Za-z][A-Za-z_-]{0,28}[A-Za-z])>(?P<value>[^<>\n]{1,60})</(?P=key)>")
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
# Keys and columns that hold a personal name and nothing else (no team, tool or role).
NAME_ONLY_KEYS = frozenset(
    {"first name", "firstname", "fname", "given name", "given names", "forename", "voornaam", "voornamen",
     "roepnaam", "last name", "lastname", "lname", "surname", "family name", "achternaam", "geslachtsnaam",
     "geboortenaam", "full name", "fullname", "volledige naam", "sn"}
)  # fmt: skip
# Departments, teams and roles: what a person field holds when it names no one.
_GROUP_WORDS = frozenset(cues.ROLE_WORDS | cues.PERSON_ROLES | cues.CUE_STOP)
# Keys of configuration that share a name with a column of people: an Azure or SaaS "tenant".
_THING_KEYS = frozenset({"tenant", "owner name"})
# Values that stand in a name field of an example, a schema or an empty form: no one's name.
FIELD_STAND_INS = frozenset(
    """string str text null none nil undefined name first last firstname lastname example test tbd n/a na
    unknown onbekend value varchar required optional true false anonymous anoniem""".split()
)


def _field_key(key: str) -> str:
    return column_name(_CAMEL.sub(" ", key))


def name_fields(text: str, lex: Lexicon) -> list[tuple[int, int, float]]:
    """Values of keys that name a person in JSON, YAML, query strings and XML. Under a key that
    holds nothing but names ("first_name", "lastName", "voornaam") any name-shaped value counts,
    in any case ("hope", "BATES"); under one that may name a thing ("name", "owner") the value
    needs capitals and a listed first name or surname, as a table cell does."""
    out: list[tuple[int, int, float]] = []
    fields = [(m.group("key"), *_value_span(m), m.group("dq") is m.group("sq") is None) for m in _keyed(text)]
    if "</" in text and column_hint(text):
        fields += [(m.group("key"), m.start("value"), m.end("value"), False) for m in _TAGGED.finditer(text)]
    for key, start, end, bare in fields:
        column = _field_key(key)
        if (column not in PERSON_COLUMNS and column not in MAYBE_PERSON_COLUMNS) or column in _THING_KEYS:
            continue
        value = text[start:end]
        start += len(value) - len(value.lstrip())
        end -= len(value) - len(value.rstrip())
        value = text[start:end]
        if not value or NAME_CELL.fullmatch(value) is None or value.lower() in FIELD_STAND_INS:
            continue
        parts = [p.strip(".,'’-") for p in value.replace(",", " ").split()]
        listed = any(_listed(p, lex) for p in parts)
        if not any(c.isupper() for c in value) and not all(p.isalpha() for p in parts):
            continue  # "contoso.onmicrosoft.com": in lower case only words will do
        if column not in NAME_ONLY_KEYS:  # "lastName": "Allen", "firstName": "Julia" are names whatever they spell
            if any(p.lower() in words.ASSISTANTS or p.lower() in words.PRODUCTS for p in parts):
                continue
            if any(p.lower() in _GROUP_WORDS for p in parts):
                continue  # "Requester: Finance", '"owner": "Support Team"'
            prose_label = bare and key[:1].isupper()  # "Reporter: Unknown"; not YAML's or LDIF's "sn: Porter"
            if (
                prose_label
                and not listed
                and any(p.lower() in lex.ordinary or is_english_word(p, lex.english) for p in parts)
            ):
                continue  # a label in prose: an unlisted value must be no word
        if column in PERSON_COLUMNS:
            out.append((start, end, STRONG if listed else MEDIUM))
            continue
        shaped = all(CAPITALISED.fullmatch(p) or p.lower() in INTERFIX_WORDS or len(p) == 1 for p in parts)
        if shaped and listed and not all(p.lower() in lex.ordinary for p in parts):
            out.append((start, end, MEDIUM))
    return out


# The last words of the keys that may name a person ("first_name" and "lastName" end in "name").
_KEY_LAST_WORDS = frozenset(c.split()[-1] for c in PERSON_COLUMNS | MAYBE_PERSON_COLUMNS)
_SEPARATOR = regex.compile(r"[:=]")
# The key before a separator, read backwards from it ('"firstName" ', "user_name").
_KEY_BEFORE = regex.compile(r"(?r)(?<![A-Za-z_-])([A-Za-z][A-Za-z_-]{0,29})[\"']?[ \t]*+")


def _keyed(text: str) -> list[regex.Match[str]]:
    """The key-value matches of _KEYED whose key ends in a word of a person column: the key
    pattern runs only before a colon or "=" whose key's last word is one."""
    out = []
    last = -1
    for sep in _SEPARATOR.finditer(text):
        before = _KEY_BEFORE.match(text, max(0, sep.start() - 34), sep.start())
        if before is None:
            continue
        key = before.group(1)
        if _field_key(key).rsplit(" ", 1)[-1] not in _KEY_LAST_WORDS:
            continue
        start = before.start()
        if start > 0 and text[start - 1] in "\"'":
            start -= 1
        if start <= last:
            continue
        m = _KEYED.match(text, start)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def _value_span(m: regex.Match[str]) -> tuple[int, int]:
    for group in ("dq", "sq", "bare", "bare_eq"):
        if m.group(group) is not None:
            return m.start(group), m.end(group)
    return m.end(), m.end()


def _listed(part: str, lex: Lexicon) -> bool:
    """A listed first name or surname, as written or in Title Case ("hope", "BATES")."""
    if part in lex.first_names or part in lex.surnames:
        return True
    titled = title_case(part)
    return titled in lex.first_names or titled in lex.surnames


# A contact card's name lines ("FN:Hope Bates", "N:Bates;Hope;;;", with parameters before the colon).
_VCARD_NAME = regex.compile(r"(?im)^(?:item\d+\.)?(?P<key>FN|N)(?:;[^:\n]{0,80})?:(?P<value>[^\n]{1,120})$")
# A WebVTT voice span, as Teams and Zoom transcripts name each speaker: "<v Hope Bates>".
_VOICE = regex.compile(r"<v(?:\.[\w.-]{1,30})?[ \t]+(?P<value>[^<>\n]{1,60})>")
# An LDAP or calendar common name: "CN=Hope Bates,OU=Users", "ATTENDEE;CN=Hope Bates;ROLE=...".
_COMMON_NAME = regex.compile(r"(?i)(?<![\w-])CN=(?P<value>[^,;:=\n\\\"]{2,60})")
# A display name before an address in angle brackets: '"Bates, Hope" <hope.bates@x.nl>', 'Hope Bates <hb@x.nl>'.
_DISPLAY_NAME = regex.compile(
    r"""(?:"(?P<quoted>[^"\n<>@]{2,60})"|(?P<bare>\p{L}[\p{L}\p{M} .'’-]{1,58}?))"""
    r"""[ \t]*<(?P<local>[^<>\s@]{1,64})@[^<>\s]{3,255}>"""
)


# A word; those with a letter outside ASCII are read ("Róisín", "Zoë", "Łukasz").
_LETTERS_WORD = regex.compile(r"(?<![\p{L}\p{M}])[\p{L}\p{M}]++")


def unaccented_names(text: str, lex: Lexicon) -> str:
    """The text with each accented word the name lists lack but hold without its accents written
    without them ("Róisín" -> "Roisin"): letter for letter, so offsets stay. Other words unchanged."""
    if text.isascii():
        return text
    out: list[str] | None = None
    for m in _LETTERS_WORD.finditer(text):
        word = m.group()
        if word.isascii() or word in lex.first_names or word in lex.surnames:
            continue
        plain = _unaccented(word)
        if plain is None or plain == word or not (plain in lex.first_names or plain in lex.surnames):
            continue
        if out is None:
            out = list(text)
        out[m.start() : m.end()] = plain
    return text if out is None else "".join(out)


def _unaccented(word: str) -> str | None:
    """Each letter's base letter, when every accented one has a single ASCII base ("í" -> "i"); None
    when one does not ("ł", "ø") or a combining mark stands alone."""
    letters = []
    for c in word:
        if c.isascii():
            letters.append(c)
            continue
        base = unicodedata.normalize("NFD", c)[0]
        if not base.isascii() or not base.isalpha():
            return None
        letters.append(base)
    return "".join(letters)


# A line that is a surname in capitals and a first name, as Belgian and French registers write
# them: "PEETERS Dries", "EL AMRANI Yousra", "- VAN DEN BERG Anouk".
_CAPS_SURNAME_LINE = regex.compile(
    r"(?m)^[ \t]*+(?:[-*•·]|\d{1,3}[.)])?[ \t]*+"
    r"(?P<name>(?P<surname>\p{Lu}[\p{Lu}'’-]++(?:[ \t]\p{Lu}[\p{Lu}'’-]*+){0,3})[ \t]++"
    r"(?P<first>\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?))[ \t]*+[,;.]?[ \t]*+$"
)
_CAPS_RUN = regex.compile(r"\p{Lu}{2}[ \t]\p{Lu}\p{Ll}")


def caps_surname_lines(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Lines of "SURNAME First": the first name listed and no word, the capitals no ordinary word
    nor acronym of two letters ("NOTE Anna" is no name; "TODO Koen" neither)."""
    if _CAPS_RUN.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    for m in _CAPS_SURNAME_LINE.finditer(text):
        first = m.group("first")
        if first not in lex.first_names or first in lex.ambiguous_first_names:
            continue
        parts = [p for p in m.group("surname").split() if p.lower() not in words.SURNAME_PARTICLES]
        if not parts or any(len(p) < 3 or (_word(p.lower(), lex) and p.title() not in lex.surnames) for p in parts):
            continue
        out.append((m.start("name"), m.end("name")))
    return out


# A family by its surname: "de familie Pattiasina", "fam. van Dijk", "gezin Jansen", "the Okafor family".
_FAMILY_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:familie|fam\.|gezin|family)[ \t]++"
    r"(?P<name>(?:(?i:van|de|der|den|ter|ten|te|el|al)[ \t]++){0,3}+\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?)(?![\p{L}\d])"
)
_FAMILY_AFTER = regex.compile(
    r"(?<![\p{L}])(?i:the|de)[ \t]++(?P<name>\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?)[ \t]++(?i:family|familie)(?![\p{L}])"
)


def family_names(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The surname of a family the text names: the surname listed, or no English or Dutch word
    ("the Royal family", "Family Law" are none)."""
    if "amil" not in text and "fam." not in text and "gezin" not in text:
        return []
    out: list[tuple[int, int]] = []
    for pattern in (_FAMILY_BEFORE, _FAMILY_AFTER):
        for m in pattern.finditer(text):
            surname = m.group("name").split()[-1]
            if surname.casefold() in lex.places:
                continue
            lower = pattern is _FAMILY_AFTER or text[m.start()].islower()
            if not _word(surname.lower(), lex) or (surname in lex.surnames and lower):
                out.append(m.span("name"))  # a surname that is a word after "family" in lower case only
    return out


# A Japanese honorific after a name: "Tanaka-san", "Sato-sensei".
_JAPANESE_HONORIFIC = regex.compile(
    r"(?<![\p{L}\d-])(?P<name>\p{Lu}\p{Ll}{1,20}+)-(?:san|sama|kun|chan|sensei|senpai|shi)(?![\p{L}\d-])"
)
# A Korean given name of two romanised syllables joined by a hyphen, beside a Korean surname: "Seo-yeon
# Kim", "Park Jun-seok", "Kim, Ha-rin".
_KOREAN_SURNAMES = (
    "Kim|Lee|Yi|Park|Pak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|Han|Oh|Seo|Suh|Shin"
    "|Sin|Kwon|Hwang|Ahn|An|Song|Yoo|Yu|Hong|Jeon|Jun|Ko|Go|Moon|Mun|Yang|Son|Bae|Baek|Heo|Nam|Noh|Ha|Kwak|Ryu"
)
_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|sh|[bcdghjkmnprstwy])?"
    r"(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?:ng|[kntlmp])?"
)
_KOREAN_GIVEN = rf"(?=\p{{Lu}})(?i:{_SYLLABLE})-(?i:{_SYLLABLE})"
_KOREAN_PAIR = regex.compile(
    rf"(?<![\p{{L}}\d-])(?:(?:{_KOREAN_SURNAMES}),?[ \t]+{_KOREAN_GIVEN}|{_KOREAN_GIVEN}[ \t]+(?:{_KOREAN_SURNAMES}))"
    r"(?![\p{L}\d-])"
)
# "mr okafor", "mevr jansen": a title typed in lower case before a surname that is no word.
_LOWER_TITLE = regex.compile(r"(?<![\p{L}])(?:mr|mrs|ms|dr|dhr|mevr|mw)\.?[ \t]++(?P<name>\p{Ll}{3,}+)(?![\p{L}\d])")


def marked_names(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Names marked by their own form: a Japanese honorific ("Tanaka-san"), a Korean given name
    beside a Korean surname ("Seo-yeon Kim", "Park Jun-seok"), a lower-case title before a surname
    that is no word ("mr okafor")."""
    out: list[tuple[int, int]] = []
    if "-" in text:
        out += [m.span("name") for m in _JAPANESE_HONORIFIC.finditer(text) if not _word(m.group("name").lower(), lex)]
        out += [m.span() for m in _KOREAN_PAIR.finditer(text) if not _word(_given(m.group()), lex)]
    for m in _LOWER_TITLE.finditer(text):
        if not _word(m.group("name"), lex) and m.group("name") not in words.TITLES:
            out.append(m.span("name"))
    return out


def _given(name: str) -> str:
    """The hyphenated part of a Korean name, without its hyphen, in lower case ("seoyeon")."""
    return next((w for w in name.replace(",", " ").split() if "-" in w), "").replace("-", "").lower()


def _word(low: str, lex: Lexicon) -> bool:
    return low in lex.english or low in lex.ordinary


def contact_names(text: str, lex: Lexicon) -> list[tuple[int, int, float]]:
    """Names in the places contact data keeps them: a vCard's FN and N lines, a transcript's
    voice tag, an LDAP or calendar CN=, and the display name before an e-mail address. A vCard's
    lines and a voice tag are names by definition; a CN or display name counts when it is
    name-shaped and holds a listed name or a word of the address ('"Bates, Hope"
    <hope.bates@...>'), not a team or a service."""
    out: list[tuple[int, int, float]] = []
    if "vcard" in text.casefold():
        for m in _VCARD_NAME.finditer(text):
            value, start = m.group("value"), m.start("value")
            if m.group("key").upper() == "FN":
                out += _name_span(text, start, start + len(value), lex, sure=True)
            else:  # Family;Given;Additional;Prefix;Suffix: the first three are name parts
                pos = start
                for k, part in enumerate(value.split(";")):
                    if k < 3 and part.strip():
                        out += _name_span(text, pos, pos + len(part), lex, sure=True)
                    pos += len(part) + 1
    if "<v" in text:
        for m in _VOICE.finditer(text):
            out += _name_span(text, m.start("value"), m.end("value"), lex, sure=True)
    if "cn=" in text or "CN=" in text:
        for m in _COMMON_NAME.finditer(text):
            out += _name_span(text, m.start("value"), m.end("value"), lex, sure=False)
    if "@" in text and "<" in text:
        for m in _DISPLAY_NAME.finditer(text):
            group = "quoted" if m.group("quoted") is not None else "bare"
            local = m.group("local").casefold()
            out += _name_span(text, m.start(group), m.end(group), lex, sure=False, address=local)
    if "@" in text:
        out += spelled_by_address(text, lex)
    return out


# An address whose local part is two name parts ("june.lloyd@", "lloyd_june@").
_TWO_PART_ADDRESS = regex.compile(
    r"(?<![\w.+-])(?P<a>[A-Za-z]{2,20}+)[._-](?P<b>[A-Za-z]{2,30}+)@[\w-]++(?:\.[\w-]++)++"
)
_WORD = regex.compile(r"[A-Za-z]++")


def spelled_by_address(text: str, lex: Lexicon) -> list[tuple[int, int, float]]:
    """Two words in a row that an e-mail address in the text spells, in either order, in any case:
    "from: june.lloyd@gmail.com ... hi, this is june lloyd". One of them must be a listed first
    name and the other a listed surname (a census surname that is also a word too: "hall") or no
    common word; team and role words never count
    ("sales.team@" and "the sales team"). Linear: one pass over the addresses, one over the words."""
    pairs: set[tuple[str, str]] = set()
    for m in _TWO_PART_ADDRESS.finditer(text):
        a, b = m.group("a").lower(), m.group("b").lower()
        if a in _GROUP_WORDS or b in _GROUP_WORDS or a == b:
            continue
        for first, last in ((a, b), (b, a)):
            if title_case(first) in lex.first_names and (
                _listed(last, lex)
                or last in lex.word_surnames
                or (last not in lex.ordinary and not is_english_word(last, lex.english))
            ):
                pairs.add((a, b))
                pairs.add((b, a))
    if not pairs:
        return []
    out: list[tuple[int, int, float]] = []
    previous: regex.Match[str] | None = None
    for m in _WORD.finditer(text):
        if (
            previous is not None
            and (previous.group().lower(), m.group().lower()) in pairs
            and text[previous.end() : m.start()] in (" ", "  ", "\t")
            and text[previous.start() - 1 : previous.start()] not in (".", "_", "-")
            and text[m.end() : m.end() + 1] not in ("@", ".", "_", "-")
        ):
            out.append((previous.start(), m.end(), MEDIUM))
        previous = m
    return out


def _name_span(
    text: str, start: int, end: int, lex: Lexicon, *, sure: bool, address: str = ""
) -> list[tuple[int, int, float]]:
    """text[start:end], trimmed, as a name when it is shaped like one (see contact_names)."""
    value = text[start:end]
    start += len(value) - len(value.lstrip())
    end -= len(value) - len(value.rstrip())
    value = text[start:end]
    if not value or NAME_CELL.fullmatch(value) is None or value.lower() in FIELD_STAND_INS:
        return []
    parts = [p.strip(".,'’-") for p in value.replace(",", " ").split()]
    if not parts:
        return []
    if sure:
        return [(start, end, MEDIUM)]  # a vCard's name, a speaker: "Amber Jenkins" whatever "Jenkins" is too
    if any(p.lower() in _GROUP_WORDS or p.lower() in words.PRODUCTS for p in parts):
        return []
    shaped = all(CAPITALISED.fullmatch(p) or p.lower() in INTERFIX_WORDS or len(p) == 1 for p in parts)
    listed = any(_listed(p, lex) for p in parts)
    # The address spells the name: two of its words, or one that is no common word ("billing@" is)
    spelled = [p for p in parts if len(p) >= 3 and p.casefold() in address] if address else []
    in_address = len(spelled) >= 2 or any(
        p.lower() not in lex.ordinary and not is_english_word(p.lower(), lex.english) for p in spelled
    )
    if shaped and (listed or in_address) and not all(p.lower() in lex.ordinary for p in parts):
        return [(start, end, MEDIUM)]
    return []
