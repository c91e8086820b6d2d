"""Names written in lower case or in capitals: 'jan de vries', 'JAN DE VRIES', 'Jan DE VRIES'.

Case is the strongest hint the other rules read, so without it the evidence must come from the
lists: a confident first name (no word, product or place) followed by an interfix and a listed
surname ("jan de vries"), or by a listed surname that is no common word ("PIET JANSEN"; in lower
case only after a first name that is no English word either: "sanne visser", not "elif link");
or a field label before the name ("naam: jan bakker", "NAME: IMKE MOET"); or a title ("mevrouw
de vries"). "Mark", "Will", "Roos" in lower case or capitals never start a name here. An unlisted
surname is not enough without a label: "ivar iso", "esse cillum", "ALEF MAKSURA" (code, lorem
ipsum and Unicode character names) are shaped just like "sanne wutke".
"""

from __future__ import annotations

import functools

from dlp_proxy.detection.names import cue_words as cues
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.census_surnames import census_surnames
from dlp_proxy.detection.names.english_words import is_english_word
from dlp_proxy.detection.names.lone_name import LoneNameRules
from dlp_proxy.detection.names.name_parse import MEDIUM, STRONG, Hit, Name

_LABEL_REACH = 5  # tokens: the longest label ("ter attentie van") and its colon
# Keywords and common identifiers that deduce lists as first names ("elif").
# What ends a record's field after a name: a mark, or a label of the next field ("  DOB 12/03/1981").
_FIELD_ENDS = frozenset("| ; ( [ - – — /".split())
_RECORD_LABELS = frozenset("dob geb ssn nhs bsn nino mrn tel born geboren".split())
# The titles an airline writes after "SURNAME/GIVEN NAMES" ("OKONJO/TEMITOPE MS").
_BOOKING_TITLES = frozenset("MR MRS MS MISS MSTR DR PROF MEJ DHR MEVR".split())
_CODE_WORDS = frozenset("elif else def var let val int str len max min sum dir".split())


@functools.lru_cache(maxsize=1 << 16)  # a pure function of the word, asked several times per word
def case_of(word: str) -> str | None:
    """'lower', 'upper' or 'title' for a word of letters ('jan', 'JAN', 'Jan'); None otherwise."""
    if len(word) < 2 or not word.isalpha():
        return None
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper"
    return "title" if word[0].isupper() and word[1:].islower() else None


@functools.lru_cache(maxsize=1 << 16)
def title_case(word: str) -> str:
    """'jan' -> 'Jan', 'IJZERMAN' -> 'IJzerman': the form the lists hold."""
    low = word.lower()
    return "IJ" + low[2:] if low.startswith("ij") else low.capitalize()


