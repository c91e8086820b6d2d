"""Repairs to e-mail addresses in OCR text: spaces OCR put in them, a domain wrapped over a line
break, and the dot before the top-level domain that OCR dropped. OCR text only, never typed text.

Measured on the OCR benchmark's tuning halves (bench/ocr.py):
  * a space after `@` or `.`, or before `.` ("marion. powell@ x.nl"): removed only next to an
    `@`-bearing address, so prose keeps its sentence spaces;
  * a domain wrapped at the edge of a narrow column or an editor ("@northwin" / "d.com"): the
    break is joined only when the line ends in an address whose domain has no dot yet and the
    joined domain ends in a known top-level domain;
  * the dot before the top-level domain read as nothing ("@livenl", "@bluepeakio") or as a
    space at the line's end ("@xs4all nl"): put back only for an address whose domain has no
    dot at all, where the domain ends in a known top-level domain (the public suffix list's
    snapshot bundled with tldextract: offline), the longest that fits ("gmailcom" is
    gmail.com, not gmailc.om), leaving a label of 3 or more ("me@home" stays). Read as a
    space: only common address TLDs that are no short word too ("mail me@home to" stays).
    Only text that has an address's `@` between a name and a word is touched: prose without
    one is never made an address, and dotless host names ("root@localhost") stay as they are.
  * Measured on tuning halves 3 and 4 (small mono and serif print): a `,` or `;` read for a
    domain's dot ("@outlook,com"): a dot only where a known TLD follows the mark directly (no
    space: "jan@home, de" is a sentence), or after a dot that ends the line (a wrapped table
    cell: "@northwind.\n\ncom"); a space OCR put inside a domain's label ("@out
    look. com"): joined only where both pieces are lowercase and a dot and a known TLD follow.
  * Measured on tuning half 5 (several addresses a screen, mono shells and CI logs): a space OCR
    put before a dot, a plus-tag or the `@` ("lewis .lee@", "emily +work@", "quit.e87 @x.nl"):
    no address starts with `.`, `+` or `@`, so it is joined; before the `@` only after a local
    part with a letter and a dot, digit, `_`, `-` or `+` in it ("mail @acme.nl" stays) and before a domain
    ending in a known TLD. Spaces after the dots of a domain of several labels ("@ict. outlook.
    com", "@acme.co. uk"): joined where each label is lowercase and the last is a known TLD (a
    spaced one only a common address TLD that is no word). A one-letter piece split off a
    domain's label ("@bedrij f.nl") is joined like a longer one; a space after a plus-tag's `+`
    ("name+ 2024@x.com") too. A `7` read as `/` in a local
    part's closing digits ("nieuwstraten/8@live.nl", small serif print): a `7` where the `/` sits
    between a letter or digit and the digits right before the `@`, a known TLD after (the
    address after the `/` is found either way: the repair widens a finding, never makes one).
  * Measured on tuning half 6 (addresses in monospaced print): a `1` or `0` read in the top-level
    domain ("@noordwind.n1"; no TLD holds a digit), spelled `l`/`o` where that is a known TLD; a
    space inside the first label of a domain of several ("@br ightwater.co.uk"). An `@` read as
    a letter: dlp_proxy.detection.ocr_email_at. Check draws of tuning halves 4 and 5 with new seeds
    (30, 28): a table cell wrapped before the `@` or inside the TLD ("@northwind.c\nom"), a space
    inside a local part after a name with `.`/`_` ("mohamed_genear t28@"), `|` for an initial `l`;
    a local part wrapped over a line; a TLD cut to one letter at a cell's edge ("@polderlicht.n":
    no TLD has one letter; `n` is taken for `nl`, `c` for `com`).
"""

from __future__ import annotations

import re
from typing import Final

from dlp_proxy.detection.ocr_email_at import restore_at
from dlp_proxy.detection.tlds import known_tld

