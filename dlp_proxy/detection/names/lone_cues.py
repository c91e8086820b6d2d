"""The cues around a lone first name that say it is a person's: the sentence's shape (a clause or
question with the name as its subject or object), what is done with the person (met, worked
with, told, kept informed), and what the person said or sent. Used by lone_name.LoneNameRules,
which decides how many cues a name needs.
"""

from __future__ import annotations

from dlp_proxy.detection.names import cue_words as cues
from dlp_proxy.detection.names.name_context import ContextRules

SENTENCE_END = frozenset(".!?;:")
_OPENERS = frozenset(".!?:;")
# A dash with a space on either side: it sets off what follows as a clause of its own.
_DASHES = frozenset("-–—")
_OPENING_QUOTES = frozenset("'\"“‘„«")
_CLOSING_QUOTES = frozenset("'\"”’»")
_QUOTE_ENDS = frozenset(",?!")
_SELF_INTRO_AFTER = frozenset(",.:;!-–—")
_LATIN_AFTER_PER = frozenset({"diem", "annum", "capita", "se", "cent", "mille", "stirpes", "mensem"})


class LoneCues(ContextRules):
    """Cue predicates over the token list: token i is the name's first word, `end` just past it."""

    def _question_subject(self, i: int) -> bool:
        """After the verb opening a question, maybe after a question word: "Kan Esther ...",
        "Waarom reageert Iris niet?", "Can Esther cover it?"."""
        if i == 0 or not self.spaced(i) or self.lowered[i - 1] not in cues.INVERTING_VERBS:
            return False
        if self.lowered[i - 1] in ("is", "was") and self._next_in(i + 1, cues.ARTICLES):
            return False  # "Is Chelsea a good area": a place described, not a person asked about
        if self._opens(i - 1):
            return True
        return i > 1 and self.spaced(i - 1) and self.lowered[i - 2] in cues.QUESTION_WORDS and self._opens(i - 2)

    def _question_act(self, i: int, end: int) -> bool:
        """'Did Dale cancel the vendor meeting?', 'Why has Kelly replied so late?': a question with
        the name as subject of a verb a person does; after a place name ("Dale", "Jordan") one no
        place does ("Did Jordan sign the treaty?" may be the country)."""
        if not self._question_subject(i) or self.lowered[i - 1] not in cues.INVERTING_VERBS:
            return False
        place = self.words[i].casefold() in self.lex.places
        return self._next_in(end, cues.QUESTION_PERSON_ACTS if place else cues.QUESTION_ACTS)

    def _clause_object(self, i: int) -> bool:
        """After a pronoun in a subordinate clause ("of ik Lars moet aannemen") or after a pronoun
        and a modal ("Ik wil Tess feedback geven")."""
        if i < 2 or not (self.spaced(i) and self.spaced(i - 1)):
            return False
        before, prev = self.lowered[i - 2], self.words[i - 1]
        if prev in cues.CLAUSE_PRONOUNS:
            return before in cues.SUBORDINATORS or self._asked_object(i)
        return prev in cues.MODALS and before in cues.CLAUSE_PRONOUNS

    def _asked_object(self, i: int) -> bool:
        """A question with its modal first, then the pronoun, the name and a verb in lower case:
        "Wat moet ik Pieter antwoorden?", "Moet ik Sanne nog bellen?"."""
        j = i - 2  # the modal
        if self.lowered[j] not in cues.MODALS or i + 1 >= self.n or not self.words[i + 1].islower():
            return False
        if self._opens(j):
            return True
        return j > 0 and self.spaced(j) and self.lowered[j - 1] in cues.QUESTION_WORDS and self._opens(j - 1)

    def _with_person(self, i: int) -> bool:
        """'afgesproken met Jade', 'het niet eens met Lore', 'agreed with Jordan', 'together with
        Heather': talking or working with someone."""
        if i < 2 or not (self.spaced(i) and self.spaced(i - 1)) or self.words[i - 1] not in ("met", "with"):
            return False
        return self.lowered[i - 2] in cues.WITH_WORDS

    def _with_after(self, i: int, end: int) -> bool:
        """'met Valentine afgesproken', 'met Frank overlegd': 'met', the name, a participle of
        something done with a person."""
        return i > 0 and self.spaced(i) and self.words[i - 1] == "met" and self._next_in(end, cues.WITH_AFTER)

    def _according(self, i: int) -> bool:
        """'Volgens Hugo is de deadline vrijdag', 'according to Heather': the name is a source, and
        no place ('volgens Milan' may be the city's figures)."""
        if self.words[i].casefold() in self.lex.places or not self.spaced(i):
            return False
        if self._lead(i, frozenset({"volgens"})):
            return True
        return i > 1 and self.words[i - 1] == "to" and self.spaced(i - 1) and self.lowered[i - 2] == "according"

    def _sent_by(self, i: int) -> bool:
        """'de mail van Lore', 'the email from Heather': a message right before 'van' or 'from'."""
        if i < 2 or not (self.spaced(i) and self.spaced(i - 1)) or self.words[i - 1] not in ("van", "from"):
            return False
        return self.lowered[i - 2] in cues.SENT_MESSAGES and self.words[i].casefold() not in self.lex.places

    def _reported(self, i: int, end: int) -> bool:
        """'wat Riley in de vergadering zei', 'what Dean said': 'wat' or 'what', the name, and a verb
        of saying or wanting before the clause ends."""
        if i == 0 or not self.spaced(i) or self.lowered[i - 1] not in ("wat", "what"):
            return False
        for j in range(end, min(self.n, end + 7)):
            if self.words[j] in SENTENCE_END or self.line_ends(j) or (j > end and self.cap(j)):
                return False
            if self.words[j] in cues.SPEECH_VERBS and self.spaced(j):
                return True
        return False

    def _told(self, i: int) -> bool:
        """'Hoe vertel ik Jet dat', 'Hoe help ik Ise met': a verb done to a person, a pronoun, the name."""
        if i < 2 or not (self.spaced(i) and self.spaced(i - 1)) or self.lowered[i - 1] not in ("ik", "je", "we"):
            return False
        verb = self.words[i - 2]
        return verb.lower() in cues.TELL_VERBS and (verb.islower() or self._opens(i - 2))

    def _kept_informed(self, i: int, end: int) -> bool:
        """'Houd Nina op de hoogte', 'Keep Robin in the loop'."""
        if not self._lead(i, cues.KEEP_VERBS):
            return False
        for phrase in cues.KEPT_INFORMED:
            stop = end + len(phrase)
            if stop <= self.n and all(self.spaced(j) for j in range(end, stop)):
                if tuple(w.lower() for w in self.words[end:stop]) == phrase:
                    return True
        return False

    def _relative_after(self, end: int) -> bool:
        """A relative pronoun for persons follows, maybe after a comma: "Jasper die steeds te
        laat komt", "Priya, who joined in May"."""
        if end < self.n and self.words[end] == "," and self.joined(end):
            end += 1
        return self._next_in(end, cues.PERSON_RELATIVES)

    def _opens(self, i: int) -> bool:
        """Token i opens a sentence, a line, a bullet or a clause ("en Milan belt")."""
        if self.first_on_line[i]:
            return True
        prev = self.words[i - 1]
        if prev in _OPENERS or (prev in cues.CLAUSE_STARTS and self.spaced(i)):
            return True
        if prev in _DASHES and self.spaced(i) and self.spaced(i - 1):
            return True  # "Item 3 — Carolyn reported that", "Update - Sam called back"
        # "Yesterday Curtis told me": an adverb opening the sentence, then its subject
        if not (prev[:1].isupper() and self.lowered[i - 1] in cues.LEADING_ADVERBS and self.spaced(i)):
            return False
        return self.first_on_line[i - 1] or (i > 1 and self.words[i - 2] in _OPENERS)

    def _quote_opens(self, i: int) -> bool:
        """Token i opens a quoted text: "Proofread: 'Annick is traag, ...'"."""
        return i > 0 and self.words[i - 1] in _OPENING_QUOTES and self.joined(i) and (i == 1 or not self.joined(i - 1))

    def _next_in(self, j: int, vocabulary: frozenset[str]) -> bool:
        return j < self.n and self.spaced(j) and self.words[j] in vocabulary

    def _lead(self, i: int, vocabulary: frozenset[str]) -> bool:
        """The word before i is in the vocabulary, in lower case or capitalised opening a sentence."""
        if i == 0 or not self.spaced(i):
            return False
        prev, low = self.words[i - 1], self.lowered[i - 1]
        return low in vocabulary and (prev == low or (prev == low.capitalize() and self._opens(i - 1)))

    def _after_comma(self, i: int) -> bool:
        """A comma, then a space, stand right before token i (and a word before the comma)."""
        return i > 1 and self.words[i - 1] == "," and self.joined(i - 1) and self.spaced(i)

    def _clause_subject(self, i: int, end: int) -> bool:
        """'dat Thijs de begroting controleert', 'because Sanne is ill': a conjunction, the name, a
        word in lower case (a surname would have been capitalised)."""
        return (
            i > 0
            and self.lowered[i - 1] in cues.SUBORDINATORS
            and self.spaced(i)
            and end < self.n
            and self.spaced(end)
            and self.words[end].islower()
        )

    def _met(self, i: int) -> bool:
        """'Vandaag sprak ik Gerrit', 'Gisteren belde ik Sanne', 'Yesterday I met Priya': a verb of
        meeting or contact, a subject pronoun, the name (or pronoun and verb the other way round)."""
        if i < 2 or not (self.spaced(i) and self.spaced(i - 1)):
            return False
        a, b = self.lowered[i - 2], self.lowered[i - 1]
        return (a in cues.MEET_VERBS and b in cues.SUBJECT_PRONOUNS) or (
            a in cues.SUBJECT_PRONOUNS and b in cues.MEET_VERBS
        )

    def _possessive(self, end: int) -> bool:
        """'Sanne's laptop', 'Sanne’s', 'Sanne z'n auto', 'Sanne d'r tas'."""
        if end + 1 < self.n and self.words[end] in "'’" and self.joined(end) and self.joined(end + 1):
            return self.words[end + 1] in cues.POSSESSIVE_ENDS and not self._joined_letter(end + 2)
        if end + 2 < self.n and self.spaced(end) and self.joined(end + 1) and self.joined(end + 2):
            return "".join(self.words[end : end + 3]).lower() in cues.DUTCH_POSSESSIVES
        return False

    def _joined_letter(self, j: int) -> bool:
        return j < self.n and self.joined(j) and self.words[j][0].isalpha()

    def _mention(self, i: int) -> bool:
        """'@Grace can you', '(@Mark)': an @-mention at a word's start names a person, whatever
        else the name means; not 'jan@Mark' nor '@Mark.com'."""
        if i == 0 or self.words[i - 1] != "@" or not self.joined(i):
            return False
        if i > 1 and self.joined(i - 1) and self.words[i - 2][-1:].isalnum():
            return False
        end = self.first_name_end(i) or i + 1
        return not (end + 1 < self.n and self.joined(end) and self.words[end] in "._" and self.joined(end + 1))

    def _owned(self, end: int) -> bool:
        """ "Grace's car", "Jade's laptop": a possessive before a word in lower case that is no
        verb or adverb of a contraction ("Summer's here", "Grace's been") nor the noun of an
        eponym or feast ("Dean's list", "King's day", "Murphy's law")."""
        j = self._possessed(end)
        if j is None or not self.words[j].islower():
            return False
        return self.words[j] not in cues.CONTRACTED_NEXT and self.words[j] not in cues.EPONYM_NOUNS

    def _possessed(self, end: int) -> int | None:
        """The token after a possessive at `end` ("Grace's car", "Grace' car": "car"), when a space
        stands before it; else None."""
        if not self._possessive(end):
            return None
        j = end + 2 if self.words[end] in "'’" else end + 3
        return j if j < self.n and self.spaced(j) else None

    def _thanked(self, i: int, end: int) -> bool:
        """'Thanks so much Georgia, this helps', 'Dank je wel Jade!', 'Merci Robin.': thanks, a
        filler or two, the name, then a comma or the end of a sentence."""
        j = i - 1
        while j >= 0 and i - j <= 3 and self.lowered[j] in cues.THANKS_FILLERS:
            j -= 1
        if j < 0 or self.lowered[j] not in cues.THANKS_WORDS:  # the two lists share no word
            return False
        if not all(self.spaced(k) for k in range(j + 1, i + 1)):
            return False
        if not (self.words[j].islower() or self._opens(j)):
            return False
        return end >= self.n or (self.words[end] in (",", "!", ".") and self.joined(end))

    def _self_intro(self, i: int, end: int) -> bool:
        """'Werner here, quick question', 'Fien hier, even een vraag', 'Hi all, Brian here.': the
        writer names themselves ("here" ends the clause; not a place: "Sydney here is hot"); also at
        the start of a quoted message ("Reply to this text: 'Nomsa here, locked out'")."""
        opens = self._opens(i) or self._after_comma(i) or self._quote_opens(i)
        if not opens or not self._next_in(end, cues.SELF_INTRO):
            return False
        if self.words[i].casefold() in self.lex.places:
            return False
        k = end + 1
        return k >= self.n or self.line_ends(k) or (self.words[k] in _SELF_INTRO_AFTER and self.joined(k))

    def _contracted(self, i: int, end: int) -> bool:
        """'Shannon'll handle the call', 'I think Carol'd be upset': will or would contracted onto
        the name, then a verb in lower case (not a place: "Sydney'll be hot")."""
        if end + 2 >= self.n or self.words[end] not in "'’" or not (self.joined(end) and self.joined(end + 1)):
            return False
        if self.lowered[end + 1] not in cues.CONTRACTED_AUX or self.words[i].casefold() in self.lex.places:
            return False
        verb = self.words[end + 2]
        return self.spaced(end + 2) and verb.isalpha() and verb.islower()

    def _quoted_speaker(self, i: int, end: int) -> bool:
        """'"That won't work," Nicholas replied', '"Klopt," zei Fien': the speaker of a quote,
        after its closing mark and before or after a verb of saying."""
        if i < 2 or not self.spaced(i):
            return False
        if self.words[i - 1] in _CLOSING_QUOTES and self.words[i - 2] in _QUOTE_ENDS and self.joined(i - 1):
            return self._next_in(end, cues.QUOTE_SPEECH_VERBS)
        return (
            i >= 3
            and self.lowered[i - 1] in cues.QUOTE_SPEECH_VERBS
            and self.words[i - 2] in _CLOSING_QUOTES
            and self.words[i - 3] in _QUOTE_ENDS
            and self.spaced(i - 1)
        )

    def _per_source(self, i: int, end: int) -> bool:
        """'Per Mitchell, the deadline moved', 'as per Mitchell's email': the name is a source."""
        if not self._lead(i, frozenset({"per"})) or self.words[i].casefold() in self.lex.places:
            return False
        if self.lowered[i] in _LATIN_AFTER_PER:
            return False  # "Per diem, the allowance is ...", "per annum"
        return (end < self.n and self.words[end] == "," and self.joined(end)) or self._possessive(end)

    def _sentence_start(self, i: int) -> int:
        """The first token of the sentence token i is in."""
        j = i
        while j > 0 and not self.first_on_line[j] and self.words[j - 1] not in SENTENCE_END:
            j -= 1
        return j

    def _vocative_end(self, i: int, end: int, tier: str) -> bool:
        """'Thanks for the quick turnaround, Glen!', 'Can you send it today, Mark?': a comma after a
        word in lower case, the name, the sentence's end. A name that is also a noun needs a "!" or
        "?" or a sentence of thanks or regret; one that is also a function word, the latter."""
        if not self._after_comma(i) or end >= self.n or self.words[end] not in ("!", "?", ".") or not self.joined(end):
            return False
        if not (end + 1 >= self.n or self.line_ends(end + 1) or (self.spaced(end + 1) and self.cap(end + 1))):
            return False
        prev = self.words[i - 2]
        if not (prev.isalpha() and prev.islower()) or self.words[i].casefold() in self.lex.places:
            return False  # "Paris, Glen.": a list of names or places
        if tier == "plain":
            return True
        opener = self.lowered[self._sentence_start(i)] in cues.VOCATIVE_OPENERS
        return opener or (tier == "ambiguous" and self.words[end] in ("!", "?"))

    def _done_by(self, i: int, end: int) -> bool:
        """'Gemeld door Mark, prioriteit laag', 'Reported by Guy', 'door Jack opgelost': an act
        of a person, 'door' or 'by', the name (the participle before or after it)."""
        if i < 1 or not self.spaced(i) or self.lowered[i - 1] not in ("door", "by"):
            return False
        if i >= 2 and self.spaced(i - 1) and self.lowered[i - 2] in cues.BY_VERBS:
            return True
        return self._next_in(end, cues.BY_VERBS | cues.DONE_BY_AFTER)
