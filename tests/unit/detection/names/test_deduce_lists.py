"""deduce_lists: deduce's data files are read without importing deduce, once per process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest

from dlp_proxy.detection.names import deduce_lists


@pytest.mark.parametrize(
    ("load", "present", "absent"),
    [
        (deduce_lists.first_names, ["Jan", "Anna", "John", "Sarah", "Will"], ["Kubernetes"]),
        (deduce_lists.first_name_exceptions, ["Will", "Van", "April"], ["Anna"]),
        (deduce_lists.surnames, ["Jansen", "Bakker", "Smith"], ["Groot", "Straat"]),  # exceptions left out
        (deduce_lists.interfix_surnames, ["Vries", "Berg", "Dijk"], ["Utrecht"]),
        (deduce_lists.interfixes, ["van", "van der", "de"], ["Van"]),
        (deduce_lists.common_words, ["wat", "het", "vader"], ["Wat"]),
        (deduce_lists.places, ["amsterdam", "den haag", "'s-gravenhage"], ["Amsterdam"]),
    ],
)
def test_when_a_list_is_loaded_then_it_holds_its_entries(
    load: Callable[[], frozenset[str]], present: list[str], absent: list[str]
) -> None:
    entries = load()
    assert isinstance(entries, frozenset)
    assert all(p in entries for p in present)
    assert not any(a in entries for a in absent)


def test_when_streets_are_loaded_then_suffixed_one_word_names_can_be_left_out() -> None:
    streets = deduce_lists.streets((".straat", "straat"))
    assert "damrak" in streets
    assert "laan van meerdervoort" in streets
    assert "kerkstraat" not in streets
    assert "jan pieterszoon coenstraat" in streets  # several words: kept whatever the suffix


def test_when_lists_are_loaded_then_deduce_itself_is_never_imported() -> None:
    code = (
        "import sys\n"
        "from dlp_proxy.detection.names import deduce_lists as d\n"
        "d.first_names(); d.surnames(); d.places(); d.streets()\n"
        "assert not any(m == 'deduce' or m.startswith(('deduce.', 'docdeid')) for m in sys.modules), 'imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