_ADDR: Final = r"[A-Za-z0-9._%+-]"
# "name. more@": the space after a dot in the local part, right before the rest and the `@`.
_LOCAL_DOT_SPACE: Final = re.compile(rf"(?<={_ADDR})\. (?={_ADDR}*@[A-Za-z0-9-])")
# "name@ domain.nl": a space after the `@` of an address whose domain follows.
_AT_SPACE: Final = re.compile(rf"(?<={_ADDR})@ (?=[A-Za-z0-9-]+\.[A-Za-z])")
# "@domain. nl", "@domain .com": a space around a dot of the domain, before a lowercase TLD.
_DOMAIN_DOT_SPACE: Final = re.compile(rf"({_ADDR}@[A-Za-z0-9-]+) ?\. ?(?=[a-z]{{2,6}}\b)")
# An address whose domain has no dot, at a line's end, and the domain's rest on the next line.
_DOMAIN_WRAP: Final = re.compile(
    rf"(?<![A-Za-z0-9._%+-]){_ADDR}{{1,64}}@([A-Za-z0-9-]{{1,63}}) {{0,3}}\n{{1,2}} {{0,3}}"
    r"([A-Za-z0-9-]{0,63}(?:\.[A-Za-z0-9-]{1,63}){1,3})(?![A-Za-z0-9@-])"
)
# An address whose domain has no dot (a dot follows only as a sentence's end), and on the same
# line maybe a last word that may be its top-level domain read with a space for the dot.
_DOTLESS: Final = re.compile(
    rf"(?<![A-Za-z0-9._%+-])({_ADDR}{{1,64}}@)([A-Za-z0-9-]{{3,63}})(?![A-Za-z0-9@_-]|\.[A-Za-z0-9])"
    r"(?: ([a-z]{2,3})(?=[.,;:)>]?[ \t]*$))?",
    re.MULTILINE,
)
_NOT_ON: Final = r"(?![@-]|\.[A-Za-z0-9])"  # the TLD ends the address: "a@x.nl;info@y.nl" is two
# "@outlook,com", "@live;nl": a comma or semicolon read for a domain's dot, a TLD right after it;
# or the dot at a line's end and the TLD on the next (a table cell wrapped it), or the dot at the
# next line's start, or read as a low quote ("@icloud\n„com"; a single low quote "@bedrijf ‚nl" on
# the same line too: tuning half 5's mono print; no address or sentence holds one).
_DOMAIN_DOT_MARK: Final = r"(?:[,;]| ?\u201a|\. {0,3}\n{1,2} {0,3}| {0,3}\n{1,2} {0,3}[.\u201a\u201e])"
_DOMAIN_COMMA: Final = re.compile(
    rf"(?<={_ADDR}@)([A-Za-z0-9-]{{1,63}}(?:\.[A-Za-z0-9-]{{1,63}}){{0,3}}){_DOMAIN_DOT_MARK}([a-z]{{2,6}})\b{_NOT_ON}"
)
# "@out look.com", "@out look. com": a space inside the domain's first label, a dot and a TLD after.
_DOMAIN_SPACE: Final = re.compile(
    rf"(?<={_ADDR}@)([a-z0-9-]{{2,63}}) ([a-z0-9-]{{1,63}}(?:\.[a-z0-9-]{{1,63}}){{0,2}})"
    rf" ?\. ?([a-z]{{2,6}})\b{_NOT_ON}"
)
# "@noordwind.n1": a top-level domain with a digit read for a letter (no TLD holds a digit).
_TLD_DIGIT: Final = re.compile(
    rf"(?<={_ADDR}@)([A-Za-z0-9-]{{1,63}}(?:\.[A-Za-z0-9-]{{1,63}}){{0,3}}\.)([a-z01]{{2,6}})\b{_NOT_ON}"
)
_LETTER_FOR_DIGIT: Final = str.maketrans({"1": "l", "0": "o"})
# A table cell wrapped an address before its `@` ("lee_brooks17\n@northwind.com"), or inside its
# top-level domain ("@northwind.c\nom").
_AT_WRAP: Final = re.compile(
    rf"(?<![A-Za-z0-9._%+-])({_ADDR}{{1,64}}) {{0,3}}\n{{1,2}} {{0,3}}@"
    r"(?=[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.[a-z])"
)
_TLD_WRAP: Final = re.compile(
    rf"({_ADDR}@[A-Za-z0-9-]{{1,63}}(?:\.[A-Za-z0-9-]{{1,63}}){{0,3}}\.)([a-z]{{1,5}})"
    r" {0,3}\n{1,2} {0,3}([a-z]{1,5})(?![A-Za-z0-9@-])"
)
# "mohamed_genear t28@icloud.com": a space OCR put inside the local part, a name with a `.` or `_` before it.
_LOCAL_SPACE: Final = re.compile(
    r"(?<![A-Za-z0-9._%+|@-])([A-Za-z0-9]{1,64}[._][A-Za-z0-9._-]{0,64}[A-Za-z0-9]) ([A-Za-z0-9][A-Za-z0-9._%+-]{0,7}@)"
    r"(?=[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.[a-z]{2,6}\b)"
)
# "@polderlicht.n": the top-level domain's last letter lost at a cell's or a line's edge (a TLD
# of one letter does not exist): "n" is "nl", "c" is "com".
_TLD_CUT: Final = re.compile(
    rf"(?<={_ADDR}@)([A-Za-z0-9-]{{1,63}}(?:\.[A-Za-z0-9-]{{1,63}}){{0,3}})\.([nc])(?![A-Za-z0-9@-]|\.[A-Za-z0-9])"
)
_CUT_TLDS: Final = {"n": "nl", "c": "com"}
# A local part wrapped over a line ("j.vanderleek-vanhaspengouwhesba\nye@icloud.com").
_LOCAL_WRAP: Final = re.compile(
    rf"(?<![A-Za-z0-9._%+-])({_ADDR}{{2,64}}) {{0,3}}\n{{1,2}} {{0,3}}([A-Za-z0-9._%+-]{{1,64}}@)"
    r"(?=[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.[a-z]{2,6}\b)"
)
# "|.vanthouteveen@...": an `l` read as `|` for an initial.
_BAR_INITIAL: Final = re.compile(r"(?<![A-Za-z0-9|])\|(?=\.[A-Za-z][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-])")
# "lewis .lee@", "emily +work@", "emir+ 2024@": a space before a dot or plus-tag of an address's
# local part, or after a plus-tag's `+`.
_SPACE_BEFORE_MARK: Final = re.compile(
    rf"(?<=[A-Za-z0-9]) (?=[.+]{_ADDR}{{1,64}}@[A-Za-z0-9-]+\.[A-Za-z])"
    rf"|(?<=[A-Za-z0-9]\+) (?={_ADDR}{{1,64}}@[A-Za-z0-9-]+\.[A-Za-z])"
)
# "quit.e87 @bedrijf.nl": a space before the `@`; the domain's TLD in group 2.
_SPACE_BEFORE_AT: Final = re.compile(
    rf"(?<![A-Za-z0-9._%+-])({_ADDR}{{1,64}}) @"
    r"(?=[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.([a-z]{2,6})\b)"
)
# "nieuwstraten/8@live.nl": a `7` read as `/` before a local part's closing digits; the TLD in group 1.
_SLASH_SEVEN: Final = re.compile(
    r"(?<=[A-Za-z0-9])/(?=[0-9]{1,4}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.([a-z]{2,6})\b)"
)
_LOCAL_MARKS: Final = frozenset("._+-0123456789")
# "@ict. outlook. com", "@acme. co. uk": spaces around the dots of a domain of several labels.
_SPACED_LABELS: Final = re.compile(
    rf"(?<={_ADDR}@)[A-Za-z0-9-]{{1,63}}(?: ?\. ?[a-z0-9-]{{1,63}}){{1,4}}(?![A-Za-z0-9@-]|\.[A-Za-z0-9])"
)
_TLD_MIN_LABEL: Final = 3  # the domain's own label before the TLD put back: at least this long
# A word after the address read for its TLD: only TLDs that are no short word too ("to", "in",
# "at", "me", "is", "no" are ccTLDs: "mail me@home to" stays as it is).
_SPACED_TLDS: Final = frozenset({"nl", "be", "de", "uk", "fr", "eu", "com", "net", "org", "io"})
_WORD_TLDS: Final = frozenset({"be", "de"})  # words too (English, Dutch): not after a spaced dot
_NOT_DOMAINS: Final = frozenset({"localhost", "localdomain"})  # dotless host names people write


