"""Names the lists do not know, taken on a cue that makes a capitalised word a person.

"Hi Aarav, ...", "Thanks, Priya!", "Escalated by Hiroshi Tanaka from ...", "cc: Bronwyn Gallagher",
"Toegewezen aan: Nkechi Eze": a greeting or thanks opening the line, a role verb and "by" or
"door", or a person label and a colon, then one to three capitalised words that end the line
or stop at punctuation. Each word must look like a name: no English or Dutch common word,
product, place, month or role ("Hi Team,", "cc: Legal", "Owner: Microsoft Azure", "Dear Diary").
Tried last at a word, so it only adds names the other rules leave; the look-ahead is bounded.
"""

from __future__ import annotations

import regex

from dlp_proxy.detection.names import cue_words as cues
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.census_surnames import census_surnames
from dlp_proxy.detection.names.english_words import is_english_word
from dlp_proxy.detection.names.name_case import CaseRules
from dlp_proxy.detection.names.name_parse import MEDIUM, Hit
from dlp_proxy.detection.names.name_scan import Phrases

# Greetings and thanks before a name at the start of a line ("Thanks, Priya!", "Dank je Aarav,").
_GREETINGS = Phrases(words.SALUTATIONS + cues.THANKS)
_LABELS = Phrases(cues.PERSON_LABELS)
# What may follow a cued name: the end of the line or a punctuation mark.
_GREETING_END = frozenset(",!.:;?")
_LABEL_END = frozenset(",;.(<|/)")
# What may follow a name under a sign-off on its line: "(Mrs)", "| Sales", "- Head of HR".
_SIGNATURE_END = frozenset(",;.(|-–")
# A speaker giving their own name, or someone's name given, by its noun or verb and the words
# before it: "My name is ...", "mijn naam is ...", "ik heet ...".
_NAME_IS = {
    "name": frozenset({"my", "his", "her", "their"}),
    "naam": frozenset({"mijn", "zijn", "haar", "hun"}),
    "heet": frozenset({"ik", "hij", "zij", "ze"}),
}
# The prepositions between a message word and whom it is for ("een brief aan", "a note to").
_ADDRESSED = frozenset({"aan", "naar", "voor", "to", "for"})
# "from" before a writer's name, and what may follow the name: where the writer works.
_FROM = frozenset({"from", ","})
_WORKPLACE_LINKS = frozenset({"at", "in", "of", "from", "@", "bij", "van"})
# A request for something written, which a writer's name may close ("... from Will").
_WRITING = regex.compile(
    r"(?i)\b(?:write|draft|e-?mail|letter|message|note|reply|respond|card|sign|memo|notice|reminder"
    r"|schrijf|opstellen|bericht|brief|mailtje)\b"
)
# Words never taken as a name on a cue alone: forms of address, groups and roles ("Dear Reader").
_NOT_NAMES = (
    words.NAME_WORDS
    | words.TITLES
    | words.PRODUCTS
    | words.ASSISTANTS
    | words.MONTHS_AND_DAYS
    | words.WORLD_PLACES
    | cues.ROLE_WORDS
    | cues.PERSON_ROLES
    | cues.PERSON_NOUNS
    | cues.CUE_STOP
)


# What a person who speaks does next, by verb: "Nkechi asked whether", "Bongani told me", "Ayo said that".
_SPEECH_ACTS = {
    "asked": frozenset("whether if me us him her them about for".split()),
    "told": frozenset("me us him her them the everyone".split()),
    "said": frozenset("that he she they we i it".split()),
    "replied": frozenset("that to with".split()),
    "mentioned": frozenset("that the".split()),
    "vroeg": frozenset("of me ons hem haar".split()),
    "zei": frozenset("dat het hij ze".split()),
    "vertelde": frozenset("dat me mij ons".split()),
}
_WHAT = frozenset({"what", "wat"})
_SAID = frozenset("said says wrote meant asked zei zegt schreef bedoelde vroeg".split())
# Capitals that open a team, role or thing rather than a person's initials ("QA Lead", "HR Manager").
_ACRONYMS = frozenset(
    """it hr qa uk us eu ai bv nv vp pr ux ui ict cto ceo cfo coo ciso dpo fg ml bi ops dev api crm erp
    sql aws gcp sap ibm hp kpn ing abn ns nl be de fr gb ok na tbd""".split()
)
# An inline list of people with a remark each: "Kayden – good effort; Aaliyah – strong reader; ...".
_ITEM_DASHES = frozenset("-–—")
_DASHED_ITEM = regex.compile(r"(?:^|[;:])[ \t]*+(?P<item>\p{Lu}[\p{L}\p{M}'’]*+)[ \t]++[–—-][ \t]")
_MIN_DASHED_ITEMS = 3
# Relative pronouns only a person takes ("die" and "that" take things too).
_WHO = frozenset({"who", "whom", "whose", "wie"})


