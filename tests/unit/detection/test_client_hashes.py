"""A client list supplied as keyed hashes matches like the plain list, without holding the names."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dlp_proxy.detection.factory import build_detector, client_recognizer
from dlp_proxy.errors import DetectorError
from dlp_proxy.policy import load_policy
from tests.paths import TEST_POLICY

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def hashed_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    policy = tmp_path / "rules"
    shutil.copytree(TEST_POLICY, policy, ignore=shutil.ignore_patterns("tests"))
    monkeypatch.setenv("TEST_CLIENT_KEY", "s3cret-key")
    names = "Bakkerij Ökoland\nDe Groene Vallei B.V.\n"
    out = subprocess.run(
        [sys.executable, "-m", "dlp_proxy.cli", "hash-clients", "--key-env", "TEST_CLIENT_KEY", "-"],
        input=names, capture_output=True, text=True, check=True, cwd=REPO,
    )  # fmt: skip
    assert "Bakkerij" not in out.stdout
    (policy / "client-hashes.txt").write_text(out.stdout, encoding="utf-8")
    (policy / "clients.yaml").write_text(
        "clients:\n  hashed: {file: client-hashes.txt, key_env: TEST_CLIENT_KEY, max_words: 6}\n",
        encoding="utf-8",
    )
    return policy


def test_hashed_client_names_match_case_and_accent_insensitively(hashed_policy: Path) -> None:
    recognizer = client_recognizer(load_policy(hashed_policy))
    text = "Offerte voor BAKKERIJ OKOLAND en de groene vallei b.v., niet voor De Groene Weide."
    spans = [text[r.start : r.end] for r in recognizer.analyze(text, ["CLIENT"])]
    assert spans == ["BAKKERIJ OKOLAND", "de groene vallei b.v"]


def test_hashed_list_without_its_key_refuses_to_build(hashed_policy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEST_CLIENT_KEY")
    with pytest.raises(DetectorError, match="TEST_CLIENT_KEY"):
        build_detector(load_policy(hashed_policy))


def test_changing_the_hash_file_changes_the_policy_version(hashed_policy: Path) -> None:
    before = load_policy(hashed_policy).version
    with open(hashed_policy / "client-hashes.txt", "a", encoding="utf-8") as f:
        f.write("0" * 64 + "\n")
    assert load_policy(hashed_policy).version != before