def repair_email(text: str) -> str:
    """The OCR text with the e-mail addresses OCR split, wrapped or lost a dot in put right."""
    text = restore_at(text)  # first: the other repairs then join what is around the `@`
    if "@" not in text:
        return text
    if "\n" in text:
        text = _AT_WRAP.sub(_join_at_wrap, text)
        text = _LOCAL_WRAP.sub(_join_local_wrap, text)
    text = _AT_SPACE.sub("@", text)
    text = _DOMAIN_COMMA.sub(lambda m: f"{m[1]}.{m[2]}" if known_tld(m[2]) else m[0], text)
    text = _DOMAIN_SPACE.sub(_join_label, text)
    text = _LOCAL_DOT_SPACE.sub(".", text)
    text = _DOMAIN_DOT_SPACE.sub(r"\1.", text)
    text = _DOMAIN_WRAP.sub(_join_domain, text)
    text = _DOTLESS.sub(_dot_before_tld, text)
    # tuning half 5: after the domain is whole (a wrapped "+ 2024@out\nlook.com" needs its dot first)
    text = _SPACE_BEFORE_MARK.sub("", text)
    text = _SPACE_BEFORE_AT.sub(_join_at, text)
    text = _SPACED_LABELS.sub(_join_labels, text)
    text = _TLD_DIGIT.sub(_tld_letters, text)
    text = _TLD_WRAP.sub(_join_tld, text) if "\n" in text else text
    text = _TLD_CUT.sub(lambda m: f"{m[1]}.{_CUT_TLDS[m[2]]}", text)
    text = _LOCAL_SPACE.sub(_join_local, text)
    text = _BAR_INITIAL.sub("l", text) if "|" in text else text
    text = _SLASH_SEVEN.sub(lambda m: "7" if known_tld(m.group(1)) else m.group(0), text)
    return text


