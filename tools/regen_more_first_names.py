"""Regenerate dlp_proxy/detection/names/more_first_names.py from Faker's first-name tuples.

    .venv/bin/python tools/regen_more_first_names.py > dlp_proxy/detection/names/more_first_names.py

Faker is a benchmark dependency, not a run-time one: this runs offline on a developer's machine,
and the result is committed as data. The filter is origin_first_names': single capitalised words
of three letters or more that the lexicon does not hold yet, less every English dictionary word,
Dutch common word, name_words entry (words, products, assistants, world places) or Dutch place.
"""

from __future__ import annotations

import importlib
import sys
import textwrap
from pathlib import Path

import faker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LOCALES = ("en_IE", "en_NZ", "en_IN", "fr_BE", "fr_CH", "de_AT", "de_CH", "it_IT", "es_ES", "pt_PT", "pt_BR")
# Names the filter keeps that read as something else in a Dutch or English prompt.
EXCLUDED = frozenset(
    "Amico Amada Nieves Rosario Pilar Dolores Consuelo Mercedes Angeles Reyes Cruz Paz Luz Sol Lourdes "
    "Fortunato Prudenzia Fiorenza Firenze Gaspar Marina Anahera Aroha Kia Awhina Cal Tui Shea Pero Salud "
    "Socorro Loreto Nazaret Ganga Kata Tama Til Hemi Edel Dulce Lias Pina Pili Tere Seve Mato Kala Nair "
    "Reto Gil Conan Samu Chita Gani Kori Tane Manawa".split()
)


def main() -> None:
    from dlp_proxy.detection.names import deduce_lists, intl_first_names, origin_first_names
    from dlp_proxy.detection.names import name_words as words
    from dlp_proxy.detection.names.english_words import english_words

    known = deduce_lists.first_names() | intl_first_names.FIRST_NAMES | origin_first_names.FIRST_NAMES
    blocked = (
        english_words()
        | deduce_lists.common_words()
        | words.NL_WORDS
        | words.EN_WORDS
        | words.NAME_WORDS
        | words.PRODUCTS
        | words.ASSISTANTS
        | words.WORLD_PLACES
    )
    places = deduce_lists.places()
    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            for name in getattr(provider, attr, ()) or ():
                if not (name.isalpha() and name[0].isupper() and name[1:].islower() and len(name) > 2):
                    continue
                if name in known or name in EXCLUDED or name.lower() in blocked or name.casefold() in places:
                    continue
                names.add(name)
    body = textwrap.fill(" ".join(sorted(names)), 96, initial_indent="    ", subsequent_indent="    ")
    print(f'''"""First names of Irish, New Zealand, Indian, French-Belgian, Swiss, Austrian, Italian, Spanish
and Portuguese people that the other lists lack, as data.

Provenance: the `first_names*` tuples of Faker {faker.VERSION} (MIT licence, (c) 2012 Daniele Faraglia),
faker/providers/person/<locale>/__init__.py for the locales
{", ".join(LOCALES)},
filtered and copied once, offline, by tools/regen_more_first_names.py (which says how). The
lexicon treats them like deduce's names.
"""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
{body}
    """.split()
)''')


if __name__ == "__main__":
    main()
