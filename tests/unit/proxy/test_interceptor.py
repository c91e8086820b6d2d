"""DlpAddon through mitmproxy's test harness: hooks called directly on test flows, as mitmproxy's own addon tests do."""

from __future__ import annotations

import asyncio
import json
import shutil
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from mitmproxy import exceptions, options, tls
from mitmproxy.http import HTTPFlow
from mitmproxy.proxy import context
from mitmproxy.proxy.layers.http import HttpRequestHook
from mitmproxy.test import taddons, tflow

from dlp_proxy.proxy.interceptor import META, DlpAddon

EMAIL = "jan.jansen@voorbeeld.nl"
AWS_KEY = "AKIAQ3EGRN5T7WJXK4MZ"  # made up, in the AWS shape


@pytest.fixture
def audit_log(tmp_path: Path) -> Path:
    return tmp_path / "decisions.jsonl"


def records(audit_log: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in audit_log.read_text(encoding="utf-8").splitlines()]


def proxy(
    audit_log: Path,
    *flows: HTTPFlow,
    policy: Path,
    prepare: Callable[[DlpAddon], None] | None = None,
) -> DlpAddon:
    """Configure a DlpAddon as mitmproxy does and pass each flow through its request hook."""

    async def run() -> DlpAddon:
        addon = DlpAddon()
        with taddons.context(addon) as tctx:  # inside a running loop, as in mitmproxy's async tests
            tctx.configure(addon, dlp_policy=str(policy), dlp_audit_log=str(audit_log), dlp_reload_ms=0, dlp_workers=0)
            if prepare is not None:
                prepare(addon)
            for flow in flows:
                await addon.request(flow)
            addon.done()
        return addon

    return asyncio.run(run())


def api_flow(
    doc: Any,
    *,
    host: str = "api.openai.com",
    path: str = "/v1/chat/completions",
    content_type: str = "application/json",
    **headers: str,
) -> HTTPFlow:
    flow = tflow.tflow()
    flow.request.scheme = "https"
    flow.request.host = host
    flow.client_conn.sni = host  # the names of one flow agree (dlp_proxy.pipeline.hosts)
    flow.request.port = 443
    flow.request.method = "POST"
    flow.request.path = path
    flow.request.headers.clear()
    flow.request.headers["host"] = host
    flow.request.headers["content-type"] = content_type
    for name, value in headers.items():
        flow.request.headers[name.replace("_", "-")] = value
    flow.request.content = doc if isinstance(doc, bytes) else json.dumps(doc).encode("utf-8")
    return flow


def chat(text: str, **kwargs: Any) -> HTTPFlow:
    doc = {"model": "gpt-4o", "messages": [{"role": "user", "content": text}], "temperature": 0.3}
    return api_flow(doc, **kwargs)


# --- request ---------------------------------------------------------------------------


def test_when_a_secret_is_sent_then_the_proxy_answers_403_with_the_notice(rules_dir: Path, audit_log: Path) -> None:
    flow = chat(f"Waarom werkt {AWS_KEY} niet?", accept_language="en-GB,en;q=0.9")
    proxy(audit_log, flow, policy=rules_dir)

    assert flow.response is not None
    assert flow.response.status_code == 403
    assert flow.response.headers["x-should-retry"] == "false"
    error = json.loads(flow.response.content or b"")["error"]
    assert error["code"] == "dlp_blocked"
    assert "SECRET-BLOCK" in error["message"]
    assert "1 x password or key" in error["message"]
    assert AWS_KEY not in error["message"]
    meta = flow.metadata[META]
    assert meta["action"] == "block"
    assert meta["decision_id"] in error["message"]
    [record] = records(audit_log)
    assert (record["decision_id"], record["action"], record["entities"]) == (
        meta["decision_id"],
        "block",
        {"SECRET": 1},
    )
    assert AWS_KEY not in audit_log.read_text(encoding="utf-8")