# "<name> here," at a line's start: a writer naming themselves.
_HERE = frozenset({"here", "hier"})
_HERE_END = frozenset(",!-–—.")
# The words joining two greeted names.
_PAIR_WORDS = frozenset({"and", "&", "en", "und"})
# How much of a signature line may follow a name that signs a text ("| Finance | Wellington").
_SIGNATURE_LINE = 200


class CuedRules(CaseRules):
    """The cue rules for unknown names, after all the others (name_finder)."""

    def cued_unknown(self, i: int) -> Hit | None:
        """A name after a greeting, a role verb and 'by', or a person label and a colon."""
        low = self.lowered[i]
        hit = self._cued_by(i) if low in cues.BY_VERBS else None
        if hit is None and low in _LABELS.index:
            hit = self._cued_label(i)  # "Assigned to: ...", "Reported by: ..."
        if hit is None and low in _GREETINGS.index:
            hit = self._cued_greeting(i)
        if hit is None and low in self.lex.sign_offs.index:
            hit = self._cued_sign_off(i)
        if hit is None and low in _NAME_IS:
            hit = self._cued_name_is(i)
        if hit is None and (low in cues.RELATIONS or low in cues.CLIENT_RELATIONS):
            hit = self._cued_relation(i)
        if hit is None and self.cap(i) and i > 0 and self.lowered[i - 1] in _FROM:
            hit = self._signed_from(i)
        if hit is None and self.cap(i) and i > 1 and self.lowered[i - 1] in _ADDRESSED:
            hit = self._addressee(i)
        if hit is None and self.cap(i) and self.first_on_line[i]:
            hit = self._says_here(i)
        if hit is None and self.cap(i):
            hit = self._cued_after(i)
        if hit is None and self.cap(i):
            hit = self._before_surname(i)
        if hit is None and i in self.items and self.cap(i):
            hit = self._unknown_item(i)
        if hit is None and self.cap(i) and i + 1 < self.n and self.words[i + 1] in _ITEM_DASHES:
            hit = self._dashed_item(i)
        return hit

    def _dashed_item(self, i: int) -> Hit | None:
        """One name of an inline list of people with a remark each ("Kayden – good effort in maths;
        Aaliyah – very strong reader; Oisín – needs to focus"): the name opens the line or follows a
        colon or semicolon, a spaced dash follows, and the line holds three such items or more."""
        if not (self.first_on_line[i] or self.words[i - 1] in (";", ":")) or not self.spaced(i + 1):
            return None
        word = self.words[i]
        listed = word in self.lex.first_names and word not in self.lex.month_first_names
        if not (listed or self._cued_like(i)) or word in self.lex.thing_first_names:
            return None
        return (i, i + 1, MEDIUM) if self._dashed_line(self.text.rfind("\n", 0, self.starts[i]) + 1) else None

    def _dashed_line(self, line_start: int) -> bool:
        """The line at `line_start` is an inline list of people: three items or more, most of them
        listed first names ("Backend – ...; Frontend – ..." is no team). Judged once per line: a
        long line of items would otherwise be read again for each of them."""
        cache: dict[int, bool] = self.__dict__.setdefault("_dashed_lines", {})
        if line_start not in cache:
            line_end = self.text.find("\n", line_start)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            items = [m.group("item") for m in _DASHED_ITEM.finditer(line)]
            listed_items = sum(item in self.lex.first_names for item in items)
            cache[line_start] = len(items) >= _MIN_DASHED_ITEMS and 2 * listed_items >= len(items)
        return cache[line_start]

    def _unknown_item(self, i: int) -> Hit | None:
        """An item of a list of people ("Present: Chukwuemeka Obi, Folake Adeyemi-Johnson, Bolaji")
        that the lists do not know: one to three words that look like a name, then the item's end."""
        end = self._cued_words(i, 1)
        if end is None or not self._item_ends(end):
            return None
        return i, end, MEDIUM

    def _before_surname(self, i: int) -> Hit | None:
        """An unknown given name before a listed surname: "Adebola Walsh", "Olumide Johnson",
        "Thandeka Jansen". The first word must look like a name (`_cued_like`: no word, place or
        product of either language), stand apart from other capitalised words ("Quarterly Report
        Walsh" no), and the surname end the run: "Kowloon Walsh Partners" is a firm."""
        word = self.words[i]
        j = i + 1
        if word in self.lex.first_names or word in self.lex.surnames or not self._cued_like(i):
            return None
        if j >= self.n or not self.spaced(j) or not self.cap(j):
            return None
        surname = self.words[j]
        if surname not in self.lex.surnames or surname.lower() in self.lex.ordinary:
            return None  # not the census surnames that are also nouns ("Kensington Hall")
        opening = i > 0 and self.lowered[i - 1] in cues.LEADING_ADVERBS and self._opens(i - 1)  # "Yesterday Adebola"
        if i > 0 and self.spaced(i) and self.cap(i - 1) and not opening:
            return None  # inside a run of capitalised words
        if self._opens(i) and not opening:
            return None  # a verb or preposition the lists lack opens many sentences ("Volgens Frank", "Herinner Frank")
        end = self.surname_end(j)
        if self._goes_on(end) or (end < self.n and self.spaced(end) and self.cap(end)):
            return None
        return i, end, MEDIUM

    def _addressee(self, i: int) -> Hit | None:
        """The whole name a message is for: "een brief aan Merhawi Gebremedhin", "a thank-you note to
        Chidinma Ugwu", "de herinnering voor Shurwen Isenia": a message word before "aan", "naar",
        "voor", "to" or "for" (or two words before: "een korte brief aan"), then two or three name
        words the lists may not know. One unknown word may be a firm ("a letter to Contoso")."""
        j = i - 1
        if not self.spaced(i) or not (
            self.lowered[j - 1] in cues.MESSAGE_WORDS or (j > 1 and self.lowered[j - 2] in cues.MESSAGE_WORDS)
        ):
            return None
        end = self._cued_words(i, 2, surnames=True)
        if end is None or self._goes_on(end):
            return None
        return i, end, MEDIUM

    def _signed_from(self, i: int) -> Hit | None:
        """Who a message to write is from, at its end: "... draft a thank-you email ... from Will",
        "sign from Ciara in accounts", "Sign it from me, Aoife Brennan": in a text that asks for
        something written, "from" (or "from me,") before a listed first name, or before a name of
        two words, that ends the text or its line or runs on to where the writer works ("at
        Coastline Reno", "in accounts"). Not "a report from Deloitte": one unknown word."""
        if self.words[i - 1] == "," and not (i > 2 and self.lowered[i - 2] == "me" and self.lowered[i - 3] == "from"):
            return None
        if not self.spaced(i) or _WRITING.search(self.text, 0, self.starts[i]) is None:
            return None
        listed = self.words[i] in self.lex.first_names and self.words[i] not in self.lex.thing_first_names
        end = self._cued_words(i, 2, surnames=True)
        if end is None and listed:
            end = i + 1 + (1 if i + 1 < self.n and self.spaced(i + 1) and self._surname_like(i + 1) else 0)
        if end is None or self._goes_on(end):
            return None
        if self.line_ends(end) or (end < self.n and self.words[end] in ".!,\"'’)" and self.line_ends(end + 1)):
            return i, end, MEDIUM
        after = self.lowered[end] if end < self.n and self.spaced(end) else ""
        return (i, end, MEDIUM) if after in _WORKPLACE_LINKS and end + 1 < self.n and self.spaced(end + 1) else None

    def _cued_after(self, i: int) -> Hit | None:
        """A name-like word the lists do not know, followed by what only a person fits: a role
        ("Nkechi from finance", "Ruairi van de receptie"), the speaker ("Xandrine en ik") or
        "who" ("Nkechi, who joined in May"). Not a comma and a question ("Ruairi, kun je"): too
        many interjections and adverbs open a sentence that way ("Kortom, heb je", "Yo, can you")."""
        word = self.words[i]
        if word in self.lex.first_names or word in self.lex.surnames or not self._cued_like(i):
            return None  # a listed name: the other rules weigh it
        opening = i > 0 and self.lowered[i - 1] in cues.LEADING_ADVERBS and self._opens(i - 1)  # "Yesterday Bongani"
        if i > 0 and self.spaced(i) and self.cap(i - 1) and not opening:
            return None  # inside a run of capitalised words ("Customer Success from ...")
        end = i + 1
        if self._goes_on(end):
            return None
        if self._role_after(end) or self._with_speaker(i, end) or self._who_after(end):
            return i, end, MEDIUM
        if end < self.n and self.spaced(end) and self._cued_like(end):
            # a whole name the lists lack, then a role: "Venkatesh Raghunathan (client CFO)"
            last = self.surname_end(end)
            if not (self.spaced(last) and self.cap(last)) and (self._role_after(last) or self._group_after(last, True)):
                return i, last, MEDIUM
        if self._group_after(end, possessive=True):
            return i, end, MEDIUM  # "Ananya from his team", "Senait van haar afdeling"
        if self._person_only_lead(i, end) or self._speaker_of(i, end):
            return i, end, MEDIUM  # "Draft a reply to Bongani", "Nkechi asked whether", "what Thandiwe said"
        return None

    def _speaker_of(self, i: int, end: int) -> bool:
        """The word says, asks or tells something: opening a sentence before "asked whether", "told
        me", "said that", or after "what" before "said" ("what Thandiwe said", "wat Sanne zei")."""
        if end + 1 >= self.n or not (self.spaced(i) or self.first_on_line[i]) or not self.spaced(end):
            return False
        verb = self.lowered[end]
        if i > 0 and self.lowered[i - 1] in _WHAT and verb in _SAID:
            return True
        return (
            self._opens(i)
            and verb in _SPEECH_ACTS
            and self.spaced(end + 1)
            and self.lowered[end + 1] in _SPEECH_ACTS[verb]
        )

    def _reverse(self, i: int) -> Hit | None:
        """'Surname, First' at token i: NameFinder's rule (here for the label cue, which defers to it)."""
        return None

    def _goes_on(self, end: int) -> bool:
        """A hyphen or a letter joins the word before token `end` to more: part of a longer word."""
        return end < self.n and self.joined(end) and (self.words[end] == "-" or self.words[end].isalnum())

    def _who_after(self, end: int) -> bool:
        """'who' after the name, maybe after a comma: 'Nkechi, who joined in May'."""
        if end < self.n and self.words[end] == "," and self.joined(end):
            end += 1
        return end < self.n and self.spaced(end) and self.words[end] in _WHO

    def _cued_relation(self, i: int) -> Hit | None:
        """'mijn collega Ruairi is ziek', 'my coworker Nkechi keeps', 'onze stagiair Xandrine Obi':
        a relative, colleague or someone in one's care right before one to three name-like words
        (the word in lower case, or capitalised opening a sentence: "Collega Ruairi belt")."""
        j = i + 1
        client = self.lowered[i] in cues.CLIENT_RELATIONS
        if j >= self.n or not self._lead(j, cues.CLIENT_RELATIONS if client else cues.RELATIONS):
            return None
        if self.words[j] in self.lex.first_names or self.words[j] in self.lex.surnames:
            return None  # a listed name: the other rules weigh it ("patient Leonard Robinson")
        # a client may be a firm: only a whole name ("onze cliënt Bayu Latuheru", not "client Contoso")
        end = self._cued_words(j, 2 if client else 1)
        if end is None or self._goes_on(end):
            return None  # "de patiënt Covid-positief": part of a longer word
        return j, end, MEDIUM

    def _cued_greeting(self, i: int) -> Hit | None:
        """'Hi Aarav,', 'Thanks, Priya!', 'Goedemorgen Aarav Shah,', 'Beste Nkechi,\\n'."""
        if not self.first_on_line[i]:
            return None
        j = self.phrase_end(i, _GREETINGS)
        if j is None:
            return None
        if j < self.n and self.words[j] == ",":
            j += 1
        end = self._cued_words(j, 1)
        if end is None or not (self.line_ends(end) or self._stops(end, _GREETING_END) or self._pair_ends(end)):
            return None
        return j, end, MEDIUM

    def _pair_ends(self, k: int) -> bool:
        """At token k "and" or "&" and one more name close the greeting: "Hi Tendai and Gethyn,",
        "Dear Ama & Kofi\n" (the second name is the first's conjunct, mentions.coordinated_names)."""
        if k + 1 >= self.n or self.lowered[k] not in _PAIR_WORDS or not (self.spaced(k) and self.spaced(k + 1)):
            return False
        end = self._cued_words(k + 1, 1)
        return end is not None and (self.line_ends(end) or self._stops(end, _GREETING_END))

    def _cued_sign_off(self, i: int) -> Hit | None:
        """'Kind regards,\nMorag Buchanan', 'Met vriendelijke groet, Senait Tesfay': a sign-off opening
        its line (or a sentence), then a name ending its line (or before a bracket or a dash: "(Mrs)", "- Sales"),
        on the same line after a comma or on the next. One word only when it is a listed first
        name ("Regards,\nZendesk" may sign for a company)."""
        # also after a sentence on the same line, capitalised: "... on time. Yours faithfully, Morag Buchanan"
        inline = not self.first_on_line[i] and self.words[i - 1] in ".!?" and self.spaced(i) and self.cap(i)
        if not (self.first_on_line[i] or inline):
            return None
        j = self.phrase_end(i, self.lex.sign_offs)
        if j is None or j >= self.n:
            return None
        if self.words[j] in ",!." and self.joined(j):
            j += 1
        new_line = self.next_line(j) and not inline
        if not new_line and not (self.spaced(j) and self.words[j - 1] == ","):
            return None  # "Thanks for the update": the sign-off word opens a sentence
        least = 1 if self.words[j] in self.lex.first_names or self._signs_the_text(j) else 2
        end = self._cued_words(j, least, new_line=new_line, surnames=True)
        if end is None or not (self.line_ends(end) or self._stops(end, _SIGNATURE_END)):
            return None
        return j, end, MEDIUM

    def _says_here(self, i: int) -> Hit | None:
        """A writer naming themselves at a line's start: "Nomsa here, is Andile in?", "Sanne hier -
        ik ben ziek". Not "Click here," or "Details here:": those are words."""
        if i + 2 >= self.n or self.lowered[i + 1] not in _HERE or not self.spaced(i + 1):
            return None
        if self.words[i + 2] not in _HERE_END or not self._cued_like(i):
            return None
        return i, i + 1, MEDIUM

    def _signs_the_text(self, j: int) -> bool:
        """One word of three letters or more under a sign-off that ends the text, or that only
        signature fields follow on its line ("Cheers,\nMags", "Best,\nNgaio | Finance"): a message's
        writer. `_cued_like` still keeps common words, places, products and roles out ("Thanks,
        Support"); a sign-off in the middle of a text may sign for a company ("Regards,\nZendesk")."""
        if len(self.words[j]) < 3:
            return False
        end = self.ends[j]
        line_end = self.text.find("\n", end, end + _SIGNATURE_LINE)
        if line_end < 0:
            line_end = len(self.text)
            if line_end - end > _SIGNATURE_LINE:
                return False  # a long line goes on after the word
        rest = self.text[end:line_end].strip(" \t\r")
        if rest and not rest.startswith("|"):  # "Ngaio | Finance | Wellington"
            return False
        return line_end >= len(self.text) or self.text[line_end:].isspace()

    def _cued_name_is(self, i: int) -> Hit | None:
        """'My name is Chidinma Ugwu', 'mijn naam is Senait Tesfay', 'ik heet Merhawi': one to
        three name-like words after a speaker's own name phrase, read from its noun or verb."""
        low = self.lowered[i]
        if i == 0 or self.lowered[i - 1] not in _NAME_IS[low] or not self.spaced(i):
            return None
        j = i + 1
        if low in ("name", "naam"):
            if j >= self.n or self.lowered[j] != "is" or not self.spaced(j):
                return None
            j += 1
        end = self._cued_words(j, 1, surnames=True)
        if end is None or self._goes_on(end):
            return None
        return j, end, MEDIUM

    def _cued_by(self, i: int) -> Hit | None:
        """'Escalated by Hiroshi Tanaka from ...', 'goedgekeurd door Xiomara Quispe van HR'."""
        j = i + 1
        if not (self.spaced(j) and self.words[j] in ("by", "door")):
            return None
        end = self._cued_words(j + 1, 2) or self._undotted_initials(j + 1)
        if end is None:
            return None
        if self.line_ends(end) or self._stops(end, _LABEL_END) or self.words[end].islower():
            return j + 1, end, MEDIUM
        return None

    def _column_gap(self, end: int) -> bool:
        """A form's next field follows after a tab or a run of spaces ("Checked by: PJ Jones    Date: ...")."""
        gap = self.gap(end)
        return "\n" not in gap and ("\t" in gap or "   " in gap)

    def _undotted_initials(self, j: int) -> int | None:
        """End of initials written without dots and a listed surname ("PJ Jones", "E Mangel") at
        token j, after a cue; not an acronym before a word ("QA Lead", "HR Manager")."""
        if j + 1 >= self.n or not self.spaced(j) or not self.spaced(j + 1):
            return None
        initials, surname = self.words[j], self.words[j + 1]
        if not (initials.isascii() and initials.isalpha() and initials.isupper() and len(initials) <= 3):
            return None
        if initials.lower() in _ACRONYMS or not self.cap(j + 1):
            return None
        if surname not in self.lex.surnames and surname not in census_surnames():
            return None
        return self.surname_end(j + 1)

    def _cued_label(self, i: int) -> Hit | None:
        """'cc: Bronwyn Gallagher', 'Assigned to: Nkechi Eze', 'Behandelaar: Tadeusz Wróblewski'."""
        j = self.phrase_end(i, _LABELS)
        if j is None or j >= self.n or self.words[j] != ":" or not self.joined(j):
            return None
        # One word will do after a label only people stand after ("cc: Aarav"); after "name:"
        # or "owner:" it may be a tool or a company ("name: Codecov", "Owner: Contoso").
        label = " ".join(self.words[i:j]).lower()
        if (whole := self._reverse(j + 1)) is not None:
            return whole  # "Patient: Kerrigan, Shauna": the surname and first name as one
        end = self._cued_words(j + 1, 1 if label in cues.PERSON_ONLY_LABELS else 2) or self._undotted_initials(j + 1)
        if end is None or not (self.line_ends(end) or self._stops(end, _LABEL_END) or self._column_gap(end)):
            return None
        return j + 1, end, MEDIUM

    def _stops(self, end: int, marks: frozenset[str]) -> bool:
        """A punctuation mark ends the name, not a word it is part of ("Thanks Bol.com")."""
        dotted = self.words[end] == "." and self.joined(end + 1) and self.words[end + 1][0].isalnum()
        return self.words[end] in marks and not dotted

    def _cued_words(self, j: int, least: int, new_line: bool = False, surnames: bool = False) -> int | None:
        """End of `least` to three capitalised name-like words from token j (a hyphenated
        surname counts once, a lower-case interfix may come between), or None. `new_line`: the
        first word opens its line (a name under a sign-off); `surnames`: a listed surname that a
        dictionary also holds counts too ("Buchanan", "Mitchell": after a cue that only a person's
        whole name follows)."""
        count = 0
        like = self._surname_like if surnames else self._cued_like
        while count < 3 and (self.spaced(j) or (new_line and not count and self.next_line(j))):
            before = j
            if count:
                k = self.interfix_end(j)
                j = k if k is not None and self.spaced(k) else j
            if not like(j):
                j = before  # "cliënt Bayu Latuheru aan de verzekeraar": the interfix goes with no name
                break
            end = self.surname_end(j)
            if any(self.words[k] != "-" and not like(k) for k in range(j + 1, end)):
                return None  # "Smith-Jones" yes, "Data-Driven" no
            j, count = end, count + 1
        if count < least or (self.spaced(j) and self.cap(j)):
            return None  # too short, or a longer Title Case run ("Signed by Both Parties Today")
        return j

    def _surname_like(self, k: int) -> bool:
        """`_cued_like`, or a listed or census surname that is no common word ("Buchanan", which
        WordNet lists for a president)."""
        if self._cued_like(k):
            return True
        word = self.words[k]
        listed = word in self.lex.surnames or word in self.lex.noun_surnames
        return listed and self.cap(k) and word.lower() not in self.lex.ordinary

    def _cued_like(self, k: int) -> bool:
        """A capitalised word that is no common word, place, product, month or role."""
        if not self.cap(k):
            return False
        word = self.words[k]
        if word in self.lex.first_names and word not in self.lex.ambiguous_first_names:
            return True
        low = word.lower()
        return not (
            len(word) < 2
            or low.endswith("bot")  # "Hi Dependabot,"
            or low in self.lex.ordinary
            or low in self.lex.surname_stop
            or low in _NOT_NAMES
            or word.casefold() in self.lex.places
            or is_english_word(word, self.lex.english)
        )
