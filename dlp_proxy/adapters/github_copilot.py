"""GitHub Copilot (IDE chat, agent and inline completions): OpenAI-shaped bodies, Copilot-shaped notices.

VS Code's Copilot Chat shows the body of an HTTP 424 `text/plain` answer verbatim; a 401 or
403 makes it reset its token and retry, so a policy block must not use those.
"""

from __future__ import annotations

from dlp_proxy.adapters.base import BlockResponse, RequestView
from dlp_proxy.adapters.openai_api import OpenAIApiAdapter


class GitHubCopilotAdapter(OpenAIApiAdapter):
    name = "github-copilot"

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        return BlockResponse(
            424,
            {"content-type": "text/plain; charset=utf-8", "x-dlp-decision-id": decision_id},
            notice.encode("utf-8"),
        )
