"""A listed first name standing alone, found where the sentence makes it a person.

How much the sentence must say depends on the name. A name that is no ordinary word ("Sanne",
"Amina") counts after a verb or preposition ("vraag het aan Sanne"), opening a sentence before a
verb ("Sanne belt terug"), in brackets, as a mention ("@Pieter") or with a possessive ("Sanne's",
"Sanne z'n"). A name that is also a word or a place ("Milan", "Jade", "Will", "Mark") needs a
cue only a person fits: a role after it ("Milan van de receptie", "Mark from accounting",
"Jordan (HR)"), a request ("ask Will to", "vraag Mark om"), a personal verb as its subject
("Milan neemt contact op", "Jordan will send"), a contact verb or message before it ("bel Milan",
"een bedankmail aan Jade"). Month names ("May", "Mei", "June") take the first three only;
products and assistants ("Julia", "Alexa") never count alone.
"""

from __future__ import annotations

import regex

from dlp_proxy.detection.names import cue_words as cues
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.census_surnames import census_surnames
from dlp_proxy.detection.names.english_words import is_english_word, non_noun_words, past_verb, present_verb
from dlp_proxy.detection.names.lone_cues import SENTENCE_END as _SENTENCE_END
from dlp_proxy.detection.names.lone_cues import LoneCues
from dlp_proxy.detection.names.name_parse import KNOWN, MEDIUM, Hit, Name

# How far after an auxiliary its verb may stand: "Milan heeft gisteren de offerte al gestuurd".
_AUX_REACH = 8
_QUOTES = frozenset("'\"“‘„«")
# Between a name and its role: "van (de)", "bij (het)", "from (the)", "at (the)". Not "of"
# (Dutch "or": "Ben of IT?") nor "in".
_ROLE_ARTICLES = frozenset({"de", "het", "the"})
_ROLE_PREPOSITIONS = frozenset({"van", "bij", "uit", "from", "at"})
# What opens an action item before its owner's name ("Actie Ilse: ...", lone_name._action_owner).
_ACTION_WORDS = frozenset({"actie", "acties", "action", "actions", "actiepunt"})
# Where a person belongs, after a name: "Kees van de garage", "Ananya from his team" (_group_after).
_GROUP_PREPOSITIONS = frozenset({"van", "uit", "from"})
_GROUP_POSSESSIVES = frozenset("his her their our my zijn haar hun ons onze mijn".split())
_GROUP_DETERMINERS = _GROUP_POSSESSIVES | {"de", "het", "the"}
# Before the cc after a name: "Johan in de cc", "Fleur even in de cc", "Mark to the cc".
_CC_FILLERS = frozenset({"even", "ook", "also"})
_CC_PREPOSITIONS = frozenset({"in", "to", "on"})
# Compounds that name a team or department: "marketingteam", "salesafdeling".
_ROLE_COMPOUND_ENDS = ("team", "afdeling", "department")
_ADDRESS_PREPOSITIONS = frozenset({"aan", "voor", "for"})  # to a person; "naar", "to" also to a place
_PLACE_PREPOSITIONS = frozenset({"naar", "to"})
_TO = frozenset({"to"})
_ASK_TO_VERBS = frozenset("vraag vraagt vroeg vragen zeg zegt zei zeggen vertel vertelt vertelde".split())
# Verbs that name or pick a thing: after them such a word is as often a thing's name ("the release
# is Summer", "the network is called Daisy", "we use Iris for", "het project heet Lente").
_NAMING_VERBS = frozenset(
    """is are was were be been called named dubbed codenamed use uses using used choose chose pick picked
    select selected install installed run lists heet heten genaamd noemen gebruik gebruiken gebruikt
    kies koos""".split()
)
_LIST_JOINS = frozenset({"and", "or", "en", "of"})
# Words before a noun: a first name that is also a noun is the noun after them ("a Holly wreath").
_DETERMINERS = frozenset(
    """the a an this that these those our your my his her its their some any each every no which what
    de het een deze dit die dat onze ons jouw je mijn zijn haar hun elke ieder geen welke""".split()
)


def _ly_adverb(word: str) -> bool:
    """An English adverb in -ly between a subject and its verb: 'consistently', 'usually'."""
    return len(word) > 4 and word.endswith("ly") and word.islower()


_NAMED = frozenset({"named", "called", "genaamd", "geheten"})
# Nouns for a person that a name may follow ("a girl named ..."): not "a dog named ...".
_PERSON_NOUNS = frozenset(
    """girl boy man woman lady guy kid child baby son daughter character hero heroine protagonist nurse
    teacher doctor student colleague friend person detective meisje jongen man vrouw kind baby zoon
    dochter personage held hoofdpersoon verpleegkundige leraar lerares dokter student collega vriend
    vriendin""".split()
)


# A range of hours right before a name in a rota ("08:00–12:30 Esila", "9.00 - 17.00: Jayda").
_HOURS_BEFORE = regex.compile(r"\d{1,2}[:.]\d{2}[ \t]*+[-–—][ \t]*+\d{1,2}[:.]\d{2}[ \t]*+:?[ \t]*+\Z")
_CURRENCY = frozenset("£$€¥")
# "As Layla mentioned", "zoals Sanne aangaf": a source before what follows.
_AS_WORDS = frozenset({"as", "zoals"})
_AS_SAID_VERBS = frozenset(
    """mentioned said noted explained suggested pointed stated wrote confirmed agreed requested asked put
    promised warned discussed reported zei aangaf schreef vertelde meldde noemde opmerkte""".split()
)
# A time right before a name ("09:14 Rawiri logged"), not part of a longer number or range.
_TIME_BEFORE = regex.compile(r"(?<![\d:.–-])\d{1,2}[:.]\d{2}(?:[ \t]*+[ap]\.?m\.?)?[ \t]++\Z", regex.IGNORECASE)
# Titles written after the name ("Venkatesh sir", "Sharma ji"); "ma'am" is tested apart.
_HONORIFICS_AFTER = frozenset({"sir", "madam", "maam", "ji", "saab", "sahib", "bhai"})
# What closes a rota's entry after the name, and the numbered periods a rota counts in.
_ENTRY_ENDS = frozenset({",", ";", "/", "|"})
_ROTA_UNITS = frozenset({"week", "wk", "shift", "dienst", "ploeg", "sprint", "day", "dag"})
_SIGN_DASHES = frozenset("–—-")


# Past verbs of storms, markets and machines, never enough to make a name a person ("Katrina arrived").
_EVENT_PAST = frozenset(
    """arrived landed formed weakened strengthened intensified dissipated peaked crashed failed
    launched released shipped expired closed opened reached caused destroyed flooded increased
    decreased improved changed happened occurred rallied dipped surged slumped stalled loaded
    booted rebooted updated upgraded installed deployed""".split()
)
# English modals after a subject ("Tyler will circulate", "Rhys can't make it"): _modal_then_verb.
_MODAL_VERBS = frozenset("will would can could should shall must may might won".split())


