"""`dlp-proxy certs init|export` and `dlp-proxy pac`: what a network team rolls out. Glue and
printing only; the logic lives in dlp_proxy.deploy.certs and dlp_proxy.deploy.pac."""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import hashes

from dlp_proxy.cli.common import add_policy_option, fail

if TYPE_CHECKING:
    from dlp_proxy.cli.common import Subparsers

EXPIRY_WARNING = datetime.timedelta(days=30)


def add_parsers(sub: Subparsers) -> None:
    """Add `certs` and `pac` to the `dlp-proxy` subparsers."""
    _add_certs(sub)
    _add_pac(sub)


def _add_certs(sub: Subparsers) -> None:
    certs = sub.add_parser(
        "certs",
        help="create or import the proxy's CA, and export its certificate for clients' trust stores",
        description="The CA the proxy signs its certificates for AI hosts with. 'init' creates one (or "
        "imports the organisation's own intermediate CA); 'export' writes the certificate, never the key.",
    )
    cmds = certs.add_subparsers(dest="certs_command", metavar="SUBCOMMAND", required=True)
    certs.set_defaults(handler=cmd_certs)
    init = cmds.add_parser(
        "init",
        help="create the CA, or import the organisation's CA certificate and key",
        description="Write the CA into the certs folder in the layout mitmproxy reads (mitmproxy-ca.pem holds "
        "the key, mode 0600; mitmproxy-ca-cert.pem is the certificate clients trust). With --import-ca and "
        "--import-key, use the organisation's own (intermediate) CA: it must be a CA, match the key and be "
        "valid now; further certificates in the CA file (issuer first, up to the root) are sent as the chain.",
    )
    init.add_argument("--certs", default="certs", help="the CA folder (default: %(default)s)")
    init.add_argument("--import-ca", metavar="CERT", help="the CA certificate (PEM, optionally with its chain; or DER)")
    init.add_argument("--import-key", metavar="KEY", help="its private key (PEM or DER; RSA or EC)")
    init.add_argument(
        "--key-passphrase-env",
        metavar="NAME",
        help="environment variable holding the key's passphrase (the key is stored decrypted, mode 0600)",
    )
    init.add_argument("--org", default="dlp-proxy", help="organisation name in a new CA (default: %(default)s)")
    init.add_argument("--force", action="store_true", help="replace an existing CA (clients must trust the new one)")

    export = cmds.add_parser(
        "export",
        help="write the CA certificate for trust stores and print its fingerprint",
        description="Write the CA certificate (never the key): pem for Linux trust stores, Firefox policies and "
        "REQUESTS_CA_BUNDLE / NODE_EXTRA_CA_CERTS / SSL_CERT_FILE; der (.cer) for Windows GPO, Intune and macOS "
        "configuration profiles; p12 (certificate only, no password) for tools that import only PKCS#12.",
    )
    export.add_argument("--certs", default="certs", help="the CA folder (default: %(default)s)")
    export.add_argument("--format", choices=["pem", "der", "p12"], default="pem", help="(default: %(default)s)")
    export.add_argument("--out", required=True, metavar="PATH", help="file to write")


def _add_pac(sub: Subparsers) -> None:
    pac = sub.add_parser(
        "pac",
        help="print a proxy auto-config (PAC) file: AI tool hosts via the proxy, everything else direct",
        description="Print a PAC file built from the policy's tool catalogue. Browsers (or a GPO / MDM proxy "
        "setting) load it to send only AI traffic through the proxy. The running proxy also serves it at "
        "/proxy.pac on its admin port.",
    )
    pac.add_argument(
        "--proxy", default="127.0.0.1:8080", metavar="HOST:PORT", help="the proxy clients use (default: %(default)s)"
    )
    add_policy_option(pac)
    pac.add_argument("--out", metavar="PATH", help="write here instead of standard output")
    pac.set_defaults(handler=cmd_pac)


def cmd_certs(args: argparse.Namespace) -> int:
    from dlp_proxy.deploy.certs import CertError

    try:
        return _init(args) if args.certs_command == "init" else _export(args)
    except CertError as e:
        return fail(str(e))
    except OSError as e:  # the certs folder cannot be created or written
        return fail(f"cannot write {e.filename or args.certs}: {e.strerror}")


def _init(args: argparse.Namespace) -> int:
    from dlp_proxy.deploy.certs import CertError, fingerprint, has_ca, load_import, new_ca, write_store

    certs_dir = Path(args.certs)
    if bool(args.import_ca) != bool(args.import_key):
        return fail("--import-ca and --import-key go together")
    if has_ca(certs_dir) and not args.force:  # before reading any key
        raise CertError(f"{certs_dir} already holds a CA; pass --force to replace it (clients must trust the new one)")
    if args.import_ca:
        passphrase = None
        if args.key_passphrase_env:
            value = os.environ.get(args.key_passphrase_env)
            if not value:
                return fail(f"the environment variable {args.key_passphrase_env} is not set")
            passphrase = value.encode("utf-8")
        try:
            cert_data, key_data = Path(args.import_ca).read_bytes(), Path(args.import_key).read_bytes()
        except OSError as e:
            return fail(f"cannot read {e.filename}: {e.strerror}")
        bundle = load_import(cert_data, key_data, passphrase)
    else:
        bundle = new_ca(args.org)
    write_store(certs_dir, bundle, force=args.force)
    cert = bundle.cert
    how = "imported" if args.import_ca else "created"
    print(f"CA {how} in {certs_dir}: {cert.subject.rfc4514_string()}")
    if bundle.chain:
        print(f"  chain sent with each certificate: {len(bundle.chain)} issuer certificate(s)")
    print(f"  valid until {cert.not_valid_after_utc:%Y-%m-%d}")
    print(f"  SHA-256 fingerprint: {fingerprint(cert)}")
    print(f"  next: dlp-proxy certs export --certs {certs_dir} --format der --out dlp-proxy-ca.cer")
    if cert.not_valid_after_utc - datetime.datetime.now(datetime.UTC) < EXPIRY_WARNING:
        print(f"dlp-proxy: warning: the CA expires on {cert.not_valid_after_utc:%Y-%m-%d}", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    from dlp_proxy.deploy.certs import export_bytes, fingerprint, load_ca_cert, write_public

    cert = load_ca_cert(Path(args.certs))
    try:
        write_public(Path(args.out), export_bytes(cert, args.format))
    except OSError as e:
        return fail(f"cannot write {args.out}: {e.strerror}")
    print(f"{args.out}: CA certificate ({args.format}), no private key: {cert.subject.rfc4514_string()}")
    print(f"SHA-256 fingerprint: {fingerprint(cert)}")
    print(f"SHA-1 thumbprint:    {fingerprint(cert, hashes.SHA1())}")  # what Windows and Intune list
    return 0


def cmd_pac(args: argparse.Namespace) -> int:
    from dlp_proxy.deploy.pac import PacError, build_pac, proxy_address
    from dlp_proxy.errors import DlpError
    from dlp_proxy.policy import load_policy

    try:
        proxy = proxy_address(args.proxy)  # before the policy: the cheaper mistake first
    except PacError as e:
        return fail(str(e))
    try:
        text = build_pac(load_policy(args.policy), proxy)
    except DlpError as e:
        from dlp_proxy.policytools.check import describe_invalid

        return fail(describe_invalid(args.policy, e))
    if not args.out:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.out).write_text(text, encoding="utf-8")
    except OSError as e:
        return fail(f"cannot write {args.out}: {e.strerror}")
    return 0
