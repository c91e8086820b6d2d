"""`dlp-proxy run` settings: flag > environment > default, mode and authentication checks that never
echo a password, the mitmdump arguments, the start-up banner, and the README table kept in step."""

from __future__ import annotations

import argparse
import asyncio
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from mitmproxy.addons.proxyauth import Ldap
from mitmproxy.options import Options
from mitmproxy.test import taddons
from mitmproxy.tools.dump import DumpMaster

from dlp_proxy.cli import app as cli
from dlp_proxy.cli import run as run_cli
from dlp_proxy.cli.run import FLAGS, LDAP_PASSWORD_ENV, RunConfig, RunConfigError, resolve
from dlp_proxy.proxy.admin_addon import AdminAddon
from dlp_proxy.proxy.interceptor import DlpAddon

REPO = Path(__file__).resolve().parents[3]
SECRET = "S3cr3t-pw"


def run_args(*argv: str) -> argparse.Namespace:
    return cli._build_parser().parse_args(["run", *argv])


def config(*argv: str, env: dict[str, str] | None = None) -> RunConfig:
    return resolve(run_args(*argv), env or {})


def run_flags() -> list[str]:
    """Every option string of the real `run` parser (not our FLAGS table), help excluded."""
    parser = cli._build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    run = sub.choices["run"]
    return [a.option_strings[0] for a in run._actions if a.option_strings and a.dest != "help"]


# --- precedence -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "env", "attr", "expected"),
    [
        ([], {}, "listen_port", 8080),
        ([], {"DLP_LISTEN_PORT": "9000"}, "listen_port", 9000),
        (["--listen-port", "9100"], {"DLP_LISTEN_PORT": "9000"}, "listen_port", 9100),
        ([], {"DLP_LISTEN_PORT": ""}, "listen_port", 8080),  # empty counts as unset
        ([], {"DLP_POLICY": "/etc/dlp/rules"}, "policy", "/etc/dlp/rules"),
        (["--policy", "mine"], {"DLP_POLICY": "/etc/dlp/rules"}, "policy", "mine"),
        ([], {"DLP_ADMIN_PORT": "0"}, "admin_port", 0),
        ([], {"DLP_PUBLIC_PROXY": "proxy.corp:8080"}, "public_proxy", "proxy.corp:8080"),
        ([], {}, "mode", ["regular"]),
        ([], {"DLP_MODE": "regular reverse:https://api.openai.com@8443"}, "mode", ["regular", "reverse:https://api.openai.com@8443"]),
        (["--mode", "regular@7000"], {"DLP_MODE": "reverse:https://api.openai.com"}, "mode", ["regular@7000"]),
        ([], {"DLP_SET": "dlp_workers=4 'flow_detail=1'"}, "set", ["dlp_workers=4", "flow_detail=1"]),
        (["--set", "dlp_workers=3"], {"DLP_SET": "dlp_workers=4"}, "set", ["dlp_workers=3"]),
        ([], {}, "script", []),
    ],
)  # fmt: skip
def test_when_a_setting_is_resolved_then_flag_beats_environment_beats_default(
    argv: list[str], env: dict[str, str], attr: str, expected: object
) -> None:
    assert getattr(config(*argv, env=env), attr) == expected


def test_every_flag_has_the_environment_variable_named_after_it() -> None:
    assert run_flags() == [f.name for f in FLAGS]
    assert [f.env for f in FLAGS][:3] == ["DLP_LISTEN_HOST", "DLP_LISTEN_PORT", "DLP_MODE"]
    for flag in FLAGS:
        assert flag.env == "DLP_" + flag.name[2:].upper().replace("-", "_")


@pytest.mark.parametrize(
    ("argv", "env", "message"),
    [
        ([], {"DLP_LISTEN_PORT": "eighty"}, "DLP_LISTEN_PORT='eighty': not a whole number"),
        (["--listen-port", "70000"], {}, "--listen-port 70000: not a port number"),
        ([], {"DLP_ADMIN_PORT": "-1"}, "--admin-port -1: not a port number"),
        ([], {"DLP_MODE": "'regular"}, "DLP_MODE: not a shell-quoted list"),
        (["--mode", "bogus"], {}, "--mode bogus: unknown mode"),
        (["--mode", "transparent"], {}, "supports regular, upstream, reverse"),
        (["--mode", "reverse:tcp://db.corp:5432@9000"], {}, "http:// or https:// URL"),
        (["--mode", "upstream:ftp://proxy.corp"], {}, "--mode upstream:ftp://proxy.corp: Invalid server scheme"),
        (["--mode", "regular", "--mode", "reverse:https://api.openai.com"], {}, "listens on port 8080"),
        (["--upstream-auth", "u:p"], {}, "--upstream-auth needs an upstream mode"),
        (["--mode", "upstream:http://proxy.corp:3128", "--upstream-auth", "nocolon"], {}, "takes USER:PASS"),
    ],
)  # fmt: skip
def test_when_a_setting_cannot_work_then_the_error_names_flag_or_variable(
    argv: list[str], env: dict[str, str], message: str
) -> None:
    with pytest.raises(RunConfigError, match=re.escape(message)):
        config(*argv, env=env)


