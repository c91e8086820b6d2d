"""The person-name rules: one pass over the tokens of a text, trying each rule at each word.

A name is a listed first name followed by a surname ("Jan de Vries", "John Smith"), initials
followed by a surname ("J.P. Balkenende"), "surname, first name" ("Van der Berg, Jan"), or a
capitalised name after a title ("dhr. Jansen"), a salutation ("Beste Anna,"), a sign-off
("Groeten,\\nPiet"), a field label ("Naam: Kees van der Berg"), a list label ("Aanwezig: Jan,
Piet"), or a chat speaker ("[10:02] Piet: ..."). A listed first name alone counts only in such
a place or where the words around it make it a person ("vraag het aan Sanne", "Sanne belt",
"(Bram)", "@Pieter"). The span is the name only.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.name_lexicon import Lexicon
from dlp_proxy.detection.names.name_scan import NameScan

STRONG = 0.85  # listed first name + listed surname, initials + surname, title + surname
MEDIUM = 0.7  # listed first name + capitalised unknown surname; salutation + first name
WEAK = 0.6  # a single initial + a capitalised unknown word

# Tokens after which a name standing after a salutation or sign-off must end.
_SALUTATION_END = frozenset({",", "!", ".", ":", ";"})
_SIGNOFF_END = frozenset({",", "|", "(", "-", "<", "/", "–"})
# Tokens that end an item of a list of people ("Aanwezig: Jan, Piet (voorzitter) en Sanne").
_ITEM_END = frozenset({",", ";", "(", "/", "&", "en", "and"})
# What may stand before a chat speaker on its line: a time, perhaps a date ("[10:02]", "12-03-2024 10:02 -").
_TIMESTAMP = regex.compile(
    r"[ \t]*(?:[-*•>][ \t]*)?[\[(]?(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*[-–]?[ \t]*"
)


@dataclass(frozen=True)
class Name:
    """A parsed candidate, by token index: [start, end)."""

    start: int
    end: int
    firsts: int = 0  # number of first names (hyphenated ones count once)
    first_known: bool = False  # the first of them is in the list
    initials: str = ""  # letters of the initials, "" when none
    interfix: bool = False
    surname: str = ""  # "known", "known_ordinary", "unknown" or "" (no surname)
    surname_at: int = -1  # token index of the surname


class NameFinder(NameScan):
    """One left-to-right pass over the tokens; each position tries the rules in a fixed order."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        super().__init__(text)
        self.lex = lex

    def find(self) -> list[tuple[int, int, float]]:
        self.items = self._list_items()
        found: list[tuple[int, int, float]] = []
        i = 0
        while i < self.n:
            hit = self._at(i) if self.is_word(i) else None
            if hit:
                start, end, score = hit
                found.append((self.starts[start], self.ends[end - 1], score))
                i = end
            else:
                i += 1
        return found

    def _at(self, i: int) -> tuple[int, int, float] | None:
        for rule in (
            self._speaker,
            self._label,
            self._list_item,
            self._salutation,
            self._sign_off,
            self._title,
            self._initials_first,
            self._reverse,
            self._forward,
            self._capitalised_interfix,
            self._lone_first_name,
        ):
            hit = rule(i)
            if hit:
                return hit
        return None

    # -- rules: each returns (start token, end token, score) or None ------------------------

    def _forward(self, i: int) -> tuple[int, int, float] | None:
        """'Jan de Vries', 'Pieter Jansen', 'John F. Kennedy', 'Sanne Bakker-de Wit'."""
        if not self.first_name_end(i):
            return None
        name = self._parse(i, "plain")
        if name is None or not name.firsts or not name.surname or self._not_a_name(name):
            return None
        ambiguous = self.words[i] in self.lex.ambiguous_first_names
        if name.interfix or name.initials:
            # "Fleur van Doorn" yes, "Will van Kubernetes" no: an interfix is strong evidence,
            # unless the first word is a function word and the surname is not listed.
            word_like = self.words[i] in self.lex.word_first_names
            ok = name.surname.startswith("known") or (not word_like and name.surname == "unknown")
            return (name.start, name.end, STRONG) if ok else None
        if name.surname == "known":
            return name.start, name.end, STRONG
        if not ambiguous:
            return name.start, name.end, MEDIUM
        # "Roos Groen", "Julia Kok": a first name that is a noun or a brand, and a listed surname
        # that is a Dutch word. Not "Will Post" or "May Bank": English function words and nouns.
        if (
            name.surname == "known_ordinary"
            and self.words[i] not in self.lex.word_first_names
            and self.words[name.surname_at].lower() not in words.EN_WORDS
        ):
            return name.start, name.end, MEDIUM
        return None

    def _initials_first(self, i: int) -> tuple[int, int, float] | None:
        """'J. de Vries', 'J.P. Balkenende', 'A.B.C. Jansen'."""
        letters, k = self.initials(i)
        if not letters or (
            len(letters) > 1 and letters.lower() in words.ABBREVIATIONS and self.interfix_end(k) is None
        ):
            return None  # "U.S. Army"; but "A.M. van Mispelen"
        if i > 0 and self.joined(i) and self.words[i - 1] not in "([\"'“‘":
            return None  # inside an abbreviation or a dotted identifier
        name = self._parse(i, "plain")
        if name is None or not name.surname or self._not_a_name(name):
            return None
        if name.interfix or name.surname == "known" or len(letters) > 1:
            return name.start, name.end, STRONG
        previous_capitalised = i > 0 and not self.first_on_line[i] and self.cap(i - 1)
        if self.first_on_line[i] or letters in "IVX" or previous_capitalised:
            return None  # "A. Introduction", "II. Methods", "Plan B. Then"
        if self.gap(i + 2) != " ":
            return None  # "other than Z.  According to": two spaces end a sentence
        return name.start, name.end, WEAK

    def _title(self, i: int) -> tuple[int, int, float] | None:
        """'dhr. Jansen', 'mevrouw De Vries', 'Mr. Smith', 'prof. dr. J. de Vries'."""
        j = self._after_titles(i)
        if j is None or not self.spaced(j):
            return None
        name = self._parse(j, "title")
        if name is None or self._not_a_name(name) or not (name.surname or name.first_known):
            return None
        return name.start, name.end, STRONG

    def _salutation(self, i: int) -> tuple[int, int, float] | None:
        """'Beste Anna,', 'Hi Sarah,', 'Dear John,', 'Geachte heer Jansen,'."""
        if not self.first_on_line[i]:
            return None
        j = self.phrase_end(i, self.lex.salutations)
        if j is None:
            return None
        if j < self.n and self.words[j] == ",":
            j += 1
        if not self.spaced(j):
            return None
        titled = self._title(j)
        if titled:
            return titled
        name = self._parse(j, "context")
        end_ok = name is not None and (self.line_ends(name.end) or self.words[name.end] in _SALUTATION_END)
        return self._context_score(name) if end_ok else None

    def _sign_off(self, i: int) -> tuple[int, int, float] | None:
        """'Met vriendelijke groet,\\nJan Jansen', 'Groeten,\\nPiet', 'Kind regards,\\nEmma Wilson'."""
        # Also after a sentence on the same line, capitalised: "Kun je dat sturen? Groet, Rosa".
        inline = not self.first_on_line[i] and self.words[i - 1] in ".!?" and self.spaced(i) and self.cap(i)
        if not (self.first_on_line[i] or inline):
            return None
        j = self.phrase_end(i, self.lex.sign_offs)
        if j is None:
            return None
        comma = False
        while j < self.n and self.words[j] in ",.!-" and not self.first_on_line[j] and j - i < 8:
            comma = comma or self.words[j] == ","
            j += 1
        if not (self.next_line(j) or (comma and self.spaced(j))) or (inline and not comma):
            return None
        name = self._parse(j, "context")
        end_ok = name is not None and (
            self.line_ends(name.end) or (not inline and self.words[name.end] in _SIGNOFF_END)
        )
        return self._context_score(name) if end_ok else None

    def _label(self, i: int) -> tuple[int, int, float] | None:
        """'Naam: Kees van der Berg', 'From: John Smith', 't.a.v. dhr. Jansen'."""
        j = self.phrase_end(i, self.lex.labels)
        if j is None:
            return None
        colon = j < self.n and self.words[j] == ":" and not self.first_on_line[j]
        if colon:
            j += 1
        elif " ".join(self.words[i:j]).lower().replace(" .", ".") not in words.LABELS_WITHOUT_COLON:
            return None
        # "Aan:\nJ. Mathurin", "Bill to:\nCarol Cooper": an address block puts the name below.
        below = colon and self.line_ends(j) and j < self.n and self.gap(j).count("\n") == 1
        if not (self.spaced(j) or below):
            return None
        titled = self._title(j)
        if titled:
            return titled
        name = self._parse(j, "context")
        if name is None or self._not_a_name(name):
            return None
        # "name: Checkout" (CI configs), "Author: Explosion": a label alone does not make an
        # unlisted word a name; a listed first name, listed surname, interfix or initials must.
        ambiguous = self.words[name.start] in self.lex.ambiguous_first_names
        if (name.first_known and not ambiguous) or name.interfix or name.initials or name.surname == "known":
            return name.start, name.end, STRONG
        return (name.start, name.end, MEDIUM) if name.first_known and name.surname == "unknown" else None

    def _reverse(self, i: int) -> tuple[int, int, float] | None:
        """'Van der Berg, Jan', 'Jansen, Pieter', 'de Vries, J.'."""
        j = self.interfix_end(i, allow_capital=True)
        interfix = j is not None
        j = j if j is not None else i
        if not self.cap(j):
            return None
        end = self.surname_end(j)
        kind = self.surname_kind(j, end, interfix)
        if not (kind == "known" or (interfix and kind.startswith("known"))):
            return None
        if not (end + 1 < self.n and self.words[end] == "," and self.joined(end) and self.spaced(end + 1)):
            return None
        f = end + 1
        letters, e = self.initials(f)
        if not letters:
            first_end = self.first_name_end(f)
            if first_end is None:
                return None
            if self.words[f] in self.lex.ambiguous_first_names and not self.line_ends(first_end):
                return None  # "Amsterdam, May 12": an ambiguous first name must end the line
            e = first_end
        if e < self.n and self.spaced(e) and (self.cap(e) or self.interfix_end(e) is not None):
            return None  # "Bakker, Jan de Vries": a list, and a forward name follows
        return i, e, STRONG

    def _capitalised_interfix(self, i: int) -> tuple[int, int, float] | None:
        """'met De Vries', 'zei Van den Heuvel': Dutch capitalises the interfix of a surname that
        stands without first name or initials. At the start of a sentence "De" is just "the"."""
        word = self.words[i]
        if not word[0].isupper():
            return None
        sentence_start = self.first_on_line[i] or self.words[i - 1] in ".!?:;\"'“(" or not self.spaced(i)
        if sentence_start and word.lower() not in ("van", "von"):
            return None
        k = self.interfix_end(i, allow_capital=True)
        if k is None or not (self.spaced(k) and self.cap(k)):
            return None
        surname = self.words[k]
        listed = surname in self.lex.interfix_surnames or surname in self.lex.surnames
        end = self.surname_end(k)
        phrase = " ".join(self.words[i:end]).casefold()
        if (
            not listed
            or phrase in self.lex.places
            or (surname.casefold() in self.lex.places and surname not in self.lex.surnames)
        ):
            return None  # "Van Amsterdam naar Utrecht", "in Den Haag"
        return i, end, MEDIUM

    def _speaker(self, i: int) -> tuple[int, int, float] | None:
        """'Piet: kan iemand ...', '[10:02] Sanne: ja', 'T. Moensendijk: ik bel': a chat speaker.

        The name opens its line (after a time stamp, perhaps) and a colon follows it. Without a
        time stamp an ambiguous first name is not enough ("Mark: done" may be an instruction)."""
        stamped = False
        if not self.first_on_line[i]:
            # A time stamp is short: look back a bounded stretch, so the scan stays linear.
            window = max(0, self.starts[i] - 40)
            line_start = self.text.rfind("\n", window, self.starts[i]) + 1
            if line_start == 0 and window > 0:
                return None
            if not _TIMESTAMP.fullmatch(self.text, line_start, self.starts[i]):
                return None
            stamped = True
        name = self._parse(i, "context")
        if name is None or name.end >= self.n or self.words[name.end] != ":" or not self.joined(name.end):
            return None
        if not (self.line_ends(name.end + 1) or self.spaced(name.end + 1)) or self._not_a_name(name):
            return None
        ambiguous = self.words[i] in self.lex.ambiguous_first_names
        if name.initials and name.surname and name.surname != "bad":
            return name.start, name.end, MEDIUM
        if name.first_known and (stamped or not ambiguous):
            return name.start, name.end, MEDIUM if not name.surname else STRONG
        return None

    def _list_items(self) -> frozenset[int]:
        """Token indices where an item of a list of people starts ('Aanwezig: Jan, Piet en Sanne')."""
        items: set[int] = set()
        for i in range(self.n):
            if not self.first_on_line[i] or self.words[i].lower() not in self.lex.list_labels.index:
                continue
            j = self.phrase_end(i, self.lex.list_labels)
            if j is None or j >= self.n or self.words[j] != ":":
                continue
            j += 1
            items.add(j)
            while j < self.n and not self.line_ends(j):
                if self.words[j].lower() in _ITEM_END and self.words[j] != "(":
                    items.add(j + 1)
                j += 1
        return frozenset(items)

    def _list_item(self, i: int) -> tuple[int, int, float] | None:
        """One name of a list of people: 'C. Aalts', 'Ben van Enschot', 'B. Lane', 'Sanne'."""
        if i not in self.items or not self.cap(i) and not self.initials(i)[0]:
            return None
        titled = self._title(i)
        if titled:
            return titled
        letters, k = self.initials(i)
        if letters and self.spaced(k):
            after = self.interfix_end(k)
            s = after if after is not None and self.spaced(after) else k
            if self.cap(s):
                end = self.surname_end(s)
                return (i, end, MEDIUM) if self._item_ends(end) else None
        name = self._parse(i, "context")
        if name is None or self._not_a_name(name) or not self._item_ends(name.end):
            return None
        if name.first_known or name.interfix or name.surname == "known":
            return name.start, name.end, MEDIUM
        return None

    def _item_ends(self, end: int) -> bool:
        return self.line_ends(end) or self.words[end].lower() in _ITEM_END

    def _lone_first_name(self, i: int) -> tuple[int, int, float] | None:
        """A listed first name alone where the words around it make it a person: after a verb or
        preposition ('vraag het aan Sanne', 'according to Sarah'), opening a sentence before a
        verb ('Sanne belt terug', 'Vincent to call back'), in brackets ('(Bram)'), or mentioned
        ('@Pieter'). First names that are also words, products or places never count alone."""
        word = self.words[i]
        if word not in self.lex.first_names or word in self.lex.ambiguous_first_names:
            return None
        if word.casefold() in self.lex.places:
            return None
        end = self.first_name_end(i) or i + 1
        if end < self.n and self.spaced(end) and (self.cap(end) or self.interfix_end(end) is not None):
            return None  # part of a longer name: the other rules decide
        prev = self.words[i - 1] if i > 0 else ""
        hit = (i, end, MEDIUM)
        if prev == "(" and self.joined(i) and end < self.n and self.words[end] == ")" and self.joined(end):
            return hit
        if prev == "@" and self.joined(i) and not (i > 1 and self.joined(i - 1) and self.words[i - 2].isalnum()):
            return hit  # "@Pieter", not "jan@Pieter"
        if prev.lower() in words.LEAD_WORDS and prev.islower() and self.spaced(i):
            return hit
        opens = self.first_on_line[i] or prev in (".", "!", "?", ":", ";")
        if opens and end < self.n and self.spaced(end) and self.words[end] in words.SUBJECT_VERBS:
            return hit
        return None

    # -- parsing ----------------------------------------------------------------------------

    def _parse(self, i: int, mode: str) -> Name | None:
        """[initials] [first names] [interfix] surname, starting at token i.

        mode "plain": names must come from the list; "title": after a title, the interfix may be
        capitalised ("mevrouw De Vries"); "context": after a salutation, sign-off or label, an
        unlisted capitalised first word is allowed.
        """
        lex = self.lex
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
                first_known = first_known or (not firsts and end > j and self.words[j] in lex.first_names)
                firsts.append(j)
                j = end
            if firsts and self.spaced(j):
                middle, k = self.initials(j)
                if 0 < len(middle) <= 2 and self.spaced(k):
                    letters, j = middle, k
        if j != i and not self.spaced(j):
            return self._single(i, firsts, first_known, letters)
        after = self.interfix_end(j, allow_capital=mode == "title" or j == i)
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
            and self.words[j].lower() not in self.lex.ordinary
            and j + 1 < self.n
            and self.spaced(j + 1)
            and (self.cap(j + 1) or self.interfix_end(j + 1) is not None)
        )

    def _more_follows(self, end: int) -> bool:
        """After a first name: another name part on the same line (so it is not the surname)."""
        if not self.spaced(end):
            return False
        return self.cap(end) or self.interfix_end(end) is not None or bool(self.initials(end)[0])

    def _after_titles(self, i: int) -> int | None:
        """Index after one or more titles starting at i ('prof. dr. ir.'), or None."""
        j, count = i, 0
        while j < self.n and count < 4 and (count == 0 or self.spaced(j)):
            word = self.words[j]
            low = word.lower()
            if word not in (low, low.capitalize()):
                break
            if low == words.TITLE_HEER:
                if j == 0 or self.words[j - 1].lower() not in words.TITLE_HEER_BEFORE:
                    break
            elif low not in words.TITLES:
                break
            if low == "dr" and count == 0 and j > 0 and self.spaced(j) and self.cap(j - 1):
                break  # "Ocean Dr. Miami": a street, not a doctor
            j += 1
            if j < self.n and self.words[j] == "." and self.joined(j):
                j += 1
            count += 1
        return j if count else None

    def _context_score(self, name: Name | None) -> tuple[int, int, float] | None:
        """Score of a name after a salutation or sign-off (ambiguous first names allowed)."""
        if name is None or self._not_a_name(name):
            return None
        if any(w.lower() in words.ASSISTANTS for w in self.words[name.start : name.end]):
            return None  # "Hi Claude," addresses the assistant
        if not name.surname:
            return (name.start, name.end, MEDIUM) if name.first_known else None
        if name.interfix or name.initials or name.surname == "known":
            return name.start, name.end, STRONG
        return (name.start, name.end, MEDIUM) if name.first_known else None

    def _not_a_name(self, name: Name) -> bool:
        """Brands and places shaped like names ('Albert Heijn', 'Sierra Leone'), streets and institutions."""
        phrase = " ".join(self.words[name.start : name.end]).casefold()
        if phrase in words.PRODUCT_PHRASES or (name.end - name.start > 1 and phrase in self.lex.places):
            return True
        before = name.start - 1
        if before >= 0 and self.words[before].isdigit() and self.spaced(name.start):
            if self.words[name.end - 1].lower() in words.EN_STREET_TYPES:
                return True  # "424 Michele Canyon", "12 Oliver Corners": a street
        after = name.end
        if after < self.n and self.spaced(after):
            following = self.words[after].lower()
            return following in words.STREET_WORDS or following in words.INSTITUTION_WORDS
        return False

    def surname_kind(self, start: int, end: int, interfix: bool, place_ok: bool = False) -> str:
        """'known' (listed), 'known_ordinary' (listed, also a common word), 'unknown' or 'bad'."""
        lex = self.lex
        word = self.words[start]
        phrase = " ".join(w for w in self.words[start:end] if w != "-")
        known = word in lex.surnames or phrase in lex.surnames or (interfix and word in lex.interfix_surnames)
        low = word.lower()
        if known:
            return "known_ordinary" if low in lex.ordinary else "known"
        if low in lex.ordinary or low.endswith(words.STREET_SUFFIXES) or low.endswith(words.INSTITUTION_SUFFIXES):
            return "bad"
        if not (interfix or place_ok) and word.casefold() in lex.places:
            return "bad"  # "Jan Amsterdam"; but "van Doorn", "E. Oosterhout" are surnames
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

    def interfix_end(self, i: int, allow_capital: bool = False) -> int | None:
        return self.phrase_end(i, self.lex.interfixes, lower_only=not allow_capital)
