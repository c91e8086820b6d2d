"""AdminAddon through mitmproxy's test harness: options, the server's life cycle, each endpoint."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography import x509
from mitmproxy import exceptions
from mitmproxy.addons.tlsconfig import TlsConfig
from mitmproxy.test import taddons, tflow
from prometheus_client.parser import text_string_to_metric_families

from dlp_proxy.admin import DlpMetrics
from dlp_proxy.admin.server import Request
from dlp_proxy.policy import load_policy
from dlp_proxy.proxy.admin_addon import AdminAddon
from tests.e2e.proxy_process import free_port
from tests.pac_harness import find_proxy
from tests.paths import TEST_POLICY

POLICY = load_policy(TEST_POLICY)


def standin(loaded: bool = True) -> Any:
    """What AdminAddon reads of the DLP addon: its state (the policy) and its metrics."""
    return SimpleNamespace(state=SimpleNamespace(policy=POLICY) if loaded else None, metrics=DlpMetrics())


async def fetch(
    port: int, path: str, method: str = "GET", host: str = "127.0.0.1"
) -> tuple[int, dict[str, str], bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
    await writer.drain()
    raw = await reader.read()
    writer.close()
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split(" ")[1]), headers, body


def serve(tmp_path: Path, dlp: Any, check: Callable[[int, AdminAddon], Awaitable[None]], **options: Any) -> None:
    async def run() -> None:
        admin = AdminAddon(dlp)
        tls = TlsConfig()
        with taddons.context(admin, tls) as tctx:
            tctx.configure(tls, confdir=str(tmp_path / "certs"))
            port = free_port()
            tctx.configure(admin, dlp_admin_port=port, **options)
            await admin.running()
            try:
                await check(port, admin)
            finally:
                await admin.done()

    asyncio.run(run())


def test_healthz_readyz_and_metrics_when_loaded(tmp_path: Path) -> None:
    dlp = standin()
    dlp.metrics.decision({"tool": "openai-api", "action": "block", "latency_ms": 5})

    async def check(port: int, admin: AdminAddon) -> None:
        assert (await fetch(port, "/healthz"))[0] == 200
        status, headers, body = await fetch(port, "/readyz")
        assert status == 200 and headers["content-type"] == "application/json"
        ready = json.loads(body)
        assert ready["status"] == "ready" and ready["policy_version"] == POLICY.version
        status, headers, body = await fetch(port, "/metrics")
        assert status == 200 and headers["content-type"].startswith("text/plain; version=0.0.4")
        families = {f.name: f for f in text_string_to_metric_families(body.decode())}
        (sample,) = [s for s in families["dlp_decisions"].samples if s.name == "dlp_decisions_total"]
        assert sample.labels == {"tool": "openai-api", "action": "block"} and sample.value == 1
        (info,) = families["dlp_proxy_info"].samples
        assert info.labels["policy_version"] == POLICY.version

    serve(tmp_path, dlp, check)


def test_readyz_and_pac_are_503_until_the_policy_is_loaded(tmp_path: Path) -> None:
    async def check(port: int, admin: AdminAddon) -> None:
        status, _, body = await fetch(port, "/readyz")
        assert status == 503 and json.loads(body)["status"] == "not ready"
        assert (await fetch(port, "/proxy.pac"))[0] == 503
        assert (await fetch(port, "/healthz"))[0] == 200  # alive all the same

    serve(tmp_path, standin(loaded=False), check)


def test_ca_endpoints_serve_the_certificate_mitmproxy_signs_with_never_the_key(tmp_path: Path) -> None:
    async def check(port: int, admin: AdminAddon) -> None:
        status, headers, pem = await fetch(port, "/ca.pem")
        assert status == 200 and b"PRIVATE" not in pem
        status, headers, der = await fetch(port, "/ca.der")
        assert status == 200 and headers["content-type"] == "application/pkix-cert"
        on_disk = x509.load_pem_x509_certificate((tmp_path / "certs" / "mitmproxy-ca-cert.pem").read_bytes())
        assert x509.load_pem_x509_certificate(pem) == on_disk == x509.load_der_x509_certificate(der)

    serve(tmp_path, standin(), check)


def test_pac_names_the_public_proxy_option_or_the_listen_address(tmp_path: Path) -> None:
    async def with_option(port: int, admin: AdminAddon) -> None:
        status, headers, body = await fetch(port, "/proxy.pac")
        assert status == 200 and headers["content-type"] == "application/x-ns-proxy-autoconfig"
        pac = body.decode()
        assert POLICY.version in pac
        assert find_proxy(pac, [("https://api.openai.com/", "api.openai.com"), ("https://x.nl/", "x.nl")]) == [
            "PROXY proxy.voorbeeld.nl:3128",
            "DIRECT",
        ]

    serve(tmp_path, standin(), with_option, dlp_public_proxy="Proxy.Voorbeeld.nl:3128")

    async def derived(port: int, admin: AdminAddon) -> None:
        pac = (await fetch(port, "/proxy.pac", host="gw.voorbeeld.nl"))[2].decode()
        assert '"PROXY gw.voorbeeld.nl:8081"' in pac  # wildcard listen address: the name the client used

    serve(tmp_path, standin(), derived, listen_host="", listen_port=8081)

    async def specific(port: int, admin: AdminAddon) -> None:
        pac = (await fetch(port, "/proxy.pac", host="gw.voorbeeld.nl"))[2].decode()
        assert '"PROXY 10.0.0.7:8081"' in pac

    serve(tmp_path, standin(), specific, listen_host="10.0.0.7", listen_port=8081)


class Listeners:
    """Stands in for mitmproxy's proxyserver addon: its running servers and their addresses."""

    name = "proxyserver"

    def __init__(self, *servers: tuple[str, str, int]) -> None:
        self.servers = [
            SimpleNamespace(mode=SimpleNamespace(type_name=kind), listen_addrs=[(host, port)])
            for kind, host, port in servers
        ]