def test_when_modes_listen_on_their_own_ports_then_all_are_kept_in_order() -> None:
    cfg = config(
        "--mode", "regular",
        "--mode", "upstream:http://proxy.corp:3128@8081",
        "--mode", "reverse:https://api.openai.com@8443",
        "--mode", "reverse:https://api.anthropic.com@8444",
    )  # fmt: skip
    assert [(m.type_name, m.listen_port(cfg.listen_port)) for m in cfg.modes] == [
        ("regular", 8080),
        ("upstream", 8081),
        ("reverse", 8443),
        ("reverse", 8444),
    ]


# --- proxy authentication ---------------------------------------------------------------------


def test_when_proxyauth_names_an_htpasswd_file_then_it_must_exist(tmp_path: Path) -> None:
    with pytest.raises(RunConfigError, match="htpasswd file .* not found"):
        config("--proxyauth", f"@{tmp_path / 'missing'}")
    (tmp_path / "htpasswd").write_text("alice:{SHA}x\n")
    assert config("--proxyauth", f"@{tmp_path / 'htpasswd'}").proxyauth == f"@{tmp_path / 'htpasswd'}"


DN, BASE = "cn=svc,dc=corp", "ou=people,dc=corp"
PW_ENV = {LDAP_PASSWORD_ENV: SECRET}


@pytest.mark.parametrize(
    ("spec", "env", "expected"),
    [
        (f"ldap:dc1.corp:{DN}:{SECRET}:{BASE}", {}, (False, "dc1.corp", None, SECRET, "cn")),
        (f"ldaps:dc1.corp:636:{DN}:{SECRET}:{BASE}", {}, (True, "dc1.corp", 636, SECRET, "cn")),
        (f"ldaps:dc1.corp:{DN}::{BASE}?search_filter_key=uid", PW_ENV, (True, "dc1.corp", None, SECRET, "uid")),
        (f"ldap:dc1.corp:389:{DN}::{BASE}", PW_ENV, (False, "dc1.corp", 389, SECRET, "cn")),
    ],
)
def test_when_proxyauth_is_ldap_then_mitmproxy_reads_our_spec_with_the_password(
    spec: str, env: dict[str, str], expected: tuple[object, ...]
) -> None:
    """Checked against mitmproxy's own parser (no LDAP server needed: parsing only)."""
    filled = config("--proxyauth", spec, env=env).proxyauth
    assert filled is not None
    use_ssl, host, port, bind_dn, password, base, key = Ldap.parse_spec(filled)
    assert (use_ssl, host, port, password, key) == expected
    assert (bind_dn, base) == (DN, BASE)


def test_when_the_proxyauth_spec_comes_from_the_environment_then_ldap_password_fills_it_too() -> None:
    env = {"DLP_PROXYAUTH": "ldap:dc1.corp:cn=svc,dc=corp::dc=corp", LDAP_PASSWORD_ENV: SECRET}
    assert config(env=env).proxyauth == f"ldap:dc1.corp:cn=svc,dc=corp:{SECRET}:dc=corp"


@pytest.mark.parametrize(
    ("spec", "env", "message"),
    [
        ("ldap:dc1.corp:cn=svc,dc=corp::dc=corp", {}, f"set it in ${LDAP_PASSWORD_ENV}"),
        ("ldap:dc1.corp:cn=svc,dc=corp::dc=corp", {LDAP_PASSWORD_ENV: f"a:{SECRET}"}, "cannot hold a ':'"),
        (f"ldap:dc1.corp:cn=svc,dc=corp:{SECRET}:x:dc=corp", {}, "PORT must be a port number"),
        (f"ldap:dc1.corp:cn=svc,dc=corp:{SECRET}", {}, "expected 5 or 6"),
        (f"ldaps::cn=svc,dc=corp:{SECRET}:dc=corp", {}, "must not be empty"),
        (f"ldap:dc1.corp:cn=svc:{SECRET}:dc=corp?filter=uid", {}, "only ?search_filter_key=ATTR"),
        (f"user:{SECRET}:extra", {}, "--proxyauth takes @HTPASSWD_FILE"),
        ("justaname", {}, "--proxyauth takes @HTPASSWD_FILE"),
    ],
)
def test_when_a_proxyauth_spec_is_wrong_then_the_error_never_holds_the_password(
    spec: str, env: dict[str, str], message: str
) -> None:
    with pytest.raises(RunConfigError, match=re.escape(message)) as excinfo:
        config("--proxyauth", spec, env=env)
    assert SECRET not in str(excinfo.value)


