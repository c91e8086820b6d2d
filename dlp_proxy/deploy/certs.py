"""The proxy's CA in mitmproxy's confdir layout: create, import the organisation's own CA, export.

mitmproxy (`CertStore.from_store(confdir, "mitmproxy", ...)`) reads `mitmproxy-ca.pem`: the
private key followed by the CA certificate and, for an intermediate CA, the rest of its chain
(mitmproxy then sends that chain with every leaf certificate). Clients trust
`mitmproxy-ca-cert.pem`, the CA certificate alone. Files holding the key are created 0600.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import pwd
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from dlp_proxy.errors import DlpError

KEY_AND_CERT = "mitmproxy-ca.pem"  # key + CA cert (+ chain): what mitmproxy loads
CA_CERT = "mitmproxy-ca-cert.pem"  # the certificate clients trust
# Files mitmproxy's own create_store writes besides those two; stale after a new CA.
DERIVED = ("mitmproxy-ca.p12", "mitmproxy-ca-cert.cer", "mitmproxy-ca-cert.p12")
CA_VALIDITY = datetime.timedelta(days=3650)

ExportFormat = Literal["pem", "der", "p12"]
CaKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


class CertError(DlpError):
    """A CA that cannot be created, imported or read; the message never holds key material."""


@dataclass(frozen=True)
class CaBundle:
    """A CA key, its certificate, and the certificates above it (empty for a root)."""

    key: CaKey
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()


def fingerprint(cert: x509.Certificate, algorithm: hashes.HashAlgorithm | None = None) -> str:
    """`AB:CD:...`, as Windows, macOS and Firefox show a certificate's fingerprint."""
    return cert.fingerprint(algorithm or hashes.SHA256()).hex(":").upper()


def new_ca(organization: str = "dlp-proxy", key_size: int = 2048) -> CaBundle:
    """A fresh self-signed CA, fit for mitmproxy to issue leaf certificates with."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{organization} AI DLP proxy CA"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
        ]
    )
    # Back-dated two days, like mitmproxy, so clients with a slow clock accept it.
    now = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=2)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + CA_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return CaBundle(key, cert)


def load_import(cert_data: bytes, key_data: bytes, passphrase: bytes | None = None) -> CaBundle:
    """The organisation's CA from its certificate file (PEM chain or DER) and key, validated."""
    try:
        certs = x509.load_pem_x509_certificates(cert_data) if b"-----BEGIN" in cert_data else []
        if not certs:
            certs = [x509.load_der_x509_certificate(cert_data)]
    except ValueError as e:
        raise CertError("the CA certificate file is neither PEM nor DER X.509") from e
    try:
        if b"-----BEGIN" in key_data:
            key = serialization.load_pem_private_key(key_data, passphrase)
        else:
            key = serialization.load_der_private_key(key_data, passphrase)
    except TypeError as e:
        raise CertError("the key is encrypted: give its passphrase (or none if it is not encrypted)") from e
    except ValueError as e:
        raise CertError("the key file is not a readable private key, or the passphrase is wrong") from e
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise CertError(f"the key is {type(key).__name__.lstrip('_')}; mitmproxy signs only with RSA or EC keys")
    bundle = CaBundle(key, certs[0], tuple(certs[1:]))
    validate(bundle)
    return bundle


def validate(bundle: CaBundle, now: datetime.datetime | None = None) -> None:
    """Refuse a CA that mitmproxy could not issue trusted leaf certificates with."""
    cert = bundle.cert
    subject = cert.subject.rfc4514_string()
    try:
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        constraints = None
    if constraints is None or not constraints.ca:
        raise CertError(f"{subject} is not a CA certificate (basicConstraints CA:TRUE is missing)")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not usage.key_cert_sign:
        raise CertError(f"{subject} may not sign certificates (keyUsage lacks keyCertSign)")
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    if bundle.key.public_key().public_bytes(serialization.Encoding.DER, spki) != cert.public_key().public_bytes(
        serialization.Encoding.DER, spki
    ):
        raise CertError(f"the key does not belong to {subject}")
    now = now or datetime.datetime.now(datetime.UTC)
    for c in (cert, *bundle.chain):
        name = c.subject.rfc4514_string()
        if now < c.not_valid_before_utc:
            raise CertError(f"{name} is not valid before {c.not_valid_before_utc:%Y-%m-%d %H:%M} UTC")
        if now > c.not_valid_after_utc:
            raise CertError(f"{name} expired on {c.not_valid_after_utc:%Y-%m-%d} UTC")
    for child, parent in zip((cert, *bundle.chain), bundle.chain, strict=False):
        try:
            child.verify_directly_issued_by(parent)
        except (ValueError, TypeError, InvalidSignature) as e:
            raise CertError(
                f"the chain is out of order: {child.subject.rfc4514_string()} is not issued by "
                f"{parent.subject.rfc4514_string()} (list the CA first, then each issuer up to the root)"
            ) from e


def load_ca_cert(certs_dir: Path) -> x509.Certificate:
    """The CA certificate in a confdir (never the key)."""
    path = certs_dir / CA_CERT
    try:
        return x509.load_pem_x509_certificate(path.read_bytes())
    except FileNotFoundError as e:
        raise CertError(f"no CA in {certs_dir}: run 'dlp-proxy certs init --certs {certs_dir}' first") from e
    except (OSError, ValueError) as e:
        raise CertError(f"{path}: not a readable PEM certificate") from e


