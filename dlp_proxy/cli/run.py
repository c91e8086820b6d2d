"""The `dlp-proxy run` flags (each also an environment variable `DLP_<FLAG>`), their checks, and
the mitmdump arguments they become.

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

LDAP_PASSWORD_ENV = "DLP_LDAP_PASSWORD"  # the LDAP bind password, kept out of `ps`
MODE_TYPES = ("regular", "upstream", "reverse")
# Where SDK users point their base URL when a reverse gateway fronts these hosts.
BASE_URL_HINTS = {"api.openai.com": ("OPENAI_BASE_URL", "/v1"), "api.anthropic.com": ("ANTHROPIC_BASE_URL", "")}


class RunConfigError(ValueError):
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


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
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
    from mitmproxy.proxy.mode_specs import ProxyMode

    if not specs:
        raise RunConfigError("--mode: give at least one mode")
    modes = []
    seen: dict[tuple[str, int | None], str] = {}
    for spec in specs:
        try:
            mode = ProxyMode.parse(spec)
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
    """Every option of mitmdump and its built-in addons -> its type, as the addons declare them.

    Asked of the addons' `load` directly: a throw-away master would leave its log handlers behind.
    """
    from mitmproxy import addons
    from mitmproxy.addons import dumper, keepserving, readfile
    from mitmproxy.options import Options

    types = {name: opt.typespec for name, opt in Options()._options.items()}  # no public accessor

    class Declared:
        def add_option(self, name: str, typespec: Any, *_: Any, **__: Any) -> None:
            types[name] = typespec

        def add_command(self, *_: Any, **__: Any) -> None:
            pass

    builtin = addons.default_addons()  # type: ignore[no-untyped-call]  # mitmproxy is untyped here
    stdin = readfile.ReadFileStdin()  # type: ignore[no-untyped-call]
    for addon in [*builtin, dumper.Dumper(), keepserving.KeepServing(), stdin]:  # what mitmdump adds
        if hasattr(addon, "load"):
            addon.load(Declared())
    return types