class LoneNameRules(LoneCues):
    """The lone-first-name rule and the cues it reads."""

    as_written = True  # False while name_recase reads a line without case in its re-cased form

    def lone_first_name(self, i: int) -> Hit | None:
        word = self.words[i]
        lex = self.lex
        if not self.cap(i) or word not in lex.first_names:
            return None
        if word.lower() in cues.SURNAME_STOP:
            return None  # "You can reach me", "Dan werkt alles": function words deduce lists as names
        end = self.first_name_end(i) or i + 1
        if self._club_after(end):
            return None  # "Chelsea fans", "Chelsea's squad"
        if self._day_range(i, end) or self._day_label(i, end):
            return None  # "Thu–Sun Deborah", "Thu: Ravi": "Thu" opens a range of days or labels an entry
        tier = self._tier(word)
        if word in lex.thing_first_names:  # a product alone never; with a surname and a cue ("Julia Ullrich, 42 jaar")
            if self._continues(end):
                return self._cued_full_name(i, tier) or self._capital_interfix_surname(i, end)
            # a relation or job right before: "my coworker Julia", "zijn zus Jasmine"; a verb done
            # only to a person ("Kun je Hugo even bellen", "De klant heeft Julia gesproken"), but
            # never to an assistant, which is asked and called by name ("vraag Claude om")
            if self._role_before(i):
                return i, end, MEDIUM
            if word.lower() not in words.ASSISTANTS and self.as_written:
                if self._contact_after(i, end) or self._person_only_lead(i, end):  # "Laat Lex weten dat"
                    return i, end, MEDIUM
            return None
        if self._continues(end):
            hit = self._cued_full_name(i, tier) or self._two_words_to_infinitive(i, end)
            if hit is None and tier in ("plain", "ambiguous") and self.as_written:
                # "from Claire Day", "Kimberly Hall called", "our new client Dawn Price": the
                # surname is a word the parse would not take, the cue is the first name's
                last = self._word_surname_end(end)
                after = self.lowered[end]
                institution = after in words.INSTITUTION_WORDS and self.words[end] not in census_surnames()
                if self.not_a_name(Name(i, end + 1)) or after in words.STREET_WORDS or institution:
                    return None  # "Bel Albert Heijn", "Mail Victoria Station": a brand or a place
                # "Vergeet niet Sanne Microsoft te bellen": the cue stands after the firm
                cue_end = end + 1 if after in words.PRODUCTS else last
                if (tier == "plain" and self._weak_cue(i, end)) or self._strong_cue(i, cue_end, tier):
                    return i, last, MEDIUM
            return hit
        hit = (i, end, MEDIUM)
        # A wide list's name that is no word or place ("Harpreet", "Temitope") alone takes the cues
        # of a plain first name ("Harpreet said", "send it to Temitope", "Mon: Sipho"), but not a
        # capital alone inside a sentence: a list that wide holds other languages' words too.
        wide = tier == "ambiguous" and word in lex.distinct_wide_names
        if wide:
            tier = "plain"
        if self._strong_cue(i, end, tier):
            return hit
        if tier == "plain" and (
            self._weak_cue(i, end) or (not wide and self._inside_sentence(i, end)) or self._verb_after(i, end)
        ):
            return hit
        if tier == "ambiguous" and word in words.CASE_TELLS_NAMES and self._case_tells(i, end):
            return hit  # "a project with Grace and", "vraag het aan Roos": as a word it would be lower case
        return None

    def _capital_interfix_surname(self, i: int, end: int) -> Hit | None:
        """'Julia Van Looveren', 'Julia De Smet': a capitalised interfix and a surname that is no
        common word, the Belgian way of writing a surname, after a first name that is also a
        product's: the whole is a name."""
        after = self.interfix_end(end, allow_capital=True)
        if after is None or after >= self.n or not (self.cap(end) and self.cap(after) and self.spaced(after)):
            return None
        last = self.surname_end(after)
        kind = self.surname_kind(after, last, True)
        if kind == "unknown" and is_english_word(self.words[after], self.lex.english):
            return None  # "Julia De Luxe"
        if kind not in ("known", "unknown") or self.not_a_name(Name(i, last)):
            return None
        return i, last, MEDIUM

    def _club_after(self, end: int) -> bool:
        j = self._possessed(end)
        if j is None and end < self.n and self.spaced(end):
            j = end
        return j is not None and self.lowered[j] in cues.CLUB_WORDS

    def _owned_personal(self, end: int) -> bool:
        """A possessive before a thing only a person has: "Georgia's email", "Will's laptop"."""
        j = self._possessed(end)
        return j is not None and self.words[j] in cues.PERSON_POSSESSIONS

    def _person_only_lead(self, i: int, end: int) -> bool:
        """A verb or phrase before the name whose object can only be a person: "Congratulate Pat
        on", "feliciteer Roos met", "a 1:1 with Florence", "loop in Sydney", "Loop Jade in on"."""
        if self._lead(i, cues.PERSON_ONLY_VERBS):
            return True
        if end < self.n and self.spaced(end) and i > 0 and self.spaced(i):
            frame = (self.lowered[i - 1], self.words[end])
            prev = self.words[i - 1]
            if frame in cues.PERSON_ONLY_FRAMES and (prev.islower() or self._opens(i - 1)):
                return True
        if i < 1 or not self.spaced(i):
            return False
        before = self.text[max(0, self.starts[i] - 20) : self.starts[i] - 1].lower()
        if self.text[self.starts[i] - 1] != " " or not before.endswith(cues.PERSON_ONLY_PAIRS):
            return False
        for phrase in cues.PERSON_ONLY_PAIRS:
            k = len(before) - len(phrase)
            if before.endswith(phrase) and (k <= 0 or not before[k - 1].isalnum()):
                return True
        return False

    def _case_tells(self, i: int, end: int) -> bool:
        """A first name that is also a common noun or adjective (name_words.CASE_TELLS_NAMES),
        capitalised inside a sentence as written, where as a word it would be in lower case:
        "a project with Grace and", "Please loop in Holly before", "vraag het aan Roos". Not after
        a determiner ("a Holly wreath", "the Summer closing", "de Roos in de tuin") nor joined to
        the next word ("Sky-Guest", "Lente-editie")."""
        if not self.as_written or not self._inside_sentence(i, end):
            return False
        if not self.words[i - 1].islower():
            return False  # after a word, not a comma: "This is the best, Floor tiles are cheaper"
        prev = self.words[i - 1]
        if prev in _DETERMINERS or prev in _NAMING_VERBS:
            return False  # "the Summer closing"; "the release is Summer", "we use Iris for"
        if prev in _LIST_JOINS and i > 2 and self.words[i - 2] in self.lex.ambiguous_first_names:
            return False  # "Cherry, Ginger and Pepper": a list of such words names things as often
        return end >= self.n or not (self.joined(end) and self.words[end] in ("-", "/", "_", "."))

    def lone_surname(self, i: int) -> Hit | None:
        """A listed surname alone where only a person fits: 'Smith from procurement', 'collega
        Verbeek', 'vraag Visser om', 'Bakker en ik'. Companies share surnames ("bel Blokker",
        "Blokker zegt"), so contact verbs and verbs after it are no cue for the Dutch lists.

        A surname of the US census list that is no English word, first name, place or product
        ("Wheeler", "Gibson", "Castro") also counts as formal mail and minutes use one: the subject
        of a personal verb ("Wheeler approved the budget", "Gibson will review"), a source ("according
        to Walters", "per Hudson,", "the email from Morrow"), someone met, replied to or spoken with
        ("Meeting with Moore at 3 pm", "Reply to Walsh with", "I spoke to Reilly"). A surname of the
        Dutch lists takes only what no firm fits: "Hoe vertel ik Visser dat", "Bakker's laptop"."""
        word = self.words[i]
        lex = self.lex
        if not self.cap(i) or word in lex.first_names:
            return None
        listed = word in lex.surnames
        census = word in census_surnames()
        if not (listed or census):
            return None
        low = word.lower()
        if self._mention(i) and low not in lex.surname_stop and word.casefold() not in lex.places:
            return i, self.surname_end(i), MEDIUM  # "@Bakker kun jij": an @-mention, even of a word-surname
        if low in lex.ordinary or low in lex.surname_stop or word.casefold() in lex.places:
            return None
        end = self.surname_end(i)
        if self._continues(end) or self.not_a_name(Name(i, end)):
            return None
        cued = self._role_after(end) or self._role_before(i) or self._asked(i, end) or self._with_speaker(i, end)
        if not cued and self.as_written and not census:
            cued = self._told(i) or self._owned_personal(end) or self._spoken_to(i)
        elif not cued and self.as_written and self._wordless_surname(i):
            cued = (
                self._subject(i, end, "plain")
                or self._according(i)
                or self._per_source(i, end)
                or self._sent_by(i)
                or self._with_person(i)
                or self._spoken_to(i)
                or self._replied_to(i)
                or self._contact_after(i, end)
                or self._told(i)
                or self._owned_personal(end)
            )
        return (i, end, MEDIUM) if cued else None

    def _wordless_surname(self, i: int) -> bool:
        """A surname that is no common word, product or brand. (WordNet lists half of the census
        surnames, as proper nouns: "Wheeler", "Gibson"; the cues ask for a capital where a noun
        would have an article, "Wheeler approved the budget".)"""
        low = self.lowered[i]
        return low not in words.PRODUCTS and low not in words.DUTCH_WORD_NAMES and low not in words.EN_WORD_NAMES

    def _spoken_to(self, i: int) -> bool:
        """'I spoke to Reilly this morning', 'talked to Hodgson': speaking to someone."""
        if i < 2 or not (self.spaced(i) and self.spaced(i - 1)) or self.words[i - 1] != "to":
            return False
        return self.lowered[i - 2] in cues.SPOKE_TO_VERBS

    def _replied_to(self, i: int) -> bool:
        """'Reply to Walsh with the schedule', 'Forward this to Buckley.', 'Stuur dit door naar
        Roessink': a verb of answering or passing on, maybe 'this' or 'it', then 'to' or 'naar'."""
        if i < 2 or not self.spaced(i) or self.words[i - 1] not in ("to", "naar"):
            return False
        j = i - 2
        if self.lowered[j] in ("door",) and j > 0:
            j -= 1  # "stuur dit door naar"
        if self.lowered[j] in ("this", "it", "dit", "het", "them", "deze") and j > 0:
            j -= 1
        verb = self.words[j]
        return verb.lower() in cues.PASS_ON_VERBS and (verb.islower() or self._opens(j))

    def _inside_sentence(self, i: int, end: int) -> bool:
        """A first name that is no word or place, capitalised inside a sentence as written ("de
        offerte die Sanne stuurde", "I forwarded it to Riley yesterday"): only a name is written
        so. Not in a re-cased line (every word there has a capital) nor after another capitalised
        word (a heading, a title: "Release Notes Sanne") nor before a number ("due Jan 2024")."""
        if i == 0 or not self.spaced(i) or self._opens(i):
            return False
        if end < self.n and self.words[end][:1].isdigit():
            return False
        if not self.as_written and not self._no_word(i):
            return False  # re-cased: the lists made it a name, so it must be no word in either language
        prev = self.words[i - 1]
        return prev.islower() or prev in (",", "(", "&")

    def _no_word(self, i: int) -> bool:
        """The plain first name is no common Dutch or English word ("kader", "trees", "sander"
        are). The English word list also holds names as proper nouns ("daniel", "scott"), so
        the plain names it lists were sorted by hand (name_words.EN_WORD_NAMES)."""
        low = self.lowered[i]
        return low not in self.lex.ordinary and low not in words.DUTCH_WORD_NAMES and low not in words.EN_WORD_NAMES

    def _cued_full_name(self, i: int, tier: str) -> Hit | None:
        """A first name and a surname the name rules did not vouch for ("Lot Dubois", "Joy Vial",
        "Victoria Weston"), where a cue only a person fits stands around them: "een brief aan Lot
        Dubois", "Joy Vial opent de vergadering", "to email Victoria Weston"."""
        name = self.parse(i, "plain")
        if tier == "month":
            return None
        if name is None or not name.surname:
            return self._cued_first_name_pair(i, tier)
        if not name.firsts or self.not_a_name(name) or not self.stands_apart(name):
            return None
        place = self.words[i].casefold() in self.lex.places
        cued = (
            self._contacted(i)
            or self._addressed(i, place)
            or self._subject(i, name.end, tier)
            or self._role_after(name.end)
            or self._vocative(i, name.end, tier)
            or self._contact_after(i, name.end)
            or self._paired(i)
            or self._to_infinitive(name.end)
            or self._age_after(name.end)
            or self._noted_about(i, name.end)
            or self._in_prose(i, name, tier)
        )
        return (name.start, name.end, MEDIUM) if cued else None

    def _word_surname_end(self, end: int) -> int:
        """Past the capitalised word after a first name when it ends the name and is no day, month,
        place or group ("Claire Day", not "Claire Monday", "Sanne Utrecht"); else `end`."""
        word = self.words[end]
        after = end + 1
        if not (word.isalpha() and word[0].isupper() and word[1:].islower()):
            return end
        if after < self.n and self.spaced(after) and self.cap(after):
            return end  # a longer run of capitals
        low = word.lower()
        if low in words.MONTHS_AND_DAYS or low in cues.CUE_STOP or word.casefold() in self.lex.places:
            return end
        if low in words.PRODUCTS and low not in words.PRODUCT_SURNAMES:
            return end  # "Sanne Microsoft": the firm she is at
        return after

    def _in_prose(self, i: int, name: Name, tier: str) -> bool:
        """A full name inside a sentence the rules did not vouch for, where its first name shows it
        is a person: one that is no word after a lead word or written with a capital inside the
        sentence ("the complaint from Claire Day", "a call with Amina Hall"); one that is a word
        with a surname that is none, after a word in lower case ("a call from Holly Okafor").
        Never a product's first name ("Julia Programming")."""
        if self.words[i] in self.lex.thing_first_names or not self.as_written:
            return False
        if tier == "plain":
            return self._weak_cue(i, name.end) or self._inside_sentence(i, name.end)
        if tier != "ambiguous" or self.words[i].casefold() in self.lex.places:
            return False
        if name.surname not in KNOWN and (name.surname != "unknown" or self.english_surname(name)):
            return False  # "ordered Ginger Ale": a word after a word
        prev = self.words[i - 1] if i > 0 else ""
        return prev.isalpha() and prev.islower() and prev not in _DETERMINERS and self._inside_sentence(i, name.end)

    def _cued_first_name_pair(self, i: int, tier: str) -> Hit | None:
        """A first name and a second listed name as the surname ("Suzanne Louis", "Benoît Pascal",
        "Nicole Day"), which the parse leaves alone, where a cue only a person fits stands
        around the pair: "Houd Suzanne Louis op de hoogte", "Onze klant Benoît Pascal wil"."""
        end = i + 2
        if tier not in ("plain", "ambiguous") or end > self.n or not (self.spaced(i + 1) and self.cap(i + 1)):
            return None
        second = self.words[i + 1]
        low = second.lower()
        if second not in self.lex.first_names and second not in self.lex.surnames:
            return None
        if low in self.lex.ordinary or second.casefold() in self.lex.places or low in cues.SURNAME_STOP:
            return None
        if end < self.n and self.spaced(end) and self.cap(end):
            return None  # a longer run of capitals: a heading or a title
        cued = (
            self._contacted(i)
            or self._addressed(i, False)
            or self._role_before(i)
            or self._role_after(end)
            or self._kept_informed(i, end)
            or self._contact_after(i, end)
            or self._told(i)
            or self._according(i)
            or self._mention(i)
        )
        return (i, end, MEDIUM) if cued else None

    def _tier(self, word: str) -> str:
        """'plain', 'ambiguous' (a noun or place: "Milan", "Jade"), 'word' (a function word or verb:
        "Will", "Mark", "Dan") or 'month' ("May", "Mei")."""
        lex = self.lex
        if word in lex.month_first_names:
            return "month"
        if word in lex.word_first_names:
            return "word"
        if word in lex.ambiguous_first_names or word.casefold() in lex.places:
            return "ambiguous"
        return "plain"

    def _continues(self, end: int) -> bool:
        """A capitalised word, or an interfix and a capitalised word, follows: 'Sanne Bakker',
        'Sanne van Dijk'. Not 'Amina van de receptie'."""
        if end >= self.n or not self.spaced(end):
            return False
        after = self.interfix_end(end)
        return self.cap(end) or (after is not None and self.spaced(after) and self.cap(after))

    # -- cues -------------------------------------------------------------------------------

    def _honorific_after(self, end: int) -> bool:
        """A title after the name, as Indian English writes it: "Good afternoon Venkatesh sir",
        "Meenal ma'am", "Sharma ji"."""
        if end >= self.n or not self.spaced(end):
            return False
        word = self.lowered[end]
        if word == "ma" and end + 2 < self.n and self.words[end + 1] in ("'", "’") and self.lowered[end + 2] == "am":
            return True
        return word in _HONORIFICS_AFTER and (end + 1 >= self.n or not self.words[end + 1][:1].isalpha())

    def _as_said(self, i: int, end: int) -> bool:
        """The source of what follows: "As Layla mentioned, ...", "zoals Sanne aangaf"."""
        return self._lead(i, _AS_WORDS) and self._next_in(end, _AS_SAID_VERBS)

    def _timed_subject(self, i: int, end: int) -> bool:
        """A log line's actor after its time, before what they did: "09:14 Rawiri logged the fault"."""
        if i == 0 or not self.spaced(i) or end + 1 >= self.n or not self.spaced(end):
            return False
        verb = self.words[end]
        if not (verb.isalpha() and verb.islower() and len(verb) > 2 and self.words[end + 1].isalpha()):
            return False
        return _TIME_BEFORE.search(self.text, max(0, self.starts[i] - 16), self.starts[i]) is not None

    def _day_label(self, i: int, end: int) -> bool:
        """A day of the week before a colon: a rota's label ("Thu: Ravi"), never "Thu" the person."""
        return self.lowered[i] in cues.WEEKDAYS and end < self.n and self.words[end] == ":" and self.joined(end)

    def _rota_entry(self, i: int, end: int) -> bool:
        """A rota: the name right after a day, a range of days or of hours, or a numbered week or
        shift, closing its entry ("On call: Mon–Wed Steven, Thu–Sun Deborah", "Friday: Priya",
        "08:00–12:30 Esila", "Mon: Keira / Tue: Arjun", "week 3 Ravi, week 4 Nkosi")."""
        if i < 1 or not self.spaced(i) or not (self.line_ends(end) or self.words[end] in _ENTRY_ENDS):
            return False
        k = i - 2 if self.words[i - 1] == ":" and self.joined(i - 1) else i - 1
        if k >= 0 and self.lowered[k] in cues.WEEKDAYS:
            return True
        if k >= 1 and self.words[k].isdigit() and len(self.words[k]) <= 2 and self.lowered[k - 1] in _ROTA_UNITS:
            return True
        return _HOURS_BEFORE.search(self.text, max(0, self.starts[i] - 24), self.starts[i]) is not None

    def _plus_one(self, end: int) -> bool:
        """A guest list: "Courtney + 1", "Joel +1"."""
        if end + 1 >= self.n or self.words[end] != "+" or self.words[end + 1] != "1":
            return False
        return (self.spaced(end) or self.joined(end)) and (self.spaced(end + 1) or self.joined(end + 1))

    def _paid(self, i: int, end: int) -> bool:
        """Paying or owing someone an amount: "Paid Alexis £40 for the tickets", "I owe Sam $12"."""
        if not self._lead(i, cues.PAY_VERBS) or end >= self.n or not self.spaced(end):
            return False
        return self.words[end] in _CURRENCY or self.words[end].isdigit()

    def _dash_signed(self, i: int, end: int) -> bool:
        """A message signed after a dash: "Great work on the launch, everyone – Martin"."""
        if i < 2 or self.words[i - 1] not in _SIGN_DASHES or not (self.spaced(i) and self.spaced(i - 1)):
            return False
        if self.first_on_line[i - 1]:
            return False
        if end >= self.n or (self.line_ends(end) and self.words[end] != ":"):
            return True
        # An entry of a list after its topic: "payroll queries – Sinéad; expenses – Kobus", "Day shift – Rohan."
        return self.words[end] in (";", ".") and self.joined(end)

    def _done_to(self, end: int) -> bool:
        """A participle of what is done only to a person right after the name: "Vandaag Ivy gefeliciteerd"."""
        return self._next_in(end, cues.PERSON_ONLY_PARTICIPLES)

    def _above_device_line(self, i: int, end: int) -> bool:
        """The name alone on the line above a phone's signature: "Geraldine\nSent from my iPhone"."""
        if not (self.first_on_line[i] and self.line_ends(end)):
            return False
        line_end = self.text.find("\n", self.ends[end - 1])
        if line_end < 0:
            return False
        return self.text[line_end + 1 : line_end + 40].lstrip(" \t").lower().startswith(cues.DEVICE_SIGNATURES)

    def _weak_cue(self, i: int, end: int) -> bool:
        prev = self.words[i - 1] if i > 0 else ""
        if prev == "(" and self.joined(i) and end < self.n and self.words[end] == ")" and self.joined(end):
            return True
        if prev == "@" and self.joined(i) and not (i > 1 and self.joined(i - 1) and self.words[i - 2].isalnum()):
            return True  # "@Pieter", not "jan@Pieter"
        if prev == "/" and i > 1 and self.lowered[i - 2] == "w" and self.joined(i - 1) and self.spaced(i):
            return i == 2 or self.spaced(i - 2)  # "spoke w/ Gary": "w/" is "with"
        if self._lead(i, words.LEAD_WORDS) and (
            prev.islower() or (prev.lower() not in cues.BARE_PREPOSITIONS and not self.line_ends(end))
        ):  # "vraag het aan Sanne", "Stuur Thijn een ..."; not "Van Dijk", "For Felix source", a heading "Met Lisa"
            return True
        if self._paired(i) or self._pair_ahead(end) or self._met(i) or self._clause_subject(i, end):
            return True
        if (self._opens(i) or self._quote_opens(i)) and (
            self._next_in(end, words.SUBJECT_VERBS)
            or self._next_in(end, cues.MORE_SUBJECT_VERBS)
            or (self._next_in(end, cues.MOVE_VERBS) and self._no_word(i))
        ):
            return True
        if self._age_after(end) or (self._age_apposition(end) and self._no_word(i)):
            return True  # "Trevor, 54, presents with", "Rory (12) scored", "Fenna, 34 jaar"
        return self._possessive(end) or self._relative_after(end) or self._question_subject(i) or self._clause_object(i)

    def _strong_cue(self, i: int, end: int, tier: str) -> bool:
        if self._role_after(end) or self._asked(i, end) or self._subject(i, end, tier):
            return True
        if self._above_device_line(i, end) or self._plus_one(end) or (tier != "month" and self._paid(i, end)):
            return True
        if tier == "plain" and (self._rota_entry(i, end) or self._dash_signed(i, end) or self._done_to(end)):
            return True
        if tier == "plain" and self._group_after(end):
            return True
        if tier not in ("month", "word") and (self._honorific_after(end) or self._as_said(i, end)):
            return True
        if tier == "plain" and self._timed_subject(i, end):
            return True
        if tier in ("plain", "ambiguous") and self._action_owner(i, end):
            return True
        if tier != "month" and self._second_of_pair_subject(i):
            return True
        if tier != "month" and (self._comma_who_after(end) or self._clause_subject_verb(i, end)):
            return True
        if tier != "month" and self._person_named(i, end):
            return True
        if tier == "month" and self._lead(i, cues.RELATIONS):
            return True  # "my son June", "mijn zus April": a month is no one's relation
        if self._contact_after(i, end) or self._to_infinitive(end):
            return True
        if tier != "month" and (self._vocative(i, end, tier) or self._with_speaker(i, end) or self._role_before(i)):
            return True
        if tier != "month" and (self._with_person(i) or (self._lead(i, cues.WANT_VERBS) and self._next_in(end, _TO))):
            return True
        if tier != "month" and (self._with_after(i, end) or self._according(i) or self._sent_by(i)):
            return True
        if tier != "month" and (self._reported(i, end) or self._told(i) or self._kept_informed(i, end)):
            return True
        if tier != "month" and self._lead(i, frozenset({"bij"})) and self.lowered[i - 2] == "terecht":
            return True  # "kunt u terecht bij Mark"
        if tier != "month" and self._lead(i, frozenset({"bij"})) and self._next_in(end, frozenset({"terecht"})):
            return True  # "kun je bij Roos terecht"
        if tier != "month" and self.words[i].casefold() not in self.lex.places and self._done_by(i, end):
            return True
        if tier != "month" and (self._mention(i) or self._thanked(i, end)):
            return True
        if tier != "month" and self._self_intro(i, end) and (tier != "word" or self.words[end] == "hier"):
            return True  # "Werner here,", "Ben hier,"; not "Mark here, then sign below"
        if tier != "month" and (self._contracted(i, end) or self._quoted_speaker(i, end)):
            return True  # "Shannon'll handle it", '"No," Nicholas replied'
        if tier != "month" and self._question_act(i, end):
            return True  # "Did Dale cancel the meeting?"
        if tier != "month" and (self._per_source(i, end) or self._listed(i) or self._vocative_end(i, end, tier)):
            return True  # "Per Mitchell,", "Niels, Irena en Guy", "Thanks for this, Glen!"
        if tier != "month" and (self._owned_personal(end) or self._person_only_lead(i, end)):
            return True  # "Georgia's email", "Congratulate Pat on", "a 1:1 with Florence": only a person fits
        place = self.words[i].casefold() in self.lex.places
        if tier != "month" and not place and (self._pronoun_after(end) or self._own_pronoun_after(i, end)):
            return True  # "replace Hunter while he is away", "Willow forgot her badge": the pronoun refers back
        if tier == "ambiguous" and self.words[i].casefold() not in self.lex.places and self._owned(end):
            return True  # a noun, not a function word ("Will's") nor a place ("Jordan's economy")
        if tier == "month":
            return False
        return self._contacted(i) or self._addressed(i, self.words[i].casefold() in self.lex.places)

    def _own_pronoun_after(self, i: int, end: int) -> bool:
        """'Willow forgot her badge again', 'Roos vergat haar pasje': the name opens a sentence, a verb
        follows (not "is", "was": "Holly is her favourite"), then her, his or haar and a word."""
        if not self._opens(i) or end + 2 >= self.n or not (self.spaced(end) and self.spaced(end + 1)):
            return False
        if self.lowered[i] in cues.ABSTRACT_NAMES:
            return False  # "Faith keeps her going"
        verb, pronoun = self.words[end], self.words[end + 1]
        if not verb.isalpha() or not verb.islower() or verb in _NAMING_VERBS or verb in _DETERMINERS:
            return False
        return pronoun in cues.OWN_PRONOUNS and self.spaced(end + 2) and self.words[end + 2].isalpha()

    def _pronoun_after(self, end: int) -> bool:
        """A personal pronoun refers back to the name: "replace Hunter while he is on leave", "a
        card for Hugo, she is moving", "Roos, want ze is ziek": a comma, a conjunction or both,
        then he, she, hij, zij (or ze after a comma); the pronoun followed by a word."""
        j = end
        comma = j < self.n and self.words[j] == "," and self.joined(j)
        if comma:
            j += 1
        if j < self.n and self.spaced(j) and self.lowered[j] in cues.PRONOUN_LINKS:
            j += 1
        if j == end or j + 1 >= self.n or not self.spaced(j) or not self.spaced(j + 1):
            return False
        pronoun = self.words[j]
        if pronoun != pronoun.lower() and not (pronoun == "I" or self.words[j - 1] == ","):
            pronoun = ""  # "Austin, She Said" (a title): written in lower case inside a sentence
        low = pronoun.lower()
        refers = low in cues.REFERRING_PRONOUNS or (comma and low in cues.REFERRING_AFTER_COMMA)
        return refers and self.words[j + 1].isalpha()

    def _role_before(self, i: int) -> bool:
        """'collega Milan', 'my colleague Jordan', 'klant Jade', 'Manager Will': a job or relation;
        also set off by commas: 'The new hire, Mateo, starts', 'onze stagiair, Jade, begint'; or
        a label: 'Nieuwe collega: Dean start', 'New starter: Samantha joins'."""
        if self._lead(i, cues.PERSON_ROLES):
            return True
        end = self.first_name_end(i) or i + 1
        if i > 1 and self.words[i - 1] == "(" and self.joined(i) and end < self.n and self.words[end] == ")":
            if self.lowered[i - 2] in cues.PERSON_ROLES and self.spaced(i - 1):
                return True  # "The new hire (Jasmine) starts", "onze stagiair (Jade)"
        if i > 1 and self.words[i - 1] == ":" and self.joined(i - 1) and self.spaced(i):
            job = self.lowered[i - 2]
            if job in cues.PERSON_ROLES:
                return True
            if job in cues.QUALIFIED_ROLES and i > 2 and self.words[i - 3].isalpha() and self.words[i - 3].islower():
                return True  # "Meet our new designer: Ingrid"
        role = i > 1 and self.lowered[i - 2] in cues.PERSON_ROLES
        if not role and i > 2 and self.lowered[i - 2] in cues.QUALIFIED_ROLES and self.spaced(i - 2):
            qualifier = self.words[i - 3]  # "Our team lead, Ben, approved", "onze data scientist, Priya,"
            role = qualifier.isalpha() and qualifier.islower()
        return self._after_comma(i) and role and end < self.n and self.words[end] == "," and self.joined(end)

    def _pair_ahead(self, end: int) -> bool:
        """'Naomi en Stijn', 'Kyra and Jorge': 'en' or 'and' and a second confident first name that
        ends the name (no surname after it); both are people. After a comma only in a list that goes
        on: 'Candace, Melissa and Tracy'."""
        k = end + 1
        if k >= self.n:
            return False
        listed = self.words[end] == "," and self.joined(end)  # "Candace, Melissa and Tracy"
        if not (listed or (self.words[end] in cues.PAIR_WORDS and self.spaced(end))):
            return False
        if not self.spaced(k) or (listed and not self.cap(k)):
            return False  # "Augusta, GA"
        other = self.first_name_end(k)
        if other is None or not self.confident_first(k) or self.words[k].casefold() in self.lex.places:
            return False
        if self._continues(other):
            return False
        # after a comma the list must go on: "Candace, Melissa and ...", not "Met Lisa, Sanne"
        return not listed or (other < self.n and (self.words[other] == "," or self.words[other] in cues.PAIR_WORDS))

    def _with_speaker(self, i: int, end: int) -> bool:
        """'Milan en ik', 'Jordan and I', 'ik en Milan', 'me and Jordan'."""
        after = tuple(self.words[end : end + 2]) if end + 1 < self.n else ()
        before = tuple(self.lowered[i - 2 : i]) if i >= 2 else ()
        if (
            after
            and self.spaced(end)
            and self.spaced(end + 1)
            and (after[0], self.lowered[end + 1]) in cues.SPEAKER_PAIRS
        ):
            return after[1] in ("I", "ik", "me", "mij") or (not self.as_written and after[1] == "i")
        return bool(before) and self.spaced(i) and self.spaced(i - 1) and before in cues.SPEAKER_PAIRS_BEFORE

    def _role_after(self, end: int) -> bool:
        """'Amina van de receptie', 'Mark from accounting', 'Jordan (HR)', 'Sanne bij sales',
        'Jordan, our new CFO', 'Johan in de cc'."""
        if end + 1 < self.n and self.words[end] == "," and self.joined(end) and self.spaced(end + 1):
            j = end + 1
            while j < end + 3 and j < self.n and self.lowered[j] in cues.ROLE_DETERMINERS:
                j += 1
            if j < self.n and self.spaced(j) and self.lowered[j] in cues.PERSON_ROLES:
                return True
            # one or two words qualifying the role: "Robin, the hiring manager", "Jordan, our new
            # CFO", "Max, a nervous job candidate"
            for k in (j + 1, j + 2):
                if k >= self.n or not (self.words[k - 1].isalpha() and self.spaced(k)):
                    return False
                role = self.lowered[k]
                if (role in cues.PERSON_ROLES or role in cues.QUALIFIED_ROLES) and self.words[k] != "IT":
                    return True
                if k == j + 1 and not self.words[k].islower():
                    return False
            return False
        if end >= self.n or not self.spaced(end):
            return False
        j = end
        if self.words[j] in _CC_FILLERS and j + 1 < self.n and self.spaced(j + 1):
            j += 1  # "Zet Fleur even in de cc"
        if self.words[j] in _CC_PREPOSITIONS:  # "Zet Johan in de cc", "Put Sofia in cc", "add Mark to the cc"
            k = j + 2 if j + 2 < self.n and self.words[j + 1] in _ROLE_ARTICLES else j + 1
            return k < self.n and self.spaced(k) and self.lowered[k] in ("cc", "bcc")
        j = end
        if self.words[j] == "(":
            return self._bracket_role(j)
        if self.words[j] not in _ROLE_PREPOSITIONS:
            return False
        j += 1
        if j < self.n and self.spaced(j) and self.words[j] in _ROLE_ARTICLES:
            j += 1
        return j < self.n and self.spaced(j) and self._role_word(j)

    def _action_owner(self, i: int, end: int) -> bool:
        """'- Actie Ilse: offerte aanvragen', 'Action Tom + Priya: book the room': an action item's
        owner, between "actie" or "action" and a colon (or the next owner)."""
        if i >= 3 and self.words[i - 1] in ("+", "&") and self.lowered[i - 3] in _ACTION_WORDS:
            i -= 2  # the second owner: "Actie Roel + Marloes:"
        if i == 0 or self.lowered[i - 1] not in _ACTION_WORDS or not self.spaced(i) or end >= self.n:
            return False
        nxt = self.words[end]
        return (nxt == ":" and self.joined(end)) or (nxt in ("+", "&", "/") or self.lowered[end] in ("en", "and"))

    def _group_after(self, end: int, possessive: bool = False) -> bool:
        """'Kees van de garage', 'Joris van het studiebureau', 'Ananya from his team': a listed name
        that is no word, then where the person belongs: "van", "uit" or "from", an article or
        possessive, and a word in lower case (a surname would be capitalised). With `possessive`
        only "his", "haar", "our" ...: a thing comes "from the docs" too."""
        j = end
        if j + 2 >= self.n or self.words[j] not in _GROUP_PREPOSITIONS or not self.spaced(j):
            return False
        determiners = _GROUP_POSSESSIVES if possessive else _GROUP_DETERMINERS
        if self.lowered[j + 1] not in determiners or not (self.spaced(j + 1) and self.spaced(j + 2)):
            return False
        word = self.words[j + 2]
        return len(word) > 2 and word.isalpha() and word.islower()

    def _bracket_role(self, j: int) -> bool:
        """A role in brackets at token j: "(HR)", "(client CFO)", "(head of sales)", "(onze jurist)":
        up to four words, one of them a role, then ")"."""
        close = next((k for k in range(j + 1, min(self.n, j + 6)) if self.words[k] == ")"), None)
        if close is None or close == j + 1 or not all(self.words[k].isalpha() for k in range(j + 1, close)):
            return False
        return any(self._role_word(k) for k in range(j + 1, close))

    def _role_word(self, j: int) -> bool:
        word = self.words[j]
        if word.lower() == "it":
            return word == "IT"
        low = word.lower()
        if low.endswith(_ROLE_COMPOUND_ENDS) and len(low) > 9 and word.islower():
            return True  # "Ivy uit het marketingteam", "Jet van de salesafdeling"
        return low in cues.ROLE_WORDS and (word.islower() or word.isupper() or self.cap(j))

    def _asked(self, i: int, end: int) -> bool:
        """'ask Mark to', 'vraag Milan om', 'laat Jade weten', 'let Will know'; 'vraag aan Jet of',
        'zeg tegen Lex dat'."""
        if self._lead(i, cues.ASK_VERBS) and self._next_in(end, cues.ASK_LINKS):
            return True
        return (
            i > 1
            and self.words[i - 1] in ("aan", "tegen")
            and self.spaced(i - 1)
            and self._lead(i - 1, _ASK_TO_VERBS)
            and self._next_in(end, cues.ASK_LINKS)
        )

    def _subject(self, i: int, end: int, tier: str) -> bool:
        """'Milan neemt contact op', 'Jordan called', 'Jade heeft de offerte gestuurd', 'Mark to call
        back', 'Sam is tot mei met verlof', 'Robin on leave until Friday'."""
        if not (self._opens(i) or (tier == "plain" and self._after_comma(i))) or end >= self.n or not self.spaced(end):
            return False
        if self.words[end] in cues.PAIR_WORDS:
            return self._pair_subject(i, end)
        adverb = self.words[end] in cues.SUBJECT_ADVERBS or (tier == "plain" and _ly_adverb(self.words[end]))
        if adverb and end + 1 < self.n and self.spaced(end + 1):
            end += 1  # "Dave still hasn't sent", "Sanne ook belt" reads the verb after the adverb
        verb = self.words[end]
        if adverb and tier == "plain" and present_verb(verb):
            # "Angela consistently exceeds expectations", "Scott never answers": a habit; not "Sierra
            # starts faster", which a thing's name does as well
            return not self._inverted(end + 1)
        if verb in cues.CONTACT_INFINITIVES:  # _opens(i) holds here
            return True  # a to-do line: "2. Nadia bellen over het contract"
        guarded = self.lowered[i] in cues.CLAUSE_ADVERBS
        # a past verb after a noun-only word ("Hunter asked whether"): as a noun it would have an article
        nounish = tier in ("plain", "ambiguous") or (tier == "word" and self.lowered[i] not in non_noun_words())
        if verb in cues.PERSON_VERBS or (verb in cues.PERSON_VERBS_PAST and nounish):
            return not (guarded and self._inverted(end + 1))
        if tier == "plain" and self._opens(i) and (self._person_past(verb) or self._modal_then_verb(end)):
            # "Rhys disagreed about the costs", "Tyler will circulate the figures": a listed name
            # that is no word, opening a sentence, before what a person did or a modal and a verb
            return not (guarded and self._inverted(end + 1))
        if verb in cues.AUXILIARIES or verb == "to" or verb in cues.STATE_LINKS:
            reach = 2 if verb == "to" else _AUX_REACH
            for j in range(end + 1, min(self.n, end + 1 + reach)):
                if self.words[j] in _SENTENCE_END or self.line_ends(j):
                    return False
                if self.words[j] in cues.PERSON_ACTS or (verb in cues.STATE_LINKS and self.words[j] in cues.STATES):
                    return not (guarded and self._inverted(end + 1))
        return False

    @staticmethod
    def _person_past(verb: str) -> bool:
        """A past verb a person's name opens a sentence with: a regular one ("disagreed", "phoned")
        or one of what people say and think; not what storms and things do ("Katrina arrived",
        "Sierra started", "Alexa crashed")."""
        if verb in cues.PERSON_ONLY_PAST:
            return True
        return past_verb(verb) and verb not in cues.MOVE_VERBS and verb not in _EVENT_PAST

    def _modal_then_verb(self, end: int) -> bool:
        """An English modal at `end`, then a verb in lower case: "will circulate", "can't make"."""
        if self.lowered[end] not in _MODAL_VERBS or end + 1 >= self.n:
            return False
        k = end + 1
        if self.words[k] in ("'", "’") and k + 1 < self.n and self.words[k + 1] == "t":
            k += 2  # "can't", "won't"
        elif self.words[k] == "not" and self.spaced(k):
            k += 1
        return k < self.n and self.spaced(k) and self.words[k].isalpha() and self.words[k].islower()

    def _pair_subject(self, i: int, end: int) -> bool:
        """'Frank and Sophie are going to the fair', 'Guy en Sophie gaan samen': two listed first
        names joined by 'and' or 'en' open the sentence, one of them no word, and a verb for
        both follows (plural, past, or an auxiliary)."""
        k = end + 1
        if k >= self.n or not (self.spaced(end) and self.spaced(k)) or not self.cap(k):
            return False
        other = self.first_name_end(k)
        if other is None or other >= self.n or not self.spaced(other) or self._continues(other):
            return False
        if not (self.confident_first(i) or self.confident_first(k)):
            return False
        verb = self.words[other]
        return verb in cues.PAIR_VERBS or verb in cues.PERSON_VERBS_PAST or verb in cues.AUXILIARIES

    def _verb_after(self, i: int, end: int) -> bool:
        """'Beoordeling: Willem overtreft consequent ...', 'Herschrijf: Lieke beantwoordt zijn mails
        nooit': a name that is no word opens a sentence or a line after a label, a word in lower
        case follows (in Dutch and English the subject's verb), and more words after it."""
        if i == 0 or self.words[i - 1] != ":" or not self.spaced(i):
            return False
        if end + 1 >= self.n or not (self.spaced(end) and self.spaced(end + 1)):
            return False
        verb = self.words[end]
        return verb.isalpha() and verb.islower() and len(verb) > 2 and self.words[end + 1].isalpha()

    def _person_named(self, i: int, end: int) -> bool:
        """'a girl named Parker', 'a nurse called Dale', 'een meisje genaamd Roos', 'een jongen die
        Bo heet': a person's noun, then the name it goes by."""
        if i >= 2 and self.lowered[i - 1] in _NAMED and self.lowered[i - 2] in _PERSON_NOUNS:
            return self.spaced(i) and self.spaced(i - 1)
        return (
            i >= 2
            and end < self.n
            and self.lowered[end] in ("heet", "heette")
            and self.lowered[i - 1] in ("die", "dat")
            and self.lowered[i - 2] in _PERSON_NOUNS
        )

    def _comma_who_after(self, end: int) -> bool:
        """'for Dale, who has ten years of experience': a comma and "who", which only a person takes."""
        return (
            end + 1 < self.n
            and self.words[end] == ","
            and self.joined(end)
            and self.spaced(end + 1)
            and self.lowered[end + 1] in ("who", "whom", "whose")
            and (end + 2 >= self.n or self.lowered[end + 2] not in ("knows", "cares"))  # "Paris, who knows,"
        )

    def _clause_subject_verb(self, i: int, end: int) -> bool:
        """'Is it okay that Jack worked 60 hours', 'because Taylor called': a conjunction, the name
        capitalised inside the sentence (a word would be in lower case), a verb a person does."""
        if not self._clause_subject(i, end):
            return False
        verb = self.words[end]
        return verb in cues.PERSON_VERBS or verb in cues.PERSON_VERBS_PAST or past_verb(verb)

    def _second_of_pair_subject(self, i: int) -> bool:
        """'Sophie and Frank are going': the second name of a pair subject (_pair_subject)."""
        j = i - 2
        if j < 0 or self.words[i - 1] not in cues.PAIR_WORDS or self.first_name_end(j) != i - 1:
            return False
        return self._opens(j) and self.spaced(i - 1) and self._pair_subject(j, i - 1)

    def _vocative(self, i: int, end: int, tier: str = "plain") -> bool:
        """'Milan, kun je ...', 'Jordan, could you ...': the name opens a sentence, a comma and a
        question or thanks to that person follow."""
        quoted = i > 0 and self.words[i - 1] in _QUOTES and self.joined(i)  # "'Juul, je bent ...'"
        if not (self._opens(i) or quoted) or end + 1 >= self.n or self.words[end] != "," or not self.joined(end):
            return False
        after = self.words[end + 1]
        if quoted and not self._opens(i) and after != after.lower():
            return False  # "'Augusta, GA'": a place and its state, not "'Juul, je bent ...'"
        if not self.spaced(end + 1):
            return False
        if (
            after.lower() in cues.VOCATIVE_PRONOUNS
            and tier != "word"
            and self.words[i].casefold() not in self.lex.places
        ):
            return True  # "Bethan, I expect the report by Friday" (not "Paris, I love it", "Frank, I")
        if tier == "plain" and after.isalpha() and after.islower() and self.words[i].casefold() not in self.lex.places:
            return True  # "'Maria, zoals gezegd ...'": a name that is no word, a comma, the sentence goes on
        return after.lower() in cues.VOCATIVE_NEXT

    def _inverted(self, j: int) -> bool:
        """A subject follows the verb, so the sentence opened with an adverb: 'Dan belt hij terug'."""
        return j < self.n and self.spaced(j) and (self.words[j] in cues.CLAUSE_WORDS or self.cap(j))

    def _paired(self, i: int) -> bool:
        """'Jan de Vries en Sanne', 'tussen Deddo en Bilal', 'with Kyra and Jorge': the name
        follows another name (found just before it) and a comma or conjunction."""
        return i >= 2 and self.last_end == i - 1 and self.lowered[i - 1] in cues.PAIR_LINKS and self.spaced(i)

    def _listed(self, i: int) -> bool:
        """'Nodig Niels, Irena en Guy uit': the last of a list of names found, after 'en' or 'and'
        (two found before it, or one that reads as two: "Niels, Irena" is also "Surname, First")."""
        if not (self._paired(i) and self.lowered[i - 1] in ("en", "and", "&")):
            return False
        return self.chain >= 2 or "," in self.words[self.last_start : self.last_end]

    def _contact_after(self, i: int, end: int) -> bool:
        """'Kun je Jill bellen', 'wil je Sanne even mailen', 'Ik heb Roel gisteren gebeld', 'ik moet
        Nick volgende week ontslaan': a pronoun or auxiliary, the name, a filler or two, a verb done
        to a person."""
        if i == 0 or not self.spaced(i):
            return False
        prev = self.words[i - 1]
        if prev not in cues.CONTACT_SUBJECTS and prev not in cues.CONTACT_AUXILIARIES:
            return False
        j = end
        while j < min(self.n, end + 2) and self.words[j] in cues.CONTACT_FILLERS:
            j += 1
        return self._next_in(j, cues.TO_PERSON_INFINITIVES) or self._next_in(j, cues.CONTACT_PARTICIPLES)

    def _two_words_to_infinitive(self, i: int, end: int) -> Hit | None:
        """A first name and one more capitalised word that is no common word, then 'te' and a verb
        done to a person: "Vergeet niet Paul Thijs te feliciteren" (a surname that is also a first
        name, which the parse leaves to the cues)."""
        word = self.words[end]
        if not (self.cap(end) and self.spaced(end)) or word.lower() in self.lex.ordinary:
            return None
        if word.casefold() in self.lex.world_places:
            return None  # "Jan Amsterdam te bellen" is no full name
        return (i, end + 1, MEDIUM) if self._to_infinitive(end + 1) else None

    def _age_after(self, end: int) -> bool:
        """An age in apposition: "Oswald Hermighausen, 42 jaar, zoekt", "Julia Ullrich (42)",
        "Cord Rose, 42 years old": only a person has one written so."""
        if end + 2 >= self.n or not self.joined(end):
            return False
        mark, number = self.words[end], self.words[end + 1]
        if not (number.isdigit() and len(number) <= 3 and self.spaced(end + 1)):
            return False
        if mark == "(":
            return self.words[end + 2] == ")"
        return mark == "," and self._next_in(end + 2, cues.AGE_WORDS)

    def _age_apposition(self, end: int) -> bool:
        """An age set off by commas, the sentence going on in lower case, or in brackets: "Trevor, 54,
        presents with chest pain", "Fenna, 8, zit in groep 5", "Rory (12) scored"."""
        if end + 2 >= self.n or self.words[end] not in (",", "("):
            return False
        number = self.words[end + 1]
        if not (number.isdigit() and len(number) <= 3 and int(number) <= 110):
            return False
        if self.words[end] == "(":
            return self.spaced(end) and self.joined(end + 1) and self.words[end + 2] == ")" and self.joined(end + 2)
        if end + 3 >= self.n or not (self.joined(end) and self.spaced(end + 1)):
            return False
        after = self.words[end + 3]
        return (
            self.words[end + 2] == ","
            and self.joined(end + 2)
            and self.spaced(end + 3)
            and after.isalpha()
            and after.islower()
        )

    def _noted_about(self, i: int, end: int) -> bool:
        """A note about the person, the name closing a label: "Opmerking over Elke Standaert:",
        "Note about June Stone:"."""
        if i < 2 or not self.spaced(i) or end >= self.n or self.words[end] != ":" or not self.joined(end):
            return False
        return self.lowered[i - 1] in cues.ABOUT_WORDS and self.lowered[i - 2] in cues.NOTE_WORDS

    def _to_infinitive(self, end: int) -> bool:
        """'te' and a verb done to a person follow: "Vergeet niet Paul Thijs te feliciteren"."""
        return self._next_in(end, frozenset({"te"})) and self._next_in(end + 1, cues.TO_PERSON_INFINITIVES)

    def _contacted(self, i: int) -> bool:
        """'bel Milan', 'Call Jordan tomorrow', 'mail Jade de offerte'."""
        return self._lead(i, cues.CONTACT_VERBS)

    def _addressed(self, i: int, place: bool) -> bool:
        """'een bedankmail aan Milan', 'a thank-you note for Jade': a message and a preposition
        before the name ("naar" and "to" only when the name is no place)."""
        if i < 2 or not self.spaced(i):
            return False
        prep = self.words[i - 1]
        if not (prep in _ADDRESS_PREPOSITIONS or (prep in _PLACE_PREPOSITIONS and not place)):
            return False
        for j in range(i - 2, max(-1, i - 5), -1):
            if self.words[j] in _SENTENCE_END:
                return False
            low = self.lowered[j]
            if low in cues.MESSAGE_WORDS or (len(low) > 7 and low.endswith(cues.MESSAGE_ENDS)):
                return True
        return False
