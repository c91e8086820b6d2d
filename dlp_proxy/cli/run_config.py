"""The `dlp-proxy run` settings: each flag also an environment variable `DLP_<FLAG>`, resolved and
checked across flags into a `RunConfig`. Pure: nothing here starts or loads anything.

Precedence: a flag on the command line, then its environment variable, then the default. An empty
variable counts as unset. Repeatable flags read their variable as a shell-quoted list
(`DLP_MODE="regular reverse:https://api.openai.com@8443"`).
"""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dlp_proxy.errors import DlpError

LDAP_PASSWORD_ENV = "DLP_LDAP_PASSWORD"  # the LDAP bind password, kept out of `ps`
MODE_TYPES = ("regular", "upstream", "reverse")


class RunConfigError(DlpError):
    """A run setting that cannot work; the message names the flag or variable, never a secret."""


@dataclass(frozen=True)
class Flag:
    """One `dlp-proxy run` flag; its environment variable is derived from the name."""

    name: str
    default: Any
    help: str
    kind: type = str
    repeatable: bool = False
    metavar: str | None = None

    @property
    def dest(self) -> str:
        return self.name.lstrip("-").replace("-", "_")

    @property
    def env(self) -> str:
        return "DLP_" + self.dest.upper()


FLAGS = (
    Flag("--listen-host", "127.0.0.1", "address to listen on"),
    Flag("--listen-port", 8080, "port of every mode without its own @port", kind=int),
    Flag(
        "--mode",
        ["regular"],
        "regular (explicit proxy), upstream:URL (chain to a corporate proxy) or reverse:URL[@port] "
        "(API gateway in front of one AI host); repeatable, one listener each",
        repeatable=True,
        metavar="SPEC",
    ),
    Flag("--upstream-auth", None, "USER:PASS for the upstream proxy (upstream mode)", metavar="USER:PASS"),
    Flag(
        "--proxyauth",
        None,
        "require proxy authentication: @HTPASSWD_FILE, ldap[s]:HOST[:PORT]:BIND_DN:PASSWORD:SEARCH_BASE "
        f"(leave PASSWORD empty to read ${LDAP_PASSWORD_ENV}), USER:PASS or any",
        metavar="SPEC",
    ),
    Flag("--policy", "rules", "policy folder or file"),
    Flag("--audit-log", "logs/decisions.jsonl", "decision log, '-' for stderr"),
    Flag("--certs", "certs", "folder of the proxy's CA, created on first start"),
    Flag("--nlp-config", "models/nlp.yaml", "spaCy pipelines per language"),
    Flag("--admin-host", "127.0.0.1", "address of the admin endpoints (health, metrics, PAC, CA)"),
    Flag("--admin-port", 9090, "port of the admin endpoints; 0 disables them", kind=int),
    Flag("--public-proxy", "", "HOST:PORT clients use to reach the proxy, for the PAC file", metavar="HOST:PORT"),
    Flag("--set", [], "any other mitmproxy option (repeatable)", repeatable=True, metavar="NAME=VALUE"),
    Flag("--script", [], "an extra mitmproxy addon script (repeatable)", repeatable=True, metavar="PATH"),
)


def _from_env(flag: Flag, raw: str) -> Any:
    if flag.repeatable:
        try:
            return shlex.split(raw)
        except ValueError as e:
            raise RunConfigError(f"{flag.env}: not a shell-quoted list ({e})") from e
    if flag.kind is int:
        try:
            return int(raw)
        except ValueError:
            raise RunConfigError(f"{flag.env}={raw!r}: not a whole number") from None
    return raw


@dataclass(frozen=True)
class RunConfig:
    """The checked settings of one `dlp-proxy run`."""

    values: Mapping[str, Any]
    modes: tuple[Any, ...]  # mitmproxy ProxyMode objects, in the given order
    proxyauth: str | None  # as mitmproxy takes it, the LDAP password filled in

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None


