"""The start-up check of the CA folder: a missing or spoilt key is named with its fix, never replaced."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dlp_proxy.deploy import certs as ca_store
from dlp_proxy.deploy.certs import CertError


@pytest.fixture
def certs(tmp_path: Path) -> Path:
    folder = tmp_path / "certs"
    ca_store.write_store(folder, ca_store.new_ca())
    return folder


def test_when_the_store_is_whole_then_it_passes(certs: Path) -> None:
    ca_store.check_store(certs)


@pytest.mark.parametrize(
    ("spoil", "says"),
    [
        (lambda k: k.unlink(), "is missing"),
        (lambda k: (k.unlink(), k.symlink_to(k.parent / "gone.pem")), "is a link to a missing file"),
        (lambda k: (k.unlink(), k.mkdir()), "is not a regular file"),
        (lambda k: k.write_bytes(k.read_bytes()[:700]), "does not hold an unencrypted PEM private key"),
        (lambda k: k.chmod(0o640), "readable by others (mode 0640)"),
    ],
    ids=["missing", "dangling-link", "directory", "truncated", "group-readable"],
)
def test_when_the_key_is_unusable_then_the_store_is_a_ca_still_and_the_error_names_file_and_fix(
    certs: Path, spoil: Callable[[Path], object], says: str
) -> None:
    key = certs / ca_store.KEY_AND_CERT
    body = [line for line in key.read_text().splitlines() if "-----" not in line]
    spoil(key)
    assert ca_store.has_ca(certs)  # `run` must not make a new CA over it
    with pytest.raises(CertError) as e:
        ca_store.check_store(certs)
    message = str(e.value)
    assert str(key) in message and says in message
    assert "chmod 600" in message or "restore it" in message
    assert not any(line in message for line in body)


def test_an_empty_folder_is_a_first_start(tmp_path: Path) -> None:
    assert not ca_store.has_ca(tmp_path)
