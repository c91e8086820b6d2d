"""Parsing one candidate name at a token: [initials] [first names] [interfix] surname.

The rules (name_context, lone_name, name_finder) decide whether a parsed candidate is a name;
this layer only says what it is made of, and how sure each part is (surname_kind).
"""

from __future__ import annotations

from dataclasses import dataclass

from dlp_proxy.detection.names import cue_words
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.census_surnames import census_surnames
from dlp_proxy.detection.names.english_words import is_english_word
from dlp_proxy.detection.names.name_lexicon import Lexicon
from dlp_proxy.detection.names.name_scan import BARE_INITIAL_TITLES, BULLETS, NameScan

STRONG = 0.85  # listed first name + listed surname, initials + surname, title + surname
MEDIUM = 0.7  # listed first name + capitalised unknown surname; salutation + first name
WEAK = 0.6  # a single initial + a capitalised unknown word

Hit = tuple[int, int, float]  # start token, end token, score

# What a surname candidate is, surest first. "ordinary": a common word ("Moet", "Klein", "Lees")
# that is a surname only after a confident first name, initials, a title or a label; "place": a
# Dutch village or town ("Oosterhout"), a surname after a confident first name.
KNOWN = ("known", "known_ordinary")
# Before an initial without its dot: prepositions that send something to or name a person.
_BARE_INITIAL_LEADS = frozenset("to naar aan with met by door from cc voor for".split())
_WORD_LETTERS = frozenset("AIOU")
WEAK_SURNAMES = ("ordinary", "place")


@dataclass(frozen=True)
class Name:
    """A parsed candidate, by token index: [start, end)."""

    start: int
    end: int
    firsts: int = 0  # number of first names (hyphenated ones count once)
    first_known: bool = False  # the first of them is in the list
    initials: str = ""  # letters of the initials, "" when none
    interfix: bool = False
    surname: str = ""  # a kind of surname_kind, or "" (no surname)
    surname_at: int = -1  # token index of the surname


