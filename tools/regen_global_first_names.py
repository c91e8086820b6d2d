"""Regenerate the list of given names from many countries that the other first-name lists lack:

    .venv/bin/pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg && unzip -o -q /tmp/nqg/*.whl -d /tmp/nqg
    .venv/bin/python tools/regen_global_first_names.py /tmp/nqg/nomquamgender/name_data.json \
        > dlp_proxy/detection/names/global_first_names.py

The source is the name table of the `nomquamgender` package (MIT; Ian Van Buskirk): given names
gathered from 36 name lists of many countries, each with how many lists hold it and how many
people bear it. It is read from the downloaded wheel, not installed (it would pull pandas in), and
the result is committed as data. Kept: plain ASCII words of three letters or more that at least
MIN_SOURCES lists hold for at least MIN_BEARERS people (the table also holds words, titles and
noise that one list or a few people carry), less every name a first-name list holds already, every
English dictionary word, Dutch common word, name_words entry (words, products, assistants, world
places), Dutch place, census, deduce or Faker surname (of any locale), the towns and lorem words of
the prompts' countries (regen_more_first_names' filter), and the hand lists of the other regenerators.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

MIN_SOURCES = 8
MIN_BEARERS = 30
# Left by the filters but read as something else in a Dutch or English prompt: French, Spanish and
# Catalan words ("ville", "pau"), agencies and codes ("esa", "nha"), Dutch and English fragments.
EXCLUDED = frozenset(
    """ville ora pau esa reto elle mau nin ber pars nha satu intan sree lol kia aroha tui mio oke rua
    del aud sys vid boe yar uno tri taj pak rei ibn lut jua""".split()
)

DOC = """Given names of many countries (Europe, Africa, Asia, the Americas) that the other lists lack, as
data: "Ananya", "Tamsin", "Rhodri", "Riaan", "Tigist", "Ikechukwu". The lexicon counts them as
ambiguous first names (like "Will" or "Roos"): alone, one counts only where the sentence makes it
a person, since a list this wide holds rare words of other languages too."""


def _faker_surnames() -> set[str]:
    """Lower case: the surnames of every Faker locale ("Kerrigan", "Kariuki"). As a first name a
    surname would make "SHAUNA KERRIGAN" two first names."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    found: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{info.name}").Provider
        for attr in ("last_names", "last_romanized_names", "last_names_male", "last_names_female"):
            value = getattr(provider, attr, ())
            items = value if isinstance(value, (tuple, list, dict)) else ()
            found.update(str(n).lower() for n in items)
    return found


def main(path: str) -> None:
    import regen_more_first_names as more
    import regen_nickname_first_names as nick

    from dlp_proxy.detection.names import deduce_lists, nickname_first_names
    from dlp_proxy.detection.names.census_surnames import census_surnames

    known = more.listed_first_names() | {n.lower() for n in nickname_first_names.FIRST_NAMES}
    blocked = (
        more.word_blocklist()
        | EXCLUDED
        | {w.lower() for w in more.EXCLUDED | more.WORLD_EXCLUDED}
        | nick.EXCLUDED
        | {n.lower() for n in census_surnames() | deduce_lists.surnames()}
    )
    places = {p.casefold() for p in deduce_lists.places()} | more._faker_places_and_words()
    blocked |= _faker_surnames()
    table = json.loads(Path(path).read_text(encoding="utf-8"))
    names = sorted(
        name.capitalize()
        for name, (sources, bearers, *_) in table.items()
        if name.isascii()
        and name.isalpha()
        and len(name) > 2
        and sources >= MIN_SOURCES
        and bearers >= MIN_BEARERS
        and name not in known
        and name not in blocked
        and name not in places
    )
    body = textwrap.fill(" ".join(names), 96, initial_indent="    ", subsequent_indent="    ")
    print(f'''"""{DOC}

Provenance: nomquamgender/name_data.json of the `nomquamgender` package 0.1.4 from PyPI (MIT;
(c) 2022 Ian Van Buskirk, https://github.com/ianvanbuskirk/nomquamgender): names that at least
{MIN_SOURCES} of its lists hold for at least {MIN_BEARERS} people, filtered and copied once, offline, by
tools/regen_global_first_names.py (which says how). {len(names)} names.
"""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
{body}
    """.split()
)''')


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
