"""Adapter drift through the real proxy: a ChatGPT conversation request in a shape the adapter does
not read, an unknown endpoint on chatgpt.com with a text body, and a conversation answered in a
stream format the notice injector does not know are counted in /metrics (admin port) at once and,
after the flush interval, written as `drift` records that `dlp-proxy report` lists in its "adapter
health" section (JSON, and HTML in English and Dutch). Counts and endpoint patterns only: no ids,
no query, no prompt text."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.e2e.fake_upstream import FakeUpstream, Received, Store, serve_tls
from tests.e2e.proxy_process import REPO, SECRETS, ProxyProcess, dlp_proxy_command, free_port, start_proxy
from tests.e2e.tls_material import Issued, make_server_cert

pytestmark = pytest.mark.e2e

HOST = "chatgpt.com"
CONVERSATION = "/backend-api/conversation"
NEW_FEATURE = "/backend-api/brand_new_feature/6f1c2a7e-9b3d-4e8f-a1b2-c3d4e5f60718?session=abc123"
PROMPT_WORDS = "een geheim voorstel"  # prompt text: never in a drift record or the report
NEW_STREAM = "application/x-new-stream"  # an answer format no restorer or notice injector reads
SCHEMA = json.loads((REPO / "dlp_proxy" / "audit" / "schema.json").read_text(encoding="utf-8"))


def _handler(store: Store) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            store.append(Received("POST", self.headers.get("host", ""), self.path, dict(self.headers), body))
            streamed = self.path.split("?", 1)[0] == CONVERSATION
            data = b"event-v9 hello\n" if streamed else b"{}"
            self.send_response(200)
            self.send_header("content-type", NEW_STREAM if streamed else "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@pytest.fixture(scope="module")
def chat_app(tls_dir: Path, upstream_ca: tuple[Issued, object, object]) -> Iterator[FakeUpstream]:
    _, key, cert = upstream_ca
    issued = make_server_cert(tls_dir, [HOST], key, cert)  # type: ignore[arg-type]
    server = serve_tls(_handler, issued.cert_pem, issued.key_pem)
    yield server
    server.stop()


def metrics(port: int) -> dict[tuple[str, ...], float]:
    r = httpx.get(
        f"http://127.0.0.1:{port}/metrics",
        headers={"authorization": f"Bearer {SECRETS['DLP_ADMIN_TOKEN']}"},
        timeout=10,
    )
    assert r.status_code == 200, r.text
    return {
        (s.labels["tool"], s.labels["adapter"], s.labels["kind"]): s.value
        for family in text_string_to_metric_families(r.text)
        for s in family.samples
        if s.name == "dlp_adapter_drift_total"
    }


def drift_records(proxy: ProxyProcess) -> list[dict[str, Any]]:
    return [r for r in proxy.all_records() if r.get("event") == "drift"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*dlp_proxy_command(), *args], capture_output=True, text=True, cwd=REPO, timeout=120)


def test_unexpected_shapes_reach_metrics_and_the_report(
    tmp_path: Path, chat_app: FakeUpstream, upstream_ca: tuple[Issued, object, object]
) -> None:
    admin_port = free_port()
    proxy = start_proxy(
        tmp_path,
        redirects={HOST: chat_app.port},
        upstream_ca=upstream_ca[0].cert_pem,
        extra=["--admin-port", str(admin_port), "--set", "dlp_drift_flush_s=1"],
    )
    try:
        deadline = time.monotonic() + 60
        while not any("admin endpoints at" in line for line in proxy.output):
            assert time.monotonic() < deadline, "".join(proxy.output)
            time.sleep(0.1)
        message = {"id": "m1", "author": {"role": "user"}}
        with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=30) as client:
            # 1. the prompt's content is a string, not the {content_type, parts} object the adapter reads
            client.post(
                f"https://{HOST}{CONVERSATION}",
                json={"action": "next", "messages": [message | {"content": PROMPT_WORDS}]},
            )
            # 2. an endpoint the ChatGPT adapter does not know, carrying text
            new = client.post(f"https://{HOST}{NEW_FEATURE}", json={"instructions": PROMPT_WORDS})
            assert new.status_code == 200  # read by the generic fallback, nothing found: passed on
            # 3. a conversation the adapter reads, answered in a stream format nobody expects
            content = {"content_type": "text", "parts": ["hallo"]}
            answer = client.post(
                f"https://{HOST}{CONVERSATION}",
                json={"action": "next", "messages": [message | {"content": content}], "model": "auto"},
                headers={"accept": "text/event-stream"},
            )
            assert answer.status_code == 200 and answer.headers["content-type"] == NEW_STREAM
        counted: dict[tuple[str, ...], float] = {}
        deadline = time.monotonic() + 30
        while len(counted) < 3 and time.monotonic() < deadline:  # the counter moves as the answer ends
            counted = metrics(admin_port)
            time.sleep(0.2)
        assert counted == {
            ("chatgpt", "chatgpt_web", "unparsed"): 1,
            ("chatgpt", "generic", "unknown_endpoint"): 1,
            ("chatgpt", "chatgpt_web", "answer_shape"): 1,
        }
        deadline = time.monotonic() + 60
        while len(drift_records(proxy)) < 3:  # the flush timer (1 s) writes them
            assert time.monotonic() < deadline, proxy.log_text()[-2000:]
            time.sleep(0.2)
    finally:
        proxy.stop()

    records = drift_records(proxy)
    rows = {(r["drift"], r["adapter"], r["endpoint"], r["count"]) for r in records}
    assert rows == {
        ("unparsed", "chatgpt_web", f"POST {HOST}{CONVERSATION}", 1),
        ("unknown_endpoint", "generic", f"POST {HOST}/backend-api/brand_new_feature/{{id}}", 1),
        ("answer_shape", "chatgpt_web", f"POST {HOST}{CONVERSATION}", 1),
    }
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for r in records:
        assert not list(validator.iter_errors(r)), r
    text = json.dumps(records)
    assert PROMPT_WORDS not in text and "6f1c2a7e" not in text and "abc123" not in text and "127.0.0.1" not in text

    logdir = str(proxy.audit_log.parent)
    verified = cli("audit", "verify", logdir)
    assert verified.returncode == 0, verified.stdout + verified.stderr  # drift records are links of the chain
    report = json.loads(cli("report", logdir, "--format", "json").stdout)
    health = report["adapter_health"]
    row = health[f"chatgpt chatgpt_web POST {HOST}{CONVERSATION}"]
    assert (row["unparsed"], row["unknown_endpoint"], row["answer_shape"]) == (1, 0, 1)
    assert health[f"chatgpt generic POST {HOST}/backend-api/brand_new_feature/{{id}}"]["unknown_endpoint"] == 1
    for lang, heading, line in [
        ("en", "Adapter health (apps that changed)", "Unparsed: 1, unknown endpoint: 1, answer shape: 1."),
        (
            "nl",
            "Gezondheid van de adapters (veranderde apps)",
            "Niet gelezen: 1, onbekend endpoint: 1, antwoordvorm: 1.",
        ),
    ]:
        html = cli("report", logdir, "--format", "html", "--lang", lang).stdout
        section = html[html.index('id="drift"') :]
        section = section[: section.index("</section>")]
        assert heading in section and line in section
        assert f"POST {HOST}/backend-api/brand_new_feature/{{id}}" in section
        assert PROMPT_WORDS not in html
