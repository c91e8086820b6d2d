"""DlpAddon behind a reverse gateway listener: TLS interception is decided by the host the gateway
forwards to, since its clients name the gateway itself in SNI."""

from __future__ import annotations

import asyncio
from pathlib import Path
from unittest import mock

import pytest
from mitmproxy import options, tls
from mitmproxy.proxy import context
from mitmproxy.proxy.mode_specs import ProxyMode
from mitmproxy.test import taddons, tflow

from dlp_proxy.proxy.interceptor import DlpAddon


def configured(policy: Path, audit_log: Path) -> DlpAddon:
    async def run() -> DlpAddon:
        addon = DlpAddon()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, dlp_policy=str(policy), dlp_audit_log=str(audit_log), dlp_reload_ms=0, dlp_workers=0)
        return addon

    return asyncio.run(run())


def hello(mode: str, sni: str | None) -> tls.ClientHelloData:
    client = tflow.tclient_conn()
    client.proxy_mode = ProxyMode.parse(mode)
    return tls.ClientHelloData(context.Context(client, options.Options()), mock.Mock(sni=sni))


@pytest.mark.parametrize(
    ("mode", "sni", "ignored"),
    [
        ("reverse:https://api.openai.com@8443", "gateway.corp.example", False),  # the gateway's own name
        ("reverse:https://api.openai.com@8443", None, False),
        ("reverse:https://api.anthropic.com@8444", "localhost", False),
        ("reverse:https://intranet.corp.example@8445", "api.openai.com", True),  # not an AI host: untouched
        ("regular", "gateway.corp.example", True),  # a forward proxy still goes by SNI
        ("regular", "api.openai.com", False),
        ("upstream:http://proxy.corp:3128", "api.openai.com", False),
        ("upstream:http://proxy.corp:3128", "example.com", True),
    ],
)
def test_when_tls_starts_on_a_gateway_then_its_target_host_decides(
    rules_dir: Path, tmp_path: Path, mode: str, sni: str | None, ignored: bool
) -> None:
    addon = configured(rules_dir, tmp_path / "decisions.jsonl")
    data = hello(mode, sni)
    addon.tls_clienthello(data)
    assert data.ignore_connection is ignored