def test_when_personal_data_goes_to_a_low_risk_tool_then_it_is_masked_in_the_forwarded_body(
    rules_dir: Path, audit_log: Path
) -> None:
    flow = chat(f"Schrijf een mail aan {EMAIL}, cc {EMAIL}.")
    proxy(audit_log, flow, policy=rules_dir)

    assert flow.response is None
    body = json.loads(flow.request.content or b"")
    assert body == {
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "Schrijf een mail aan [EMAIL_ADDRESS_1], cc [EMAIL_ADDRESS_1]."}],
        "temperature": 0.3,
    }
    assert EMAIL.encode() not in (flow.request.raw_content or b"")
    assert flow.request.headers["content-length"] == str(len(flow.request.raw_content or b""))
    assert flow.metadata[META]["action"] == "redact"
    [record] = records(audit_log)
    assert (record["action"], record["masked"], record["entities"]) == ("redact", 2, {"EMAIL_ADDRESS": 2})


def test_when_nothing_is_found_then_the_request_is_forwarded_byte_for_byte(rules_dir: Path, audit_log: Path) -> None:
    raw = b'{ "model" : "gpt-4o",\n  "messages": [{"content": "Wat is 2+2? \\u00e9", "role": "user"}] }'
    flow = api_flow(raw)
    headers_before = flow.request.headers.copy()
    proxy(audit_log, flow, policy=rules_dir)

    assert flow.response is None
    assert flow.request.raw_content == raw
    assert flow.request.headers == headers_before
    assert flow.metadata[META]["action"] == "allow"
    assert [r["action"] for r in records(audit_log)] == ["allow"]


def test_when_the_host_is_not_in_the_catalogue_then_the_flow_is_untouched_and_not_logged(
    rules_dir: Path, audit_log: Path
) -> None:
    flow = chat(f"key {AWS_KEY}, mail {EMAIL}", host="example.com")
    raw = flow.request.raw_content
    proxy(audit_log, flow, policy=rules_dir)

    assert flow.response is None
    assert flow.request.raw_content == raw
    assert META not in flow.metadata
    assert audit_log.read_text(encoding="utf-8") == ""


def test_when_an_unlisted_tool_is_used_then_the_request_is_blocked_with_the_alternative(
    rules_dir: Path, audit_log: Path
) -> None:
    flow = api_flow({"model": "claude", "messages": [{"role": "user", "content": "Hallo"}]},
                    host="api.anthropic.com", path="/v1/messages", accept_language="en")  # fmt: skip
    proxy(audit_log, flow, policy=rules_dir)

    assert flow.response is not None
    assert flow.response.status_code == 403
    message = json.loads(flow.response.content or b"")["error"]["message"]
    assert "TOOL-UNLISTED" in message
    assert "Use instead: OpenAI API (bedrijfsaccount)" in message
    assert records(audit_log)[0]["rule_id"] == "TOOL-UNLISTED"


def test_when_detection_raises_then_the_request_is_blocked_fail_closed_and_still_logged(
    rules_dir: Path, audit_log: Path
) -> None:
    def broken_detector(addon: DlpAddon) -> None:
        assert addon.state is not None

        def scan(text: str, language: str | None = None) -> list[Any]:
            raise RuntimeError("detector crashed")

        addon.state.scanner.detector.scan = scan  # type: ignore[method-assign]

    flow = chat("Een onschuldige vraag", accept_language="en")
    proxy(audit_log, flow, policy=rules_dir, prepare=broken_detector)

    assert flow.response is not None
    assert flow.response.status_code == 403
    message = json.loads(flow.response.content or b"")["error"]["message"]
    assert "could not be checked" in message
    assert "FAIL-CLOSED" in message
    [record] = records(audit_log)
    assert (record["action"], record["rule_id"], record["detection_failed"], record["fail_reason"]) == (
        "block",
        "FAIL-CLOSED",
        True,
        "internal_error",
    )
    assert record["decision_id"] == flow.metadata[META]["decision_id"]


