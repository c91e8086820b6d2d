"""Adapters: one per AI tool family; they find the prompt in a request and write it back."""

from __future__ import annotations

from dlp_proxy.adapters.anthropic_api import AnthropicApiAdapter
from dlp_proxy.adapters.app_fallback import AppFallback
from dlp_proxy.adapters.base import (
    WEBSOCKET,
    Adapter,
    AnswerNoter,
    BlockResponse,
    Extraction,
    PendingImage,
    RequestView,
    Segment,
    WebSocketAdapter,
)
from dlp_proxy.adapters.chatgpt_web import ChatGPTWebAdapter
from dlp_proxy.adapters.claude_web import ClaudeWebAdapter
from dlp_proxy.adapters.copilot_web import CopilotWebAdapter
from dlp_proxy.adapters.deepseek_web import DeepSeekWebAdapter
from dlp_proxy.adapters.gemini_api import GeminiApiAdapter
from dlp_proxy.adapters.gemini_web import GeminiWebAdapter
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.adapters.github_copilot import GitHubCopilotAdapter
from dlp_proxy.adapters.lechat_web import LeChatWebAdapter
from dlp_proxy.adapters.m365_copilot import M365CopilotAdapter
from dlp_proxy.adapters.openai_api import OpenAIApiAdapter
from dlp_proxy.adapters.perplexity_web import PerplexityWebAdapter

ADAPTERS: dict[str, Adapter] = {
    a.name: a
    for a in (
        OpenAIApiAdapter(),
        AnthropicApiAdapter(),
        GeminiApiAdapter(),
        GitHubCopilotAdapter(),
        ChatGPTWebAdapter(),
        ClaudeWebAdapter(),
        DeepSeekWebAdapter(),
        GeminiWebAdapter(),
        PerplexityWebAdapter(),
        LeChatWebAdapter(),
        CopilotWebAdapter(),
        M365CopilotAdapter(),
        GenericAdapter(),
    )
}


_GENERIC = GenericAdapter()
FALLBACKS: dict[str, AppFallback] = {n: AppFallback(a, _GENERIC) for n, a in ADAPTERS.items() if n != "generic"}


def adapter_for(name: str, request: RequestView) -> Adapter:
    """The tool's adapter when it knows the endpoint; else the generic fallback, which blocks
    in the tool's own error shape when the tool has an adapter (dlp_proxy.adapters.app_fallback)."""
    adapter = ADAPTERS.get(name)
    if adapter is not None and adapter.handles(request):
        return adapter
    return FALLBACKS.get(name, ADAPTERS["generic"])


__all__ = [
    "ADAPTERS",
    "Adapter",
    "AnswerNoter",
    "BlockResponse",
    "Extraction",
    "PendingImage",
    "RequestView",
    "Segment",
    "WEBSOCKET",
    "WebSocketAdapter",
    "adapter_for",
]