@pytest.mark.parametrize("spec", ["any", f"alice:{SECRET}"])
def test_when_proxyauth_is_any_or_one_user_then_it_passes_as_given(spec: str) -> None:
    assert config("--proxyauth", spec).proxyauth == spec


# --- what mitmdump gets, what the operator sees -----------------------------------------------


def test_when_run_starts_then_mitmdump_gets_modes_auth_and_admin_options_and_user_sets_last(tmp_path: Path) -> None:
    cfg = config(
        "--mode", "upstream:http://proxy.corp:3128",
        "--mode", "reverse:https://api.openai.com@8443",
        "--proxyauth", "ldap:dc1.corp:cn=svc,dc=corp::dc=corp",
        "--admin-port", "0",
        "--set", "dlp_admin_port=9191",
        "--script", "extra.py",
        env={"DLP_UPSTREAM_AUTH": f"corp:{SECRET}", LDAP_PASSWORD_ENV: SECRET},
    )  # fmt: skip
    argv = run_cli.mitmdump_argv(cfg, tmp_path, Path("addon.py"), "")
    pairs = list(zip(argv, argv[1:], strict=False))
    assert [v for k, v in pairs if k == "--mode"] == [
        "upstream:http://proxy.corp:3128",
        "reverse:https://api.openai.com@8443",
    ]
    sets = [v for k, v in pairs if k == "--set"]
    assert f"upstream_auth=corp:{SECRET}" in sets
    assert f"proxyauth=ldap:dc1.corp:cn=svc,dc=corp:{SECRET}:dc=corp" in sets
    assert "dlp_admin_host=127.0.0.1" in sets and "dlp_public_proxy=" in sets and "connection_strategy=lazy" in sets
    assert "dlp_admin_port=9191" in sets and "dlp_admin_port=0" not in sets  # the --set wins, once
    assert argv[argv.index("extra.py") - 1] == "-s"


class _OptionsLoader:
    """What an addon's `load` needs to declare its options, without a running master."""

    def __init__(self, opts: Options) -> None:
        self.opts = opts

    def add_option(self, name: str, typespec: Any, default: Any, help: str, choices: Any = None) -> None:
        self.opts.add_option(name, typespec, default, help, choices)


def test_when_a_set_repeats_our_option_then_mitmproxy_gets_one_value_and_the_last_wins(tmp_path: Path) -> None:
    """mitmproxy sets a script's options when it loads the script; two values for one of them
    fail there silently and leave the DLP addon unconfigured. Replayed with mitmproxy's parser."""
    cfg = config(
        "--set", "dlp_admin_port=9191",
        "--set", "dlp_policy=/etc/dlp/rules",
        "--set", "flow_detail=1",
        "--set", "ignore_hosts=^intranet[.]corp:",
        "--set", "ignore_hosts=^hr[.]corp:",
        env={"DLP_ADMIN_HOST": "0.0.0.0"},
    )  # fmt: skip
    argv = run_cli.mitmdump_argv(cfg, tmp_path, Path("addon.py"), "")
    sets = [v for k, v in zip(argv, argv[1:], strict=False) if k == "--set"]

    async def replay() -> Options:
        opts = Options()
        root, handlers = logging.getLogger(), list(logging.getLogger().handlers)
        try:
            DumpMaster(opts, with_termlog=False)  # mitmdump's built-in addons and their options
        finally:  # the master's log handlers would outlive this test's event loop
            for handler in [h for h in root.handlers if h not in handlers]:
                root.removeHandler(handler)
        # The option types dlp-proxy reads without a master are the ones the master declares.
        assert run_cli.mitmdump_option_types() == {n: o.typespec for n, o in opts._options.items()}
        opts.set(*sets, defer=True)  # as mitmdump does before the scripts load
        for addon in (DlpAddon(), AdminAddon(DlpAddon())):
            addon.load(_OptionsLoader(opts))  # type: ignore[arg-type]  # only add_option is used
        return opts

    opts = asyncio.run(replay())
    assert not [n for n in opts._options if n.startswith("dlp_") and opts._options[n].typespec == Sequence[str]]
    opts.process_deferred()  # raises OptionsError on two values for one option
    assert opts.deferred == {}
    assert (opts.dlp_admin_port, opts.dlp_admin_host, opts.dlp_policy) == (9191, "0.0.0.0", "/etc/dlp/rules")
    assert (opts.flow_detail, opts.ignore_hosts) == (1, ["^intranet[.]corp:", "^hr[.]corp:"])  # a list option


