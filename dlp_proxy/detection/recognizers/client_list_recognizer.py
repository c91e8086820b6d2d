"""CLIENT: names from the organisation's client list (plain or keyed hashes) and client reference patterns."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.regex_time import scan_timeout
from dlp_proxy.detection.results import metadata
from dlp_proxy.textnorm import fold, key, tokens, words_of


def client_hash(secret: bytes, phrase: str) -> str:
    """Keyed hash of a normalised name: what a hashed client list holds instead of the name."""
    return hmac.new(secret, " ".join(key(phrase)).encode("utf-8"), hashlib.sha256).hexdigest()


# An identifier with a hump inside it: a lower-case letter or digit, then a capital ("AcmeExporter",
# "getZorggroepNoorderlicht"), or capitals, then a word ("XMLParser"); and its humps ("Zorggroep",
# "Noorderlicht", "Exporter", "BV", "2").
# (In ASCII: several times faster than the Unicode classes, and identifiers are nearly always ASCII.)
_CAMEL_HINT = re.compile(r"[a-z0-9][A-Z]|[A-Z][A-Z][a-z]")
_ALNUM_RUN = regex.compile(r"[\p{L}\p{N}]*+")
_MAX_IDENTIFIER = 256  # characters of an identifier before its first hump that are read
_HUMP = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+")
_MAX_IDENTIFIERS = 4096  # identifiers looked into per text


class ClientListRecognizer(LocalRecognizer):
    """Whole-word, case- and accent-insensitive matching of client names and references.

    Names are indexed by their first word, so a scan costs one dictionary lookup per word
    of the text whatever the size of the list. Hashed names (exact data match) are checked
    by hashing every run of 1..N words, N being the longest name length in the list.
    """

    def __init__(
        self,
        names: Iterable[str] = (),
        hashes: Iterable[str] = (),
        hash_key: bytes | None = None,
        hash_lengths: Iterable[int] = (1, 2, 3, 4),
        references: Iterable[str] = (),
        supported_language: str = "en",
    ) -> None:
        self._index: dict[str, list[tuple[str, ...]]] = {}
        for name in names:
            k = key(name)
            if k:
                self._index.setdefault(k[0], []).append(k)
        for candidates in self._index.values():
            candidates.sort(key=len, reverse=True)  # longest match first
        self._hashes = frozenset(h.strip().lower() for h in hashes if h.strip())
        self._hash_key = hash_key
        self._hash_lengths = sorted(set(hash_lengths), reverse=True)
        self._references = [regex.compile(p) for p in references]
        super().__init__(
            supported_entities=["CLIENT"], supported_language=supported_language, name="ClientListRecognizer"
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "CLIENT" not in entities:
            return []
        spans: list[tuple[int, int, str]] = []
        if self._index or self._hashes:
            words = words_of(text)
            # Without hashes only a word that opens a listed name can start a match; the
            # offsets are worked out once a name matches (most texts name no client).
            starts = range(len(words)) if self._hashes else [i for i, w in enumerate(words) if w in self._index]
            toks: list[tuple[int, int, str]] = []
            after = 0  # the words of a match are not tried again
            for i in starts:
                if i < after:
                    continue
                n, subject = self._match_at(words, i)
                if n:
                    toks = toks or tokens(text)
                    spans.append((toks[i][0], toks[i + n - 1][1], subject))
                    after = i + n
        if self._index or self._hashes:
            spans += self._in_identifiers(text)
        for n, pattern in enumerate(self._references):
            for m in pattern.finditer(text, timeout=scan_timeout(text, 1.0)):
                if m.end() > m.start():
                    spans.append((m.start(), m.end(), f"reference:{n}"))
        # `subject` says which client matched (for exceptions scoped to one client).
        return [
            RecognizerResult("CLIENT", s, e, 0.9, recognition_metadata={**metadata(self), "subject": subject})
            for s, e, subject in spans
        ]

    def _in_identifiers(self, text: str) -> list[tuple[int, int, str]]:
        """Client names written as (part of) a CamelCase identifier: "ZorggroepNoorderlichtExporter",
        "acmeBvClient". Each hump is a word; a match must cover whole humps. Only the words that
        hold a hump are looked at (most texts hold a few: "iPhone", "GitHub")."""
        spans: list[tuple[int, int, str]] = []
        done = 0  # the end of the last identifier looked at
        for examined, hump in enumerate(_CAMEL_HINT.finditer(text)):
            if examined >= _MAX_IDENTIFIERS:
                break
            if hump.start() < done:
                continue
            start = hump.start()
            while start > 0 and start > hump.start() - _MAX_IDENTIFIER and text[start - 1].isalnum():
                start -= 1
            end = _ALNUM_RUN.match(text, hump.end()).end()
            done = end
            humps = [(h.start(), h.end(), fold(h.group())) for h in _HUMP.finditer(text, start, end)]
            words = [w for _, _, w in humps]
            i = 0
            while i < len(words):
                n, subject = self._match_at(words, i) if words[i] in self._index or self._hashes else (0, "")
                if n:
                    spans.append((humps[i][0], humps[i + n - 1][1], subject))
                    i += n
                else:
                    i += 1
        return spans

    def _match_at(self, words: list[str], i: int) -> tuple[int, str]:
        """Number of words of the client name starting at word i (0: none), and its key."""
        for candidate in self._index.get(words[i], ()):
            if tuple(words[i : i + len(candidate)]) == candidate:
                return len(candidate), " ".join(candidate)
        if self._hashes and self._hash_key is not None:
            for n in self._hash_lengths:
                if i + n <= len(words):
                    phrase = " ".join(words[i : i + n])
                    digest = hmac.new(self._hash_key, phrase.encode("utf-8"), hashlib.sha256).hexdigest()
                    if digest in self._hashes:
                        return n, phrase
        return 0, ""
