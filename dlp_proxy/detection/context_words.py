"""The words before a finding that presidio's context step compares with a recognizer's context
words ("telefoon", "wachtwoord", "IP"), read with a small tokenizer of our own.

Presidio collects them from spaCy's tokens of the whole text: the token at the finding, then
keywords (tokens that are no punctuation, and hold no ':') back from it, `before` + 1 in all,
and `after` + 1 forward. spaCy's tokenizer is slow on strings it has not seen (about 25 us a
token), and the values next to a finding are such strings: on prompt-sized texts that step was
a tenth of the scan. Here only a window around the finding is tokenised, with regular
expressions that follow the rules of spaCy's blank multi-language tokenizer where they matter
for counting words: a run of white space other than one space is a token; opening and closing
punctuation comes off a word; a word splits at a hyphen before a letter, at ':', '<', '>', '=',
'/' between a letter or digit and a letter, at a comma between letters, at a dot between a
lower-case letter or digit and a capital, and at an operator between digits. Unlike spaCy it
knows no URLs and no exceptions ("U.S.", "x."); on the four corpora of bench/ it changes no
finding, and the score of one in a hundred (a context word one word nearer or farther).
"""

from __future__ import annotations

import regex

_RUN = regex.compile(r"\s+|\S+")
_PREFIX = regex.compile(r"""[\p{Ps}\p{Pi}\p{Pf}"'`´‘’“”«»„§%=&*$£€¥<>!?¿¡,;#…]|\+(?![0-9])""")
_SUFFIX = regex.compile(r"""(?:[\p{Pe}\p{Pi}\p{Pf}"'`´‘’“”«»!?.,:;…*>]|(?<=[0-9])%|['’][sS])+$""")
_INFIX = regex.compile(
    r"(?<=[0-9])[+\-*^](?=[0-9-])"
    r"|(?<=[\p{Ll}0-9])\.(?=\p{Lu})"
    r"|(?<=\p{L}),(?=\p{L})"
    r"|(?<=[\p{L}0-9])(?:---|--|——|[-–—~])(?=\p{L})"
    r"|(?<=[\p{L}0-9])[:<>=/](?=\p{L})"
)
_SPACE = " "  # how a run of white space that counts as a token is written


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, token) of text[lo:hi], which starts and ends at a run boundary."""
    out: list[tuple[int, int, str]] = []
    for m in _RUN.finditer(text, lo, hi):
        s, e = m.span()
        run = m.group()
        if run.isspace():
            if run[0] == " ":  # one space after a word is its separator, not a token
                s += 1
            if s < e:
                out.append((s, e, _SPACE))
            continue
        if run.isalnum():
            out.append((s, e, run))
            continue
        while s < e and _PREFIX.match(text, s, e):
            out.append((s, s + 1, text[s]))
            s += 1
        tail: list[tuple[int, int, str]] = []
        q = _SUFFIX.search(text, s, e)
        if q is not None and q.start() > s:
            i = q.start()
            while i < e:
                n = 2 if text[i] in "'’" and i + 1 < e and text[i + 1] in "sS" else 1
                tail.append((i, i + n, text[i : i + n]))
                i += n
            e = q.start()
        k = s
        for inf in _INFIX.finditer(text, s, e):
            if inf.start() > k:
                out.append((k, inf.start(), text[k : inf.start()]))
            out.append((inf.start(), inf.end(), inf.group()))
            k = inf.end()
        if k < e:
            out.append((k, e, text[k:e]))
        out.extend(tail)
    return out


def _keyword(token: str) -> bool:
    """A token presidio would walk over as a word: white space counts, punctuation does not,
    nor a token with ':' (presidio splits those, so the whole never matches)."""
    return token == _SPACE or (":" not in token and any(c.isalnum() for c in token))


def context_words(text: str, start: int, before: int, after: int, span: int = 48) -> list[str]:
    """The lower-cased words around the finding at `start`: the token there and keywords back
    until `before` + 1, forward until `after` + 1 (as presidio's `_add_n_words`). The window
    grows until the walk stops inside it or at the text's edge."""
    while True:
        lo = max(0, start - span)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        hi = min(len(text), start + max(1, span // 4))
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        toks = tokens(text, lo, hi)
        index = next((i for i, t in enumerate(toks) if t[1] > start), None)
        if index is None:
            if hi >= len(text):
                return []
            span *= 2
            continue
        words: list[str] = []
        complete = True
        for step, wanted in ((-1, before + 1), (1, after + 1)):
            i, remaining = index, wanted
            while 0 <= i < len(toks) and remaining > 0:
                token = toks[i][2]
                if _keyword(token):
                    words.append(token.lower())
                    remaining -= 1
                i += step
            if remaining > 0 and (lo > 0 if step < 0 else hi < len(text)):
                complete = False
        if complete:
            return list(set(words))
        span *= 2