def test_when_the_body_is_not_json_then_the_request_is_blocked_as_unreadable(rules_dir: Path, audit_log: Path) -> None:
    flow = api_flow(b'{"messages": [{"role": "user", "content": "' + EMAIL.encode())
    proxy(audit_log, flow, policy=rules_dir)

    assert flow.response is not None
    assert flow.response.status_code == 403
    [record] = records(audit_log)
    assert (record["rule_id"], record["fail_reason"]) == ("FAIL-CLOSED", "unreadable_body")
    assert EMAIL not in audit_log.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "make_flow",
    [lambda: tflow.tflow(resp=True), lambda: tflow.tflow(err=True), lambda: tflow.tflow(live=False)],
    ids=["answered", "errored", "not-live"],
)
def test_when_the_flow_is_answered_failed_or_replayed_then_the_hook_leaves_it_alone(
    rules_dir: Path, audit_log: Path, make_flow: Callable[[], HTTPFlow]
) -> None:
    flow = make_flow()
    flow.request.host = "api.openai.com"
    flow.request.method = "POST"
    flow.request.path = "/v1/chat/completions"
    flow.request.content = json.dumps({"messages": [{"role": "user", "content": AWS_KEY}]}).encode()
    response_before = flow.response
    proxy(audit_log, flow, policy=rules_dir)

    assert flow.response is response_before
    assert META not in flow.metadata
    assert audit_log.read_text(encoding="utf-8") == ""


def test_when_a_client_sends_the_identity_header_then_it_is_not_forwarded(rules_dir: Path, audit_log: Path) -> None:
    flow = chat("Hallo", x_authenticated_user="mallory")
    proxy(audit_log, flow, policy=rules_dir)

    assert "x-authenticated-user" not in flow.request.headers
    # Not from a trusted proxy: the address stays the identity.
    assert records(audit_log)[0]["user"] == flow.client_conn.peername[0]


def test_when_an_edited_policy_is_invalid_then_configure_refuses_it_and_keeps_the_running_one(
    tmp_path: Path, rules_dir: Path, audit_log: Path
) -> None:
    good = Path(shutil.copytree(rules_dir, tmp_path / "good"))
    broken = Path(shutil.copytree(rules_dir, tmp_path / "broken"))
    (broken / "rules.yaml").write_text("rules:\n  - id: X\n    action: explode\n", encoding="utf-8")
    addon = DlpAddon()
    with taddons.context(addon) as tctx:
        tctx.configure(addon, dlp_policy=str(good), dlp_audit_log=str(audit_log), dlp_reload_ms=0, dlp_workers=0)
        assert addon.state is not None
        running = addon.state.policy.version
        with pytest.raises(exceptions.OptionsError, match="rules.yaml"):
            tctx.configure(addon, dlp_policy=str(broken))
        # mitmproxy rolls the option back and configures again: the good policy stays.
        assert tctx.options.dlp_policy == str(good)
        assert addon.state.policy.version == running
        addon.done()


def through_mitmproxy(audit_log: Path, flow: HTTPFlow, *, policy: Path, prepare: Callable[[DlpAddon], None]) -> None:
    """Deliver the request hook the way mitmproxy does: an exception is logged, and the flow goes on."""

    async def run() -> None:
        addon = DlpAddon()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, dlp_policy=str(policy), dlp_audit_log=str(audit_log), dlp_reload_ms=0, dlp_workers=0)
            prepare(addon)
            await tctx.master.addons.handle_lifecycle(HttpRequestHook(flow))
            addon.done()

    asyncio.run(run())


def disk_full(addon: DlpAddon) -> None:
    """Make the decision log fail as a full disk does."""
    assert addon.state is not None

    def emit(record: dict[str, Any]) -> None:  # in the log's writer thread, as a full disk would
        raise OSError(28, "No space left on device")

    addon.state.log._emit = emit  # type: ignore[method-assign]


