"""Regenerate the first-name lists taken from Faker's first-name tuples:

    .venv/bin/python tools/regen_more_first_names.py > dlp_proxy/detection/names/more_first_names.py
    .venv/bin/python tools/regen_more_first_names.py --world > dlp_proxy/detection/names/world_first_names.py

Faker is a benchmark dependency, not a run-time one: this runs offline on a developer's machine,
and the result is committed as data. The filter is origin_first_names': single capitalised words
of three letters or more that the lexicon does not hold yet, less every English dictionary word,
Dutch common word, name_words entry (words, products, assistants, world places) or Dutch place.
`--world` takes the other continents' locales, after the first list, and leaves out the towns and
lorem words of the prompts' own countries too (PLACE_LOCALES, WORD_LOCALES).
"""

from __future__ import annotations

import importlib
import sys
import textwrap
from pathlib import Path

import faker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LOCALES = ("en_IE", "en_NZ", "en_IN", "fr_BE", "fr_CH", "de_AT", "de_CH", "it_IT", "es_ES", "pt_PT", "pt_BR")
# The Latin-script first names of the other continents' locales (added 2026-12-07), for the
# colleagues, clients and patients of Dutch, Belgian, British and American organisations
# ("Thandiwe", "Hiroshi", "Aoife", "Wanjiru", "Oana"). Faker writes Japanese and Chinese given names
# romanised in `first_romanized_names`; its other Asian, Arabic, Greek and Cyrillic locales hold no
# Latin spellings and are left out.
WORLD_LOCALES = (
    "en_KE", "en_NG", "en_PK", "ha_NG", "ig_NG", "yo_NG", "zu_ZA", "tw_GH", "sw",
    "ja_JP", "zh_CN", "zh_TW", "vi_VN", "id_ID", "en_TH",
    "es_MX", "es_CO", "es_AR", "es_CL", "fr_QC", "fr_DZ", "ga_IE",
    "ro_RO", "hu_HU", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "lv_LV", "lt_LT", "et_EE",
    "sv_SE", "no_NO", "da_DK", "fi_FI", "az_AZ", "uz_UZ",
)  # fmt: skip
ATTRS = ("first_names", "first_names_male", "first_names_female", "first_romanized_names")
# Names the filter keeps that read as something else in a Dutch or English prompt.
EXCLUDED = frozenset(
    "Amico Amada Nieves Rosario Pilar Dolores Consuelo Mercedes Angeles Reyes Cruz Paz Luz Sol Lourdes "
    "Fortunato Prudenzia Fiorenza Firenze Gaspar Marina Anahera Aroha Kia Awhina Cal Tui Shea Pero Salud "
    "Socorro Loreto Nazaret Ganga Kata Tama Til Hemi Edel Dulce Lias Pina Pili Tere Seve Mato Kala Nair "
    "Reto Gil Conan Samu Chita Gani Kori Tane Manawa".split()
)
# Of the world list, the same: abbreviations, code and file words ("Del", "Sys", "Vid", "Aud"), titles
# ("Pak", "Ağa", "Paşa", "Raden", "Oba", "Ibn"), brands, places and rivers ("Aston", "Lada", "Rado",
# "Sapa", "Sava", "Tisa", "Rua" as in a Portuguese street), agencies ("Esa"), Dutch slang ("Oke", "Mio",
# "Boe"), words of Swahili, Indonesian and Spanish that a prompt quotes as words, and inflected English,
# Dutch and German words ("Ants", "Tage", "Bitten", "Musee").
WORLD_EXCLUDED = frozenset(
    "Aud Boe Del Ibn Jua Lut Mio Oke Pak Rei Rua Sys Taj Taaj Tri Uno Vid Vide Yar Macs Koko Kovu Lada "
    "Mora Moya Meda Gada Kana Sapa Capa Bara Bala Dasa Eka Ega Esa Ica Ifa Nea Nae Oba Rada Rado Pada "
    "Puti Sava Saka Tira Tisa Vero Yada Zizi Cici Bebe Lala Maua Siku Tamu Fuma Enzi Emas Anom Anar "
    "Okto Opan Ozy Upik Usyi Ikin Rasa Mati Satu Rabb Ağa Paşa Raden Pangeran Aston Campo Segundo Cielo "
    "Génesis Tránsito Pumbaa Popobawa Harambee Ujamaa Umoja Uzima Ushindi Jelita Intan Citra "
    "Ants Tage Bitten Musee Maman Clas Bonu Caket Nete Gunn Barr Lowe Sune Toms Tord Thore Brid".split()
)
# Whose towns, and whose ordinary words (Faker's lorem lists), a world name must not be: the languages
# and countries of the prompts ("Malle", "Reet" and "Trond" are Belgian towns, "Bett" a German word).
PLACE_LOCALES = ("nl_NL", "nl_BE", "fr_BE", "de_DE", "de_AT", "de_CH", "fr_FR", "en_GB", "en_US", "en_IE")
WORD_LOCALES = ("nl_NL", "de_DE", "de_AT", "en_US", "fr_FR")

