"""Test-only: an organisation's root CA and an intermediate CA issued by it, as a company PKI would
hand the proxy team (certs init --import-ca/--import-key)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

Key = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


@dataclass(frozen=True)
class OrgPki:
    root_key: Key
    root: x509.Certificate
    key: Key  # the intermediate's
    intermediate: x509.Certificate


def name(cn: str) -> x509.Name:
    return x509.Name(
        [x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Voorbeeld BV"), x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    )


def issue(
    subject: str,
    key: Key,
    issuer: x509.Name,
    issuer_key: Key,
    *,
    ca: bool | None = True,
    key_cert_sign: bool = True,
    valid_from_days: int = -1,
    valid_days: int = 365,
) -> x509.Certificate:
    """A certificate for `key`; ca=None leaves out basicConstraints altogether."""
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=valid_from_days)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name(subject))
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=valid_days))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, key_cert_sign=key_cert_sign, crl_sign=key_cert_sign,
                content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=False, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
    )  # fmt: skip
    if ca is not None:
        builder = builder.add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


def org_pki() -> OrgPki:
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = issue("Voorbeeld Root CA", root_key, name("Voorbeeld Root CA"), root_key, valid_days=3650)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    intermediate = issue("Voorbeeld AI Proxy CA", key, root.subject, root_key)
    return OrgPki(root_key, root, key, intermediate)


def pem(*certs: x509.Certificate) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


def key_pem(key: Key, passphrase: bytes | None = None) -> bytes:
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
