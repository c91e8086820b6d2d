"""The detection interface (`scan(text) -> findings`) and its Presidio implementation.

How a text is scanned (Dutch and English, mixed texts included):
  1. one pass over the whole text with every pattern and list recognizer (e-mail, phone,
     IBAN, BSN, secrets, names from lists, addresses, client list, markers ...). These are
     language-independent; the text is tokenised by a blank multi-language spaCy
     tokenizer, enough for presidio's context words in both languages;
  2. per paragraph, the language is guessed (dlp_proxy.detection.language); paragraphs in
     a language with a statistical NER pipeline (English by default) get a second pass
     for PERSON. The English model is not run on Dutch: it tags ordinary Dutch words
     ("Wat", "Leg") as names.
Both passes read the canonical text (dlp_proxy.detection.canonical: invisible characters
removed, look-alikes folded, obfuscated addresses and separated identifiers undone), and a
third pattern pass reads lines rejoined around a broken key and base64/hex runs decoded
(dlp_proxy.detection.encoded). Findings carry offsets into the original text either way.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

import regex

from dlp_proxy.detection.canonical import Canonical, canonicalize
from dlp_proxy.detection.encoded import extras
from dlp_proxy.detection.language import Span, paragraph_languages
from dlp_proxy.detection.names.author_lists import author_list_names, register_line_names
from dlp_proxy.detection.names.eponyms import names_a_thing
from dlp_proxy.detection.names.firm_names import ampersand_firm, firm_after, firm_runs
from dlp_proxy.detection.names.mentions import (
    address_names,
    chat_speakers,
    column_names_of_people,
    coordinated_names,
    listed_names,
    repeated_mentions,
)
from dlp_proxy.detection.names.name_tails import name_tails
from dlp_proxy.detection.ner_windows import first_name_pair, name_word, unexplained_words, windows
from dlp_proxy.detection.span_index import SpanIndex
from dlp_proxy.detection.split_values import grouped_ibans, split_bsns, split_cards, split_ibans
from dlp_proxy.detection.warm_up import WARM_UP_TEXT
from dlp_proxy.errors import DetectorError
from dlp_proxy.findings import DataClass, Finding

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer

    from dlp_proxy.detection.nlp import ForgetfulVocabularies

logger = logging.getLogger(__name__)

# Entity types that come from a statistical NER model rather than from patterns or lists.
NER_ENTITIES = ("PERSON",)
# Presidio's language code for the language-independent first pass.
BASE = "xx"
# Longest piece of text handed to the NER model at once (bounded memory per call).
NER_CHUNK = 100_000
# Between the extra texts (joined lines, decoded runs) scanned together in one call.
_EXTRA_SEPARATOR = "\n\n"


class Detector(Protocol):
    """What the proxy needs from a detection engine."""

    def scan(self, text: str, language: str | None = None) -> list[Finding]:
        """Findings in `text`, sorted by position; raises DetectorError when it cannot scan."""
        ...


def pattern_recognizers(language: str) -> list[EntityRecognizer]:
    """Every language-independent recognizer of our own, one instance each."""
    from dlp_proxy.detection import registry

    return [cls(supported_language=language) for cls in registry.PATTERN_RECOGNIZERS]


class PresidioDetector:
    """Presidio analyzer with our own recognizers and offline spaCy pipelines.

    Construction is cheap; `load()` loads spaCy and builds the analyzer (seconds).
    """

    def __init__(
        self,
        *,
        entity_classes: Mapping[str, DataClass],
        thresholds: Mapping[str, float] | None = None,
        default_threshold: float = 0.5,
        pipelines: Mapping[str, str] | None = None,
        extra_recognizers: Iterable[Any] = (),
        default_language: str = "nl",
        max_chars: int = 1_000_000,
    ) -> None:
        from dlp_proxy.detection.nlp import DEFAULT_PIPELINES

        self.entity_classes = dict(entity_classes)
        self.thresholds = dict(thresholds or {})
        self.default_threshold = default_threshold
        self.pipelines = dict(DEFAULT_PIPELINES if pipelines is None else pipelines)
        self.extra_recognizers = list(extra_recognizers)
        self.default_language = default_language
        self.max_chars = max_chars
        self._analyzer: AnalyzerEngine | None = None
        self._vocabularies: ForgetfulVocabularies | None = None
        self._base_entities: list[str] = []
        self._ner_entities: list[str] = []

    def load(self) -> PresidioDetector:
        import spacy
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        from dlp_proxy.detection.nlp import (
            ForgetfulVocabularies,
            GroupingAnalyzerEngine,
            OfflineSpacyNlpEngine,
            OrderedRecognizerRegistry,
            ensure_offline,
            load_spacy,
            make_context_enhancer,
        )

        ensure_offline()
        models = {lang: load_spacy(pkg) for lang, pkg in self.pipelines.items()}

        def blank() -> Any:
            nlp = spacy.blank("xx")
            nlp.max_length = self.max_chars + 1
            return nlp

        for nlp in models.values():
            nlp.max_length = NER_CHUNK + 1
        nlp_engine = OfflineSpacyNlpEngine({BASE: blank(), **models})
        self._vocabularies = ForgetfulVocabularies(nlp_engine.nlp, BASE, blank)

        languages = [BASE, *models]
        registry = OrderedRecognizerRegistry(supported_languages=languages)
        for recognizer in [*pattern_recognizers(BASE), *self.extra_recognizers]:
            recognizer.supported_language = BASE
            registry.add_recognizer(recognizer)
        for lang in models:
            registry.add_recognizer(SpacyRecognizer(supported_language=lang, supported_entities=list(NER_ENTITIES)))
        self._analyzer = GroupingAnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=languages,
            context_aware_enhancer=make_context_enhancer(),
        )
        supported = set(registry.get_supported_entities([BASE]))
        self._base_entities = sorted(e for e in self.entity_classes if e in supported)
        self._ner_entities = [e for e in NER_ENTITIES if e in self.entity_classes]
        self.scan(WARM_UP_TEXT)
        return self

    @property
    def loaded(self) -> bool:
        return self._analyzer is not None

    def scan(self, text: str, language: str | None = None) -> list[Finding]:
        analyzer, vocabularies = self._analyzer, self._vocabularies
        if analyzer is None or vocabularies is None:
            raise DetectorError("detection engine used before load()")
        if len(text) > self.max_chars:
            raise DetectorError(f"text of {len(text)} characters exceeds the scan limit of {self.max_chars}")
        if not text.strip():
            return []
        canon = canonicalize(text)
        if len(canon.text) > self.max_chars:  # NFKC can lengthen a text ("ﷺ" is 18 characters)
            raise DetectorError(f"canonical text of {len(canon.text)} characters exceeds the scan limit")
        try:
            with vocabularies.scan():
                results = self._analyze(analyzer, canon, language)
        except DetectorError:
            raise
        except Exception as e:  # any failure inside Presidio/spaCy means "not scanned"
            raise DetectorError(f"detection failed: {e.__class__.__name__}") from e
        findings = []
        for entity_type, start, end, score, meta, suffix in results:
            if score < self.thresholds.get(entity_type, self.default_threshold):
                continue
            data_class = self.entity_classes.get(entity_type)
            if data_class is None:
                continue
            findings.append(
                Finding(
                    entity_type=entity_type,
                    data_class=data_class,
                    start=start,
                    end=end,
                    score=round(float(score), 3),
                    recognizer=str((meta or {}).get("recognizer_name", "unknown")) + suffix,
                    subject=(meta or {}).get("subject"),
                )
            )
        findings = resolve_overlaps(findings + self._split_values(text))
        person = self.entity_classes.get("PERSON")
        if person is not None:
            # "De Vries Bouw BV", "Marks & Spencer": a firm's name, from any recognizer or the model;
            # dropped before and after the further mentions, which must not spread from it
            # ... and "Storm Darragh", "Clare's Law", "Ben & Jerry's", "zaal Rembrandt" name things
            firms = _word_prefixes(firm_runs(text)) if _MAY_NAME_FIRM.search(text) is not None else None
            findings = [f for f in findings if not _not_a_person(text, f, firms)]
            findings = resolve_overlaps(findings + self._more_names(text, findings, person))
            findings = [f for f in findings if not _not_a_person(text, f, firms)]
        return findings

    def _split_values(self, text: str) -> list[Finding]:
        """The pieces of an IBAN or BSN cut up, each as a finding of the whole value's type."""
        out: list[Finding] = []
        for entity_type, pieces, name in (
            ("IBAN_CODE", split_ibans, "iban_split"),
            ("IBAN_CODE", grouped_ibans, "iban_grouped"),
            ("NL_BSN", split_bsns, "bsn_split"),
            ("CREDIT_CARD", split_cards, "card_split"),
        ):
            data_class = self.entity_classes.get(entity_type)
            if data_class is not None:
                out += [Finding(entity_type, data_class, start, end, 0.6, name) for start, end in pieces(text)]
        return out

    @staticmethod
    def _more_names(text: str, findings: list[Finding], person: DataClass) -> list[Finding]:
        """A found name named again further on ("... Wexford also asked"), names joined to one
        ("Jones and Wade"), and the names of found addresses ("Ask Brenda ... brenda.walsh@acme.nl"):
        each extends what the recognizers found, so none is a text's first finding; but a chat's
        speakers who are all first names ("chinedu: ... ada: ...") are persons on their own."""
        scores = [f.score for f in findings if f.entity_type == "PERSON"]
        more: list[Finding] = []
        if scores:
            more += [
                Finding("PERSON", person, start, end, min(scores), "name_mention")
                for start, end in repeated_mentions(text, findings)
            ]
            more += [
                Finding("PERSON", person, start, end, min(scores), "name_conjunct")
                for start, end in coordinated_names(text, findings + more)
            ]
        if ":" in text or ">" in text:
            more += [
                Finding("PERSON", person, start, end, min(scores, default=0.6), "chat_speaker")
                for start, end in chat_speakers(text, findings + more)
            ]
        scores += [f.score for f in more]
        if scores:
            more += [
                Finding("PERSON", person, start, end, min(scores), "list_item")
                for start, end in listed_names(text, findings + more)
            ]
            more += [
                Finding("PERSON", person, start, end, min(scores), "name_column")
                for start, end in column_names_of_people(text, findings + more)
            ]
            more += [
                Finding("PERSON", person, start, end, min(scores), "name_tail")
                for start, end in name_tails(text, findings + more)
            ]
        authors = author_list_names(text) + register_line_names(text)
        if authors:  # "Okafor J, Hartigan PM, de Vries AB.": each author not already found
            found = SpanIndex((f.start, f.end) for f in findings if f.entity_type == "PERSON")
            more += [
                Finding("PERSON", person, start, end, 0.6, "author_list")
                for start, end in authors
                if not found.overlaps(start, end)
            ]
        if "@" in text:
            more += [
                Finding("PERSON", person, start, end, 0.6, "address_name")
                for start, end in address_names(text, findings + more)
            ]
        return more

    def _analyze(
        self, analyzer: AnalyzerEngine, canon: Canonical, language: str | None
    ) -> list[tuple[str, int, int, float, Any, str]]:
        """Every pass over the canonical text; offsets into the original text."""
        results = [
            (r.entity_type, r.start, r.end, r.score, r.recognition_metadata, "")
            for r in analyzer.analyze(text=canon.text, language=BASE, entities=self._base_entities, regex_flags=0)
        ]
        if self._ner_entities:
            found = [(start, end) for t, start, end, _, _, _ in results if t == "PERSON"]
            results += [(*r, "") for r in self._ner_pass(analyzer, canon.model_text, language, found)]
        results = [(t, *canon.to_original(s, e), score, meta, suffix) for t, s, e, score, meta, suffix in results]
        return results + self._extras_pass(analyzer, canon)

    def _extras_pass(self, analyzer: AnalyzerEngine, canon: Canonical) -> list[tuple[str, int, int, float, Any, str]]:
        """The pattern pass over joined lines and decoded runs, all in one call (each call has a
        fixed cost); a finding maps back through its extra text to the original."""
        found = extras(canon.text, budget=self.max_chars)
        if not found:
            return []
        starts: list[int] = []
        parts: list[str] = []
        pos = 0
        for extra in found:
            starts.append(pos)
            parts.append(extra.text)
            pos += len(extra.text) + len(_EXTRA_SEPARATOR)
        combined = _EXTRA_SEPARATOR.join(parts)
        out: list[tuple[str, int, int, float, Any, str]] = []
        for r in analyzer.analyze(text=combined, language=BASE, entities=self._base_entities, regex_flags=0):
            i = bisect_right(starts, r.start) - 1
            extra, offset = found[i], starts[i]
            s, e = extra.to_canonical(r.start - offset, min(r.end - offset, len(extra.text)))
            out.append((r.entity_type, *canon.to_original(s, e), r.score, r.recognition_metadata, "+" + extra.kind))
        return out

    def _ner_pass(
        self, analyzer: AnalyzerEngine, text: str, language: str | None, found: list[tuple[int, int]]
    ) -> list[tuple[str, int, int, float, Any]]:
        spans = [Span(0, len(text), language)] if language else paragraph_languages(text, default=self.default_language)
        out: list[tuple[str, int, int, float, Any]] = []
        names = SpanIndex(found)
        # none: the model could only confirm what the name lists already found
        todo = [
            (w_start, w_end, lang)
            for start, end, lang in _regions(spans, set(self.pipelines), NER_CHUNK, text)
            for w_start, w_end in windows(text, start, end, unexplained_words(text, start, end, names))
        ]
        if not todo or self._vocabularies is None:
            return out
        with self._vocabularies.model_zone():
            for w_start, w_end, lang in todo:
                for r in analyzer.analyze(text=text[w_start:w_end], language=lang, entities=self._ner_entities):
                    s, e = r.start + w_start, r.end + w_start
                    s = _after_greeting(text, s, e)
                    if _plausible_name(text[s:e]):
                        out.append((r.entity_type, s, e, r.score, r.recognition_metadata))
                    elif (pair := _name_in(text, s, e)) is not None:
                        out.append((r.entity_type, *pair, r.score, r.recognition_metadata))
        return out