MORE_DOC = """First names of Irish, New Zealand, Indian, French-Belgian, Swiss, Austrian, Italian, Spanish
and Portuguese people that the other lists lack, as data."""
WORLD_DOC = """First names of people from the other continents (African, East and South-East Asian, Latin
American, Central, Eastern and Northern European, Irish-language) that the other lists lack, as
data. The lexicon counts them as ambiguous first names (like "Will" or "Roos"): a name alone only
where the sentence makes it a person, since these lists were filtered against fewer word lists
than the names of the countries the prompts come from."""


def _faker_places_and_words() -> set[str]:
    """Casefolded: the towns of PLACE_LOCALES and the lorem words of WORD_LOCALES."""
    found: set[str] = set()
    for kind, locales, attrs in (
        ("address", PLACE_LOCALES, ("cities", "city_names", "city_suffixes")),
        ("lorem", WORD_LOCALES, ("word_list",)),
    ):
        for locale in locales:
            try:
                provider = importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
            except ModuleNotFoundError:
                continue
            for attr in attrs:
                found.update(w.casefold() for item in _items(provider, attr) for w in item.replace("-", " ").split())
    return found


def _items(provider: type, attr: str) -> list[str]:
    value = getattr(provider, attr, ())
    return [str(v) for v in value] if isinstance(value, (tuple, list, dict)) else []  # a locale may have a property


def listed_first_names() -> frozenset[str]:
    """Lower case: every first name the lexicon lists before the two widest lists (deduce's, the
    international, origin, more and world lists, and name_words' word-like and verb first names)."""
    from dlp_proxy.detection.names import (
        deduce_lists,
        intl_first_names,
        more_first_names,
        origin_first_names,
        world_first_names,
    )
    from dlp_proxy.detection.names import name_words as words

    return frozenset(
        n.lower()
        for n in deduce_lists.first_names()
        | intl_first_names.FIRST_NAMES
        | origin_first_names.FIRST_NAMES
        | more_first_names.FIRST_NAMES
        | world_first_names.FIRST_NAMES
        | words.WORD_LIKE_FIRST_NAMES
        | words.VERB_FIRST_NAMES
    )


def word_blocklist() -> frozenset[str]:
    """Lower case: what no first name of a regenerated list may be, being a word of a prompt's
    language: English dictionary words, Dutch common words, and name_words' words, products,
    assistants and world places."""
    from dlp_proxy.detection.names import deduce_lists
    from dlp_proxy.detection.names import name_words as words
    from dlp_proxy.detection.names.english_words import english_words

    return frozenset(
        english_words()
        | deduce_lists.common_words()
        | words.NL_WORDS
        | words.EN_WORDS
        | words.NAME_WORDS
        | words.PRODUCTS
        | words.ASSISTANTS
        | words.WORLD_PLACES
    )


def main(world: bool) -> None:
    from dlp_proxy.detection.names import deduce_lists, intl_first_names, more_first_names, origin_first_names

    known = deduce_lists.first_names() | intl_first_names.FIRST_NAMES | origin_first_names.FIRST_NAMES
    blocked = word_blocklist()
    places = deduce_lists.places()
    locales, excluded = LOCALES, EXCLUDED
    if world:
        known |= more_first_names.FIRST_NAMES
        places |= _faker_places_and_words()
        locales, excluded = WORLD_LOCALES, WORLD_EXCLUDED
    if world:  # a name its own country also writes as a surname ("Kariuki", "Mwangi", "Nguyen") stays one:
        # as a listed first name it would read "JOSEPH KARIUKI" as two first names
        excluded = excluded | {
            n
            for locale in locales
            for attr in ("last_names", "last_romanized_names")
            for n in _items(importlib.import_module(f"faker.providers.person.{locale}").Provider, attr)
        }
    names: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ATTRS:
            for name in _items(provider, attr):
                if not (name.isalpha() and name[0].isupper() and name[1:].islower() and len(name) > 2):
                    continue
                if name in known or name in excluded or name.lower() in blocked or name.casefold() in places:
                    continue
                names.add(name)
    body = textwrap.fill(" ".join(sorted(names)), 96, initial_indent="    ", subsequent_indent="    ")
    listing = textwrap.fill(", ".join(locales), 96)
    how = "--world " if world else ""
    print(f'''"""{WORLD_DOC if world else MORE_DOC}

Provenance: the `first_names*` tuples of Faker {faker.VERSION} (MIT licence, (c) 2012 Daniele Faraglia),
faker/providers/person/<locale>/__init__.py for the locales
{listing},
filtered and copied once, offline, by tools/regen_more_first_names.py {how}(which says how).{"" if world else " The"}
{"" if world else "lexicon treats them like deduce's names."}
"""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
{body}
    """.split()
)''')


if __name__ == "__main__":
    main("--world" in sys.argv[1:])
