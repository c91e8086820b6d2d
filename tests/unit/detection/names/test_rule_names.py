"""The name rules are mixin classes (NameScan -> ... -> NameFinder): a method defined again
further down the chain silently replaces the first. Only these overrides are meant."""

from __future__ import annotations

import collections

from dlp_proxy.detection.names.name_finder import NameFinder

# name -> why it is defined twice
INTENDED = {
    "_reverse": "CuedRules' stub, which NameFinder's 'Surname, First' rule fills in",
    "_bare_initial": "NameParser widens NameScan's rule and calls it with super()",
}


def test_no_rule_method_is_defined_twice_by_accident() -> None:
    defined: dict[str, list[str]] = collections.defaultdict(list)
    for cls in NameFinder.__mro__:
        if cls.__module__.startswith("dlp_proxy."):
            for name, value in vars(cls).items():
                if callable(value) and not name.startswith("__"):
                    defined[name].append(cls.__name__)
    twice = {name for name, owners in defined.items() if len(owners) > 1}
    assert twice == set(INTENDED), f"defined in more than one rule class: {sorted(twice - set(INTENDED))}"
