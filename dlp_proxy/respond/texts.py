"""Picking the employee's language from a table of (Dutch, English) texts.

The tables stay with the texts' users (notices' and the block page's `_T`); this is the one
rule for reading them.
"""

from __future__ import annotations

from collections.abc import Mapping


def pick(table: Mapping[str, tuple[str, str]], key: str, lang: str) -> str:
    """The text under `key` in `lang`: Dutch for "nl", English for any other language.

    An unknown key raises KeyError: a missing translation is a bug, never an empty notice.
    """
    nl, en = table[key]
    return nl if lang == "nl" else en