def _join_at_wrap(match: re.Match[str]) -> str:
    """A local part at a line's end joined to the `@` that starts the next: only a local part with
    a letter and an address's marks (`.`, `_`, `-`, `+`, a digit); "Jan\n@piet" is a mention."""
    local = match.group(1)
    if _LOCAL_MARKS.isdisjoint(local) or not any(ch.isalpha() for ch in local):
        return match.group(0)
    return local + "@"


def _join_local_wrap(match: re.Match[str]) -> str:
    """A local part's start at a line's end joined to its rest and the `@` on the next: only a start
    with a letter and an address's marks (a name on its own line stays)."""
    start, rest = match.groups()
    if _LOCAL_MARKS.isdisjoint(start) or not any(ch.isalpha() for ch in start) or start.endswith((".", ",")):
        return match.group(0)
    return start + rest


def _join_tld(match: re.Match[str]) -> str:
    """A top-level domain wrapped over a line joined, where the pieces make a known TLD and the
    first alone is none ("@x.nl\nnl" stays)."""
    head, first, rest = match.groups()
    if known_tld(first) or not known_tld(first + rest):
        return match.group(0)
    return head + first + rest


def _join_local(match: re.Match[str]) -> str:
    """A local part's pieces joined, unless the piece before the space is a domain ("www.x.nl info@")."""
    left, right = match.groups()
    if "." in left and known_tld(left.rsplit(".", 1)[1]):
        return match.group(0)
    return left + right


def _tld_letters(match: re.Match[str]) -> str:
    """A TLD with a `1` or `0` read for an `l` or `o` spelled with letters, where that is a known TLD."""
    tld = match.group(2)
    spelled = tld.translate(_LETTER_FOR_DIGIT)
    return match.group(1) + spelled if spelled != tld and known_tld(spelled) else match.group(0)


def _join_label(match: re.Match[str]) -> str:
    """A domain label OCR split ("@out look. com") joined; a space after the dot only before a common
    address TLD that is no word ("today. de rest" is a sentence's end and a Dutch word)."""
    head, tail, tld = match.group(1), match.group(2), match.group(3)
    spaced_dot = match.group(0).endswith(" " + tld)
    if not known_tld(tld) or (spaced_dot and (tld not in _SPACED_TLDS or tld in _WORD_TLDS)):
        return match.group(0)
    return f"{head}{tail}.{tld}"


def _join_at(match: re.Match[str]) -> str:
    """An address like "quit.e87 @x.nl" joined: a local part with a letter and an address's marks in it ("06 @x.nl"
    stays), a known TLD after."""
    local = match.group(1)
    if _LOCAL_MARKS.isdisjoint(local) or not any(ch.isalpha() for ch in local) or not known_tld(match.group(2)):
        return match.group(0)
    return local + "@"


def _join_labels(match: re.Match[str]) -> str:
    """A domain's labels without the spaces OCR put around their dots, where the last label is a
    known TLD (after a spaced dot: a common address TLD that is no word, "jan@x.nl. de" stays)."""
    found = match.group(0)
    if " " not in found:
        return found
    head, _, tld = found.rpartition(".")
    spaced = head.endswith(" ") or tld.startswith(" ")
    tld = tld.strip()
    if not known_tld(tld) or (spaced and (tld not in _SPACED_TLDS or tld in _WORD_TLDS)):
        return found
    return ".".join(label.strip() for label in found.split("."))


def _join_domain(match: re.Match[str]) -> str:
    head, rest = match.group(1), match.group(2)
    if not known_tld((head + rest).rsplit(".", 1)[1]):
        return match.group(0)
    address = match.group(0)
    return address[: address.index("@") + 1] + head + rest


def _dot_before_tld(match: re.Match[str]) -> str:
    local, domain, spaced = match.group(1), match.group(2), match.group(3)
    if domain.lower() in _NOT_DOMAINS:
        return match.group(0)
    if spaced in _SPACED_TLDS:  # "@xs4all nl": the dot read as a space
        return f"{local}{domain}.{spaced}"
    rest = match.group(0)[match.end(2) - match.start() :]  # " and": a word after it, kept
    for cut in range(_TLD_MIN_LABEL, len(domain) - 1):  # the longest known TLD first
        if known_tld(domain[cut:]):
            return f"{local}{domain[:cut]}.{domain[cut:]}{rest}"
    return match.group(0)