def has_ca(certs_dir: Path) -> bool:
    """Whether the folder holds a CA or any part of one (a key, a link to one, its certificate):
    never replaced unasked. A new CA breaks the trust of every client, so a key that went missing
    is reported (`check_store`), not silently made again."""
    return any(os.path.lexists(certs_dir / name) for name in (KEY_AND_CERT, CA_CERT))


def check_store(certs_dir: Path) -> None:
    """The CA key file is there, private, readable by this process and holds a usable CA;
    CertError naming the file and the fix if not. The message never holds key material."""
    path = certs_dir / KEY_AND_CERT
    restore = "restore it from your backup or secret store, or make a new CA with 'dlp-proxy certs init --force"
    restore += f" --certs {certs_dir}' (clients must then trust the new certificate)"
    try:
        st = path.stat()
    except FileNotFoundError as e:
        what = "is a link to a missing file" if path.is_symlink() else "is missing"
        raise CertError(f"{path} (the CA key) {what}; {restore}") from e
    except OSError as e:
        raise CertError(f"{path} (the CA key) cannot be looked at ({e.strerror}); {_owner_fix(path)}") from e
    if not stat.S_ISREG(st.st_mode):
        raise CertError(f"{path} (the CA key) is not a regular file; {restore}")
    check_key_private(certs_dir)
    try:
        data = path.read_bytes()
    except PermissionError as e:
        raise CertError(f"{path} holds the CA key and this process cannot read it; {_owner_fix(path)}") from e
    except OSError as e:
        raise CertError(f"{path} (the CA key) cannot be read ({e.strerror}); {restore}") from e
    try:
        key = serialization.load_pem_private_key(data, None)
        certs = x509.load_pem_x509_certificates(data)
    except (ValueError, TypeError) as e:  # the library's text is not shown: it could quote the file
        raise CertError(
            f"{path} does not hold an unencrypted PEM private key followed by the CA certificate "
            f"({type(e).__name__}); {restore}"
        ) from e
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise CertError(
            f"{path}: the key is {type(key).__name__.lstrip('_')}; mitmproxy signs only with RSA or EC keys"
        )
    validate(CaBundle(key, certs[0], tuple(certs[1:])))


def _owner_fix(path: Path) -> str:
    try:
        user = pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:  # a uid without a name (containers)
        user = str(os.geteuid())
    return f"the proxy runs as {user}: chown {user} {path} && chmod 600 {path}"


def check_key_private(certs_dir: Path) -> None:
    """The CA key file must be readable by its owner only (0600 or stricter); CertError if not.

    With it anyone on the machine could sign certificates every client trusts."""
    path = certs_dir / KEY_AND_CERT
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise CertError(
            f"{path} holds the CA key and is readable by others (mode {mode:04o}); make it private: chmod 600 {path}"
        )


def write_store(certs_dir: Path, bundle: CaBundle, *, force: bool = False) -> None:
    """Write the CA in mitmproxy's confdir layout; the key only ever lands in a 0600 file."""
    if has_ca(certs_dir) and not force:
        raise CertError(f"{certs_dir} already holds a CA ({KEY_AND_CERT}); pass --force to replace it")
    if not certs_dir.exists():
        certs_dir.mkdir(parents=True, mode=0o700)
        os.chmod(certs_dir, 0o700)  # mkdir's mode is filtered by the umask
    key_pem = bundle.key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    cert_pem = bundle.cert.public_bytes(serialization.Encoding.PEM)
    chain_pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in bundle.chain)
    for name in DERIVED:  # would still describe (or hold the key of) the previous CA
        (certs_dir / name).unlink(missing_ok=True)
    _write_atomic(certs_dir / KEY_AND_CERT, key_pem + cert_pem + chain_pem, 0o600)
    _write_atomic(certs_dir / CA_CERT, cert_pem, 0o644)


def export_bytes(cert: x509.Certificate, fmt: ExportFormat) -> bytes:
    """The CA certificate for a trust store: PEM (Linux, Firefox, env vars), DER .cer (Windows,
    macOS profiles), or PKCS#12 holding the certificate only (Intune, Windows import wizard)."""
    if fmt == "pem":
        return cert.public_bytes(serialization.Encoding.PEM)
    if fmt == "der":
        return cert.public_bytes(serialization.Encoding.DER)
    return pkcs12.serialize_key_and_certificates(
        name=b"dlp-proxy CA", key=None, cert=cert, cas=None, encryption_algorithm=serialization.NoEncryption()
    )


def write_public(path: Path, data: bytes) -> None:
    """Write a public file (an exported certificate) atomically, readable by all."""
    _write_atomic(path, data, 0o644)


def _write_atomic(path: Path, data: bytes, mode: int) -> None:
    """Write beside the target with its final mode from the first byte, then rename over it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with _cleanup(tmp):
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), mode)  # exactly this mode, whatever the umask
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)


@contextlib.contextmanager
def _cleanup(tmp: Path) -> Iterator[None]:
    try:
        yield
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
