"""Screenshots inline in API requests (issue 20), read by OCR in the real proxy process: the
official openai and anthropic SDKs send a `data:` PNG (OpenAI chat `image_url`) or a base64 image
block (Anthropic) through the proxy to the fake upstream over real TLS.

A screenshot holding a BSN is blocked with the notice naming the type (an image cannot be masked);
a screenshot of harmless text reaches the vendor byte for byte; text beside an image is masked
while the image's bytes stay as they were. The PNGs are rendered here with Pillow and DejaVu Sans.
"""

from __future__ import annotations

import base64
import io
import json
import re
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import pytest
from PIL import Image, ImageDraw, ImageFont

from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess
from tests.e2e.sdk_clients import Sent, anthropic_client

pytestmark = pytest.mark.e2e

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BSN = "111222333"  # passes the eleven check
EMAIL = "jan.jansen@voorbeeldklant.nl"
RECORD_LINES = ["Klantdossier 2024-118", "Naam: Jan Jansen", f"BSN: {BSN}", "Status: in behandeling"]
HARMLESS_LINES = ["Build failed", "Step 3 of 7: npm run lint", "2 warnings, 0 errors", "Retry the pipeline"]


def screenshot(lines: list[str]) -> bytes:
    """A PNG like a small dialog: dark text on white, 20 px DejaVu Sans."""
    image = Image.new("RGB", (640, 60 + 34 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 20)
    draw.rectangle((0, 0, 639, 30), fill=(230, 230, 235))
    for i, line in enumerate(lines):
        draw.text((24, 48 + 34 * i), line, fill=(20, 20, 20), font=font)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@pytest.fixture
def sent() -> Sent:
    return Sent()


@pytest.fixture
def openai_client(proxy: ProxyProcess, sent: Sent) -> Iterator[openai.OpenAI]:
    http_client = httpx.Client(
        proxy=proxy.url,
        verify=ssl.create_default_context(cafile=str(proxy.ca)),
        timeout=60,
        event_hooks={"request": [sent.hook]},
    )
    yield openai.OpenAI(api_key="sk-test-not-a-real-key", http_client=http_client, max_retries=0)
    http_client.close()


@pytest.fixture
def claude(approved_proxy: ProxyProcess) -> Iterator[anthropic.Anthropic]:
    client = anthropic_client(approved_proxy)
    yield client
    client.close()


def chat_with_image(png: bytes, text: str) -> list[Any]:
    url = "data:image/png;base64," + b64(png)
    return [
        {"role": "user", "content": [{"type": "text", "text": text}, {"type": "image_url", "image_url": {"url": url}}]}
    ]


def claude_with_image(png: bytes, text: str) -> list[Any]:
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": b64(png)}}
    return [{"role": "user", "content": [image, {"type": "text", "text": text}]}]


def assert_clean(proxy: ProxyProcess) -> None:
    """No value read from a screenshot anywhere in the decision log or the event log."""
    for text in (proxy.log_text(), "".join(proxy.output)):
        assert BSN not in text and "Jan Jansen" not in text and EMAIL not in text


def test_when_an_openai_chat_image_shows_a_bsn_then_it_is_blocked_naming_the_type(
    openai_client: openai.OpenAI, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    with pytest.raises(openai.PermissionDeniedError) as excinfo:
        openai_client.chat.completions.create(
            model="gpt-4o",
            messages=chat_with_image(screenshot(RECORD_LINES), "Wat is de status van dit dossier?"),
            extra_headers={"Accept-Language": "en"},
        )
    assert upstream.received == []
    message = excinfo.value.body["message"]  # type: ignore[index]
    assert "BSN" in message and BSN not in message
    records = proxy.records()[before:]
    assert len(records) == 1 and records[0]["action"] == "block"
    assert records[0]["entities"].get("NL_BSN") == 1
    assert records[0]["decision_id"] in message
    assert_clean(proxy)


def test_when_an_openai_chat_image_shows_harmless_text_then_the_request_arrives_byte_for_byte(
    openai_client: openai.OpenAI, upstream: FakeUpstream, sent: Sent, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    reply = openai_client.chat.completions.create(
        model="gpt-4o", messages=chat_with_image(screenshot(HARMLESS_LINES), "Waarom faalt de build?")
    )
    assert reply.choices[0].message.content == "Hello from the fake upstream."
    assert len(upstream.received) == 1
    assert upstream.received[0].body == sent.bodies[0]
    assert [r["action"] for r in proxy.records()[before:]] == ["allow"]


def test_when_text_beside_a_harmless_image_is_masked_then_the_image_arrives_unchanged(
    openai_client: openai.OpenAI, upstream: FakeUpstream, sent: Sent
) -> None:
    png = screenshot(HARMLESS_LINES)
    openai_client.chat.completions.create(
        model="gpt-4o", messages=chat_with_image(png, f"Stuur dit naar {EMAIL} en vraag waarom de build faalt.")
    )
    doc = json.loads(upstream.received[0].body)
    content = doc["messages"][0]["content"]
    assert re.fullmatch(r"Stuur dit naar \[EMAIL_ADDRESS_\d+\] en vraag waarom de build faalt\.", content[0]["text"])
    assert content[1]["image_url"]["url"] == json.loads(sent.bodies[0])["messages"][0]["content"][1]["image_url"]["url"]
    assert base64.b64decode(content[1]["image_url"]["url"].split(",", 1)[1]) == png


def test_when_an_anthropic_image_block_shows_a_bsn_then_it_is_blocked_naming_the_type(
    claude: anthropic.Anthropic, upstream: FakeUpstream, approved_proxy: ProxyProcess
) -> None:
    before = len(approved_proxy.records())
    with pytest.raises(anthropic.PermissionDeniedError) as excinfo:
        claude.messages.create(
            model="claude-sonnet-4-6",
            max_tokens=100,
            messages=claude_with_image(screenshot(RECORD_LINES), "Vat dit dossier samen."),
            extra_headers={"Accept-Language": "en"},
        )
    assert upstream.received == []
    message = excinfo.value.body["error"]["message"]  # type: ignore[index]
    assert "BSN" in message and BSN not in message
    records = approved_proxy.records()[before:]
    assert len(records) == 1 and records[0]["action"] == "block"
    assert records[0]["entities"].get("NL_BSN") == 1
    assert_clean(approved_proxy)


def test_when_an_anthropic_image_block_shows_harmless_text_then_the_request_arrives_byte_for_byte(
    claude: anthropic.Anthropic, upstream: FakeUpstream, approved_proxy: ProxyProcess
) -> None:
    before = len(approved_proxy.records())
    png = screenshot(HARMLESS_LINES)
    reply = claude.messages.create(
        model="claude-sonnet-4-6", max_tokens=100, messages=claude_with_image(png, "Waarom faalt de build?")
    )
    assert reply.content
    assert len(upstream.received) == 1
    doc = json.loads(upstream.received[0].body)
    assert base64.b64decode(doc["messages"][0]["content"][0]["source"]["data"]) == png
    assert doc["messages"][0]["content"][1]["text"] == "Waarom faalt de build?"
    assert [r["action"] for r in approved_proxy.records()[before:]] == ["allow"]
