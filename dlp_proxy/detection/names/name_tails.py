"""The rest of a found name that its finding stops short of.

The rules find part of a name and leave the rest in plain sight:

- a user name glued to the first name: "Assigned to: jan_de_vries", "cc: jan.devries" (the rules
  find "jan");
- a surname in capitals before a comma and the first names, as registers write it:
  "Naam: VAN DEN BERG, Jan Peter" (the rules find "Jan Peter");
- the Dutch formal notation of initials, the first name used in brackets, then the surname:
  "de heer J.P. (Jan-Peter) van den Berg-Smit" (the rules find "Jan-Peter").

Each returns the span of the whole name, found part included, so the mask covers all of it. None
makes a text's first finding: each extends a PERSON finding, like `mentions`. Pure and linear:
each pattern is anchored at a finding's edge and bounded.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from dlp_proxy.detection.names.name_words import SURNAME_PARTICLES
from dlp_proxy.findings import Finding

# Further parts of a user name glued on with "_" or ".": "_de_vries", ".devries". Not a file
# name's or host's end ("jan.txt", "jan.acme.nl" are not people) and not an address ("@" after).
_GLUED_TAIL = regex.compile(r"(?:[._][\p{Ll}][\p{Ll}'’-]{1,30}+){1,3}+(?![\p{L}\p{N}@.]|\.[\p{L}\p{N}])")
_NOT_TAILS = frozenset(
    """txt pdf doc docx xls xlsx csv json yaml yml xml html htm png jpg jpeg gif zip log md py js ts sh
    com org net nl be de eu io ai co uk us local lan intern internal old new bak tmp copy final""".split()
)

# Name particles, in the cases registers write them.
# ... and those registers add ("in 't Veld", "op den Akker", "della", "dos Santos").
_PARTICLE_WORDS = SURNAME_PARTICLES | {"della", "in", "op", "'t", "’t", "zum", "dos", "das"}
_PARTICLES = "(?:" + "|".join(sorted(_PARTICLE_WORDS, key=len, reverse=True)) + ")"
# A surname in capitals (particles allowed, in any case) that opens its line or follows a label,
# then a comma and a space: what stands before a found first name.
_CAPS_SURNAME_BEFORE = regex.compile(
    rf"(?:^|(?<=[:\n])[ \t]*+)(?P<surname>(?:(?i:{_PARTICLES})[ \t]++)*+\p{{Lu}}[\p{{Lu}}'’-]++"
    rf"(?:[ \t]++(?:(?i:{_PARTICLES})[ \t]++)*+\p{{Lu}}[\p{{Lu}}'’-]++){{0,2}}+)[ \t]*+,[ \t]*+\Z"
)
# Initials then "(" just before a found name, and ")" then a surname just after it.
_INITIALS_BEFORE = regex.compile(r"(?<![\p{L}.])(?P<initials>(?:\p{Lu}\.){1,5}+)[ \t]*+\([ \t]*+\Z")
_SURNAME_AFTER = regex.compile(
    rf"[ \t]*+\)[ \t]++(?:{_PARTICLES}[ \t]++)*+\p{{Lu}}[\p{{Ll}}\p{{M}}'’]++(?:-\p{{Lu}}[\p{{Ll}}\p{{M}}'’]++)?"
)
_REACH = 80  # characters before a finding looked at


# Words in capitals that open a log line or a note before a comma: never a surname.
_CAPS_NOT_SURNAMES = frozenset(
    """error warning warn info debug fatal note nb ps todo fixme urgent fyi ok yes no re fw fwd cc bcc attn
    attention important update status let op opgelet graag""".split()
)


def _caps_surname(surname: str) -> bool:
    """A surname in capitals: its last word a listed surname or no ordinary word, and no log level."""
    from dlp_proxy.detection.names.name_lexicon import lexicon

    last = surname.split()[-1]
    if last.lower() in _CAPS_NOT_SURNAMES:
        return False
    lex = lexicon()
    titled = last[0] + last[1:].lower()
    listed = titled in lex.surnames and last.lower() not in lex.surname_stop
    return listed or (last.lower() not in lex.ordinary and last.lower() not in lex.english)


def _file_or_host(tail: str) -> bool:
    """A part after a dot that ends a file name or host ("jan.txt", "jan.acme.nl"), not a surname."""
    return any(p.lower() in _NOT_TAILS for p in tail.split(".")[1:] for p in [p.split("_")[0]])


def name_tails(text: str, findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """Spans of whole names whose found part is a PERSON finding (see the module's list)."""
    out: list[tuple[int, int]] = []
    for f in findings:
        if f.entity_type != "PERSON":
            continue
        start, end = f.start, f.end
        tail = _GLUED_TAIL.match(text, end)
        if tail is not None and not _file_or_host(tail.group()):
            end = tail.end()
        before = text[max(0, start - _REACH) : start]
        caps = _CAPS_SURNAME_BEFORE.search(before)
        if caps is not None and _caps_surname(caps.group("surname")):
            start -= len(before) - caps.start("surname")
        initials = _INITIALS_BEFORE.search(before)
        after = _SURNAME_AFTER.match(text, end) if initials is not None else None
        if initials is not None and after is not None:
            start, end = start - (len(before) - initials.start("initials")), after.end()
        if (start, end) != (f.start, f.end):
            out.append((start, end))
    return out
