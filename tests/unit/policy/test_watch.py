"""Noticing changes to the policy files: what counts as a change, and faults reported once."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from dlp_proxy.errors import PolicyError
from dlp_proxy.policy import load_policy
from dlp_proxy.policy.watch import fingerprint


@pytest.fixture
def rules(tmp_path: Path, rules_dir: Path) -> Path:
    return Path(shutil.copytree(rules_dir, tmp_path / "rules"))


def _unlistable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """`folder` cannot be listed, as mode 000 does to a user without root's override."""
    listing = Path.iterdir

    def iterdir(self: Path) -> object:
        if self == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return listing(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)


def _recreate_with_same_times(rules: Path) -> None:
    spare = rules.with_name("spare")
    shutil.copytree(rules, spare, copy_function=shutil.copy2)
    shutil.rmtree(rules)
    shutil.copytree(spare, rules, copy_function=shutil.copy2)  # cp -p: new inodes, old mtimes


def _touch_metadata(rules: Path) -> None:
    os.chmod(rules / "rules.yaml", 0o000)  # mtime and size stay; ctime moves


@pytest.mark.parametrize(
    "change",
    [_recreate_with_same_times, _touch_metadata, lambda r: shutil.rmtree(r)],
    ids=["recreated-with-old-times", "made-unreadable", "deleted"],
)
def test_when_the_folder_changes_without_new_content_times_then_the_fingerprint_differs(
    rules: Path, change: Callable[[Path], None]
) -> None:
    policy = load_policy(rules)
    before = fingerprint(rules, policy)
    assert fingerprint(rules, policy) == before  # reading changes nothing
    change(rules)
    assert fingerprint(rules, policy) != before


def test_when_the_folder_cannot_be_listed_then_the_fingerprint_is_stable_and_the_loader_says_why(
    rules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = load_policy(rules)
    running = fingerprint(rules, policy)
    _unlistable(monkeypatch, rules)
    broken = fingerprint(rules, policy)  # no exception: the watcher reports through the loader
    assert broken != running and fingerprint(rules, policy) == broken  # one report, not one per check
    with pytest.raises(PolicyError, match="cannot read the folder") as e:
        load_policy(rules)
    assert str(rules) in str(e.value) and "read access" in str(e.value)


def test_when_the_folder_is_gone_then_the_loader_names_it_and_the_fix(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as e:
        load_policy(tmp_path / "gone")
    assert str(tmp_path / "gone") in str(e.value) and "restore it" in str(e.value)
