"""Official SDK clients pointed at the proxy under test and trusting its CA (no environment variables)."""

from __future__ import annotations

import ssl

import anthropic
import anthropic._base_client
import httpx
from google import genai
from google.genai import types

from tests.e2e.proxy_process import ProxyProcess


def anthropic_client(proxy: ProxyProcess) -> anthropic.Anthropic:
    # anthropic 2.x checks for an httpx2.Client, older releases for an httpx.Client: use the one it imports.
    http = getattr(anthropic._base_client, "httpx2", None) or httpx
    http_client = http.Client(proxy=proxy.url, verify=ssl.create_default_context(cafile=str(proxy.ca)), timeout=30)
    return anthropic.Anthropic(
        api_key="sk-ant-test-not-a-real-key",
        base_url="https://api.anthropic.com",
        http_client=http_client,
        max_retries=0,
    )


def genai_client(proxy: ProxyProcess) -> genai.Client:
    # google-genai builds its own httpx client from `client_args` (google/genai/_api_client.py).
    return genai.Client(
        api_key="test-not-a-real-key",
        vertexai=False,
        http_options=types.HttpOptions(
            base_url="https://generativelanguage.googleapis.com",
            client_args={"proxy": proxy.url, "verify": ssl.create_default_context(cafile=str(proxy.ca)), "timeout": 30},
        ),
    )


class Sent:
    """The request bodies exactly as the SDK put them on the wire (captured by httpx's request hook)."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    def hook(self, request: httpx.Request) -> None:
        self.bodies.append(request.read())
