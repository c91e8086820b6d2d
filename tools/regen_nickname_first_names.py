"""Regenerate the list of English diminutives and nicknames that the other first-name lists lack:

    .venv/bin/python tools/regen_nickname_first_names.py > dlp_proxy/detection/names/nickname_first_names.py

The source is the `nicknames` package (a benchmark dependency, not a run-time one): its hand-made
table of English given names and their diminutives ("deborah has_nickname deb"). Every name of
either column is a candidate. The filter is regen_more_first_names' and then some, because the
table also holds words ("honey", "field", "left") and 19th-century American names: single words of
three letters or more that no first-name list holds yet, less every English dictionary word
(except INCLUDED), Dutch common word, name_words entry (words, products, assistants, world places),
Dutch place and census or deduce surname ("Matthews", "Carlton"), less a hand list (EXCLUDED) of
abbreviations, code words, titles and slurs. The result is committed as data.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.resources
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# Left by the word filters but read as something else in a prompt: abbreviations and code words
# ("Dev", "Del", "Ant", "Cal", "Con", "Eph", "Mal"), titles and units ("Gov", "Rev"), and tech words.
EXCLUDED = frozenset(
    """ant app cal ced con del eph gee gov hob irv jap kill mal mort nat pres rev sig stal
    tick val vet vest zed ples mur von trannie farmboy sha tal ora lib gil ree vert meus omi leet
    lil fal gare melo dob jud zay bab aze hez nole sher reg""".split()
)
# Short forms that are also rare English words ("deb" for a debutante, "pat" a light touch) but
# in an office prompt nearly always a colleague: kept despite the word filter.
INCLUDED = frozenset("deb pat dom".split())

DOC = """English diminutives and nicknames ("Deb", "Tash", "Kev", "Steph", "Jacqui") and the older English
given names of the same table that the other lists lack, as data. The lexicon counts them as
ambiguous first names (like "Will" or "Roos"): alone, one counts only where the sentence makes it
a person ("thanks, Deb", "ask Tash to"), since short forms are often also abbreviations."""


def main() -> None:
    import regen_more_first_names as more

    from dlp_proxy.detection.names import deduce_lists
    from dlp_proxy.detection.names.census_surnames import census_surnames

    known = more.listed_first_names()
    surnames = {n.lower() for n in census_surnames() | deduce_lists.surnames()}
    blocked = ((more.word_blocklist() | EXCLUDED) - INCLUDED) | surnames
    places = deduce_lists.places()
    table = importlib.resources.files("nicknames").joinpath("names.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(table.splitlines()))[1:]
    names = {
        word.capitalize()
        for row in rows
        for word in (row[0], row[2])
        if word.isalpha() and len(word) > 2 and word not in known and word not in blocked and word not in places
    }
    body = textwrap.fill(" ".join(sorted(names)), 96, initial_indent="    ", subsequent_indent="    ")
    version = importlib.metadata.version("nicknames")
    print(f'''"""{DOC}

Provenance: names.csv of the `nicknames` package {version} from PyPI (Apache-2.0; Carlton Northern
and Nick Crews, https://github.com/carltonnorthern/nicknames), both columns, filtered and copied
once, offline, by tools/regen_nickname_first_names.py (which says how).
"""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
{body}
    """.split()
)''')


if __name__ == "__main__":
    main()