class NameParser(NameScan):
    """The tokens of one text, the lexicon, and the parse of a name at any token."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        super().__init__(text)
        self.lex = lex
        self._parsed: dict[tuple[int, str], Name | None] = {}

    def parse(self, i: int, mode: str) -> Name | None:
        """[initials] [first names] [interfix] surname, starting at token i.

        mode "plain": names must come from the list; "title": after a title, the interfix may be
        capitalised ("mevrouw De Vries"); "context": after a salutation, sign-off or label, an
        unlisted capitalised first word is allowed. Several rules ask for the same parse: each
        is worked out once per text.
        """
        key = (i, mode)
        if key not in self._parsed:
            self._parsed[key] = self._parse(i, mode)
        return self._parsed[key]

    def _parse(self, i: int, mode: str) -> Name | None:
        letters, j = self.initials(i)
        firsts: list[int] = []
        first_known = False
        if not letters:
            while len(firsts) < 4 and (j == i or self.spaced(j)):
                end = self.first_name_end(j)
                if end is None and not firsts and mode == "context" and self._unknown_first(j):
                    end = j + 1
                if end is None or (firsts and not self._more_follows(end)):
                    break  # a first name last in line is the surname ("Anna Thomas")
                first_known = first_known or (not firsts and end > j and self.words[j] in self.lex.first_names)
                firsts.append(j)
                j = end
            if firsts and self.spaced(j):
                middle, k = self.initials(j)
                if 0 < len(middle) <= 2 and self.spaced(k):
                    letters, j = middle, k
        if j != i and not self.spaced(j):
            return self._single(i, firsts, first_known, letters)
        # Capitalised interfixes after a title, initials or a listed first name, or opening the
        # name: "mevrouw De Vries", "H. Le Marec", "Kurt De Ridder", "Fatima El Amrani", "Van Dijk".
        confident = first_known and self.words[i] not in self.lex.ambiguous_first_names  # not "Mark De Facto"
        capital = mode == "title" or j == i or bool(letters) or confident
        after = self.interfix_end(j, allow_capital=capital)
        interfix = after is not None and self.cap(after) and (self.spaced(after) or self.words[after - 1] in "'’")
        s = after if interfix and after is not None else j
        if not self.cap(s):
            return self._single(i, firsts, first_known, letters)
        end = self.surname_end(s)
        kind = self.surname_kind(s, end, interfix, place_ok=interfix or bool(letters))
        if kind == "bad":
            if interfix or letters:
                return None
            if len(firsts) >= 2:  # "Anna Maria Kubernetes": keep "Anna Maria"
                last = firsts.pop()
                end = self.surname_end(last)
                kind = self.surname_kind(last, end, False)
                return Name(i, end, len(firsts), first_known, "", False, kind, last) if kind != "bad" else None
            return self._single(i, firsts, first_known, letters)
        return Name(i, end, len(firsts), first_known, letters, interfix, kind, s)

    def _single(self, i: int, firsts: list[int], first_known: bool, letters: str) -> Name | None:
        """A lone first name ("Beste Anna,") when nothing usable follows it."""
        if letters or len(firsts) != 1:
            return None
        end = self.first_name_end(i) or i + 1
        return Name(i, end, 1, first_known)

    def _unknown_first(self, j: int) -> bool:
        return (
            self.cap(j)
            and self.lowered[j] not in self.lex.ordinary
            and j + 1 < self.n
            and self.spaced(j + 1)
            and (self.cap(j + 1) or self.interfix_end(j + 1) is not None)
        )

    def _more_follows(self, end: int) -> bool:
        """After a first name: another name part on the same line (so it is not the surname)."""
        if not self.spaced(end):
            return False
        return self.cap(end) or self.interfix_end(end) is not None or bool(self.initials(end)[0])

    def after_titles(self, i: int) -> int | None:
        """Index after one or more titles starting at i ('prof. dr. ir.'), or None."""
        j, count = i, 0
        while j < self.n and count < 4 and (count == 0 or self.spaced(j)):
            word = self.words[j]
            low = word.lower()
            if word not in (low, low.capitalize()):
                break
            if low == words.TITLE_HEER:
                if j == 0 or self.lowered[j - 1] not in words.TITLE_HEER_BEFORE:
                    break
            elif low not in words.TITLES:
                break
            if low == "dr" and count == 0 and j > 0 and self.spaced(j) and self.cap(j - 1):
                if self.lowered[j - 1] not in words.SALUTATIONS:
                    break  # "Ocean Dr. Miami": a street, not a doctor; but "Dear Dr. Smythe"
            j += 1
            if j < self.n and self.words[j] == "." and self.joined(j):
                j += 1
            count += 1
        return j if count else None

    def not_a_name(self, name: Name, places: bool = True) -> bool:
        """Brands and places shaped like names ('Albert Heijn', 'Sierra Leone'), streets and
        institutions; `places=False`: a place name may be the name (after a form of address)."""
        phrase = " ".join(self.words[name.start : name.end]).casefold()
        if phrase in words.PRODUCT_PHRASES or (places and name.end - name.start > 1 and phrase in self.lex.places):
            return True
        before = name.start - 1
        if before >= 0 and self.words[before].isdigit() and self.spaced(name.start):
            if self.lowered[name.end - 1] in words.EN_STREET_TYPES:
                return True  # "424 Michele Canyon", "12 Oliver Corners": a street
        after = name.end
        if after < self.n and self.spaced(after):
            following = self.lowered[after]
            return following in words.STREET_WORDS or following in words.INSTITUTION_WORDS
        return False

    def stands_apart(self, name: Name) -> bool:
        """The words after a name with a weak part do not make it a heading or a run-on sentence.

        Not "Hoi Sanne Kun je ..." (a common word, then a clause word: the full stop is missing),
        nor "Jordan Solis Group" (a Title Case run of ordinary words)."""
        after = name.end
        if after >= self.n or not self.spaced(after):
            return True
        word = self.words[after]
        if name.surname == "ordinary" and word.lower() in cue_words.CLAUSE_WORDS:
            return False
        return not (self.cap(after) and word.lower() in self.lex.ordinary and word not in self.lex.surnames)

    def surname_kind(self, start: int, end: int, interfix: bool, place_ok: bool = False) -> str:
        """'known', 'known_ordinary' (listed, also a common word), 'ordinary' (a common word),
        'place' (a Dutch place), 'unknown' or 'bad' (a function word, product, month, street)."""
        lex = self.lex
        word = self.words[start]
        phrase = " ".join(w for w in self.words[start:end] if w != "-")
        known = word in lex.surnames or phrase in lex.surnames or (interfix and word in lex.interfix_surnames)
        low = word.lower()
        if known:
            return "known_ordinary" if low in lex.ordinary else "known"
        if low in lex.surname_stop or low.endswith(words.STREET_SUFFIXES + words.INSTITUTION_SUFFIXES):
            return "bad"
        if low in lex.ordinary:
            return "ordinary"
        hyphenated = end > start + 1  # "Lutterveld-Walsteijn": a double surname, whatever its parts
        if not (interfix or place_ok or hyphenated) and word.casefold() in lex.places:
            # "Jan Amsterdam" no, "Thom Oosterhout" perhaps: the rules decide on "place".
            return "bad" if word.casefold() in lex.world_places else "place"
        return "unknown"

    def first_name_end(self, i: int) -> int | None:
        """End of a listed first name at i, hyphenated ones included ('Jan-Willem'), or None."""
        if not (self.cap(i) and self.words[i] in self.lex.first_names):
            return None
        j = i + 1
        if (
            j + 1 < self.n
            and self.words[j] == "-"
            and self.joined(j)
            and self.joined(j + 1)
            and self.words[j + 1] in self.lex.first_names
        ):
            j += 2
        return j

    def surname_end(self, i: int) -> int:
        """End of the surname starting at capitalised token i: 'Bakker-de Wit', 'Bruins Slot'."""
        j, parts = i + 1, 1
        # At most three parts: a surname is short, and a bounded look-ahead keeps the scan linear.
        while parts < 3 and j + 1 < self.n and self.words[j] == "-" and self.joined(j) and self.joined(j + 1):
            parts += 1
            k = self.interfix_end(j + 1)
            k = k if k is not None and self.spaced(k) else j + 1
            if not self.cap(k):
                break
            j = k + 1
        if (
            j < self.n
            and self.spaced(j)
            and self.cap(j)
            and f"{self.words[j - 1]} {self.words[j]}" in self.lex.surnames
        ):
            j += 1
        return j

    def _bare_initial(self, i: int) -> tuple[str, int]:
        """As NameScan's, and also after a preposition that sends something to or names a person,
        or a bullet, before a listed surname or an interfix: "send it to N Chavez", "- R Jackson,
        project lead", "dhr. C van Bergen". Not a letter that is a word ("to A Smith" is rare,
        "I Jackson" none)."""
        letters, end = super()._bare_initial(i)
        if letters or i < 1 or i + 1 >= self.n:
            return letters, end
        word, nxt = self.words[i], self.words[i + 1]
        if len(word) != 1 or not word.isupper() or word in _WORD_LETTERS or not (self.spaced(i) and self.spaced(i + 1)):
            return "", i
        after_interfix = self.interfix_end(i + 1) if nxt.islower() else None
        if after_interfix is not None:
            k = i - 2 if self.words[i - 1] == "." and i >= 2 else i - 1
            if self.lowered[k] in BARE_INITIAL_TITLES and after_interfix < self.n and self.cap(after_interfix):
                return word, i + 1  # "dhr. C van Bergen"
        surname = after_interfix is not None and after_interfix < self.n and self.cap(after_interfix)
        low = nxt.lower()
        listed = nxt in self.lex.surnames or nxt in census_surnames()
        unlisted = (
            len(nxt) > 2
            and nxt.isalpha()
            and nxt.istitle()
            and low not in self.lex.ordinary
            and not is_english_word(low, self.lex.english)
        )
        if nxt.casefold() in self.lex.places or low in words.PRODUCTS or low in self.lex.surname_stop:
            return "", i
        if not (listed or unlisted or surname):
            return "", i
        prev = self.words[i - 1]
        lead = prev in _BARE_INITIAL_LEADS or (prev in BULLETS and self.first_on_line[i - 1])
        return (word, i + 1) if lead else ("", i)

    def interfix_end(self, i: int, allow_capital: bool = False) -> int | None:
        return self.phrase_end(i, self.lex.interfixes, lower_only=not allow_capital)

    def english_surname(self, name: Name) -> bool:
        """The surname is an English word ("Grace Period", "Sky Blue"), or its plural."""
        return is_english_word(self.words[name.surname_at], self.lex.english)

    def confident_first(self, i: int) -> bool:
        """A listed first name that is no ordinary word, product or place ("Imke", "Sanne")."""
        return self.words[i] in self.lex.first_names and self.words[i] not in self.lex.ambiguous_first_names