class CaseRules(LoneNameRules):
    """The rule for names not written in Title Case."""

    def uncased(self, i: int) -> Hit | None:
        word = self.words[i]
        listed = title_case(word)
        if listed not in self.lex.first_names and listed not in self.lex.surnames:
            if word.lower() not in self.lex.interfixes.index:
                return None  # most words: neither a name nor an interfix, whatever their case
        first_case = case_of(word)
        if first_case is None or (first_case == "title" and not self._upper_follows(i)):
            return None
        titled = self._titled_surname(i, first_case)
        if titled:
            return titled
        j = self._first_names_end(i, first_case)
        if j is None:
            return None
        surname_case = "upper" if first_case == "title" else first_case
        labelled = self._after_label(i) or (first_case == "upper" and self._after_upper_lead(i))
        middle = False
        if first_case == "upper" and j + 1 < self.n and self.spaced(j) and len(self.words[j]) == 1:
            k = j + 2 if self.words[j + 1] == "." and self.joined(j + 1) else j + 1
            if self.words[j].isupper() and k < self.n and case_of(self.words[k]) == "upper":
                j, middle = k, True  # a middle initial as a card prints it: "JENNIFER A COLLINS"
        s, interfix = self._surname_start(j, surname_case)
        end = self._surname_end(s, surname_case) if s is not None else None
        if s is None or end is None:
            lone = labelled and first_case != "title" and self.confident_first_title(i)
            return (i, j, MEDIUM) if lone and (j >= self.n or not self.spaced(j) or self.line_ends(j)) else None
        if self.not_a_name(Name(i, end)):
            return None
        surname = title_case(self.words[s])
        low = surname.lower()
        if low in self.lex.surname_stop or low in cues.ROLE_WORDS:
            return None
        known = surname in self.lex.surnames or (interfix and surname in self.lex.interfix_surnames)
        if labelled:  # "naam: imke moet", "NAME: JORDAN SOLIS"; not "name: will run"
            ok = known or self.confident_first_title(i) or self._plain_surname(i, surname)
            return (i, end, STRONG if known else MEDIUM) if ok else None
        if not self.confident_first_title(i) or (low in self.lex.ordinary and not interfix):
            return None
        if first_case == "lower" and not interfix and not self._name_only(self.words[i]):
            return None  # "elif link", "darwin box": code and prose in lower case
        # a first name, a middle initial and a word in capitals: the initial makes it a name
        return (i, end, MEDIUM) if known or middle else None

    def lower_cued(self, i: int) -> Hit | None:
        """'vraag even aan piet of', 'ask victor matthews to', 'groetjes wesley rubben', 'thx, leah':
        a lower-case first name that is no word at all, after a word that leads to a person.
        A word after it is its surname when it is no word either, or a listed surname, or
        after an interfix ('kai de vrome')."""
        word = self.words[i]
        if case_of(word) != "lower" or len(word) < 3 or i == 0 or not self.spaced(i):
            return None
        if not self.confident_first_title(i):  # a word test, before the context tests below
            return None
        lead = self._lower_lead(i)
        dutch = lead == "sign-off" or self.words[i - 1] in cues.DUTCH_LOWER_LEADS
        if not lead or not self._bare_name(word, dutch):
            return None
        end = i + 1
        s, interfix = self._surname_start(end, "lower")
        if s is not None:
            surname = self.words[s]
            known = title_case(surname) in self.lex.surnames or (
                interfix and title_case(surname) in self.lex.interfix_surnames
            )
            if known or (len(surname) > 2 and self._bare_name(surname, dutch)):
                end = self._surname_end(s, "lower")
        if self.not_a_name(Name(i, end)):
            return None  # "met albert heijn": a brand
        return (i, end, MEDIUM) if lead == "word" or self.line_ends(end) else None

    def _bare_name(self, word: str, dutch_lead: bool = False) -> bool:
        """No Dutch or English word, keyword or function word: 'piet', 'rubben'; not 'bij', 'mark'.
        After a Dutch lead word ("aan wesley") an English dictionary word will do."""
        low = word.lower()
        if low in self.lex.ordinary or low in self.lex.surname_stop or low in cues.ROLE_WORDS:
            return False
        return dutch_lead or self._name_only(low)

    def _lower_lead(self, i: int) -> str:
        """'word' when the word before i leads to a person ('aan', 'met', 'ask', 'bel'); 'sign-off'
        after a sign-off opening its line ('groetjes', 'thx,'; the name must end the line); ''."""
        k = i - 1
        if self.words[k] == "," and k > 0 and self.joined(k):
            k -= 1
        prev = self.words[k]
        if prev != prev.lower():
            return ""
        if k == i - 1 and (prev in words.LEAD_WORDS or prev in cues.CONTACT_VERBS or prev in cues.ASK_VERBS):
            return "" if prev in cues.BARE_PREPOSITIONS else "word"
        return "sign-off" if self.first_on_line[k] and prev in cues.LOWER_SIGN_OFFS else ""

    def upper_reverse(self, i: int) -> Hit | None:
        """'NAAM: WENSEN, S.C.', 'AANVRAGER: VAN LUCEL, J.', 'GEACHTE AIT TALEB, I.P.,': a surname in
        capitals, a comma and initials, after a field label or a salutation; 'PATIENT: KERRIGAN,
        SHAUNA' with a first name; 'GALLOWAY, RICHARD  DOB 12-03-1980' opening a record's line."""
        if case_of(self.words[i]) != "upper":
            return None
        labelled = self._after_label(i) or self._after_upper_lead(i)
        if not labelled and not self.first_on_line[i]:
            return None
        j = i + 1
        while j < i + 4 and j < self.n and self.spaced(j) and case_of(self.words[j]) == "upper":
            j += 1
        if j + 1 >= self.n or self.words[j] != "," or not self.joined(j) or not self.spaced(j + 1):
            return None
        letters, end = self.initials(j + 1)
        if letters:
            return (i, end, STRONG) if labelled else None
        # "PATIENT: KERRIGAN, SHAUNA": a first name in capitals that is no word or place, ending the
        # line, or the field of a record's line ("GALLOWAY, RICHARD  DOB 12-03-1980")
        f = j + 1
        first = self.words[f]
        # "WARD, DEAN  DOB 01-03-1948": before a record label any listed first name and any
        # surname, words too ("HOUSE, SAMUEL  Tel ..."), make the record's name
        recorded = not labelled and self._record_label_after(f + 1)
        listed = recorded and title_case(first) in self.lex.first_names
        if case_of(first) != "upper" or not (self.confident_first_title(f) or listed):
            return None
        if not (self.line_ends(f + 1) if labelled else self._field_ends(f + 1)):
            return None
        parts = [w.lower() for w in self.words[i:j] if w.lower() not in words.INTERFIX_STARTS]
        if not parts or any(w in self.lex.surname_stop or (w in self.lex.ordinary and not recorded) for w in parts):
            return None  # "SUBJECT: URGENT, SHAUNA"; but "NAAM: DE VRIES, ANNA"
        alone = not labelled and self.line_ends(f + 1)  # "URGENT, SHAUNA" as a line of its own
        if alone and any(is_english_word(w, self.lex.english) and w.title() not in census_surnames() for w in parts):
            return None  # but "BROWN, RICHARD", and any surname before "  DOB 12-03-1980"
        return i, f + 1, STRONG

    def _record_label_after(self, e: int) -> bool:
        """Two spaces or a tab, then a record label: "  DOB 12-03-1980", "\tTel 555-1234"."""
        if e >= self.n:
            return False
        gap = self.gap(e)
        return ("\t" in gap or "  " in gap) and "\n" not in gap and self.lowered[e] in _RECORD_LABELS

    def _field_opens(self, i: int) -> bool:
        """Token i opens its line or a field: after a colon, a bar, a semicolon or a tab."""
        if self.first_on_line[i]:
            return True
        return self.words[i - 1] in (":", "|", ";") or "\t" in self.gap(i)

    def _field_ends(self, e: int) -> bool:
        """The field ends before token e: the line does, or a tab, a bar, a semicolon, a bracket, a
        dash or a record label follows ("Kerrigan, Shauna  DOB 12/03/1981")."""
        if self.line_ends(e):
            return True
        gap = self.gap(e)
        return "\t" in gap or "  " in gap or self.words[e] in _FIELD_ENDS or self.lowered[e] in _RECORD_LABELS

    def upper_slashed(self, i: int) -> Hit | None:
        """'OKONJO/TEMITOPE MS', 'DE VRIES/JAN MR', 'SMITH/JOHN': a booking's SURNAME/GIVEN NAMES
        and title. Without the title the given name must be a first name that is no word."""
        if "/" not in self.words[i + 1 : i + 4]:
            return None  # most words in capitals: no slash within a surname's reach
        k = i
        while k < i + 3 and k + 1 < self.n and self.words[k] != "/":
            if case_of(self.words[k]) != "upper" or len(self.words[k]) < 2 or (k > i and not self.spaced(k)):
                return None
            k += 1
        if k == i or k + 1 >= self.n or self.words[k] != "/" or not (self.joined(k) and self.joined(k + 1)):
            return None
        end = k + 1
        while (
            end < min(self.n, k + 4) and case_of(self.words[end]) == "upper" and self.words[end] not in _BOOKING_TITLES
        ):
            if end > k + 1 and not self.spaced(end):
                break
            end += 1
        if end == k + 1:
            return None
        titled = end < self.n and self.words[end] in _BOOKING_TITLES and self.spaced(end)
        surname = [w.lower() for w in self.words[i:k] if w.lower() not in words.INTERFIX_STARTS]
        if not surname or any(w in self.lex.surname_stop for w in surname):
            return None  # "AND/OR MR", "IN/OUT"
        if titled:
            return i, end, STRONG  # the title makes it a booking's name, word or not ("JARVIS/CHARLES MR")
        if any(w in self.lex.ordinary for w in surname):
            return None  # "READ/WRITE", "EUR/USD"
        if self.confident_first_title(k + 1) and not is_english_word(self.lowered[k + 1], self.lex.english):
            return i, end, STRONG
        return None

    def _after_upper_lead(self, i: int) -> bool:
        """A salutation or colon-less label in capitals, opening its line, ends right before i:
        'GEACHTE DANIEL JULIEN', 'TER ATTENTIE VAN OLTHOF'."""
        if not self.spaced(i) or not self.words[i - 1].isupper():
            return False
        for k in range(max(0, i - _LABEL_REACH), i):
            if not self.first_on_line[k]:
                continue
            if self.phrase_end(k, self.lex.salutations) == i:
                return True
            end = self.phrase_end(k, self.lex.labels)
            if end == i and " ".join(self.words[k:i]).lower().replace(" .", ".") in words.LABELS_WITHOUT_COLON:
                return True
        return False

    def _plain_surname(self, i: int, surname: str) -> bool:
        """After a first name that is a noun or place ("jordan"), a surname that is no word ("solis")."""
        lex = self.lex
        first = title_case(self.words[i])
        if first in lex.word_first_names or first in lex.month_first_names or first in lex.thing_first_names:
            return False
        return surname.lower() not in lex.ordinary and not is_english_word(surname, lex.english)

    def _name_only(self, word: str) -> bool:
        """A lower-case first name that is no English word or keyword ("sanne", "piet"; not "jan")."""
        return not is_english_word(word, self.lex.english) and word not in _CODE_WORDS

    def confident_first_title(self, i: int) -> bool:
        name = title_case(self.words[i])
        return name in self.lex.first_names and name not in self.lex.ambiguous_first_names

    def _first_names_end(self, i: int, case: str) -> int | None:
        """End of one or two listed first names at i in the given case ('jan', 'anna maria', 'jan-willem')."""
        lex = self.lex
        name = title_case(self.words[i])
        if name not in lex.first_names or name in lex.thing_first_names:
            return None
        j = i + 1
        if j + 1 < self.n and self.words[j] == "-" and self.joined(j) and self.joined(j + 1):
            if case_of(self.words[j + 1]) == case and title_case(self.words[j + 1]) in lex.first_names:
                j += 2
        if (
            j + 1 < self.n
            and self.spaced(j)
            and case_of(self.words[j]) == case
            and title_case(self.words[j]) in lex.first_names
            and self.spaced(j + 1)
            and case_of(self.words[j + 1]) in (case, "upper", "lower")
        ):
            j += 1  # a second first name, when more follows: "anna maria de vries"
        return j

    def _upper_follows(self, i: int) -> bool:
        """'Jan DE VRIES', 'Jan de VRIES', 'Sanne BAKKER': a Title Case first name, a surname in capitals."""
        j = i + 1
        for _ in range(4):
            if j >= self.n or not self.spaced(j):
                return False
            if case_of(self.words[j]) == "upper":
                return True
            if self.lowered[j] not in self.lex.interfixes.index:
                return False
            j += 1
        return False

    def _surname_start(self, j: int, case: str) -> tuple[int | None, bool]:
        """(index of the surname, whether an interfix came first); the index is None if none follows."""
        if j >= self.n or not self.spaced(j):
            return None, False
        after = self.interfix_end(j, allow_capital=True)
        interfix = after is not None and all(case_of(w) in (case, "lower") or len(w) == 1 for w in self.words[j:after])
        s = after if interfix and after is not None else j
        if s < self.n and (s == j or self.spaced(s)) and case_of(self.words[s]) == case:
            return s, interfix
        return None, False

    def _surname_end(self, s: int, case: str) -> int:
        """End of a surname in one case, hyphenated parts included ('bakker-de wit' stops at 'de')."""
        j = s + 1
        while j + 1 < self.n and self.words[j] == "-" and self.joined(j) and self.joined(j + 1):
            if case_of(self.words[j + 1]) != case:
                break
            j += 2
        return j

    def _after_label(self, i: int) -> bool:
        """A field label and its colon stand right before token i: 'naam: jan', 'CONTACTPERSOON: JAN'."""
        if i < 2 or self.words[i - 1] != ":" or not self.spaced(i):
            return False
        return any(self.phrase_end(k, self.lex.labels) == i - 1 for k in range(max(0, i - _LABEL_REACH), i - 1))

    def _titled_surname(self, i: int, case: str) -> Hit | None:
        """'mevrouw de vries', 'dhr. jansen', 'MEVROUW DE VRIES': a title, then a listed surname."""
        if case == "title" or not self._after_title(i):
            return None
        s, interfix = self._surname_start(i, case)
        if s is None:
            return None
        surname = title_case(self.words[s])
        known = surname in self.lex.surnames or (interfix and surname in self.lex.interfix_surnames)
        return (i, self._surname_end(s, case), MEDIUM) if known and surname.lower() not in self.lex.ordinary else None

    def _after_title(self, i: int) -> bool:
        """A title in any case ends right before token i: 'mevrouw', 'dhr.', 'DE HEER'."""
        if not self.spaced(i):
            return False
        j = i - 2 if self.words[i - 1] == "." else i - 1
        if j < 0 or self.joined(j):
            return False  # "05ac8582bc ak": letters of a hash, not the title "bc"
        low = self.lowered[j]
        if low == words.TITLE_HEER:
            return j > 0 and self.lowered[j - 1] in words.TITLE_HEER_BEFORE
        return low in words.TITLES

    def _surname_initial(self, end: int) -> bool:
        """A capital and its dot after a first name, then no capitalised word ("Sanne B. belde",
        not "Jan A. Jansen" (a middle initial the parse takes) nor "Jan A. Then")."""
        if end + 1 >= self.n or len(self.words[end]) != 1 or not self.words[end].isupper():
            return False
        if self.words[end + 1] != "." or not self.joined(end + 1):
            return False
        nxt = end + 2
        return nxt >= self.n or not self.spaced(nxt) or not self.words[nxt][:1].isupper()

    def caps_tail(self, end: int) -> int:
        """'Naam: Jan DE VRIES', 'Beste Jan DE VRIES,': a surname in capitals after a name another
        rule found joins it (the Belgian and French way of writing a surname)."""
        if end >= self.n or not self.spaced(end) or case_of(self.words[end - 1]) != "title":
            return end
        if self.words[end - 1] not in self.lex.first_names:
            return end  # only a first name found alone: not "J. Myers POP3"
        if self._surname_initial(end):
            return end + 2  # "Sanne B. belde", "Customer John D. complained": the surname's initial
        s, interfix = self._surname_start(end, "upper")
        if s is None or title_case(self.words[s]).lower() in self.lex.surname_stop:
            return end
        if (len(self.words[s]) < 3 and not interfix) or self.lowered[s] in cues.ROLE_WORDS:
            return end  # "Travis CI", "Fleur van HR": an acronym or a department
        return self._surname_end(s, "upper")
