"""The name rules that read the place a name stands in: after a title, salutation, sign-off or
field label, in a list of people, or as a chat speaker.

Each rule returns (start token, end token, score) or None; name_finder tries them in order.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from dlp_proxy.detection.names import cue_words as cues
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.name_lexicon import Lexicon
from dlp_proxy.detection.names.name_parse import KNOWN, MEDIUM, STRONG, WEAK_SURNAMES, Hit, Name, NameParser
from dlp_proxy.detection.names.name_scan import BULLETS

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
_STAMP_ENDS = frozenset("])-–.mM")
# A line opening with a label and a colon: "Local subnet: 10.20.0.0/16", "Version: 2".
_FIELD_LABEL = regex.compile(r"[ \t]*+(?P<label>[\p{L}][\p{L}\d _/-]{0,30}?):[ \t]")
_PROSE_WORD = regex.compile(r"(?<![\p{L}\d])\p{Ll}{3,}(?![\p{L}\d])")
# Roles that speak in a chat beside named people ("Customer: ... Anna: ..."): no record's field.
_CHAT_ROLES = frozenset("customer agent user klant medewerker caller beller me you ik jij bot assistant".split())


def _field_label(line: str, lex: Lexicon) -> bool:
    """The line opens with a label that is no first name nor a chat role: a record's field."""
    m = _FIELD_LABEL.match(line)
    if m is None:
        return False
    label = m.group("label").strip()
    first = label.split()[0]
    if first.lower() in _CHAT_ROLES or first.title() in lex.first_names or first in lex.first_names:
        return False
    return not regex.match(
        r"\[?\d", line.strip()
    )  # a time stamp opens a chat line  # the last characters a _TIMESTAMP can end in, besides digits


# A time in brackets between a chat speaker and the colon: "Marcus (10:05): which one?".
_STAMP_AFTER = regex.compile(r"[ \t]?[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])](?=:)")
# The line under a name in an address block: a street and house number ("Kerkstraat 12",
# "Laan van Meerdervoort 1-3", "Hauptstraße 5a") or a house number and street ("12 High Street").
_STREET_WORD = r"\p{L}[\p{L}'’.-]{0,40}+"
_STREET_LINE = regex.compile(
    rf"[ \t]*+(?:\p{{Lu}}{_STREET_WORD}(?:[ \t]{_STREET_WORD}){{0,4}}?[ \t]\d{{1,5}}+(?:[ \t]?[a-zA-Z]|-\d{{1,4}}+)?"
    rf"|\d{{1,5}}+[a-zA-Z]?,?[ \t]\p{{Lu}}{_STREET_WORD}(?:[ \t]{_STREET_WORD}){{0,4}})[ \t]*+,?[ \t]*+(?:\r?\n|$)"
)
# Tokens after which a salutation may open a quoted message inside a line ("mail: Beste Amina,").
_QUOTE_OPEN = frozenset({":", '"', "'", "“", "‘", "„", "«"})
# Greetings that are no other word, so they open a quoted message in lower case too ("maak dit
# netter: hoi sanne, ..."); "beste", "dag" and "dear" are also ordinary words.
_LOWER_GREETINGS = frozenset({"hoi", "hi", "hey", "hallo", "hello", "hiya"})