def test_pac_names_a_forward_listener_never_a_reverse_gateway() -> None:
    admin = AdminAddon(standin())
    listeners = Listeners(("reverse", "127.0.0.1", 8443), ("regular", "10.0.0.7", 3128))
    with taddons.context(admin, listeners) as tctx:
        tctx.configure(admin, listen_host="127.0.0.1", listen_port=8080)
        assert admin.public_proxy(Request("GET", "/proxy.pac", {})) == "10.0.0.7:3128"
    only_gateway = Listeners(("reverse", "127.0.0.1", 8443))
    admin = AdminAddon(standin())
    with taddons.context(admin, only_gateway) as tctx:
        tctx.configure(admin, listen_host="127.0.0.1", listen_port=8080)
        assert admin.public_proxy(Request("GET", "/proxy.pac", {})) == "127.0.0.1:8080"


def test_public_proxy_falls_back_to_the_machine_name_for_a_bad_host_header(tmp_path: Path) -> None:
    admin = AdminAddon(standin())
    with taddons.context(admin) as tctx:
        tctx.configure(admin, listen_host="0.0.0.0", listen_port=8080)
        got = admin.public_proxy(Request("GET", "/proxy.pac", {"host": 'evil";x'}))
        assert got.endswith(":8080") and '"' not in got
        assert admin.public_proxy(Request("GET", "/proxy.pac", {"host": "[2001:db8::5]:9090"})) == "[2001:db8::5]:8080"


def test_unknown_path_is_404_and_post_is_405(tmp_path: Path) -> None:
    async def check(port: int, admin: AdminAddon) -> None:
        assert (await fetch(port, "/admin"))[0] == 404
        status, headers, _ = await fetch(port, "/metrics", method="POST")
        assert status == 405 and headers["allow"] == "GET, HEAD"
        status, headers, body = await fetch(port, "/healthz", method="HEAD")
        assert status == 200 and body == b"" and headers["content-length"] == "3"

    serve(tmp_path, standin(), check)


def test_port_change_moves_the_server_and_zero_turns_it_off(tmp_path: Path) -> None:
    async def check(port: int, admin: AdminAddon) -> None:
        from mitmproxy import ctx

        new = free_port()
        ctx.options.update(dlp_admin_port=new)
        assert admin._restart is not None
        await admin._restart
        assert admin.server.address == ("127.0.0.1", new)
        with pytest.raises(OSError):
            await fetch(port, "/healthz")
        assert (await fetch(new, "/healthz"))[0] == 200
        ctx.options.update(dlp_admin_port=0)
        await admin._restart
        assert admin.server.address is None

    serve(tmp_path, standin(), check)


def test_a_busy_port_is_logged_and_the_proxy_keeps_running(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    async def run() -> None:
        blocker = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
        port = blocker.sockets[0].getsockname()[1]
        admin = AdminAddon(standin())
        with taddons.context(admin) as tctx:
            tctx.configure(admin, dlp_admin_port=port)
            await admin.running()  # does not raise
            assert admin.server.address is None
        blocker.close()

    asyncio.run(run())
    assert "admin endpoints NOT available" in caplog.text


@pytest.mark.parametrize(("option", "value"), [("dlp_admin_port", 70000), ("dlp_public_proxy", "no-port")])
def test_bad_options_are_refused(option: str, value: object) -> None:
    admin = AdminAddon(standin())
    with taddons.context(admin) as tctx:
        with pytest.raises(exceptions.OptionsError):
            tctx.configure(admin, **{option: value})


def test_client_connections_are_counted_up_and_down() -> None:
    dlp = standin()
    admin = AdminAddon(dlp)
    a, b = tflow.tclient_conn(), tflow.tclient_conn()
    admin.client_connected(a)
    admin.client_connected(b)
    admin.client_disconnected(a)
    assert dlp.metrics.connections._value.get() == 1
