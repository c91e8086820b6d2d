"""A person named once is often named again: the later mentions of a found name's words.

"Meeting notes: Tobias Wexford presented the numbers. ... Wexford also asked about hiring": the
rules and the model find the full name, but the surname alone later has no cue of its own, and
neither has a first name that is also a word ("Dale: thanks."). Every other occurrence of a word
of a found PERSON span, written the same way (in lower case too, where the name was typed so),
is that person too, with these exceptions:

- titles and name particles ("Mevrouw", "Van"), and words of fewer than three letters;
- a word that is also an ordinary English or Dutch word or a month, where it opens a sentence or
  line ("Will Smith ... Will you send it?", "Mark Green ... Mark the date"), unless a colon
  makes it a speaker label ("Dale: thanks.") or a verb of what a person does follows ("Frank
  Hollis ... Frank started here", "Dawn has run the ward", "Bill may bring a colleague");
- in another case, a name that is no word ("Thiago ... thiago wants");
- in lower case, a word that is also an ordinary word anywhere ("ask will smith": "will" is not
  taken further on);
- a word inside an e-mail address, a host or an identifier ("tobias.wexford@acme.nl",
  "Wexford.com"), or inside any other finding.

It never makes the first finding of a text: it only extends a name already found, so a text
without a person gets nothing from it (the benign false-action rate cannot rise through it).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

import regex

from dlp_proxy.detection.span_index import SpanIndex
from dlp_proxy.findings import Finding

# A capitalised word (or one in capitals), with inner apostrophes and hyphens ("O'Brien",
# "Jean-Pierre"); a possessive "'s" is left out of it.
_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}_@./\\-])\p{Lu}[\p{L}\p{M}]*+(?:['’-]\p{L}[\p{L}\p{M}]*+)*+")
# Any word, for a name typed in lower case ("ask priya raman ... tell priya").
_ANY_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}_@./\\-])\p{L}[\p{L}\p{M}]*+(?:['’-]\p{L}[\p{L}\p{M}]*+)*+")
_POSSESSIVE = ("'s", "’s")
# What makes a word part of an address or identifier rather than a mention: '@', '_', a path or
# a dot followed by a letter or digit ("Wexford.com", "Tobias.Wexford@...").
_INSIDE_AFTER = regex.compile(r"[@_/\\]|\.[\p{L}\p{N}]")
# Where a sentence or line opens: the text's start, a line break, or . ! ? : and spaces before
# the word (bullets and quote marks may stand between).
_SENTENCE_START = regex.compile(r"(?:\A|[.!?:\n])[\s\"'“‘(*•>#-]*+\Z")


# After a name opening a sentence: an adverb, then the word that shows a person acts.
_NEXT_WORD = regex.compile(
    r"[ \t]++(?:(?:also|once|still|just|already|never|always|then|really|finally|ook|nog)[ \t]++)?"
    r"(\p{Ll}[\p{Ll}'’]*+)(?:[ \t]++(\p{L}+))?"
)
# Verbs no ordinary word opens a sentence with ("Mark is", "Frank has", "Will did", "Dawn said"); a
# modal only before a verb in lower case ("Bill may bring"; not "Will you").
_PERSON_AFTER = frozenset(
    """is was has had did does said says saw sees told tells met took takes gave gives made makes knew
    thinks thought felt feels wrote writes went came got gets keeps kept ran runs sent asked started
    loved hated left joined""".split()
)
_AND_NAME = regex.compile(r"[ \t]++(?:and|en|&)[ \t]++\p{Lu}\p{Ll}")
_MODALS_AFTER = frozenset("will would may might can could should must shall".split())


def _acts(text: str, end: int) -> bool:
    """The words after a name that opens a sentence make it the subject of what a person does:
    "Frank has trained", "Dawn said", "Grace followed the runbook", "Bill may bring", "Joy and Kwesi
    met"; not "Will you", "Mark the date", "Hope this helps"."""
    from dlp_proxy.detection.names import cue_words as cues
    from dlp_proxy.detection.names.english_words import past_verb

    if _AND_NAME.match(text, end) is not None:
        return True
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    verb, following = m.group(1), m.group(2)
    if verb in _MODALS_AFTER:
        return following is not None and following.islower() and following not in ("you", "we", "they", "i")
    return (
        verb in _PERSON_AFTER
        or verb in cues.PERSON_VERBS_PAST
        or verb in cues.PERSON_ONLY_PAST
        or (past_verb(verb) and verb not in cues.MOVE_VERBS)
    )


