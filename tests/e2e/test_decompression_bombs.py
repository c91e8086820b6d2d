"""Compressed request bodies that cost more than they look (issue 19), through the real proxy.

Each bomb is a prompt-sized request whose Content-Encoding makes it gigabytes: gzip and deflate
(1 GiB from about 1 MB), brotli (4 GiB from a few KB), zstd (10 GiB from about 330 KB) and stacked
`zstd, gzip` (10 GiB from under 1 KB). The proxy decodes with a bound on the decoded size
(dlp_proxy/pipeline/body.py), so each is refused as `body_too_large` within seconds, the proxy's
memory does not grow by more than a small multiple of the limit, nothing reaches the upstream,
and the next ordinary prompt is served.
"""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import brotli
import httpx
import pytest

from tests.e2e.conftest import ai_redirects
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued

try:  # Python 3.14+
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:  # mitmproxy depends on the backport
    from backports import zstd  # type: ignore[import-not-found,no-redef]

pytestmark = pytest.mark.e2e

CHAT = "https://api.openai.com/v1/chat/completions"
MIB = 1 << 20
GIB = 1 << 30
LIMIT = 10 * MIB  # the bundled policy's max_body_bytes
RSS_GROWTH_BOUND = 160 * MIB  # the limit, a copy or two of it, decoder state and allocator slack
ANSWER_BOUND = 15.0  # seconds until the refusal, on a busy 2-core machine


def _compress(make: Callable[[], object], size: int) -> bytes:
    """`size` zero bytes through a streaming compressor, one MiB at a time (never all in memory)."""
    compressor = make()
    step = getattr(compressor, "compress", None) or compressor.process  # type: ignore[attr-defined]
    done = getattr(compressor, "flush", None) or compressor.finish  # type: ignore[attr-defined]
    zeros, out = bytes(MIB), bytearray()
    for _ in range(size // MIB):
        out += step(zeros)
    out += done()
    return bytes(out)


def _bombs() -> dict[str, tuple[str, bytes, int]]:
    """name -> (Content-Encoding, the body on the wire, its decoded size)."""
    ten_gib_zstd = _compress(lambda: zstd.ZstdCompressor(level=3), 10 * GIB)
    return {
        "gzip-1GiB": ("gzip", _compress(lambda: zlib.compressobj(9, zlib.DEFLATED, 31), GIB), GIB),
        "deflate-1GiB": ("deflate", _compress(lambda: zlib.compressobj(9, zlib.DEFLATED, 15), GIB), GIB),
        "br-4GiB": ("br", _compress(lambda: brotli.Compressor(quality=5), 4 * GIB), 4 * GIB),
        "zstd-10GiB": ("zstd", ten_gib_zstd, 10 * GIB),
        "zstd,gzip-10GiB": ("zstd, gzip", gzip.compress(ten_gib_zstd), 10 * GIB),
    }


NAMES = ["gzip-1GiB", "deflate-1GiB", "br-4GiB", "zstd-10GiB", "zstd,gzip-10GiB"]


@pytest.fixture(scope="module")
def bombs() -> dict[str, tuple[str, bytes, int]]:
    made = _bombs()  # about ten seconds of compressing, once for the module
    assert sorted(made) == sorted(NAMES)
    return made


@pytest.fixture(scope="module")
def bomb_proxy(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    openai_upstream: FakeUpstream,
) -> Iterator[ProxyProcess]:
    proc = start_proxy(
        tmp_path_factory.mktemp("bombs"), redirects=ai_redirects(openai_upstream), upstream_ca=upstream_ca[0].cert_pem
    )
    yield proc
    proc.stop()


def _rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


@pytest.mark.parametrize("name", NAMES)
def test_a_compression_bomb_is_refused_quickly_with_bounded_memory(
    name: str, bombs: dict[str, tuple[str, bytes, int]], bomb_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    coding, wire, decoded = bombs[name]
    assert decoded // max(len(wire), 1) >= 900, "not a bomb"
    pid = bomb_proxy.process.pid
    before_rss, before = _rss(pid), len(bomb_proxy.records())
    with httpx.Client(proxy=bomb_proxy.url, verify=str(bomb_proxy.ca), timeout=60) as http:
        started = time.monotonic()
        r = http.post(
            CHAT,
            content=wire,
            headers={"content-type": "application/json", "content-encoding": coding, "accept-language": "en"},
        )
        seconds = time.monotonic() - started
        grown = _rss(pid) - before_rss
        assert r.status_code == 403, r.text[:300]
        assert "too large to check" in r.json()["error"]["message"]
        assert seconds < ANSWER_BOUND, f"{name}: refused after {seconds:.1f} s"
        assert grown < RSS_GROWTH_BOUND, f"{name}: the proxy grew by {grown // MIB} MiB"
        new = bomb_proxy.records()[before:]
        assert [rec["fail_reason"] for rec in new] == ["body_too_large"]
        assert new[0]["action"] == "block"
        assert upstream.received == []
        # The proxy is still fine: an ordinary prompt goes through.
        ok = http.post(CHAT, json={"model": "m", "messages": [{"role": "user", "content": "Wat is 2+2?"}]})
        assert ok.status_code == 200
    print(f"\n{name}: {len(wire)} bytes on the wire, refused in {seconds:.2f} s, RSS +{grown / MIB:.1f} MiB")