# Before the firm tests: a legal form's letters, or an ampersand, anywhere in the text.
_MAY_NAME_FIRM = regex.compile(
    r"[BNV]\.?V|Ltd|LLC|LLP|Inc|Corp|PLC|plc|GmbH|AG|KG|S\.?A|SARL|SAS|BVBA|CommV|SRL|Pty|&|Zonen"
)


def _word_prefixes(runs: list[str]) -> frozenset[str]:
    """Each run and its leading words: "De Vries Bouw", "De Vries", "De"."""
    out: set[str] = set()
    for run in runs:
        words = run.split()
        out.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return frozenset(out)


def _not_a_person(text: str, finding: Finding, firms: frozenset[str] | None) -> bool:
    """A PERSON finding that names a firm (when the text may name one: `firms` is not None) or
    another thing called after someone (names.eponyms)."""
    from dlp_proxy.detection.names.name_lexicon import lexicon

    if finding.entity_type != "PERSON":
        return False
    if firms is not None and _firm_name(text, finding, firms):
        return True
    lex = lexicon()
    return names_a_thing(text, finding.start, finding.end, lex.surnames, lex.places)


def _firm_name(text: str, finding: Finding, firms: frozenset[str]) -> bool:
    """The PERSON finding names a firm: a legal form follows ("De Vries Bouw BV"), an ampersand
    joins it to one other word ("Marks & Spencer"), or the text names a firm with a legal form
    that starts with these words ("Jansen Transport BV" ... "Jansen Transport kan eerder")."""
    from dlp_proxy.detection.names.name_lexicon import lexicon

    if firm_after(text, finding.end):
        return True
    if " ".join(text[finding.start : finding.end].split()) in firms:
        return True
    lex = lexicon()
    return "&" in text and ampersand_firm(text, finding.start, finding.end, lex.first_names, lex.surnames)