def resolve(args: argparse.Namespace, environ: Mapping[str, str]) -> RunConfig:
    """Flag > environment > default for every run flag, then the checks across flags."""
    values: dict[str, Any] = {}
    for flag in FLAGS:
        given = getattr(args, flag.dest, None)
        if given is not None:
            values[flag.dest] = given
        elif environ.get(flag.env, ""):
            values[flag.dest] = _from_env(flag, environ[flag.env])
        else:
            values[flag.dest] = list(flag.default) if flag.repeatable else flag.default
    for name in ("listen_port", "admin_port"):
        if not 0 <= values[name] <= 65535:
            raise RunConfigError(f"--{name.replace('_', '-')} {values[name]}: not a port number (0-65535)")
    modes = _modes(values["mode"], values["listen_host"], values["listen_port"])
    if values["upstream_auth"] is not None:
        if not any(m.type_name == "upstream" for m in modes):
            raise RunConfigError("--upstream-auth needs an upstream mode (--mode upstream:http://PROXY:PORT)")
        if ":" not in values["upstream_auth"]:
            raise RunConfigError("--upstream-auth takes USER:PASS")
    proxyauth = proxyauth_spec(values["proxyauth"], environ) if values["proxyauth"] else None
    return RunConfig(values, modes, proxyauth)


def _modes(specs: Sequence[str], listen_host: str, listen_port: int) -> tuple[Any, ...]:
    from dlp_proxy.proxy.launch import parse_mode

    if not specs:
        raise RunConfigError("--mode: give at least one mode")
    modes = []
    seen: dict[tuple[str, int | None], str] = {}
    for spec in specs:
        try:
            mode = parse_mode(spec)
        except ValueError as e:
            raise RunConfigError(f"--mode {spec}: {e}; e.g. reverse:https://api.openai.com@8443") from e
        if mode.type_name not in MODE_TYPES:
            raise RunConfigError(f"--mode {spec}: dlp-proxy supports {', '.join(MODE_TYPES)}")
        if mode.type_name == "reverse" and getattr(mode, "scheme", None) not in ("http", "https"):
            raise RunConfigError(f"--mode {spec}: a reverse gateway forwards to an http:// or https:// URL")
        where = (mode.listen_host(listen_host), mode.listen_port(listen_port))
        if where in seen:
            raise RunConfigError(
                f"--mode {spec}: listens on port {where[1]} like --mode {seen[where]}; give one of them @PORT"
            )
        seen[where] = spec
        modes.append(mode)
    return tuple(modes)


def proxyauth_spec(spec: str, environ: Mapping[str, str]) -> str:
    """The proxyauth option for mitmproxy, checked here so that its errors never echo a password."""
    if spec == "any":
        return spec
    if spec.startswith("@"):
        path = Path(spec[1:]).expanduser()
        if not path.is_file():
            raise RunConfigError(f"--proxyauth: htpasswd file {path} not found")
        return spec
    if spec.startswith(("ldap:", "ldaps:")):
        return _ldap_spec(spec, environ)
    if spec.count(":") == 1 and all(spec.split(":")):
        return spec
    raise RunConfigError(
        "--proxyauth takes @HTPASSWD_FILE, ldap[s]:HOST[:PORT]:BIND_DN:PASSWORD:SEARCH_BASE, USER:PASS or any"
    )


def _ldap_spec(spec: str, environ: Mapping[str, str]) -> str:
    """mitmproxy's LDAP form, with an empty PASSWORD taken from $DLP_LDAP_PASSWORD."""
    usage = "--proxyauth ldap[s]:HOST[:PORT]:BIND_DN:PASSWORD:SEARCH_BASE[?search_filter_key=ATTR]"
    parts = spec.split(":")
    if len(parts) == 6:
        if not parts[2].isdigit() or not 0 < int(parts[2]) < 65536:
            raise RunConfigError(f"{usage}: PORT must be a port number (a ':' in the password is not possible)")
    elif len(parts) != 5:
        raise RunConfigError(f"{usage}: expected 5 or 6 ':'-separated fields (a ':' in the password is not possible)")
    host, bind_dn, password, base = parts[1], parts[-3], parts[-2], parts[-1]
    if not host or not bind_dn or not base.split("?")[0]:
        raise RunConfigError(f"{usage}: HOST, BIND_DN and SEARCH_BASE must not be empty")
    if "?" in base and not (base.count("?") == 1 and base.split("?")[1].startswith("search_filter_key=")):
        raise RunConfigError(f"{usage}: after SEARCH_BASE only ?search_filter_key=ATTR is allowed")
    if not password:
        password = environ.get(LDAP_PASSWORD_ENV, "")
        if not password:
            raise RunConfigError(f"--proxyauth: the LDAP bind password is empty; set it in ${LDAP_PASSWORD_ENV}")
        if ":" in password:
            raise RunConfigError(f"${LDAP_PASSWORD_ENV}: mitmproxy's LDAP form cannot hold a ':' in the password")
    return ":".join([*parts[:-2], password, base])
