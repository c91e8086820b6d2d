"""Fixtures for end-to-end tests: real proxy process, fake upstreams over real TLS."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.fake_upstream import FakeUpstream, start_fake_upstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued, make_ca, make_server_cert

AI_HOSTS = ["api.openai.com"]
TUNNEL_HOST = "tunnel.test"


@pytest.fixture(scope="session")
def tls_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tls")


@pytest.fixture(scope="session")
def upstream_ca(tls_dir: Path) -> tuple[Issued, object, object]:
    return make_ca(tls_dir)


@pytest.fixture(scope="session")
def openai_upstream(tls_dir: Path, upstream_ca: tuple[Issued, object, object]) -> Iterator[FakeUpstream]:
    ca, key, cert = upstream_ca
    issued = make_server_cert(tls_dir, AI_HOSTS, key, cert)  # type: ignore[arg-type]
    upstream = start_fake_upstream(issued.cert_pem, issued.key_pem)
    yield upstream
    upstream.stop()


@pytest.fixture(scope="session")
def tunnel_upstream(tls_dir: Path, upstream_ca: tuple[Issued, object, object]) -> Iterator[tuple[FakeUpstream, Issued]]:
    ca, key, cert = upstream_ca
    issued = make_server_cert(tls_dir, [TUNNEL_HOST], key, cert)  # type: ignore[arg-type]
    upstream = start_fake_upstream(issued.cert_pem, issued.key_pem)
    yield upstream, issued
    upstream.stop()


@pytest.fixture(scope="session")
def proxy(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    openai_upstream: FakeUpstream,
    tunnel_upstream: tuple[FakeUpstream, Issued],
) -> Iterator[ProxyProcess]:
    workdir = tmp_path_factory.mktemp("proxy")
    redirects = {"api.openai.com": openai_upstream.port, TUNNEL_HOST: tunnel_upstream[0].port}
    proc = start_proxy(workdir, redirects=redirects, upstream_ca=upstream_ca[0].cert_pem)
    yield proc
    proc.stop()


@pytest.fixture
def upstream(openai_upstream: FakeUpstream) -> FakeUpstream:
    openai_upstream.clear()
    return openai_upstream