class ContextRules(NameParser):
    """Rules that need the words before a name: titles, salutations, sign-offs, labels, lists, speakers."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        super().__init__(text, lex)
        self.items = self._list_items()
        self.last_end = -1  # end token of the last name found (NameFinder sets it)
        self.last_start = -1  # its first token
        self.chain = 0  # names found in a row joined by a comma or "and", up to the last (NameFinder)

    def _title(self, i: int) -> Hit | None:
        """'dhr. Jansen', 'mevrouw De Vries', 'Mr. Smith', 'prof. dr. J. de Vries'."""
        j = self.after_titles(i)
        if j is None or not self.spaced(j):
            return None
        name = self.parse(j, "title")
        # After a form of address a place name is a surname ("mevrouw De Boer"; De Boer is also a
        # hamlet); after a degree ("ir.", "MA") it stays a place.
        addressed = self.words[j - 2 if self.words[j - 1] == "." else j - 1].lower() in words.HONORIFICS
        if name is None or self.not_a_name(name, places=not addressed) or not (name.surname or name.first_known):
            return None
        return name.start, name.end, STRONG

    def _salutation(self, i: int) -> Hit | None:
        """'Beste Anna,', 'Hi Sarah,', 'Dear John,', 'Geachte heer Jansen,'; also opening a message
        quoted inside a line ('Schrijf een mail: Beste Amina, ...')."""
        quoted = self.words[i - 1] in _QUOTE_OPEN if i else False
        if not (self.first_on_line[i] or (quoted and (self.cap(i) or self.words[i] in _LOWER_GREETINGS))):
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
        name = self.parse(j, "context")
        end_ok = name is not None and (self.line_ends(name.end) or self.words[name.end] in _SALUTATION_END)
        bare_first = name is not None and not name.surname and name.first_known
        if name is not None and bare_first and not end_ok and self._last_word_of_address(name.end):
            # "Dear Molly Hall,", "Beste Roos Stone,": a capitalised word closing the address is the
            # surname, even one that is also a word
            name = replace(name, end=name.end + 1, surname="known_ordinary", surname_at=name.end)
            end_ok = True
        if name is not None and bare_first and not end_ok:
            # "Hi Cody can you check", "Hey Sam please send": the comma left out in a chat
            end_ok = self.spaced(name.end) and self.words[name.end] in cues.VOCATIVE_NEXT
        return self._context_score(name) if end_ok else None

    def _last_word_of_address(self, k: int) -> bool:
        """Token k is one capitalised word, the last before the salutation's comma or line end."""
        if k >= self.n or not (self.spaced(k) and self.cap(k)):
            return False
        low = self.lowered[k]  # a street word will do ("Hall", "Lane"); a function word, month or title not
        if low in cues.SURNAME_STOP or low in words.MONTHS_AND_DAYS or low in words.TITLES or low in words.ASSISTANTS:
            return False
        return self.line_ends(k + 1) or (k + 1 < self.n and self.words[k + 1] in _SALUTATION_END)

    def _sign_off(self, i: int) -> Hit | None:
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
        # "Groetjes Milan", "Thanks Jordan!": a sign-off opening its line, the name ending it.
        bare = self.first_on_line[i] and not comma and self.spaced(j) and self.lowered[i] in cues.BARE_SIGN_OFFS
        if not (self.next_line(j) or (comma and self.spaced(j)) or bare) or (inline and not comma):
            return None
        name = self.parse(j, "context")
        if bare and not self.next_line(j):
            if name is None or name.surname or self.words[name.start] in self.lex.month_first_names:
                return None
            closes = self.line_ends(name.end) or (self.words[name.end] in "!." and self.line_ends(name.end + 1))
            return self._context_score(name) if closes else None
        end_ok = name is not None and (
            self.line_ends(name.end) or (not inline and self.words[name.end] in _SIGNOFF_END)
        )
        return self._context_score(name) if end_ok else None

    def _label(self, i: int) -> Hit | None:
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
        name = self.parse(j, "context")
        if name is None or self.not_a_name(name):
            return None
        # "name: Checkout" (CI configs), "Author: Explosion": a label alone does not make an
        # unlisted word a name; a listed first name, listed surname, interfix or initials must.
        ambiguous = self.words[name.start] in self.lex.ambiguous_first_names
        if (name.first_known and not ambiguous) or name.interfix or name.initials or name.surname == "known":
            return name.start, name.end, STRONG
        weak = name.surname == "unknown" or name.surname in WEAK_SURNAMES
        return (name.start, name.end, MEDIUM) if name.first_known and weak else None

    def _address_block(self, i: int) -> Hit | None:
        """'Saskia Kade\\nKerkstraat 12\\n1234 AB Utrecht', 'Georgia Tucker\\n12 High Street': a name
        alone on its line, a street and house number on the next: the addressee of a letter or a
        customer record. A first name that is also a word will do here, with a surname that is none."""
        if not self.first_on_line[i] or not self.cap(i):
            return None
        name = self.parse(i, "plain")
        if name is None or not name.first_known or not name.surname or not self.line_ends(name.end):
            return None
        if name.surname not in KNOWN and name.surname != "unknown" and not name.interfix:
            return None  # "Victoria Station": a common word after a first name that is one too
        if self.not_a_name(name) or name.end >= self.n or self.gap(name.end).count("\n") != 1:
            return None
        line = self.text.rfind("\n", 0, self.starts[name.end]) + 1
        return (name.start, name.end, MEDIUM) if _STREET_LINE.match(self.text, line) else None

    def _quoted_line(self, i: int) -> bool:
        """Token i opens a quotation right after a colon: "the chat: 'Kaylee: ...'"."""
        return (
            i >= 2
            and self.words[i - 1] in ("'", '"', "“", "‘")
            and self.joined(i)
            and self.words[i - 2] == ":"
            and self.spaced(i - 1)
        )

    def _speaker(self, i: int) -> Hit | None:
        """'Piet: kan iemand ...', '[10:02] Sanne: ja', 'T. Moensendijk: ik bel': a chat speaker.

        The name opens its line (after a time stamp, perhaps) and a colon follows it. Without a
        time stamp an ambiguous first name is not enough ("Mark: done" may be an instruction)."""
        stamped = inline = False
        if not self.first_on_line[i] and self.words[i - 1] in ".!?" and self.joined(i - 1) and self.spaced(i):
            inline = True  # "Uit het verslag. Tygo: ik wil uitstellen. Nina: eens": speakers run on
        elif not self.first_on_line[i] and self._quoted_line(i):
            inline = True  # "Here is the chat: 'Kaylee: can we move the call?'": a quoted chat line
        elif not self.first_on_line[i]:
            # The line before i would have to be a time stamp, which ends in a digit, a bracket,
            # a dash, "m" or "." ("[10:02]", "10:02 -", "10:02 PM", "10:02 a.m."); token i-1 holds
            # its last character (every character but white space is in a token).
            if self.words[i - 1][-1] not in _STAMP_ENDS and not self.words[i - 1][-1].isdigit():
                return None
            # A time stamp is short: look back a bounded stretch, so the scan stays linear.
            window = max(0, self.starts[i] - 40)
            line_start = self.text.rfind("\n", window, self.starts[i]) + 1
            if line_start == 0 and window > 0:
                return None
            if not _TIMESTAMP.fullmatch(self.text, line_start, self.starts[i]):
                return None
            stamped = True
        name = self.parse(i, "context")
        if name is None or name.end >= self.n:
            return None
        colon = name.end
        stamp = _STAMP_AFTER.match(self.text, self.ends[name.end - 1])
        if stamp is not None:
            stamped = True
            while colon < self.n and self.starts[colon] < stamp.end():
                colon += 1  # the tokens of "(10:05)", bounded by the pattern's length
        if self._task_owner(i, name, colon):
            return name.start, name.end, MEDIUM
        if self.words[colon] != ":" or not self.joined(colon):
            return None
        if name.end == i + 1 and self.lowered[i] in cues.WEEKDAYS:
            return None  # "Thu: Ravi": a rota's day, not "Thu" speaking
        if not (self.line_ends(colon + 1) or self.spaced(colon + 1)) or self.not_a_name(name):
            return None
        if not stamped and not inline and self._record_key(i, colon):
            return None  # "Peer: 91.208.14.66" under "Local subnet: ...": a record's field, no speaker
        ambiguous = self.words[i] in self.lex.ambiguous_first_names
        if name.initials and name.surname and name.surname != "bad":
            return name.start, name.end, MEDIUM
        # "Merel Oversteeg-Spruyt: wie pakt ...": an ambiguous first name with a surname will do.
        full = name.surname in KNOWN or (name.surname == "unknown" and not self.english_surname(name))
        if inline and (not name.first_known or name.initials or self.words[i] in self.lex.thing_first_names):
            return None
        if name.first_known and (stamped or not ambiguous or full):
            return name.start, name.end, MEDIUM if not name.surname else STRONG
        return None

    def _record_key(self, i: int, colon: int) -> bool:
        """The line "Name: value" is a field of a record: its value opens with a digit, or the line
        before or after it opens with a label that is no name ("Local subnet:", "Version:")."""
        if colon + 1 < self.n and self.words[colon + 1][0].isdigit() and not self.line_ends(colon + 1):
            line_end = self.text.find("\n", self.starts[colon + 1], self.starts[colon + 1] + 200)
            value = self.text[self.starts[colon + 1] : line_end if line_end != -1 else self.starts[colon + 1] + 200]
            if _PROSE_WORD.search(value) is None:
                return True  # "Peer: 91.208.14.66"; not "Tom: 12 of them are done"
        start = self.starts[i]
        line_start = self.text.rfind("\n", 0, start) + 1
        before = self.text.rfind("\n", max(0, line_start - 200), max(0, line_start - 1)) + 1
        after_end = self.text.find("\n", self.ends[colon])
        neighbours = []
        if line_start > 0:
            neighbours.append(self.text[before : line_start - 1])
        if after_end != -1:
            end = self.text.find("\n", after_end + 1, after_end + 201)
            neighbours.append(self.text[after_end + 1 : end if end != -1 else after_end + 201])
        return any(_field_label(line, self.lex) for line in neighbours)

    def _task_owner(self, i: int, name: Name, dash: int) -> bool:
        """'* Priya - book travel', '- Joris – belt de verzekeraar', '- Oksana at Pellar Foods: ...':
        a bullet, a listed first name that is no word or place, then a dash and the task or "at" and
        a firm (a first name alone; "- Milan - Inter" is no person)."""
        if dash + 1 >= self.n or not self.spaced(dash):
            return False
        if self.words[dash] in ("at", "from", "bij", "@") and self.spaced(dash + 1) and self.cap(dash + 1):
            pass  # "- Oksana at Pellar Foods: verbal yes": a contact and the firm she is at
        elif self.words[dash] not in ("-", "–"):
            return False
        if not (self.spaced(dash + 1) and i > 0 and self.first_on_line[i - 1] and self.words[i - 1] in BULLETS):
            return False
        plain = name.first_known and not name.surname and name.end == i + 1
        word = self.words[i]
        return plain and word not in self.lex.ambiguous_first_names and word not in self.lex.word_first_names

    def _list_items(self) -> frozenset[int]:
        """Token indices where an item of a list of people starts ('Aanwezig: Jan, Piet en Sanne')."""
        items: set[int] = set()
        for i in range(self.n):
            if self.lowered[i] not in self.lex.list_labels.index:
                continue
            # the label opens its line, or follows another label's colon ("Minutes: Present: ...")
            if not (self.first_on_line[i] or (i > 0 and self.words[i - 1] == ":" and self.spaced(i))):
                continue
            j = self.phrase_end(i, self.lex.list_labels)
            if j is None or j >= self.n or self.words[j] != ":":
                continue
            j += 1
            items.add(j)
            while j < self.n and not self.line_ends(j):
                if self.lowered[j] in _ITEM_END and self.words[j] != "(":
                    items.add(j + 1)
                j += 1
        return frozenset(items)

    def _list_item(self, i: int) -> Hit | None:
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
        name = self.parse(i, "context")
        if name is None or self.not_a_name(name) or not self._item_ends(name.end):
            return None
        if name.first_known or name.interfix or name.surname == "known":
            return name.start, name.end, MEDIUM
        return None

    def _item_ends(self, end: int) -> bool:
        return self.line_ends(end) or self.lowered[end] in _ITEM_END

    def _context_score(self, name: Name | None) -> Hit | None:
        """Score of a name after a salutation or sign-off (ambiguous first names allowed)."""
        if name is None or self.not_a_name(name):
            return None
        if any(w.lower() in words.ASSISTANTS for w in self.words[name.start : name.end]):
            return None  # "Hi Claude," addresses the assistant
        if not name.surname:
            return (name.start, name.end, MEDIUM) if name.first_known else None
        if name.interfix or name.initials or name.surname == "known":
            return name.start, name.end, STRONG
        return (name.start, name.end, MEDIUM) if name.first_known else None
