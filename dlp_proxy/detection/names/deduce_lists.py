"""Dutch name, street and place lists read from the data files of `deduce` (LGPL-3.0, UMC Utrecht).

Only the plain-text lists under deduce/data/lookup/src are read. The package is located
with `importlib.util.find_spec`, which does not import it: importing deduce (or calling
`importlib.resources.files("deduce")`, which imports it) pulls in its pipeline.
Each list is read once per process and kept as a frozenset.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from dlp_proxy.errors import DetectorError


@lru_cache(maxsize=1)
def _root() -> Path:
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        raise DetectorError("the 'deduce' package (name and street lists) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup" / "src"


def read_list(relative: str) -> frozenset[str]:
    """The non-empty lines of one list file (e.g. 'names/lst_surname/items.txt'), stripped."""
    path = _root() / relative
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise DetectorError(f"cannot read deduce list {relative}: {e.strerror}") from e
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def _items(folder: str) -> frozenset[str]:
    """A deduce list: its items less its exceptions (the ambiguous entries deduce itself drops)."""
    items = read_list(f"{folder}/items.txt")
    if (_root() / folder / "exceptions.txt").is_file():
        items -= read_list(f"{folder}/exceptions.txt")
    return items


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Every first name, ambiguous ones included ('Will', 'Elke'): see first_name_exceptions()."""
    return read_list("names/lst_first_name/items.txt")


@lru_cache(maxsize=1)
def first_name_exceptions() -> frozenset[str]:
    """First names that deduce itself distrusts because they are also ordinary words."""
    return read_list("names/lst_first_name/exceptions.txt")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Surnames without interfix ('Jansen', 'Bakker'); a few hold two words ('Bruins Slot')."""
    return _items("names/lst_surname")


@lru_cache(maxsize=1)
def interfix_surnames() -> frozenset[str]:
    """The part after an interfix ('Vries' in 'de Vries', 'Berg' in 'van den Berg')."""
    return _items("names/lst_interfix_surname")


@lru_cache(maxsize=1)
def interfixes() -> frozenset[str]:
    """'van', 'van der', 'de', "in 't", ... (lower case, as deduce lists them)."""
    return read_list("names/lst_interfix/items.txt")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Ordinary Dutch words and stop words, lower case.

    deduce's exceptions to this list ("vader", "wit", "klein") are kept: deduce drops them so
    they can be surnames, but they are ordinary words all the same.
    """
    words = (
        read_list("whitelist/lst_common_word/items.txt")
        | read_list("whitelist/lst_common_word/exceptions.txt")
        | read_list("whitelist/lst_stop_word/items.txt")
    )
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Dutch residences, municipalities, provinces and regions, case-folded ('bergen op zoom')."""
    names = (
        _items("locations/lst_placename/lst_residence")
        | read_list("locations/lst_placename/lst_municipality/items.txt")
        | read_list("locations/lst_placename/lst_province/items.txt")
        | read_list("locations/lst_placename/lst_region/items.txt")
    )
    return frozenset(n.casefold() for n in names)


@lru_cache(maxsize=1)
def streets(leave_out_suffixes: tuple[str, ...] = ()) -> frozenset[str]:
    """Dutch street names (BAG register and deduce's own list), case-folded, single spaces.

    One-word names ending in one of `leave_out_suffixes` are left out: a caller that
    recognises "...straat" by its suffix need not hold 60,000 of them in memory.
    """
    dropped = {n.casefold() for n in read_list("locations/lst_street/exceptions.txt")}
    names: set[str] = set()
    for name in ("streets_bag.txt", "items.txt"):
        path = _root() / "locations" / "lst_street" / name
        try:
            with path.open(encoding="utf-8") as lines:  # line by line: 310,000 lines, ~10 MB kept
                for line in lines:
                    street = " ".join(line.casefold().split())
                    if street and (" " in street or not street.endswith(leave_out_suffixes)):
                        names.add(street)
        except OSError as e:
            raise DetectorError(f"cannot read deduce list {path.name}: {e.strerror}") from e
    return frozenset(names - dropped)
