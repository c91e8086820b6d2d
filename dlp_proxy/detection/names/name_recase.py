"""Names in a line written without case: 'mail jan de vries even', 'STUUR DIT NAAR JORDY'.

The name rules read capitals as evidence, so a line in lower case or in capitals hides its
names from them. Such a line is rewritten the way its writer would have cased it, by the lists
alone: a confident first name (no word, product or place) in Title Case, a listed surname after
it (or after an interfix, initials or a title), and in a line of capitals every other word in
lower case. The rules then run on the rewritten text, with all their usual cues ("mail Jan de
Vries even", "stuur dit naar Jordy voor vrijdag"); a name they find there counts only when it
covers a word the rewrite changed and no name of the first pass overlaps it.

Only letters change case and every word keeps its length, so offsets stay valid. A line counts
as lower case when no word in it starts with a capital except the one opening it, a sentence
or a quote ("Kun je dit naar ravi patel sturen?" is one); as capitals when it has no lower-case
letter and two words in capitals. Most texts have no name to re-case, and then nothing runs twice.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Sequence

import regex

from dlp_proxy.detection.names import cue_words as cues
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.census_surnames import census_surnames
from dlp_proxy.detection.names.english_words import is_english_word
from dlp_proxy.detection.names.line_case import line_case
from dlp_proxy.detection.names.name_case import title_case
from dlp_proxy.detection.names.name_lexicon import Lexicon

Span = tuple[int, int, float]

_WORD = regex.compile(r"[\p{L}\p{M}]+")
_UPPER_AFTER = regex.compile(r"[ \t]{1,2}\p{Lu}{2}")  # after the dot of "J. DE VRIES"
_INITIAL = regex.compile(r"(?<![\p{L}.])\p{L}\.[ \t\p{L}]")  # "J. DE VRIES", "j.p. balkenende"
_INTERFIXES = frozenset(words.INTERFIX_STARTS | {"der", "den", "ten", "ter"})
_GAP = regex.compile(r"[ \t]{1,2}")  # between two words of one name
_MAX_INTERFIXES = 2  # "van der", "van den"
_JOINERS = frozenset("@_/\\.#")  # joined to a word, they make it part of an address or handle
_DOTTED = regex.compile(r"(?:\p{L}\.)+")  # a run of initials, "J.P.", "j.p."
_CODE_MARKS = frozenset("={}[]<>;`$|\\_")  # characters prose hardly has and code mostly does
# A call ("f(x)", "print(") or a comment or directive ("# narrows", "#include"): not a bracketed
# remark ("(5 yrs python)") nor a number sign ("ticket #4821").
_CODE_CALL_OR_HASH = regex.compile(r"\w\(|#(?!\d)")
_NOT_CASED_AMBIGUOUS = frozenset({"ai", "api", "app", "bot"})  # listed as first names, and the words of every AI prompt
# Verbs that take a person ("ping anna", "ask tom", "call jan"), some also a first name ("Ping").
_VERBS_BEFORE_NAMES = cues.CONTACT_VERBS | cues.ASK_VERBS | cues.PERSON_ONLY_VERBS
_SHOUTED_RUN = 4  # words in capitals in a row, in a line with case: a shouted stretch
_CODE_OPENERS = frozenset("async def import return await const var let function class elif lambda yield".split())


def _code_like(line: str) -> bool:
    """A line of code rather than prose: a mark prose hardly has, a keyword opening it, or a colon
    ending it ("async with sem as lock:")."""
    stripped = line.strip()
    first = stripped.split(None, 1)[0] if stripped else ""
    return (
        not _CODE_MARKS.isdisjoint(line)
        or _CODE_CALL_OR_HASH.search(line) is not None
        or first in _CODE_OPENERS
        or stripped.endswith(":")
    )


class Recaser:
    """Rewrites the uncased lines of one text; `changed` holds the (start, end) of each word it re-cased."""

    def __init__(self, text: str, lex: Lexicon, at: Iterable[int] | None = None) -> None:
        """`at`: offsets of the words that may start a name (recase_triggers); only their lines
        are looked at. None: every line."""
        self.lex = lex
        self.original = text
        self.chars: list[str] = []  # the text's characters, once a word is re-written
        self.changed: list[tuple[int, int]] = []
        for start, end in _lines(text, at):
            line = text[start:end]
            case = line_case(line, lex)
            if case:
                _Line(self, line, start, case).recase()

    def text(self) -> str:
        return "".join(self.chars) if self.chars else self.original

    def write(self, at: int, old: str, new: str, changed: bool) -> None:
        if len(new) != len(old) or new == old:
            return  # a letter whose case changes its length ("İ"): leave the word as it is
        if not self.chars:
            self.chars = list(self.original)
        self.chars[at : at + len(new)] = new
        if changed:
            self.changed.append((at, at + len(new)))


class _Line:
    """One line without case, word by word; `last` is the last word that was a name part, title
    or initial, and `kind` what it was ('first', 'surname', 'initial', 'title')."""

    def __init__(self, recaser: Recaser, line: str, offset: int, case: str) -> None:
        self.recaser, self.lex, self.line, self.offset, self.case = recaser, recaser.lex, line, offset, case
        self.matches: list[regex.Match[str]] = []
        self.last, self.kind = -2, ""
        self.code = _code_like(line)

    def recase(self) -> None:
        if not (any(map(_start_test(self.lex), _WORD.findall(self.line))) or _INITIAL.search(self.line)):
            return  # no first name, title or initial: nothing in the line can become a name
        self.matches = list(_WORD.finditer(self.line))
        shouted = self._shouted() if self.case == "mixed" else frozenset()
        for k, m in enumerate(self.matches):
            word = m.group()
            if self.case == "mixed" and k not in shouted and not (word.isupper() and len(word) > 1):
                self._mixed_word(k, m)  # only words in capitals are re-cased in a line with case
                continue
            if self.case == "lower" and not word.islower():
                self.last, self.kind = (k, "initial") if self._initial(m) else (-2, "")
                continue
            if self.case == "lower" and self._initial(m):
                self.last, self.kind = k, "initial"  # "j. de vries": capitals once a surname follows
                continue
            kind = None if _embedded(self.line, m) else self._name_kind(word, k)
            if kind:
                if self.kind == "initial" and kind == "surname":
                    self._capitalise_initials(self.last)
                self.recaser.write(self.offset + m.start(), word, title_case(word), changed=True)
                # a noun or place cased as a name starts no longer name ("max de waarde")
                self.last, self.kind = (k, kind) if kind != "ambiguous" else (-2, "")
                continue
            # "T.N.V." too, and the article "A" (not an initial: no dot after it)
            article = word == "A" and not self.line.startswith(".", m.end())
            # In a shouted stretch, a listed surname right after a name part stays in capitals, as the
            # line with case wrote it: "REPORTED BY DARREN FLETCHER" reads "reported by Darren FLETCHER".
            kept = (
                k in shouted
                and self.last == k - 1
                and self.kind in ("first", "surname", "initial", "title")
                and (title_case(word) in self.lex.surnames or title_case(word) in census_surnames())
            )
            if (
                not kept
                and (self.case == "upper" or k in shouted)
                and (len(word) > 1 or self._long_dotted_run(m) or article)
            ):
                self.recaser.write(self.offset + m.start(), word, word.lower(), changed=False)
            if self._initial(m):
                self.last, self.kind = k, "initial"  # "J. DE VRIES"
            elif word.lower() in words.TITLES:
                self.last, self.kind = k, "title"  # "dhr. jansen", "MEVROUW DE VRIES"

    def _shouted(self) -> frozenset[int]:
        """In a line with case, the words of a run of four or more in capitals ("Write a caption:
        'RAISE A GLASS TO MAREK AND SIOBHÁN'"): re-cased as a line in capitals is, so the words
        around a name read as words ("raise a glass to Marek and Siobhán")."""
        out: set[int] = set()
        run: list[int] = []
        for k, m in enumerate(self.matches):
            if m.group().isupper():
                run.append(k)
                continue
            if len(run) >= _SHOUTED_RUN:
                out.update(run)
            run = []
        if len(run) >= _SHOUTED_RUN:
            out.update(run)
        return frozenset(out)

    def _mixed_word(self, k: int, m: regex.Match[str]) -> None:
        """In a line with case, a word not in capitals is read as written: initials or a first
        name may start a name whose surname is in capitals ("J. PEETERS", "Jean DUPONT")."""
        word = m.group()
        if self._initial(m):
            self.last, self.kind = k, "initial"
        elif word[:1].isupper() and word in self.lex.first_names and word not in self.lex.ambiguous_first_names:
            self.last, self.kind = k, "first"
        else:
            self.last, self.kind = -2, ""

    def _name_kind(self, word: str, k: int) -> str | None:
        """'first' or 'surname' when the word is a name part here, else None.

        A confident first name always is. After a name part, initials or a title, a listed
        surname is ("jan de vries", "J. DE VRIES", "mevrouw bakker"), a common word only after
        an interfix ("de groot"); after a first name (in capitals, after initials too) an unlisted
        word that is no common word is as well ("ravi patel", "G. ARCHER"; in lower case no English
        word either). A first name that is also a word or place needs a listed surname after it
        ("MARK THOMPSON", "lot de haas"), in capitals an unlisted one will do ("DEAN FELTZER")."""
        lex, low, titled = self.lex, word.lower(), title_case(word)
        if len(word) < 2 or low in cues.SURNAME_STOP or low in _INTERFIXES:
            return None
        nxt = self._next_word(k)
        if nxt is not None and f"{low} {self.matches[nxt].group().lower()}" in words.PRODUCT_PHRASES:
            return None  # "albert heijn"
        if low in _VERBS_BEFORE_NAMES and nxt is not None and _start_test(lex)(self.matches[nxt].group()):
            return None  # "can you ping anna": the verb before a name, not "Ping Anna"
        if titled in lex.first_names and titled not in lex.ambiguous_first_names:
            if titled in lex.thing_first_names or (self._after_bare_preposition(k) and not self._surname_next(nxt)):
                return None  # "async with sem as", "# narrows pwd for ty"; but "with sarah johnson"
            return "first"
        interfix = self._follows(k)
        if interfix is not None:
            return "surname" if self._surname(low, titled, interfix) else None
        if titled not in lex.first_names or titled in lex.word_first_names or titled in lex.thing_first_names:
            return None  # "mark", "will", "may" never start a name here
        s = self._after_interfixes(nxt)
        if s is not None:
            after, after_low = self.matches[s].group(), self.matches[s].group().lower()
            if len(after) >= 3 and after_low not in lex.surname_stop and after_low not in lex.ordinary:
                if title_case(after) in lex.surnames:
                    return "first"
                if self.case == "upper" and s == nxt and not is_english_word(after_low, lex.english):
                    return "first"  # an unlisted surname in capitals
        # A first name that is also a noun or place ("robin", "hazel", "georgia") is cased as a
        # writer with case might have: the rules then want a cue only a person fits ("teamleider
        # Robin wil", "our intern Hazel"), as for the same word written so.
        return "ambiguous" if self._may_case_ambiguous(low, k) else None

    def _may_case_ambiguous(self, low: str, k: int) -> bool:
        """A first name that is also a noun or place may be cased in a prose line without case,
        unless it is a verb or a word of our own field ("the coach said", "ai") or the first
        part of a compound ("ai-beleid")."""
        if self.case == "mixed" or self.code or low in cues.SPEECH_VERBS or low in _NOT_CASED_AMBIGUOUS:
            return False
        end = self.matches[k].end()
        return not (self.line[end : end + 1] == "-" and self.line[end + 1 : end + 2].isalpha())

    def _after_bare_preposition(self, k: int) -> bool:
        """In a lower-case line of code "with", "to", "for", "van" ... lead to a word as often as
        to a name ("async with sem as", "# narrows pwd for ty"); in prose they lead to a person
        ("forward this to stacy", "de mail van noud")."""
        if self.case != "lower" or k == 0 or self.matches[k - 1].group() not in cues.BARE_PREPOSITIONS:
            return False
        return self.code

    def _surname_next(self, nxt: int | None) -> bool:
        """A listed surname (perhaps after an interfix) follows: 'with sarah johnson', 'van jan de vries'."""
        s = self._after_interfixes(nxt)
        if s is None:
            return False
        after = self.matches[s].group()
        return title_case(after) in self.lex.surnames and (s != nxt or after.lower() not in self.lex.ordinary)

    def _surname(self, low: str, titled: str, interfix: bool) -> bool:
        lex = self.lex
        if low in lex.surname_stop or low in cues.ROLE_WORDS:
            return False
        if self.case == "lower" and not interfix and low in cues.VERB_AFTER_NAME:
            return False  # "dave called", "sanne gebeld": the name's verb
        if (titled in lex.surnames and (interfix or low not in lex.ordinary)) or (
            interfix and titled in lex.interfix_surnames
        ):
            return True
        if self.case == "upper" and titled in census_surnames():
            # "FRANCESCA ALLEN", "CC: STEPHEN HALL": a census surname that is also a word, after a
            # confident first name; "DEAR MR KENNEDY": after a title
            if (self.kind == "first" and self._confident_last()) or self.kind == "title":
                return True
        if len(low) < 3 or low in lex.ordinary or titled in lex.first_names:
            return False
        if self.case == "upper" and not interfix and low in cues.VERB_AFTER_NAME:
            return False  # "PRIYA CALLED ABOUT", "PRIYA MOVED TO": the name's verb, unless a listed surname
        if self.kind not in ("first", "initial"):
            return False
        if self.kind == "first" and low in lex.word_surnames and self._confident_last():
            return True  # "juan moore", "JOHN LITTLE": a census surname after a first name that is no word
        if not is_english_word(low, lex.english):
            return True
        # In capitals an English word will do after initials or a first name that is no English
        # word itself ("KENNETH WHEELER", "G. ARCHER"; not "WILLOW TREES GROW").
        first = self.matches[self.last].group().lower()
        return self.case == "upper" and (self.kind == "initial" or not is_english_word(first, lex.english))

    def _confident_last(self) -> bool:
        """The last name part is a first name that is no word, product or place ("juan", not "rose")."""
        titled = title_case(self.matches[self.last].group())
        return titled in self.lex.first_names and titled not in self.lex.ambiguous_first_names

    def _capitalise_initials(self, k: int) -> None:
        """'j.p. balkenende' -> 'J.P. Balkenende': the initials before a surname, in capitals."""
        while k >= 0 and self._initial(self.matches[k]):
            m = self.matches[k]
            self.recaser.write(self.offset + m.start(), m.group(), m.group().upper(), changed=True)
            if k == 0 or self.line[self.matches[k - 1].end() : m.start()] != ".":
                break
            k -= 1

    def _follows(self, k: int) -> bool | None:
        """Whether word k follows the last name part across interfixes (True) or directly
        (False); None when it does not follow one ('jan de vries', 'J. DE VRIES', 'hulskes-blom')."""
        if self.last < 0 or k - self.last - 1 > _MAX_INTERFIXES:
            return None
        for j in range(self.last + 1, k):
            if self.matches[j].group().lower() not in _INTERFIXES:
                return None
        for j in range(self.last + 1, k + 1):
            gap = self._gap(j)
            hyphen = gap == "-" and self.kind == "surname" and j == k
            if not (_GAP.fullmatch(gap) or hyphen or (gap.startswith(".") and _GAP.fullmatch(gap[1:]))):
                return None
        return k > self.last + 1

    def _gap(self, j: int) -> str:
        return self.line[self.matches[j - 1].end() : self.matches[j].start()]

    def _next_word(self, k: int) -> int | None:
        """Index of the word after word k, when only a space or two stands between them."""
        return k + 1 if k + 1 < len(self.matches) and _GAP.fullmatch(self._gap(k + 1)) else None

    def _after_interfixes(self, j: int | None) -> int | None:
        """The first word from j on that is no interfix, within the same name ('de haas')."""
        for _ in range(_MAX_INTERFIXES + 1):
            if j is None or self.matches[j].group().lower() not in _INTERFIXES:
                return j
            j = self._next_word(j)
        return None

    def _dotted_run(self, m: regex.Match[str]) -> tuple[int, str]:
        """Where the dotted run of letters holding word m starts, and the run ('J.P.', 'T.N.V.'; '' for none)."""
        start = m.start()
        while start >= 2 and self.line[start - 1] == "." and self.line[start - 2].isalpha():
            start -= 2
        run = _DOTTED.match(self.line, start)
        return start, run.group() if run is not None else ""

    def _long_dotted_run(self, m: regex.Match[str]) -> bool:
        """A letter of a dotted run longer than two initials: an abbreviation ('T.N.V.', 'I.V.M.')."""
        return len(self._dotted_run(m)[1]) > 4

    def _initial(self, m: regex.Match[str]) -> bool:
        """A capital and a dot, in a run of at most two: 'J.' of 'J. DE VRIES', 'J.P.'; not 'T.N.V.'."""
        if len(m.group()) != 1 or self.line[m.end() : m.end() + 1] != ".":
            return False
        start, run = self._dotted_run(m)
        if not run or len(run) > 4 or (start and self.line[start - 1].isalpha()):
            return False
        return self.case == "upper" or run.replace(".", "").lower() not in words.ABBREVIATIONS


def recase_triggers(lex: Lexicon, tokens: Iterable[tuple[int, str]], text: str) -> list[int]:
    """Offsets where a re-cased name could start: a word in lower case or capitals that is a
    first name or title (_start_test), or initials. A cheap test on the finder's (offset, word)
    tokens; most texts have none and are spared the line-by-line work."""
    test = _uncased_start_test(lex)
    found = [start for start, word in tokens if test(word)]
    return found + _uncased_initials(text)


def _uncased_initials(text: str) -> list[int]:
    """Offsets of initials before a word without case: 'j. de vries', 'J. DE VRIES' (not 'J. de
    Vries'). Looked for from each dot: a regular expression tried at every character of every
    text cost a tenth of the name rules' time."""
    found = []
    pos = text.find(".")
    while pos >= 0:
        letter = text[pos - 1] if pos else ""
        if letter.isalpha() and (pos < 2 or not text[pos - 2].isalpha()):
            if (letter.islower() and text[pos + 1 : pos + 2] in (" ", "\t")) or (
                letter.isupper() and _UPPER_AFTER.match(text, pos + 1)
            ):
                found.append(pos - 1)
        pos = text.find(".", pos + 1)
    return found


def _lines(text: str, at: Iterable[int] | None) -> list[tuple[int, int]]:
    """(start, end) of the lines holding the offsets `at`, in order, each once; all lines if None."""
    if at is None:
        at = [0]
        at += [k + 1 for k, c in enumerate(text) if c == "\n"]
    spans = {(text.rfind("\n", 0, pos) + 1, _line_end(text, pos)) for pos in at}
    return sorted(spans)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


@functools.lru_cache(maxsize=4)
def _uncased_start_test(lex: Lexicon) -> Callable[[str], bool]:
    """The words _start_test passes, in lower case or capitals."""
    starts = _start_test(lex)

    @functools.lru_cache(maxsize=1 << 16)
    def test(word: str) -> bool:
        if word.isupper() and len(word) > 2 and title_case(word) in lex.surnames:
            return word.lower() not in lex.ordinary  # "Jean DUPONT": a surname in capitals
        return (word.islower() or word.isupper()) and starts(word)

    return test


@functools.lru_cache(maxsize=4)  # one lexicon per process
def _start_test(lex: Lexicon) -> Callable[[str], bool]:
    """Whether a word may open a re-cased name: a first name that is no common word, or a title
    (initials are looked for apart: _INITIAL). Not a name of the two widest lists alone: filtered
    against fewer word lists, they hold Dutch words ("zin", "raad") whose every line re-casing cost
    a third more of the name rules' time on ordinary prompts."""
    from dlp_proxy.detection.names import global_first_names, nickname_first_names

    excluded = lex.word_first_names | lex.thing_first_names | global_first_names.FIRST_NAMES
    excluded |= nickname_first_names.FIRST_NAMES

    @functools.lru_cache(maxsize=1 << 16)  # words repeat across lines and texts
    def test(word: str) -> bool:
        titled = title_case(word)
        return (titled in lex.first_names and titled not in excluded) or word.lower() in words.TITLES

    return test


def _embedded(line: str, m: regex.Match[str]) -> bool:
    """The word is part of an address, handle or path: 'ceylin.kolen@live.nl', 'joseph_collier43'."""
    before = line[m.start() - 1] if m.start() else " "
    after = line[m.end() : m.end() + 2]
    if before == "@" and (m.start() < 2 or line[m.start() - 2] in " \t(") and not after[:1].isalnum():
        return after[:1] in _JOINERS and after[1:2].isalnum()  # "@hannah can you", not "@jan.de"
    if before in _JOINERS or before.isdigit():
        return True
    if not after or after[0] == ".":  # a dot ends a sentence ("to stacy.") unless a word goes on ("jan.de")
        return after[1:2].isalnum()
    return after[0] in _JOINERS or after[0].isdigit()


def recased_names(
    text: str, lex: Lexicon, found: list[Span], find: Callable[[str], list[Span]], at: Iterable[int]
) -> list[Span]:
    """Names `find` sees in the re-cased text (the lines of `at` re-cased) that cover a re-cased
    word and overlap none of `found`."""
    if not text:
        return []
    recaser = Recaser(text, lex, at)
    if not recaser.changed:
        return []
    taken = sorted((s, e) for s, e, _ in found)
    recased = recaser.text()
    out = []
    for ws, we in _windows(recased, recaser.changed):  # the rules read the changed lines and their neighbours
        out += [
            (ws + start, ws + end, score)
            for start, end, score in find(recased[ws:we])
            if overlaps(recaser.changed, ws + start, ws + end) and not overlaps(taken, ws + start, ws + end)
        ]
    return out


def _windows(text: str, changed: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines holding re-cased words, each with the line before and after it (a sign-off above
    a name, a role below it), merged where they touch: a long text with one re-cased line is not
    read twice in full."""
    out: list[tuple[int, int]] = []
    for s, e in changed:
        start = text.rfind("\n", 0, s)
        start = text.rfind("\n", 0, start) + 1 if start > 0 else 0
        end = text.find("\n", e)
        end = text.find("\n", end + 1) if end >= 0 else -1
        end = len(text) if end < 0 else end
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans` (sorted, not overlapping each other)."""
    k = bisect.bisect_left(spans, (end,))
    return k > 0 and spans[k - 1][1] > start
