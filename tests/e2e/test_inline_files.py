"""Documents inline in API requests, read by the real proxy process: the official openai and
anthropic SDKs send a PDF as a chat `file` content part (OpenAI) or a base64 `document` block
(Anthropic) through the proxy to the fake upstream over real TLS.

A PDF holding personal data is blocked (it cannot be masked inside the document) with the notice
naming the reason; a PDF without any reaches the vendor byte for byte (it used to be refused as
unreadable). The PDFs are built by tests.unit.uploads.builders.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import anthropic
import openai
import pytest

from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess
from tests.e2e.sdk_clients import Sent
from tests.e2e.test_inline_images import b64, claude, openai_client, sent
from tests.unit.uploads.builders import BSN, EMAIL, LINE, NAME, make_pdf

__all__ = ["claude", "openai_client", "sent"]  # the SDK fixtures of the inline-image tests, used by name

pytestmark = pytest.mark.e2e

DOSSIER = make_pdf([["Klantdossier 2024-118", LINE]])
PRODUCT_SHEET = make_pdf([["Productblad ErgoDesk 160", "Afmetingen: 160 x 80 cm", "Garantie: 5 jaar"]])
NOT_MASKABLE = "cannot be masked inside a document"


def chat_with_pdf(pdf: bytes, text: str) -> list[Any]:
    part = {"type": "file", "file": {"filename": "bijlage.pdf", "file_data": "data:application/pdf;base64," + b64(pdf)}}
    return [{"role": "user", "content": [{"type": "text", "text": text}, part]}]


def claude_with_pdf(pdf: bytes, text: str) -> list[Any]:
    document = {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": b64(pdf)}}
    return [{"role": "user", "content": [document, {"type": "text", "text": text}]}]


def assert_clean(proxy: ProxyProcess) -> None:
    """No value read from a document anywhere in the decision log or the event log."""
    for text in (proxy.log_text(), "".join(proxy.output)):
        assert BSN not in text and NAME not in text and EMAIL not in text


def test_when_an_openai_chat_pdf_holds_personal_data_then_it_is_blocked_as_not_maskable(
    openai_client: openai.OpenAI, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    with pytest.raises(openai.PermissionDeniedError) as excinfo:
        openai_client.chat.completions.create(
            model="gpt-4o",
            messages=chat_with_pdf(DOSSIER, "Vat dit dossier samen."),
            extra_headers={"Accept-Language": "en"},
        )
    assert upstream.received == []
    message = excinfo.value.body["message"]  # type: ignore[index]
    assert NOT_MASKABLE in message and BSN not in message
    [record] = proxy.records()[before:]
    assert (record["action"], record["fail_reason"]) == ("block", "file_not_maskable")
    assert record["entities"].get("NL_BSN") == 1 and record["decision_id"] in message
    assert_clean(proxy)


def test_when_an_openai_chat_pdf_is_harmless_then_the_request_arrives_byte_for_byte(
    openai_client: openai.OpenAI, upstream: FakeUpstream, sent: Sent, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    reply = openai_client.chat.completions.create(
        model="gpt-4o", messages=chat_with_pdf(PRODUCT_SHEET, "Maak hier drie verkoopargumenten van.")
    )
    assert reply.choices[0].message.content == "Hello from the fake upstream."
    assert len(upstream.received) == 1 and upstream.received[0].body == sent.bodies[0]
    assert [(r["action"], r["fail_reason"]) for r in proxy.records()[before:]] == [("allow", None)]


def test_when_an_anthropic_pdf_document_holds_personal_data_then_it_is_blocked_as_not_maskable(
    claude: anthropic.Anthropic, upstream: FakeUpstream, approved_proxy: ProxyProcess
) -> None:
    before = len(approved_proxy.records())
    with pytest.raises(anthropic.PermissionDeniedError) as excinfo:
        claude.messages.create(
            model="claude-sonnet-4-6",
            max_tokens=100,
            messages=claude_with_pdf(DOSSIER, "Vat dit dossier samen."),
            extra_headers={"Accept-Language": "en"},
        )
    assert upstream.received == []
    message = excinfo.value.body["error"]["message"]  # type: ignore[index]
    assert NOT_MASKABLE in message and BSN not in message
    [record] = approved_proxy.records()[before:]
    assert (record["action"], record["fail_reason"]) == ("block", "file_not_maskable")
    assert_clean(approved_proxy)


def test_when_an_anthropic_pdf_document_is_harmless_then_it_arrives_unchanged(
    claude: anthropic.Anthropic, upstream: FakeUpstream, approved_proxy: ProxyProcess
) -> None:
    before = len(approved_proxy.records())
    reply = claude.messages.create(
        model="claude-sonnet-4-6", max_tokens=100, messages=claude_with_pdf(PRODUCT_SHEET, "Drie verkoopargumenten?")
    )
    assert reply.content
    [received] = upstream.received
    doc = json.loads(received.body)
    assert base64.b64decode(doc["messages"][0]["content"][0]["source"]["data"]) == PRODUCT_SHEET
    assert [r["action"] for r in approved_proxy.records()[before:]] == ["allow"]
