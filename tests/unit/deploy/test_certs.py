"""The CA in mitmproxy's confdir layout: creation, import of an organisation's CA, export formats."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from mitmproxy.certs import CertStore

from dlp_proxy.deploy.certs import (
    CA_CERT,
    DERIVED,
    KEY_AND_CERT,
    CaBundle,
    CertError,
    export_bytes,
    fingerprint,
    load_ca_cert,
    load_import,
    new_ca,
    validate,
    write_store,
)
from tests.org_ca import issue, key_pem, name, org_pki, pem


def test_new_ca_is_a_valid_ca_for_mitmproxy(tmp_path: Path) -> None:
    bundle = new_ca("Voorbeeld BV")
    validate(bundle)
    constraints = bundle.cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert constraints.ca and constraints.path_length == 0  # leaf certificates only
    assert "Voorbeeld BV" in bundle.cert.subject.rfc4514_string()
    write_store(tmp_path / "certs", bundle)
    store = CertStore.from_store(tmp_path / "certs", "mitmproxy", 2048)
    assert store.default_ca.to_cryptography() == bundle.cert
    leaf = store.get_cert("api.openai.com", [x509.DNSName("api.openai.com")]).cert.to_cryptography()
    leaf.verify_directly_issued_by(bundle.cert)


def test_store_files_have_owner_only_key_and_folder_modes(tmp_path: Path) -> None:
    old = os.umask(0)  # the modes must not depend on a permissive umask
    try:
        write_store(tmp_path / "certs", new_ca())
    finally:
        os.umask(old)
    folder = tmp_path / "certs"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / KEY_AND_CERT).stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / CA_CERT).stat().st_mode) == 0o644
    assert b"PRIVATE KEY" in (folder / KEY_AND_CERT).read_bytes()
    assert b"PRIVATE KEY" not in (folder / CA_CERT).read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == sorted([KEY_AND_CERT, CA_CERT])  # no temp files left


def test_existing_ca_is_kept_without_force_and_replaced_with_it(tmp_path: Path) -> None:
    folder = tmp_path / "certs"
    CertStore.create_store(folder, "mitmproxy", 2048)  # as `dlp-proxy run` creates it on first start
    before = (folder / KEY_AND_CERT).read_bytes()
    with pytest.raises(CertError, match="already holds a CA.*--force"):
        write_store(folder, new_ca())
    assert (folder / KEY_AND_CERT).read_bytes() == before
    bundle = new_ca()
    write_store(folder, bundle, force=True)
    assert load_ca_cert(folder) == bundle.cert
    for stale in DERIVED:  # mitmproxy's copies of the old CA (one holds its key) are gone
        assert not (folder / stale).exists()
    assert stat.S_IMODE((folder / KEY_AND_CERT).stat().st_mode) == 0o600


@pytest.mark.parametrize("fmt", ["pem", "der", "p12"])
def test_export_formats_parse_back_to_the_ca_without_a_key(fmt: str) -> None:
    cert = new_ca().cert
    data = export_bytes(cert, fmt)  # type: ignore[arg-type]
    assert b"PRIVATE KEY" not in data
    if fmt == "pem":
        back = x509.load_pem_x509_certificate(data)
    elif fmt == "der":
        back = x509.load_der_x509_certificate(data)
    else:
        p12 = pkcs12.load_pkcs12(data, None)
        assert p12.key is None
        held = [c.certificate for c in (p12.cert, *p12.additional_certs) if c is not None]
        assert len(held) == 1  # a trust-only PKCS#12: the certificate, no key, no chain
        back = held[0]
    assert back == cert
    assert fingerprint(back) == cert.fingerprint(hashes.SHA256()).hex(":").upper()


def test_fingerprint_is_colon_separated_upper_case_sha256() -> None:
    cert = new_ca().cert
    fp = fingerprint(cert)
    assert len(fp) == 32 * 3 - 1 and fp == fp.upper() and fp.count(":") == 31
    assert bytes.fromhex(fp.replace(":", "")) == cert.fingerprint(hashes.SHA256())


def test_load_ca_cert_without_a_ca_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(CertError, match="certs init"):
        load_ca_cert(tmp_path)


def test_import_of_an_intermediate_with_its_chain_issues_chained_leaf_certs(tmp_path: Path) -> None:
    pki = org_pki()
    bundle = load_import(pem(pki.intermediate, pki.root), key_pem(pki.key))
    assert bundle.cert == pki.intermediate and bundle.chain == (pki.root,)
    write_store(tmp_path, bundle, force=True)
    assert load_ca_cert(tmp_path) == pki.intermediate
    store = CertStore.from_store(tmp_path, "mitmproxy", 2048)
    entry = store.get_cert("chatgpt.com", [x509.DNSName("chatgpt.com")])
    entry.cert.to_cryptography().verify_directly_issued_by(pki.intermediate)
    assert [c.to_cryptography() for c in entry.chain_certs] == [pki.intermediate, pki.root]


def test_import_reads_der_and_an_encrypted_key_with_its_passphrase() -> None:
    pki = org_pki()
    der = pki.intermediate.public_bytes(serialization.Encoding.DER)
    bundle = load_import(der, key_pem(pki.key, b"geheim"), b"geheim")
    assert bundle.cert == pki.intermediate and bundle.chain == ()
    with pytest.raises(CertError, match="encrypted"):
        load_import(der, key_pem(pki.key, b"geheim"))
    with pytest.raises(CertError, match="passphrase is wrong"):
        load_import(der, key_pem(pki.key, b"geheim"), b"fout")


def _leaf_like(pki_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey, **kw: object) -> x509.Certificate:
    root_key = ec.generate_private_key(ec.SECP256R1())
    return issue("x", pki_key, name("Voorbeeld Root CA"), root_key, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ca": False}, "not a CA certificate"),
        ({"ca": None}, "not a CA certificate"),
        ({"key_cert_sign": False}, "may not sign certificates"),
        ({"valid_from_days": -400, "valid_days": 30}, "expired on"),
        ({"valid_from_days": 5}, "not valid before"),
    ],
)
def test_import_refuses_a_certificate_that_cannot_be_the_proxy_ca(kwargs: dict[str, object], message: str) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = _leaf_like(key, **kwargs)
    with pytest.raises(CertError, match=message):
        load_import(pem(cert), key_pem(key))


def test_import_refuses_a_key_of_another_certificate() -> None:
    pki = org_pki()
    with pytest.raises(CertError, match="does not belong"):
        load_import(pem(pki.intermediate), key_pem(pki.root_key))


def test_import_refuses_a_chain_in_the_wrong_order() -> None:
    pki = org_pki()
    other = org_pki()
    with pytest.raises(CertError, match="out of order"):
        load_import(pem(pki.intermediate, other.root), key_pem(pki.key))


def test_import_refuses_keys_mitmproxy_cannot_sign_with_and_unreadable_files() -> None:
    pki = org_pki()
    ed = ed25519.Ed25519PrivateKey.generate()
    ed_pem = ed.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(CertError, match="RSA or EC"):
        load_import(pem(pki.intermediate), ed_pem)
    with pytest.raises(CertError, match="neither PEM nor DER"):
        load_import(b"not a certificate", key_pem(pki.key))
    with pytest.raises(CertError, match="not a readable private key"):
        load_import(pem(pki.intermediate), b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")


def test_errors_never_contain_key_material() -> None:
    pki = org_pki()
    secret = key_pem(pki.root_key)
    with pytest.raises(CertError) as err:
        load_import(pem(pki.intermediate), secret)
    body = secret.decode().splitlines()[1]
    assert body not in str(err.value) and "PRIVATE" not in str(err.value)


def test_validate_checks_the_moment_it_is_given() -> None:
    bundle: CaBundle = new_ca()
    later = bundle.cert.not_valid_after_utc + dt.timedelta(days=1)
    with pytest.raises(CertError, match="expired"):
        validate(bundle, now=later)
