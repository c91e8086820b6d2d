"""Extra texts for values split by formatting: Markdown emphasis or code around the pieces of a
number ("IBAN **NL91** _RABO_ `0417` 164300"), and a name written as one identifier with
underscores ("Joost_van_der_Meulen", as the OpenAI API wants a message's `name`).

Like the joined lines of `encoded`, each is a stretch of the canonical text with a few
characters taken out or replaced, so a finding in it maps back to the exact characters.
"""

from __future__ import annotations

import re

from dlp_proxy.detection.canonical import apply_edits
from dlp_proxy.detection.extra_text import MAX_DECODED_RUNS, Extra

# Emphasis, strike-through and code marks at the edge of a word: "**NL91**", "_RABO_", "`0417`",
# "~~x~~". A mark inside a word ("snake_case", "2*3") is no Markdown.
_MARKS = r"(?:\*{1,3}|_{1,3}|`{1,3}|~~)"
_MARK = re.compile(rf"(?<![^\s(\[]){_MARKS}(?=[^\W_])|(?<=[^\W_]){_MARKS}(?![^\s)\].,;:!?])")
# A run of marked pieces holding a digit: only those can hide a number or key worth joining up.
_MARKED_DIGITS = re.compile(rf"{_MARKS}[^\W_]*\d")
# Capitalised name parts joined by underscores, lower-case particles between them: "Joost_van_der_Meulen",
# "Anna_Bakker". Not "user_name" or "MAX_RETRIES" (no capitalised part, or all capitals).
_SNAKE_NAME = re.compile(r"(?<![\w.@-])[A-Z][a-z]{1,30}(?:_(?:[a-z]{1,4}_){0,3}[A-Z][a-z]{1,30}){1,3}(?![\w@-])")


def markdown_lines(text: str) -> list[Extra]:
    """Each line where Markdown marks stand beside a piece holding a digit, with the marks taken out."""
    if "*" not in text and "_" not in text and "`" not in text and "~" not in text:
        return []
    found: list[Extra] = []
    line_end = -1  # end of the last line looked at: each line is looked at once
    for m in _MARKED_DIGITS.finditer(text):
        if m.start() < line_end:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line_end = end
        edits = [(k.start(), k.end(), "") for k in _MARK.finditer(text, start, end)]
        if len(edits) < 2:
            continue
        line, offsets = apply_edits(text[start:end], [(s - start, e - start, r) for s, e, r in edits])
        found.append(Extra(line, "unmarked", start, end, offsets))
        if len(found) >= MAX_DECODED_RUNS:
            break
    return found


def spaced_identifiers(text: str) -> list[Extra]:
    """Names written with underscores for spaces, each with its underscores turned into spaces."""
    if "_" not in text:
        return []
    found: list[Extra] = []
    for m in _SNAKE_NAME.finditer(text):
        spaced = m.group().replace("_", " ")
        edits = [(k, k + 1, " ") for k, c in enumerate(m.group()) if c == "_"]
        _, offsets = apply_edits(m.group(), edits)
        found.append(Extra(spaced, "spaced", m.start(), m.end(), offsets))
        if len(found) >= MAX_DECODED_RUNS:
            break
    return found