def test_the_banner_shows_every_listener_and_no_password() -> None:
    cfg = config(
        "--mode", "upstream:http://proxy.corp:3128",
        "--mode", "reverse:https://api.openai.com@8443",
        "--mode", "reverse:https://intranet.corp@8445",
        "--proxyauth", f"ldaps:dc1.corp:636:cn=svc,dc=corp:{SECRET}:dc=corp",
        env={"DLP_UPSTREAM_AUTH": f"corp:{SECRET}"},
    )  # fmt: skip
    text = "\n".join(run_cli.banner(cfg, Path("certs/ca.pem"), lambda host: host == "api.openai.com"))
    assert SECRET not in text
    assert "http://127.0.0.1:8080 -> upstream proxy http://proxy.corp:3128" in text
    assert "OPENAI_BASE_URL=http://127.0.0.1:8443/v1" in text
    assert "WARNING: intranet.corp is not in the AI tool catalogue" in text
    assert "LDAP ldaps://dc1.corp:636, search base dc=corp" in text
    assert "'Authorization: Basic'" in text  # proxy auth on a gateway collides with OpenAI's key header


@pytest.mark.parametrize(
    ("spec", "shown"),
    [
        (None, "off"),
        ("any", "not checked"),
        ("@/etc/dlp/htpasswd", "htpasswd file /etc/dlp/htpasswd"),
        (f"bob:{SECRET}", "one user"),
    ],
)
def test_proxy_auth_is_described_without_its_password(spec: str | None, shown: str) -> None:
    assert shown in run_cli.describe_auth(spec)
    assert SECRET not in run_cli.describe_auth(spec)


def test_when_a_setting_is_wrong_then_run_refuses_to_start_with_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["run", "--proxyauth", f"ldap:dc1.corp:cn=svc:{SECRET}"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dlp-proxy: refusing to start: ") and SECRET not in err


def test_admin_flag_defaults_are_the_admin_addons_option_defaults() -> None:
    admin = AdminAddon(DlpAddon())
    with taddons.context(admin) as tctx:
        opts = tctx.options
        defaults = {f.dest: f.default for f in FLAGS}
        assert defaults["admin_host"] == opts.dlp_admin_host
        assert defaults["admin_port"] == opts.dlp_admin_port
        assert defaults["public_proxy"] == opts.dlp_public_proxy


# --- README ------------------------------------------------------------------------------------


def readme_configuration_rows() -> list[list[str]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    rows = [ln for ln in section.splitlines() if ln.startswith("|")]
    assert [c.strip() for c in rows[0].strip("|").split("|")] == [
        "setting", "flag", "environment", "policy file", "default"
    ]  # fmt: skip
    return [[c.strip() for c in row.strip("|").split("|")] for row in rows[2:]]


def test_the_readme_configuration_table_lists_every_run_flag_with_its_variable_and_default() -> None:
    rows = readme_configuration_rows()
    by_flag: dict[str, list[str]] = {}
    for row in rows:  # the first row of a flag is its own (later `--set NAME=...` rows are examples)
        if m := re.match(r"`(--[a-z-]+)", row[1]):
            by_flag.setdefault(m.group(1), row)
    for flag in FLAGS:
        assert flag.name in run_flags()
        assert flag.name in by_flag, f"README ## Configuration has no row for {flag.name}"
        row = by_flag[flag.name]
        assert f"`{flag.env}`" in row[2], f"README: {flag.name} should name {flag.env}"
        default = " ".join(flag.default) if flag.repeatable else flag.default
        if default not in (None, "", []):
            assert f"`{default}`" in row[4], f"README: {flag.name} default should read `{default}`"


def test_a_ca_key_readable_by_others_is_refused_at_start(
    tmp_path: Path, rules_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dlp_proxy.deploy import certs as ca_store
    from dlp_proxy.proxy import launch

    certs = tmp_path / "certs"
    ca_store.write_store(certs, ca_store.new_ca())
    key = certs / ca_store.KEY_AND_CERT
    key.chmod(0o644)
    started: list[Any] = []
    monkeypatch.setattr(launch, "run_mitmdump", started.append)
    assert cli.main(["run", "--certs", str(certs), "--policy", str(rules_dir)]) == 2
    err = capsys.readouterr().err
    assert "readable by others (mode 0644)" in err and f"chmod 600 {key}" in err and started == []
    key.chmod(0o000)  # unreadable: refused too, with what to fix (root can read anything)
    import os

    if os.geteuid() != 0:
        assert cli.main(["run", "--certs", str(certs), "--policy", str(rules_dir)]) == 2
    key.chmod(0o600)
    ca_store.check_key_private(certs)  # the mode it is written with passes