def test_when_identifying_the_user_raises_then_the_request_is_still_blocked(
    rules_dir: Path, audit_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unavailable(*args: object, **kwargs: object) -> tuple[str, str]:
        raise KeyError("identity source unavailable")

    flow = chat(f"key {AWS_KEY}")
    through_mitmproxy(
        audit_log,
        flow,
        policy=rules_dir,
        prepare=lambda addon: monkeypatch.setattr("dlp_proxy.proxy.flows.identify", unavailable),
    )
    assert flow.response is not None
    assert flow.response.status_code == 403


def test_when_the_decision_log_cannot_be_written_then_a_blocked_request_is_still_blocked(
    rules_dir: Path, audit_log: Path
) -> None:
    flow = chat(f"key {AWS_KEY}")
    through_mitmproxy(audit_log, flow, policy=rules_dir, prepare=disk_full)
    assert flow.response is not None
    assert flow.response.status_code == 403


def test_when_the_decision_log_cannot_be_written_then_an_allowed_request_is_held_back_too(
    rules_dir: Path, audit_log: Path
) -> None:
    benign = chat("Wat is de hoofdstad van Frankrijk?")
    through_mitmproxy(audit_log, benign, policy=rules_dir, prepare=disk_full)
    assert benign.response is not None and benign.response.status_code == 403
    assert b"dlp_unavailable" in (benign.response.content or b"")


# --- tls_clienthello -------------------------------------------------------------------


def client_hello(sni: str | None, server_address: tuple[str, int] | None = None) -> tls.ClientHelloData:
    ctx = context.Context(tflow.tclient_conn(), options.Options())
    ctx.server.address = server_address
    return tls.ClientHelloData(ctx, mock.Mock(sni=sni))


@pytest.mark.parametrize(
    ("sni", "server_address", "ignored"),
    [
        ("api.openai.com", None, False),
        ("chatgpt.com", None, False),
        ("API.OPENAI.COM", None, False),
        ("example.com", None, True),
        ("bank.example.nl", ("bank.example.nl", 443), True),
        ("openai.com", None, True),  # only the catalogue's hosts
        (None, ("api.openai.com", 443), False),  # no SNI: the destination address decides
        # An IP literal without SNI names its destination only in the Host header: decrypted to read it.
        (None, ("203.0.113.9", 443), False),
        ("example.com", ("203.0.113.9", 443), True),
        ("api.openai.com", ("203.0.113.9", 443), False),  # an IP literal with an AI SNI
        ("example.org", ("api.openai.com", 443), False),  # names disagree: decrypted, then refused
        (None, None, True),
    ],
)
def test_when_a_tls_connection_starts_then_only_catalogue_hosts_are_decrypted(
    rules_dir: Path, audit_log: Path, sni: str | None, server_address: tuple[str, int] | None, ignored: bool
) -> None:
    addon = proxy(audit_log, policy=rules_dir)
    data = client_hello(sni, server_address)
    addon.tls_clienthello(data)
    assert data.ignore_connection is ignored


def test_when_the_addon_is_not_configured_then_every_tls_connection_is_tunnelled() -> None:
    data = client_hello("api.openai.com")
    DlpAddon().tls_clienthello(data)
    assert data.ignore_connection is True


# --- responseheaders -------------------------------------------------------------------


def answer(flow: HTTPFlow, content_type: str) -> None:
    flow.response = tflow.tresp()
    flow.response.headers["content-type"] = content_type


def test_when_a_masked_request_gets_an_event_stream_then_it_is_streamed_and_marked(
    rules_dir: Path, audit_log: Path
) -> None:
    flow = chat(f"Mail {EMAIL}", accept_language="en")
    addon = proxy(audit_log, flow, policy=rules_dir)
    answer(flow, "text/event-stream; charset=utf-8")
    addon.responseheaders(flow)

    assert flow.response is not None
    assert flow.response.stream is True
    assert flow.response.headers["x-dlp-action"] == "redact"
    assert flow.response.headers["x-dlp-decision-id"] == flow.metadata[META]["decision_id"]
    assert flow.response.headers["x-dlp-notice"].startswith("Sent with data masked by the AI policy")
    assert EMAIL not in flow.response.headers["x-dlp-notice"]


def perplexity_approved(rules_dir: Path, tmp_path: Path) -> Path:
    """The bundled policy with Perplexity approved for low risk (its adapter can carry a mask note)."""
    copy = tmp_path / "rules"
    shutil.copytree(rules_dir, copy)
    tools = copy / "tools.yaml"
    text = tools.read_text(encoding="utf-8")
    head, sep, tail = text.partition("  - id: perplexity\n")
    tail = tail.replace("    status: unlisted\n", "    status: approved\n    approved_for: low\n", 1)
    tools.write_text(head + sep + tail, encoding="utf-8")
    return copy


def perplexity_flow(text: str) -> HTTPFlow:
    body = {"query_str": text, "params": {"dsl_query": text, "language": "nl-NL", "mode": "concise"}}
    flow = tflow.tflow()
    flow.request.host = flow.client_conn.sni = "www.perplexity.ai"
    flow.request.port = 443
    flow.request.scheme = "https"
    flow.request.method = "POST"
    flow.request.path = "/rest/sse/perplexity_ask"
    flow.request.headers["content-type"] = "application/json"
    flow.request.headers["accept"] = "text/event-stream"
    flow.request.headers["accept-language"] = "en"
    flow.request.content = json.dumps(body).encode()
    return flow


@pytest.mark.parametrize("encoding", [None, "gzip"])
def test_when_a_masked_prompt_gets_its_streamed_answer_then_the_note_leads_the_stream_once(
    rules_dir: Path, audit_log: Path, tmp_path: Path, encoding: str | None
) -> None:
    flow = perplexity_flow(f"Who is {EMAIL}?")
    addon = proxy(audit_log, flow, policy=perplexity_approved(rules_dir, tmp_path))
    assert flow.metadata[META]["action"] == "redact"
    answer(flow, "text/event-stream")
    if encoding:  # compressed: decoded, the note put in front, encoded again chunk by chunk
        flow.response.headers["content-encoding"] = encoding  # type: ignore[union-attr]
    addon.responseheaders(flow)

    assert flow.response is not None
    stream = flow.response.stream
    assert callable(stream)
    packer = zlib.compressobj(wbits=31)
    unpacker = zlib.decompressobj(wbits=31)

    def sent(chunk: bytes) -> bytes:
        got = stream(chunk)
        return got if isinstance(got, bytes) else b"".join(got)

    def through(chunk: bytes) -> bytes:
        if not encoding:
            return sent(chunk)
        if not chunk:  # the end: the gzip trailer, then mitmproxy's empty call
            return unpacker.decompress(sent(packer.flush(zlib.Z_FINISH)) + sent(b""))
        return unpacker.decompress(sent(packer.compress(chunk) + packer.flush(zlib.Z_SYNC_FLUSH)))

    first, second = through(b"event: message\ndata: {}\n\n"), through(b"data: 2\n\n")
    through(b"")
    prefix = flow.metadata[META]["answer_prefix"]
    assert prefix and first == prefix + b"event: message\ndata: {}\n\n" and second == b"data: 2\n\n"
    assert b"masked" in prefix and flow.metadata[META]["decision_id"].encode() in prefix
    assert EMAIL.encode() not in prefix
    if encoding:
        assert unpacker.eof  # the encoded stream was finished properly


def test_when_an_allowed_request_gets_json_then_it_is_neither_streamed_nor_marked(
    rules_dir: Path, audit_log: Path
) -> None:
    flow = chat("Wat is 2+2?")
    addon = proxy(audit_log, flow, policy=rules_dir)
    answer(flow, "application/json")
    addon.responseheaders(flow)

    assert flow.response is not None
    assert not flow.response.stream
    assert "x-dlp-action" not in flow.response.headers


def test_when_an_allowed_request_gets_an_event_stream_then_it_is_streamed_unmarked(
    rules_dir: Path, audit_log: Path
) -> None:
    flow = chat("Wat is 2+2?")
    addon = proxy(audit_log, flow, policy=rules_dir)
    answer(flow, "text/event-stream")
    addon.responseheaders(flow)

    assert flow.response is not None
    assert flow.response.stream is True
    assert "x-dlp-action" not in flow.response.headers


def test_when_policy_says_audit_failures_fail_open_then_the_request_goes_on(
    rules_dir: Path, audit_log: Path, tmp_path: Path
) -> None:
    import shutil

    policy_dir = tmp_path / "rules"
    shutil.copytree(rules_dir, policy_dir, ignore=shutil.ignore_patterns("tests"))
    settings = policy_dir / "policy.yaml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("  audit_fail_mode: block\n", "  audit_fail_mode: allow\n"),
        encoding="utf-8",
    )

    benign = chat("Wat is de hoofdstad van Frankrijk?")
    through_mitmproxy(audit_log, benign, policy=policy_dir, prepare=disk_full)
    assert benign.response is None  # forwarded, as this policy chose