def _ordinary(word: str) -> bool:
    from dlp_proxy.detection.names import name_words as words
    from dlp_proxy.detection.names.name_lexicon import lexicon

    low = word.lower()
    lex = lexicon()
    if word in lex.first_names and word not in lex.ambiguous_first_names:
        return False  # "Tyler" opening a sentence is the Tyler named before, not the rare word
    return low in lex.ordinary or low in lex.english or low in words.MONTHS_AND_DAYS


def _name_words(text: str, persons: Sequence[Finding]) -> set[str]:
    from dlp_proxy.detection.names import name_words as words

    out: set[str] = set()
    for f in persons:
        for m in _ANY_WORD.finditer(text, f.start, f.end):
            word = m.group()
            if word.endswith(_POSSESSIVE):
                word = word[:-2]
            low = word.lower()
            if len(word) < 3 or low in words.TITLES or low in words.INTERFIX_STARTS:
                continue
            if not _ordinary(word):
                # "Thiago ... thiago wants", "priya ... Priya": a name that is no word, in any case
                out.update((word, low, low.capitalize(), word.upper()))
            elif word[0].isupper():  # "Will" again as written; never "will" or "rose" in lower case
                out.add(word)
    return out


def _occurrences(text: str, wanted: set[str]) -> list[tuple[int, str]]:
    """(start, word) of each whole-word occurrence of the wanted words, in text order: one pass over
    the text's words (a search per wanted word would be quadratic in a text of many names); a
    possessive "'s" may follow a word."""
    pattern = _ANY_WORD if any(w[0].islower() for w in wanted) else _WORD
    out: list[tuple[int, str]] = []
    for m in pattern.finditer(text):
        word = m.group()
        if word.endswith(_POSSESSIVE):
            word = word[:-2]
        if word in wanted:
            out.append((m.start(), word))
    return out


