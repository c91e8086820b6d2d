"""The person-name rules: one pass over the tokens of a text, trying each rule at each word.

A name is a listed first name followed by a surname ("Jan de Vries", "John Smith", "Imke Moet"),
initials followed by a surname ("J.P. Balkenende", "L. Lees"), "surname, first name" ("Van der
Berg, Jan"), or a name in a place that makes it one: after a title, salutation, sign-off, field
label or list label, or as a chat speaker (name_context). A listed first name alone counts where
the sentence makes it a person (lone_name); lower case and capitals are name_case's. The span
is the name only.

    NameScan (tokens) < NameParser (one candidate) < ContextRules < LoneNameRules < CaseRules < CuedRules
    < NameFinder
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress

from dlp_proxy.detection.names import cue_words as cues
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.census_surnames import census_surnames
from dlp_proxy.detection.names.cued_names import CuedRules
from dlp_proxy.detection.names.english_words import is_english_word
from dlp_proxy.detection.names.name_gate import ALL, FEW, may_start
from dlp_proxy.detection.names.name_parse import KNOWN, MEDIUM, STRONG, WEAK, WEAK_SURNAMES, Hit, Name
from dlp_proxy.detection.names.name_recase import recase_triggers, recased_names

__all__ = ["MEDIUM", "STRONG", "WEAK", "NameFinder"]

# How far after the first token of "Surname, First" its comma can stand: an interfix of up to
# three tokens, a surname of up to three parts joined by hyphens (five tokens) and a second word.
_REVERSE_REACH = 10
# Greetings and fillers that may open a line before a comma and a name, and that the word lists
# lack: "Hiya, Shauna", "Moin, Jens".
_NOT_SURNAMES = frozenset("hiya heya hej hoi hola ciao moin servus salut bonjour yo ok oke lol btw fyi".split())


# First names that are also prepositions: "Per Mitchell, the deadline moved" is according to him.
_PREPOSITION_NAMES = frozenset({"per", "via"})


class NameFinder(CuedRules):
    """One left-to-right pass over the tokens; each position tries the rules in a fixed order."""

    gate: list[int]  # per token, which rules may start there (name_gate); set by find_cased

    def find(self) -> list[tuple[int, int, float]]:
        """The names of the text; those of its lines without case from their re-cased form (name_recase)."""
        found = self.find_cased()
        # Only a word some rule may start at can be a first name or title (name_gate): test those.
        tokens = compress(zip(self.starts, self.words, strict=True), self.gate)
        at = recase_triggers(self.lex, tokens, self.text)
        if not at:
            return found  # no word in lower case or capitals could start a name: most texts
        extra = recased_names(self.text, self.lex, found, self._recased, at)
        return sorted(found + extra) if extra else found

    def _recased(self, text: str) -> list[tuple[int, int, float]]:
        """The names the rules find in a re-cased line, where a capital tells nothing by itself."""
        finder = NameFinder(text, self.lex)
        finder.as_written = False
        return finder.find_cased()

    def find_cased(self) -> list[tuple[int, int, float]]:
        """The names the rules find in the text as it is written."""
        found: list[tuple[int, int, float]] = []
        rules = self._rules()  # bound once per text: building them at every word was a fifth of the time
        # At most words only some rules, or none, can start a name (name_gate): those are tried.
        chains = {FEW: (self._speaker, self._list_item, self._reverse), ALL: rules}
        gate = self.gate = may_start(self.lex, self.words, self._cap, self.items)
        i = 0
        while i < self.n:
            hit = None
            if gate[i]:
                for rule in chains[gate[i]]:
                    hit = rule(i)
                    if hit:
                        break
            if hit:
                start, end, score = hit
                end = self.caps_tail(end)
                found.append((self.starts[start], self.ends[end - 1], score))
                joined = start >= 1 and self.last_end == start - 1 and self.lowered[start - 1] in cues.PAIR_LINKS
                self.chain = self.chain + 1 if joined else 1
                self.last_start, self.last_end = start, end
                i = end
            else:
                i += 1
        return found

    def _rules(self) -> tuple[Callable[[int], Hit | None], ...]:
        """The rules in the order they are tried at each word; the first hit wins."""
        return (
            self._speaker,
            self._label,
            self._address_block,
            self._list_item,
            self._salutation,
            self._sign_off,
            self._title,
            self._initials_first,
            self._reverse,
            self._forward,
            self._capitalised_interfix,
            self.lone_first_name,
            self.lone_surname,
            self.uncased,
            self.lower_cued,
            self.upper_reverse,
            self.upper_slashed,
            self.cued_unknown,
        )

    def _forward(self, i: int) -> Hit | None:
        """'Jan de Vries', 'Pieter Jansen', 'John F. Kennedy', 'Imke Moet', 'Jordan Solis'."""
        if not self.first_name_end(i):
            return None
        name = self.parse(i, "plain")
        if name is None or not name.firsts or not name.surname or self.not_a_name(name):
            return None
        word, kind = self.words[i], name.surname
        word_like = word in self.lex.word_first_names
        if name.interfix or name.initials:
            # "Fleur van Doorn" yes, "Will van Kubernetes" no: an interfix is strong evidence,
            # unless the first word is a function word and the surname is not listed.
            if kind in KNOWN or (not word_like and kind == "unknown"):
                return name.start, name.end, STRONG
            if kind == "unknown" and name.interfix and not self.english_surname(name):
                return name.start, name.end, MEDIUM  # "Ben van Enschot"; not "Will van Kubernetes"
            return (name.start, name.end, MEDIUM) if not word_like and kind in WEAK_SURNAMES else None
        if kind == "known":
            return name.start, name.end, STRONG
        if self.confident_first(i):
            # "Imke Moet", "Thom Oosterhout": after a confident first name a capitalised word is
            # the surname, even a common word or a village, unless a heading or sentence goes on.
            if kind in ("unknown", "known_ordinary") or self.stands_apart(name):
                return name.start, name.end, MEDIUM
            return None
        if word_like or word in self.lex.month_first_names or word in self.lex.thing_first_names:
            # "Will Post", "May Bank": English function words and nouns. "Roos Groen", "Julia Kok":
            # a Dutch word that is also a listed surname.
            listed_word = kind == "known_ordinary" and self.lowered[name.surname_at] not in words.EN_WORDS
            if listed_word and not word_like:
                return name.start, name.end, MEDIUM
            return (name.start, name.end, MEDIUM) if self._noun_surname(name) else None  # "April Mitchell"
        # "Jordan Solis", "Isis Wutke", "Jade Sestig": a first name that is also a noun or a place,
        # then a capitalised word that is no common word, English word or place ("Grace Period").
        surname = self.words[name.surname_at]
        if kind == "unknown" and not self.english_surname(name) and self.stands_apart(name):
            return name.start, name.end, MEDIUM
        if kind == "known_ordinary" and surname.lower() not in words.EN_WORDS:
            return name.start, name.end, MEDIUM
        return None

    def _noun_surname(self, name: Name) -> bool:
        """One surname from the census that WordNet lists as a noun alone ("Mitchell", "Hall"),
        and no heading or sentence goes on after it."""
        return (
            name.surname == "unknown"
            and self.lowered[name.start] not in _PREPOSITION_NAMES
            and name.end == name.surname_at + 1
            and self.words[name.surname_at] in self.lex.noun_surnames
            and self.stands_apart(name)
        )

    def _initials_first(self, i: int) -> Hit | None:
        """'J. de Vries', 'J.P. Balkenende', 'A.B.C. Jansen', 'L. Lees'."""
        letters, k = self.initials(i)
        if not letters or (
            len(letters) > 1 and letters.lower() in words.ABBREVIATIONS and self.interfix_end(k) is None
        ):
            return None  # "U.S. Army"; but "A.M. van Mispelen"
        if i > 0 and self.joined(i) and self.words[i - 1] not in "([\"'“‘":
            return None  # inside an abbreviation or a dotted identifier
        name = self.parse(i, "plain")
        if name is None or not name.surname or self.not_a_name(name):
            return None
        weak = name.surname in WEAK_SURNAMES
        if name.interfix or name.surname == "known" or (len(letters) > 1 and not weak):
            return name.start, name.end, STRONG
        if len(letters) > 1:
            return (name.start, name.end, MEDIUM) if self._initials_surname_ok(name) else None
        previous_capitalised = i > 0 and not self.first_on_line[i] and self.cap(i - 1)
        if previous_capitalised and self.lowered[i - 1] in cues.PERSON_NOUNS and not weak:
            return name.start, name.end, MEDIUM  # "Klant F. Groen geeft", "User M. Howard gets"
        if letters in "IVX" or previous_capitalised:
            return None  # "II. Methods", "Plan B. Then"
        if self.first_on_line[i]:
            # "L. Moenen opent de vergadering", "- R. Belpere neemt contact op"; not "A. Introduction".
            cued = (
                self._subject(i, name.end, "ambiguous")
                or self._role_after(name.end)
                or self._action_to(name.end)
                or self._signature_line(name)
            )
            return (name.start, name.end, MEDIUM) if cued else None  # "- J. Foster, project lead"
        if self.gap(i + 2) != " ":
            return None  # "other than Z.  According to": two spaces end a sentence
        if weak and not self._initials_surname_ok(name):
            return None
        return name.start, name.end, WEAK

    def _action_to(self, end: int) -> bool:
        """An action item's owner: "to" and a verb in lower case follow ("- P. Okeke to update the
        DPIA"). A heading's letter is followed by a heading, not by a task."""
        return (
            end + 1 < self.n
            and self.words[end] == "to"
            and self.spaced(end)
            and self.spaced(end + 1)
            and self.words[end + 1].isalpha()
            and self.words[end + 1].islower()
        )

    def _signature_line(self, name: Name) -> bool:
        """An initial and a surname that is no word, alone on their line: a signature ("Namens de
        gemeente:\nF. Bouzidi\nwethouder"). "A. Introduction", "B. Methods" are words."""
        return name.surname == "unknown" and self.line_ends(name.end) and not self.english_surname(name)

    def _initials_surname_ok(self, name: Name) -> bool:
        """After initials a common word is a surname ("L. Lees") unless an article or pronoun
        follows it ("optie C. Check the logs") or a Title Case heading goes on."""
        after = name.end
        if after >= self.n or not self.spaced(after):
            return True
        if self.words[after] in cues.CLAUSE_WORDS:
            return False  # "C. Check the logs", "B. Open de app": an imperative and its object
        return self.stands_apart(name)

    def _reverse(self, i: int) -> Hit | None:
        """'Van der Berg, Jan', 'Jansen, Pieter', 'de Vries, J.'."""
        if "," not in self.words[i + 1 : i + _REVERSE_REACH]:
            return None  # the comma after the surname: interfixes, three surname parts and a double surname at most
        j = self.interfix_end(i, allow_capital=True)
        interfix = j is not None
        j = j if j is not None else i
        if not self.cap(j):
            return None
        end = self.surname_end(j)
        kind = self.surname_kind(j, end, interfix)
        if not (end + 1 < self.n and self.words[end] == "," and self.joined(end) and self.spaced(end + 1)):
            return None
        f = end + 1
        letters, e = self.initials(f)
        # Before dotted initials that end the name ("Sullivan, A.S. (Finance)", "Nerger, M.S."), a
        # surname the lists lack will do too, if it is no word; a place has its own ("Washington, D.C.").
        dotted = bool(letters) and self.words[e - 1] == "." and (e >= self.n or not self._word_follows(e))
        wordless = kind == "unknown" and not is_english_word(self.lowered[j], self.lex.english)
        # ... and a census surname that is also an English word ("Hartley, J.", "Wheeler, K.M.")
        unlisted = dotted and (wordless or (kind == "unknown" and self.words[j] in census_surnames()))
        # A record's "Surname, First" with a surname the lists lack: it opens the line or a field
        # ("Patient: Kerrigan, Shauna"), a first name that is no word or place ends the field.
        recorded = wordless and not letters and self._field_opens(i) and self.lowered[j] not in _NOT_SURNAMES
        if not (
            kind == "known"
            or (interfix and kind.startswith("known"))
            or (dotted and kind.startswith("known"))
            or unlisted
            or recorded
        ):
            return None
        if not letters:
            first_end = self.first_name_end(f)
            if first_end is None:
                return None
            if self.words[f] in self.lex.ambiguous_first_names and not self.line_ends(first_end):
                return None  # "Amsterdam, May 12": an ambiguous first name must end the line
            if self._day_range(f, first_end):
                return None  # "Mon–Wed Steven, Thu–Sun Deborah": "Thu" opens a range of days
            if recorded and not (kind == "known" or (self.confident_first(f) and self._field_ends(first_end))):
                return None  # "Kerrigan, Shauna" ends its field; "Zoom, Jordan" and prose do not count
            e = first_end
        if e < self.n and self.spaced(e) and (self.cap(e) or self.interfix_end(e) is not None):
            return None  # "Bakker, Jan de Vries": a list, and a forward name follows
        return i, e, STRONG

    def _word_follows(self, e: int) -> bool:
        """A capitalised word or a further initial follows on the same line ("D.C. Metro")."""
        return self.spaced(e) and self.cap(e)

    def _capitalised_interfix(self, i: int) -> Hit | None:
        """'met De Vries', 'zei Van den Heuvel': Dutch capitalises the interfix of a surname that
        stands without first name or initials. At the start of a sentence "De" is just "the"."""
        word = self.words[i]
        if not word[0].isupper() or (len(word) > 1 and word.isupper()):
            return None  # "4685 TE Eindhoven": the letters of a postcode
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
