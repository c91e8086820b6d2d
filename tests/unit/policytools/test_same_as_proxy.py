"""`policy test` and `policy explain` say what the running proxy does.

Every case of the shipped policy's own tests (rules/tests/) and a set of hand-made requests go
through the proxy's addon (mitmproxy's test harness: host identity, body decoding, the
interceptor, the pipeline, the decision log) and through the policy tools
(dlp_proxy.policytools); both must give the same action, rule, fail reason and notice. This test
reads the shipped rules/ on purpose: it checks that policy, whatever an operator makes of it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from mitmproxy.http import HTTPFlow
from mitmproxy.test import taddons, tflow

from dlp_proxy.adapters import RequestView
from dlp_proxy.detection.factory import build_detector
from dlp_proxy.policy import Policy, load_policy
from dlp_proxy.policytools.cases import load_cases
from dlp_proxy.policytools.evaluate import EXPLAIN_ID, Evaluation, evaluate, prompt_request
from dlp_proxy.proxy.interceptor import META, DlpAddon
from tests.unit.uploads.builders import make_docx

RULES = Path(__file__).resolve().parents[3] / "rules"  # the shipped policy, on purpose (see above)
CODE = re.compile(r"DLP-OK [A-Z2-7]{8}")


# The decision record's fields both sides must agree on (ids, times and the user's address aside).
COMPARED = ("action", "would_action", "rule_id", "exception_id", "fail_reason", "detection_failed", "data_classes",
            "entities", "masked", "justification")  # fmt: skip


@dataclass(frozen=True)
class Outcome:
    """What one side said about a request, comparable across the two."""

    record: dict[str, Any]
    notice: str | None


@pytest.fixture(scope="module")
def shipped() -> Policy:
    return load_policy(RULES)


def flow_for(view: RequestView, user: str) -> HTTPFlow:
    flow = tflow.tflow()
    flow.request.scheme, flow.request.host, flow.request.port = "https", view.host, 443
    flow.client_conn.sni = view.host
    flow.request.method, flow.request.path = view.method, view.path
    flow.request.headers.clear()
    flow.request.headers["host"] = view.host
    for name, value in view.headers.items():
        flow.request.headers[name] = value
    flow.request.content = view.body
    if user:
        flow.metadata["proxyauth"] = (user, "")
    return flow


@contextmanager
def judged_on(day: dt.date | None) -> Iterator[None]:
    """The proxy decides as on `day` (cases with dated exceptions), like `policy test --date`."""
    if day is None:
        yield
        return

    class Day(dt.date):
        @classmethod
        def today(cls) -> Day:
            return cls(day.year, day.month, day.day)

    import dlp_proxy.policy.decision as decision

    saved = decision.date
    decision.date = Day  # type: ignore[misc]
    try:
        yield
    finally:
        decision.date = saved  # type: ignore[misc]


def through_proxy(tmp_path: Path, script: Callable[[DlpAddon], Awaitable[None]]) -> dict[str, dict[str, Any]]:
    """Run `script` against a configured addon; the decision records by decision id."""
    log = tmp_path / "decisions.jsonl"

    async def run() -> None:
        addon = DlpAddon()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, dlp_policy=str(RULES), dlp_audit_log=str(log), dlp_reload_ms=0, dlp_workers=0)
            await script(addon)
            addon.done()

    asyncio.run(run())
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    return {r["decision_id"]: r for r in rows}


def proxy_outcome(flow: HTTPFlow, records: dict[str, dict[str, Any]], *fields: str) -> Outcome:
    meta = flow.metadata[META]
    notice = meta["notice"]
    if notice is not None:  # the policy tools show no decision id and a placeholder code
        notice = CODE.sub("DLP-OK <CODE>", notice.replace(meta["decision_id"], EXPLAIN_ID))
    record = records[meta["decision_id"]]
    return Outcome({k: record[k] for k in (*COMPARED, *fields)}, notice)


def tools_outcome(ev: Evaluation, *fields: str) -> Outcome:
    return Outcome({k: ev.verdict.record[k] for k in (*COMPARED, *fields)}, ev.notice)


def test_every_case_of_the_shipped_policy_gets_the_same_judgement_from_proxy_and_policy_tools(
    tmp_path: Path, shipped: Policy
) -> None:
    cases = [lc.case for lc in load_cases(RULES / "tests")]
    tools = {t.id: t for t in shipped.tools}
    flows: list[HTTPFlow] = []

    async def script(addon: DlpAddon) -> None:
        for case in cases:
            view = (
                case.request.view() if case.request is not None else prompt_request(tools[case.tool], case.text or "")
            )
            flows.append(flow_for(view, case.user))
            with judged_on(case.date):
                await addon.request(flows[-1])

    records = through_proxy(tmp_path, script)
    detector = build_detector(shipped).load()  # as `dlp-proxy policy test` builds it
    mismatches = []
    for case, flow in zip(cases, flows, strict=True):
        assert records[flow.metadata[META]["decision_id"]]["tool"] == case.tool, case.name
        request = case.request.view() if case.request is not None else None
        ev = evaluate(
            shipped, detector, case.text, tool=tools[case.tool], request=request, user=case.user, today=case.date
        )
        proxy, policy_tools = proxy_outcome(flow, records), tools_outcome(ev)
        if proxy != policy_tools:
            mismatches.append(f"{case.name}:\n  proxy        {proxy}\n  policy tools {policy_tools}")
    assert len(cases) >= 30
    assert not mismatches, "\n".join(mismatches)


EMAIL = "m.bakker@example.nl"
IBAN = "NL91ABNA0417164300"
AWS_KEY = "AKIAQ3EGRN5T7WJXK4MZ"  # made up, in the AWS shape
JSON = {"content-type": "application/json"}
CHAT = "/v1/chat/completions"


def chat(*messages: str, **extra: Any) -> bytes:
    doc = {"model": "gpt-4o", "messages": [{"role": "user", "content": m} for m in messages], **extra}
    return json.dumps(doc).encode("utf-8")


# Hand-made requests in the shapes clients send: (name, request, user).
REQUESTS: list[tuple[str, RequestView, str]] = [
    ("plain prompt", RequestView("POST", "api.openai.com", CHAT, JSON, chat("Leg uit wat een SLA is.")), ""),
    ("personal data masked", RequestView("POST", "api.openai.com", CHAT, JSON, chat(f"Mail {EMAIL}, IBAN {IBAN}")), ""),
    (
        "value in a tool description (closed world, masked in place)",
        RequestView(
            "POST",
            "api.openai.com",
            CHAT,
            JSON,
            chat("Wat is het weer?", tools=[{"type": "function", "function": {"name": "f", "description": EMAIL}}]),
        ),
        "",
    ),
    (
        "value in an object key (cannot be masked)",
        RequestView("POST", "api.openai.com", CHAT, JSON, chat("Hallo", metadata={EMAIL: "x"})),
        "",
    ),
    (
        "duplicate keys (refused)",
        RequestView(
            "POST",
            "api.openai.com",
            CHAT,
            JSON,
            b'{"model":"m","messages":[],"messages":[{"role":"user","content":"x"}]}',
        ),
        "",
    ),
    ("secret blocked", RequestView("POST", "api.openai.com", CHAT, JSON, chat(f"key {AWS_KEY} werkt niet")), ""),
    ("value in the query string", RequestView("POST", "api.openai.com", f"{CHAT}?note={EMAIL}", JSON, chat("Hoi")), ""),
    (
        "value in a header",
        RequestView("POST", "api.openai.com", CHAT, {**JSON, "x-note": EMAIL}, chat("Hoi")),
        "",
    ),
    (
        "internal marking asks for a reason",
        RequestView("POST", "api.openai.com", CHAT, JSON, chat("VERTROUWELIJK - vat dit jaarplan samen.")),
        "",
    ),
    (
        "a DLP-OK line with a wrong code",
        RequestView(
            "POST",
            "api.openai.com",
            CHAT,
            JSON,
            chat("VERTROUWELIJK - vat samen.\nDLP-OK AAAAAAAA: nodig voor de klant"),
        ),
        "",
    ),
    (
        "unlisted API",
        RequestView("POST", "api.anthropic.com", "/v1/messages", JSON, b'{"model":"c","messages":[]}'),
        "",
    ),
    (
        "unlisted web app opened in a browser tab (block page)",
        RequestView(
            "GET",
            "claude.ai",
            "/new",
            {"accept": "text/html,application/xhtml+xml", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document"},
            b"",
        ),
        "",
    ),
    (
        "a Word file with personal data (cannot be masked in a document)",
        RequestView(
            "PUT",
            "files.oaiusercontent.com",
            "/file-abc123",
            {"content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
            make_docx(f"Contactpersoon: {EMAIL}"),
        ),
        "",
    ),
    (
        "a body over the size limit (fail mode)",
        RequestView("POST", "api.openai.com", CHAT, JSON, chat("x" * (10 * 1024 * 1024 + 1))),
        "",
    ),
    (
        "an unknown endpoint of an approved tool",
        RequestView("POST", "chatgpt.com", "/backend-api/nieuw", JSON, chat(EMAIL)),
        "",
    ),
]


@pytest.mark.parametrize("name", [name for name, _, _ in REQUESTS])
def test_hand_made_requests_get_the_same_judgement_from_proxy_and_policy_tools(
    tmp_path: Path, shipped: Policy, name: str, explain_detector: Any
) -> None:
    _, view, user = next(r for r in REQUESTS if r[0] == name)
    flow = flow_for(view, user)

    async def script(addon: DlpAddon) -> None:
        await addon.request(flow)

    records = through_proxy(tmp_path, script)
    record = records[flow.metadata[META]["decision_id"]]
    tool = next(t for t in shipped.tools if t.id == record["tool"])
    proxied = RequestView(view.method, view.host, view.path, {"host": view.host, **view.headers}, view.body)
    ev = evaluate(shipped, explain_detector, tool=tool, request=proxied, user=user)
    # Here both read the same request with the same adapter, so the endpoint (block page or not) agrees too.
    assert proxy_outcome(flow, records, "adapter", "endpoint") == tools_outcome(ev, "adapter", "endpoint")


def test_a_prompt_released_with_a_code_is_judged_alike(tmp_path: Path, shipped: Policy, explain_detector: Any) -> None:
    held = flow_for(RequestView("POST", "api.openai.com", CHAT, JSON, chat("VERTROUWELIJK - vat dit samen.")), "")
    flows: list[HTTPFlow] = []
    sent: list[bytes] = []

    async def script(addon: DlpAddon) -> None:
        await addon.request(held)
        code = CODE.search(held.metadata[META]["notice"])
        assert code is not None
        line = f"VERTROUWELIJK - vat dit samen.\n{code.group()}: nodig voor offerte aan {EMAIL}"
        sent.append(chat(line))
        flows.append(flow_for(RequestView("POST", "api.openai.com", CHAT, JSON, sent[0]), ""))
        await addon.request(flows[0])

    records = through_proxy(tmp_path, script)
    released = flows[0]
    view = RequestView("POST", "api.openai.com", CHAT, {"host": "api.openai.com", **JSON}, sent[0])
    assert released.request.content is not None and b"DLP-OK" not in released.request.content  # never forwarded
    ev = evaluate(shipped, explain_detector, tool=shipped.tools[0], request=view, justified=True)
    proxied = proxy_outcome(released, records)
    assert (
        proxied.record["action"] == "allow"
        and proxied.record["justification"] == "nodig voor offerte aan [EMAIL_ADDRESS_1]"
    )
    assert proxied == tools_outcome(ev)


@pytest.fixture(scope="module")
def explain_detector(shipped: Policy) -> Any:
    return build_detector(shipped).load()