def repeated_mentions(text: str, findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """Spans of the further mentions of the words of the PERSON findings, outside every finding."""
    persons = [f for f in findings if f.entity_type == "PERSON"]
    if not persons:
        return []
    wanted = _name_words(text, persons)
    if not wanted:
        return []
    return _free_occurrences(text, findings, wanted, speaker_labels=True)


def _free_occurrences(
    text: str, findings: Sequence[Finding], wanted: set[str], *, speaker_labels: bool
) -> list[tuple[int, int]]:
    """Spans of the wanted words outside every finding and every address or identifier, less an
    ordinary word opening a sentence (unless, with `speaker_labels`, a colon follows it: "Dale: thanks.")."""
    taken = SpanIndex((f.start, f.end) for f in findings)
    out: list[tuple[int, int]] = []
    for start, word in _occurrences(text, wanted):
        end = start + len(word)
        if taken.overlaps(start, end) or _INSIDE_AFTER.match(text, end) is not None:
            continue
        if (
            _ordinary(word)
            and _SENTENCE_START.search(text, max(0, start - 12), start) is not None
            and not (speaker_labels and text.startswith(":", end))
            and not _acts(text, end)
        ):
            continue
        out.append((start, end))
    return out


# Between two conjuncts: a comma (maybe with "and"), or "and" / "en" / "&"; a remark in brackets
# may follow the first ("Jones (chair), Young").
_JOIN = (
    r"(?:[ \t]*+\([^()\n]{1,30}+\))?(?:[ \t]*+[,;][ \t]*+(?:(?:and|en|or|of|&)[ \t]++)?"
    r"|[ \t]++(?:and|en|or|of|&|und)[ \t]++)"
)
# A conjunct: initials or a first name, particles, then a capitalised surname ("De Leeuw", "van Gelder",
# "M. Jones", "Donald Houston").
_CONJUNCT = (
    # initials, a first name (a Korean one hyphenated: "Hye-jin")
    r"(?P<name>(?:(?:\p{Lu}\.){1,3}+[ \t]*+|\p{Lu}[ \t]++|(?P<first>\p{Lu}\p{Ll}++(?:-\p{Ll}++)?)[ \t]++)?"
    r"(?:(?i:van|de|der|den|ter|ten|le|la|du|da|di|von|op)[ \t]++){0,3}+"
    r"(?P<last>\p{Lu}\p{Ll}[\p{Ll}\p{M}]*+(?:-\p{Lu}\p{Ll}++)?))"
)
_JOIN_END = regex.compile(r"(?:[,;]|[ \t](?:and|en|or|of|&|und))[ \t]*+\Z")
_AFTER = regex.compile(_JOIN + _CONJUNCT + r"(?![\p{L}\p{M}@\-]|\.[\p{L}\p{N}]|[ \t]++\p{Lu})")
# Neither part of a longer capitalised run ("Polderlicht Energie en Dave Tielemans": a firm's name).
_BEFORE = regex.compile(r"(?<![\p{L}\p{M}@.\-])(?<!\p{Lu}[\p{L}\p{M}]{0,40}[ \t]{1,3})" + _CONJUNCT + _JOIN + r"\Z")


# A join and then a name's first letter: what stands between two items of a list of names.
_JOIN_AHEAD = regex.compile(_JOIN + r"(?=\p{Lu})")
_JOIN_BEHIND = regex.compile(_JOIN + r"\Z")


def _between(text: str, span: tuple[int, int], starts: set[int], ends: set[int]) -> bool:
    """A found name stands on each side of `span`, joined to it: an item inside a list of names
    ("Linh Dang, Hye-jin Seo, Jasper Quennell"). `starts` and `ends`: of the found names."""
    start, end = span
    ahead = _JOIN_AHEAD.match(text, end)
    behind = _JOIN_BEHIND.search(text, max(0, start - 8), start)
    if ahead is None or behind is None:
        return False
    return ahead.end() in starts and behind.start() in ends


def _unknown_pair(first: str, last: str) -> bool:
    """Two words that may be a name the lists lack: neither an ordinary or English word, a place,
    a product or a month ("Chidinma Ugwu", "Hye-jin Seo"; not "Project Alpha")."""
    from dlp_proxy.detection.names import name_words as words
    from dlp_proxy.detection.names.name_lexicon import lexicon

    lex = lexicon()
    for word in (*first.split("-"), last):
        low = word.lower()
        if low in lex.ordinary or low in lex.english or word.casefold() in lex.places:
            return False
        if low in words.PRODUCTS or low in words.ASSISTANTS or low in words.MONTHS_AND_DAYS:
            return False
    return True


def _person_word(word: str) -> bool:
    """A listed first name (even one that is also a word: it is capitalised beside a name), a listed
    surname that is no ordinary word, verb or adjective, or no word at all; never a place or a product."""
    from dlp_proxy.detection.names import name_words as words
    from dlp_proxy.detection.names.census_surnames import census_surnames
    from dlp_proxy.detection.names.english_words import non_noun_words
    from dlp_proxy.detection.names.name_lexicon import lexicon

    lex = lexicon()
    low = word.lower()
    if word.casefold() in lex.places or low in words.PRODUCTS or low in words.ASSISTANTS:
        return False
    if low in words.MONTHS_AND_DAYS or word in lex.thing_first_names:
        return False
    if word in lex.first_names:
        return True  # capitalised beside a name, a first name that is also a word is one too ("Harm en Ingrid Tjoa")
    if low in lex.ordinary or low in non_noun_words():
        return False
    listed = word in lex.surnames or word in census_surnames()
    return listed or (len(word) >= 4 and low not in lex.english)


def _first_and_surname(first: str, last: str) -> bool:
    """A listed first name and a listed surname or a word that is none ("Donald Houston": the
    surname may be a place when a first name stands before it); not "Castro Industries"."""
    from dlp_proxy.detection.names.census_surnames import census_surnames
    from dlp_proxy.detection.names.name_lexicon import lexicon

    lex = lexicon()
    low = last.lower()
    if first not in lex.first_names or low in lex.ordinary:
        return False
    return last in lex.surnames or last in census_surnames() or low not in lex.english


# Greetings that open a line before a pair of names ("Hoi Fenna en Tjitske"): never a name's part.
_GREETING_WORDS = frozenset("hi hey hello hiya dear hoi hallo beste lieve dag thanks cheers morning".split())


def coordinated_names(text: str, findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """Spans of the names joined to a PERSON finding by a comma, "and" or "en", outside every finding."""
    sources = [(f.start, f.end) for f in findings if f.entity_type == "PERSON"]
    if not sources:
        return []
    # another type's span is never entered; a name found inside the conjunct ("Donald" of "Donald
    # Houston") is widened, but not one that reaches beyond it
    others = SpanIndex((f.start, f.end) for f in findings if f.entity_type != "PERSON")
    persons = sorted((f.start, f.end) for f in findings if f.entity_type == "PERSON")
    known = set(persons)
    starts, ends = {s for s, _ in persons}, {e for _, e in persons}
    out: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    while sources and len(out) < 64:
        start, end = sources.pop()
        # the backward search tries every position of its window: only where a join ends there
        joined = _JOIN_END.search(text, max(0, start - 8), start) is not None
        found = [_AFTER.match(text, end), _BEFORE.search(text, max(0, start - 64), start) if joined else None]
        for m in found:
            if m is None:
                continue
            first, last = m.group("first"), m.group("last")
            span = m.span("name")
            if first is not None and first.lower() in _GREETING_WORDS:
                first, span = None, m.span("last")  # "Hoi Fenna en Tjitske": the greeting is no name part
            listed = _first_and_surname(first, last) if first is not None else _person_word(last)
            if not listed and not (
                first is not None and _between(text, span, starts, ends) and _unknown_pair(first, last)
            ):
                continue
            if span in seen or span in known or others.overlaps(*span) or _crosses(persons, *span):
                continue
            seen.add(span)
            out.append(span)
            sources.append(span)
    return sorted(out)


def _crosses(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span of the sorted list overlaps [start, end) without lying inside it."""
    i = bisect_left(spans, (start, -1))
    if i > 0 and spans[i - 1][1] > start:
        return True  # one that starts before and reaches in
    while i < len(spans) and spans[i][0] < end:
        if spans[i][1] > end:
            return True
        i += 1
    return False


# The parts of an address's local part: "brenda.walsh", "j_de-vries", "walsh.b2".
_LOCAL_PART = regex.compile(r"\p{L}{3,}+")
# Mailboxes of a role, not a person: their words are no one's name.
_ROLE_MAILBOXES = frozenset(
    """info sales support admin contact office hr finance billing noreply reply service services team hello
    mail help jobs careers security privacy legal marketing press news newsletter accounts account
    webmaster postmaster abuse orders order booking bookings reception receptie klantenservice
    administratie facturen factuur planning secretariaat""".split()
)


def address_names(text: str, findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """Spans of capitalised words elsewhere in the text that are a part of a found e-mail
    address's local part and a listed first name or surname, or no word at all ("Ask Brenda ...
    brenda.walsh@acme.nl", "j.okafor@... Okafor is on leave"):
    people's addresses hold their names. Not a role's mailbox (info@, sales@), nor an ordinary
    word opening a sentence, nor a word inside another finding."""
    from dlp_proxy.detection.names import name_words as words
    from dlp_proxy.detection.names.census_surnames import census_surnames
    from dlp_proxy.detection.names.name_lexicon import lexicon

    lex = lexicon()
    wanted: set[str] = set()
    for f in findings:
        if f.entity_type != "EMAIL_ADDRESS":
            continue
        local = text[f.start : f.end].split("@", 1)[0]
        parts = [p.lower() for p in _LOCAL_PART.findall(local)]
        if any(p in _ROLE_MAILBOXES for p in parts):
            continue
        for part in parts:
            word = part.capitalize()
            listed = word in lex.first_names or word in lex.surnames or word in census_surnames()
            wordless = len(part) >= 4 and part not in lex.english and part not in lex.ordinary
            if (listed or wordless) and part not in words.PRODUCTS and part not in words.ASSISTANTS:
                wanted.add(word)
    if not wanted:
        return []
    return _free_occurrences(text, findings, wanted, speaker_labels=False)


# A chat line's speaker: at a line's start, after a time stamp in brackets perhaps, one to three
# words and a colon ("jade: db migration", "[12/03/2025, 21:15:40] debra may: k see u").
# Or, as IRC and Matrix logs write it, in angle brackets ("[10:02] <tahu> anyone seen the logs?").
_SPEAKER_NAME = r"\p{L}[\p{L}\p{M}'’.-]{0,30}+(?:[ \t]\p{L}[\p{L}\p{M}'’.-]{0,30}+){0,2}+"
_SPEAKER = regex.compile(
    r"(?m)^[ \t]*+(?:\[[^\]\n]{1,40}+\][ \t]*+)?"
    rf"(?|(?P<speaker>{_SPEAKER_NAME}):[ \t]|<(?P<speaker>{_SPEAKER_NAME})>[ \t])"
)
_MIN_SPEAKER_LINES = 3  # a log: three or more lines opened by a speaker


def chat_speakers(text: str, findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """The other speakers of a chat log once one of its speakers is a found person: "rachael: ...
    jade: ... rachael: ..." with "rachael" found makes "jade" a person, a first name that is also a
    word; a speaker must open with a listed first name, and labels ("Note:", "Subject:") never do."""
    if text.count(":") < _MIN_SPEAKER_LINES and text.count(">") < _MIN_SPEAKER_LINES:
        return []
    speakers = [m.span("speaker") for m in _SPEAKER.finditer(text)]
    if len(speakers) < _MIN_SPEAKER_LINES:
        return []
    persons = SpanIndex([(f.start, f.end) for f in findings if f.entity_type == "PERSON"])
    labels = Counter(text[s:e] for s, e in speakers)
    if not any(persons.overlaps(s, e) for s, e in speakers):
        # ... or a chat of one-word speakers, one a listed first name and each listed or speaking twice
        # ("chinedu: ... ada: ... chinedu:", "Sky: ... Brook: ... Sky: ... Brook:"): a chat between
        # people, though none of them is found yet; not "Host: ... Port: ..." nor "Q: ... A: ..."
        # Without a person found in the text, the others must be no words ("ada"; not "Node").
        listed = [label for label in labels if " " not in label and _listed_first(label)]
        other = _repeated_speaker if any(f.entity_type == "PERSON" for f in findings) else _unworded_speaker
        if len(labels) < 2 or not listed or not all(label in listed or other(label, labels) for label in labels):
            return []
    taken = SpanIndex([(f.start, f.end) for f in findings])
    return [
        (s, e)
        for s, e in speakers
        if not taken.overlaps(s, e)
        and (
            _listed_first(text[s:e].split()[0])
            or _repeated_speaker(text[s:e], labels)
            or _unworded_speaker(text[s:e], labels)
        )
    ]


def _unworded_speaker(label: str, labels: Counter[str]) -> bool:
    """A one-word label that is no English or Dutch word, role or title ("ada", "Tunde")."""
    return _speaker_word(label) and not _ordinary(label)


def _speaker_word(label: str) -> bool:
    from dlp_proxy.detection.names import name_words as words

    low = label.lower()
    return (
        label.isalpha()
        and len(label) > 1
        and low not in _NOT_SPEAKERS
        and low not in words.TITLES
        and low not in words.ASSISTANTS
    )


def _repeated_speaker(label: str, labels: Counter[str]) -> bool:
    """A one-word label that speaks twice or more in a chat of people ("Brook: ... Brook: ..."), no
    role, title or header."""
    return labels[label] >= 2 and _speaker_word(label)


def _listed_first(word: str) -> bool:
    from dlp_proxy.detection.names import name_words as words
    from dlp_proxy.detection.names.name_case import title_case
    from dlp_proxy.detection.names.name_lexicon import lexicon

    low = word.lower()
    if low in words.TITLES or low in _NOT_SPEAKERS or low in words.ASSISTANTS or low in words.PRODUCTS:
        return False
    return title_case(word) in lexicon().first_names


# Labels and roles that open lines of a log or a form like a speaker.
_NOT_SPEAKERS = frozenset(
    """re to from cc bcc subject date note notes agent customer klant user system assistant bot q a
    action status summary update""".split()
)


# An item of a list, one to a line: a bullet or number perhaps, then the item, then perhaps a
# role in brackets or after a comma or dash ("- Jan de Vries (vz)", "2. Sanne, notulist").
_LIST_ITEM = regex.compile(
    r"[ \t]*+(?:[-*•·>]|\d{1,2}[.)])?[ \t]*+"
    r"(?P<item>\p{L}[\p{L}\p{M}'’.-]*+(?:[ \t]\p{L}[\p{L}\p{M}'’.-]*+){0,3}+)"
    # a remark after it: short after a bracket or comma, longer after a spaced dash ("- 4 yrs, very strong Excel")
    r"(?:[ \t]++[–—-][ \t][^\n]{0,120}+|[ \t]*+[(,–—-][^\n]{0,40}+)?[ \t]*+"
)
_MIN_LIST = 3  # lines in a block for it to count as a list


def listed_names(text: str, findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """The other items of a list of people, one to a line, where found names are most of the
    items ("Aanwezig:\\n- Jan de Vries\\n- Sanne Bakker\\n- Thijmen Oudendijk"): an item that is
    one to four name-like words, each a listed name or no word at all (never a place, product
    or ordinary word)."""
    persons = SpanIndex([(f.start, f.end) for f in findings if f.entity_type == "PERSON"])
    taken = SpanIndex([(f.start, f.end) for f in findings])
    out: list[tuple[int, int]] = []
    block: list[tuple[int, int] | None] = []
    pos = 0
    for line in [*text.split("\n"), ""]:
        m = _LIST_ITEM.fullmatch(text, pos, pos + len(line)) if line.strip() else None
        if m is not None or line.strip():
            block.append(m.span("item") if m is not None else None)
        else:
            out += _list_block(text, block, persons, taken)
            block = []
        pos += len(line) + 1
    return out


def _list_block(
    text: str, block: list[tuple[int, int] | None], persons: SpanIndex, taken: SpanIndex
) -> list[tuple[int, int]]:
    items = [span for span in block if span is not None]
    if len(items) < _MIN_LIST or len(items) < len(block) - 1:  # a heading line may open it
        return []
    found = [span for span in items if persons.overlaps(*span)]
    if 2 * len(found) < len(items):
        return []
    return [(s, e) for s, e in items if not taken.overlaps(s, e) and _name_like(text[s:e])]


def column_names_of_people(text: str, findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """The other cells of a table column whose cells are mostly found names, whatever its header
    ("Behandeld door", "Coach", "Driver"): a cell of one to four name-like words, as in a list."""
    from dlp_proxy.detection.names.name_scan import column_names, table_cells

    if "\n" not in text:
        return []
    columns = column_names(text)
    if not columns:
        return []
    persons = SpanIndex([(f.start, f.end) for f in findings if f.entity_type == "PERSON"])
    taken = SpanIndex([(f.start, f.end) for f in findings])
    by_column: dict[str, list[tuple[int, int]]] = {}
    for start, end, column in table_cells(text, columns):
        by_column.setdefault(column, []).append((start, end))
    out: list[tuple[int, int]] = []
    for cells in by_column.values():
        found = [span for span in cells if persons.overlaps(*span)]
        if len(found) < 2 or 2 * len(found) < len(cells):
            continue
        out += [(s, e) for s, e in cells if not taken.overlaps(s, e) and _name_like(text[s:e])]
    return out


def _name_like(item: str) -> bool:
    """One to four words, capitalised ones each a listed name or no word at all, one at least."""
    parts = item.split()
    capitalised = [w for w in parts if w[:1].isupper()]
    return 1 <= len(parts) <= 4 and bool(capitalised) and all(_person_word(w.strip(".,")) for w in capitalised)
