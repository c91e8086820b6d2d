"""Which name rules can start at a token: NameFinder skips its rule chain, or most of it, at the others.

Most words of a prompt are lower-case words that no rule can start a name at ("the", "please",
"logs"), and most capitalised ones are unlisted words ("The", "Please", "Docker"), yet trying
the fourteen rules at each of them was most of the name rules' time. Each rule opens with a
test on the word it starts at, and a word passes one only when it is

- the first word of a label, salutation, sign-off, title or interfix (`_label`, `_salutation`,
  `_sign_off`, `_title`, `_reverse`, `_capitalised_interfix` and `uncased` look these up), or a
  word that cues an unknown name after it (`cued_unknown`: greetings, "by", relatives),
- a listed first name or surname, as written or in Title Case (`_forward`, `lone_first_name`,
  `uncased`, `lower_cued`), a surname of the US census list as written (`lone_surname`), or
  initials (`_initials_first`),
- in capitals or in lower case (`upper_reverse`, `lower_cued`), capitalised (CAPITALISED: never
  a word without an upper-case letter) or the start of an item of a list of people (`_list_item`).

A lower-case word that is none of the first two skips every rule (SKIP). Another word that is
none of them, not lower case and not in capitals, can only open a chat speaker, a list item or
"Surname, First" by a listed double surname: FEW, those three rules in their order. Everything
else tries them all (ALL), so the findings are the same; bench/names_identity.py checks it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from dlp_proxy.detection.names import cue_words as cues
from dlp_proxy.detection.names import name_words as words
from dlp_proxy.detection.names.census_surnames import census_surnames
from dlp_proxy.detection.names.name_case import case_of, title_case
from dlp_proxy.detection.names.name_lexicon import Lexicon
from dlp_proxy.detection.names.name_scan import INITIAL

# What may start at a token: nothing, only the rules an unlisted word can start (a chat speaker
# "Xyz: ...", an item of a list of people, "Surname, Initials" with a listed double surname), or
# anything.
SKIP, FEW, ALL = 0, 1, 2
# Tokens after an unlisted capitalised word that may make it a name (cued_unknown's _cued_after):
# a role ("from", "van", "bij", "at", "("), the speaker ("en", "and"), "who" (maybe after a comma).
AFTER_CUES = frozenset(
    {"from", "van", "bij", "at", "(", "en", "and", ",", "who", "whom", "whose", "wie"}
    # a speaker: "Nkechi asked whether", "Bongani told me", "Sanne zei dat"
    | {"asked", "told", "said", "replied", "mentioned", "vroeg", "zei", "vertelde"}
    # what comes after "what": "what Thandiwe said", "wat Sanne schreef"
    | {"says", "wrote", "meant", "zegt", "schreef", "bedoelde"}
)
# "here" after a writer's own name at a line's start ("Nomsa here, is Andile in?").
_HERE = frozenset({"here", "hier", "Here", "Hier"})
# A spaced dash after a list item's name ("Kayden – good effort; ...").
_DASHES = frozenset("-–—")
# The nouns and verb that give a name ("my name is", "ik heet": cued_names._NAME_IS).
NAME_IS_WORDS = frozenset({"name", "naam", "heet"})
# Tokens before an unlisted capitalised word that may make it a name: a verb or the last word of
# a phrase whose object only a person can be ("remind Bongani", "a reply to Bongani", "1:1 with").
BEFORE_CUES = (
    cues.PERSON_ONLY_VERBS
    | frozenset(p.split()[-1] for p in cues.PERSON_ONLY_PAIRS)
    | {"from"}  # a writer's name closing a request ("... from Tash", cued_names._signed_from)
    | {"aan", "naar", "voor", "to", "for"}  # whom a message is for ("een brief aan X Y", cued_names._addressee)
)


@functools.lru_cache(maxsize=4)  # one lexicon per process
def word_test(lex: Lexicon) -> Callable[[str], int]:
    """SKIP, FEW or ALL for a word, by the word alone (the finder's is_word test first)."""
    phrases = (lex.labels, lex.salutations, lex.sign_offs, lex.interfixes)
    starts = frozenset().union(*(p.index for p in phrases), words.TITLES, {words.TITLE_HEER}, cues.BY_VERBS)
    starts |= {t.split()[0] for t in cues.THANKS + cues.PERSON_LABELS} | cues.RELATIONS | NAME_IS_WORDS
    first_names, surnames = lex.first_names, lex.surnames
    census = census_surnames()  # lone_surname reads these too ("Wheeler approved the budget")

    @functools.lru_cache(maxsize=1 << 16)  # words repeat across texts; the lexicon never changes
    def test(word: str) -> int:
        if not word[0].isalpha():
            return SKIP
        listed = title_case(word)
        if word.lower() in starts or listed in first_names or listed in surnames:
            return ALL
        if word.islower():
            return SKIP
        if word in first_names or word in surnames or word in census:
            return ALL
        if INITIAL.fullmatch(word) or case_of(word) in ("upper", "lower"):
            return ALL
        return FEW

    return test


def may_start(lex: Lexicon, tokens: list[str], caps: list[bool], items: frozenset[int]) -> list[int]:
    """For each token: SKIP, FEW or ALL of the name rules may start a name there (module docstring)."""
    gate = list(map(word_test(lex), tokens))
    for i, cap in enumerate(caps):
        if cap and gate[i] == SKIP and tokens[i][0].isalpha():
            gate[i] = ALL
    for i in items:
        if i < len(tokens) and tokens[i][0].isalpha():
            gate[i] = ALL
    last = len(tokens) - 1
    surnames = lex.surnames
    for i, g in enumerate(gate):  # an unlisted word a cue after it may make a name (cued_unknown)
        if g == FEW and ((i < last and tokens[i + 1] in AFTER_CUES) or (i and tokens[i - 1].lower() in BEFORE_CUES)):
            gate[i] = ALL
        elif g == FEW and i + 2 <= last and tokens[i + 2] in AFTER_CUES and tokens[i + 1][:1].isupper():
            gate[i] = ALL  # a whole unknown name before a cue ("Venkatesh Raghunathan (client CFO)")
        elif g == FEW and i < last and tokens[i + 1] in surnames:
            gate[i] = ALL  # an unknown given name before a listed surname (cued_names._before_surname)
        elif g == FEW and i < last and tokens[i + 1] in _DASHES and (not i or tokens[i - 1] in (";", ":")):
            gate[i] = ALL  # an item of an inline list of people (cued_names._dashed_item)
        elif g == FEW and i > 2 and tokens[i - 1] == "," and tokens[i - 2].lower() == "me":
            gate[i] = ALL  # "Sign it from me, Morag Buchanan" (cued_names._signed_from)
        elif g == FEW and i < last and tokens[i + 1] in _HERE:
            gate[i] = ALL  # "Nomsa here, ..." (cued_names._says_here)
    return gate
