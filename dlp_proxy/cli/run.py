"""`dlp-proxy run`: its parser, the start-up checks and banner, and the mitmdump arguments the
settings (resolved in dlp_proxy.cli.run_config) become."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dlp_proxy import __version__
from dlp_proxy.cli.common import fail, nlp_config_file
from dlp_proxy.cli.run_config import (
    FLAGS,
    LDAP_PASSWORD_ENV,
    MODE_TYPES,
    Flag,
    RunConfig,
    RunConfigError,
    proxyauth_spec,
    resolve,
)
from dlp_proxy.errors import DlpError

if TYPE_CHECKING:
    from dlp_proxy.cli.common import Subparsers

# The settings are re-exported: `dlp_proxy.cli.run` is where callers have always found them.
__all__ = [
    "FLAGS",
    "LDAP_PASSWORD_ENV",
    "MODE_TYPES",
    "Flag",
    "RunConfig",
    "RunConfigError",
    "add_parsers",
    "banner",
    "cmd_run",
    "describe_auth",
    "mitmdump_argv",
    "mitmdump_option_types",
    "proxyauth_spec",
    "resolve",
]

# Where SDK users point their base URL when a reverse gateway fronts these hosts.
BASE_URL_HINTS = {"api.openai.com": ("OPENAI_BASE_URL", "/v1"), "api.anthropic.com": ("ANTHROPIC_BASE_URL", "")}


def add_parsers(sub: Subparsers) -> None:
    """Add `run` to the `dlp-proxy` subparsers."""
    run = sub.add_parser(
        "run",
        help="start the proxy (mitmproxy) with the policy",
        description="Start the DLP proxy: an explicit HTTP(S) proxy (regular), chained to a corporate proxy "
        "(upstream), or an API gateway in front of one AI host (reverse). Only hosts in the policy's AI tool "
        "catalogue are decrypted and inspected; all other traffic is tunnelled untouched. Every flag can also "
        "be set in the environment variable DLP_<FLAG> (a flag wins over the variable).",
    )
    _add_flags(run)
    run.set_defaults(handler=cmd_run)


def _add_flags(parser: argparse.ArgumentParser) -> None:
    """The run flags, each defaulting to None so that `resolve` can tell 'not given' from a value."""
    for flag in FLAGS:
        shown = " ".join(flag.default) if flag.repeatable else flag.default
        text = f"{flag.help} (env {flag.env}; default: {shown if shown not in (None, '') else 'none'})"
        parser.add_argument(
            flag.name,
            dest=flag.dest,
            default=None,
            type=flag.kind,
            action="append" if flag.repeatable else "store",
            metavar=flag.metavar,
            help=text.replace("%", "%%"),
        )


def cmd_run(args: argparse.Namespace) -> int:
    """Check the settings, the policy and the CA, print the banner, then hand over to mitmdump."""
    from dlp_proxy.deploy import certs as ca_store
    from dlp_proxy.policy import load_policy
    from dlp_proxy.proxy import launch

    try:
        cfg = resolve(args, os.environ)
    except RunConfigError as e:
        return fail(f"refusing to start: {e}")
    try:
        policy = load_policy(cfg.policy)
    except DlpError as e:
        from dlp_proxy.policytools.check import describe_invalid

        return fail(f"refusing to start: {describe_invalid(cfg.policy, e)}")
    certs = Path(cfg.certs).resolve()
    try:
        if not ca_store.has_ca(certs):  # first start: a new CA in a 0700 folder, key 0600
            ca_store.write_store(certs, ca_store.new_ca())
        ca_store.check_store(certs)  # missing, unreadable, not private, not a CA: named, with the fix
        launch.derive_ca_files(certs)
    except (ca_store.CertError, OSError, ValueError) as e:
        return fail(f"refusing to start: the CA in {certs} is not usable: {e}")
    ca = certs / "mitmproxy-ca-cert.pem"
    known = f"{len(policy.tools)} AI tools" + (f", {len(policy.bundled)} bundled AI services" if policy.bundled else "")
    lines = [f"dlp-proxy {__version__}: policy {policy.version} ({known}) from {cfg.policy}"]
    lines += banner(cfg, ca, policy.intercepts)
    print("\n".join(lines), file=sys.stderr, flush=True)
    argv = mitmdump_argv(cfg, certs, launch.ADDON_PATH, nlp_config_file(cfg.nlp_config) or "")
    # Presidio announces every recognizer at INFO; keep the event log for what matters.
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    launch.run_mitmdump(argv)
    return 0


def describe_auth(spec: str | None) -> str:
    """Proxy authentication for the start-up banner, without a password."""
    if not spec:
        return "off"
    if spec == "any":
        return "any user name and password (names only, not checked)"
    if spec.startswith("@"):
        return f"htpasswd file {spec[1:]}"
    if spec.startswith("ldap"):
        parts = spec.split(":")
        return f"LDAP {parts[0]}://{':'.join(parts[1:-3])}, search base {parts[-1]}"
    return "one user (USER:PASS)"


def banner(cfg: RunConfig, ca: Path, intercepts: Any) -> list[str]:
    """Start-up lines: one per listener, how to use it, and warnings for settings that surprise."""
    lines = []
    for mode in cfg.modes:
        host = mode.listen_host(cfg.listen_host) or "0.0.0.0"
        url = f"http://{host}:{mode.listen_port(cfg.listen_port)}"
        if mode.type_name == "reverse":
            target = mode.data
            lines.append(f"  gateway        {url} -> {target}  (no CA needed on clients)")
            hint = BASE_URL_HINTS.get(mode.address[0])
            if hint:
                lines.append(f"    SDKs: {hint[0]}={url}{hint[1]}")
            if not intercepts(mode.address[0]):
                lines.append(
                    f"    WARNING: {mode.address[0]} is not in the AI tool catalogue: passed through unchecked"
                )
            if cfg.proxyauth:
                lines.append(
                    "    note: proxy authentication here reads 'Authorization: Basic' (401 otherwise), "
                    "which clients that send an API key in Authorization (OpenAI) cannot combine"
                )
        else:
            via = f" -> upstream proxy {mode.data}" if mode.type_name == "upstream" else ""
            lines.append(f"  proxy          {url}{via}")
            lines.append(f"    try:  curl --proxy {url} --cacert {ca} https://api.openai.com/v1/models")
            lines.append(f"    SDKs: HTTPS_PROXY={url} SSL_CERT_FILE={ca} python your_script.py")
    lines.append(f"  CA certificate {ca}  (proxy clients must trust it)")
    lines.append(f"  decision log   {cfg.audit_log}")
    lines.append(f"  proxy auth     {describe_auth(cfg.proxyauth)}")
    return lines


def mitmdump_argv(cfg: RunConfig, certs: Path, addon: Path, nlp_config: str) -> list[str]:
    """The arguments for mitmdump: our settings, then --set and --script as given (a --set wins)."""
    argv = ["--listen-host", cfg.listen_host, "--listen-port", str(cfg.listen_port)]
    for mode in cfg.modes:
        argv += ["--mode", mode.full_spec]
    argv += ["-s", str(addon), *(a for script in cfg.script for a in ("-s", script))]
    sets = [
        f"confdir={certs}",
        # Lazy: connect upstream only for requests we forward, so a blocked prompt never
        # opens a connection to the AI service (and blocks work without upstream DNS).
        "connection_strategy=lazy",
        # No per-request lines on stdout: URLs can carry prompt text in their query string.
        # Decisions go to the decision log; --set flow_detail=1 brings the lines back.
        "flow_detail=0",
        f"dlp_policy={cfg.policy}",
        f"dlp_audit_log={cfg.audit_log}",
        f"dlp_nlp_config={nlp_config}",
        f"dlp_admin_host={cfg.admin_host}",
        f"dlp_admin_port={cfg.admin_port}",
        f"dlp_public_proxy={cfg.public_proxy}",
    ]
    if cfg.upstream_auth:
        sets.append(f"upstream_auth={cfg.upstream_auth}")
    if cfg.proxyauth:
        sets.append(f"proxyauth={cfg.proxyauth}")
    for opt in _last_wins([*sets, *cfg.set]):
        argv += ["--set", opt]
    return argv


def _last_wins(sets: list[str]) -> list[str]:
    """One value per single-valued option, the last given.

    mitmproxy refuses two values for one option, and for an option of an addon script it does so
    while loading the script, where the error is swallowed and none of the script's options are
    set: the DLP addon would run unconfigured. List options (`certs`, `ignore_hosts`, ...) keep
    every value, as mitmproxy collects them; so do options of other scripts (types unknown here).
    """
    types = mitmdump_option_types()
    kept: dict[str, str] = {}
    out: list[str] = []
    for spec in sets:
        name = spec.split("=", 1)[0]
        single = name.startswith("dlp_") if name not in types else types[name] != Sequence[str]
        if not single:
            out.append(spec)
        else:
            kept.pop(name, None)
            kept[name] = spec
    return out + list(kept.values())


def mitmdump_option_types() -> dict[str, Any]:
    """Every option of mitmdump and its built-in addons -> its type (dlp_proxy.proxy.launch)."""
    from dlp_proxy.proxy import launch

    return launch.option_types()