# Words the model runs into the name after them ("Congrats Hendrik", "Happy birthday"): never a name part.
_GREETINGS = frozenset(
    """congrats congratulations hi hey hello hiya dear thanks thank cheers happy welcome bye goodbye rip
    morning evening birthday hoi hallo beste lieve dag gefeliciteerd proficiat bedankt""".split()
)
_LEADING_WORD = regex.compile(r"([\p{L}'’]+)[ \t]+")


def _after_greeting(text: str, start: int, end: int) -> int:
    """Where a model span starts once greetings before its first name are left out."""
    while (m := _LEADING_WORD.match(text, start, end)) is not None and m.group(1).casefold() in _GREETINGS:
        start = m.end()
    return start


_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)+")


def _name_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The model ran a name on into a CSV cell or a heading ("12345,Dean Harvey", "Jordan Hughes -
    status"): the one run of two or more capitalised words in text[start:end] that is a
    plausible name on its own, if any."""
    runs = [m.span() for m in _CAPITALISED_RUN.finditer(text, start, end) if _plausible_name(m.group())]
    return runs[0] if len(runs) == 1 else None


def _plausible_name(span: str) -> bool:
    """A statistical PERSON span counts when it looks like a name and one of its words is a
    known first name or surname. The small English model also tags capitalised verbs
    ("Summarise"), products ("Jira"), brands and places ("Albert Heijn", "Den Haag") and CSV
    cells running into an address; the name lists (deduce) confirm the real ones."""
    from dlp_proxy.detection.names.name_lexicon import lexicon
    from dlp_proxy.detection.names.name_words import PRODUCT_PHRASES

    if len(span) > 60 or any(c.isdigit() or c in "@;,|/\\<>=" for c in span):
        return False
    words = [w.strip(".'’-") for w in span.split()]
    if not 1 <= len(words) <= 5:
        return False
    phrase = " ".join(words).casefold()
    if phrase in PRODUCT_PHRASES or phrase in lexicon().places:
        return False  # "Albert Heijn", "Den Haag": shaped like a name, listed as a brand or place
    if any(w[:1].isupper() and name_word(w) for w in words):
        return True
    # "Mark Carter", "Julia Hogan": the model's span starts with a first name that is also a word,
    # and a surname-like word follows (not "Mark Down", "Grace Period")
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and first_name_pair(words[0], words[-1])


def _regions(spans: Sequence[Span], languages: set[str], limit: int, text: str) -> list[tuple[int, int, str]]:
    """Merge adjacent paragraphs of one NER language into pieces of at most `limit` characters.

    Only neighbours merge: a Dutch paragraph between two English ones keeps them apart, so
    the English model never reads the Dutch text in between.
    """
    regions: list[tuple[int, int, str]] = []
    for s in spans:
        language = s.language
        if s.end <= s.start or language not in languages:
            continue
        if regions and _adjacent(regions, s, text) and s.end - regions[-1][0] <= limit:
            regions[-1] = (regions[-1][0], s.end, language)
            continue
        start = s.start
        while s.end - start > limit:  # one huge paragraph: cut at the last space before the limit
            cut = text.rfind(" ", start, start + limit)
            cut = cut if cut > start else start + limit
            regions.append((start, cut, language))
            start = cut
        regions.append((start, s.end, language))
    return regions


def _adjacent(regions: list[tuple[int, int, str]], span: Span, text: str) -> bool:
    """The last region has the same language and only white space lies between it and `span`."""
    end, language = regions[-1][1], regions[-1][2]
    return language == span.language and not text[end : span.start].strip()


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Drop a finding that lies inside another at least as sure of itself.

    A validated identifier (score 1.0) inside a statistical name span (0.85) survives: the
    NER model sometimes runs a name on into the e-mail address or IBAN next to it. Where a phone
    number and another type are as sure of the same span, the other type wins: ten digits under
    an "NHS number" label are the patient's number, not a phone.
    """
    ordered = sorted(findings, key=lambda f: (f.start, -(f.end - f.start), -f.score, f.entity_type == "PHONE_NUMBER"))
    kept: list[Finding] = []
    active: list[Finding] = []  # kept findings that may still contain later ones
    for f in ordered:
        active = [k for k in active if k.end > f.start]
        if any(f.end <= k.end and k.score >= f.score for k in active):
            continue
        kept.append(f)
        active.append(f)
    return _merge_same_type(kept)


def _merge_same_type(findings: list[Finding]) -> list[Finding]:
    """One finding for overlapping findings of one type (and client): their joint span, with the
    score and recognizer of the surest. A key found by its vendor shape inside a longer prose
    match, or two name rules' spans that overlap, is one value to mask and to count, not two."""
    out: list[Finding] = []
    open_by_type: dict[tuple[str, str | None], int] = {}  # (type, subject) -> index in out
    for f in findings:  # ordered by start
        key = (f.entity_type, f.subject)
        j = open_by_type.get(key)
        if j is not None and f.start < out[j].end:
            held = out[j]
            surest = f if f.score > held.score else held
            out[j] = replace(surest, start=held.start, end=max(held.end, f.end))
            continue
        open_by_type[key] = len(out)
        out.append(f)
    return out
